"""The sentences of the chapter "Product service" (zh, en, es): see `product_service.py`."""

TEXTS = {
    "title": ("商品服务", "Product service", "Servicio al producto"),
    "purpose": (
        "本章规定本公司商品信息、技术支持、配送安装、维修、质量保证（三包）和废弃商品回收等商品服务的职责、工作程序、"
        "时限和记录，适用于本公司经营的全部商品及其售后服务，包括本公司授权服务网点提供的服务。",
        "This chapter sets out the responsibilities, procedures, time limits and records for the Company's "
        "product services: product information, technical support, delivery and installation, maintenance and "
        "repair, the quality guarantee (the Three Guarantees: repair, replacement, refund) and the take-back of "
        "end-of-life goods. It applies to every product the Company sells and to the after-sales service of "
        "those products, including service provided by the Company's authorised service outlets.",
        "Este capítulo establece las responsabilidades, los procedimientos, los plazos y los registros de los "
        "servicios al producto de la Empresa: información del producto, soporte técnico, entrega e instalación, "
        "mantenimiento y reparación, garantía de calidad (las «tres garantías»: reparación, sustitución y "
        "devolución) y recogida de productos al final de su vida útil. Se aplica a todos los productos que vende "
        "la Empresa y a su servicio posventa, incluido el que prestan los puntos de servicio autorizados."),
    "duty": (
        "{dept}归口管理本章规定的各项服务，负责制定服务规范、安排人员、检查执行情况并保存记录；各服务网点和一线服务人员"
        "按本章规定执行。",
        "The {dept} is responsible for every service in this chapter: it writes the service specifications, "
        "assigns staff, checks that they are followed and keeps the records. Every service outlet and every "
        "front-line employee applies this chapter.",
        "El {dept} es responsable de todos los servicios de este capítulo: redacta las especificaciones de "
        "servicio, asigna el personal, comprueba su cumplimiento y conserva los registros. Todos los puntos de "
        "servicio y todo el personal de primera línea aplican este capítulo."),
    "limits_caption": ("商品服务时限一览（本公司承诺）", "Product service time limits (the Company's commitments)",
                       "Plazos del servicio al producto (compromisos de la Empresa)"),
    "col_step": ("服务环节", "Service step", "Etapa del servicio"),
    "col_limit": ("承诺时限", "Time limit", "Plazo"),
    "col_record": ("记录", "Record", "Registro"),
    "row_counter": ("柜台受理报修、退货或换货", "Counter handling of a repair, return or exchange",
                    "Atención en mostrador de una reparación, devolución o cambio"),
    "row_inspection": ("检测部门作出检测答复", "Inspection answer", "Respuesta de la inspección técnica"),
    "row_response": ("响应报修请求", "Response to a repair request", "Respuesta a una solicitud de reparación"),
    "row_onsite": ("维修人员到达现场", "Technician on site", "Técnico en el domicilio"),
    "row_delivery": ("商品送达", "Delivery", "Entrega"),
    "row_installation": ("安装调试完成", "Installation and commissioning", "Instalación y puesta en marcha"),
    "row_return": ("退货、换货或修理（自售出之日起）", "Return, exchange or repair (from the date of sale)",
                   "Devolución, cambio o reparación (desde la fecha de venta)"),
    "row_exchange": ("换货或修理（自售出之日起）", "Exchange or repair (from the date of sale)",
                     "Cambio o reparación (desde la fecha de venta)"),
    "row_warranty": ("免费修理（保修期）", "Free repair (warranty period)", "Reparación gratuita (periodo de garantía)"),
    "returns_log": ("退换货台账", "Returns and exchanges log", "Libro de devoluciones y cambios"),

    # -- product information ------------------------------------------------------------------------------------
    "info_title": ("商品信息", "Product information", "Información del producto"),
    "info_producer": (
        "技术部门为每种商品编制中文使用说明书和标识，内容符合国家标准和法规要求，包括安装使用、维护保养、安全警示和售后服务"
        "联系方式；{dept}审核其中的售后服务内容。新品上市前完成编制和审核。",
        "The Technical Department writes a Chinese-language user manual and labels for every product. They "
        "meet national standards and regulations and cover installation and use, care and maintenance, safety "
        "warnings and after-sales contact details; the {dept} reviews the after-sales content. Both are "
        "finished and reviewed before a product is launched.",
        "El Departamento Técnico redacta para cada producto un manual de usuario en chino y su etiquetado, "
        "conformes a las normas y reglamentos nacionales, con instrucciones de instalación y uso, cuidado y "
        "mantenimiento, advertencias de seguridad y datos de contacto del servicio posventa; el {dept} revisa "
        "el contenido posventa. Ambos se terminan y revisan antes del lanzamiento del producto."),
    "info_seller": (
        "采购部门进货时查验每种商品的中文使用说明书、合格证明、标识和三包凭证；资料不全或内容不符合国家标准和法规要求的"
        "商品不得上架销售。{dept}将常见的安装使用、维护保养和安全警示要点汇总给一线人员，供其向顾客说明。",
        "When goods are received, the Purchasing Department checks that every product comes with a "
        "Chinese-language user manual, a certificate of conformity, labels and a Three Guarantees certificate. "
        "A product whose documents are missing or do not meet national standards and regulations is not put on "
        "sale. The {dept} summarises the key points on installation, use, maintenance and safety for "
        "front-line staff so that they can explain them to customers.",
        "Al recibir la mercancía, el Departamento de Compras comprueba que cada producto lleva manual de "
        "usuario en chino, certificado de conformidad, etiquetado y certificado de las «tres garantías». No se "
        "pone a la venta ningún producto cuya documentación falte o no cumpla las normas y reglamentos "
        "nacionales. El {dept} resume para el personal de primera línea los puntos clave de instalación, uso, "
        "mantenimiento y seguridad, para que puedan explicarlos a los clientes."),
    "info_online": (
        "网上销售页面的商品信息由负责网店运营的岗位维护，与实物和说明书保持一致；商品信息变更时同步更新。",
        "The post that runs the online shop keeps product information on sales pages consistent with the goods "
        "and their manuals, and updates it whenever the product information changes.",
        "El puesto responsable de la tienda en línea mantiene la información de las páginas de venta conforme "
        "con el producto y su manual, y la actualiza cada vez que esa información cambia."),
    "info_card": (
        "随商品向顾客提供三包凭证或保修卡，载明商品名称、型号、编号、销售日期、保修项目和期限、维修网点及联系方式。"
        "销售人员在交付时当面填写销售日期并加盖印章；实行三包的商品，凭证内容符合三包规定。",
        "Every product is handed over with a Three Guarantees certificate or warranty card that states the "
        "product name, model, serial number, date of sale, what the warranty covers and for how long, and the "
        "repair outlets with their contact details. Sales staff fill in the date of sale and stamp the card in "
        "front of the customer; for products under the Three Guarantees rules the card meets those rules.",
        "Cada producto se entrega con el certificado de las «tres garantías» o la tarjeta de garantía, que "
        "indica nombre del producto, modelo, número de serie, fecha de venta, alcance y duración de la garantía "
        "y los puntos de reparación con sus datos de contacto. El personal de ventas anota la fecha de venta y "
        "sella la tarjeta delante del cliente; en los productos sujetos a las «tres garantías», la tarjeta "
        "cumple esa normativa."),
    "info_fees": (
        "{dept}制定保修期外维修、上门、安装和配件的收费标准，经批准后在各服务网点、官网和服务热线公示，顾客可随时查询。"
        "服务人员不得收取未公示的费用；收费时开具票据，并在{repair_form}中记录。",
        "The {dept} draws up the fee schedule for out-of-warranty repair, home visits, installation and spare "
        "parts. Once approved, it is displayed at every service outlet, on the website and through the service "
        "hotline, where customers can consult it at any time. Staff never charge a fee that is not on the "
        "schedule; every charge is receipted and entered on {repair_form}.",
        "El {dept} elabora la lista de tarifas de reparación fuera de garantía, visitas a domicilio, "
        "instalación y repuestos. Una vez aprobada, se expone en todos los puntos de servicio, en el sitio web "
        "y a través de la línea de atención, donde el cliente puede consultarla en cualquier momento. El "
        "personal no cobra ninguna tarifa que no figure en la lista; cada cobro se documenta con recibo y se "
        "anota en {repair_form}."),
    "info_review": (
        "{dept}每年至少核查一次说明书、标识、三包凭证和收费标准的适用性，发现问题的及时修订。",
        "At least once a year the {dept} checks that manuals, labels, warranty cards and the fee schedule are "
        "still correct, and has them revised where they are not.",
        "Al menos una vez al año, el {dept} comprueba que manuales, etiquetado, tarjetas de garantía y lista de "
        "tarifas siguen siendo correctos, y los hace revisar cuando no lo son."),

    # -- technical support -------------------------------------------------------------------------------------
    "support_title": ("技术支持", "Technical support", "Soporte técnico"),
    "hotline_full": (
        "本公司服务热线为 {hotline}，服务时间为 {hours}。热线号码和服务时间印在三包凭证上，并在官网和服务网点公布。",
        "The Company's service hotline is {hotline} (service hours: {hours}). The number and hours are printed on the "
        "warranty card and published on the website and at every service outlet.",
        "La línea de atención de la Empresa es el {hotline} (horario: {hours}). El número y el horario "
        "figuran en la tarjeta de garantía y se publican en el sitio web y en todos los puntos de servicio."),
    "hotline_no_hours": (
        "本公司服务热线为 {hotline}。服务时间由{dept}确定，与热线号码一同印在三包凭证上，并在官网和服务网点公布。",
        "The Company's service hotline is {hotline}. The {dept} sets its hours, which are printed with the "
        "number on the warranty card and published on the website and at every service outlet.",
        "La línea de atención de la Empresa es el {hotline}. El {dept} fija su horario, que figura junto con el "
        "número en la tarjeta de garantía y se publica en el sitio web y en todos los puntos de servicio."),
    "hotline_none": (
        "本公司设立服务热线，号码和服务时间由{dept}确定，印在三包凭证上，并在官网和服务网点公布。",
        "The Company runs a service hotline; the {dept} sets its number and hours, which are printed on the "
        "warranty card and published on the website and at every service outlet.",
        "La Empresa dispone de una línea de atención; el {dept} fija su número y su horario, que figuran en la "
        "tarjeta de garantía y se publican en el sitio web y en todos los puntos de servicio."),
    "hotline_duty": (
        "热线和在线客服由经培训考核合格的人员接听，在公布的服务时间内及时接通，准确解答咨询；每次来电和在线咨询均记录在"
        "客服系统中，不能当场解答的，在 {response}内回复顾客。",
        "The hotline and online service are answered by staff who have been trained and assessed. Calls are "
        "answered promptly within the published hours and questions answered accurately; every call and online "
        "enquiry is logged in the customer service system. A question that cannot be answered at once is "
        "answered within {response}.",
        "La línea de atención y el servicio en línea los atiende personal formado y evaluado. Las llamadas se "
        "atienden con prontitud dentro del horario publicado y las consultas se responden con exactitud; cada "
        "llamada y cada consulta en línea se registra en el sistema de atención al cliente. Una consulta que no "
        "puede resolverse en el momento se contesta en un plazo de {response}."),
    "online_given": (
        "在线服务渠道：{online}。在线咨询执行与热线相同的受理、解答和记录要求。",
        "Online service: {online}. Online enquiries are received, answered and logged as hotline calls are.",
        "Servicio en línea: {online}. Las consultas en línea se reciben, responden y registran igual que las "
        "llamadas a la línea de atención."),
    "online_none": (
        "本公司目前以服务热线和服务网点为主要咨询渠道；开通网站、微信或应用程序等在线渠道时，执行与热线相同的受理、解答和"
        "记录要求，并修订本节。",
        "The Company's main enquiry channels are currently the hotline and the service outlets. When an online "
        "channel (website, WeChat or app) is opened, it follows the same rules for receiving, answering and "
        "logging enquiries as the hotline, and this section is revised.",
        "Actualmente, los principales canales de consulta de la Empresa son la línea de atención y los puntos "
        "de servicio. Cuando se abra un canal en línea (sitio web, WeChat o aplicación), seguirá las mismas "
        "reglas de recepción, respuesta y registro que la línea de atención, y se revisará este apartado."),
    "knowledge": (
        "{dept}建立并维护产品技术和常见问题知识库，覆盖全部在售商品，服务人员可随时查询；新品上市前完成更新，每季度根据"
        "咨询、维修和投诉记录补充常见问题及解答，更新情况记录在案。",
        "The {dept} keeps a knowledge base of product technical information and frequently asked questions "
        "covering every product on sale, open to service staff at all times. It is updated before each "
        "product launch and every quarter from the enquiry, repair and complaint records; each update is "
        "recorded.",
        "El {dept} mantiene una base de conocimientos con la información técnica y las preguntas frecuentes de "
        "todos los productos a la venta, accesible al personal de servicio en todo momento. Se actualiza antes "
        "de cada lanzamiento y cada trimestre a partir de los registros de consultas, reparaciones y "
        "reclamaciones; cada actualización queda registrada."),
    "user_training": (
        "对需要操作技能的商品，本公司通过现场演示、使用视频和培训课程等方式向用户提供使用培训或指导；送货安装人员在安装"
        "完成后向顾客讲解正确使用和日常保养方法。培训资料和培训记录由{dept}保存。",
        "For products that need operating skills, the Company gives users training or guidance through "
        "demonstrations, videos and training sessions; after installation, the installer shows the customer "
        "how to use and look after the product. The {dept} keeps the training material and the records of "
        "training given.",
        "En los productos cuyo manejo requiere cierta destreza, la Empresa ofrece a los usuarios formación u "
        "orientación mediante demostraciones, vídeos y sesiones de formación; tras la instalación, el técnico "
        "explica al cliente el uso correcto y el mantenimiento habitual. El {dept} conserva el material y los "
        "registros de la formación impartida."),

    # -- delivery and installation -----------------------------------------------------------------------------
    "delivery_title": ("配送与安装调试", "Delivery, installation and commissioning",
                       "Entrega, instalación y puesta en marcha"),
    "delivery_spec": (
        "本公司制定配送和安装调试服务规范，规定预约、送达时限、交接验收、安装调试标准和上门服务礼仪。送达和安装时限向顾客"
        "公开承诺如下：",
        "The Company has a delivery and installation specification covering appointments, delivery times, "
        "handover and acceptance, installation and commissioning standards and conduct in the customer's home. "
        "It publishes the following delivery and installation commitments:",
        "La Empresa dispone de una especificación de entrega e instalación que regula la cita previa, los "
        "plazos de entrega, la entrega y aceptación, las normas de instalación y puesta en marcha y el "
        "comportamiento en el domicilio del cliente. Publica los siguientes compromisos de entrega e "
        "instalación:"),
    "delivery_limit": (
        "商品自顾客订货付款之日起 {delivery}内送达；顾客另行约定送货日期的，按约定日期送达。",
        "goods are delivered within {delivery} of the order being paid for, or on the date agreed with the "
        "customer;",
        "la mercancía se entrega en un plazo de {delivery} desde el pago del pedido, o en la fecha acordada con "
        "el cliente;"),
    "install_limit": (
        "需要安装的商品，自送达（或顾客约定的安装时间）起 {install}内完成安装调试。",
        "products that need installing are installed and commissioned within {install} of delivery or of the "
        "time agreed with the customer.",
        "los productos que requieren instalación se instalan y ponen en marcha en un plazo de {install} desde "
        "la entrega o desde la hora acordada con el cliente."),
    "bulky": (
        "大件和贵重商品由本公司送货上门，配送范围和收费（如有）按公示标准执行；送货人员按约定时间上门，不能按时到达的提前"
        "告知顾客并重新约定。",
        "Bulky and valuable goods are delivered to the customer's door; the delivery area and any charge follow "
        "the published schedule. Delivery staff arrive at the agreed time and, if they cannot, tell the "
        "customer in advance and agree a new time.",
        "Los productos voluminosos y de alto valor se entregan en el domicilio del cliente; la zona de reparto "
        "y el posible coste siguen la lista publicada. El personal de reparto llega a la hora acordada y, si no "
        "puede, avisa al cliente con antelación y acuerda una nueva hora."),
    "delivery_steps_intro": ("配送和安装按以下步骤进行：", "Delivery and installation follow these steps:",
                             "La entrega y la instalación siguen estos pasos:"),
    "delivery_step1": ("受理订单，与顾客约定送货和安装时间，登记送货信息；",
                       "take the order, agree the delivery and installation time with the customer and record "
                       "the delivery details;",
                       "recibir el pedido, acordar con el cliente la hora de entrega e instalación y registrar "
                       "los datos de entrega;"),
    "delivery_step2": ("出库前核对商品型号、数量、外观和随附资料，妥善包装；",
                       "before dispatch, check model, quantity, condition and accompanying documents, and pack "
                       "the goods securely;",
                       "antes de la salida, comprobar modelo, cantidad, estado y documentación, y embalar la "
                       "mercancía de forma segura;"),
    "delivery_step3": ("送达后与顾客当面开箱验货，顾客确认无误后签收；",
                       "on delivery, unpack and inspect the goods with the customer, who signs for them once "
                       "satisfied;",
                       "a la entrega, desembalar e inspeccionar la mercancía con el cliente, que firma la "
                       "recepción si está conforme;"),
    "delivery_step4": ("按规范安装调试，记录安装结果和调试参数，向顾客讲解使用和保养方法；",
                       "install and commission the product to the specification, record the result and the "
                       "settings, and explain use and care to the customer;",
                       "instalar y poner en marcha el producto según la especificación, anotar el resultado y "
                       "los parámetros, y explicar al cliente su uso y cuidado;"),
    "delivery_step5": ("请顾客在{form}上签字确认，清理现场；",
                       "ask the customer to sign {form} and leave the site clean;",
                       "pedir al cliente que firme {form} y dejar el lugar limpio;"),
    "delivery_step6": ("验收单交{dept}归档，并纳入回访（见第 {ch} 章）。",
                       "return the signed form to the {dept} for filing and for the call-back (see chapter {ch}).",
                       "entregar el acta firmada al {dept} para su archivo y para la llamada de seguimiento "
                       "(véase el capítulo {ch})."),
    "delivery_issues": (
        "货损、延误和安装不合格均记录原因和处理结果：货损的商品予以更换，延误的向顾客说明并重新约定，安装不合格的及时返工。"
        "顾客自提的商品，在交付时当面验货并签收。",
        "Damage, delays and faulty installations are recorded with their cause and outcome: damaged goods are "
        "replaced, delays are explained to the customer and a new time agreed, and faulty installations are "
        "redone promptly. Goods collected by the customer are inspected and signed for at handover.",
        "Los daños, retrasos e instalaciones defectuosas se registran con su causa y su solución: la mercancía "
        "dañada se sustituye, los retrasos se explican al cliente y se acuerda una nueva hora, y las "
        "instalaciones defectuosas se rehacen sin demora. La mercancía que recoge el propio cliente se "
        "inspecciona y se firma en el momento de la entrega."),
    "delivery_third": (
        "委托第三方配送或安装的，在服务协议中写明本节的服务要求和时限，{dept}对其执行情况进行检查。",
        "Where delivery or installation is contracted out, the service agreement states the requirements and "
        "time limits of this section, and the {dept} checks that the contractor meets them.",
        "Cuando la entrega o la instalación se subcontratan, el contrato de servicio recoge los requisitos y "
        "plazos de este apartado, y el {dept} comprueba que el contratista los cumple."),
}
