"""The domain vocabulary in the three languages the toolkit speaks: one table, shared by every output.

A term names a value the domain itself produces: an answer result, a scoring method, an evidence kind, an enterprise
kind, a special-deduction category, an ineligibility reason, a certificate state, a cycle event or its status, and
the four terms of the score (base, special deductions, special bonus, final). Keys are `group.code`, the code being
the value the scoring and cycle modules emit (`result.partial`, `status.due_soon`); a second form of the same term,
where one output genuinely needs it, adds a suffix (`reason.too_many_special_deductions.detail`).

Level names are not here: they come from the catalog (`Catalog.level_name`). Words that belong to one output only
(Excel column headers, CLI phrases, report section titles) stay in that output's own table
(`assessment.exchange`, `reports.i18n`); a test keeps the tables from defining a term again.

Wording conventions: names are in sentence case (they stand alone in table cells, lists and headings); the short
reasons are lower case (they are joined into running text: "no (a; b)"); `.detail` forms are whole sentences or
list items with the figures filled in. Chinese puts a space between a figure and the characters around it, as the
report and the app do. Placeholders in braces are filled by `term(..., **fmt)`; user text is only ever an argument.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

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
}

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
