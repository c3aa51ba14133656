"""The assessment exchange file in and out: JSON (read, validate, write) and the Excel result workbook.

Every problem with a file is reported as an `ExchangeError` whose `problems` each name the file, the place
(`responses[3] (item '2.4.1') field 'failed_samples'`) and what is wrong, so a person can fix the file by hand;
`ExchangeError.messages(lang)` gives the same problems in zh, en or es. The file is read strictly, as its JSON
Schema says: no value is coerced (`"samples": "12"`, `true` or `12.0` is refused), dates are `YYYY-MM-DD` within
`models.EARLIEST_DATE` .. `models.LATEST_DATE`, and no number has more than `MAX_NUMBER_DIGITS` digits.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any, Optional

from pydantic import ValidationError

from criteria import Catalog

from .models import FORMAT, FORMAT_VERSION, Assessment
from .problems import ExchangeError, Problem, Word, from_pydantic, from_text, place_of
from .scoring import Result, check_responses, round_half_up
from .vocabulary import LANGS, TERMS, term

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_NUMBER_DIGITS",
    "SCHEMA_PATH",
    "ExchangeError",
    "Problem",
    "assessment_from_data",
    "decode_json",
    "dump_assessment",
    "json_schema",
    "label",
    "parse_assessment",
    "read_assessment",
    "read_json",
    "result_workbook",
    "validate_for_catalog",
    "write_assessment",
    "write_atomically",
    "write_json_schema",
]

MAX_FILE_BYTES = 5 * 1024 * 1024
# No number of the format needs more digits; longer ones are refused before Python converts them.
MAX_NUMBER_DIGITS = 100
SCHEMA_PATH = Path(__file__).with_name("schema") / "assessment.schema.json"


# --- reading ---------------------------------------------------------------------------------------------


def read_assessment(path: str | Path) -> Assessment:
    """Read and validate one exchange file. Raises ExchangeError naming the file and every problem."""
    return assessment_from_data(read_json(path), str(path))


def read_json(path: str | Path) -> Any:
    """Read a JSON file as the exchange file is read: at most MAX_FILE_BYTES, UTF-8, strict JSON (`decode_json`).

    Raises ExchangeError naming the file. Also for other small JSON inputs of the toolkit (an effort map).
    """
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeError(source, [_too_large(size)])
        data = path.read_bytes()
    except FileNotFoundError:
        raise ExchangeError(source, [Problem("file_not_found")]) from None
    except IsADirectoryError:
        raise ExchangeError(source, [Problem("is_directory")]) from None
    except OSError as exc:
        raise ExchangeError(source, [Problem("cannot_read", values={"reason": exc.strerror or exc})]) from None
    if len(data) > MAX_FILE_BYTES:  # the file grew between stat and read
        raise ExchangeError(source, [_too_large(len(data))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError(source, [Problem("not_utf8", values={"byte": exc.start})]) from None
    return decode_json(text, source)


def parse_assessment(text: str, source: str = "<assessment>") -> Assessment:
    """Parse and validate the text of an exchange file; `source` names it in errors."""
    return assessment_from_data(decode_json(text, source), source)


def decode_json(text: str, source: str = "<json>") -> Any:
    """Strict JSON: no key twice in one object, no NaN or Infinity, no number of more than MAX_NUMBER_DIGITS digits
    (Python refuses to convert very long ones), bounded size and nesting. Raises ExchangeError naming the place."""
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise ExchangeError(source, [_too_large(len(text.encode("utf-8", "surrogatepass")))])
    too_long: list[_LongNumber] = []

    def bounded_int(digits: str):
        if len(digits) <= MAX_NUMBER_DIGITS:
            return int(digits)
        too_long.append(_LongNumber(len(digits.lstrip("-"))))
        return too_long[-1]

    try:
        raw = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant,
                         parse_int=bounded_int)
    except json.JSONDecodeError as exc:
        raise ExchangeError(source, [Problem("invalid_json", values={
            "line": exc.lineno, "column": exc.colno, "reason": exc.msg})]) from None
    except _JSONProblem as exc:
        raise ExchangeError(source, [exc.problem]) from None
    except RecursionError:
        raise ExchangeError(source, [Problem("too_deep")]) from None
    long_numbers = list(_long_numbers(raw)) if too_long else []  # their places, found only when there are some
    if long_numbers:
        raise ExchangeError(source, [
            Problem("number_too_long", *place_of(loc, raw), values={"digits": digits, "limit": MAX_NUMBER_DIGITS})
            for loc, digits in long_numbers
        ])
    return raw


def assessment_from_data(raw: Any, source: str = "<assessment>") -> Assessment:
    """Validate already-decoded JSON data (a dict) as an exchange file."""
    if not isinstance(raw, dict):
        raise ExchangeError(source, [Problem("not_an_object", values={"kind": _json_type(raw)})])
    problems = _header_problems(raw)
    if problems:  # a file of another format: its other errors would only be noise
        raise ExchangeError(source, problems)
    try:
        return Assessment.model_validate(raw)
    except ValidationError as exc:
        raise ExchangeError(source, [from_pydantic(err, raw) for err in exc.errors()]) from None


def validate_for_catalog(assessment: Assessment, catalog: Catalog, source: str = "<assessment>") -> None:
    """Raise ExchangeError when the responses do not fit the catalog (unknown items, wrong results)."""
    problems = check_responses(catalog, assessment)
    if problems:
        raise ExchangeError(source, [from_text(p) for p in problems])


class _JSONProblem(ValueError):
    def __init__(self, problem: Problem):
        super().__init__(problem.code)
        self.problem = problem


class _LongNumber:
    """A JSON integer too long to convert, kept as its digit count so the whole file's problems can be named."""

    __slots__ = ("digits",)

    def __init__(self, digits: int):
        self.digits = digits


