"""The domain vocabulary in the three languages the toolkit speaks: one table, shared by every output.

A term names a value the domain itself produces: an answer result, a scoring method, an evidence kind, an enterprise
kind, a special-deduction category, an ineligibility reason, a certificate state, a cycle event or its status, the
four terms of the score (base, special deductions, special bonus, final), and the problems an input file can have
(`problem.*`: pydantic's error type or the toolkit's own code; `assessment.problems` puts a problem's place and
message together). Keys are `group.code`, the code being the value the scoring and cycle modules emit
(`result.partial`, `status.due_soon`); a second form of the same term, where one output genuinely needs it, adds a
suffix (`reason.too_many_special_deductions.detail`).

Level names are not here: they come from the catalog (`Catalog.level_name`). Words that belong to one output only
stay in that output's own namespace: the field headings shared by the Excel workbook, the command line and the
report (`HEADINGS`, read with `label()`) and the report's own sentences (`reports.i18n`); a test keeps a namespace from defining a
term again or wording a heading two ways.

Wording conventions: names are in sentence case (they stand alone in table cells, lists and headings); the short
reasons are lower case (they are joined into running text: "no (a; b)"); `.detail` forms are whole sentences or
list items with the figures filled in. Chinese puts a space between a figure and the characters around it, as the
report and the app do. Placeholders in braces are filled by `term(..., **fmt)`; user text is only ever an argument.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping, Optional, Protocol

from .vocabulary_records import RECORD_TERMS

LANGS: tuple[str, ...] = ("zh", "en", "es")

_TERMS: dict[str, tuple[str, str, str]] = {
    # key: (zh, en, es)
    # --- answer results (`result.unanswered`: no answer recorded yet) ---
    "result.met": ("符合", "Met", "Cumple"),
    "result.not_met": ("不符合", "Not met", "No cumple"),
    "result.partial": ("部分符合", "Partly met", "Cumple en parte"),
    "result.excluded": ("删减（不适用）", "Excluded (not applicable)", "Excluido (no aplicable)"),
    "result.unanswered": ("未评价", "Not assessed", "Sin evaluar"),
    # --- scoring methods of an item ---
    "method.qualitative": ("定性", "Qualitative", "Cualitativo"),
    "method.sampled": ("抽样", "Sampled", "Por muestreo"),
    # --- evidence kinds of the catalog's checklists ---
    "evidence.document": ("文件", "Document", "Documento"),
    "evidence.record": ("记录", "Record", "Registro"),
    "evidence.onsite": ("现场", "On site", "In situ"),
    "evidence.interview": ("访谈", "Interview", "Entrevista"),
    # --- enterprise kinds ---
    "enterprise.producer": ("生产型", "Producer", "Productor"),
    "enterprise.seller": ("销售服务型", "Seller / servicer", "Vendedor / prestador de servicio"),
    # --- the score ---
    "score.base": ("基础得分", "Base score", "Puntuación base"),
    "score.special_deductions": ("特别扣分", "Special deductions", "Deducciones especiales"),
    "score.special_bonus": ("特别加分", "Special bonus", "Bonificación especial"),
    "score.final": ("最终得分", "Final score", "Puntuación final"),
    # --- special-deduction categories ---
    "deduction.law": ("违反国家法律法规", "Breach of national law or regulation",
                      "Incumplimiento de leyes o reglamentos nacionales"),
    "deduction.own_rules": ("违反企业自身服务规范", "Breach of the company's own service rules",
                            "Incumplimiento de las normas de servicio propias"),
    "deduction.industry": ("违反行业专业要求", "Breach of the trade's professional requirements",
                           "Incumplimiento de requisitos profesionales del sector"),
    "deduction.service_system": ("破坏服务体系", "Disruption of the service system",
                                 "Perturbación del sistema de servicio"),
    # --- what answers a gap or a special deduction: one word in the app, the workbook and the report ---
    "plan.corrective_action": ("整改措施", "Corrective action", "Acción correctiva"),
    # --- why there is no grade (ineligible reasons), why the level is held back (notes), why a path is closed.
    # Short form: a phrase for lists; `.detail`: the sentence with the figures, for the report.
    "reason.score_below_compliant": ("得分未达到达标级", "score below the compliant threshold",
                                     "puntuación inferior al umbral del nivel conforme"),
    "reason.score_below_compliant.detail": ("最终得分未达到{level}所需的 {min} 分",
                                            "The final score is below the {min} needed for {level}",
                                            "La puntuación final es inferior a {min}, mínimo para {level}"),
    "reason.too_many_special_deductions": ("特别扣分项过多", "too many special deductions",
                                           "demasiadas deducciones especiales"),
    "reason.too_many_special_deductions.detail": ("特别扣分项达到 {n} 项（须少于 {limit} 项）",
                                                  "{n} special deductions (fewer than {limit} are allowed)",
                                                  "{n} deducciones especiales (se admiten menos de {limit})"),
    "reason.stars_need_a_year_at_compliant": ("须在达标级保持一年后方可评定星级",
                                              "stars need a year at the compliant level first",
                                              "las estrellas exigen un año en el nivel conforme"),
    "reason.stars_need_a_year_at_compliant.detail": (
        "按所选规则，须在达标级保持一年后方可评定星级，因此等级定为{level}。",
        "Under the selected rule, stars need a year at the compliant level first, so the level is {level}.",
        "Según la regla elegida, las estrellas exigen un año en el nivel conforme; el nivel es {level}.",
    ),
    "reason.no_applicable_items": ("没有适用条款", "no applicable items", "ningún requisito aplicable"),
    "reason.no_applicable_items.detail": ("没有适用的条款：所有条款均已删减。",
                                          "No applicable items: every item is excluded.",
                                          "Ningún requisito aplicable: todos están excluidos."),
    "reason.not_reachable_by_fixing_items": ("仅靠整改条款无法达到", "not reachable by fixing items alone",
                                             "no se alcanza solo corrigiendo requisitos"),
    # --- certificate states ---
    "certificate.valid": ("有效", "Valid", "Vigente"),
    "certificate.surveillance_overdue": ("监督审核逾期（有暂停风险）",
                                         "Surveillance overdue (risk of suspension)",
                                         "Seguimiento vencido (riesgo de suspensión)"),
    "certificate.expired": ("已过期", "Expired", "Caducado"),
    # --- certification cycle events (`.until`: the window with its closing date) ---
    "event.surveillance": ("第 {n} 次监督审核", "Surveillance audit {n}", "Auditoría de seguimiento {n}"),
    "event.recertification_window": ("再认证申请期", "Recertification window", "Ventana de recertificación"),
    "event.recertification_window.until": ("再认证申请期（至 {end}）", "Recertification window (until {end})",
                                           "Ventana de recertificación (hasta {end})"),
    "event.expiry": ("证书到期", "Certificate expiry", "Caducidad del certificado"),
    # --- status of a cycle event (`open` and `passed` only ever describe the recertification window) ---
    "status.done": ("已完成", "Done", "Realizado"),
    "status.upcoming": ("未到期", "Upcoming", "Próximo"),
    "status.due_soon": ("即将到期", "Due soon", "Vence pronto"),
    "status.overdue": ("已逾期", "Overdue", "Vencido"),
    "status.open": ("现在可申请", "Open: apply now", "Abierta: solicitar ya"),
    "status.passed": ("已过", "Passed", "Pasada"),
    # --- problems of an input file (`assessment.problems`): the frame, the place, then what is wrong. The code is
    # the pydantic error type, or the toolkit's own code; placeholders are filled from the error's values. JSON
    # field names and values ('partial', samples) stay as the file writes them, in every language.
    "problem.in_file": ("{source}：{problem}", "{source}: {problem}", "{source}: {problem}"),
    "problem.at": ("{place}：{message}", "{place}: {message}", "{place}: {message}"),
    "problem.place.field": ("字段 {field}", "field {field}", "campo {field}"),
    "problem.place.response": ("responses[{index}]（条款 {item}）", "responses[{index}] (item {item})",
                               "responses[{index}] (ítem {item})"),
    "problem.place.response_field": ("responses[{index}]（条款 {item}）字段 {field}",
                                     "responses[{index}] (item {item}) field {field}",
                                     "responses[{index}] (ítem {item}), campo {field}"),
    "problem.place.index_field": ("responses[{index}] 字段 {field}", "responses[{index}] field {field}",
                                  "responses[{index}], campo {field}"),
    "problem.got": ("（实际为 {value}）", "(got {value})", "(valor recibido: {value})"),
    "problem.file_not_found": ("文件不存在", "file not found", "no se encuentra el archivo"),
    "problem.is_directory": ("这是文件夹，不是交换文件", "is a directory, not an exchange file",
                             "es una carpeta, no un archivo de intercambio"),
    "problem.cannot_read": ("无法读取文件：{reason}", "cannot read file: {reason}", "no se puede leer el archivo: {reason}"),
    "problem.too_large": ("文件大小为 {size} MB，交换文件不得超过 {limit} MB",
                          "file is {size} MB; exchange files are limited to {limit} MB",
                          "el archivo ocupa {size} MB; un archivo de intercambio admite como máximo {limit} MB"),
    "problem.not_utf8": ("不是 UTF-8 文本（第 {byte} 字节）", "not UTF-8 text (byte {byte})", "no es texto UTF-8 (byte {byte})"),
    "problem.invalid_json": ("JSON 格式错误（第 {line} 行第 {column} 列）：{reason}",
                             "invalid JSON at line {line}, column {column}: {reason}",
                             "JSON no válido en la línea {line}, columna {column}: {reason}"),
    "problem.duplicate_key": ("JSON 格式错误：同一对象中键 {duplicate} 出现了两次",
                              "invalid JSON: key {duplicate} appears twice in one object",
                              "JSON no válido: la clave {duplicate} aparece dos veces en el mismo objeto"),
    "problem.not_a_number": ("JSON 格式错误：{name} 不是 JSON 允许的数值", "invalid JSON: {name} is not a number JSON allows",
                             "JSON no válido: {name} no es un número que JSON admita"),
    "problem.too_deep": ("JSON 格式错误：嵌套层级过深", "invalid JSON: nested too deeply",
                         "JSON no válido: demasiados niveles de anidamiento"),
    "problem.number_too_long": ("数字长达 {digits} 位，超出上限（最多 {limit} 位）",
                                "a number of {digits} digits is too long (at most {limit} digits)",
                                "un número de {digits} cifras es demasiado largo (máximo {limit} cifras)"),
    "problem.not_an_object": ("文件内容必须是一个 JSON 对象，而不是{kind}", "the file must hold a JSON object, not {kind}",
                              "el archivo debe contener un objeto JSON, no {kind}"),
    "problem.json.array": ("数组", "an array", "un array"),
    "problem.json.string": ("字符串", "a string", "una cadena de texto"),
    "problem.json.boolean": ("布尔值", "a boolean", "un valor booleano"),
    "problem.json.number": ("数字", "a number", "un número"),
    "problem.json.null": ("空值（null）", "null", "un valor nulo (null)"),
    "problem.wrong_format": ("应为 {expected}，实际为 {got}；这不是评价交换文件",
                             "expected {expected}, got {got}; this is not an assessment exchange file",
                             "se esperaba {expected} y se recibió {got}; no es un archivo de intercambio de evaluación"),
    "problem.unsupported_version": ("不支持版本 {version}；本工具读取版本 {supported}",
                                    "version {version} is not supported; this toolkit reads version {supported}",
                                    "la versión {version} no es compatible; esta herramienta lee la versión {supported}"),
    "problem.missing": ("缺少必填字段", "required field is missing", "falta este campo obligatorio"),
    "problem.extra_forbidden": ("未知字段（不属于交换格式）", "unknown field (not part of the exchange format)",
                                "campo desconocido (no forma parte del formato de intercambio)"),
    "problem.string_type": ("应为文本", "should be text", "debe ser un texto"),
    "problem.string_empty": ("不能为空（至少 1 个字符）", "should have at least 1 character",
                             "no puede estar vacío (al menos 1 carácter)"),
    "problem.string_too_short": ("至少应有 {min_length} 个字符", "should have at least {min_length} characters",
                                 "debe tener al menos {min_length} caracteres"),
    "problem.string_too_long": ("最多 {max_length} 个字符", "should have at most {max_length} characters",
                                "admite como máximo {max_length} caracteres"),
    "problem.literal_error": ("应为以下值之一：{expected}", "should be one of {expected}",
                              "debe ser uno de estos valores: {expected}"),
    "problem.int_type": ("应为整数", "should be a whole number", "debe ser un número entero"),
    "problem.bool_type": ("应为 true 或 false", "should be true or false", "debe ser true o false"),
    "problem.greater_than_equal": ("应大于或等于 {ge}", "should be greater than or equal to {ge}",
                                   "debe ser mayor o igual que {ge}"),
    "problem.less_than_equal": ("应小于或等于 {le}", "should be less than or equal to {le}",
                                "debe ser menor o igual que {le}"),
    "problem.model_type": ("应为 JSON 对象", "should be a valid dictionary (a JSON object)", "debe ser un objeto JSON"),
    "problem.tuple_type": ("应为 JSON 数组", "should be a valid JSON array", "debe ser un array JSON"),
    "problem.too_long": ("最多 {max_length} 项", "should have at most {max_length} entries",
                         "admite como máximo {max_length} elementos"),
    "problem.date_format": ("应为 YYYY-MM-DD 格式的日期", "should be a date written YYYY-MM-DD",
                            "debe ser una fecha con el formato AAAA-MM-DD"),
    "problem.date_invalid": ("不是日历上存在的日期", "is not a date of the calendar", "no es una fecha del calendario"),
    "problem.date_out_of_range": ("日期应在 {earliest} 至 {latest} 之间", "should be a date from {earliest} to {latest}",
                                  "debe ser una fecha entre el {earliest} y el {latest}"),
    "problem.name_blank": ("名称不能为空白", "name must not be blank", "el nombre no puede quedar en blanco"),
    "problem.email_invalid": ("不是有效的电子邮箱地址（例如 name@example.com）",
                              "is not an e-mail address (such as name@example.com)",
                              "no es una dirección de correo electrónico (por ejemplo, nombre@example.com)"),
    "problem.partial_needs_samples": ("结果为 'partial' 时须有 samples >= 1", "a 'partial' result needs samples >= 1",
                                      "un resultado 'partial' necesita samples >= 1"),
    "problem.partial_needs_failed_samples": ("结果为 'partial' 时须填写 failed_samples",
                                             "a 'partial' result needs failed_samples",
                                             "un resultado 'partial' necesita failed_samples"),
    "problem.failed_more_than_samples": ("failed_samples（{failed}）大于 samples（{samples}）",
                                         "failed_samples ({failed}) is more than samples ({samples})",
                                         "failed_samples ({failed}) es mayor que samples ({samples})"),
    "problem.failed_without_samples": ("有 failed_samples 却没有 samples", "failed_samples given without samples",
                                       "hay failed_samples pero falta samples"),
    "problem.excluded_needs_justification": ("结果为 'excluded' 时须填写删减理由（justification）",
                                             "an 'excluded' result needs a justification",
                                             "un resultado 'excluded' necesita una justificación (justification)"),
    "problem.item_answered_twice": ("条款 {item} 被重复评价", "item {item} is answered more than once",
                                    "el ítem {item} tiene más de una respuesta"),
    "problem.no_such_item": ("准则 {catalog} 中没有此条款", "no such item in catalog {catalog}",
                             "el catálogo {catalog} no tiene este ítem"),
    "problem.partial_only_sampled": ("'partial' 仅用于抽样条款，本条款为定性条款",
                                     "'partial' is only for sampled items; this item is qualitative",
                                     "'partial' solo se admite en ítems por muestreo; este ítem es cualitativo"),
    "problem.not_excludable": ("本条款不可删减", "this item cannot be excluded", "este ítem no se puede excluir"),
    "problem.catalog_mismatch": ("本评价依据的准则是 {got}，而不是 {expected}",
                                 "the assessment was answered against {got}, not {expected}",
                                 "la evaluación se respondió con el catálogo {got}, no con {expected}"),
    "problem.no_bonus_allowed": ("本准则不允许特别加分", "this catalog allows no special bonus",
                                 "este catálogo no admite bonificación especial"),
    # --- corrective actions (the exchange file's `actions` extension) ---
    "action_status.open": ("待整改", "Open", "Abierta"),
    "action_status.in_progress": ("整改中", "In progress", "En curso"),
    "action_status.done": ("已完成", "Done", "Terminada"),
    "action_status.verified": ("已验证", "Verified", "Verificada"),
    "problem.action_target": ("整改措施须指明一个条款（item）或一项特别扣分（deduction），且只能指明一个",
                              "an action names either an item or a special deduction (deduction), and only one",
                              "una acción correctiva indica un ítem (item) o una deducción especial (deduction), "
                              "y solo uno de los dos"),
    "problem.action_no_deduction": ("没有第 {number} 项特别扣分（共 {count} 项）",
                                    "there is no special deduction number {number} (there are {count})",
                                    "no existe la deducción especial número {number} (hay {count})"),
    "problem.action_needs_done_on": ("已完成或已验证的整改措施须填写完成日期（done_on）",
                                     "an action that is done or verified needs the day it was done (done_on)",
                                     "una acción terminada o verificada necesita la fecha de cierre (done_on)"),
    "problem.action_done_on_too_early": ("尚未完成的整改措施不能有完成日期（done_on）",
                                         "an action that is not done yet has no done_on date",
                                         "una acción que aún no está terminada no lleva fecha de cierre (done_on)"),
    "problem.action_needs_verifier": ("已验证的整改措施须填写验证人（verified_by）",
                                      "a verified action needs who verified it (verified_by)",
                                      "una acción verificada necesita quién la verificó (verified_by)"),
    "problem.action_blank": ("整改措施的描述不能为空白", "an action's description must not be blank",
                             "la descripción de una acción no puede quedar en blanco"),
    # The service records' words are in vocabulary_records (RECORD_TERMS), added below.
}

_TERMS.update(RECORD_TERMS)
TERMS: Mapping[str, tuple[str, str, str]] = MappingProxyType(_TERMS)


def term(key: str, lang: str = "zh", **fmt: object) -> str:
    """The term `key` in `lang` (zh, en, es; any other language gets zh), its placeholders filled from `fmt`.

    Without `fmt` the text comes back as it stands, placeholders and all. An unknown key raises KeyError.
    """
    try:
        row = _TERMS[key]
    except KeyError:
        raise KeyError(f"no vocabulary term {key!r}") from None
    text = row[LANGS.index(lang)] if lang in LANGS else row[0]
    return text.format(**fmt) if fmt else text


# --- headings of the workbook and the command line ----------------------------------------------------------------------------------------------

# The field headings and short phrases of the workbook, the command line and the report (one wording for all three;
# the report adds its own sentences in `reports.i18n`). The domain
# terms (results, methods, reasons, certificate states, cycle events and statuses ...) come from
# `assessment.vocabulary`; the UI keeps its own i18n.
_HEADINGS: dict[str, tuple[str, str, str]] = {
    # key: (zh, en, es)
    "summary": ("概要", "Summary", "Resumen"),
    "enterprise": ("企业名称", "Enterprise", "Empresa"),
    "credit_code": ("统一社会信用代码", "Unified social credit code", "Código de crédito social unificado"),
    "kind": ("企业类型", "Type", "Tipo"),
    "industry": ("所属行业", "Industry", "Sector"),
    "address": ("地址", "Address", "Dirección"),
    "assessed_on": ("评价日期", "Assessment date", "Fecha de evaluación"),
    "assessor": ("评价人", "Assessor", "Evaluador"),
    "catalog": ("评价准则", "Criteria catalog", "Catálogo de criterios"),
    "applicable_points": ("适用分值", "Applicable points", "Puntos aplicables"),
    "earned_points": ("得分（原始）", "Points earned", "Puntos obtenidos"),
    "level": ("等级", "Level", "Nivel"),
    "score_level": ("得分对应等级", "Level by score", "Nivel por puntuación"),
    "eligible": ("具备评级资格", "Eligible for a grade", "Apto para un nivel"),
    "reasons": ("原因", "Reasons", "Motivos"),
    "complete": ("评价完整", "Complete", "Completa"),
    "unanswered": ("未评价条款", "Items not assessed", "Ítems sin evaluar"),
    "next_level": ("下一等级", "Next level", "Siguiente nivel"),
    "points_to_next_level": ("距下一等级所需分数", "Points to next level", "Puntos hasta el siguiente nivel"),
    "notes": ("说明", "Notes", "Notas"),
    "yes": ("是", "yes", "sí"),
    "no": ("否", "no", "no"),
    "items": ("条款", "Items", "Ítems"),
    "area": ("一级指标", "Area", "Área"),
    "indicator": ("二级指标", "Indicator", "Indicador"),
    "item": ("条款编号", "Item", "Ítem"),
    "requirement": ("要求", "Requirement", "Requisito"),
    "method": ("评分方法", "Method", "Método"),
    "result": ("结果", "Result", "Resultado"),
    "samples": ("抽样数", "Samples", "Muestras"),
    "failed": ("不合格样本", "Failed", "Fallidas"),
    "points": ("分值", "Points", "Puntos"),
    "earned": ("得分", "Earned", "Obtenido"),
    "lost": ("失分", "Lost", "Perdido"),
    "note": ("备注", "Note", "Nota"),
    "action_plan": ("整改计划", "Action plan", "Plan de acción"),
    "rank": ("序号", "Rank", "Orden"),
    "score_gain": ("可提升分数", "Score gain", "Mejora de puntuación"),
    "owner": ("责任人", "Owner", "Responsable"),
    "due_on": ("完成期限", "Due", "Plazo"),
    # the tracked corrective actions
    "action.number": ("序号", "No.", "N.º"),
    "action.target": ("整改对象", "Target", "Objeto"),
    "action.deduction_n": ("第 {n} 项特别扣分", "Special deduction {n}", "Deducción especial {n}"),
    "action.verified_by": ("验证人", "Verified by", "Verificada por"),
    "action.verification_note": ("验证说明", "Verification note", "Nota de verificación"),
    "action.carried_over": ("上轮转入", "Carried over", "Traspasada de la ronda anterior"),
    "action.none": ("整改计划中没有整改措施", "The action plan holds no corrective action",
                    "El plan de acción no contiene ninguna acción correctiva"),
    "action.none_overdue": ("没有逾期的整改措施", "No corrective action is overdue",
                            "Ninguna acción correctiva está vencida"),
    "overdue_actions": ("逾期整改", "Overdue actions", "Acciones vencidas"),
    "excludable": ("可删减", "excludable", "excluible"),
    "not_passed": ("未达标", "not passed", "no aprobado"),
    # certification calendar
    "certificate": ("证书", "Certificate", "Certificado"),
    "issued_on": ("发证日期", "Issued on", "Emitido el"),
    "state": ("证书状态", "Certificate state", "Estado del certificado"),
    "event": ("事项", "Event", "Evento"),
    "due": ("到期日", "Due date", "Vencimiento"),
    "status": ("状态", "Status", "Estado"),
    "done_on": ("完成日期", "Done on", "Realizado el"),
    "reminders": ("今日提醒", "Reminders today", "Recordatorios de hoy"),
    "days_before": ("提前{n}天", "{n} days before", "{n} días antes"),
    "none": ("无", "none", "ninguno"),
    # gaps and what-if
    "gaps": ("失分项（按二级指标分组）", "Gaps by indicator", "Brechas por indicador"),
    "no_gaps": ("没有失分项", "No gaps", "Sin brechas"),
    "paths": ("达到更高等级的最少整改路径", "Cheapest path to each higher level",
              "Camino más corto a cada nivel superior"),
    "fix_items": ("整改{n}项", "fix {n} item(s)", "corregir {n} ítem(s)"),
    "effort": ("工作量", "effort", "esfuerzo"),
    "projected": ("预计得分", "projected", "previsto"),
    "before": ("整改前", "Before fixes", "Antes de corregir"),
    "after": ("整改后", "After fixes", "Después de corregir"),
    "fixed_items": ("假设符合的条款", "Items assumed met", "Ítems supuestos cumplidos"),
    "top_level": ("已是最高等级", "already at the top level", "ya en el nivel máximo"),
    "to_go": ("还差{n}分", "{n} points to go", "faltan {n} puntos"),
    "default_weighting_note": (
        "分值为本工具默认权重，并非标准原文分值。",
        "Points are the toolkit's default weighting, not the standard's.",
        "Los puntos son la ponderación por defecto de la herramienta, no los de la norma.",
    ),
}

HEADINGS: Mapping[str, tuple[str, str, str]] = MappingProxyType(_HEADINGS)

_LANG_INDEX = {lang: i for i, lang in enumerate(LANGS)}


def label(key: str, lang: str = "zh") -> str:
    """A label in `lang` (zh, en, es): a word of this table, else a term of `assessment.vocabulary`
    (`label("result.partial", "en")`); an unknown key comes back as itself."""
    entry = _HEADINGS.get(key)
    if entry is not None:
        return entry[_LANG_INDEX.get(lang, 0)]
    if key in TERMS:
        return term(key, lang)
    return key


class _NamesLevels(Protocol):
    def level_name(self, level_id: str, lang: str) -> str: ...


def level_label(catalog: _NamesLevels, level_id: Optional[str], lang: str) -> str:
    if level_id is None:
        return ""
    try:
        return catalog.level_name(level_id, lang)
    except KeyError:
        return label(level_id, lang)
