"""The sentences of the chapter "Customer relations" (zh, en, es): see `customer_relations.py`."""

TEXTS = {
    "title": ("顾客关系", "Customer relations", "Relación con los clientes"),
    "purpose": (
        "本章规定本公司建立和保护顾客档案、与顾客沟通、开展满意度调查和回访并分析其结果的职责和方法，适用于本公司全部"
        "顾客。{dept}归口管理本章工作，各服务网点和一线服务人员配合执行。",
        "This chapter sets out how the Company keeps and protects customer files, communicates with customers, "
        "surveys their satisfaction, calls them back after service and analyses the results, and who does "
        "what. It applies to all of the Company's customers. The {dept} is responsible; every service outlet "
        "and front-line employee takes part.",
        "Este capítulo establece cómo la Empresa lleva y protege los expedientes de clientes, se comunica con "
        "ellos, mide su satisfacción, les hace llamadas de seguimiento tras cada servicio y analiza los resultados, y quién hace cada "
        "cosa. Se aplica a todos los clientes de la Empresa. El responsable es el {dept}; todos los puntos de "
        "servicio y el personal de primera línea participan."),

    # -- customer files ---------------------------------------------------------------------------------------
    "files_title": ("顾客档案与个人信息保护", "Customer files and personal information",
                    "Expedientes de clientes y datos personales"),
    "files_content": (
        "{dept}在客户管理系统中为每位顾客建立档案，记录购买、配送安装、维修、退换货、投诉和回访等信息，便于查询和跟踪；"
        "各环节的经办人员在服务完成当日录入或更新。",
        "The {dept} keeps a file for every customer in the customer management system, holding purchases, "
        "deliveries and installations, repairs, returns and exchanges, complaints and call-backs, so that any "
        "customer's history can be found and followed. Whoever handles a service enters or updates the file on "
        "the day the service is completed.",
        "El {dept} mantiene un expediente de cada cliente en el sistema de gestión de clientes, con sus "
        "compras, entregas e instalaciones, reparaciones, devoluciones y cambios, reclamaciones y llamadas de "
        "seguimiento, de modo que su historial pueda consultarse y seguirse. Quien presta un servicio registra "
        "o actualiza el expediente el mismo día en que lo termina."),
    "privacy_intro": (
        "顾客档案属于保密资料。本公司依照《中华人民共和国个人信息保护法》和《中华人民共和国消费者权益保护法》处理顾客个人信息：",
        "Customer files are confidential. The Company handles customers' personal information under the "
        "Personal Information Protection Law and the Consumer Rights Protection Law of the People's Republic "
        "of China:",
        "Los expedientes de clientes son confidenciales. La Empresa trata los datos personales de los clientes "
        "conforme a la Ley de Protección de la Información Personal y la Ley de Protección de los Derechos del "
        "Consumidor de la República Popular China:"),
    "privacy_collect": (
        "仅收集提供服务所必需的信息，并告知顾客收集的目的、方式和范围，取得其同意；",
        "only the information needed to serve the customer is collected, and the customer is told why, how "
        "and what is collected and gives consent;",
        "solo se recogen los datos necesarios para prestar el servicio, y se informa al cliente de la "
        "finalidad, el modo y el alcance de la recogida y se obtiene su consentimiento;"),
    "privacy_access": (
        "按岗位设置系统访问权限，服务人员只能查阅其工作所需的档案；离岗人员当日注销权限；",
        "access rights in the system follow each post, so that staff see only the files their work needs; a "
        "leaver's access is removed on the day they leave;",
        "los permisos de acceso al sistema se asignan por puesto, de modo que cada empleado solo ve los "
        "expedientes que necesita para su trabajo; los permisos de quien deja el puesto se anulan ese mismo día;"),
    "privacy_use": (
        "顾客信息只用于本公司的售后服务，不得泄露、出售或非法向他人提供；接触顾客信息的员工签署保密承诺；",
        "customer information is used only for the Company's after-sales service and is never disclosed, sold "
        "or unlawfully passed to anyone; staff who handle it sign a confidentiality undertaking;",
        "los datos de los clientes se usan solo para el servicio posventa de la Empresa y nunca se divulgan, "
        "venden ni ceden ilícitamente a terceros; el personal que los maneja firma un compromiso de "
        "confidencialidad;"),
    "privacy_breach": (
        "发生或可能发生信息泄露时，{dept}立即采取补救措施，报告最高管理者，并依法告知受影响的顾客和有关部门。",
        "if information is or may have been leaked, the {dept} acts at once to contain it, reports to top "
        "management and informs the customers concerned and the authorities as the law requires.",
        "si se produce o puede haberse producido una filtración, el {dept} actúa de inmediato para contenerla, "
        "informa a la alta dirección y avisa a los clientes afectados y a las autoridades según exige la ley."),

    # -- channels -------------------------------------------------------------------------------------------
    "channels_title": ("沟通渠道", "Communication channels", "Canales de comunicación"),
    "channels_intro": (
        "本公司通过以下渠道与顾客沟通，联系方式印在三包凭证上，并在官网、门店和服务网点公布：",
        "The Company communicates with customers through the following channels, whose contact details are "
        "printed on the warranty card and published on the website and in every shop and outlet:",
        "La Empresa se comunica con los clientes por los siguientes canales, cuyos datos de contacto figuran "
        "en la tarjeta de garantía y se publican en el sitio web y en cada tienda y punto de servicio:"),
    "col_channel": ("渠道", "Channel", "Canal"),
    "col_contact": ("联系方式及服务时间", "Contact and hours", "Contacto y horario"),
    "hotline": ("服务热线", "Service hotline", "Línea de atención"),
    "hotline_with_hours": ("{hotline}（{hours}）", "{hotline} ({hours})", "{hotline} ({hours})"),
    "online": ("在线服务", "Online service", "Servicio en línea"),
    "in_store": ("门店和服务网点", "Shops and service outlets", "Tiendas y puntos de servicio"),
    "in_store_contact": ("面对面服务，网点名单见第 {ch} 章", "in person; the outlets are listed in chapter {ch}",
                         "atención presencial; los puntos se enumeran en el capítulo {ch}"),
    "other": ("其他渠道", "Other channel", "Otro canal"),
    "channels_pending": (
        "尚未确定的渠道（如服务热线号码或在线渠道）由{dept}确定后填入上表空行，并同步在三包凭证、官网和服务网点公布。",
        "Channels not yet settled, such as the hotline number or an online channel, are entered in the blank "
        "rows of the table by the {dept} once decided, and published at the same time on the warranty card, "
        "the website and at the outlets.",
        "Los canales aún no definidos, como el número de la línea de atención o un canal en línea, los anota "
        "el {dept} en las filas en blanco de la tabla en cuanto se decidan, y se publican a la vez en la "
        "tarjeta de garantía, el sitio web y los puntos de servicio."),
    "proactive": (
        "{dept}主动向顾客提供保养提示、召回通知和服务活动等信息；营销信息只发给同意接收的顾客，顾客可随时退订。",
        "The {dept} contacts customers on its own initiative with maintenance reminders, recall notices and "
        "service events; marketing messages go only to customers who have agreed to receive them, and they "
        "can opt out at any time.",
        "El {dept} se dirige por iniciativa propia a los clientes con recordatorios de mantenimiento, avisos "
        "de retirada y campañas de servicio; los mensajes comerciales solo se envían a quienes han aceptado "
        "recibirlos, que pueden darse de baja en cualquier momento."),

    # -- satisfaction surveys ---------------------------------------------------------------------------------
    "survey_title": ("顾客满意度调查", "Customer satisfaction surveys", "Encuestas de satisfacción"),
    "survey_plan": (
        "{dept}每年至少组织一次顾客满意度调查。调查前编制方案，明确调查方法（电话、在线问卷或现场问卷）、抽样方法和样本量，"
        "以及调查指标：商品质量、配送安装、维修服务、服务态度、服务及时性和投诉处理。每份答卷记入{form}，并录入客户管理系统。",
        "The {dept} runs a customer satisfaction survey at least once a year. Each survey has a plan that sets "
        "the method (telephone, online or paper questionnaire), the sampling method and sample size, and the "
        "indicators: product quality, delivery and installation, repair service, staff attitude, timeliness "
        "and complaint handling. Each answer is recorded on {form} and entered in the customer management "
        "system.",
        "El {dept} realiza al menos una encuesta de satisfacción al año. Cada encuesta tiene un plan que fija "
        "el método (teléfono, cuestionario en línea o en papel), el muestreo y el tamaño de la muestra, y los "
        "indicadores: calidad del producto, entrega e instalación, servicio de reparación, trato del personal, "
        "rapidez y tratamiento de reclamaciones. Cada respuesta se anota en {form} y se registra en el sistema "
        "de gestión de clientes."),
    "survey_target": (
        "本公司的顾客满意率目标为不低于 {target}（满意率 = 评价为满意和很满意的顾客数 ÷ 被调查顾客总数 × 100%）。该目标由"
        "本公司自行设定。",
        "The Company's target is a satisfaction rate of at least {target} (satisfaction rate = customers "
        "rating the service satisfied or very satisfied ÷ customers surveyed × 100%). This target is the "
        "Company's own.",
        "El objetivo de la Empresa es una tasa de satisfacción de al menos el {target} (tasa de satisfacción = "
        "clientes que valoran el servicio como satisfactorio o muy satisfactorio ÷ clientes encuestados × "
        "100 %). Este objetivo es propio de la Empresa."),

    # -- call-backs --------------------------------------------------------------------------------------------
    "callback_title": ("回访", "Call-backs", "Llamadas de seguimiento"),
    "callback_rule": (
        "安装调试、维修、退换货和投诉处理完成后 {days}内，{dept}回访顾客，核实服务是否完成、是否符合承诺，并听取意见；"
        "回访情况记入{form}。",
        "Within {days} of completing an installation, repair, return or exchange, or the handling of a "
        "complaint, the {dept} calls the customer back to check that the service was done as promised and to "
        "hear the customer's view; each call-back is recorded on {form}.",
        "En un plazo de {days} tras terminar una instalación, reparación, devolución o cambio, o el tratamiento "
        "de una reclamación, el {dept} llama al cliente para comprobar que el servicio se prestó según lo "
        "prometido y conocer su opinión; cada llamada se registra en {form}."),
    "callback_rate": (
        "回访比例目标为不低于上述服务的 {rate}，回访人员不得由提供该项服务的人员担任。",
        "The target is to call back at least {rate} of these services; the call-back is never made by the "
        "person who provided the service.",
        "El objetivo es llamar al menos al {rate} de estos servicios; la llamada nunca la hace quien prestó el "
        "servicio."),
    "callback_rate_all": (
        "上述服务全部回访，回访人员不得由提供该项服务的人员担任。",
        "Every one of these services is called back; the call-back is never made by the person who provided "
        "the service.",
        "Se llama tras cada uno de estos servicios; la llamada nunca la hace quien prestó el servicio."),
    "callback_follow": (
        "顾客表示不满意的，回访人员当日转交责任部门跟进；属于投诉的，按第 {ch} 章登记和处理，直至顾客满意或问题得到合理解决。",
        "Where the customer is dissatisfied, the caller passes the matter to the responsible department the "
        "same day; where it amounts to a complaint, it is recorded and handled under chapter {ch} until the "
        "customer is satisfied or the matter is reasonably resolved.",
        "Si el cliente no está satisfecho, quien llama traslada el asunto al departamento responsable el mismo "
        "día; si constituye una reclamación, se registra y trata conforme al capítulo {ch} hasta que el "
        "cliente quede satisfecho o el asunto se resuelva razonablemente."),

    # -- analysis ------------------------------------------------------------------------------------------------
    "analysis_title": ("分析与改进", "Analysis and improvement", "Análisis y mejora"),
    "analysis": (
        "{dept}每月统计回访结果，每次满意度调查结束后编写分析报告，识别不满意的主要因素、趋势和原因，对照满意率目标评价"
        "达成情况，提出改进措施，报最高管理者。分析结果和改进措施按第 {ch} 章跟踪落实。",
        "The {dept} compiles the call-back results every month and writes an analysis report after every "
        "satisfaction survey. The report identifies the main causes of dissatisfaction, trends and their "
        "reasons, measures the result against the satisfaction target and proposes improvements, and goes to "
        "top management. The findings and improvements are followed up under chapter {ch}.",
        "El {dept} recopila cada mes los resultados de las llamadas de seguimiento y redacta un informe de "
        "análisis tras cada encuesta de satisfacción. El informe identifica los principales motivos de "
        "insatisfacción, las tendencias y sus causas, compara el resultado con el objetivo de satisfacción y "
        "propone mejoras, y se remite a la alta dirección. Las conclusiones y mejoras se siguen conforme al "
        "capítulo {ch}."),
}