def _long_numbers(raw: Any):
    """(place, digits) of every over-long number, in file order (an explicit stack: the data may nest deeply)."""
    stack: list[tuple[tuple, Any]] = [((), raw)]
    while stack:
        loc, node = stack.pop()
        if isinstance(node, _LongNumber):
            yield loc, node.digits
        elif isinstance(node, dict):
            stack.extend(reversed([((*loc, k), v) for k, v in node.items()]))
        elif isinstance(node, list):
            stack.extend(reversed([((*loc, i), v) for i, v in enumerate(node)]))


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _JSONProblem(Problem("duplicate_key", values={"duplicate": repr(key)}))
        out[key] = value
    return out


def _no_constant(name: str):
    raise _JSONProblem(Problem("not_a_number", values={"name": name}))


def _too_large(size: int) -> Problem:
    return Problem("too_large", values={"size": f"{size / 1024 / 1024:.1f}", "limit": MAX_FILE_BYTES // 1024 // 1024})


def _json_type(value: Any) -> Word:
    kinds = {list: "array", str: "string", bool: "boolean", int: "number", float: "number", _LongNumber: "number"}
    return Word(f"problem.json.{kinds.get(type(value), 'null')}")


def _header_problems(raw: dict) -> list[Problem]:
    problems = []
    fmt = raw.get("format", FORMAT)
    if fmt != FORMAT:
        problems.append(Problem("wrong_format", ("format",), values={"expected": repr(FORMAT), "got": repr(fmt)}))
    version = raw.get("format_version", FORMAT_VERSION)
    if version != FORMAT_VERSION or isinstance(version, bool):
        problems.append(Problem("unsupported_version", ("format_version",),
                                values={"version": repr(version), "supported": FORMAT_VERSION}))
    return problems


# --- writing ---------------------------------------------------------------------------------------------

# Extension fields left out of the file while they hold their default, so plain files stay plain.
_RESPONSE_DEFAULTS = {"to_reverify": False, "action": "", "owner": "", "due_on": None}


def dump_assessment(assessment: Assessment, catalog: Optional[Catalog] = None) -> str:
    """The exchange file's text: stable key order, UTF-8 friendly (no \\u escapes), two-space indent.

    With a catalog, responses are written in catalog order (unknown items last, as they came).
    Reading the text back gives an equal Assessment (equal up to response order when a catalog reorders).
    """
    data = assessment.model_dump(mode="json")
    responses = data["responses"]
    if catalog is not None:
        order = {item.id: n for n, (_, _, item) in enumerate(catalog.iter_items())}
        responses = sorted(responses, key=lambda r: order.get(r["item"], len(order)))
    data["responses"] = [
        {k: v for k, v in r.items() if not (k in _RESPONSE_DEFAULTS and v == _RESPONSE_DEFAULTS[k])}
        for r in responses
    ]
    if data.get("certificate") and not data["certificate"].get("audits"):
        data["certificate"].pop("audits", None)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_assessment(assessment: Assessment, path: str | Path, catalog: Optional[Catalog] = None) -> None:
    """Write the exchange file atomically: a temporary file in the same folder, then os.replace."""
    write_atomically(Path(path), dump_assessment(assessment, catalog).encode("utf-8"))


def write_atomically(path: Path, data: bytes) -> None:
    """Write bytes so a reader sees the old file or the new one, never half of one."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = path.stat().st_mode & 0o777  # keep an existing file's permissions
    except OSError:
        mode = 0o644  # mkstemp's 0600 would hide a shared file from its readers
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def json_schema() -> dict:
    """The exchange file's JSON Schema, generated from the pydantic models (the models are the truth)."""
    schema = Assessment.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "title": "GB/T 27922-2011 assessment exchange file (format gbt27922-assessment, version 1)",
    }


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def write_json_schema(path: str | Path = SCHEMA_PATH) -> Path:
    """Regenerate assessment/schema/assessment.schema.json (a test checks the committed copy is current)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json_schema_text().encode("utf-8"))
    return path


# --- labels ----------------------------------------------------------------------------------------------

# The words of the workbook and the command line that are theirs alone (column headers, CLI phrases). The domain
# terms (results, methods, reasons, certificate states, cycle events and statuses ...) come from
# `assessment.vocabulary`; the UI keeps its own i18n.
_LABELS: dict[str, tuple[str, str, str]] = {
    # key: (zh, en, es)
    "summary": ("概要", "Summary", "Resumen"),
    "enterprise": ("企业名称", "Enterprise", "Empresa"),
    "credit_code": ("统一社会信用代码", "Unified social credit code", "Código de crédito social unificado"),
    "kind": ("企业类型", "Kind", "Tipo"),
    "industry": ("行业", "Industry", "Sector"),
    "address": ("地址", "Address", "Dirección"),
    "assessed_on": ("评价日期", "Assessed on", "Fecha de evaluación"),
    "assessor": ("评价人", "Assessor", "Evaluador"),
    "catalog": ("评价准则", "Catalog", "Catálogo"),
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
    "earned": ("得分", "Earned", "Obtenidos"),
    "lost": ("失分", "Lost", "Perdidos"),
    "note": ("备注", "Note", "Nota"),
    "action_plan": ("整改计划", "Action plan", "Plan de acción"),
    "rank": ("序号", "Rank", "Orden"),
    "score_gain": ("可提升分数", "Score gain", "Mejora de puntuación"),
    "owner": ("责任人", "Owner", "Responsable"),
    "due_on": ("完成期限", "Due", "Fecha límite"),
    "excludable": ("可删减", "excludable", "excluible"),
    "not_passed": ("未达标", "not passed", "no aprobado"),
    # certification calendar
    "certificate": ("证书", "Certificate", "Certificado"),
    "issued_on": ("发证日期", "Issued on", "Emitido el"),
    "state": ("证书状态", "State", "Estado"),
    "event": ("事项", "Event", "Evento"),
    "due": ("到期日", "Due", "Vence"),
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
    "before": ("整改前", "Before", "Antes"),
    "after": ("整改后", "After", "Después"),
    "fixed_items": ("假设符合的条款", "Items assumed met", "Ítems supuestos cumplidos"),
    "top_level": ("已是最高等级", "already at the top level", "ya en el nivel máximo"),
    "to_go": ("还差{n}分", "{n} points to go", "faltan {n} puntos"),
    "default_weighting_note": (
        "分值为本工具默认权重，并非标准原文分值。",
        "Points are the toolkit's default weighting, not the standard's.",
        "Los puntos son la ponderación por defecto de la herramienta, no los de la norma.",
    ),
}

_LANG_INDEX = {lang: i for i, lang in enumerate(LANGS)}


def label(key: str, lang: str = "zh") -> str:
    """A label in `lang` (zh, en, es): a word of this table, else a term of `assessment.vocabulary`
    (`label("result.partial", "en")`); an unknown key comes back as itself."""
    entry = _LABELS.get(key)
    if entry is not None:
        return entry[_LANG_INDEX.get(lang, 0)]
    if key in TERMS:
        return term(key, lang)
    return key


def level_label(catalog: Catalog, level_id: Optional[str], lang: str) -> str:
    if level_id is None:
        return ""
    try:
        return catalog.level_name(level_id, lang)
    except KeyError:
        return label(level_id, lang)


def reason_label(reason: str, lang: str) -> str:
    """An ineligible reason, a scoring note or a path reason (`Result.ineligible_reasons`, `Result.notes`,
    `Path.reason`) in `lang`; a code this toolkit does not know comes back as itself."""
    code = "score_below_compliant" if reason.startswith("score_below_") else reason
    return term(f"reason.{code}", lang) if f"reason.{code}" in TERMS else reason


# --- Excel -----------------------------------------------------------------------------------------------


def result_workbook(catalog: Catalog, assessment: Assessment, result: Result, lang: str = "zh") -> bytes:
    """An .xlsx workbook of three sheets named in `lang`: the summary, every item, and the action plan (gaps ranked
    by points lost). The action plan is the last sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from .gaps import gaps

    L = lambda key: label(key, lang)  # noqa: E731
    wb = Workbook()
    bold = Font(bold=True)

    ws = wb.active
    ws.title = L("summary")
    ent = assessment.enterprise
    rows: list[tuple[str, Any]] = [
        (L("enterprise"), ent.name),
        (L("credit_code"), ent.credit_code),
        (L("kind"), L(f"enterprise.{ent.kind}")),
        (L("industry"), ent.industry),
        (L("address"), ent.address),
        (L("assessed_on"), assessment.assessed_on),
        (L("assessor"), assessment.assessor),
        (L("catalog"), f"{catalog.id} {catalog.version}"),
        (L("applicable_points"), float(result.applicable_points)),
        (L("earned_points"), float(round_half_up(result.earned_points, 2))),
        (L("score.base"), float(round_half_up(result.base, 2))),
        (L("score.special_deductions"), float(result.deductions)),
        (L("score.special_bonus"), float(result.bonus)),
        (L("score.final"), float(result.final)),
        (L("level"), level_label(catalog, result.level, lang)),
        (L("score_level"), level_label(catalog, result.score_level, lang)),
        (L("eligible"), L("yes" if result.eligible else "no")),
        (L("reasons"), "; ".join(reason_label(r, lang) for r in result.ineligible_reasons)),
        (L("complete"), L("yes" if result.complete else "no")),
        (L("unanswered"), ", ".join(result.unanswered)),
        (L("next_level"), level_label(catalog, result.next_level, lang)),
        (
            L("points_to_next_level"),
            None if result.points_to_next_level is None else float(result.points_to_next_level),
        ),
        (L("notes"), "; ".join(reason_label(n, lang) for n in result.notes)),
    ]
    if catalog.catalog.weighting == "toolkit_default":
        rows.append((L("notes"), L("default_weighting_note")))
    for r, (label_text, value) in enumerate(rows, start=1):
        _put(ws.cell(r, 1), label_text).font = bold
        _put(ws.cell(r, 2), value)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 60

    ws = wb.create_sheet(L("items"))
    headers = ["area", "indicator", "item", "requirement", "method", "result", "samples", "failed", "points",
               "earned", "lost", "note"]
    _header_row(ws, [L(h) for h in headers], bold)
    responses = assessment.response_map()
    texts = {item.id: (area, ind, item) for area, ind, item in catalog.iter_items()}
    for it in result.items:
        area, ind, item = texts[it.item_id]
        resp = responses.get(it.item_id)
        _append(ws, [
            f"{area.id} {area.name.get(lang)}",
            f"{ind.id} {ind.name.get(lang)}",
            it.item_id,
            item.requirement.get(lang),
            L(f"method.{it.method}"),
            L(f"result.{it.result or 'unanswered'}"),
            it.samples,
            it.failed_samples,
            float(it.points),
            float(round_half_up(it.earned, 2)) if it.applicable else None,
            float(round_half_up(it.lost, 2)) if it.applicable else None,
            resp.note if resp else "",
        ])
    _widths(ws, [22, 22, 9, 60, 10, 10, 8, 8, 8, 8, 8, 50])
    ws.freeze_panes = "A2"

    ws = wb.create_sheet(L("action_plan"))
    headers = ["rank", "item", "indicator", "requirement", "result", "lost", "score_gain", "plan.corrective_action",
               "owner", "due_on"]
    _header_row(ws, [L(h) for h in headers], bold)
    for n, g in enumerate(gaps(result), start=1):
        _, ind, item = texts[g.item_id]
        resp = responses.get(g.item_id)
        _append(ws, [
            n,
            g.item_id,
            f"{ind.id} {ind.name.get(lang)}",
            item.requirement.get(lang),
            L(f"result.{g.result or 'unanswered'}"),
            float(g.lost_rounded),
            float(g.gain_rounded),
            resp.action if resp else "",
            resp.owner if resp else "",
            resp.due_on if resp else None,
        ])
    _widths(ws, [6, 9, 22, 60, 10, 8, 10, 40, 14, 12])
    ws.freeze_panes = "A2"
    for sheet in wb.worksheets:
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")

    # Reproducible bytes: the document's timestamps are the assessment date, not the clock.
    stamp = _midnight(assessment.assessed_on)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "gbt27922-toolkit"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _midnight(d: date):
    from datetime import datetime

    return datetime(d.year, d.month, d.day)


def _put(cell, value):
    """Set a cell; text is always text (a note starting with '=' is never a formula) and control characters go."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"
    else:
        cell.value = value
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
    return cell


def _append(ws, values: list) -> None:
    r = ws.max_row + 1
    for c, value in enumerate(values, start=1):
        _put(ws.cell(r, c), value)


def _header_row(ws, values: list[str], font) -> None:
    for c, value in enumerate(values, start=1):
        _put(ws.cell(1, c), value).font = font


def _widths(ws, widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    for n, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(n)].width = w
