"""The sentences of the chapter "Organisation and service outlets", in zh, en and es."""

from __future__ import annotations

# The drafted default set of posts, in the order of the table: key -> TEXTS rows "post_<key>" and "duty_<key>".
DEFAULT_POSTS = ("manager", "agent", "technician", "installer", "parts", "quality")

TEXTS = {
    "title": ("组织架构与服务网点", "Organisation and service outlets", "Organización y puntos de servicio"),
    # -- structure ---------------------------------------------------------------------------------------------
    "structure": ("组织机构", "Organisation", "Organización"),
    "structure_dept": (
        "本公司设立{dept}，作为售后服务的归口管理部门，统一负责售后服务工作的策划、组织、实施和协调。",
        "The Company has set up the {dept} as the department in charge of after-sales service; it plans, "
        "organises, carries out and co-ordinates all after-sales service work.",
        "La Empresa ha creado el {dept} como departamento responsable del servicio posventa, que planifica, "
        "organiza, ejecuta y coordina toda la actividad posventa."),
    "structure_head": (
        "{dept}负责人为{head}，向管理者代表报告工作。",
        "The head of the {dept} is {head}, who reports to the management representative.",
        "El responsable del {dept} es {head}, que rinde cuentas al representante de la dirección."),
    "structure_head_blank": (
        "{dept}负责人由最高管理者任命，向管理者代表报告工作。",
        "The head of the {dept} is appointed by top management and reports to the management representative.",
        "El responsable del {dept} lo nombra la alta dirección y rinde cuentas al representante de la dirección."),
    "structure_chart": (
        "售后服务组织结构为：最高管理者—管理者代表—{dept}—各服务网点（自营和授权）。{dept}与其他部门的接口如下：",
        "The after-sales organisation runs from top management through the management representative and the "
        "{dept} to the service outlets, own and authorised. The {dept} works with the other departments as "
        "follows:",
        "La organización posventa va de la alta dirección, a través del representante de la dirección y del "
        "{dept}, hasta los puntos de servicio propios y autorizados. El {dept} se relaciona con los demás "
        "departamentos como sigue:"),
    "if_sales": (
        "销售部门：向{dept}移交销售信息和顾客资料，在销售时如实告知顾客服务承诺和三包条款；",
        "Sales: passes sales information and customer details to the {dept} and tells customers truthfully, at "
        "the point of sale, what the service commitments and the Three Guarantees (repair, replacement, refund) "
        "terms are;",
        "Ventas: transmite al {dept} la información de ventas y los datos de los clientes e informa con veracidad "
        "a los clientes, en el momento de la venta, de los compromisos de servicio y de las condiciones de las "
        "«tres garantías» (reparación, sustitución y devolución);"),
    "if_production": (
        "生产和技术部门：接收{dept}反馈的商品质量问题，提供技术支持、维修资料和备件，落实整改措施；",
        "Production and engineering: take up the product-quality problems the {dept} reports, provide technical "
        "support, repair documentation and spare parts, and carry out corrective actions;",
        "Producción e ingeniería: atienden los problemas de calidad del producto que comunica el {dept}, aportan "
        "apoyo técnico, documentación de reparación y repuestos y ejecutan las acciones correctivas;"),
    "if_purchasing": (
        "采购（招商）部门：把售后服务要求写入供应商合同，接收{dept}反馈的质量问题并向供应商或生产者追偿、督促整改；",
        "Purchasing (merchant management): writes the after-sales requirements into supplier contracts, takes "
        "up the quality problems the {dept} reports, claims from the supplier or producer and sees that they "
        "correct them;",
        "Compras (gestión de proveedores): incorpora los requisitos posventa a los contratos con proveedores, "
        "atiende los problemas de calidad que comunica el {dept}, reclama al proveedor o al fabricante y vela por "
        "que los corrijan;"),
    "if_quality": (
        "质量部门：参与质量问题的检验和鉴定，组织质量问题的原因分析并验证整改效果；",
        "Quality: takes part in inspecting and assessing quality problems, leads the analysis of their causes and "
        "verifies that corrective actions work;",
        "Calidad: participa en la inspección y la evaluación de los problemas de calidad, dirige el análisis de "
        "sus causas y verifica la eficacia de las acciones correctivas;"),
    "if_finance": (
        "财务部门：管理售后服务经费和专项准备金，办理退款、赔付和备件结算。",
        "Finance: manages the after-sales budget and the reserve for specific problems, and handles refunds, "
        "compensation payments and spare-parts settlements.",
        "Finanzas: gestiona el presupuesto posventa y la reserva para problemas específicos y tramita los "
        "reembolsos, las indemnizaciones y la liquidación de repuestos."),
    # -- functions ---------------------------------------------------------------------------------------------
    "functions": ("{dept}的职责", "Responsibilities of the {dept}", "Funciones del {dept}"),
    "fn_intro": ("{dept}履行以下职责：", "The {dept}:", "El {dept}:"),
    "fn_law": (
        "贯彻执行国家三包规定和有关法律法规，组织编制、实施和修订本手册；",
        "applies the national Three Guarantees (repair, replacement, refund) rules and the other applicable laws "
        "and regulations, and drafts, applies and revises this manual;",
        "aplica las normas nacionales de las «tres garantías» (reparación, sustitución y devolución) y la demás "
        "legislación aplicable, y redacta, aplica y modifica este manual;"),
    "fn_service": (
        "组织实施送货安装、技术支持、维修保养、退换货、回访和废弃商品回收等服务，确保在本公司承诺的时限内完成；",
        "organises delivery and installation, technical support, repair and maintenance, returns and exchanges, "
        "call-backs and the take-back of end-of-life goods, and sees that each is completed within the time "
        "limits the Company has committed to;",
        "organiza la entrega e instalación, el apoyo técnico, la reparación y el mantenimiento, las devoluciones "
        "y los cambios, las llamadas de seguimiento y la recogida de productos al final de su vida útil, y vela "
        "por que se cumplan dentro de los plazos que la Empresa se ha comprometido a respetar;"),
    "fn_complaints": (
        "受理、处理和分析顾客投诉（见第 {complaints} 章），每月编制《月度投诉分析表》（{analysis}）报管理层；",
        "receives, handles and analyses customer complaints (see chapter {complaints}) and sends management a "
        "monthly complaint analysis ({analysis});",
        "recibe, tramita y analiza las reclamaciones de los clientes (véase el capítulo {complaints}) y remite "
        "a la dirección el análisis mensual de reclamaciones ({analysis});"),
    "fn_customers": (
        "建立和维护顾客档案和顾客信息系统，保护顾客个人信息；",
        "builds and maintains the customer files and the customer information system, and protects customers' "
        "personal data;",
        "crea y mantiene los expedientes de clientes y el sistema de información de clientes, y protege sus "
        "datos personales;"),
    "fn_outlets": (
        "规划服务网点布局，负责网点的授权、培训、考核和退出；",
        "plans the network of service outlets and handles their authorisation, training, appraisal and removal;",
        "planifica la red de puntos de servicio y gestiona su autorización, formación, evaluación y baja;"),
    "fn_parts": (
        "编制备件计划，管理备件的储备、供应和旧件回收；",
        "plans spare parts and manages their stock, supply and the return of replaced parts;",
        "planifica los repuestos y gestiona sus existencias, su suministro y la recuperación de las piezas "
        "sustituidas;"),
    "fn_staff": (
        "组织售后服务人员的培训和绩效考核，统计和分析服务数据，提出改进建议。",
        "organises the training and performance appraisal of after-sales staff, compiles and analyses service "
        "data and proposes improvements.",
        "organiza la formación y la evaluación del desempeño del personal posventa, recopila y analiza los datos "
        "de servicio y propone mejoras."),
    # -- posts -------------------------------------------------------------------------------------------------
    "posts": ("岗位设置与岗位职责", "Posts and their duties", "Puestos y funciones"),
    "posts_intro": (
        "{dept}设置下列岗位，各岗位的任职要求见第 {staffing} 章。岗位职责的详细内容以岗位说明书为准。",
        "The {dept} has the posts below; the qualifications each requires are in chapter {staffing}. The job "
        "descriptions give the full duties of each post.",
        "El {dept} cuenta con los puestos siguientes; las cualificaciones que exige cada uno figuran en el "
        "capítulo {staffing}. Las descripciones de puesto detallan todas sus funciones."),
    "posts_drafted": (
        "以下为建议的岗位设置，本公司应根据实际情况调整，并在“人数”栏填写在岗人数。",
        "The posts below are a suggested set: the Company adjusts them to its own situation and enters the number "
        "of holders of each.",
        "Los puestos siguientes son una propuesta: la Empresa los adapta a su situación e indica el número de "
        "titulares de cada uno."),
    "col_post": ("岗位", "Post", "Puesto"),
    "col_holders": ("人数", "Holders", "Titulares"),
    "col_duties": ("主要职责", "Main duties", "Funciones principales"),
    "duties_in_job_description": ("按岗位说明书执行", "As set out in the job description",
                                  "Según la descripción del puesto"),
    "post_manager": ("售后服务部经理", "After-sales service manager", "Jefe de servicio posventa"),
    "duty_manager": (
        "全面负责售后服务工作；组织制定服务计划和目标；审批重大投诉的处理方案；组织月度投诉分析和服务考核。",
        "Runs after-sales service as a whole; sets service plans and objectives; approves the handling of major "
        "complaints; leads the monthly complaint analysis and the service appraisal.",
        "Dirige el servicio posventa en su conjunto; fija los planes y objetivos de servicio; aprueba el "
        "tratamiento de las reclamaciones graves; dirige el análisis mensual de reclamaciones y la evaluación "
        "del servicio."),
    "post_agent": ("客服专员（热线与投诉受理）", "Customer service agent (hotline and complaints)",
                   "Agente de atención al cliente (línea de atención y reclamaciones)"),
    "duty_agent": (
        "接听服务热线和在线咨询；登记报修、预约和投诉并派单；跟踪处理进度，按时答复顾客。",
        "Answers the service hotline and online enquiries; logs repair requests, appointments and complaints and "
        "dispatches them; follows progress and answers the customer on time.",
        "Atiende la línea de atención y las consultas en línea; registra las solicitudes de reparación, las citas "
        "y las reclamaciones y las asigna; sigue su avance y responde al cliente a tiempo."),
    "post_technician": ("维修技术员", "Service technician", "Técnico de servicio"),
    "duty_technician": (
        "按工单上门或在网点进行检测、维修和保养；如实填写《维修工单》（{repair}），向顾客说明故障原因和收费；"
        "反馈质量问题。",
        "Inspects, repairs and maintains products on site or at the outlet, as the work order says; fills in the "
        "repair order ({repair}) truthfully and explains the fault and any charge to the customer; reports quality "
        "problems.",
        "Inspecciona, repara y mantiene los productos a domicilio o en el punto de servicio según la orden de trabajo; "
        "cumplimenta con veracidad la orden de reparación ({repair}) y explica al cliente la avería y el importe; "
        "comunica los problemas de calidad."),
    "post_installer": ("送货安装员", "Delivery and installation fitter", "Instalador y repartidor"),
    "duty_installer": (
        "按约定时间送货上门并安装调试；向顾客讲解使用和保养方法；请顾客在《送货安装验收单》（{delivery}）上签字确认。",
        "Delivers to the door at the agreed time and installs and commissions the product; shows the customer how "
        "to use and care for it; has the customer sign the delivery and installation acceptance ({delivery}).",
        "Entrega a domicilio a la hora acordada e instala y pone en marcha el producto; explica al cliente su uso "
        "y mantenimiento; recoge la firma del cliente en el acta de entrega e instalación ({delivery})."),
    "post_parts": ("备件管理员", "Spare-parts controller", "Responsable de repuestos"),
    "duty_parts": (
        "编制备件需求计划；办理备件出入库并保持账实相符；管理旧件回收和返厂。",
        "Plans spare-parts needs; books parts in and out and keeps the stock matching the records; manages the "
        "return of replaced parts to the maker.",
        "Planifica las necesidades de repuestos; registra sus entradas y salidas y mantiene las existencias "
        "conformes con los registros; gestiona la devolución de las piezas sustituidas al fabricante."),
    "post_quality": ("服务质量监督员", "Service quality supervisor", "Supervisor de calidad del servicio"),
    "duty_quality": (
        "开展回访和满意度调查并填写《回访记录表》（{callback}）；按计划进行服务监督检查；"
        "统计服务指标，跟踪整改措施的落实。",
        "Carries out call-backs and satisfaction surveys and keeps the call-back record ({callback}); makes the "
        "planned supervision checks; compiles the service indicators and follows corrective actions through.",
        "Realiza las llamadas de seguimiento y las encuestas de satisfacción y cumplimenta el registro de llamadas de "
        "seguimiento ({callback}); efectúa las inspecciones de supervisión previstas; calcula los indicadores de "
        "servicio y hace el seguimiento de las acciones correctivas."),
    # -- outlets -----------------------------------------------------------------------------------------------
    "outlets": ("服务网点", "Service outlets", "Puntos de servicio"),
    "outlets_intro": (
        "本公司的服务网点包括自营网点和授权网点，覆盖本公司商品的主要销售区域。网点清单由{dept}维护，网点增减后及时更新，"
        "并在本公司网站、门店和保修卡上公布。",
        "The Company's service outlets, its own and those it authorises, cover the main regions where its "
        "products are sold. The {dept} keeps the list of outlets, updates it whenever an outlet opens or closes, "
        "and publishes it on the Company's website, in its shops and on the warranty card.",
        "Los puntos de servicio de la Empresa, propios y autorizados, cubren las principales zonas en las que se "
        "venden sus productos. El {dept} mantiene la lista de puntos de servicio, la actualiza cada vez que se "
        "abre o se cierra uno y la publica en el sitio web de la Empresa, en sus tiendas y en la tarjeta de "
        "garantía."),
    "outlets_blank": (
        "下表由{dept}按现有网点填写。",
        "The {dept} enters the existing outlets in the table below.",
        "El {dept} anota en la tabla siguiente los puntos de servicio existentes."),
    "outlets_caption": ("服务网点一览表", "List of service outlets", "Lista de puntos de servicio"),
    "col_outlet": ("网点名称", "Outlet", "Punto de servicio"),
    "col_address": ("地址", "Address", "Dirección"),
    "col_kind": ("性质", "Type", "Tipo"),
    "col_phone": ("联系电话", "Telephone", "Teléfono"),
    "kind_own": ("自营", "Own", "Propio"),
    "kind_authorised": ("授权", "Authorised", "Autorizado"),
    # -- outlet management -------------------------------------------------------------------------------------
    "management": ("服务网点的管理与授权", "Managing and authorising outlets",
                   "Gestión y autorización de los puntos de servicio"),
    "mg_admission": (
        "准入：申请授权的网点应具备合法的营业资格、固定的服务场所、必要的检测维修设备和备件储备，以及经本公司培训考核合格"
        "的技术人员；{dept}对申请网点进行实地评审。",
        "Admission: an outlet applying for authorisation must be lawfully registered and have fixed premises, "
        "the test and repair equipment and spare-parts stock it needs, and technicians trained and assessed by "
        "the Company; the {dept} inspects each applicant on site.",
        "Admisión: el punto que solicite la autorización debe estar legalmente registrado y disponer de un local "
        "fijo, del equipo de diagnóstico y reparación y de las existencias de repuestos necesarios, así como de "
        "técnicos formados y evaluados por la Empresa; el {dept} inspecciona in situ a cada solicitante."),
    "mg_agreement": (
        "授权：评审合格的，本公司与其签订授权服务协议，明确服务范围、服务规范、服务时限、收费标准、费用结算、考核和退出条件，"
        "并颁发授权书。",
        "Authorisation: an applicant that passes signs an authorised-service agreement with the Company, stating "
        "the scope of service, the service rules, time limits, fee schedule, settlement of costs, appraisal and "
        "the conditions for removal, and receives a letter of authorisation.",
        "Autorización: el solicitante que supera la inspección firma con la Empresa un acuerdo de servicio "
        "autorizado que fija el alcance del servicio, las normas, los plazos, las tarifas, la liquidación de "
        "costes, la evaluación y las condiciones de baja, y recibe una carta de autorización."),
    "mg_uniform": (
        "统一要求：所有网点统一标识，公示服务承诺、收费标准和投诉电话，执行本手册的服务规范，使用本公司的顾客信息系统"
        "或按规定报送服务记录。",
        "Common requirements: every outlet uses the same signage, displays the service commitments, the fee "
        "schedule and the complaint number, follows the service rules of this manual, and uses the Company's "
        "customer information system or reports its service records as required.",
        "Requisitos comunes: todos los puntos usan la misma señalización, exhiben los compromisos de servicio, "
        "las tarifas y el teléfono de reclamaciones, aplican las normas de servicio de este manual y utilizan el "
        "sistema de información de clientes de la Empresa o comunican sus registros de servicio según lo "
        "establecido."),
    "mg_appraisal": (
        "考核：{dept}每季度按服务及时率、顾客满意率、投诉和记录质量对网点进行考核，并通过现场检查、电话抽查或暗访进行"
        "监督（见第 {supervision} 章）。",
        "Appraisal: each quarter the {dept} appraises every outlet on timeliness, customer satisfaction, "
        "complaints and the quality of its records, and supervises outlets through site checks, sample calls or "
        "mystery shopping (see chapter {supervision}).",
        "Evaluación: cada trimestre el {dept} evalúa cada punto de servicio según la puntualidad, la satisfacción "
        "de los clientes, las reclamaciones y la calidad de sus registros, y lo supervisa mediante inspecciones "
        "in situ, llamadas de muestreo o cliente misterioso (véase el capítulo {supervision})."),
    "mg_exit": (
        "整改与退出：考核不合格的网点限期整改；整改后仍不合格，或发生乱收费、以次充好、推诿顾客等严重违规行为的，取消授权，"
        "收回授权书并及时更新公布的网点清单。",
        "Correction and removal: an outlet that fails its appraisal is given a deadline to correct; if it still "
        "fails, or commits a serious breach such as overcharging, fitting substandard parts or turning customers "
        "away, its authorisation is cancelled, the letter of authorisation withdrawn and the published list of "
        "outlets updated at once.",
        "Corrección y baja: el punto que no supera la evaluación recibe un plazo para corregir; si sigue sin "
        "superarla, o comete una infracción grave como cobrar de más, montar piezas de calidad inferior o "
        "desatender a los clientes, se cancela su autorización, se retira la carta de autorización y se "
        "actualiza de inmediato la lista publicada de puntos de servicio."),
    "mg_own": (
        "自营网点：由{dept}直接管理，执行与授权网点相同的服务规范和考核要求。",
        "Own outlets: the Company's own outlets are run directly by the {dept} and meet the same service rules and "
        "appraisal as authorised outlets.",
        "Puntos propios: dependen directamente del {dept} y cumplen las mismas normas de servicio y la misma "
        "evaluación que los autorizados."),
}
