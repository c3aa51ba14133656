"""Chapter "Promulgation order and appointment of the management representative" of the service manual (clause
5.1.4 of GB/T 27922-2011): the order that puts the manual into force, the appointment of the management
representative with his or her duties, and the document-control statement."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Bullets, Paragraph
from .system_texts import department

CLAUSES = ("5.1.4",)

_BLANK = "__________"

TEXTS = {
    "title": ("颁布令与管理者代表任命", "Promulgation order and appointment of the management representative",
              "Orden de promulgación y nombramiento del representante de la dirección"),
    # -- the order ----------------------------------------------------------------------------------------------
    "order": ("颁布令", "Promulgation order", "Orden de promulgación"),
    "order_purpose": (
        "为规范售后服务工作，保障顾客的合法权益，持续提高顾客满意度，{company}依据 GB/T 27922-2011《商品售后服务评价体系》"
        "和国家有关法律法规，结合本公司实际，编制了《售后服务手册》（文件编号：{number}，版本：{version}）。",
        "To bring order to its after-sales service, protect its customers' lawful rights and keep raising "
        "customer satisfaction, {company} has drawn up this After-Sales Service Manual (document number: "
        "{number}, version: {version}) on the basis of GB/T 27922-2011, Commodity after-sales service evaluation "
        "system, the applicable laws and regulations of the People's Republic of China and its own practice.",
        "Con el fin de ordenar su servicio posventa, proteger los derechos legítimos de sus clientes y aumentar "
        "de forma continua su satisfacción, {company} ha elaborado el presente Manual de servicio posventa "
        "(número de documento: {number}; versión: {version}) conforme a la norma GB/T 27922-2011, sistema de "
        "evaluación del servicio posventa, a la legislación aplicable de la República Popular China y a su "
        "propia práctica."),
    "order_content": (
        "本手册阐明了本公司的服务理念、服务承诺和服务目标，规定了售后服务的组织机构与职责、人员与资源配置、服务规范，"
        "以及商品服务、顾客服务、监督和改进的工作要求，是本公司开展售后服务工作的纲领性文件。",
        "The manual sets out the Company's service philosophy, commitments and objectives, and lays down the "
        "after-sales organisation and its responsibilities, staffing and resources, the service rules, and the "
        "requirements for product service, customer service, supervision and improvement. It is the governing "
        "document for all of the Company's after-sales service work.",
        "El manual establece la filosofía, los compromisos y los objetivos de servicio de la Empresa y fija la "
        "organización posventa y sus responsabilidades, la dotación de personal y de recursos, las normas de "
        "servicio y los requisitos del servicio de producto, la atención al cliente, la supervisión y la mejora. "
        "Es el documento rector de toda la actividad posventa de la Empresa."),
    "order_force": (
        "本手册经批准，自发布之日起实施。各部门、各服务网点及全体员工必须认真学习，严格执行；本公司与授权服务网点签订的协议"
        "应引用本手册的相关要求。",
        "The manual is approved and takes effect on the date of issue. Every department, every service outlet "
        "and every employee shall study it and apply it strictly; the Company's agreements with authorised "
        "service outlets shall refer to its requirements.",
        "El manual queda aprobado y entra en vigor en la fecha de su emisión. Todos los departamentos, puntos de "
        "servicio y empleados deben estudiarlo y aplicarlo con rigor; los acuerdos de la Empresa con los puntos "
        "de servicio autorizados deben remitirse a sus requisitos."),
    "signed_by": ("最高管理者：{name}（签字）{blank}", "Top management: {name} (signature) {blank}",
                  "Alta dirección: {name} (firma) {blank}"),
    "signed_blank": ("最高管理者（签字）：{blank}", "Top management (signature): {blank}",
                     "Alta dirección (firma): {blank}"),
    "date_line": ("日期：{date}", "Date: {date}", "Fecha: {date}"),
    "date_blank": ("日期：____年__月__日", "Date: ____________", "Fecha: ____________"),
    # -- the management representative -------------------------------------------------------------------------
    "rep": ("管理者代表任命", "Appointment of the management representative",
            "Nombramiento del representante de la dirección"),
    "rep_named": (
        "为确保售后服务体系有效运行，经研究决定，任命{name}为本公司售后服务管理者代表。管理者代表在最高管理者授权范围内"
        "行使职权，直接向最高管理者负责，除本职工作外，承担以下职责：",
        "To make sure the after-sales service system works effectively, top management appoints {name} as the "
        "Company's management representative for after-sales service. The management representative acts "
        "within the authority delegated by top management, reports directly to it and, in addition to his or "
        "her other duties, is responsible for:",
        "Para asegurar el funcionamiento eficaz del sistema de servicio posventa, la alta dirección nombra a "
        "{name} representante de la dirección para el servicio posventa. El representante actúa dentro de la "
        "autoridad que le delega la alta dirección, le rinde cuentas directamente y, además de sus demás "
        "funciones, es responsable de:"),
    "rep_blank": (
        "为确保售后服务体系有效运行，经研究决定，任命{blank}为本公司售后服务管理者代表。管理者代表在最高管理者授权范围内"
        "行使职权，直接向最高管理者负责，除本职工作外，承担以下职责：",
        "To make sure the after-sales service system works effectively, top management appoints {blank} as the "
        "Company's management representative for after-sales service. The management representative acts "
        "within the authority delegated by top management, reports directly to it and, in addition to his or "
        "her other duties, is responsible for:",
        "Para asegurar el funcionamiento eficaz del sistema de servicio posventa, la alta dirección nombra a "
        "{blank} representante de la dirección para el servicio posventa. El representante actúa dentro de la "
        "autoridad que le delega la alta dirección, le rinde cuentas directamente y, además de sus demás "
        "funciones, es responsable de:"),
    "rep_duty_system": (
        "确保售后服务体系所需的过程得到建立、实施和保持，组织本手册的编制、评审、修订和宣贯；",
        "making sure that the processes the after-sales service system needs are established, carried out and "
        "maintained, and organising the drafting, review, revision and communication of this manual;",
        "asegurar que se establezcan, apliquen y mantengan los procesos que necesita el sistema de servicio "
        "posventa, y organizar la redacción, revisión, modificación y difusión de este manual;"),
    "rep_duty_report": (
        "每月听取{dept}的投诉分析和服务指标报告，定期向最高管理者报告售后服务绩效和改进需求；",
        "receiving the monthly complaint analysis and service-indicator report of the {dept} and reporting "
        "regularly to top management on after-sales performance and the need for improvement;",
        "recibir cada mes el análisis de reclamaciones y el informe de indicadores de servicio del {dept} e "
        "informar periódicamente a la alta dirección sobre el desempeño posventa y las necesidades de mejora;"),
    "rep_duty_culture": (
        "在全公司推动服务文化建设，增强全体员工满足顾客要求和法律法规要求的意识；",
        "promoting the service culture throughout the Company and making all staff aware of customer and legal "
        "requirements;",
        "impulsar la cultura de servicio en toda la Empresa y concienciar a todo el personal de los requisitos "
        "de los clientes y de los requisitos legales;"),
    "rep_duty_supervise": (
        "组织售后服务的内部检查和外部评价，督促整改措施的落实和验证；",
        "organising internal checks and external evaluations of after-sales service, and seeing that corrective "
        "actions are carried out and verified;",
        "organizar las inspecciones internas y las evaluaciones externas del servicio posventa y velar por que "
        "las acciones correctivas se ejecuten y se verifiquen;"),
    "rep_duty_liaise": (
        "就售后服务事宜与认证机构、市场监督管理部门、消费者协会等外部单位进行联络。",
        "liaising on after-sales service matters with the certification body, the market regulation authorities, "
        "consumer associations and other outside parties.",
        "actuar de enlace en materia de servicio posventa con el organismo de certificación, las autoridades de "
        "regulación del mercado, las asociaciones de consumidores y otras partes externas."),
    # -- document control --------------------------------------------------------------------------------------
    "control": ("文件控制说明", "Document control statement", "Declaración de control del documento"),
    "control_id": (
        "本手册为受控文件（文件编号：{number}；现行版本：{version}），由{dept}归口管理。",
        "This manual is a controlled document (document number: {number}; current version: {version}), "
        "administered by the {dept}.",
        "Este manual es un documento controlado (número de documento: {number}; versión vigente: {version}) "
        "cuya gestión corresponde al {dept}."),
    "control_approve": (
        "编制、审核和批准：本手册由{dept}组织编制，管理者代表审核，最高管理者批准后发布。",
        "Drafting, review and approval: the {dept} drafts the manual, the management representative reviews it "
        "and top management approves and issues it.",
        "Redacción, revisión y aprobación: el {dept} redacta el manual, el representante de la dirección lo "
        "revisa y la alta dirección lo aprueba y lo emite."),
    "control_issue": (
        "发放：受控本加盖“受控”标识并登记发放对象；各部门和各服务网点使用的均须为现行有效版本，电子版以本公司文件系统中的"
        "版本为准。",
        "Distribution: controlled copies are marked \u201cControlled\u201d and their holders recorded; every "
        "department and service outlet works only from the current version, and the version held in the "
        "Company's document system is the authoritative electronic copy.",
        "Distribución: las copias controladas llevan la marca «Copia controlada» y se registra a quién se "
        "entregan; todos los departamentos y puntos de servicio trabajan solo con la versión vigente, y la "
        "versión del sistema documental de la Empresa es la copia electrónica de referencia."),
    "control_revise": (
        "修订：需要修订时，由提出部门填写修订申请，经{dept}审查、管理者代表审核、最高管理者批准后发布，并在修订记录中登记"
        "版本、日期和修订内容；旧版本同时收回并标识作废，仅保留一份存档。",
        "Revision: a department that needs a change submits a revision request; the {dept} examines it, the "
        "management representative reviews it and top management approves it before it is issued. Each revision "
        "is entered in the revision record with its version, date and content; superseded copies are withdrawn "
        "at the same time and marked obsolete, and a single copy is kept on file.",
        "Modificación: el departamento que necesite un cambio presenta una solicitud de modificación, que el "
        "{dept} examina, el representante de la dirección revisa y la alta dirección aprueba antes de su "
        "emisión. Cada modificación se anota en el registro de revisiones con su versión, fecha y contenido; "
        "las copias sustituidas se retiran al mismo tiempo y se marcan como obsoletas, y se archiva una sola copia."),
    "control_review": (
        "评审：本手册每年至少评审一次；法律法规或标准发生变化、组织机构或服务承诺调整、投诉分析或监督检查发现手册与实际"
        "不符时，及时修订。",
        "Review: the manual is reviewed at least once a year, and revised without delay when laws, regulations "
        "or standards change, when the organisation or the service commitments change, or when complaint "
        "analysis or a supervision check shows that the manual and practice differ.",
        "Revisión periódica: el manual se revisa al menos una vez al año y se modifica sin demora cuando cambian "
        "las leyes, los reglamentos o las normas, cuando cambian la organización o los compromisos de servicio, "
        "o cuando el análisis de reclamaciones o una inspección de supervisión muestran que el manual y la "
        "práctica no coinciden."),
    "control_records": (
        "记录：本手册规定的记录表单见附录，各部门如实、完整地填写并保存，保存期不少于三年。",
        "Records: the record forms the manual calls for are in the appendix; each department fills them in "
        "completely and truthfully and keeps them for at least three years.",
        "Registros: los formularios que exige el manual figuran en el anexo; cada departamento los cumplimenta "
        "de forma completa y veraz y los conserva al menos tres años."),
    "not_numbered": ("发布时编定", "to be assigned on issue", "se asigna al emitirse"),
}


def build(ctx: Context) -> Draft:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    org, doc = ctx.profile.organisation, ctx.profile.document
    dept = department(ctx)
    number = doc.number.strip() or say("not_numbered")
    version = doc.version.strip() or "A/0"
    top = org.top_manager.strip()
    signature = say("signed_by", name=top, blank=_BLANK) if top else say("signed_blank", blank=_BLANK)
    dated = say("date_line", date=ctx.day(doc.issued_on)) if doc.issued_on else say("date_blank")
    order = (
        Paragraph(say("order_purpose", company=ctx.company, number=number, version=version)),
        Paragraph(say("order_content")),
        Paragraph(say("order_force")),
        Paragraph(signature, "signature"),
        Paragraph(dated, "signature"),
    )
    rep = org.management_representative.strip()
    appointment = (
        Paragraph(say("rep_named", name=rep) if rep else say("rep_blank", blank=_BLANK)),
        Bullets((say("rep_duty_system"), say("rep_duty_report", dept=dept), say("rep_duty_culture"),
                 say("rep_duty_supervise"), say("rep_duty_liaise")), numbered=True),
        Paragraph(signature, "signature"),
        Paragraph(dated, "signature"),
    )
    control = (
        Paragraph(say("control_id", number=number, version=version, dept=dept)),
        Bullets((say("control_approve", dept=dept), say("control_issue"), say("control_revise", dept=dept),
                 say("control_review"), say("control_records"))),
    )
    return Draft(say("title"), sections=((say("order"), order), (say("rep"), appointment),
                                         (say("control"), control)))
