"""The sentences of the chapter "Service culture and commitments", in zh, en and es."""

from __future__ import annotations

TEXTS = {
    "title": ("服务文化与服务承诺", "Service culture and commitments", "Cultura de servicio y compromisos"),
    # -- philosophy --------------------------------------------------------------------------------------------
    "philosophy": ("服务理念", "Service philosophy", "Filosofía de servicio"),
    "philosophy_intro": ("本公司的服务理念是：", "The Company's service philosophy is:",
                         "La filosofía de servicio de la Empresa es:"),
    "philosophy_default": ("顾客至上，诚信服务，快速响应，持续改进。",
                           "Customers first, honest service, quick response, continual improvement.",
                           "El cliente primero, servicio honesto, respuesta rápida y mejora continua."),
    "philosophy_use": (
        "服务理念是本公司一切售后服务活动的出发点，由最高管理者确定并发布，每年结合管理评审评审一次其适宜性。",
        "The service philosophy is the starting point of all the Company's after-sales work. Top management sets "
        "and publishes it and reviews whether it remains suitable once a year, at the management review.",
        "La filosofía de servicio es el punto de partida de toda la actividad posventa de la Empresa. La alta "
        "dirección la establece y la publica, y revisa una vez al año, en la revisión por la dirección, si sigue "
        "siendo adecuada."),
    # -- commitments -------------------------------------------------------------------------------------------
    "commitments": ("服务承诺", "Public service commitments", "Compromisos públicos de servicio"),
    "commitments_intro": ("本公司向顾客公开作出以下服务承诺：", "The Company makes the following public service "
                          "commitments to its customers:", "La Empresa asume públicamente ante sus clientes los "
                          "compromisos de servicio siguientes:"),
    "pledge_sanbao": (
        "严格执行国家三包规定：商品自售出之日起{return_days}内出现性能故障的，顾客可选择退货、换货或修理；{exchange_days}内"
        "出现性能故障的，可选择换货或修理；保修期为{warranty}，保修期内免费修理。",
        "We apply the national Three Guarantees (repair, replacement, refund) rules in full: if a product "
        "develops a performance fault within {return_days} of sale, the customer may choose a refund, a "
        "replacement or a repair; within {exchange_days}, a replacement or a repair; and repairs are free "
        "throughout the warranty period of {warranty}.",
        "Aplicamos íntegramente las normas nacionales de las «tres garantías» (reparación, sustitución y "
        "devolución): si un producto presenta una avería de funcionamiento en un plazo de {return_days} desde la "
        "venta, el cliente puede elegir la devolución, la sustitución o la reparación; en un plazo de "
        "{exchange_days}, la sustitución o la reparación; y la reparación es gratuita durante todo el periodo de "
        "garantía de {warranty}."),
    "pledge_repair": (
        "接到报修后{response}内响应，需上门服务的{onsite}内到达现场。",
        "We answer a repair request within {response} and, where a visit is needed, are on site within {onsite}.",
        "Atendemos cada solicitud de reparación en un plazo de {response} y, si hace falta desplazarse, nos "
        "presentamos en el domicilio en un plazo de {onsite}."),
    "pledge_delivery": (
        "商品在{delivery}内送达，需要安装的在送达后{installation}内安装调试完毕。",
        "We deliver within {delivery} and, where installation is needed, install and commission the product "
        "within {installation} of delivery.",
        "Entregamos en un plazo de {delivery} y, si se necesita instalación, instalamos y ponemos en marcha el "
        "producto en un plazo de {installation} desde la entrega."),
    "pledge_complaint": (
        "顾客投诉在{acknowledge}内回应，{resolve}内处理完毕并答复顾客。",
        "We respond to a complaint within {acknowledge} and resolve it and answer the customer within {resolve}.",
        "Respondemos a cada reclamación en un plazo de {acknowledge} y la resolvemos y contestamos al cliente en "
        "un plazo de {resolve}."),
    "pledge_callback": (
        "服务完成后{callback}内回访，听取顾客意见。",
        "We call the customer back within {callback} of completing a service to hear his or her views.",
        "Llamamos al cliente en un plazo de {callback} tras completar el servicio para conocer su opinión."),
    "pledge_fees": (
        "服务收费明码标价，先报价、后服务，不收取任何未公示的费用。",
        "Our charges are displayed; we quote before we work and never charge anything that has not been "
        "published.",
        "Nuestras tarifas están expuestas; presupuestamos antes de trabajar y nunca cobramos nada que no se haya "
        "publicado."),
    "commitments_own": (
        "上述承诺的时限均为本公司自行作出的承诺，不低于国家法律法规的要求。",
        "The time limits above are the Company's own commitments; none falls short of what the law requires.",
        "Los plazos anteriores son compromisos propios de la Empresa; ninguno es inferior a lo que exige la ley."),
    "commitments_consistent": (
        "服务承诺在广告宣传、保修卡（三包凭证）、销售合同、门店公示和本公司网站上的表述必须完全一致。承诺需要修改时，由{dept}"
        "提出，管理者代表审核、最高管理者批准，并同时更新全部载体；旧的宣传资料和保修卡停止使用。",
        "The commitments are worded identically in advertising, on the warranty card (the Three Guarantees "
        "certificate), in sales contracts, on shop notices and on the Company's website. A change is proposed by "
        "the {dept}, reviewed by the management representative and approved by top management, and every medium "
        "is updated at the same time; old leaflets and warranty cards are withdrawn.",
        "Los compromisos se redactan de forma idéntica en la publicidad, en la tarjeta de garantía (certificado "
        "de las «tres garantías»), en los contratos de venta, en los avisos de las tiendas y en el sitio web de "
        "la Empresa. Todo cambio lo propone el {dept}, lo revisa el representante de la dirección y lo aprueba "
        "la alta dirección, y se actualizan a la vez todos los soportes; los folletos y las tarjetas de garantía "
        "anteriores se retiran."),
    # -- strategy ----------------------------------------------------------------------------------------------
    "strategy": ("服务战略", "Service strategy", "Estrategia de servicio"),
    "strategy_intro": ("本公司的服务战略是：", "The Company's service strategy is:",
                       "La estrategia de servicio de la Empresa es:"),
    "strategy_default": (
        "以顾客满意为核心，以覆盖销售区域的服务网络和顾客信息系统为支撑，以专业化、规范化的服务队伍为保障，通过数据分析和"
        "持续改进不断提高服务质量，使售后服务成为本公司的核心竞争力。",
        "To put customer satisfaction at the centre; to rest on a service network that covers the sales regions "
        "and on a customer information system; to rely on a professional, well-organised service team; and to "
        "raise service quality steadily through data analysis and continual improvement, so that after-sales "
        "service becomes one of the Company's core strengths.",
        "Situar la satisfacción del cliente en el centro; apoyarse en una red de servicio que cubra las zonas de "
        "venta y en un sistema de información de clientes; contar con un equipo de servicio profesional y bien "
        "organizado; y elevar de forma constante la calidad del servicio mediante el análisis de datos y la "
        "mejora continua, para que el servicio posventa sea uno de los puntos fuertes de la Empresa."),
    # -- objectives --------------------------------------------------------------------------------------------
    "objectives": ("服务目标", "Service objectives", "Objetivos de servicio"),
    "objectives_intro": (
        "本公司的售后服务目标如下。目标分解到各部门、各服务网点和各岗位，按月统计，按季度分析。",
        "The Company's after-sales service objectives are set out below. They are broken down by department, "
        "service outlet and post, measured monthly and analysed quarterly.",
        "Los objetivos de servicio posventa de la Empresa figuran a continuación. Se desglosan por departamento, "
        "punto de servicio y puesto, se miden cada mes y se analizan cada trimestre."),
    "col_indicator": ("指标", "Indicator", "Indicador"),
    "col_target": ("目标值", "Target", "Meta"),
    "col_formula": ("计算方法", "How it is calculated", "Cálculo"),
    "at_least": ("≥{value}", "at least {value}", "≥ {value}"),
    "ind_on_time": ("服务及时率", "On-time rate", "Tasa de puntualidad"),
    "fx_on_time": ("在本公司承诺时限内完成的服务次数 ÷ 服务总次数 × 100%",
                   "services completed within the Company's time limit ÷ all services × 100%",
                   "servicios completados dentro del plazo de la Empresa ÷ total de servicios × 100 %"),
    "ind_satisfaction": ("顾客满意率", "Customer satisfaction rate", "Tasa de satisfacción del cliente"),
    "fx_satisfaction": ("表示满意的顾客数 ÷ 被调查顾客数 × 100%", "satisfied customers ÷ customers surveyed × 100%",
                        "clientes satisfechos ÷ clientes encuestados × 100 %"),
    "ind_resolution": ("投诉解决率", "Complaint resolution rate", "Tasa de resolución de reclamaciones"),
    "fx_resolution": ("已解决的投诉数 ÷ 受理的投诉数 × 100%", "complaints resolved ÷ complaints received × 100%",
                      "reclamaciones resueltas ÷ reclamaciones recibidas × 100 %"),
    "ind_callback": ("回访率", "Call-back rate", "Tasa de llamadas de seguimiento"),
    "fx_callback": ("已回访的服务次数 ÷ 应回访的服务次数 × 100%",
                    "services called back ÷ services due for a call-back × 100%",
                    "servicios con llamada de seguimiento ÷ servicios que la requieren × 100 %"),
    "objectives_review": (
        "上述目标为本公司自定的目标，由{dept}统计，每年在管理评审中评审，并根据监督和评价的结果修订（见第 {supervision} 章）。",
        "These targets are the Company's own. The {dept} measures them; they are reviewed every year at the "
        "management review and revised in the light of supervision and evaluation results (see chapter "
        "{supervision}).",
        "Estas metas son propias de la Empresa. El {dept} las mide; se revisan cada año en la revisión por la "
        "dirección y se modifican a la vista de los resultados de la supervisión y la evaluación (véase el "
        "capítulo {supervision})."),
    # -- promotion ---------------------------------------------------------------------------------------------
    "promotion": ("服务文化的宣贯", "Promoting the service culture", "Difusión de la cultura de servicio"),
    "promotion_intro": ("本公司通过以下方式宣贯服务文化：", "The Company promotes its service culture as follows:",
                        "La Empresa difunde su cultura de servicio de la forma siguiente:"),
    "pr_induction": (
        "新员工入职培训包括服务理念、服务承诺和服务目标，考核合格后方可上岗；",
        "induction training for new staff covers the service philosophy, commitments and objectives, and no one "
        "starts work before passing its assessment;",
        "la formación de acogida del personal nuevo abarca la filosofía, los compromisos y los objetivos de "
        "servicio, y nadie empieza a trabajar sin haber superado su evaluación;"),
    "pr_training": (
        "服务文化培训列入年度培训计划（见第 {resources} 章），每次培训填写《培训记录表》（{training}）；",
        "service-culture training is part of the annual training plan (see chapter {resources}) and each session "
        "is entered in the training record ({training});",
        "la formación en cultura de servicio forma parte del plan anual de formación (véase el capítulo "
        "{resources}) y cada sesión se anota en el registro de formación ({training});"),
    "pr_briefing": (
        "各服务网点每天召开班前会，重温服务理念和服务承诺，通报前一天的投诉和表扬；",
        "every service outlet holds a short briefing before each shift to go over the service philosophy and "
        "commitments and the previous day's complaints and compliments;",
        "cada punto de servicio celebra una breve reunión antes de cada turno para repasar la filosofía y los "
        "compromisos de servicio y las reclamaciones y felicitaciones del día anterior;"),
    "pr_display": (
        "服务理念和服务承诺在服务场所、本公司网站和宣传资料上公示，一线员工随身携带服务承诺卡；",
        "the service philosophy and commitments are displayed at service premises, on the Company's website and "
        "in its literature, and front-line staff carry a commitment card;",
        "la filosofía y los compromisos de servicio se exponen en los locales de servicio, en el sitio web de la "
        "Empresa y en su material informativo, y el personal de primera línea lleva consigo una tarjeta con los "
        "compromisos;"),
    "pr_recognition": (
        "每季度评选服务之星，表彰践行服务理念的员工和网点；",
        "each quarter the Company names its service stars, recognising the staff and outlets that live out the "
        "service philosophy;",
        "cada trimestre la Empresa distingue a sus estrellas del servicio, reconociendo al personal y a los "
        "puntos de servicio que mejor encarnan la filosofía de servicio;"),
    "pr_check": (
        "服务监督检查时随机抽问一线员工对服务理念、服务承诺和本岗位目标的掌握情况，结果纳入考核。",
        "supervision checks include random questions to front-line staff on the service philosophy, the "
        "commitments and the objectives of their post, and the results count in their appraisal.",
        "las inspecciones de supervisión incluyen preguntas al azar al personal de primera línea sobre la "
        "filosofía, los compromisos y los objetivos de su puesto, y los resultados cuentan en su evaluación."),
    "frontline": (
        "每名一线员工都应能用自己的话说明：本公司的服务理念；与本岗位有关的服务承诺和时限；本岗位的服务目标；遇到本岗位"
        "不能解决的问题时如何处理。例如，投诉受理岗的员工可以这样说明：",
        "Every front-line employee should be able to say, in his or her own words: the Company's service "
        "philosophy; the commitments and time limits that concern the post; the post's service objectives; and "
        "what to do with a problem the post cannot solve. A complaints agent, for example, might put it like "
        "this:",
        "Todo empleado de primera línea debe poder explicar con sus propias palabras: la filosofía de servicio de "
        "la Empresa; los compromisos y plazos que afectan a su puesto; los objetivos de servicio de su puesto; y "
        "qué hacer ante un problema que su puesto no puede resolver. Un agente de reclamaciones, por ejemplo, "
        "podría decirlo así:"),
    "frontline_example": (
        "“顾客投诉，我们{acknowledge}内回应，{resolve}内处理完毕并答复顾客；我的目标是投诉按时处理率不低于{on_time}。"
        "我处理不了的，我登记后交给负责的同事，并告诉顾客由谁处理、什么时候答复，一直跟到解决为止。”",
        "\u201cWe respond to every complaint within {acknowledge} and resolve it and answer the customer within "
        "{resolve}; my target is to handle at least {on_time} of complaints on time. If I can't solve it myself, "
        "I log it, hand it to the colleague responsible, tell the customer who is dealing with it and when they "
        "will hear back, and follow it until it is resolved.\u201d",
        "«Respondemos a cada reclamación en un plazo de {acknowledge} y la resolvemos y contestamos al cliente "
        "en un plazo de {resolve}; mi objetivo es tramitar a tiempo al menos el {on_time} de las reclamaciones. "
        "Si no puedo resolverla yo, la registro, la paso al compañero responsable, digo al cliente quién se "
        "ocupa y cuándo tendrá respuesta, y la sigo hasta que se resuelve.»"),
}
