"""The sentences of the chapter "Service rules and legal requirements" (the service rules the company adopts and
the supplier rules), in zh, en and es. The legal-requirements sentences are in `rules_legal_texts`."""

from __future__ import annotations

TEXTS = {
    "title": ("服务规范与法律法规要求", "Service rules and legal requirements", "Normas de servicio y requisitos legales"),
    # -- the list of rules -------------------------------------------------------------------------------------
    "list": ("服务规范清单", "The Company's service rules", "Normas de servicio de la Empresa"),
    "list_intro": (
        "本公司对每一项售后服务活动和过程都制定了规范，规定职责、工作程序、时限和记录。本公司执行的服务规范如下：",
        "The Company has a rule for every after-sales activity and process, stating responsibilities, "
        "procedure, time limits and records. The Company's service rules are:",
        "La Empresa tiene una norma para cada actividad y proceso posventa, que fija las responsabilidades, el "
        "procedimiento, los plazos y los registros. Las normas de servicio de la Empresa son:"),
    "item": ("{name}（{where}）", "{name} ({where})", "{name} ({where})"),
    "here": ("本章", "this chapter", "este capítulo"),
    "ch_one": ("第 {no} 章", "chapter {no}", "capítulo {no}"),
    "ch_many": ("第 {nos} 章", "chapters {nos}", "capítulos {nos}"),
    "ch_all": ("各章", "all chapters", "todos los capítulos"),
    "r_information": ("商品信息与技术支持规范", "Product information and technical support",
                      "Información del producto y apoyo técnico"),
    "r_delivery": ("送货与安装服务规范", "Delivery and installation", "Entrega e instalación"),
    "r_repair": ("维修服务规范", "Maintenance and repair", "Mantenimiento y reparación"),
    "r_guarantee": ("三包与退换货规范", "The Three Guarantees (repair, replacement, refund), returns and exchanges",
                    "Las «tres garantías» (reparación, sustitución y devolución), devoluciones y cambios"),
    "r_take_back": ("废弃商品回收规范", "Take-back of end-of-life goods",
                    "Recogida de productos al final de su vida útil"),
    "r_relations": ("顾客关系与回访规范", "Customer relations and call-backs",
                    "Relación con los clientes y llamadas de seguimiento"),
    "r_complaints": ("投诉处理规范", "Complaint handling", "Tratamiento de reclamaciones"),
    "r_supervision": ("服务监督与考核规范", "Supervision and appraisal of service",
                      "Supervisión y evaluación del servicio"),
    "r_improvement": ("服务改进规范", "Service improvement", "Mejora del servicio"),
    "r_legal": ("法律法规要求的识别与培训", "Identifying legal requirements and training staff in them",
                "Identificación de los requisitos legales y formación del personal"),
    # -- first responsibility ----------------------------------------------------------------------------------
    "first": ("首问负责制", "First responsibility", "Responsabilidad del primer contacto"),
    "first_rule": (
        "顾客来访、来电或在线咨询、求助、投诉时，首先接待的员工即为首问责任人。首问责任人不得以“不归我管”等理由推诿，"
        "应按以下要求处理：",
        "The employee who first receives a customer's visit, call or online enquiry, request or complaint is the "
        "first-responsible person. He or she never turns the customer away as \u201cnot my department\u201d and "
        "proceeds as follows:",
        "El empleado que atiende primero la visita, la llamada o la consulta, solicitud o reclamación en línea de "
        "un cliente es el responsable del primer contacto. Nunca se niega a atender al cliente alegando que «no es "
        "de su competencia» y procede como sigue:"),
    "first_own": (
        "属于本岗位职责、能当场处理的，当场处理完毕；",
        "what falls within the post and can be settled on the spot is settled on the spot;",
        "lo que corresponde a su puesto y puede resolverse en el acto se resuelve en el acto;"),
    "first_handover": (
        "不能当场处理的，在顾客信息系统中登记，移交给负责的岗位，并告知顾客处理人、联系方式和答复时限；",
        "anything else is logged in the customer information system and handed to the post responsible, and "
        "the customer is told who will deal with it, how to reach them and when to expect an answer;",
        "lo demás se registra en el sistema de información de clientes y se traspasa al puesto responsable, y "
        "se informa al cliente de quién se ocupará, cómo contactarle y cuándo recibirá respuesta;"),
    "first_follow": (
        "首问责任人跟踪至问题解决或确认移交到位；属于投诉的，按第 {complaints} 章的程序和时限办理。",
        "the first-responsible person follows the matter until it is resolved or the handover is confirmed; a "
        "complaint follows the procedure and time limits of chapter {complaints}.",
        "el responsable del primer contacto sigue el asunto hasta su resolución o hasta confirmar el traspaso; "
        "una reclamación sigue el procedimiento y los plazos del capítulo {complaints}."),
    "first_seller": (
        "对三包范围内的商品质量问题，不论商品由谁生产，均由本公司先行负责：按三包规定为顾客修理、更换或退货，给顾客造成损失的"
        "先行赔偿，不得让顾客自行找生产者或供应商；之后再由本公司依法向生产者或供应商追偿。",
        "For a quality problem within the Three Guarantees, whoever made the product, the Company answers first: "
        "it repairs, replaces or refunds as the Three Guarantees rules require and compensates the customer "
        "for any loss first, and never sends the customer to the producer or supplier; the Company then claims "
        "from the producer or supplier as the law allows.",
        "Ante un problema de calidad cubierto por las «tres garantías», sea quien sea el fabricante, la Empresa "
        "responde en primer lugar: repara, sustituye o reembolsa conforme a dichas normas e indemniza primero "
        "al cliente por cualquier perjuicio, sin remitirlo nunca al fabricante o al proveedor; después, la "
        "Empresa reclama al fabricante o al proveedor conforme a la ley."),
    "first_producer": (
        "顾客向经销商或授权服务网点反映本公司商品的质量问题的，接待的经销商或网点先行负责，本公司按协议承担相应的费用，"
        "不得让顾客在本公司和经销商之间往返。",
        "When a customer raises a quality problem with one of the Company's products at a dealer or authorised "
        "outlet, the dealer or outlet answers first and the Company bears the costs as their agreement "
        "provides; the customer is never sent back and forth between the Company and the dealer.",
        "Cuando un cliente plantea un problema de calidad de un producto de la Empresa en un distribuidor o "
        "punto autorizado, este responde en primer lugar y la Empresa asume los costes según su acuerdo; nunca "
        "se hace ir al cliente de la Empresa al distribuidor y viceversa."),
    # -- advance compensation ----------------------------------------------------------------------------------
    "advance": ("先行赔付", "Advance compensation", "Indemnización anticipada"),
    "advance_seller": (
        "顾客在本公司购买商品或接受服务，其合法权益受到损害，供应商（经营者）不在场、拒不赔偿或无法联系的，由本公司先行赔付，"
        "再向供应商追偿。赔付决定在受理后{resolve}内作出。",
        "When a customer who bought goods or a service from the Company suffers harm to his or her lawful "
        "rights and the supplier (trader) is absent, refuses to pay or cannot be reached, the Company pays "
        "first and then recovers the amount from the supplier. The decision to pay is made within {resolve} of "
        "receiving the claim.",
        "Cuando un cliente que compró productos o servicios a la Empresa sufre un perjuicio en sus derechos "
        "legítimos y el proveedor (comerciante) no está presente, se niega a pagar o no se le puede localizar, "
        "la Empresa paga primero y después recupera el importe del proveedor. La decisión de pago se toma en un "
        "plazo de {resolve} desde la recepción de la reclamación."),
    "advance_producer": (
        "因本公司商品质量给顾客造成人身或财产损失的，经确认后由本公司先行赔偿，不以与经销商、零部件供应商之间的责任划分为由"
        "拖延，之后再依合同向责任方追偿。赔付决定在受理后{resolve}内作出。",
        "When a defect in one of the Company's products injures a customer or damages his or her property, the "
        "Company, once the facts are confirmed, pays compensation first, without waiting for liability to be "
        "settled with dealers or component suppliers, and then recovers the amount from the party responsible "
        "under its contract. The decision to pay is made within {resolve} of receiving the claim.",
        "Cuando un defecto de un producto de la Empresa causa daños personales o materiales a un cliente, la "
        "Empresa, una vez confirmados los hechos, indemniza primero, sin esperar a que se reparta la "
        "responsabilidad con distribuidores o proveedores de componentes, y después recupera el importe de la "
        "parte responsable según su contrato. La decisión de pago se toma en un plazo de {resolve} desde la "
        "recepción de la reclamación."),
    "advance_fund": (
        "先行赔付的资金从售后服务专项准备金中列支（见第 {resources} 章），由{dept}提出，管理者代表批准，并保存赔付和追偿记录。",
        "Advance payments come from the after-sales reserve (see chapter {resources}); the {dept} proposes them, "
        "the management representative approves them, and the payment and recovery records are kept.",
        "Los pagos anticipados se cargan a la reserva posventa (véase el capítulo {resources}); los propone el "
        "{dept}, los aprueba el representante de la dirección y se conservan los registros de pago y de "
        "recuperación."),
    # -- bulky goods -------------------------------------------------------------------------------------------
    "bulky": ("大件商品送货上门", "Door-to-door delivery of bulky goods", "Entrega a domicilio de artículos voluminosos"),
    "bulky_rule": (
        "大件或贵重商品（如大家电、家具）在公布的送货范围内送货上门，{delivery}内送达；需要安装的，送达后{installation}内安装调试"
        "完毕。送货安装人员当面开箱验货，向顾客讲解使用方法，并请顾客在《送货安装验收单》（{form}）上签字确认。",
        "Bulky or valuable goods (such as large appliances and furniture) are delivered to the door within the "
        "published delivery area, within {delivery}; where installation is needed, it is completed and the "
        "product commissioned within {installation} of delivery. The fitters unpack and check the goods with the "
        "customer, show how to use them and have the customer sign the delivery and installation acceptance "
        "({form}).",
        "Los artículos voluminosos o de valor (como grandes electrodomésticos y muebles) se entregan a domicilio "
        "dentro de la zona de reparto publicada, en un plazo de {delivery}; si necesitan instalación, esta se "
        "completa y el producto se pone en marcha en un plazo de {installation} desde la entrega. Los "
        "instaladores desembalan y revisan la mercancía con el cliente, le explican su uso y recogen su firma "
        "en el acta de entrega e instalación ({form})."),
    # -- reprocessing ------------------------------------------------------------------------------------------
    "reprocessing": ("再加工服务", "Reprocessing and alterations", "Reprocesado y arreglos"),
    "reprocessing_rule": (
        "本公司在售前或售后为顾客提供商品的再加工服务（如服装改制、窗帘加工、首饰刻字）。收费标准和完成时间在服务场所公示，"
        "受理时开具取件凭证，完成后由顾客当面验收；因加工质量造成损失的，由本公司负责返工或赔偿。",
        "Before or after a sale the Company offers to rework goods for the customer (for example altering "
        "clothes, making up curtains or engraving jewellery). Charges and completion times are displayed at the "
        "service premises; the customer receives a collection slip when the work is accepted and checks the "
        "result on collection. If poor workmanship causes a loss, the Company redoes the work or compensates "
        "the customer.",
        "Antes o después de la venta, la Empresa ofrece reprocesar los productos para el cliente (por ejemplo, "
        "arreglos de ropa, confección de cortinas o grabado de joyas). Las tarifas y los plazos se exponen en "
        "los locales de servicio; el cliente recibe un resguardo al encargar el trabajo y comprueba el "
        "resultado al recogerlo. Si un trabajo defectuoso causa un perjuicio, la Empresa lo rehace o indemniza "
        "al cliente."),
    # -- appointment by hotline --------------------------------------------------------------------------------
    "appointment": ("电话预约服务", "Appointments by hotline", "Citas por la línea de atención"),
    "appt_hotline": (
        "不便到店的顾客可拨打本公司服务热线{hotline}预约上门服务。",
        "Customers who cannot come in may book a home visit on the Company's service hotline, {hotline}.",
        "Los clientes que no puedan desplazarse pueden concertar una visita a domicilio en la línea de atención "
        "de la Empresa, {hotline}."),
    "appt_hotline_hours": (
        "不便到店的顾客可在{hours}拨打本公司服务热线{hotline}预约上门服务。",
        "Customers who cannot come in may book a home visit on the Company's service hotline, {hotline} "
        "({hours}).",
        "Los clientes que no puedan desplazarse pueden concertar una visita a domicilio en la línea de atención "
        "de la Empresa, {hotline} ({hours})."),
    "appt_generic": (
        "不便到店的顾客可拨打本公司公布的服务热线预约上门服务。",
        "Customers who cannot come in may book a home visit on the Company's published service hotline.",
        "Los clientes que no puedan desplazarse pueden concertar una visita a domicilio en la línea de atención "
        "publicada por la Empresa."),
    "appt_steps": (
        "客服专员登记预约内容，在{response}内与顾客确认上门时间；服务人员按约定时间上门，需要维修的{onsite}内到达现场。"
        "不能按约定时间到达的，提前告知顾客并重新约定。",
        "The customer service agent logs the booking and confirms the visit time with the customer within "
        "{response}; staff arrive at the agreed time, and for a repair are on site within {onsite}. If they "
        "cannot keep the time, they tell the customer in advance and agree a new one.",
        "El agente de atención al cliente registra la cita y confirma la hora de la visita con el cliente en un "
        "plazo de {response}; el personal llega a la hora acordada y, si se trata de una reparación, se presenta "
        "en un plazo de {onsite}. Si no puede cumplir la hora, avisa al cliente con antelación y acuerda otra."),
    # -- supplier rules ----------------------------------------------------------------------------------------
    "suppliers": ("供应商管理规则", "Supplier rules", "Normas para proveedores"),
    "sp_intro": (
        "为落实首问负责和先行赔付，本公司对场内经营的供应商（商户）实行以下管理措施，并写入供应商合同。以下金额和次数均为本公司"
        "自行规定：",
        "To make first responsibility and advance compensation work, the Company applies the following measures "
        "to the suppliers (merchants) trading on its premises and writes them into their contracts. The amounts "
        "and counts are the Company's own rules:",
        "Para hacer efectivas la responsabilidad del primer contacto y la indemnización anticipada, la Empresa "
        "aplica a los proveedores (comerciantes) que operan en sus instalaciones las medidas siguientes y las "
        "incorpora a sus contratos. Los importes y los números de reclamaciones son normas propias de la Empresa:"),
    "sp_deposit": (
        "每家供应商向本公司缴纳质量保证金{deposit}，用于先行赔付后的追偿和违约扣款；",
        "each supplier pays the Company a quality deposit of {deposit}, from which advance payments are "
        "recovered and penalties deducted;",
        "cada proveedor entrega a la Empresa una fianza de calidad de {deposit}, de la que se recuperan los pagos "
        "anticipados y se deducen las penalizaciones;"),
    "sp_fine": (
        "供应商未按本手册规定的时限（{resolve}）解决顾客投诉的，从质量保证金中扣除相应费用，并处罚款{fine}；",
        "a supplier that does not resolve a complaint within the time limit of this manual ({resolve}) has the "
        "cost deducted from its deposit and is fined {fine};",
        "al proveedor que no resuelva una reclamación en el plazo de este manual ({resolve}) se le descuenta el "
        "coste de la fianza y se le impone una multa de {fine};"),
    "sp_no_fine": (
        "供应商未按本手册规定的时限（{resolve}）解决顾客投诉的，从质量保证金中扣除相应费用；",
        "a supplier that does not resolve a complaint within the time limit of this manual ({resolve}) has the "
        "cost deducted from its deposit;",
        "al proveedor que no resuelva una reclamación en el plazo de este manual ({resolve}) se le descuenta el "
        "coste de la fianza;"),
    "sp_warning": (
        "同一供应商在同一个月内因同一问题被投诉超过{count}的，给予口头警告；",
        "a supplier complained about for the same matter more than {count} in one month receives a verbal "
        "warning;",
        "el proveedor que sea objeto de reclamaciones por el mismo motivo más de {count} en un mismo mes "
        "recibe una advertencia verbal;"),
    "sp_ultimatum": (
        "超过{count}的，发出书面限期整改通知；",
        "more than {count}: a written notice to correct by a deadline;",
        "más de {count}: un aviso escrito de corrección con plazo;"),
    "sp_exit": (
        "发出限期整改通知后{months}内仍无改善的，终止合同，供应商撤场，质量保证金不予退还；",
        "if there is no improvement within {months} of that notice, the contract ends, the supplier leaves and "
        "the deposit is forfeited;",
        "si no hay mejora en un plazo de {months} desde ese aviso, el contrato se rescinde, el proveedor se "
        "retira y pierde la fianza;"),
    "sp_fund": (
        "一年内被投诉累计超过{count}的，须立即缴纳投诉专项基金{amount}，否则终止合同；",
        "a supplier complained about more than {count} in a year pays a complaint fund of {amount} at once, or "
        "its contract ends;",
        "el proveedor que sea objeto de reclamaciones más de {count} en un año abona de inmediato un fondo de "
        "reclamaciones de {amount}; de lo contrario, se rescinde su contrato;"),
    "sp_award": (
        "全年未被顾客投诉的供应商，授予“年度无顾客投诉”称号并予以表彰。",
        "a supplier with no customer complaint in the year receives the Company's \u201cNo customer complaint "
        "this year\u201d recognition.",
        "el proveedor sin ninguna reclamación de clientes en el año recibe la distinción «Ningún cliente "
        "reclamó este año»."),
    "sp_records": (
        "{dept}按供应商建立投诉台账，每月统计并通报，作为执行上述措施的依据。",
        "The {dept} keeps a complaint log for each supplier and reports the figures monthly; these are the basis "
        "for applying the measures above.",
        "El {dept} lleva un registro de reclamaciones por proveedor y comunica las cifras cada mes; son la base "
        "para aplicar las medidas anteriores."),
}
