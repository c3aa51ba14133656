"""Chapter "Improvement" of the service manual (clause 5.1.6 of GB/T 27922-2011): analysis of complaint, repair
and satisfaction data, corrective actions followed to results, information feedback (to production for producers,
to suppliers for sellers), research on hard problems, standardisation and certification."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Bullets, Paragraph
from .service_texts import form, sayer

CLAUSES = ("5.1.6",)

TEXTS = {
    "title": ("持续改进", "Improvement", "Mejora"),
    "purpose": (
        "本章规定本公司分析服务数据、制定和落实整改措施、传递质量信息、研究疑难问题以及开展标准化和认证工作的职责和方法，"
        "使商品、服务和管理持续改进。{dept}组织本章工作，各相关部门按分工落实。",
        "This chapter sets out how the Company analyses its service data, sets and carries out corrective "
        "actions, passes on quality information, studies hard problems and pursues standardisation and "
        "certification, so that its products, service and management keep improving. The {dept} organises "
        "this work; each department concerned carries out its share.",
        "Este capítulo establece cómo la Empresa analiza sus datos de servicio, fija y ejecuta acciones "
        "correctivas, transmite la información de calidad, estudia los problemas difíciles y desarrolla la "
        "normalización y la certificación, para que sus productos, su servicio y su gestión mejoren de forma "
        "continua. El {dept} organiza este trabajo; cada departamento implicado ejecuta la parte que le "
        "corresponde."),

    "analysis_title": ("服务数据分析", "Analysis of service data", "Análisis de los datos de servicio"),
    "analysis_sources": (
        "{dept}至少每季度汇总并分析以下数据：",
        "At least every quarter the {dept} compiles and analyses:",
        "Al menos cada trimestre, el {dept} recopila y analiza:"),
    "source_complaints": ("投诉：{form}中的分类统计、处理率和及时率；",
                          "complaints: the classifications and the resolution and on-time rates on {form};",
                          "las reclamaciones: la clasificación y las tasas de resolución y de cumplimiento de "
                          "plazos, según {form};"),
    "source_repairs": ("维修：{form}中的故障类型、返修率和维修时限达成情况；",
                       "repairs: fault types, the repeat-repair rate and the time limits met, from {form};",
                       "las reparaciones: tipos de avería, tasa de reparaciones repetidas y plazos cumplidos, "
                       "según {form};"),
    "source_returns": ("退换货：退换货台账中的数量、原因和商品分布；",
                       "returns and exchanges: numbers, reasons and products from the returns and exchanges log;",
                       "las devoluciones y cambios: cantidades, motivos y productos, según el libro de "
                       "devoluciones y cambios;"),
    "source_satisfaction": ("满意度：满意度调查和回访结果。",
                            "satisfaction: the results of satisfaction surveys and call-backs.",
                            "la satisfacción: los resultados de las encuestas y de las llamadas de seguimiento."),
    "analysis_method": (
        "分析采用排列图、因果分析和趋势对比等方法，识别主要问题、变化趋势和根本原因，形成服务数据分析报告，报最高管理者审阅；"
        "审阅意见和决定记入管理评审记录或会议纪要。",
        "The analysis uses Pareto charts, cause-and-effect analysis and trend comparisons to find the main "
        "problems, their trends and root causes. It ends in a service data report for top management, whose "
        "comments and decisions are entered in the management review record or meeting minutes.",
        "El análisis emplea diagramas de Pareto, análisis causa-efecto y comparación de tendencias para "
        "identificar los principales problemas, su evolución y sus causas raíz. Concluye con un informe de "
        "datos de servicio para la alta dirección, cuyas observaciones y decisiones se recogen en el registro de "
        "la revisión por la dirección o en el acta de la reunión."),

    "actions_title": ("整改措施和改进", "Corrective actions and improvement", "Acciones correctivas y mejora"),
    "actions_rule": (
        "对分析、监督检查和评价中发现的问题，{dept}组织责任部门制定整改措施，每项措施明确问题、原因、具体措施、责任人和完成"
        "期限，记入整改措施台账：",
        "For every problem found by analysis, supervision checks or evaluations, the {dept} has the department "
        "responsible set a corrective action. Each action states the problem, its cause, what will be done, "
        "who is responsible and by when, and is entered in the corrective action log:",
        "Para cada problema detectado en el análisis, las inspecciones o las evaluaciones, el {dept} pide al "
        "departamento responsable que fije una acción correctiva. Cada acción indica el problema, su causa, lo "
        "que se hará, el responsable y el plazo, y se anota en el libro de acciones correctivas:"),
    "kind_product_producer": ("商品问题：由技术和生产部门改进设计、工艺或质量控制；",
                              "product problems: the Technical and Production Departments improve the design, "
                              "process or quality control;",
                              "problemas del producto: los departamentos Técnico y de Producción mejoran el "
                              "diseño, el proceso o el control de calidad;"),
    "kind_product_seller": ("商品问题：由采购部门要求供应商整改，必要时调整进货品种或更换供应商；",
                            "product problems: the Purchasing Department requires the supplier to correct them "
                            "and, where needed, changes the range bought or the supplier;",
                            "problemas del producto: el Departamento de Compras exige al proveedor que los "
                            "corrija y, si es necesario, cambia el surtido o el proveedor;"),
    "kind_service": ("服务问题：修订服务规范和流程，开展针对性培训；",
                     "service problems: the service specifications and procedures are revised and targeted "
                     "training given;",
                     "problemas del servicio: se revisan las especificaciones y procedimientos de servicio y "
                     "se imparte formación específica;"),
    "kind_management": ("管理问题：调整职责、制度或资源配置。",
                        "management problems: responsibilities, rules or resources are adjusted.",
                        "problemas de gestión: se ajustan las responsabilidades, las normas o los recursos."),
    "actions_verify": (
        "措施到期后，由服务监督人员验证效果；尚未验证的措施标为“待复核”。效果达到要求的关闭，未达到的重新分析原因并制定新的"
        "整改措施，直至问题解决。验证结果记入台账。",
        "When an action falls due, service supervision verifies whether it worked; until then it is marked "
        "“to re-verify”. An effective action is closed; an ineffective one leads to a fresh analysis of the "
        "cause and a new corrective action, until the problem is solved. The verification is entered in the "
        "log.",
        "Al vencer cada acción, la supervisión del servicio verifica su eficacia; hasta entonces figura como "
        "«por reverificar». Una acción eficaz se cierra; una ineficaz da lugar a un nuevo análisis de la causa y "
        "a una nueva acción correctiva, hasta resolver el problema. La verificación se anota en el libro."),

    "feedback_title": ("信息反馈", "Information feedback", "Retroalimentación de la información"),
    "feedback_producer": (
        "本公司建立生产、销售和服务之间的信息反馈机制：{dept}每月将故障统计、顾客意见和退换货原因书面反馈给技术、生产和销售"
        "部门；接收部门在一个月内书面答复处理措施；销售部门将顾客对新品和服务的需求反馈给技术部门和{dept}。反馈和答复记录由"
        "{dept}保存。",
        "The Company passes information between production, sales and service: every month the {dept} sends "
        "the Technical, Production and Sales Departments a written summary of faults, customer comments and "
        "reasons for returns and exchanges, and each replies in writing within a month with the measures it "
        "is taking; the Sales Department passes customers' needs for new products and services to the "
        "Technical Department and the {dept}. The {dept} keeps the feedback and replies.",
        "La Empresa transmite la información entre producción, ventas y servicio: cada mes, el {dept} envía a "
        "los departamentos Técnico, de Producción y de Ventas un resumen escrito de averías, opiniones de los "
        "clientes y motivos de devoluciones y cambios, y cada uno responde por escrito en el plazo de un mes "
        "con las medidas que adopta; el Departamento de Ventas traslada al Departamento Técnico y al {dept} lo "
        "que piden los clientes en productos y servicios nuevos. El {dept} conserva la información enviada y "
        "las respuestas."),
    "feedback_seller": (
        "涉及商品质量的问题，{dept}每月书面反馈给相关生产者或供应商，要求其在一个月内答复原因和改进措施，必要时提供技术和备件"
        "支持；反馈和答复记录由{dept}保存，并作为供应商评价的依据。",
        "Every month the {dept} reports product quality problems in writing to the producers or suppliers "
        "concerned and asks each to reply within a month with the cause and its improvement measures, and to "
        "provide technical support and spare parts where needed. The {dept} keeps the reports and replies, "
        "which count in the evaluation of suppliers.",
        "Cada mes, el {dept} comunica por escrito los problemas de calidad del producto a los fabricantes o "
        "proveedores afectados y pide a cada uno que responda en el plazo de un mes con la causa y sus medidas "
        "de mejora, y que aporte soporte técnico y repuestos cuando sea necesario. El {dept} conserva las "
        "comunicaciones y respuestas, que cuentan en la evaluación de proveedores."),
    "feedback_suppliers": (
        "对反馈后仍未改进或投诉集中的供应商，按第 {ch} 章规定的供应商管理措施处理。",
        "Suppliers that do not improve after feedback, or that attract many complaints, are dealt with under "
        "the supplier measures in chapter {ch}.",
        "A los proveedores que no mejoran tras la comunicación, o que acumulan reclamaciones, se les aplican "
        "las medidas del capítulo {ch}."),

    "research_title": ("疑难问题研究", "Research on hard problems", "Estudio de problemas difíciles"),
    "research": (
        "对反复出现、原因不明或现有方法不能解决的问题，以及新品上市初期的集中问题，{dept}牵头组织技术、质量和一线服务人员组成"
        "专题小组，开展原因分析和试验验证，必要时请{partner}和外部专家提供技术支持。研究结论形成报告，解决方法纳入知识库和"
        "培训内容（见第 {ch} 章）。",
        "Problems that recur, whose cause is unknown or that current methods cannot solve, and problems that "
        "cluster after a product launch, are studied by a project team of technical, quality and front-line "
        "service staff led by the {dept}. The team analyses causes and tests solutions, calling on {partner} and "
        "outside experts where needed. Its conclusions are written up, and the solutions go into the knowledge "
        "base and into training (see chapter {ch}).",
        "Los problemas que se repiten, cuya causa se desconoce o que los métodos actuales no resuelven, y los "
        "que se concentran tras el lanzamiento de un producto, los estudia un equipo de proyecto de personal "
        "técnico, de calidad y de primera línea dirigido por el {dept}. El equipo analiza las causas y prueba "
        "soluciones, con el apoyo, cuando hace falta, de {partner} y de expertos externos. Sus conclusiones se "
        "documentan, y las soluciones se incorporan a la base de conocimientos y a la formación (véase el "
        "capítulo {ch})."),
    "partner_producer": ("本公司技术部门", "the Company's Technical Department", "su propio Departamento Técnico"),
    "partner_seller": ("生产者、供应商", "the producers or suppliers", "los fabricantes o proveedores"),

    "standards_title": ("标准化和认证", "Standardisation and certification", "Normalización y certificación"),
    "standards": (
        "行之有效的整改措施和改进成果及时转化为本手册、服务规范或作业指导书的条款；本手册每年至少评审一次，按文件控制要求修订。"
        "本公司关注并积极参与行业和国家售后服务相关标准的制修订工作。",
        "Corrective actions and improvements that prove effective are written into this manual, the service "
        "specifications or the work instructions without delay. This manual is reviewed at least once a year "
        "and revised under document control. The Company follows, and takes part where it can in, the "
        "drafting and revision of trade and national standards on after-sales service.",
        "Las acciones correctivas y las mejoras que resultan eficaces se incorporan sin demora a este manual, a "
        "las especificaciones de servicio o a las instrucciones de trabajo. Este manual se revisa al menos una "
        "vez al año y se modifica conforme al control de la documentación. La Empresa sigue la elaboración y "
        "revisión de las normas sectoriales y nacionales sobre servicio posventa y participa en ella cuando "
        "puede."),
    "certification": (
        "本公司每年按 GB/T 27922-2011 开展一次售后服务自我评价，评价发现的差距按本章制定整改措施；在此基础上申请并保持认证"
        "机构的售后服务认证，认证审核中的不符合项同样按本章整改并验证。",
        "Every year the Company assesses its after-sales service against GB/T 27922-2011, and each gap found "
        "receives a corrective action under this chapter. On that basis it seeks and maintains after-sales "
        "service certification by a certification body; nonconformities raised at certification audits are "
        "likewise corrected and verified under this chapter.",
        "Cada año, la Empresa autoevalúa su servicio posventa conforme a la norma GB/T 27922-2011, y cada "
        "carencia detectada recibe una acción correctiva conforme a este capítulo. Sobre esa base solicita y "
        "mantiene la certificación del servicio posventa por un organismo de certificación; las no "
        "conformidades de las auditorías de certificación se corrigen y verifican igualmente conforme a este "
        "capítulo."),
}


def build(ctx: Context) -> Draft:
    say = sayer(ctx, TEXTS)
    return Draft(
        say("title"),
        intro=(Paragraph(say("purpose")),),
        sections=(
            (say("analysis_title"), _analysis(ctx)),
            (say("actions_title"), _actions(ctx)),
            (say("feedback_title"), _feedback(ctx)),
            (say("research_title"), (Paragraph(say(
                "research", partner=say("partner_seller" if ctx.is_seller else "partner_producer"),
                ch=ctx.chapter_no("resources"))),)),
            (say("standards_title"), (Paragraph(say("standards")), Paragraph(say("certification")))),
        ),
    )


def _analysis(ctx: Context) -> tuple:
    say = sayer(ctx, TEXTS)
    return (
        Paragraph(say("analysis_sources")),
        Bullets((say("source_complaints", form=form(ctx, "complaint_analysis")),
                 say("source_repairs", form=form(ctx, "repair_order")),
                 say("source_returns"), say("source_satisfaction"))),
        Paragraph(say("analysis_method")),
    )


def _actions(ctx: Context) -> tuple:
    say = sayer(ctx, TEXTS)
    product = say("kind_product_seller" if ctx.is_seller else "kind_product_producer")
    return (
        Paragraph(say("actions_rule")),
        Bullets((product, say("kind_service"), say("kind_management"))),
        Paragraph(say("actions_verify")),
    )


def _feedback(ctx: Context) -> tuple:
    say = sayer(ctx, TEXTS)
    if not ctx.is_seller:
        return (Paragraph(say("feedback_producer")),)
    blocks = [Paragraph(say("feedback_seller"))]
    if ctx.profile.rules.suppliers is not None:
        blocks.append(Paragraph(say("feedback_suppliers", ch=ctx.chapter_no("rules"))))
    return tuple(blocks)
