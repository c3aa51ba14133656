"""The sentences of the chapter "Staffing and certified after-sales service managers", in zh, en and es."""

from __future__ import annotations

TEXTS = {
    "title": ("人员配置与售后服务管理师", "Staffing and certified after-sales service managers",
              "Dotación de personal y gestores de servicio posventa certificados"),
    # -- staffing levels ---------------------------------------------------------------------------------------
    "levels": ("人员配置", "Staffing levels", "Dotación de personal"),
    "levels_rule": (
        "{dept}按服务量、服务网点分布和本公司承诺的服务时限配置售后服务人员，保证服务热线在公布的服务时间内有人接听，"
        "维修人员能在{onsite}内到达现场。人员花名册由{dept}维护，人员变动时及时更新。",
        "The {dept} staffs after-sales service according to the volume of work, the spread of service outlets "
        "and the time limits the Company has committed to, so that the hotline is always answered during its "
        "published hours and technicians can be on site within {onsite}. The {dept} keeps the staff roster and "
        "updates it whenever staff change.",
        "El {dept} dota de personal al servicio posventa según el volumen de trabajo, la distribución de los "
        "puntos de servicio y los plazos que la Empresa se ha comprometido a cumplir, de modo que la línea de "
        "atención se atienda siempre en su horario publicado y los técnicos puedan presentarse en el domicilio "
        "en un plazo de {onsite}. El {dept} mantiene la plantilla del personal y la actualiza cada vez que hay "
        "cambios."),
    "col_category": ("类别", "Category", "Categoría"),
    "col_count": ("人数", "Number", "Número"),
    "row_service": ("售后服务人员", "After-sales service staff", "Personal de servicio posventa"),
    "row_management": ("其中：售后服务管理人员", "of whom: after-sales service management staff",
                       "de ellos: personal de gestión del servicio posventa"),
    "levels_blank": (
        "表中人数由{dept}按花名册填写。",
        "The {dept} enters the numbers from the staff roster.",
        "El {dept} anota las cifras según la plantilla del personal."),
    # -- qualifications ----------------------------------------------------------------------------------------
    "qualifications": ("岗位任职要求", "Qualifications for each post", "Cualificación exigida por puesto"),
    "q_intro": ("所有售后服务岗位均须满足以下共同要求：", "Every after-sales post shares these requirements:",
                "Todos los puestos posventa comparten estos requisitos:"),
    "q_general": (
        "各岗位人员应具备岗位说明书规定的学历、专业技能和工作经验，经岗前培训考核合格后方可上岗；",
        "everyone holds the education, skills and experience the job description requires, and starts work only "
        "after passing the pre-job training and assessment;",
        "cada persona reúne la formación académica, las competencias y la experiencia que exige la descripción "
        "del puesto, y solo empieza a trabajar tras superar la formación y la evaluación previas;"),
    "q_licence": (
        "从事电工作业、制冷作业、燃气燃烧器具安装维修、登高作业等特种作业的人员，必须持有效的特种作业操作证或相应资格证书，"
        "证书到期前及时复审；",
        "anyone doing regulated work, such as electrical work, refrigeration work, installing or repairing gas "
        "appliances or working at height, holds a valid licence or certificate for it and renews it before it "
        "expires;",
        "quien realice trabajos regulados, como trabajos eléctricos, de refrigeración, de instalación o "
        "reparación de aparatos de gas o en altura, posee la licencia o el certificado vigente correspondiente y "
        "lo renueva antes de su vencimiento;"),
    "q_outlets": (
        "授权服务网点的技术人员应经本公司培训考核合格，持本公司颁发的上岗证；",
        "technicians at authorised outlets are trained and assessed by the Company and hold a Company work "
        "permit;",
        "los técnicos de los puntos autorizados reciben formación y evaluación de la Empresa y poseen su "
        "acreditación de trabajo;"),
    "q_records": (
        "{dept}为每名售后服务人员建立人员档案，保存学历证明、资格证书、培训记录和考核结果，每年核查一次证书的有效性。",
        "the {dept} keeps a personnel file for every after-sales employee, with proof of education, "
        "certificates, training records and assessment results, and checks once a year that the certificates "
        "are valid.",
        "el {dept} mantiene un expediente de cada empleado posventa con los justificantes de su formación "
        "académica, sus certificados, sus registros de formación y los resultados de sus evaluaciones, y "
        "comprueba una vez al año que los certificados siguen vigentes."),
    "q_table_intro": ("各岗位的任职要求如下：", "The requirements for each post are:",
                      "Los requisitos de cada puesto son:"),
    "q_table_blank": (
        "各岗位的学历、经验、技能和证书要求由{dept}按岗位说明书填入下表，经管理者代表批准。",
        "The {dept} enters the education, experience, skills and certificates each post requires in the table "
        "below, from the job descriptions, for approval by the management representative.",
        "El {dept} anota en la tabla siguiente, según las descripciones de puesto, la formación, la experiencia, "
        "las competencias y los certificados que exige cada puesto, para su aprobación por el representante de "
        "la dirección."),
    "col_post": ("岗位", "Post", "Puesto"),
    "col_education": ("学历与经验", "Education and experience", "Formación y experiencia"),
    "col_skills": ("技能与证书", "Skills and certificates", "Competencias y certificados"),
    "edu_manager": ("大专及以上学历，3 年以上售后服务或相关管理经验", "Post-secondary diploma or higher; at least "
                    "3 years in after-sales service or related management", "Título de técnico superior o "
                    "universitario; al menos 3 años en servicio posventa o gestión afín"),
    "skill_manager": ("熟悉三包规定、有关法律法规和本手册；应持售后服务管理师证书",
                      "Knows the Three Guarantees rules, the applicable law and this manual; should hold the "
                      "after-sales service manager certificate",
                      "Conoce las normas de las «tres garantías», la legislación aplicable y este manual; debe "
                      "poseer el certificado de gestor de servicio posventa"),
    "edu_agent": ("高中（中专）及以上学历", "Upper-secondary education or higher", "Como mínimo, bachillerato o "
                  "formación profesional de grado medio"),
    "skill_agent": ("普通话标准，熟练使用顾客信息系统，掌握沟通和投诉处理技巧",
                    "Clear spoken Mandarin; uses the customer information system fluently; skilled in "
                    "communication and complaint handling",
                    "Buen dominio del mandarín hablado; maneja con soltura el sistema de información de "
                    "clientes; domina la "
                    "comunicación y el tratamiento de reclamaciones"),
    "edu_technician": ("中专（技校）及以上学历，相关专业", "Vocational school or higher, in a related subject",
                       "Como mínimo, formación profesional de grado medio en una especialidad afín"),
    "skill_technician": ("掌握所维修商品的原理和维修技术；特种作业持有效证件",
                         "Understands how the products serviced work and how to repair them; holds valid "
                         "licences for any regulated work",
                         "Conoce el funcionamiento de los productos que repara y su técnica de reparación; posee "
                         "las licencias vigentes para los trabajos regulados"),
    "edu_installer": ("初中及以上学历", "Lower-secondary education or higher", "Como mínimo, educación "
                      "secundaria obligatoria"),
    "skill_installer": ("掌握安装规范和安全操作要求；电工、登高等作业持有效证件；驾驶送货车辆的持有效驾驶证",
                        "Knows the installation rules and safe working; holds valid licences for electrical "
                        "work or work at height, and a valid driving licence if driving a delivery vehicle",
                        "Conoce las normas de instalación y de trabajo seguro; posee las licencias vigentes para "
                        "trabajos eléctricos o en altura, y el permiso de conducir si conduce un vehículo de "
                        "reparto"),
    "edu_parts": ("高中（中专）及以上学历", "Upper-secondary education or higher", "Como mínimo, bachillerato o "
                  "formación profesional de grado medio"),
    "skill_parts": ("熟悉备件编码和库存管理，熟练使用库存系统",
                    "Knows the parts coding and stock control; uses the stock system fluently",
                    "Conoce la codificación de repuestos y la gestión de existencias; maneja con soltura el "
                    "sistema de inventario"),
    "edu_quality": ("大专及以上学历，1 年以上售后服务经验", "Post-secondary diploma or higher; at least 1 year in "
                    "after-sales service", "Título de técnico superior o universitario; al menos 1 año en "
                    "servicio posventa"),
    "skill_quality": ("熟悉本手册和服务标准，掌握调查和统计分析方法",
                      "Knows this manual and the service standards; skilled in surveys and statistical analysis",
                      "Conoce este manual y las normas de servicio; domina las encuestas y el análisis "
                      "estadístico"),
    # -- certified managers ------------------------------------------------------------------------------------
    "certified": ("售后服务管理师", "Certified after-sales service managers",
                  "Gestores de servicio posventa certificados"),
    "certified_rule": (
        "本公司配备的售后服务管理师人数不少于售后服务管理人员总数的{share}，且不少于{minimum}（计算结果有小数的向上取整）。",
        "The Company employs certified after-sales service managers numbering at least {share} of its "
        "after-sales service management staff, and never fewer than {minimum} (fractions are rounded up).",
        "La Empresa cuenta con gestores de servicio posventa certificados en número no inferior al {share} de su "
        "personal de gestión del servicio posventa, y nunca menos de {minimum} (las fracciones se redondean al "
        "alza)."),
    "col_item": ("项目", "Item", "Concepto"),
    "row_management_staff": ("售后服务管理人员", "After-sales service management staff",
                             "Personal de gestión del servicio posventa"),
    "row_required": ("应配备的售后服务管理师", "Certified managers required", "Gestores certificados exigidos"),
    "row_in_post": ("现有持证售后服务管理师", "Certified managers in post", "Gestores certificados en plantilla"),
    "certified_met": ("现有持证人数满足上述要求。", "The number in post meets this requirement.",
                      "El número en plantilla cumple este requisito."),
    "certified_short": (
        "现有持证人数比要求少{gap}，{dept}应安排售后服务管理人员参加售后服务管理师培训和考核，补足差额。",
        "The number in post is {gap} short of this requirement; the {dept} arranges for management staff to take "
        "the after-sales service manager training and assessment to make up the difference.",
        "El número en plantilla es inferior en {gap} al exigido; el {dept} organiza la participación del "
        "personal de gestión en la formación y la evaluación de gestor de servicio posventa para cubrir la "
        "diferencia."),
    "certified_unstated": (
        "售后服务管理人员的人数以花名册为准，应配备的人数按上述规则由{dept}计算并报管理者代表确认。",
        "The number of management staff is taken from the roster; the {dept} calculates the number required by "
        "the rule above and has the management representative confirm it.",
        "El número de personal de gestión se toma de la plantilla; el {dept} calcula con la regla anterior el "
        "número exigido y lo hace confirmar por el representante de la dirección."),
    "names_caption": ("售后服务管理师名单", "Certified after-sales service managers",
                      "Relación de gestores de servicio posventa certificados"),
    "col_name": ("姓名", "Name", "Nombre"),
    "col_cert_no": ("证书编号", "Certificate No.", "N.º de certificado"),
    "col_valid": ("有效期至", "Valid until", "Válido hasta"),
    "certified_holders": (
        "售后服务管理师应实际在售后服务管理岗位工作。{dept}核验证书原件，将复印件与劳动合同或社会保险缴纳记录一并存入"
        "人员档案；持证人员离职或证书失效时，{dept}及时报告管理者代表并安排补充。",
        "Certified managers actually work in after-sales service management. The {dept} checks the original "
        "certificates and files copies with the employment contracts or social-insurance records; when a holder "
        "leaves or a certificate lapses, the {dept} informs the management representative at once and arranges "
        "a replacement.",
        "Los gestores certificados trabajan efectivamente en la gestión del servicio posventa. El {dept} "
        "comprueba los certificados originales y archiva sus copias junto con los contratos de trabajo o los "
        "justificantes de cotización a la seguridad social; cuando un titular se marcha o un certificado "
        "caduca, el {dept} informa de inmediato al representante de la dirección y organiza su sustitución."),
    # -- records -----------------------------------------------------------------------------------------------
    "records": ("记录", "Records", "Registros"),
    "records_intro": ("{dept}保存以下人员记录：", "The {dept} keeps these staff records:",
                      "El {dept} conserva los siguientes registros de personal:"),
    "rec_roster": ("售后服务人员花名册和售后服务管理人员名单；", "the roster of after-sales staff and the list of "
                   "after-sales management staff;", "la plantilla del personal posventa y la relación del "
                   "personal de gestión posventa;"),
    "rec_certificates": ("资格证书、特种作业证和售后服务管理师证书的复印件；",
                         "copies of qualifications, regulated-work licences and after-sales service manager "
                         "certificates;",
                         "copias de las titulaciones, las licencias para trabajos regulados y los certificados de "
                         "gestor de servicio posventa;"),
    "rec_training": ("《培训记录表》（{training}）和考核结果。", "the training records ({training}) and assessment "
                     "results.", "los registros de formación ({training}) y los resultados de las evaluaciones."),
}
