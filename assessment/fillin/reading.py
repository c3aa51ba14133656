"""Reading a filled-in workbook: whether a file is one (from the zip directory and one small member only), the
bounded load of its item sheet and hidden sheet, and each filled cell checked into its canonical text form.

Nothing here touches the store: `changes` compares what was read with the stored assessment.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Optional, Union

from ..days import EARLIEST_DATE, LATEST_DATE
from ..models import MAX_SAMPLES, RESULTS
from ..vocabulary import LANGS, label
from .layout import COLUMNS, FILL_FIELDS, FORMAT_VERSION, HIDDEN_SHEET, META_KEYS, TABLE_HEADER, Cells, Meta, clean, \
    column_letter
from .texts import heading, text

MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100  # compression ratio of any one large member
MAX_WORKBOOK_XML = 1024 * 1024  # xl/workbook.xml, read to decide whether a file is a fill-in workbook
MAX_ROWS = 20_000
TEXT_LIMITS = {"justification": 50_000, "note": 50_000, "action": 50_000, "owner": 500}

_SHEET_NAMED = re.compile(rb"<(?:\w+:)?sheet\b[^>]*\bname=\"" + re.escape(HIDDEN_SHEET.encode()) + rb"\"")


class FillError(ValueError):
    """A file that cannot be read as a fill-in workbook at all (damaged, too large, another format version)."""

    def __init__(self, source: str, message: str):
        super().__init__(f"{source}: {message}")
        self.source, self.message = source, message


@dataclass(frozen=True)
class CellProblem:
    """A bad cell: its sheet, row and fill field, and the problem (`texts` key `problem.<code>` with its values)."""

    sheet: str
    row: int
    field: str
    code: str
    values: dict = field(default_factory=dict)

    @property
    def column(self) -> str:
        return column_letter(self.field)

    def text(self, lang: str = "zh") -> str:
        place = text("place", lang, sheet=self.sheet, row=self.row, column=self.column,
                     heading=heading(self.field, lang))
        sep = "：" if lang == "zh" else ": "
        return f"{place}{sep}{text('problem.' + self.code, lang, **self.values)}"


@dataclass(frozen=True)
class FilledRow:
    item: str
    row: int
    original: Cells  # as exported (the hidden sheet)
    raw: dict[str, Any]  # fill field -> the cell's value as read
    id_cell: Any  # the value of the row's item cell


@dataclass(frozen=True)
class FilledWorkbook:
    meta: Meta
    rows: tuple[FilledRow, ...]


# --- is this a fill-in workbook? -----------------------------------------------------------------------------------

def is_fill_workbook(source: Union[str, bytes, "io.BufferedIOBase"]) -> bool:
    """True for a zip archive whose `xl/workbook.xml` names the hidden sheet `_gbt27922`. Reads the zip directory and
    that one member (at most 1 MB), never the workbook; anything unreadable is not one (False)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False
    with archive:
        try:
            info = archive.getinfo("xl/workbook.xml")
        except KeyError:
            return False
        if info.file_size > MAX_WORKBOOK_XML:
            return False
        try:
            with archive.open(info) as member:
                xml = member.read(MAX_WORKBOOK_XML + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
            return False
    return len(xml) <= MAX_WORKBOOK_XML and _SHEET_NAMED.search(xml) is not None


# --- loading --------------------------------------------------------------------------------------------------

def read_workbook(data: bytes, source: str) -> FilledWorkbook:
    """The hidden sheet's record and every item row's filled cells, read without evaluating anything (a formula
    comes back as its text). FillError for a file that cannot be read as a fill-in workbook."""
    if len(data) > MAX_WORKBOOK_BYTES:
        raise FillError(source, f"the workbook is larger than {MAX_WORKBOOK_BYTES // 1024 // 1024} MB; refused")
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise FillError(source, f"is not a readable .xlsx workbook ({exc})") from None
    if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES or any(
            m.compress_size and m.file_size / m.compress_size > MAX_RATIO and m.file_size > 1024 * 1024
            for m in members):
        raise FillError(source, "the workbook unpacks to far more than it holds (a compression bomb?); refused")
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl and zipfile raise many kinds for a damaged workbook
        raise FillError(source, f"the workbook cannot be read ({type(exc).__name__}: {exc})") from None
    try:
        try:
            if HIDDEN_SHEET not in book.sheetnames:
                raise FillError(source, f"the sheet {HIDDEN_SHEET} is missing: this is not a fill-in workbook")
            meta, originals = _hidden(_rows(book[HIDDEN_SHEET], len(TABLE_HEADER), source), source)
            if meta.sheet not in book.sheetnames:
                raise FillError(source, f"the sheet '{meta.sheet}' is missing: do not rename or delete the sheets")
            sheet = _rows(book[meta.sheet], len(COLUMNS), source)
        except FillError:
            raise
        except Exception as exc:  # a damaged sheet inside a readable archive
            raise FillError(source, f"the workbook cannot be read ({type(exc).__name__}: {exc})") from None
    finally:
        book.close()
    rows = []
    for item, (row, original) in originals.items():
        values = sheet[row - 1] if row <= len(sheet) else ()
        values = tuple(values) + (None,) * (len(COLUMNS) - len(values))
        raw = {f: values[COLUMNS.index(f)] for f in FILL_FIELDS}
        rows.append(FilledRow(item=item, row=row, original=original, raw=raw, id_cell=values[0]))
    return FilledWorkbook(meta=meta, rows=tuple(rows))


def _rows(ws, width: int, source: str) -> list[tuple]:
    out = []
    for values in ws.iter_rows(min_row=1, max_col=width, values_only=True):
        if len(out) >= MAX_ROWS:
            raise FillError(source, f"the sheet '{ws.title}' has more than {MAX_ROWS:,} rows; refused")
        out.append(values)
    return out


def _hidden(rows: list[tuple], source: str) -> tuple[Meta, dict[str, tuple[int, Cells]]]:
    def damaged(what: str) -> FillError:
        return FillError(source, f"the hidden sheet {HIDDEN_SHEET} is damaged ({what}); make a new workbook")

    values: dict[str, str] = {}
    table_at = None
    for i, row in enumerate(rows):
        key = _text(row[0]) if row else ""
        if key == TABLE_HEADER[0]:
            table_at = i
            break
        if key:
            values[key] = _text(row[1]) if len(row) > 1 else ""
    version = values.get("format_version", "")
    if version != str(FORMAT_VERSION):
        raise FillError(source, f"fill-in workbook format_version {version or '(none)'} is not supported: this "
                                f"toolkit reads format_version {FORMAT_VERSION}; make a new workbook with it")
    missing = [k for k in META_KEYS if not values.get(k)]
    if missing or table_at is None:
        raise damaged("missing " + ", ".join(missing or ["the item table"]))
    if tuple(_text(v) for v in rows[table_at][:len(TABLE_HEADER)]) != TABLE_HEADER:
        raise damaged("the item table's headings")
    try:
        meta = Meta(format_version=FORMAT_VERSION, assessment_id=_int(values["assessment_id"]),
                    assessment_version=_int(values["assessment_version"]), catalog_id=values["catalog_id"],
                    catalog_version=values["catalog_version"], created=values["created"],
                    lang=values["lang"] if values["lang"] in LANGS else "zh", sheet=values["sheet"])
    except ValueError:
        raise damaged("assessment_id or assessment_version") from None
    originals: dict[str, tuple[int, Cells]] = {}
    for row in rows[table_at + 1:]:
        row = tuple(row) + (None,) * (len(TABLE_HEADER) - len(row))
        item = _text(row[0])
        if not item:
            continue
        try:
            number = _int(_text(row[1]))
        except ValueError:
            raise damaged(f"the row of item {item}") from None
        cells = {f: _text(v) for f, v in zip(FILL_FIELDS, row[2:])}
        if cells["result"] not in ("",) + RESULTS or item in originals or not 1 <= number <= MAX_ROWS:
            raise damaged(f"item {item}")
        originals[item] = (number, cells)
    return meta, originals


def _int(value: str) -> int:
    if not re.fullmatch(r"[0-9]{1,12}", value):
        raise ValueError(value)
    return int(value)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


# --- one row's cells checked --------------------------------------------------------------------------------

def result_choices(sampled: bool, excludable: bool, lang: str) -> list[str]:
    """The results an item may take, as its drop-down list offers them: the labels in `lang`, then the ids."""
    ids = [r for r in RESULTS if (r != "partial" or sampled) and (r != "excluded" or excludable)]
    return [label(f"result.{r}", lang) for r in ids] + ids


def _result_ids() -> dict[str, str]:
    """Every accepted spelling of a result (its id, its label in any language), case-folded -> the id."""
    out = {r: r for r in RESULTS}
    for r in RESULTS:
        for lg in LANGS:
            out[label(f"result.{r}", lg).casefold()] = r
    return out


_RESULT_IDS = _result_ids()


def checked_cells(row: FilledRow, sheet: str, lang: str) -> tuple[Cells, list[CellProblem]]:
    """The row's filled cells in canonical form, and the problems of the cells that cannot be read as their field
    (those keep their exported value, so one bad cell brings no second problem)."""
    cells: Cells = {}
    problems: list[CellProblem] = []
    for f in FILL_FIELDS:
        value, problem = _check(f, row.raw[f], lang)
        if problem is not None:
            problems.append(CellProblem(sheet, row.row, f, *problem))
            value = row.original[f]
        cells[f] = value
    if _text(row.id_cell).strip() != row.item:
        problems.insert(0, CellProblem(sheet, row.row, "item", "row_moved",
                                       {"item": row.item, "value": _short(_text(row.id_cell))}))
    return cells, problems


def _check(f: str, value: Any, lang: str) -> tuple[str, Optional[tuple[str, dict]]]:
    if value is None:
        return "", None
    if f == "result":
        return _check_result(value, lang)
    if f in ("samples", "failed_samples"):
        return _check_number(value)
    if f == "due_on":
        return _check_date(value)
    if isinstance(value, bool):
        value = "TRUE" if value else "FALSE"
    elif isinstance(value, float) and value.is_integer():
        value = str(int(value))
    elif isinstance(value, datetime):
        value = value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    elif isinstance(value, (int, float, date)):
        value = str(value)
    elif not isinstance(value, str):
        return "", ("not_text", {})
    value = clean(value)
    limit = TEXT_LIMITS[f]
    if len(value) > limit:
        return "", ("too_long", {"n": len(value), "max": limit})
    return value, None


def _check_result(value: Any, lang: str) -> tuple[str, Optional[tuple[str, dict]]]:
    shown = _text(value).strip()
    if not shown:
        return "", None
    found = _RESULT_IDS.get(shown.casefold()) if isinstance(value, str) else None
    if found is None:
        sep = "、" if lang == "zh" else ", "
        return "", ("result", {"value": _short(shown), "choices": sep.join(result_choices(True, True, lang))})
    return found, None


def _check_number(value: Any) -> tuple[str, Optional[tuple[str, dict]]]:
    shown = _short(_text(value))
    number: Optional[int] = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float):
        number = int(value) if value.is_integer() and abs(value) < 1e15 else None
        if value.is_integer() and abs(value) >= 1e15:
            return "", ("too_large", {"value": shown, "max": MAX_SAMPLES})
    elif isinstance(value, str):
        s = value.strip()
        if not s:
            return "", None
        if re.fullmatch(r"[+-]?[0-9]+", s):
            if len(s.lstrip("+-")) > 12:
                return "", ("too_large", {"value": shown, "max": MAX_SAMPLES})
            number = int(s)
    if number is None:
        return "", ("whole_number", {"value": shown})
    if number < 0:
        return "", ("negative", {"value": number})
    if number > MAX_SAMPLES:
        return "", ("too_large", {"value": number, "max": MAX_SAMPLES})
    return str(number), None


def _check_date(value: Any) -> tuple[str, Optional[tuple[str, dict]]]:
    day: Optional[date] = None
    if isinstance(value, datetime):
        day = value.date() if value.time() == datetime.min.time() else None
    elif isinstance(value, date):
        day = value
    elif isinstance(value, str):
        s = value.strip()
        if not s:
            return "", None
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", s):
            try:
                day = date.fromisoformat(s)
            except ValueError:
                day = None
    if day is None:
        return "", ("date", {"value": _short(_text(value))})
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        return "", ("date_range", {"earliest": EARLIEST_DATE.isoformat(), "latest": LATEST_DATE.isoformat()})
    return day.isoformat(), None


def _short(value: str, limit: int = 60) -> str:
    value = clean(value).replace("\n", " ")
    return value if len(value) <= limit else value[: limit - 1] + "…"
