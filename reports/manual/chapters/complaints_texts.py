"""The sentences of the chapter "Complaint handling" (zh, en, es): see `complaints.py`."""

TEXTS = {
    "title": ("投诉处理", "Complaint handling", "Tratamiento de reclamaciones"),
    "purpose": (
        "本章规定本公司受理、登记、处理、答复、回访和分析顾客投诉的职责、程序和时限，目的是及时、公正地解决顾客的问题，"
        "并把投诉作为改进商品和服务的依据。本章适用于顾客通过任何渠道提出的投诉，包括经政府部门、消费者协会、媒体和网络"
        "平台转来的投诉。",
        "This chapter sets out the responsibilities, procedure and time limits by which the Company receives, "
        "records, handles, answers, follows up and analyses customer complaints, so that customers' problems "
        "are resolved promptly and fairly and every complaint serves to improve products and service. It "
        "applies to complaints made through any channel, including those passed on by government departments, "
        "consumer associations, the media and online platforms.",
        "Este capítulo establece las responsabilidades, el procedimiento y los plazos con que la Empresa "
        "recibe, registra, trata, responde, sigue y analiza las reclamaciones de los clientes, para resolver "
        "sus problemas con rapidez y equidad y aprovechar cada reclamación para mejorar productos y servicio. "
        "Se aplica a las reclamaciones presentadas por cualquier canal, incluidas las que trasladan organismos "
        "públicos, asociaciones de consumidores, medios de comunicación y plataformas en línea."),
    "reference": (
        "本章参照 GB/T 19012-2019（ISO 10002:2018）《质量管理 顾客满意 组织处理投诉指南》，遵循公开透明、便于投诉、"
        "及时响应、客观公正、不收费用、保护隐私和以顾客为关注焦点的原则。",
        "This chapter follows GB/T 19012-2019 (ISO 10002:2018, Quality management — Customer satisfaction — "
        "Guidelines for complaints handling in organizations) and its principles: visibility, accessibility, "
        "responsiveness, objectivity, no charge to the complainant, confidentiality and a customer-focused "
        "approach.",
        "Este capítulo sigue la norma GB/T 19012-2019 (ISO 10002:2018, Gestión de la calidad. Satisfacción del "
        "cliente. Directrices para el tratamiento de las quejas en las organizaciones) y sus principios: "
        "visibilidad, accesibilidad, capacidad de respuesta, objetividad, gratuidad para el reclamante, "
        "confidencialidad y enfoque al cliente."),
    "duties": ("职责：", "Responsibilities:", "Responsabilidades:"),
    "duty_dept": (
        "{dept}归口管理投诉，负责受理、登记、分派、督办、答复、回访和统计分析，保管投诉记录；",
        "the {dept} owns the complaint process: it receives, records, assigns, chases, answers, follows up and "
        "analyses complaints and keeps the complaint records;",
        "el {dept} es responsable del proceso: recibe, registra, asigna, impulsa, responde, sigue y analiza "
        "las reclamaciones y custodia sus registros;"),
    "duty_others": (
        "被分派的部门和人员在规定时限内调查核实并提出处理方案，对处理结果负责；",
        "the departments and staff a complaint is assigned to investigate it within the time limits, propose a "
        "remedy and answer for the outcome;",
        "los departamentos y personas a los que se asigna una reclamación la investigan dentro de los plazos, "
        "proponen una solución y responden del resultado;"),
    "duty_top": (
        "最高管理者负责批准重大投诉的处理方案，审阅月度投诉分析，并为整改措施提供资源。",
        "top management approves the remedy for major complaints, reviews the monthly complaint analysis and "
        "provides the resources for corrective actions.",
        "la alta dirección aprueba la solución de las reclamaciones graves, revisa el análisis mensual de "
        "reclamaciones y aporta los recursos para las acciones correctivas."),

    # -- channels -----------------------------------------------------------------------------------------------
    "channels_title": ("投诉渠道", "Complaint channels", "Canales de reclamación"),
    "ch_hotline": ("服务热线（{hotline}）", "the service hotline ({hotline})", "la línea de atención ({hotline})"),
    "ch_hotline_unset": ("服务热线", "the service hotline", "la línea de atención"),
    "ch_online": ("在线渠道（{online}）", "the online service ({online})", "el servicio en línea ({online})"),
    "ch_in_store": ("各门店及服务网点的服务台", "the service desk of every shop and service outlet",
                    "el mostrador de servicio de cada tienda y punto de servicio"),
    "channels_given": (
        "本公司通过以下渠道受理投诉：{channels}。",
        "The Company receives complaints through {channels}.",
        "La Empresa recibe reclamaciones a través de {channels}."),
    "channels_published": (
        "投诉渠道和联系方式印在三包凭证上，并在官网、门店和服务网点显著位置公布；投诉不收取任何费用。经 12315、消费者协会、"
        "媒体和网络平台转来的投诉，与顾客直接提出的投诉同样登记和处理。",
        "The channels and contact details are printed on the warranty card and displayed prominently on the "
        "website and in every shop and outlet; complaining costs the customer nothing. Complaints passed on "
        "through the 12315 hotline, consumer associations, the media or online platforms are recorded and "
        "handled exactly as complaints made directly.",
        "Los canales y datos de contacto figuran en la tarjeta de garantía y se exponen en lugar visible en el "
        "sitio web y en cada tienda y punto de servicio; reclamar no cuesta nada al cliente. Las reclamaciones "
        "que llegan a través de la línea 12315, asociaciones de consumidores, medios de comunicación o "
        "plataformas en línea se registran y tratan igual que las presentadas directamente."),

    # -- intake ---------------------------------------------------------------------------------------------------
    "intake_title": ("受理与登记", "Intake and recording", "Recepción y registro"),
    "intake_all": (
        "所有投诉，无论口头或书面、是否当场解决，均由接待人员在{form}中逐件登记，不得拒收、推诿或漏登。登记内容包括：投诉"
        "编号、受理日期和时间、渠道、投诉人及联系方式、商品名称型号和购买日期、投诉内容、投诉人的要求和接待人员。",
        "Every complaint, oral or written, whether or not it is resolved on the spot, is entered by the person "
        "who receives it on {form}; no complaint is refused, passed on or left unrecorded. The entry gives the "
        "complaint number, the date and time received, the channel, the complainant and contact details, the "
        "product, model and date of purchase, what the complaint is about, what the complainant asks for and "
        "who received it.",
        "Toda reclamación, verbal o escrita, se resuelva o no en el acto, la anota quien la recibe en {form}; "
        "ninguna se rechaza, se desvía o se deja sin registrar. El registro recoge el número de reclamación, "
        "la fecha y hora de recepción, el canal, el reclamante y sus datos de contacto, el producto, modelo y "
        "fecha de compra, el motivo, lo que pide el reclamante y quién la recibió."),
    "intake_first": (
        "受理投诉的员工为首问责任人，负责跟踪至投诉处理完毕，不得让投诉人反复陈述或转找他人。",
        "The employee who receives a complaint takes first responsibility for it and follows it until it is "
        "closed; the complainant is never made to repeat the story or sent to someone else.",
        "El empleado que recibe la reclamación asume la primera responsabilidad sobre ella y la sigue hasta "
        "su cierre; nunca se obliga al reclamante a repetir su relato ni se le envía a otra persona."),
    "intake_spot": (
        "接待人员能当场解决的，当场解决并在登记表中记录处理结果；不能当场解决的，告知投诉人处理程序和时限，交{dept}分派。",
        "Where the receiver can resolve a complaint on the spot, it is resolved and the outcome entered in the "
        "register; otherwise the receiver explains the procedure and time limits to the complainant and passes "
        "the complaint to the {dept} for assignment.",
        "Si quien la recibe puede resolverla en el acto, la resuelve y anota el resultado en el registro; si no, "
        "explica al reclamante el procedimiento y los plazos y la pasa al {dept} para su asignación."),
    "intake_privacy": (
        "投诉人的个人信息和投诉内容仅用于处理投诉，按第 {ch} 章的顾客信息保护规定保密。",
        "The complainant's personal information and the content of the complaint are used only to handle it "
        "and are kept confidential under the customer-data rules of chapter {ch}.",
        "Los datos personales del reclamante y el contenido de la reclamación se usan solo para tratarla y se "
        "mantienen confidenciales según las normas de protección de datos del capítulo {ch}."),

    # -- time limits ----------------------------------------------------------------------------------------------
    "limits_title": ("处理时限", "Time limits", "Plazos"),
    "limits_intro": (
        "本公司对投诉处理承诺以下时限。这些时限是本公司自行规定的承诺；GB/T 27922-2011 和 GB/T 19012-2019 均不规定具体"
        "时限，由企业自行确定并对外公开。",
        "The Company commits itself to the following time limits for complaints. They are the Company's own "
        "commitments: neither GB/T 27922-2011 nor GB/T 19012-2019 sets time limits, which each organisation "
        "sets and publishes for itself.",
        "La Empresa se compromete a los siguientes plazos de tratamiento. Son compromisos propios de la "
        "Empresa: ni la norma GB/T 27922-2011 ni la GB/T 19012-2019 fijan plazos, que cada organización "
        "establece y publica por sí misma."),
    "col_step": ("环节", "Step", "Etapa"),
    "col_limit": ("时限", "Time limit", "Plazo"),
    "col_from": ("起算", "Counted from", "Desde"),
    "col_record": ("记录", "Record", "Registro"),
    "row_ack": ("确认受理（与投诉人联系，告知处理人和预计完成时间）",
                "Acknowledgement (contact the complainant, name the handler and the expected completion time)",
                "Acuse de recibo (contactar al reclamante e indicarle el responsable y la fecha prevista)"),
    "row_resolve": ("处理完毕并答复投诉人", "Resolution and answer to the complainant",
                    "Resolución y respuesta al reclamante"),
    "row_callback": ("回访投诉人", "Call-back to the complainant", "Llamada de seguimiento al reclamante"),
    "from_receipt": ("受理时", "receipt of the complaint", "la recepción"),
    "from_closure": ("处理完毕时", "closure of the complaint", "el cierre"),
    "limits_extension": (
        "需要检测鉴定、涉及第三方或确因客观原因不能在 {resolve}内处理完毕的，处理人在期限届满前向投诉人说明原因和预计完成"
        "时间，报{dept}负责人批准延期，并在登记表中记录；延期的投诉计为未按时处理。",
        "Where a complaint needs testing or expert assessment, involves a third party or for another genuine "
        "reason cannot be closed within {resolve}, the handler explains the reason and the expected completion "
        "date to the complainant before the limit expires, obtains the approval of the head of the {dept} for "
        "the extension and records it in the register. An extended complaint counts as not handled on time.",
        "Cuando una reclamación requiere ensayos o peritaje, afecta a un tercero o, por otra causa justificada, "
        "no puede cerrarse en un plazo de {resolve}, el responsable explica al reclamante el motivo y la fecha "
        "prevista antes de que venza el plazo, obtiene la aprobación de la jefatura del {dept} para la prórroga "
        "y la anota en el registro. Una reclamación prorrogada cuenta como no tratada a tiempo."),

    # -- procedure --------------------------------------------------------------------------------------------------
    "procedure_title": ("处理程序", "Handling procedure", "Procedimiento de tratamiento"),
    "procedure_intro": ("投诉按以下程序处理：", "Complaints are handled as follows:",
                        "Las reclamaciones se tratan del siguiente modo:"),
    "step_receive": ("受理：接待人员耐心倾听，核对投诉人身份和购买凭证，在{form}中登记；",
                     "receive: listen patiently, check the complainant's identity and proof of purchase, and "
                     "enter the complaint on {form};",
                     "recepción: escuchar con paciencia, comprobar la identidad del reclamante y el "
                     "justificante de compra, y anotar la reclamación en {form};"),
    "step_ack": ("确认：{ack}内与投诉人联系，确认已受理，告知处理人和预计完成时间；",
                 "acknowledge: within {ack}, contact the complainant to confirm receipt, naming the handler "
                 "and the expected completion time;",
                 "acuse de recibo: en un plazo de {ack}, contactar al reclamante para confirmar la recepción e "
                 "indicarle el responsable y la fecha prevista;"),
    "step_dispatch": ("分派：{dept}按投诉内容派给责任部门或人员，写明完成期限，并跟踪督办；",
                      "assign: the {dept} assigns the complaint to the responsible department or person with a "
                      "deadline and chases it;",
                      "asignación: el {dept} asigna la reclamación al departamento o persona responsable con una "
                      "fecha límite y hace su seguimiento;"),
    "step_investigate": ("调查：核实事实，查阅销售、配送、维修和以往投诉记录，必要时检测鉴定；",
                         "investigate: establish the facts from the sales, delivery, repair and earlier "
                         "complaint records, with testing or expert assessment where needed;",
                         "investigación: establecer los hechos a partir de los registros de venta, entrega, "
                         "reparación y reclamaciones anteriores, con ensayos o peritaje si hace falta;"),
    "step_remedy": ("方案：依据法律法规、三包规定和本公司承诺提出处理方案，超出处理人权限的报批；",
                    "propose a remedy: base it on the law, the Three Guarantees rules and the Company's "
                    "commitments, and refer it for approval where it exceeds the handler's authority;",
                    "propuesta: basar la solución en la ley, las «tres garantías» y los compromisos de la "
                    "Empresa, y someterla a aprobación si excede las atribuciones del responsable;"),
    "step_inform": ("答复：{resolve}内将处理结果告知投诉人，取得其确认（签字、录音或电子确认），并记录；",
                    "inform: within {resolve}, tell the complainant the outcome, obtain their confirmation "
                    "(signature, recorded call or electronic confirmation) and record it;",
                    "respuesta: en un plazo de {resolve}, comunicar el resultado al reclamante, obtener su "
                    "conformidad (firma, llamada grabada o confirmación electrónica) y registrarla;"),
    "step_callback": ("回访：处理完毕后 {days}内回访投诉人，记入{form}；投诉人仍不满意的，重新处理或按本章升级；",
                      "call back: within {days} of closure, call the complainant back and note it on {form}; if "
                      "the complainant is still dissatisfied, reopen or escalate the complaint;",
                      "seguimiento: en un plazo de {days} desde el cierre, llamar al reclamante y anotarlo en "
                      "{form}; si sigue insatisfecho, reabrir la reclamación o escalarla;"),
    "step_close": ("归档：{dept}核对记录完整后关闭投诉，资料归档保存。",
                   "close: once the records are complete, the {dept} closes the complaint and files them.",
                   "cierre: cuando los registros están completos, el {dept} cierra la reclamación y los "
                   "archiva."),

    # -- escalation and major complaints -------------------------------------------------------------------------
    "escalation_title": ("升级与重大投诉", "Escalation and major complaints",
                         "Escalado y reclamaciones graves"),
    "escalation": (
        "投诉按以下层级升级：处理人不能在时限内解决或投诉人不接受处理方案的，升级至{dept}负责人；仍不能解决的，升级至管理者"
        "代表或最高管理者决定。投诉人对最终处理结果仍有异议的，本公司告知其可向消费者协会、市场监督管理部门（12315）申请"
        "调解，或依法申请仲裁、提起诉讼。",
        "Complaints are escalated as follows: where the handler cannot resolve a complaint within the limit "
        "or the complainant rejects the remedy, it goes to the head of the {dept}; if it is still unresolved, "
        "the management representative or top management decides. A complainant who disputes the final "
        "outcome is told that they may seek mediation from a consumer association or the market regulation "
        "authority (12315), or go to arbitration or court.",
        "Las reclamaciones se escalan así: si el responsable no puede resolver una reclamación dentro del "
        "plazo o el reclamante rechaza la solución, esta pasa a la jefatura del {dept}; si sigue sin resolverse, decide el "
        "representante de la dirección o la alta dirección. Al reclamante que no acepta el resultado final se "
        "le informa de que puede solicitar la mediación de una asociación de consumidores o de la autoridad de "
        "regulación del mercado (12315), o acudir al arbitraje o a los tribunales."),
    "major_def": (
        "以下投诉为重大投诉：涉及人身伤害或安全隐患的；多名顾客就同一问题投诉的群体性投诉；已被媒体报道或在网络上传播、"
        "可能引发舆情的；由政府部门督办的。",
        "A complaint is major when it involves injury or a safety hazard; when several customers complain of "
        "the same problem (a group complaint); when it has been reported by the media or is spreading online; "
        "or when a government department is overseeing it.",
        "Una reclamación es grave cuando implica lesiones o un riesgo para la seguridad; cuando varios clientes "
        "reclaman por el mismo problema (reclamación colectiva); cuando la han difundido los medios o circula "
        "en internet; o cuando la supervisa un organismo público."),
    "major_handling": (
        "重大投诉按突发事件处置：受理人立即报告{dept}负责人，{dept}负责人立即报告最高管理者；由最高管理者指定的处置小组"
        "负责调查、处理和对外沟通，对外口径统一由指定发言人发布；处置过程和结果完整记录，处置完毕后分析原因并制定整改措施。",
        "Major complaints are handled as incidents. The receiver reports at once to the head of the {dept}, "
        "who reports at once to top management. A response team named by top management investigates, "
        "resolves and communicates; only the designated spokesperson speaks for the Company in public. The "
        "handling and its outcome are fully recorded; afterwards the causes are analysed and corrective "
        "actions set.",
        "Las reclamaciones graves se tratan como incidentes. Quien recibe la reclamación informa de inmediato a la jefatura "
        "del {dept}, que informa de inmediato a la alta dirección. Un equipo de respuesta designado por la alta "
        "dirección investiga, resuelve y comunica; solo el portavoz designado habla en público en nombre de la "
        "Empresa. La gestión y su resultado se registran íntegramente; después se analizan las causas y se "
        "fijan acciones correctivas."),
    "major_drill": (
        "{dept}编制重大投诉、群体性投诉和舆情事件应急预案，明确报告路径、处置责任和对外沟通口径，每年至少组织一次培训或"
        "演练，记入{form}，并根据演练结果修订预案。",
        "The {dept} keeps an emergency plan for major complaints, group complaints and public-opinion "
        "incidents, setting out the reporting line, who handles what and how the Company communicates. It "
        "holds training or a drill on the plan at least once a year, records it on {form} and revises the plan "
        "in the light of the drill.",
        "El {dept} mantiene un plan de emergencia para reclamaciones graves, reclamaciones colectivas e "
        "incidentes de opinión pública, con la línea de comunicación interna, las responsabilidades y la "
        "comunicación externa. Al menos una vez al año organiza una formación o un simulacro sobre el plan, lo "
        "anota en {form} y revisa el plan según sus resultados."),

    # -- suppliers (sellers and market organisers) ------------------------------------------------------------
    "suppliers_title": ("涉及供应商的投诉", "Complaints involving suppliers", "Reclamaciones que afectan a proveedores"),
    "suppliers_handling": (
        "投诉涉及供应商（商户）的商品或服务的，{dept}通知该供应商在本章时限内配合处理，处理情况记入登记表；供应商不配合的，"
        "由本公司直接处理。对未按规定处理投诉或被重复投诉的供应商，按第 {ch} 章规定的供应商管理措施处理。",
        "Where a complaint concerns a supplier's (trader's) goods or service, the {dept} requires the supplier "
        "to help resolve it within the limits of this chapter and records its part in the register; if the "
        "supplier does not cooperate, the Company resolves the complaint itself. Suppliers who fail to handle "
        "complaints as required, or who attract repeated complaints, are dealt with under the supplier "
        "measures in chapter {ch}.",
        "Cuando una reclamación afecta a productos o servicios de un proveedor (comerciante), el {dept} exige "
        "al proveedor que colabore en su resolución dentro de los plazos de este capítulo y anota su "
        "intervención en el registro; si el proveedor no colabora, la Empresa resuelve la reclamación por sí "
        "misma. A los proveedores que no tratan las reclamaciones como se exige, o que acumulan reclamaciones "
        "repetidas, se les aplican las medidas del capítulo {ch}."),
    "advance_compensation": (
        "本公司实行先行赔付：供应商（商户）已撤场、无法联系或拒不赔偿的，对经核实的合理赔偿要求，本公司先行向顾客赔付，"
        "再向供应商追偿。先行赔付由{dept}提出、经最高管理者批准，从售后服务专项储备金中支付（见第 {ch} 章），并记录赔付和"
        "追偿情况。",
        "The Company pays compensation in advance: where the supplier (trader) has left, cannot be reached or "
        "refuses to pay, the Company pays the customer's verified, reasonable claim itself and then recovers "
        "it from the supplier. The {dept} proposes each advance payment, top management approves it, it is paid "
        "from the after-sales reserve fund (see chapter {ch}), and the payment and recovery are recorded.",
        "La Empresa aplica la indemnización anticipada: si el proveedor (comerciante) se ha marchado, no puede "
        "ser localizado o se niega a pagar, la Empresa abona ella misma al cliente la reclamación verificada y "
        "razonable y después la repercute al proveedor. El {dept} propone cada pago, la alta dirección lo "
        "aprueba, se abona con cargo al fondo de reserva posventa (véase el capítulo {ch}) y se registran el "
        "pago y su recuperación."),

    # -- analysis ---------------------------------------------------------------------------------------------------
    "analysis_title": ("投诉分析与报告", "Complaint analysis and reporting", "Análisis e informe de reclamaciones"),
    "analysis": (
        "{dept}每月汇总上月全部投诉，填写{form}：按商品、原因、责任部门（或供应商）和渠道分类统计，计算投诉处理率、处理及时率"
        "和回访满意情况，与上月和上年同期对比，找出主要问题和趋势。",
        "Every month the {dept} compiles all of the previous month's complaints on {form}: it classifies them "
        "by product, cause, responsible department (or supplier) and channel, calculates the resolution and "
        "on-time rates and the satisfaction found on call-backs, compares them with the previous month and the "
        "same month of the previous year, and identifies the main problems and trends.",
        "Cada mes, el {dept} recopila todas las reclamaciones del mes anterior en {form}: las clasifica por "
        "producto, causa, departamento responsable (o proveedor) y canal, calcula las tasas de resolución y de "
        "cumplimiento de plazos y la satisfacción constatada en las llamadas de seguimiento, las compara con el "
        "mes anterior y con el mismo mes del año anterior, e identifica los principales problemas y tendencias."),
    "analysis_report": (
        "月度分析于次月上旬报送最高管理者，由最高管理者批示；重复发生的问题和投诉集中的商品、部门或供应商，按第 {ch} 章制定"
        "整改措施并跟踪至关闭。",
        "The monthly analysis goes to top management in the first ten days of the following month, and top "
        "management records its decisions on it. Recurring problems, and products, departments or suppliers "
        "that attract many complaints, are given corrective actions under chapter {ch} and followed until they "
        "are closed.",
        "El análisis mensual se remite a la alta dirección en los primeros diez días del mes siguiente, y la "
        "alta dirección deja constancia de sus decisiones. Los problemas recurrentes, y los productos, "
        "departamentos o proveedores que acumulan reclamaciones, reciben acciones correctivas conforme al "
        "capítulo {ch} y se siguen hasta su cierre."),
    "analysis_copy": (
        "月度分析同时抄送服务监督人员，作为第 {ch} 章监督检查的依据。",
        "A copy goes to the service supervisor as input to the supervision checks of chapter {ch}.",
        "Se envía copia al supervisor de servicio como base de las inspecciones de supervisión del capítulo "
        "{ch}."),
    "analysis_copy_named": (
        "月度分析同时抄送服务监督（{supervisor}），作为第 {ch} 章监督检查的依据。",
        "A copy goes to service supervision ({supervisor}) as input to the supervision checks of chapter {ch}.",
        "Se envía copia a la supervisión del servicio ({supervisor}) como base de las inspecciones de "
        "supervisión del capítulo {ch}."),

    # -- targets ----------------------------------------------------------------------------------------------------
    "targets_title": ("目标与考核", "Targets and measurement", "Objetivos y medición"),
    "targets_intro": (
        "本公司的投诉处理目标如下，按月统计，纳入{dept}和相关人员的绩效考核：",
        "The Company's complaint-handling targets are as follows; they are measured monthly and count in the "
        "performance appraisal of the {dept} and the staff concerned:",
        "Los objetivos de tratamiento de reclamaciones de la Empresa son los siguientes; se miden cada mes y "
        "cuentan en la evaluación del desempeño del {dept} y del personal implicado:"),
    "col_indicator": ("指标", "Indicator", "Indicador"),
    "col_formula": ("计算方法", "How it is calculated", "Cálculo"),
    "col_target": ("目标", "Target", "Objetivo"),
    "resolution_rate": ("投诉处理率", "Resolution rate", "Tasa de resolución"),
    "resolution_formula": ("处理完毕的投诉数 ÷ 受理的投诉总数 × 100%",
                           "complaints closed ÷ complaints received × 100%",
                           "reclamaciones cerradas ÷ reclamaciones recibidas × 100 %"),
    "on_time_rate": ("投诉处理及时率", "On-time rate", "Tasa de cumplimiento de plazos"),
    "on_time_formula": ("在本公司时限内处理完毕的投诉数 ÷ 处理完毕的投诉总数 × 100%",
                        "complaints closed within the Company's limit ÷ complaints closed × 100%",
                        "reclamaciones cerradas dentro del plazo de la Empresa ÷ reclamaciones cerradas × 100 %"),
    "callback_rate": ("投诉回访率", "Call-back rate", "Tasa de seguimiento"),
    "callback_formula": ("已回访的投诉数 ÷ 处理完毕的投诉总数 × 100%",
                         "complaints called back ÷ complaints closed × 100%",
                         "reclamaciones con llamada de seguimiento ÷ reclamaciones cerradas × 100 %"),
    "targets_review": (
        "目标未达成的，{dept}在月度分析中说明原因并提出整改措施；目标每年按第 {ch} 章评审和修订。",
        "Where a target is missed, the {dept} explains why in the monthly analysis and proposes corrective "
        "actions; the targets are reviewed and revised every year as chapter {ch} provides.",
        "Cuando no se alcanza un objetivo, el {dept} explica el motivo en el análisis mensual y propone "
        "acciones correctivas; los objetivos se revisan cada año según el capítulo {ch}."),
}
