"""The sentences of the chapter "Company profile, scope and normative references", in zh, en and es."""

from __future__ import annotations

# The normative references, in the order of the list (rows "ref_<key>").
REFERENCES = ("gbt27922", "gbt18760", "gbt19012", "sanbao", "sanbao_products", "consumer_law", "quality_law")

# The terms defined, in the order of the table (rows "term_<key>" and "def_<key>").
TERMS = ("after_sales", "outlet", "complaint", "sanbao", "first_responsibility", "advance_compensation",
         "callback", "time_limit", "certified_manager", "corrective_action")

TEXTS = {
    "title": ("企业概况、适用范围与引用文件", "Company profile, scope and normative references",
              "Presentación de la empresa, alcance y referencias normativas"),
    # -- profile -----------------------------------------------------------------------------------------------
    "profile": ("企业概况", "Company profile", "Presentación de la empresa"),
    "profile_default": (
        "{company}是一家{kind}。本公司把售后服务作为经营活动的重要组成部分，建立了覆盖售前、售中和售后的服务体系，"
        "依法履行三包责任，以规范、及时、诚信的服务赢得顾客信任。",
        "{company} is a {kind}. The Company treats after-sales service as an integral part of its business: it "
        "has built a service system that covers the customer before, during and after the sale, meets its "
        "Three Guarantees (repair, replacement, refund) obligations under the law, and earns its customers' trust "
        "through orderly, prompt and honest service.",
        "{company} es una {kind}. La Empresa considera el servicio posventa parte integrante de su actividad: ha "
        "creado un sistema de servicio que acompaña al cliente antes, durante y después de la venta, cumple las "
        "obligaciones legales de las «tres garantías» (reparación, sustitución y devolución) y se gana la "
        "confianza de sus clientes con un servicio ordenado, puntual y honesto."),
    "profile_note": (
        "本节应补充本公司的成立时间、规模、主要产品和品牌、销售区域、售后服务网络及已获得的认证等情况。",
        "This section should be completed with the Company's founding date, size, main products and brands, "
        "sales regions, after-sales network and the certifications it holds.",
        "Esta sección debe completarse con la fecha de fundación de la Empresa, su tamaño, sus principales "
        "productos y marcas, sus zonas de venta, su red posventa y las certificaciones que posee."),
    "kind_producer": ("生产型企业", "manufacturing company", "empresa fabricante"),
    "kind_seller": ("销售服务型企业", "retail and service company", "empresa comercial y de servicios"),
    "kind_producer_label": ("生产型", "Manufacturer", "Fabricante"),
    "kind_seller_label": ("销售服务型", "Retailer and service provider", "Comercial y de servicios"),
    "col_item": ("项目", "Item", "Concepto"),
    "col_value": ("内容", "Details", "Datos"),
    "f_name": ("企业名称", "Company name", "Razón social"),
    "f_credit_code": ("统一社会信用代码", "Unified social credit code", "Código unificado de crédito social"),
    "f_kind": ("企业类型", "Type of enterprise", "Tipo de empresa"),
    "f_industry": ("所属行业", "Industry", "Sector"),
    "f_address": ("地址", "Address", "Dirección"),
    "f_contact": ("联系方式", "Contact", "Contacto"),
    # -- scope -------------------------------------------------------------------------------------------------
    "scope": ("适用范围", "Scope", "Alcance"),
    "scope_default": (
        "本手册适用于本公司销售的全部商品及其售后服务，覆盖本公司商品的全部销售区域。",
        "This manual covers every product the Company sells and the after-sales service for it, in every region "
        "where the Company's products are sold.",
        "Este manual abarca todos los productos que vende la Empresa y su servicio posventa, en todas las zonas "
        "en las que se venden."),
    "scope_activities": (
        "本手册规定了售前咨询、商品信息、技术支持、送货安装、维修保养、退换货（三包）、废弃商品回收、顾客关系、回访和投诉处理"
        "等售后服务活动的要求，适用于{dept}、各服务网点（自营和授权）以及{departments}等与售后服务有关的部门。",
        "It sets the requirements for enquiries, product information, technical support, delivery and "
        "installation, repair and maintenance, returns and exchanges under the Three Guarantees, take-back of "
        "end-of-life goods, customer relations, call-backs and complaint handling. It applies to the {dept}, to "
        "every service outlet, own or authorised, and to {departments} and any other department involved in "
        "after-sales service.",
        "Fija los requisitos de las consultas, la información del producto, el apoyo técnico, la entrega e "
        "instalación, la reparación y el mantenimiento, las devoluciones y los cambios de las «tres garantías», "
        "la recogida de productos al final de su vida útil, la relación con los clientes, las llamadas de "
        "seguimiento y el tratamiento de reclamaciones. Se aplica al {dept}, a todos los puntos de servicio, "
        "propios o autorizados, y a {departments} y cualquier otro departamento que intervenga en el servicio "
        "posventa."),
    "departments_producer": ("销售、生产、技术、采购、质量、财务", "sales, production, engineering, purchasing, "
                             "quality, finance", "ventas, producción, ingeniería, compras, calidad, finanzas"),
    "departments_seller": ("销售、采购（招商）、质量、财务", "sales, purchasing (merchant management), quality, "
                           "finance", "ventas, compras (gestión de proveedores), calidad, finanzas"),
    "scope_seller": (
        "本公司场内经营的供应商（商户）销售的商品同样适用本手册；供应商应遵守第 {rules} 章规定的供应商管理规则。",
        "The manual also covers goods sold by the suppliers (merchants) trading on the Company's premises; they "
        "shall follow the supplier rules of chapter {rules}.",
        "El manual abarca también los productos que venden los proveedores (comerciantes) que operan en las "
        "instalaciones de la Empresa, que deben cumplir las normas para proveedores del capítulo {rules}."),
    # -- references --------------------------------------------------------------------------------------------
    "references": ("规范性引用文件", "Normative references", "Referencias normativas"),
    "references_intro": (
        "下列文件对于本手册的应用是必不可少的。凡是注日期的引用文件，仅所注日期的版本适用于本手册；凡是不注日期的引用文件，"
        "其最新版本（包括所有的修改单）适用于本手册。",
        "The following documents are indispensable for applying this manual. For dated references, only the "
        "edition cited applies; for undated references, the latest edition (including any amendments) applies.",
        "Los documentos siguientes son indispensables para aplicar este manual. En las referencias con fecha "
        "solo se aplica la edición citada; en las referencias sin fecha se aplica la última edición (incluida "
        "cualquier modificación)."),
    "ref_gbt27922": ("GB/T 27922-2011 商品售后服务评价体系",
                     "GB/T 27922-2011 Commodity after-sales service evaluation system",
                     "GB/T 27922-2011 Sistema de evaluación del servicio posventa de productos"),
    "ref_gbt18760": ("GB/T 18760-2025 消费品售后服务方法与要求",
                     "GB/T 18760-2025 Methods and requirements of after-sales service for consumer goods",
                     "GB/T 18760-2025 Métodos y requisitos del servicio posventa de bienes de consumo"),
    "ref_gbt19012": ("GB/T 19012-2019 质量管理 顾客满意 组织投诉处理指南（ISO 10002:2018）",
                     "GB/T 19012-2019 / ISO 10002:2018 Quality management — Customer satisfaction — Guidelines "
                     "for complaints handling in organizations",
                     "GB/T 19012-2019 / ISO 10002:2018 Gestión de la calidad. Satisfacción del cliente. "
                     "Directrices para el tratamiento de las quejas en las organizaciones"),
    "ref_sanbao": ("《部分商品修理更换退货责任规定》",
                   "Provisions on Liability for the Repair, Replacement and Return of Certain Commodities (the "
                   "Three Guarantees rules)",
                   "Disposiciones sobre la responsabilidad por la reparación, sustitución y devolución de "
                   "determinados productos (normas de las «tres garantías»)"),
    "ref_sanbao_products": (
        "适用于本公司商品的专项三包规定（如《家用汽车产品修理更换退货责任规定》《移动电话机商品修理更换退货责任规定》"
        "《微型计算机商品修理更换退货责任规定》等）",
        "The product-specific Three Guarantees rules that apply to the Company's products (for example those for "
        "household motor vehicles, mobile telephones and microcomputers)",
        "Las normas específicas de las «tres garantías» aplicables a los productos de la Empresa (por ejemplo, "
        "las de vehículos de uso doméstico, teléfonos móviles y microordenadores)"),
    "ref_consumer_law": ("《中华人民共和国消费者权益保护法》",
                         "Law of the People's Republic of China on the Protection of Consumer Rights and Interests",
                         "Ley de la República Popular China de Protección de los Derechos e Intereses de los "
                         "Consumidores"),
    "ref_quality_law": ("《中华人民共和国产品质量法》", "Product Quality Law of the People's Republic of China",
                        "Ley de Calidad de los Productos de la República Popular China"),
    "references_register": (
        "其他适用的法律法规和标准列入本公司的《适用法律法规及标准清单》，其识别和更新见第 {rules} 章。",
        "Other applicable laws, regulations and standards are entered in the Company's register of applicable "
        "legal requirements, which is kept up to date as chapter {rules} describes.",
        "Las demás leyes, reglamentos y normas aplicables figuran en el registro de requisitos legales de la "
        "Empresa, que se mantiene al día como describe el capítulo {rules}."),
    # -- terms -------------------------------------------------------------------------------------------------
    "terms": ("术语和定义", "Terms and definitions", "Términos y definiciones"),
    "terms_intro": ("下列术语和定义适用于本手册。", "For the purposes of this manual the following terms and "
                    "definitions apply.", "A efectos de este manual se aplican los términos y definiciones "
                    "siguientes."),
    "col_term": ("术语", "Term", "Término"),
    "col_definition": ("定义", "Definition", "Definición"),
    "term_after_sales": ("售后服务", "after-sales service", "servicio posventa"),
    "def_after_sales": (
        "商品售出后，本公司为顾客提供的送货安装、技术支持、维修保养、退换货、回访、投诉处理和废弃商品回收等服务。",
        "The services the Company provides to customers once a product has been sold: delivery and "
        "installation, technical support, repair and maintenance, returns and exchanges, call-backs, complaint "
        "handling and take-back of end-of-life goods.",
        "Servicios que la Empresa presta a los clientes una vez vendido el producto: entrega e instalación, "
        "apoyo técnico, reparación y mantenimiento, devoluciones y cambios, llamadas de seguimiento, tratamiento "
        "de reclamaciones y recogida de productos al final de su vida útil."),
    "term_outlet": ("服务网点", "service outlet", "punto de servicio"),
    "def_outlet": (
        "本公司设立或授权设立、向顾客提供售后服务的固定场所，分为自营网点和授权网点。",
        "A fixed place, set up or authorised by the Company, where customers receive after-sales service; it is "
        "either the Company's own outlet or an authorised outlet.",
        "Local fijo, creado o autorizado por la Empresa, en el que los clientes reciben el servicio posventa; "
        "puede ser propio o autorizado."),
    "term_complaint": ("投诉", "complaint", "reclamación"),
    "def_complaint": (
        "顾客就本公司的商品、服务或投诉处理过程本身向本公司表达的不满，无论是否明确要求答复或解决。",
        "An expression of dissatisfaction made to the Company about its products, its service or the "
        "complaints-handling process itself, where a response or resolution is explicitly or implicitly expected.",
        "Expresión de insatisfacción dirigida a la Empresa sobre sus productos, su servicio o el propio proceso "
        "de tratamiento de reclamaciones, cuando se espera, explícita o implícitamente, una respuesta o una "
        "solución."),
    "term_sanbao": ("三包", "Three Guarantees", "«tres garantías»"),
    "def_sanbao": (
        "依据国家三包规定，销售者对所售商品在规定期限内承担的修理、更换、退货责任。",
        "The obligations to repair, replace or refund that the national Three Guarantees rules place on the "
        "seller of a product within set periods.",
        "Obligaciones de reparación, sustitución y devolución que las normas nacionales de las «tres "
        "garantías» imponen al vendedor de un producto dentro de plazos determinados."),
    "term_first_responsibility": ("首问负责", "first responsibility", "responsabilidad del primer contacto"),
    "def_first_responsibility": (
        "顾客首次咨询、求助或投诉时接待的员工（首问责任人）负责受理，并跟踪至问题解决或移交到位，不得推诿。",
        "The rule that the employee a customer first approaches with an enquiry, a request or a complaint takes "
        "it up and follows it through until it is resolved or properly handed over, and never sends the "
        "customer elsewhere.",
        "Regla por la que el empleado al que el cliente se dirige primero con una consulta, una solicitud o una "
        "reclamación la asume y la sigue hasta su resolución o su traspaso efectivo, sin remitir al cliente a "
        "otra parte."),
    "term_advance_compensation": ("先行赔付", "advance compensation", "indemnización anticipada"),
    "def_advance_compensation": (
        "对顾客合法的赔偿要求，由本公司先行赔偿，再向负有责任的生产者、供应商或其他经营者追偿。",
        "Payment by the Company of a customer's lawful claim first, before the Company recovers the amount from "
        "the producer, supplier or other trader responsible.",
        "Pago por la Empresa, en primer lugar, de la reclamación legítima de un cliente, antes de recuperar el "
        "importe del fabricante, proveedor u otro comerciante responsable."),
    "term_callback": ("回访", "call-back", "llamada de seguimiento"),
    "def_callback": (
        "服务完成后，本公司主动联系顾客，了解服务结果和顾客满意程度的活动。",
        "Contact the Company makes with a customer after a service to learn its outcome and how satisfied the "
        "customer is.",
        "Contacto que la Empresa establece con el cliente tras un servicio para conocer su resultado y el grado "
        "de satisfacción del cliente."),
    "term_time_limit": ("服务时限", "service time limit", "plazo de servicio"),
    "def_time_limit": (
        "本公司承诺的完成某项服务的最长时间，自受理时起计算。",
        "The longest time the Company commits to for completing a service, counted from when the request is "
        "received.",
        "Tiempo máximo que la Empresa se compromete a emplear en completar un servicio, contado desde la "
        "recepción de la solicitud."),
    "term_certified_manager": ("售后服务管理师", "certified after-sales service manager",
                               "gestor de servicio posventa certificado"),
    "def_certified_manager": (
        "经培训考核合格、取得售后服务管理师证书并从事售后服务管理工作的人员。",
        "A person who has passed the training and assessment for, and holds, the after-sales service manager "
        "certificate, and who works in after-sales service management.",
        "Persona que ha superado la formación y la evaluación, posee el certificado de gestor de servicio "
        "posventa y trabaja en la gestión del servicio posventa."),
    "term_corrective_action": ("整改措施", "corrective action", "acción correctiva"),
    "def_corrective_action": (
        "为消除已发现问题的原因、防止其再次发生而采取的措施。",
        "Action taken to remove the cause of a problem found and to prevent it from happening again.",
        "Acción tomada para eliminar la causa de un problema detectado y evitar que vuelva a producirse."),
}
