"""The sentences of the chapter "Service rules and legal requirements" that concern laws, regulations and
standards: how they are identified, the register kept of them, and how staff are trained in them; zh, en, es."""

from __future__ import annotations

# The register's first rows: law key -> the chapters (by key) where the manual applies it; None: every chapter.
LAWS: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("consumer_law", ("culture", "product_service", "customer_relations", "complaints")),
    ("quality_law", ("product_service",)),
    ("sanbao", ("culture", "product_service")),
    ("sanbao_products", ("product_service",)),
    ("online_returns", ("product_service",)),
    ("privacy_law", ("resources", "customer_relations")),
    ("gbt27922", None),
    ("gbt18760", ("product_service", "customer_relations")),
    ("gbt19012", ("complaints",)),
)

TEXTS = {
    "identify": ("法律法规要求的识别", "Identifying legal requirements", "Identificación de los requisitos legales"),
    "id_rule": (
        "{dept}负责识别与售后服务有关的法律法规、规章和标准，通过国家法律法规数据库、市场监督管理部门和标准化机构的网站、"
        "行业协会等渠道获取，并建立《适用法律法规及标准清单》，列明名称、适用的主要要求和本手册的对应章节。",
        "The {dept} identifies the laws, regulations, rules and standards that bear on after-sales service, "
        "drawing on the national database of laws and regulations, the websites of the market regulation "
        "authorities and standards bodies, and trade associations, and keeps a register of applicable legal "
        "requirements giving each one's title, its main requirements and the chapters of this manual that apply "
        "them.",
        "El {dept} identifica las leyes, los reglamentos, las disposiciones y las normas que afectan al servicio "
        "posventa, a partir de la base de datos nacional de leyes y reglamentos, los sitios web de las "
        "autoridades de regulación del mercado y de los organismos de normalización y las asociaciones "
        "sectoriales, y lleva un registro de requisitos legales aplicables con el título de cada uno, sus "
        "principales requisitos y los capítulos de este manual que los aplican."),
    "id_update": (
        "清单至少每{months}评审和更新一次；新的法律法规或标准发布、原有的修订或废止时，{dept}及时更新清单，评估对本公司服务"
        "规范的影响，需要时修订本手册，并保存更新记录。",
        "The register is reviewed and updated at least every {months}, and at once whenever a law, regulation or "
        "standard is issued, amended or withdrawn; the {dept} then assesses the effect on the Company's service "
        "rules, revises this manual where needed and keeps a record of the update.",
        "El registro se revisa y actualiza al menos cada {months}, y de inmediato cuando se publica, modifica o "
        "deroga una ley, un reglamento o una norma; el {dept} evalúa entonces el efecto sobre las normas de "
        "servicio de la Empresa, modifica este manual si es necesario y conserva constancia de la "
        "actualización."),
    "id_table_intro": ("清单的初始内容如下，本公司应按所售商品补充：",
                       "The register starts with the entries below; the Company adds those its products require:",
                       "El registro empieza con las entradas siguientes; la Empresa añade las que exijan sus "
                       "productos:"),
    "register_caption": ("适用法律法规及标准清单", "Register of applicable legal requirements",
                         "Registro de requisitos legales aplicables"),
    "col_law": ("名称", "Title", "Título"),
    "col_requirements": ("适用的主要要求", "Main requirements that apply", "Principales requisitos aplicables"),
    "col_chapters": ("本手册对应章节", "Applied in", "Se aplica en"),
    "law_consumer_law": ("中华人民共和国消费者权益保护法",
                         "Law of the People's Republic of China on the Protection of Consumer Rights and Interests",
                         "Ley de Protección de los Derechos e Intereses de los Consumidores"),
    "req_consumer_law": ("经营者的修理、更换、退货义务；远程销售的七日无理由退货；真实信息和服务承诺；顾客个人信息保护",
                         "Traders' duties to repair, replace or refund; seven-day no-reason returns for distance "
                         "sales; truthful information and commitments; protection of customers' personal data",
                         "Obligaciones de reparar, sustituir o reembolsar; devolución sin motivo en siete días en la "
                         "venta a distancia; información y compromisos veraces; protección de los datos personales"),
    "law_quality_law": ("中华人民共和国产品质量法", "Product Quality Law of the People's Republic of China",
                        "Ley de Calidad de los Productos"),
    "req_quality_law": ("销售者的修理、更换、退货和赔偿责任；产品标识要求",
                        "Sellers' liability to repair, replace, refund and compensate; product labelling",
                        "Responsabilidad del vendedor de reparar, sustituir, reembolsar e indemnizar; etiquetado "
                        "de los productos"),
    "law_sanbao": ("部分商品修理更换退货责任规定", "Provisions on Liability for the Repair, Replacement and Return "
                   "of Certain Commodities", "Disposiciones sobre la responsabilidad por la reparación, sustitución "
                   "y devolución de determinados productos"),
    "req_sanbao": ("三包期限和条件、三包凭证、修理记录、备件供应",
                   "Three Guarantees periods and conditions, the guarantee certificate, repair records, supply of "
                   "parts",
                   "Plazos y condiciones de las «tres garantías», certificado de garantía, registros de "
                   "reparación, suministro de repuestos"),
    "law_sanbao_products": ("适用于本公司商品的专项三包规定", "Product-specific Three Guarantees rules for the "
                            "Company's products", "Normas específicas de las «tres garantías» para los productos "
                            "de la Empresa"),
    "req_sanbao_products": ("相应商品的三包期限、主要部件和退换货条件",
                            "Periods, main components and return or exchange conditions for those products",
                            "Plazos, componentes principales y condiciones de devolución o cambio de esos "
                            "productos"),
    "law_online_returns": ("网络购买商品七日无理由退货暂行办法",
                           "Interim Measures for Seven-Day No-Reason Returns of Goods Bought Online",
                           "Medidas provisionales de devolución sin motivo en siete días de productos comprados "
                           "en línea"),
    "req_online_returns": ("网络销售商品的七日无理由退货条件、程序和运费承担",
                           "Conditions, procedure and carriage costs of seven-day returns of goods sold online",
                           "Condiciones, procedimiento y gastos de envío de la devolución en siete días de los "
                           "productos vendidos en línea"),
    "law_privacy_law": ("中华人民共和国个人信息保护法",
                        "Personal Information Protection Law of the People's Republic of China",
                        "Ley de Protección de la Información Personal"),
    "req_privacy_law": ("顾客个人信息的收集、使用、保存和保护",
                        "Collecting, using, storing and protecting customers' personal data",
                        "Recogida, uso, conservación y protección de los datos personales de los clientes"),
    "law_gbt27922": ("GB/T 27922-2011 商品售后服务评价体系",
                     "GB/T 27922-2011 Commodity after-sales service evaluation system",
                     "GB/T 27922-2011 Sistema de evaluación del servicio posventa de productos"),
    "req_gbt27922": ("售后服务体系、商品服务和顾客服务的评价要求",
                     "Evaluation requirements for the service system, product service and customer service",
                     "Requisitos de evaluación del sistema de servicio, el servicio de producto y la atención al "
                     "cliente"),
    "law_gbt18760": ("GB/T 18760-2025 消费品售后服务方法与要求",
                     "GB/T 18760-2025 Methods and requirements of after-sales service for consumer goods",
                     "GB/T 18760-2025 Métodos y requisitos del servicio posventa de bienes de consumo"),
    "req_gbt18760": ("送货、安装、维修、退换货、在线服务和顾客信息保护的方法与要求",
                     "Methods and requirements for delivery, installation, repair, returns, online service and "
                     "customer-data protection",
                     "Métodos y requisitos de entrega, instalación, reparación, devoluciones, servicio en línea "
                     "y protección de datos de los clientes"),
    "law_gbt19012": ("GB/T 19012-2019 质量管理 顾客满意 组织投诉处理指南",
                     "GB/T 19012-2019 / ISO 10002:2018 Guidelines for complaints handling in organizations",
                     "GB/T 19012-2019 / ISO 10002:2018 Directrices para el tratamiento de las quejas"),
    "req_gbt19012": ("投诉处理的原则、过程和持续改进", "Principles, process and improvement of complaint handling",
                     "Principios, proceso y mejora del tratamiento de reclamaciones"),
    # -- training ----------------------------------------------------------------------------------------------
    "training": ("法律法规的培训与掌握", "Training staff in legal requirements",
                 "Formación del personal en los requisitos legales"),
    "tr_intro": ("售后服务人员应了解并正确执行与本岗位有关的服务规范和法律法规要求：",
                 "After-sales staff know and apply correctly the service rules and legal requirements of their post:",
                 "El personal posventa conoce y aplica correctamente las normas de servicio y los requisitos "
                 "legales de su puesto:"),
    "tr_induction": (
        "新员工岗前培训包括三包规定、消费者权益保护法律法规和本岗位的服务规范；",
        "induction training covers the Three Guarantees rules, consumer-protection law and the service rules of "
        "the post;",
        "la formación de acogida abarca las normas de las «tres garantías», la legislación de protección de los "
        "consumidores y las normas de servicio del puesto;"),
    "tr_changes": (
        "法律法规或本手册修订后，{dept}在新要求实施前组织相关岗位培训；",
        "when a law or this manual changes, the {dept} trains the posts concerned before the new requirement "
        "takes effect;",
        "cuando cambia una ley o este manual, el {dept} forma a los puestos afectados antes de que el nuevo "
        "requisito entre en vigor;"),
    "tr_exam": (
        "每年至少组织一次服务规范和法律法规知识考试，成绩记入培训档案，不合格的补训补考；",
        "at least once a year staff sit a test on the service rules and legal requirements; results go on their "
        "training file, and anyone who fails is retrained and retested;",
        "al menos una vez al año el personal hace una prueba sobre las normas de servicio y los requisitos "
        "legales; los resultados se incorporan a su expediente de formación, y quien no la supera recibe nueva "
        "formación y repite la prueba;"),
    "tr_check": (
        "服务监督检查时随机抽问一线员工本岗位的服务流程、服务时限、三包期限和退换货条件（见第 {supervision} 章），答错过半的"
        "重新培训；",
        "supervision checks put random questions to front-line staff on their service procedure, time limits, "
        "Three Guarantees periods and return and exchange conditions (see chapter {supervision}); anyone who gets "
        "half or more wrong is retrained;",
        "en las inspecciones de supervisión se pregunta al azar al personal de primera línea por su "
        "procedimiento de servicio, los plazos, los periodos de las «tres garantías» y las condiciones de "
        "devolución y cambio (véase el capítulo {supervision}); quien falla la mitad o más recibe nueva "
        "formación;"),
    "tr_record": (
        "培训和考试填写《培训记录表》（{training}）。",
        "training and tests are entered in the training record ({training}).",
        "la formación y las pruebas se anotan en el registro de formación ({training})."),
}
