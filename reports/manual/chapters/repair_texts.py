"""The sentences of the chapter "Product service" on maintenance and repair, the quality guarantee and take-back
(zh, en, es): see `product_service.py`."""

TEXTS = {
    # -- maintenance and repair --------------------------------------------------------------------------------
    "repair_title": ("维修服务", "Maintenance and repair", "Mantenimiento y reparación"),
    "repair_counter": (
        "顾客到服务网点报修、退货或换货的，柜台人员在 {counter}内受理完毕；需要检测的，检测人员在 {inspection}内向顾客"
        "作出检测答复。",
        "When a customer brings a repair, return or exchange to a service outlet, counter staff complete the "
        "intake within {counter}; where the product must be inspected, the inspector gives the customer an "
        "answer within {inspection}.",
        "Cuando un cliente acude a un punto de servicio por una reparación, una devolución o un cambio, el "
        "personal de mostrador completa la recepción en un plazo de {counter}; si el producto debe "
        "inspeccionarse, el técnico da una respuesta al cliente en un plazo de {inspection}."),
    "repair_response": (
        "接到电话、在线或上门报修后，{dept}在 {response}内响应，与顾客确认故障情况并约定服务时间；需要上门维修的，维修人员"
        "在 {onsite}内到达现场。因顾客原因另行约定时间的，按约定时间上门。",
        "The {dept} responds to a repair request received by telephone, online or in person within "
        "{response}, confirming the fault with the customer and agreeing a time; where a home visit is needed, "
        "the technician is on site within {onsite}, or at a later time the customer asks for.",
        "El {dept} responde a una solicitud de reparación recibida por teléfono, en línea o en persona en un "
        "plazo de {response}, confirma la avería con el cliente y acuerda una hora; si hace falta una visita, "
        "el técnico acude al domicilio en un plazo de {onsite}, o más tarde si así lo pide el cliente."),
    "appointment": (
        "不便到店的顾客可通过服务热线预约上门维修或取送修服务，热线人员登记预约信息并在约定时间前再次确认。",
        "Customers who cannot come to an outlet may book a home repair, or collection and return of the "
        "product, through the service hotline; hotline staff record the booking and confirm it again before "
        "the appointment.",
        "Los clientes que no pueden acudir a un punto de servicio pueden concertar por la línea de atención una "
        "reparación a domicilio o la recogida y devolución del producto; el personal de la línea registra la "
        "cita y la vuelve a confirmar antes de la fecha."),
    "repair_steps_intro": ("维修按以下程序进行：", "Repairs follow this procedure:",
                           "Las reparaciones siguen este procedimiento:"),
    "repair_step1": ("受理登记：开具{form}，记录顾客信息、商品型号和编号、购买日期及故障现象；",
                     "intake: open {form} and record the customer's details, the model and serial number, the "
                     "date of purchase and the fault reported;",
                     "recepción: abrir {form} y anotar los datos del cliente, el modelo y el número de serie, la "
                     "fecha de compra y la avería descrita;"),
    "repair_step2": ("派工：按故障类型和区域派给具备相应资格的维修人员；",
                     "dispatch: assign the job to a technician qualified for that fault and area;",
                     "asignación: encargar el trabajo a un técnico cualificado para esa avería y esa zona;"),
    "repair_step3": ("检测：确定故障原因，判定是否属于保修范围；",
                     "inspection: find the cause of the fault and decide whether the warranty covers it;",
                     "diagnóstico: determinar la causa de la avería y si la cubre la garantía;"),
    "repair_step4": ("报价确认：保修期外或不属于保修范围的，维修前按公示标准告知预计费用，经顾客同意后维修；",
                     "quotation: where the repair is not covered, tell the customer the expected cost from the "
                     "published fee schedule and repair only with the customer's consent;",
                     "presupuesto: si la reparación no está cubierta, informar al cliente del coste previsto "
                     "según la lista de tarifas publicada y reparar solo con su consentimiento;"),
    "repair_step5": ("维修与质检：使用合格配件维修，维修后进行功能检测；",
                     "repair and check: repair with genuine parts and test the product after the repair;",
                     "reparación y control: reparar con repuestos originales y probar el producto tras la "
                     "reparación;"),
    "repair_step6": ("交付：在工单上记录检测结论、更换配件、费用和完成时间，由顾客签字确认；",
                     "handover: enter the findings, parts replaced, charges and completion time on the order "
                     "and have the customer sign it;",
                     "entrega: anotar en la orden el diagnóstico, los repuestos sustituidos, el importe y la "
                     "hora de finalización, y recabar la firma del cliente;"),
    "repair_step7": ("回访：按第 {ch} 章规定回访顾客。",
                     "call-back: call the customer back as chapter {ch} requires.",
                     "seguimiento: llamar al cliente según el capítulo {ch}."),
    "repair_fees": (
        "保修期内的维修免费；保修期外的维修按公示的收费标准收费，不加收未公示的费用。",
        "Repairs within the warranty are free of charge; repairs outside it are charged according to the "
        "published fee schedule, with nothing added that is not on it.",
        "Las reparaciones en garantía son gratuitas; las que están fuera de garantía se cobran según la lista "
        "de tarifas publicada, sin ningún cargo que no figure en ella."),
    "repair_quality": (
        "维修后的商品享有维修质量保证期，期限在收费标准中公布；{dept}每月统计返修率，对同一故障重复维修的商品分析原因，"
        "制定整改措施并跟踪结果（见第 {ch} 章）。",
        "Repaired products carry a repair guarantee whose length is published with the fee schedule. Every "
        "month the {dept} calculates the repeat-repair rate; where the same fault is repaired more than once, it "
        "analyses the cause, sets a corrective action and follows it to its result (see chapter {ch}).",
        "Los productos reparados tienen una garantía de reparación cuya duración se publica con la lista de "
        "tarifas. Cada mes, el {dept} calcula la tasa de reparaciones repetidas; cuando la misma avería se "
        "repara más de una vez, analiza la causa, fija una acción correctiva y la sigue hasta su resultado "
        "(véase el capítulo {ch})."),
    "spare_parts": (
        "{dept}建立备件台账，常用备件保持安全库存，其他备件明确供应渠道和到货时间，保证在承诺时限内完成维修；备件出入库"
        "逐笔登记。商品停产后，按国家规定或本公司承诺的期限继续供应备件。",
        "The {dept} keeps a spare-parts register. Common parts are held in stock at a safety level; for other "
        "parts the source and lead time are known, so that repairs are finished within the committed time. "
        "Every issue and receipt of a part is recorded. After a product is discontinued, parts remain "
        "available for the period set by national rules or by the Company's commitment.",
        "El {dept} lleva un inventario de repuestos. Los de uso frecuente se mantienen con existencias de "
        "seguridad; para los demás se conocen la fuente y el plazo de suministro, de modo que las reparaciones "
        "se terminen dentro del plazo comprometido. Cada entrada y salida de repuestos se registra. Cuando un "
        "producto deja de fabricarse, los repuestos siguen disponibles durante el periodo que fije la "
        "normativa nacional o el compromiso de la Empresa."),

    # -- quality guarantee --------------------------------------------------------------------------------------
    "quality_title": ("质量保证（三包）", "Quality guarantee (the Three Guarantees)",
                      "Garantía de calidad (las «tres garantías»)"),
    "quality_intro": (
        "本公司执行国家三包规定，并公开以下质量保证承诺：",
        "The Company applies the national rules on the Three Guarantees (repair, replacement, refund) and "
        "publishes the following quality commitments:",
        "La Empresa aplica la normativa nacional de las «tres garantías» (reparación, sustitución y "
        "devolución) y publica los siguientes compromisos de calidad:"),
    "quality_return": (
        "自售出之日起 {days}内，商品出现性能故障的，顾客可选择退货、换货或修理；",
        "within {days} of the sale, a customer whose product develops a performance fault may choose a "
        "refund, a replacement or a repair;",
        "en un plazo de {days} desde la venta, si el producto presenta una avería de funcionamiento, el cliente "
        "puede elegir la devolución, la sustitución o la reparación;"),
    "quality_exchange": (
        "自售出之日起 {days}内，商品出现性能故障的，顾客可选择换货或修理；",
        "within {days} of the sale, a customer whose product develops a performance fault may choose a "
        "replacement or a repair;",
        "en un plazo de {days} desde la venta, si el producto presenta una avería de funcionamiento, el cliente "
        "puede elegir la sustitución o la reparación;"),
    "quality_warranty": (
        "自售出之日起 {months}保修期内，商品出现性能故障的，本公司免费修理；",
        "within the warranty period of {months} from the sale, the Company repairs performance faults free of "
        "charge;",
        "durante el periodo de garantía de {months} desde la venta, la Empresa repara gratuitamente las "
        "averías de funcionamiento;"),
    "quality_online": (
        "网络销售的商品，依法执行七日无理由退货。",
        "goods sold online may be returned without reason within seven days, as the law provides.",
        "los productos vendidos en línea pueden devolverse sin justificación en un plazo de siete días, como "
        "establece la ley."),
    "quality_terms": ("本公司另行承诺：{terms}", "In addition, the Company undertakes: {terms}",
                      "Además, la Empresa se compromete a lo siguiente: {terms}"),
    "quality_log": (
        "{dept}建立退换货台账，逐笔登记退货、换货和修理的申请、检测结论、处理方式和完成时间；退款在办理退货当日发起，及时"
        "退回顾客原支付账户。列入三包目录的商品，各项条件和期限不低于三包规定。",
        "The {dept} keeps a returns and exchanges log, recording every request for a return, exchange or repair with the "
        "inspection finding, the remedy and the completion date. Refunds are started on the day the return is "
        "accepted and paid promptly to the customer's original means of payment. For products listed under the "
        "Three Guarantees rules, no condition or period is less favourable than those rules.",
        "El {dept} lleva un libro de devoluciones y cambios, donde anota cada solicitud de devolución, cambio o reparación con el "
        "resultado de la inspección, la solución y la fecha de cierre. Los reembolsos se tramitan el mismo día "
        "en que se acepta la devolución y se abonan sin demora en el medio de pago original. En los productos "
        "sujetos a las «tres garantías», ninguna condición ni plazo es menos favorable que esa normativa."),
    "first_seller": (
        "本公司实行首问负责和先行负责：首位接待顾客的员工负责跟踪到问题解决，不得推诿；对三包范围内的质量问题，无论商品由"
        "哪一生产者制造，本公司先行处理并赔偿顾客的损失，再依据供应协议中的质量责任条款向生产者或供应商追偿，追偿情况"
        "记录在案。",
        "The Company applies first responsibility: the first employee a customer speaks to follows the matter "
        "until it is resolved and never passes the customer on. For a quality problem within the Three "
        "Guarantees, whoever made the product, the Company deals with it first and compensates the customer, "
        "then recovers the cost from the producer or supplier under the quality clauses of the supply "
        "agreement, and records the recovery.",
        "La Empresa aplica el principio de primera responsabilidad: el primer empleado que atiende al cliente "
        "sigue el asunto hasta su solución y nunca lo remite a otro. Ante un problema de calidad cubierto por "
        "las «tres garantías», sea cual sea el fabricante, la Empresa lo resuelve primero e indemniza al "
        "cliente, y después repercute el coste al fabricante o proveedor conforme a las cláusulas de calidad "
        "del contrato de suministro, dejando constancia de la reclamación."),
    "first_producer": (
        "本公司实行首问负责：首位接待顾客的员工负责跟踪到问题解决，不得推诿。对销售者和服务网点转来的三包问题，本公司"
        "直接承担生产者责任，不要求顾客往返于销售者和本公司之间。",
        "The Company applies first responsibility: the first employee a customer speaks to follows the matter "
        "until it is resolved and never passes the customer on. For a Three Guarantees matter passed on by a "
        "retailer or a service outlet, the Company takes up its responsibility as producer directly and never "
        "sends the customer back and forth between the retailer and the Company.",
        "La Empresa aplica el principio de primera responsabilidad: el primer empleado que atiende al cliente "
        "sigue el asunto hasta su solución y nunca lo remite a otro. Cuando un vendedor o un punto de servicio "
        "le traslada un asunto de las «tres garantías», la Empresa asume directamente su responsabilidad de "
        "fabricante y nunca hace ir al cliente del vendedor a la Empresa y viceversa."),
    "producer_support": (
        "本公司为销售者和授权服务网点提供技术资料、培训和备件支持，并在与其签订的协议中明确质量责任和三包费用的结算方式。",
        "The Company gives retailers and authorised service outlets technical documentation, training and "
        "spare parts, and its agreements with them state the quality responsibilities and how Three "
        "Guarantees costs are settled.",
        "La Empresa facilita a los vendedores y a los puntos de servicio autorizados documentación técnica, "
        "formación y repuestos, y sus contratos con ellos establecen las responsabilidades de calidad y la "
        "liquidación de los costes de las «tres garantías»."),
    "recall_producer": (
        "发现商品存在可能危及人身、财产安全的缺陷时，本公司立即停止生产和销售，依照《消费品召回管理暂行规定》向市场监督"
        "管理部门报告，通知销售者和顾客，实施召回并保存召回记录。",
        "When a product is found to have a defect that may endanger people or property, the Company stops "
        "making and selling it at once, reports to the market regulation authority as the Interim Provisions "
        "on the Administration of Consumer Product Recalls require, informs retailers and customers, carries "
        "out the recall and keeps its records.",
        "Si se detecta en un producto un defecto que pueda poner en peligro a las personas o los bienes, la "
        "Empresa deja de fabricarlo y venderlo de inmediato, informa a la autoridad de regulación del mercado "
        "conforme a las Disposiciones Provisionales sobre la Gestión de Retiradas de Productos de Consumo, "
        "avisa a vendedores y clientes, lleva a cabo la retirada y conserva sus registros."),
    "recall_seller": (
        "接到生产者或监管部门的召回通知，或发现所售商品存在可能危及人身、财产安全的缺陷时，本公司立即停止销售并下架封存，"
        "通知已购顾客，配合生产者实施召回，并保存召回记录。",
        "When a producer or the authorities announce a recall, or the Company finds that a product it sells "
        "has a defect that may endanger people or property, it stops selling the product at once, withdraws "
        "and quarantines the stock, informs the customers who bought it, helps the producer carry out the "
        "recall and keeps the records.",
        "Cuando un fabricante o la autoridad anuncian una retirada, o la Empresa detecta que un producto que "
        "vende tiene un defecto que puede poner en peligro a las personas o los bienes, deja de venderlo de "
        "inmediato, retira y aparta las existencias, avisa a los clientes que lo compraron, colabora con el "
        "fabricante en la retirada y conserva los registros."),

    # -- take-back and trade-in ----------------------------------------------------------------------------------
    "takeback_title": ("废弃商品回收与以旧换新", "Take-back and trade-in", "Recogida de productos usados y canje"),
    "takeback_on": (
        "本公司开展废弃商品回收，回收范围、方式和顾客办理途径在服务网点和官网公开。",
        "The Company takes back end-of-life goods; what it takes back, how, and how customers arrange it are "
        "published at the service outlets and on the website.",
        "La Empresa recoge productos al final de su vida útil; qué se recoge, cómo y cómo puede solicitarlo el "
        "cliente se publica en los puntos de servicio y en el sitio web."),
    "tradein_on": (
        "本公司开展以旧换新：顾客购买新商品时可交回旧商品并按公布的标准折价，折价标准和办理方式在服务网点和官网公开。",
        "The Company runs a trade-in scheme: a customer buying a new product may hand in an old one for a "
        "discount at the published rates; the rates and how to use the scheme are published at the service "
        "outlets and on the website.",
        "La Empresa ofrece un programa de canje: quien compra un producto nuevo puede entregar el usado a "
        "cambio de un descuento según las tarifas publicadas; las tarifas y el procedimiento se publican en los "
        "puntos de servicio y en el sitio web."),
    "takeback_terms": ("具体办法：{terms}", "Terms: {terms}", "Condiciones: {terms}"),
    "takeback_recycler": (
        "回收的商品交由具备相应资质的回收处理企业处理，本公司与其签订协议并留存其资质证明；每批回收商品填写交接记录，载明"
        "品名、数量、交接日期和处理去向，处理过程符合环境保护要求。{dept}保存上述协议和记录。",
        "Goods taken back are passed to licensed recycling companies under a written agreement, and the "
        "Company keeps a copy of their licence. Each batch is handed over with a record of the items, "
        "quantity, date and final destination, and is treated as environmental rules require. The {dept} keeps "
        "these agreements and records.",
        "Los productos recogidos se entregan a gestores de residuos autorizados con los que existe un contrato "
        "escrito, y la Empresa conserva copia de su autorización. Cada lote se entrega con un registro de "
        "artículos, cantidad, fecha y destino final, y se trata conforme a la normativa ambiental. El {dept} "
        "conserva estos contratos y registros."),
    "takeback_none": (
        "本公司目前未开展废弃商品回收或以旧换新。{dept}每年结合所售商品类别、国家和地方回收政策及顾客需求评估是否开展，"
        "评估结论报最高管理者批准：决定暂不开展的，记录理由，作为本条款不适用的说明依据；决定开展的，编制回收或以旧换新"
        "方案，与具备资质的回收处理企业签订协议，并修订本节。",
        "The Company currently runs no take-back or trade-in scheme. Every year the {dept} assesses whether to "
        "start one, in the light of the products sold, national and local recycling policy and customer "
        "demand, and submits its conclusion to top management for approval. If the decision is not to start "
        "one, the reasons are recorded as the justification for treating this requirement as not applicable; "
        "if it is to start one, the {dept} draws up the scheme, signs agreements with licensed recycling "
        "companies and revises this section.",
        "Actualmente la Empresa no tiene ningún programa de recogida ni de canje. Cada año, el {dept} evalúa "
        "si conviene ponerlo en marcha, teniendo en cuenta los productos vendidos, la política nacional y local "
        "de reciclaje y la demanda de los clientes, y somete su conclusión a la aprobación de la alta "
        "dirección. Si se decide no hacerlo, se registran los motivos como justificación para considerar este "
        "requisito no aplicable; si se decide hacerlo, el {dept} redacta el programa, firma contratos con "
        "gestores autorizados y revisa este apartado."),
}
