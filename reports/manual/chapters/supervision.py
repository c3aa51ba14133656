"""Chapter "Supervision" of the service manual (clause 5.1.5 of GB/T 27922-2011): the supervision body or person,
supervision checks, internal and external evaluation, rewards and penalties tied to findings, and the yearly
review of the service objectives."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Bullets, Paragraph, Table
from .service_texts import form, sayer, target

CLAUSES = ("5.1.5",)

TEXTS = {
    "title": ("服务监督", "Supervision", "Supervisión"),
    "purpose": (
        "本章规定本公司对售后服务实施监督和评价的机构、内容、方式和频次，以及监督结果的奖惩和运用，确保本手册的规定和"
        "对外承诺得到执行。",
        "This chapter sets out who supervises and evaluates the Company's after-sales service, what is checked, "
        "how and how often, and how the findings lead to rewards, penalties and revised objectives, so that "
        "this manual and the Company's public commitments are kept.",
        "Este capítulo establece quién supervisa y evalúa el servicio posventa de la Empresa, qué se comprueba, "
        "cómo y con qué frecuencia, y cómo los resultados dan lugar a premios, sanciones y objetivos revisados, "
        "para que se cumplan este manual y los compromisos públicos de la Empresa."),

    "body_title": ("监督机构和人员", "Supervision body and staff", "Órgano y personal de supervisión"),
    "body_named": (
        "本公司的售后服务监督由{supervisor}负责。监督人员独立于被监督的日常服务工作，直接向最高管理者报告。",
        "After-sales service is supervised by {supervisor}. Supervision is independent of the day-to-day service "
        "work it checks and reports directly to top management.",
        "Responsable de la supervisión del servicio posventa: {supervisor}. La supervisión es independiente "
        "del trabajo diario de servicio que comprueba y depende directamente de la alta dirección."),
    "body_default": (
        "本公司设服务监督员，由最高管理者书面任命，独立于被监督的日常服务工作，直接向最高管理者报告；任命文件与本手册一并"
        "保存。",
        "The Company has a service supervisor, appointed in writing by top management, who is independent of "
        "the day-to-day service work being checked and reports directly to top management; the letter of "
        "appointment is kept with this manual.",
        "La Empresa cuenta con un supervisor de servicio, designado por escrito por la alta dirección, que es "
        "independiente del trabajo diario de servicio que comprueba y depende directamente de la alta "
        "dirección; el nombramiento se conserva junto con este manual."),
    "duties_intro": ("监督人员的职责：", "Supervision is responsible for:", "Funciones de la supervisión:"),
    "duty_plan": ("每年编制监督检查计划，规定检查内容、方式和频次，报最高管理者批准；",
                  "drawing up the yearly supervision plan, with what is checked, how and how often, for approval "
                  "by top management;",
                  "elaborar el plan anual de supervisión, con qué se comprueba, cómo y con qué frecuencia, para "
                  "su aprobación por la alta dirección;"),
    "duty_check": ("按计划实施监督检查和评价，如实记录发现的问题；",
                   "carrying out the checks and evaluations in the plan and recording every finding truthfully;",
                   "realizar las inspecciones y evaluaciones del plan y registrar fielmente cada hallazgo;"),
    "duty_follow": ("督促责任部门制定整改措施，并验证其效果；",
                    "requiring the department responsible to set corrective actions, and verifying that they "
                    "work;",
                    "exigir al departamento responsable que fije acciones correctivas y verificar su eficacia;"),
    "duty_report": ("每季度向最高管理者报告监督结果，提出奖惩和改进建议。",
                    "reporting the findings to top management every quarter, with proposals for rewards, "
                    "penalties and improvements.",
                    "informar cada trimestre a la alta dirección de los resultados, con propuestas de premios, "
                    "sanciones y mejoras."),

    "checks_title": ("监督检查", "Supervision checks", "Inspecciones de supervisión"),
    "checks_rule": (
        "监督人员每月至少进行一次监督检查，采用现场检查、抽查记录、拨打服务热线测试和查看客户管理系统等方式，检查以下内容：",
        "Supervision carries out at least one check a month, by site visits, sampling of records, test calls "
        "to the service hotline and review of the customer management system. It checks:",
        "La supervisión realiza al menos una inspección al mes, mediante visitas, muestreo de registros, "
        "llamadas de prueba a la línea de atención y revisión del sistema de gestión de clientes. Comprueba:"),
    "check_limits": ("服务时限的执行情况：抽查维修工单、送货安装验收单和投诉登记表，核对是否在本公司承诺时限内完成；",
                     "time limits: a sample of repair orders, delivery acceptances and complaint entries is "
                     "checked against the Company's committed limits;",
                     "los plazos: se coteja una muestra de órdenes de reparación, actas de entrega y registros "
                     "de reclamaciones con los plazos comprometidos por la Empresa;"),
    "check_fees": ("收费标准的公示和执行情况，有无收取未公示费用；",
                   "that the fee schedule is displayed and applied, and that no unpublished fee is charged;",
                   "que la lista de tarifas está expuesta y se aplica, y que no se cobra ninguna tarifa no "
                   "publicada;"),
    "check_records": ("各项服务记录是否真实、完整，顾客签字确认是否齐全；",
                      "that service records are truthful and complete and carry the customer's signature;",
                      "que los registros de servicio son veraces y completos y llevan la firma del cliente;"),
    "check_conduct": ("服务人员的服务规范和礼仪，热线接通和答复质量；",
                      "staff conduct and courtesy, and how quickly and well the hotline answers;",
                      "el comportamiento y la cortesía del personal, y la rapidez y calidad de las respuestas de "
                      "la línea de atención;"),
    "check_commitments": ("对外承诺在广告、三包凭证、合同和网点公示中是否一致并得到兑现。",
                          "that the public commitments read the same in advertising, warranty cards, contracts "
                          "and outlet notices, and are kept.",
                          "que los compromisos públicos coinciden en la publicidad, las tarjetas de garantía, los "
                          "contratos y los avisos de los puntos de servicio, y se cumplen."),
    "checks_record": (
        "每次检查填写{form}，写明检查对象、内容、发现的问题、责任部门、整改措施和完成期限。整改完成后由监督人员复查；未复查的"
        "问题在记录中标为“待复核”，直至复查通过后关闭。",
        "Each check is recorded on {form}, giving what was checked, the findings, the department responsible, "
        "the corrective action and its deadline. Supervision re-checks each action once it is done; until then "
        "the finding is marked “to re-verify” and is closed only when the re-check passes.",
        "Cada inspección se registra en {form}, con el objeto, los hallazgos, el departamento responsable, la "
        "acción correctiva y su plazo. La supervisión vuelve a comprobar cada acción una vez realizada; hasta "
        "entonces el hallazgo figura como «por reverificar» y solo se cierra cuando la nueva comprobación es "
        "favorable."),

    "evaluation_title": ("内部评价和外部评价", "Internal and external evaluation", "Evaluación interna y externa"),
    "internal": (
        "内部评价：各部门每月对照本手册自查；监督人员每年至少组织一次覆盖全部售后服务活动的内部审核，编写审核报告。",
        "Internal evaluation: every department checks itself against this manual each month, and supervision "
        "organises an internal audit covering all after-sales activities at least once a year and writes an "
        "audit report.",
        "Evaluación interna: cada departamento se autoevalúa cada mes conforme a este manual, y la supervisión "
        "organiza al menos una vez al año una auditoría interna de todas las actividades posventa y redacta el "
        "informe correspondiente."),
    "external": (
        "外部评价：每年至少组织两次神秘顾客暗访，覆盖服务热线、门店或服务网点和上门服务；委托第三方开展顾客满意度测评；"
        "接受并配合行业组织和政府部门的评价。热线、官网和服务网点公布监督投诉途径，接受顾客和社会监督。",
        "External evaluation: at least twice a year the Company commissions mystery shopping covering the "
        "hotline, the shops or outlets and home service; it has an independent party measure customer "
        "satisfaction; and it takes part in evaluations by trade bodies and government departments. The "
        "hotline, the website and the outlets tell customers and the public how to report a service failure.",
        "Evaluación externa: al menos dos veces al año la Empresa encarga visitas de cliente misterioso que "
        "abarcan la línea de atención, las tiendas o puntos de servicio y el servicio a domicilio; encarga a un "
        "tercero independiente la medición de la satisfacción; y participa en las evaluaciones de "
        "organizaciones sectoriales y organismos públicos. La línea de atención, el sitio web y los puntos de "
        "servicio indican a los clientes y al público cómo comunicar un fallo del servicio."),
    "evaluation_use": (
        "每次评价形成报告，发现的问题按本章“监督检查”的要求制定整改措施并跟踪，评价结果用于第 {ch} 章的持续改进。",
        "Every evaluation ends in a report; its findings receive corrective actions followed up as for "
        "supervision checks, and its results feed the improvement work of chapter {ch}.",
        "Cada evaluación concluye con un informe; sus hallazgos reciben acciones correctivas con el mismo "
        "seguimiento que las inspecciones, y sus resultados alimentan la mejora del capítulo {ch}."),

    "rewards_title": ("奖惩", "Rewards and penalties", "Premios y sanciones"),
    "rewards": (
        "监督和评价结果纳入第 {ch} 章规定的绩效考核，与奖惩挂钩并按期兑现：服务时限、满意度和投诉指标优秀的部门和个人给予"
        "表彰和奖励；收取未公示费用、泄露顾客信息、弄虚作假填写记录或推诿顾客的，视情节给予处罚。奖惩结果由监督人员记录，"
        "并在内部公布。",
        "Supervision and evaluation findings count in the performance appraisal of chapter {ch} and are "
        "linked to rewards and penalties, which are actually given on schedule. Departments and staff who do "
        "well on time limits, satisfaction and complaints are recognised and rewarded; charging unpublished "
        "fees, leaking customer information, falsifying records or passing customers on are penalised "
        "according to their seriousness. Supervision records the rewards and penalties given and announces "
        "them internally.",
        "Los resultados de la supervisión y la evaluación cuentan en la evaluación del desempeño del capítulo "
        "{ch} y se vinculan a premios y sanciones, que se aplican efectivamente en su plazo. Los departamentos "
        "y empleados con buenos resultados en plazos, satisfacción y reclamaciones reciben reconocimiento y "
        "premios; cobrar tarifas no publicadas, divulgar datos de clientes, falsear registros o desentenderse "
        "del cliente se sanciona según su gravedad. La supervisión registra los premios y sanciones aplicados y "
        "los comunica internamente."),

    "objectives_title": ("服务目标的评审和修订", "Review and revision of service objectives",
                         "Revisión de los objetivos de servicio"),
    "objectives_intro": (
        "本公司的量化服务目标（本公司自行设定，见第 {ch} 章）如下：",
        "The Company's measurable service objectives (set by the Company itself; see chapter {ch}) are:",
        "Los objetivos de servicio medibles de la Empresa (fijados por la propia Empresa; véase el capítulo "
        "{ch}) son:"),
    "col_objective": ("目标", "Objective", "Objetivo"),
    "col_value": ("本公司目标值", "Company target", "Valor objetivo"),
    "col_source": ("数据来源", "Source of data", "Fuente de los datos"),
    "on_time": ("服务及时率", "On-time service rate", "Tasa de servicio a tiempo"),
    "satisfaction": ("顾客满意率", "Customer satisfaction rate", "Tasa de satisfacción del cliente"),
    "resolution": ("投诉处理率", "Complaint resolution rate", "Tasa de resolución de reclamaciones"),
    "callback": ("回访率", "Call-back rate", "Tasa de seguimiento"),
    "objectives_review": (
        "最高管理者每年结合监督检查、内外部评价、投诉和满意度分析结果，在管理评审中评审上述目标的达成情况和适宜性；目标已"
        "稳定达成或经营情况发生重大变化的，修订目标，记录评审结论，同步修订本手册和对外公示的承诺。",
        "Every year, at the management review, top management reviews whether these objectives were met and "
        "are still appropriate, in the light of supervision checks, internal and external evaluations and "
        "the complaint and satisfaction analyses. Where an objective is met consistently, or the business has "
        "changed materially, the objective is revised; the conclusions are recorded, and this manual and the "
        "published commitments are revised at the same time.",
        "Cada año, en la revisión por la dirección, la alta dirección examina si estos objetivos se han "
        "alcanzado y siguen siendo adecuados, a la luz de las inspecciones, las evaluaciones internas y "
        "externas y los análisis de reclamaciones y satisfacción. Cuando un objetivo se alcanza de forma "
        "constante, o la actividad cambia sustancialmente, se revisa; las conclusiones se registran y este "
        "manual y los compromisos publicados se revisan al mismo tiempo."),
}


def build(ctx: Context) -> Draft:
    say = sayer(ctx, TEXTS)
    return Draft(
        say("title"),
        intro=(Paragraph(say("purpose")),),
        sections=(
            (say("body_title"), _body(ctx)),
            (say("checks_title"), _checks(ctx)),
            (say("evaluation_title"), (Paragraph(say("internal")), Paragraph(say("external")),
                                       Paragraph(say("evaluation_use", ch=ctx.chapter_no("improvement"))))),
            (say("rewards_title"), (Paragraph(say("rewards", ch=ctx.chapter_no("resources"))),)),
            (say("objectives_title"), _objectives(ctx)),
        ),
    )


def _body(ctx: Context) -> tuple:
    say = sayer(ctx, TEXTS)
    supervisor = ctx.profile.organisation.supervisor.strip()
    first = say("body_named", supervisor=supervisor) if supervisor else say("body_default")
    return (Paragraph(first), Paragraph(say("duties_intro")),
            Bullets((say("duty_plan"), say("duty_check"), say("duty_follow"), say("duty_report"))))


def _checks(ctx: Context) -> tuple:
    say = sayer(ctx, TEXTS)
    return (
        Paragraph(say("checks_rule")),
        Bullets((say("check_limits"), say("check_fees"), say("check_records"), say("check_conduct"),
                 say("check_commitments"))),
        Paragraph(say("checks_record", form=form(ctx, "supervision_check"))),
    )


def _objectives(ctx: Context) -> tuple:
    say, t = sayer(ctx, TEXTS), ctx.profile.targets
    sources = {
        "on_time": ctx.join(form(ctx, key, cell=True)
                            for key in ("repair_order", "delivery_acceptance", "complaint_register")),
        "satisfaction": form(ctx, "satisfaction_survey", cell=True),
        "resolution": form(ctx, "complaint_register", cell=True),
        "callback": form(ctx, "callback_record", cell=True),
    }
    values = {"on_time": t.on_time_rate, "satisfaction": t.satisfaction_rate, "resolution": t.resolution_rate,
              "callback": t.callback_rate}
    rows = tuple((say(key), target(ctx, values[key]), sources[key]) for key in sources)
    return (
        Paragraph(say("objectives_intro", ch=ctx.chapter_no("culture"))),
        Table((say("col_objective"), say("col_value"), say("col_source")), rows, widths=(4, 3, 4)),
        Paragraph(say("objectives_review")),
    )

