"""The sentences of the chapter "Resources", in zh, en and es."""

from __future__ import annotations

TEXTS = {
    "title": ("资源配置", "Resources", "Recursos"),
    # -- funding -----------------------------------------------------------------------------------------------
    "funding": ("经费保障与专项准备金", "Funding and the reserve for specific problems",
                "Financiación y reserva para problemas específicos"),
    "fund_budget": (
        "本公司在年度预算中单列售后服务经费，用于三包费用、备件、工具设备、服务车辆、顾客信息系统、人员培训、服务网点支持、"
        "回访和满意度调查等支出。{dept}每年第四季度编制下一年度的经费预算，经最高管理者批准后执行。",
        "The Company's annual budget shows after-sales service as a separate line covering the Three Guarantees "
        "costs, spare parts, tools and equipment, service vehicles, the customer information system, training, "
        "support for service outlets, call-backs and satisfaction surveys. The {dept} draws up the next year's "
        "budget in the fourth quarter; it is applied once top management has approved it.",
        "El presupuesto anual de la Empresa recoge el servicio posventa como partida separada que cubre los "
        "costes de las «tres garantías», los repuestos, las herramientas y los equipos, los vehículos de "
        "servicio, el sistema de información de clientes, la formación, el apoyo a los puntos de servicio, las "
        "llamadas de seguimiento y las encuestas de satisfacción. El {dept} elabora en el cuarto trimestre el "
        "presupuesto del año siguiente, que se aplica una vez aprobado por la alta dirección."),
    "fund_reserve": (
        "本公司设立售后服务专项准备金，用于处理重大质量问题、批量退换货、召回{advance}、顾客人身或财产损失赔偿等特定问题。"
        "准备金的额度由最高管理者在年度预算中确定，由财务部门单独核算；当年动用的，下一年度预算予以补足。",
        "The Company sets aside an after-sales reserve for specific problems such as serious quality problems, "
        "batch returns and exchanges, recalls{advance} and compensation for injury to customers or damage to "
        "their property. Top management sets its amount in the annual budget, Finance accounts for it "
        "separately, and whatever is used in a year is restored in the next year's budget.",
        "La Empresa constituye una reserva posventa para problemas específicos como problemas graves de calidad, "
        "devoluciones y cambios por lotes, retiradas del mercado{advance} e indemnizaciones por daños personales "
        "o materiales a los clientes. La alta dirección fija su importe en el presupuesto anual, Finanzas la "
        "contabiliza por separado y lo que se utiliza en un año se repone en el presupuesto del año siguiente."),
    "fund_reserve_advance": ("、先行赔付", ", advance compensation to customers",
                             ", indemnizaciones anticipadas a los clientes"),
    "fund_approval": (
        "经费和准备金的使用由{dept}提出申请，管理者代表审核，按本公司财务审批权限批准，并保存审批记录。",
        "The {dept} requests spending from the budget or the reserve; the management representative reviews "
        "the request, it is approved within the Company's financial authority limits, and the approval is kept "
        "on record.",
        "El {dept} solicita el gasto con cargo al presupuesto o a la reserva; el representante de la dirección "
        "revisa la solicitud, que se aprueba según los límites de autorización financiera de la Empresa, y la "
        "aprobación se conserva como registro."),
    "fund_insurance": (
        "本公司根据商品的风险投保产品责任险，作为专项准备金的补充。",
        "Depending on the risks of its products, the Company takes out product liability insurance to "
        "supplement the reserve.",
        "Según los riesgos de sus productos, la Empresa contrata un seguro de responsabilidad civil por "
        "productos que complementa la reserva."),
    # -- training ----------------------------------------------------------------------------------------------
    "training": ("培训", "Training", "Formación"),
    "training_hours": (
        "每名售后服务人员每年接受培训不少于{hours}，培训内容包括：",
        "Every after-sales employee receives at least {hours} of training a year, covering:",
        "Cada empleado posventa recibe al menos {hours} de formación al año, que abarca:"),
    "tr_technical": (
        "技术培训：商品的结构、原理、安装、检测和维修技术，新产品上市前的专项培训；",
        "technical training: the design, working, installation, testing and repair of the products, with "
        "dedicated training before each new product is launched;",
        "formación técnica: el diseño, el funcionamiento, la instalación, la comprobación y la reparación de los "
        "productos, con formación específica antes del lanzamiento de cada producto nuevo;"),
    "tr_business": (
        "业务培训：本手册的服务规范和时限，三包规定和消费者权益保护等法律法规，顾客信息系统的使用，沟通、投诉处理和服务礼仪；",
        "business training: the service rules and time limits of this manual, the Three Guarantees rules, "
        "consumer protection and other applicable law, use of the customer information system, communication, "
        "complaint handling and service etiquette;",
        "formación operativa: las normas y plazos de servicio de este manual, las normas de las «tres "
        "garantías», la protección de los consumidores y la demás legislación aplicable, el uso del sistema de "
        "información de clientes, la comunicación, el tratamiento de reclamaciones y el protocolo de atención;"),
    "tr_culture": (
        "服务文化培训：本公司的服务理念、服务承诺和服务目标（见第 {culture} 章）。",
        "service-culture training: the Company's service philosophy, commitments and objectives (see chapter "
        "{culture}).",
        "formación en cultura de servicio: la filosofía, los compromisos y los objetivos de servicio de la "
        "Empresa (véase el capítulo {culture})."),
    "training_steps": ("培训按以下程序进行：", "Training follows these steps:", "La formación sigue estos pasos:"),
    "ts_plan": (
        "{dept}每年年初编制年度培训计划，明确培训内容、对象、学时、讲师和考核方式，经管理者代表批准后实施；",
        "at the start of each year the {dept} draws up the annual training plan, stating content, trainees, "
        "hours, trainers and the form of assessment, and carries it out once the management representative has "
        "approved it;",
        "a principios de cada año el {dept} elabora el plan anual de formación, con los contenidos, los "
        "destinatarios, las horas, los formadores y la forma de evaluación, y lo ejecuta una vez aprobado por el "
        "representante de la dirección;"),
    "ts_new": (
        "新员工和转岗人员接受岗前培训，考核合格后方可独立上岗；授权服务网点的人员纳入本公司培训计划；",
        "new and transferred staff receive pre-job training and work unsupervised only after passing its "
        "assessment; staff of authorised outlets are included in the Company's training plan;",
        "el personal nuevo o trasladado recibe formación previa y solo trabaja sin supervisión tras superar su "
        "evaluación; el personal de los puntos autorizados se incluye en el plan de formación de la Empresa;"),
    "ts_record": (
        "每次培训填写《培训记录表》（{training}），保存签到、教材和考核结果，并记入个人培训档案；",
        "each session is entered in the training record ({training}), with the attendance list, materials and "
        "assessment results, and added to each trainee's training file;",
        "cada sesión se anota en el registro de formación ({training}), con la lista de asistencia, los "
        "materiales y los resultados de la evaluación, y se incorpora al expediente de formación de cada "
        "participante;"),
    "ts_review": (
        "{dept}每年年末统计计划完成情况和人均学时，评价培训效果，作为下一年度计划的依据。",
        "at the end of each year the {dept} reports how much of the plan was completed and the hours per "
        "employee, evaluates the effect of the training and uses the results for the next year's plan.",
        "al final de cada año el {dept} informa del grado de cumplimiento del plan y de las horas por empleado, "
        "evalúa la eficacia de la formación y utiliza los resultados para el plan del año siguiente."),
    # -- appraisal ---------------------------------------------------------------------------------------------
    "appraisal": ("考核、激励与晋升", "Appraisal, rewards and promotion", "Evaluación, incentivos y promoción"),
    "ap_intro": ("售后服务人员的考核、激励与晋升按以下规定执行：", "Appraisal, rewards and promotion work as follows:",
                 "La evaluación, los incentivos y la promoción funcionan así:"),
    "ap_measures": (
        "售后服务人员的绩效考核按月进行，考核指标包括服务及时率（目标{on_time}）、顾客满意率（目标{satisfaction}）、"
        "有效投诉、回访结果、记录质量和服务礼仪；",
        "after-sales staff are appraised monthly on the on-time rate (target {on_time}), customer satisfaction "
        "(target {satisfaction}), upheld complaints, call-back results, the quality of their records and their "
        "service etiquette;",
        "el personal posventa se evalúa cada mes según la tasa de puntualidad (meta: {on_time}), la satisfacción "
        "del cliente (meta: {satisfaction}), las reclamaciones fundadas, los resultados de las llamadas de "
        "seguimiento, la calidad de sus registros y su protocolo de atención;"),
    "ap_rewards": (
        "考核结果与绩效工资挂钩；受到顾客书面表扬或评为服务之星的给予奖励，造成有效投诉或违反服务规范的按规定处罚；",
        "appraisal results are linked to performance pay; written praise from customers or being named a "
        "service star is rewarded, and an upheld complaint or a breach of the service rules is penalised as the "
        "rules provide;",
        "los resultados de la evaluación se vinculan a la retribución variable; los elogios escritos de los "
        "clientes o la distinción como estrella del servicio se recompensan, y una reclamación fundada o un "
        "incumplimiento de las normas de servicio se sanciona según lo previsto;"),
    "ap_promotion": (
        "岗位晋升和技能等级评定以年度考核结果、培训考核成绩和取得的资格证书为依据，为员工提供技术和管理两条晋升通道；",
        "promotion and skill grading are based on the annual appraisal, training results and the certificates "
        "obtained, with a technical and a management career path open to every employee;",
        "la promoción y la clasificación profesional se basan en la evaluación anual, los resultados de la "
        "formación y los certificados obtenidos, con una carrera técnica y otra de gestión abiertas a todo el "
        "personal;"),
    "ap_care": (
        "本公司为售后服务人员提供劳动防护用品和安全培训，为外勤人员办理意外伤害保险，关心员工的工作和生活。",
        "the Company provides after-sales staff with protective equipment and safety training, insures field "
        "staff against accidents and looks after its employees' working conditions and well-being.",
        "la Empresa proporciona al personal posventa equipos de protección y formación en seguridad, asegura al "
        "personal de campo contra accidentes y cuida de las condiciones de trabajo y el bienestar de sus "
        "empleados."),
    "ap_supervision": (
        "服务监督检查的结果纳入考核（见第 {supervision} 章）。",
        "The results of supervision checks count in the appraisal (see chapter {supervision}).",
        "Los resultados de las inspecciones de supervisión cuentan en la evaluación (véase el capítulo "
        "{supervision})."),
    # -- premises ----------------------------------------------------------------------------------------------
    "premises": ("服务场所、设施和工具", "Premises, equipment and tools", "Locales, equipos y herramientas"),
    "pm_intro": ("服务场所、设施和工具满足以下要求：", "Premises, equipment and tools meet these requirements:",
                 "Los locales, los equipos y las herramientas cumplen estos requisitos:"),
    "pm_premises": (
        "服务场所设接待区、维修区和备件库，环境整洁，标识清楚，公示服务承诺、收费标准、三包规定和投诉电话；",
        "service premises have a reception area, a workshop and a parts store, are clean and clearly signed, and "
        "display the service commitments, the fee schedule, the Three Guarantees rules and the complaint number;",
        "los locales de servicio disponen de zona de recepción, taller y almacén de repuestos, están limpios y "
        "bien señalizados y exponen los compromisos de servicio, las tarifas, las normas de las «tres "
        "garantías» y el teléfono de reclamaciones;"),
    "pm_register": (
        "{dept}建立服务设施、工具、检测仪器和服务车辆台账，定期维护保养，损坏的及时修复或更换；",
        "the {dept} keeps a register of service facilities, tools, test instruments and service vehicles, "
        "maintains them regularly and repairs or replaces anything damaged without delay;",
        "el {dept} mantiene un inventario de instalaciones, herramientas, instrumentos de medida y vehículos de "
        "servicio, los mantiene con regularidad y repara o sustituye sin demora lo que se dañe;"),
    "pm_calibration": (
        "属于计量器具的检测仪器按期检定或校准，粘贴有效标识，超期的停止使用。",
        "measuring instruments are verified or calibrated on schedule and carry a valid label; any past its "
        "date is taken out of use.",
        "los instrumentos de medida se verifican o calibran en los plazos previstos y se etiquetan; los que han "
        "superado la fecha se retiran del uso."),
    # -- information system ------------------------------------------------------------------------------------
    "system": ("顾客信息系统", "Customer information system", "Sistema de información de clientes"),
    "sy_intro": ("顾客信息系统按以下要求运行：", "The customer information system works as follows:",
                 "El sistema de información de clientes funciona así:"),
    "sy_content": (
        "系统记录顾客档案、购买信息、服务工单、投诉、回访和满意度调查结果，所有服务渠道的诉求统一录入系统；",
        "it holds customer files, purchase details, service orders, "
        "complaints, call-backs and survey results, and every request, whatever the channel, is entered in it;",
        "contiene los expedientes de clientes, los datos de "
        "compra, las órdenes de servicio, las reclamaciones, las llamadas de seguimiento y los resultados de las "
        "encuestas, y toda solicitud, sea cual sea el canal, se registra en él;"),
    "sy_limits": (
        "系统按本公司承诺的时限（如投诉{resolve}内处理完毕、服务完成后{callback}内回访）提示和预警超时事项；",
        "the system warns of anything approaching or past the Company's time limits (for example, resolving a "
        "complaint within {resolve} and calling back within {callback} of a service);",
        "el sistema avisa de lo que se acerca a los plazos de la Empresa o los supera (por ejemplo, resolver una "
        "reclamación en un plazo de {resolve} y llamar al cliente en un plazo de {callback} tras el servicio);"),
    "sy_privacy": (
        "顾客个人信息按《中华人民共和国个人信息保护法》的要求保护：按岗位设置访问权限，不得泄露、出售或用于服务以外的用途，"
        "数据定期备份。",
        "customers' personal data are protected as the Personal Information Protection Law of the People's "
        "Republic of China requires: access is granted by post, data are never disclosed, sold or used for "
        "anything other than service, and they are backed up regularly.",
        "los datos personales de los clientes se protegen conforme a la Ley de Protección de la Información "
        "Personal de la República Popular China: el acceso se concede según el puesto, los datos nunca se "
        "divulgan, venden ni utilizan con fines ajenos al servicio y se hacen copias de seguridad periódicas."),
    # -- spare parts -------------------------------------------------------------------------------------------
    "parts": ("备件", "Spare parts", "Repuestos"),
    "pa_intro": ("备件按以下要求管理：", "Spare parts are managed as follows:",
                 "Los repuestos se gestionan así:"),
    "pa_stock": (
        "{dept}根据商品保有量和维修数据确定备件目录和库存定额，保证常用备件的及时供应；",
        "the {dept} sets the parts list and stock levels from the installed base and repair data, so that the "
        "parts most often needed are always available;",
        "el {dept} fija la lista de repuestos y los niveles de existencias a partir del parque instalado y de "
        "los datos de reparación, para que los repuestos más necesarios estén siempre disponibles;"),
    "pa_supply": (
        "商品停产后，在国家规定的期限内继续供应备件；",
        "after a product is discontinued, parts remain available for the period the law requires;",
        "una vez descatalogado un producto, los repuestos siguen disponibles durante el plazo que exige la ley;"),
    "pa_genuine": (
        "维修使用合格的原厂或认可备件，备件价格明码标价；更换下的旧件按规定回收或交还顾客，并在《维修工单》（{repair}）上记录；",
        "repairs use genuine or approved parts at displayed prices; replaced parts are returned to the maker or "
        "handed to the customer as the rules provide and noted on the repair order ({repair});",
        "las reparaciones utilizan repuestos originales o homologados a precios expuestos; las piezas sustituidas "
        "se devuelven al fabricante o se entregan al cliente según lo previsto y se anotan en la orden de "
        "reparación ({repair});"),
    "pa_records": (
        "备件出入库登记，每季度盘点一次，做到账实相符。",
        "parts movements are booked in and out, and stock is counted every quarter so that it matches the "
        "records.",
        "los movimientos de repuestos se registran y las existencias se cuentan cada trimestre para que "
        "coincidan con los registros."),
}
