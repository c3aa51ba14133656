"""The fill-in workbook's own words in zh, en and es: its headings, its instructions and the problems of its cells.

The domain terms (answer results, scoring methods) and the headings shared with the result workbook come from
`assessment.vocabulary`; this table holds only what the fill-in workbook says itself. Placeholders in braces are
filled with `str.format`; user text is only ever an argument.
"""

from __future__ import annotations

from types import MappingProxyType

from ..vocabulary import LANGS, label

_ROWS: dict[str, tuple[str, str, str]] = {
    # sheets and headings
    "sheet.instructions": ("填写说明", "Instructions", "Instrucciones"),
    "sheet.items": ("自评填写表", "Fill-in sheet", "Hoja de respuestas"),
    "title": ("商品售后服务评价自评填写表", "After-sales service self-assessment: fill-in workbook",
              "Autoevaluación del servicio posventa: libro de respuestas"),
    "col.guidance": ("评价要点", "Guidance", "Orientación"),
    "col.failed_samples": ("不合格样本数", "Failed samples", "Muestras no conformes"),
    "col.justification": ("删减理由", "Justification for exclusion", "Justificación de la exclusión"),
    "col.action": ("整改措施", "Corrective action", "Acción correctiva"),
    "col.due_on": ("整改期限", "Due date", "Fecha límite"),
    "meta.enterprise": ("企业", "Enterprise", "Empresa"),
    "meta.assessment": ("自评记录", "Assessment", "Evaluación"),
    "meta.assessment_value": ("第 {id} 号（版本 {version}），评价日期 {date}",
                              "No. {id} (version {version}), assessed on {date}",
                              "N.º {id} (versión {version}), evaluada el {date}"),
    "meta.catalog": ("评价目录", "Catalog", "Catálogo"),
    "meta.created": ("生成时间", "Created", "Generado"),
    # instructions: one paragraph a row
    "help.1": ("本工作簿用于离线填写自评结果，填好后在工具中导入（命令行 import，或应用的“导入与导出”页面）。",
               "Use this workbook to fill in the self-assessment offline, then import it into the toolkit (the "
               "import command, or the app's Import and export page).",
               "Use este libro para completar la autoevaluación sin conexión y luego impórtelo en la herramienta "
               "(la orden import o la página Importar y exportar de la aplicación)."),
    "help.2": ("请只填写白色单元格：结果、抽样数、不合格样本数、删减理由、备注、整改措施、责任人和整改期限。灰色单元格"
               "（条款、要求、评价要点、评分方法、分值）已锁定，不可修改。",
               "Fill in only the white cells: result, samples, failed samples, justification, note, corrective "
               "action, owner and due date. The grey cells (item, requirement, guidance, method, points) are "
               "locked.",
               "Complete solo las celdas blancas: resultado, muestras, muestras no conformes, justificación, nota, "
               "acción correctiva, responsable y fecha límite. Las celdas grises (ítem, requisito, orientación, "
               "método, puntos) están bloqueadas."),
    "help.3": ("结果从下拉列表中选择：{results}。“部分符合”仅适用于抽样条款，须填写抽样数（至少 1）和不合格样本数；"
               "“删减”仅适用于可删减条款，须填写删减理由。结果留空表示尚未评价。",
               "Choose the result from the drop-down list: {results}. \"Partly met\" applies to sampled items only "
               "and needs the number of samples (at least 1) and of failed samples; \"Excluded\" applies to "
               "excludable items only and needs a justification. A blank result means not assessed yet.",
               "Elija el resultado en la lista desplegable: {results}. «Cumple en parte» solo se aplica a los ítems "
               "por muestreo y requiere el número de muestras (al menos 1) y de muestras no conformes; «Excluido» "
               "solo se aplica a los ítems excluibles y requiere una justificación. Un resultado en blanco "
               "significa sin evaluar."),
    "help.4": ("抽样数和不合格样本数填写整数；不合格样本数不得大于抽样数。整改期限填写日期（如 2027-03-31）。",
               "Samples and failed samples are whole numbers; failed samples may not exceed samples. The due date "
               "is a date (e.g. 2027-03-31).",
               "Las muestras y las muestras no conformes son números enteros; las no conformes no pueden superar "
               "a las muestras. La fecha límite es una fecha (p. ej., 2027-03-31)."),
    "help.5": ("整改措施、责任人和整改期限对应该条款第一项未完成的整改措施；原先没有整改措施的条款，填写措施后将新增一项"
               "待办措施；清空措施内容即删除该项措施。",
               "The corrective action, owner and due date are those of the item's first action not yet done; "
               "for an item without one, a description adds a new open action; clearing the description removes "
               "that action.",
               "La acción correctiva, el responsable y la fecha límite son los de la primera acción pendiente del "
               "ítem; en un ítem sin acciones, una descripción añade una acción nueva abierta; vaciar la "
               "descripción elimina esa acción."),
    "help.6": ("导入时会先检查所有单元格，有任何错误则全部不写入，并列出工作表、行、列和问题。以“=”、“+”、“-”或“@”"
               "开头的内容一律按文字保存，不作公式。",
               "On import every cell is checked first: with any problem nothing is written, and each problem is "
               "listed with its sheet, row and column. Text starting with \"=\", \"+\", \"-\" or \"@\" is always kept "
               "as text, never as a formula.",
               "Al importar se revisan primero todas las celdas: ante cualquier problema no se escribe nada y "
               "cada problema se indica con su hoja, fila y columna. El texto que empieza por «=», «+», «-» o «@» "
               "se guarda siempre como texto, nunca como fórmula."),
    "help.7": ("工作簿生成后若该自评记录在工具中又有修改，导入会被拒绝；可使用 --force 只写入本工作簿中改动过的单元格，"
               "同时在工具中也被改动过的单元格以工具中的内容为准，不予写入并逐一列出。",
               "If the assessment was changed in the toolkit after this workbook was made, the import is refused; "
               "--force then applies only the cells changed in this workbook, and cells changed in the toolkit "
               "as well keep the toolkit's value: they are listed and not applied.",
               "Si la evaluación cambió en la herramienta después de generar este libro, la importación se "
               "rechaza; con --force solo se aplican las celdas modificadas en este libro, y las celdas también "
               "modificadas en la herramienta conservan el valor de la herramienta: se enumeran y no se aplican."),
    "help.8": ("请勿删除、插入或移动行，也不要重命名工作表。",
               "Do not delete, insert or move rows, and do not rename the sheets.",
               "No elimine, inserte ni mueva filas, ni cambie el nombre de las hojas."),
    "validation.result": ("请从下拉列表中选择结果。", "Choose a result from the list.",
                          "Elija un resultado de la lista."),
    "validation.number": ("请填写 0 到 {max} 之间的整数。", "Enter a whole number from 0 to {max}.",
                          "Introduzca un número entero de 0 a {max}."),
    "validation.date": ("请填写日期，如 2027-03-31。", "Enter a date, e.g. 2027-03-31.",
                        "Introduzca una fecha, p. ej., 2027-03-31."),
    "validation.title": ("输入无效", "Invalid entry", "Entrada no válida"),
    # problems of a cell
    "place": ("工作表“{sheet}”第 {row} 行 {column} 列（{heading}）", "sheet '{sheet}', row {row}, column {column} "
              "({heading})", "hoja «{sheet}», fila {row}, columna {column} ({heading})"),
    "problem.result": ("“{value}”不是可选的结果（{choices}）", "'{value}' is not a result of the list ({choices})",
                       "«{value}» no es un resultado de la lista ({choices})"),
    "problem.whole_number": ("“{value}”不是整数", "'{value}' is not a whole number",
                             "«{value}» no es un número entero"),
    "problem.negative": ("不能为负数（{value}）", "may not be negative ({value})",
                         "no puede ser negativo ({value})"),
    "problem.too_large": ("{value} 超过上限 {max}", "{value} is more than the most allowed, {max}",
                          "{value} supera el máximo permitido, {max}"),
    "problem.date": ("“{value}”不是日期（格式 YYYY-MM-DD）", "'{value}' is not a date (YYYY-MM-DD)",
                     "«{value}» no es una fecha (AAAA-MM-DD)"),
    "problem.date_range": ("日期须在 {earliest} 至 {latest} 之间", "the date must lie from {earliest} to {latest}",
                           "la fecha debe estar entre {earliest} y {latest}"),
    "problem.too_long": ("内容过长（{n} 个字符，上限 {max}）", "too long ({n} characters, at most {max})",
                         "demasiado largo ({n} caracteres, máximo {max})"),
    "problem.not_text": ("不是文字内容", "is not text", "no es texto"),
    "problem.partial_needs_samples": ("结果为“部分符合”时须填写抽样数（至少 1）",
                                      "a partly met result needs the number of samples (at least 1)",
                                      "un resultado «cumple en parte» necesita el número de muestras (al menos 1)"),
    "problem.partial_needs_failed": ("结果为“部分符合”时须填写不合格样本数",
                                     "a partly met result needs the number of failed samples",
                                     "un resultado «cumple en parte» necesita el número de muestras no conformes"),
    "problem.failed_more": ("不合格样本数（{failed}）大于抽样数（{samples}）",
                            "failed samples ({failed}) are more than samples ({samples})",
                            "las muestras no conformes ({failed}) superan a las muestras ({samples})"),
    "problem.failed_without_samples": ("填写了不合格样本数却没有抽样数", "failed samples given without samples",
                                       "hay muestras no conformes pero faltan las muestras"),
    "problem.excluded_needs_justification": ("结果为“删减”时须填写删减理由",
                                             "an excluded item needs a justification",
                                             "un ítem excluido necesita una justificación"),
    "problem.partial_qualitative": ("“部分符合”仅适用于抽样条款，本条款为定性条款",
                                    "partly met is for sampled items only; this item is qualitative",
                                    "«cumple en parte» es solo para ítems por muestreo; este ítem es cualitativo"),
    "problem.not_excludable": ("本条款不可删减", "this item cannot be excluded", "este ítem no se puede excluir"),
    "problem.needs_result": ("已填写内容但结果为空，请选择结果", "cells are filled but the result is blank: choose "
                             "a result", "hay celdas completadas pero el resultado está en blanco: elija uno"),
    "problem.action_needs_description": ("已填写责任人或期限，但整改措施为空",
                                         "an owner or due date is given without a corrective action",
                                         "hay responsable o fecha límite pero falta la acción correctiva"),
    "problem.closed_action_removed": ("该项整改措施已完成，不能通过工作簿删除（请在整改计划中处理）",
                                      "this corrective action is done and cannot be removed from the workbook (use "
                                      "the action plan)",
                                      "esta acción correctiva está terminada y no se puede eliminar desde el libro "
                                      "(use el plan de acción)"),
    "problem.row_moved": ("该行应为条款 {item}，现为“{value}”：请勿移动、插入或删除行",
                          "this row should hold item {item} but holds '{value}': do not move, insert or delete rows",
                          "esta fila debería contener el ítem {item} pero contiene «{value}»: no mueva, inserte ni "
                          "elimine filas"),
    "problem.unknown_item": ("条款 {item} 不在评价目录 {catalog} 中", "item {item} is not in catalog {catalog}",
                             "el ítem {item} no está en el catálogo {catalog}"),
    "problem.invalid": ("内容不符合规则：{message}", "not accepted: {message}", "no aceptado: {message}"),
    # the changes and conflicts, as the command line and the app list them
    "blank": ("（空）", "(blank)", "(vacío)"),
    "conflict": ("{item} {field}：未写入（工具中也已修改）：工作簿为 {workbook}，工具中为 {store}",
                 "{item} {field}: not applied (changed in the toolkit too): the workbook has {workbook}, the "
                 "toolkit {store}",
                 "{item} {field}: no aplicado (también cambió en la herramienta): el libro tiene {workbook}, la "
                 "herramienta {store}"),
}

ROWS = MappingProxyType(_ROWS)

# The field words of a change line ("result 不符合 → 符合; samples 10 → 12") are the field ids, in every language.
FIELD_HEADINGS: dict[str, str] = {
    "item": "item", "requirement": "requirement", "guidance": "col.guidance", "method": "method", "points": "points",
    "result": "result", "samples": "samples", "failed_samples": "col.failed_samples",
    "justification": "col.justification", "note": "note", "action": "col.action", "owner": "owner",
    "due_on": "col.due_on",
}


def text(key: str, lang: str = "zh", **fmt: object) -> str:
    row = _ROWS[key]
    value = row[LANGS.index(lang)] if lang in LANGS else row[0]
    return value.format(**fmt) if fmt else value


def heading(field: str, lang: str = "zh") -> str:
    """A column's heading in `lang`: the workbook's own word, else the vocabulary's heading."""
    key = FIELD_HEADINGS[field]
    return text(key, lang) if key in _ROWS else label(key, lang)
