"""Every fixed word of the report, in the three languages the toolkit speaks.

One row per key: (zh, en, es). A test checks every row is complete. Placeholders in braces are filled with
`str.format` from the toolkit's own values; user text is only ever a format *argument*, never a template.

This table holds only the report's own words (section titles, headings, sentences of the report). The domain terms
(answer results, methods, evidence kinds, reasons, certificate states, cycle events and statuses, the score terms
...) come from `assessment.vocabulary`: `labels(lang)` carries them under their vocabulary keys
(`L["result.partial"]`, in a template `L["status.overdue"]`). Level names come from the catalog.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Iterator, Mapping

from assessment.vocabulary import HEADINGS, LANGS, TERMS

HTML_LANG = MappingProxyType({"zh": "zh-CN", "en": "en", "es": "es"})
BABEL_LOCALE = MappingProxyType({"zh": "zh_CN", "en": "en_GB", "es": "es"})

_ROWS: dict[str, tuple[str, str, str]] = {
    # Document
    "title": ("商品售后服务评价自评报告", "After-Sales Service Self-Assessment Report",
              "Informe de autoevaluación del servicio posventa"),
    "subtitle": ("依据 GB/T 27922-2011《商品售后服务评价体系》", "Against GB/T 27922-2011 Commodity after-sales "
                 "service evaluation system", "Según la norma GB/T 27922-2011, sistema de evaluación del "
                 "servicio posventa de productos"),
    "page_of": ("第 {page} 页，共 {pages} 页", "Page {page} of {pages}", "Página {page} de {pages}"),
    "draft": ("草稿", "DRAFT", "BORRADOR"),
    "draft_notice": ("草稿：尚有 {n} 个条款未评价，本报告的得分与等级可能变化。",
                     "Draft: items not yet assessed: {n}. The score and level in this report may change.",
                     "Borrador: requisitos sin evaluar: {n}. La puntuación y el nivel pueden cambiar."),
    # The count of answers still to re-verify (copied from the previous round): `.one` for 1, `.other` otherwise.
    "reverify_notice.one": ("草稿：尚有 {n} 项回答待复核（沿用上一轮的结果），本报告的得分与等级可能变化。",
                            "Draft: {n} answer is still to re-verify (copied from the previous round). The score "
                            "and level in this report may change.",
                            "Borrador: queda {n} respuesta por reverificar (copiada de la ronda anterior). La "
                            "puntuación y el nivel pueden cambiar."),
    "reverify_notice.other": ("草稿：尚有 {n} 项回答待复核（沿用上一轮的结果），本报告的得分与等级可能变化。",
                              "Draft: {n} answers are still to re-verify (copied from the previous round). The "
                              "score and level in this report may change.",
                              "Borrador: quedan {n} respuestas por reverificar (copiadas de la ronda anterior). "
                              "La puntuación y el nivel pueden cambiar."),
    "disclaimer": ("本报告为企业自评结果，不构成认证机构的认证决定，也不代表已获得星级证书。",
                   "This report is a self-assessment. It is not a certification decision by a certification "
                   "body and does not confer a star-level certificate.",
                   "Este informe es una autoevaluación. No es una decisión de certificación de un organismo "
                   "de certificación ni otorga un certificado de nivel de estrellas."),
    # Cover
    "contact": ("联系人", "Contact", "Contacto"),
    "version": ("版本", "version", "versión"),
    "report_date": ("报告日期", "Report date", "Fecha del informe"),
    "not_recorded": ("未填写", "not recorded", "no consta"),
    # Contents
    "contents": ("目录", "Contents", "Índice"),
    # Sections
    "sec_summary": ("执行摘要", "Executive summary", "Resumen ejecutivo"),
    "sec_scores": ("得分", "Scores", "Puntuaciones"),
    "sec_findings": ("逐项评价结果", "Findings by indicator", "Hallazgos por indicador"),
    "sec_exclusions": ("删减、特别扣分与特别加分", "Exclusions, special deductions and bonus",
                       "Exclusiones, deducciones especiales y bonificación"),
    "sec_actions": ("整改措施计划", "Corrective action plan", "Plan de acciones correctivas"),
    "sec_comparison": ("与上一轮评价对比", "Comparison with the previous round", "Comparación con la ronda anterior"),
    "sec_calendar": ("认证周期日历", "Certification calendar", "Calendario de certificación"),
    "sec_method": ("评价方法与签署", "Method and sign-off", "Método y firmas"),
    # Summary
    "eligibility": ("定级资格", "Eligibility for a grade", "Elegibilidad para un nivel"),
    "eligible_yes": ("符合定级条件", "Eligible", "Elegible"),
    "eligible_no": ("不符合定级条件", "Not eligible", "No elegible"),
    "score_level_alone": ("仅按得分可达到：{level}", "The score alone reaches: {level}",
                          "Solo por puntuación se alcanza: {level}"),
    "points_to_level": ("距{level}还差 {points} 分", "{points} points to {level}", "Faltan {points} puntos para {level}"),
    "top_level_reached": ("已达到最高等级", "The highest level is reached", "Se alcanzó el nivel más alto"),
    "top_gaps": ("五项最大失分", "The five largest gaps", "Las cinco mayores brechas"),
    "no_item_lost_points": ("没有失分的条款。", "No item lost points.", "Ningún requisito perdió puntos."),
    "cheapest_path": ("达到下一等级的最少整改路径", "Cheapest path to the next level",
                      "Camino más corto al siguiente nivel"),
    "path_intro": ("整改以下 {n} 个条款（全部符合）即可达到{level}，预计最终得分 {score}：",
                   "Meet the items below ({n} in all) to reach {level}, projected final score {score}:",
                   "Cumpla los requisitos siguientes ({n} en total) para alcanzar {level}, con una "
                   "puntuación final prevista de {score}:"),
    "path_unreachable": ("仅靠整改条款无法达到{level}。", "{level} cannot be reached by fixing items alone.",
                         "{level} no se alcanza solo corrigiendo requisitos."),
    "path_blocked": ("特别扣分项过多，在减少之前无法定级。", "Too many special deductions: no grade until they are "
                     "reduced.", "Demasiadas deducciones especiales: no hay nivel hasta reducirlas."),
    "next_cert_date": ("下一个认证节点", "Next certification date due", "Próxima fecha de certificación"),
    "no_certificate": ("未记录证书。", "No certificate recorded.", "No consta ningún certificado."),
    # Scores
    "applicable": ("适用分值", "Applicable", "Aplicable"),
    "percent": ("得分率", "Percent", "Porcentaje"),
    "total": ("合计", "Total", "Total"),
    "chart_radar": ("各二级指标得分率（%）", "Score rate by indicator (%)", "Porcentaje por indicador (%)"),
    "chart_bars": ("各一级指标得分率（%）", "Score rate by area (%)", "Porcentaje por área (%)"),
    "not_applicable_short": ("不适用", "n/a", "n/a"),
    # Findings
    "failed_samples": ("不合格样本", "Failed samples", "Muestras no conformes"),
    "justification": ("删减理由", "Justification", "Justificación"),
    "evidence": ("证据清单", "Evidence checklist", "Lista de evidencias"),
    "in_hand": ("已具备", "In hand", "Disponible"),
    "missing": ("缺失", "Missing", "Falta"),
    "legend": ("证据清单：■ 已具备，□ 缺失。", "Evidence checklist: ■ in hand, □ missing.",
               "Lista de evidencias: ■ disponible, □ falta."),
    "extra_evidence": ("其他证据", "Additional evidence", "Evidencia adicional"),
    "to_reverify": ("待复核：沿用上一轮的结果，尚未重新核实", "To re-verify: copied from the previous round",
                    "Por reverificar: copiado de la ronda anterior"),
    "guidance": ("评价指引", "Guidance", "Orientación"),
    # Exclusions, deductions, bonus
    "exclusions": ("删减条款", "Exclusions", "Exclusiones"),
    "sec_unproven": ("无证据支撑的判定", "Claims without proof", "Valoraciones sin evidencia"),
    "unproven_intro": ("以下条款判定为符合或部分符合，但既无证据文件，也未勾选任何现场查看的证据：共 {n} 项。",
                       "These items are answered met or partial with no evidence file and no evidence seen on site "
                       "ticked: {n} in all.",
                       "Estos ítems están valorados como cumplidos o parcialmente cumplidos sin ningún archivo de "
                       "evidencia ni evidencia vista in situ marcada: {n} en total."),
    "no_unproven": ("每项符合或部分符合的判定均有证据文件或现场查看的证据。",
                    "Every met or partial answer has an evidence file or evidence seen on site.",
                    "Toda valoración de cumplido o parcialmente cumplido tiene un archivo de evidencia o evidencia "
                    "vista in situ."),
    "no_exclusions": ("没有删减条款。", "No item is excluded.", "Ningún requisito excluido."),
    "no_deductions": ("没有特别扣分项。", "No special deduction.", "Ninguna deducción especial."),
    "category": ("类别", "Category", "Categoría"),
    "description": ("说明", "Description", "Descripción"),
    "no_bonus": ("没有特别加分项。", "No special bonus.", "Sin bonificación especial."),
    "each_deduction": ("每项扣 {points} 分", "{points} point(s) each", "{points} punto(s) cada una"),
    # Actions
    "see_below": ("见下行", "See below", "Véase abajo"),
    "actions_intro": ("按失分从大到小排列。未填写的整改措施、负责人与期限留有空白，供填写。",
                      "Largest loss first. Blank lines are left where no corrective action, owner or date is "
                      "recorded.",
                      "De mayor a menor pérdida. Se dejan líneas en blanco donde no consta acción correctiva, "
                      "responsable o plazo."),
    "no_actions": ("没有需要整改的条款。", "No item needs corrective action.",
                   "Ningún requisito necesita acción correctiva."),
    "action_summary.one": ("整改计划共 {n} 项整改措施：{statuses}", "The plan holds {n} corrective action: {statuses}",
                           "El plan contiene {n} acción correctiva: {statuses}"),
    "action_summary.other": ("整改计划共 {n} 项整改措施：{statuses}",
                             "The plan holds {n} corrective actions: {statuses}",
                             "El plan contiene {n} acciones correctivas: {statuses}"),
    "list_sep": ("，", ", ", ", "),
    "other_actions": ("特别扣分及其他条款的整改措施", "Corrective actions on special deductions and other items",
                      "Acciones correctivas sobre deducciones especiales y otros ítems"),
    "action_done_on": ("完成于 {date}", "done {date}", "terminada el {date}"),
    "action_verified_by": ("验证人：{who}", "verified by {who}", "verificada por {who}"),
    # Comparison
    "gain": ("可提升分数", "Gain", "Mejora"),  # a narrow column: the short form of `score_gain`
    "previous": ("上一轮", "Before", "Antes"),
    "current": ("本轮", "After", "Después"),
    "change": ("变化", "Change", "Cambio"),
    "comparison_intro": ("上一轮评价：{date}（细则 {catalog} {version}）。各指标比较得分率，变化以百分点计。",
                         "Previous assessment: {date} (catalog {catalog} {version}). Indicators are compared by "
                         "score rate; changes are in percentage points.",
                         "Evaluación anterior: {date} (catálogo {catalog} {version}). Se comparan los "
                         "porcentajes; los cambios van en puntos porcentuales."),
    # Calendar
    "cert_number": ("证书编号", "Certificate number", "Número de certificado"),
    "cert_level": ("证书等级", "Certified level", "Nivel certificado"),
    "date": ("日期", "Date", "Fecha"),
    "paren": ("（{text}）", " ({text})", " ({text})"),
    "as_of": ("截至 {date}：", "As of {date}:", "A {date}:"),
    "nothing_due": ("没有到期或逾期事项。", "Nothing is due or overdue.", "Nada vence ni está vencido."),
    "cycle_rule_1": ("证书有效期 {years} 年，每 {months} 个月至少接受一次监督审核；监督审核未通过或未按期进行，"
                     "证书将被暂停，逾期未整改则撤销。",
                     "A certificate is valid for {years} years with a surveillance audit at least every "
                     "{months} months; a failed or missed surveillance suspends it, and it is withdrawn if not "
                     "corrected.",
                     "El certificado es válido {years} años, con una auditoría de seguimiento al menos cada "
                     "{months} meses; si falla o no se realiza, se suspende y, sin corrección, se retira."),
    "cycle_rule_2": ("到期前 {window} 个月内申请再认证，这也是申请更高星级的时机。",
                     "Apply for recertification within {window} months before expiry; it is also the moment to "
                     "ask for a higher star level.",
                     "Solicite la recertificación en los {window} meses previos a la caducidad; es también el "
                     "momento de pedir más estrellas."),
    # Method
    "scoring_rules": ("评分规则", "Scoring rules", "Reglas de puntuación"),
    "rule_qualitative": ("定性条款不符合时，失去该条款全部分值。", "A qualitative item that is not met loses all "
                         "its points.", "Un requisito cualitativo no cumplido pierde todos sus puntos."),
    "rule_sampled": ("抽样条款按不合格样本比例扣分（例如 4 分、抽 10 份、3 份不合格，得 2.8 分）。",
                     "A sampled item loses points in proportion to the failed samples (4 points, 10 samples, 3 "
                     "failed: 2.8 earned).",
                     "Un requisito por muestreo pierde puntos en proporción a las muestras no conformes (4 "
                     "puntos, 10 muestras, 3 fallidas: 2,8)."),
    "rule_exclusion": ("经书面说明理由删减的条款，其分值不计入适用总分。", "An item excluded with a written "
                       "justification leaves the applicable total.",
                       "Un requisito excluido con justificación escrita sale del total aplicable."),
    "rule_formula": ("基础得分 = 得分 ÷ 适用分值 × {total}；最终得分 = 基础得分 − 特别扣分 + 特别加分，限定在 0 至 "
                     "{total} 之间，四舍五入保留 {decimals} 位小数，按取整后的得分定级。",
                     "Base score = points earned ÷ applicable points × {total}; final = base − special "
                     "deductions + bonus, kept within 0 to {total}, rounded half up to {decimals} decimal(s); "
                     "the level is decided on the rounded score.",
                     "Puntuación base = puntos obtenidos ÷ puntos aplicables × {total}; final = base − "
                     "deducciones + bonificación, entre 0 y {total}, redondeada a {decimals} decimal(es); el "
                     "nivel se decide sobre la puntuación redondeada."),
    "rule_deduction": ("特别扣分：每项 {points} 分，每项须有整改措施；特别扣分达到 {limit} 项时不予定级。",
                       "Special deductions: {points} point(s) each, each with a corrective action; {limit} or "
                       "more remove the grade.",
                       "Deducciones especiales: {points} punto(s) cada una, con acción correctiva; {limit} o "
                       "más impiden el nivel."),
    "rule_bonus": ("特别加分：至多 {max} 项，每项 {points} 分。", "Special bonus: at most {max}, {points} point(s) "
                   "each.", "Bonificación especial: como máximo {max}, de {points} punto(s)."),
    "rule_compliant_year": ("本细则要求先在达标级保持一年后方可评定星级。", "This catalog requires a year at the "
                            "compliant level before stars.", "Este catálogo exige un año en el nivel conforme "
                            "antes de las estrellas."),
    "level_thresholds": ("等级划分", "Level thresholds", "Umbrales de nivel"),
    "min_score": ("最低得分", "Minimum score", "Puntuación mínima"),
    "stars": ("星数", "Stars", "Estrellas"),
    "below": ("低于 {min}", "below {min}", "menos de {min}"),
    "weighting_default": ("本报告的分值采用本工具的默认权重，并非标准规定的分值（标准未公开各指标分值）。",
                          "The points in this report are the toolkit's default weighting, not the standard's "
                          "(the standard's point values are not public).",
                          "Los puntos de este informe son la ponderación por defecto de la herramienta, no los "
                          "de la norma (sus valores no son públicos)."),
    "weighting_sheet": ("本报告的分值来自载入的评分表：{title}（{catalog} {version}）。",
                        "The points in this report come from a loaded scoring sheet: {title} ({catalog} "
                        "{version}).",
                        "Los puntos de este informe proceden de una hoja de puntuación cargada: {title} "
                        "({catalog} {version})."),
    "signoff": ("签署", "Sign-off", "Firmas"),
    "prepared_by": ("编制", "Prepared by", "Elaborado por"),
    "reviewed_by": ("审核", "Reviewed by", "Revisado por"),
    "approved_by": ("批准", "Approved by", "Aprobado por"),
    "signature": ("签名", "Signature", "Firma"),
    "generated_by": ("由 GB/T 27922 自评工具生成", "Generated by the GB/T 27922 self-assessment toolkit",
                     "Generado por la herramienta de autoevaluación GB/T 27922"),
    # Who answered each section and who changed it last (from the audit trail of a stored assessment)
    "answered_by": ("作答人：{names}", "Answered by {names}", "Respondido por {names}"),
    "last_changed": ("最后修改：{name}，{time}", "Last changed by {name}, {time}", "Último cambio: {name}, {time}"),
}


class Labels(Mapping[str, str]):
    """The fixed words of one language: read-only, comparable, and picklable (a Streamlit cache can keep it)."""

    def __init__(self, words: Mapping[str, str]):
        self._words = dict(words)

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)

    def __repr__(self) -> str:
        return f"Labels({len(self._words)} words)"


def labels(lang: str) -> Labels:
    """The fixed words of the report in one language: its own words, the shared field headings and the domain
    vocabulary's terms."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(LANGS)}")
    i = LANGS.index(lang)
    return Labels({key: row[i] for table in (TERMS, HEADINGS, _ROWS) for key, row in table.items()})


def plural(L: Mapping[str, str], key: str, n: int) -> str:
    """`key.one` for one, `key.other` for any other count, filled with `n` (English and Spanish need both)."""
    return L[f"{key}.{'one' if n == 1 else 'other'}"].format(n=n)


def rows() -> Mapping[str, tuple[str, str, str]]:
    """The report's own words (without the vocabulary's terms)."""
    return MappingProxyType(_ROWS)
