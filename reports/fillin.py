"""The fill-in workbook: one row per catalog item, grouped by indicator, with the cells an assessor fills offline.

Sheets: the instructions (first), the items (structure cells locked, fill cells open, drop-down lists and number and
date checks, frozen headings), and a very hidden sheet `_gbt27922` that names the assessment, its version and the
catalog, and records the exported value of every fill cell, so that an import can tell what was changed. Every
cell is written with `put_cell`: no exported cell ever holds a formula. The sheet protection has no password: it
keeps the structure from being changed by mistake, not from a determined user (the import checks every row).
"""

from __future__ import annotations

import io
from datetime import datetime

from assessment.fillin.layout import (COLUMNS, FILL_FIELDS, FORMAT_VERSION, HEADER_ROW, HIDDEN_SHEET, TABLE_HEADER,
                                      column_letter, item_cells)
from assessment.fillin.texts import heading, text
from assessment.fillin.reading import result_choices
from assessment.models import MAX_SAMPLES
from assessment.days import EARLIEST_DATE, LATEST_DATE
from assessment.vocabulary import label
from criteria import Catalog

from .workbook import put_cell

__all__ = ["fill_workbook"]

WIDTHS = {"item": 9, "requirement": 48, "guidance": 40, "method": 10, "points": 7, "result": 16, "samples": 9,
          "failed_samples": 11, "justification": 30, "note": 30, "action": 34, "owner": 12, "due_on": 12}
GREY = "F2F2F2"
HEADING_FILL = "D9E1F2"
INDICATOR_FILL = "E7E6E6"


def fill_workbook(catalog: Catalog, stored, lang: str = "zh", created: datetime | None = None) -> bytes:
    """The .xlsx fill-in workbook of a stored assessment (`stored`: its id, version and assessment, as the store's
    StoredAssessment holds them) in `lang` (zh, en, es). `created`: the time the hidden
    sheet records (the caller's clock); the document's own timestamps are the same time."""
    from openpyxl import Workbook

    created = (created or datetime(2000, 1, 1)).replace(microsecond=0, tzinfo=None)
    wb = Workbook()
    _instructions(wb.active, catalog, stored, lang, created)
    rows = _items(wb.create_sheet(text("sheet.items", lang)), catalog, stored, lang)
    _hidden(wb.create_sheet(HIDDEN_SHEET), catalog, stored, lang, created, rows)
    wb.properties.created = wb.properties.modified = created
    wb.properties.creator = "gbt27922-toolkit"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _instructions(ws, catalog: Catalog, stored, lang: str, created: datetime) -> None:
    from openpyxl.styles import Alignment, Font

    ws.title = text("sheet.instructions", lang)
    a = stored.assessment
    put_cell(ws.cell(1, 1), text("title", lang)).font = Font(bold=True, size=14)
    facts = [
        ("meta.enterprise", a.enterprise.name),
        ("meta.assessment", text("meta.assessment_value", lang, id=stored.id, version=stored.version,
                                 date=a.assessed_on.isoformat())),
        ("meta.catalog", f"{catalog.catalog.title.get(lang)} ({catalog.id} {catalog.version})"),
        ("meta.created", created.isoformat(sep=" ")),
    ]
    for r, (key, value) in enumerate(facts, start=3):
        put_cell(ws.cell(r, 1), text(key, lang)).font = Font(bold=True)
        put_cell(ws.cell(r, 2), value)
    results = "、" if lang == "zh" else ", "
    choices = results.join(label(f"result.{r}", lang) for r in ("met", "not_met", "partial", "excluded"))
    r = len(facts) + 4
    for n in range(1, 9):
        cell = put_cell(ws.cell(r, 1), f"{n}.")
        cell.alignment = Alignment(vertical="top")
        body = put_cell(ws.cell(r, 2), text(f"help.{n}", lang, results=choices) if n == 3 else text(f"help.{n}", lang))
        body.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 48
        r += 1
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 100
    ws.protection.sheet = True


def _items(ws, catalog: Catalog, stored, lang: str) -> dict[str, int]:
    """The item sheet; returns each item's row."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    a = stored.assessment
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor=GREY)
    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    open_cell = Protection(locked=False)
    for c, field in enumerate(COLUMNS, start=1):
        cell = put_cell(ws.cell(HEADER_ROW, c), heading(field, lang))
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor=HEADING_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border
        ws.column_dimensions[column_letter(field)].width = WIDTHS[field]
    ws.row_dimensions[HEADER_ROW].height = 32

    lists = _result_validations(ws, lang)
    numbers = DataValidation(type="whole", operator="between", formula1="0", formula2=str(MAX_SAMPLES),
                             allow_blank=True, showErrorMessage=True, errorTitle=text("validation.title", lang),
                             error=text("validation.number", lang, max=MAX_SAMPLES))
    dates = DataValidation(type="date", operator="between", formula1=_serial(EARLIEST_DATE),
                           formula2=_serial(LATEST_DATE), allow_blank=True, showErrorMessage=True,
                           errorTitle=text("validation.title", lang), error=text("validation.date", lang))
    ws.add_data_validation(numbers)
    ws.add_data_validation(dates)

    rows: dict[str, int] = {}
    r = HEADER_ROW
    last = len(COLUMNS)
    for ind in catalog.indicators():
        r += 1
        cell = put_cell(ws.cell(r, 1), f"{ind.id} {ind.name.get(lang)}")
        cell.font = bold
        for c in range(1, last + 1):
            ws.cell(r, c).fill = PatternFill("solid", fgColor=INDICATOR_FILL)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
        for item in ind.items:
            r += 1
            rows[item.id] = r
            values = item_cells(a, item.id)
            structure = [item.id, item.requirement.get(lang), item.guidance.get(lang),
                         label(f"method.{item.method}", lang), float(item.points)]
            for c, value in enumerate(structure, start=1):
                cell = put_cell(ws.cell(r, c), value)
                cell.fill, cell.alignment, cell.border = grey, wrap, border
            for field in FILL_FIELDS:
                cell = ws.cell(r, COLUMNS.index(field) + 1)
                put_cell(cell, _shown(field, values[field], lang))
                cell.protection, cell.alignment, cell.border = open_cell, wrap, border
            where = f"{column_letter('result')}{r}"
            lists[(item.method == "sampled", item.excludable)].add(where)
            for field in ("samples", "failed_samples"):
                numbers.add(f"{column_letter(field)}{r}")
            dates.add(f"{column_letter('due_on')}{r}")
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    ws.protection.sheet = True
    ws.protection.formatCells = False  # row heights and column widths may still be adjusted
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return rows


def _result_validations(ws, lang: str) -> dict[tuple[bool, bool], object]:
    """One drop-down list per kind of item (sampled or not, excludable or not): the results it may take, by their
    labels in `lang` and by their ids."""
    from openpyxl.worksheet.datavalidation import DataValidation

    out = {}
    for sampled in (False, True):
        for excludable in (False, True):
            choices = result_choices(sampled, excludable, lang)
            dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                                showErrorMessage=True, errorTitle=text("validation.title", lang),
                                error=text("validation.result", lang))
            ws.add_data_validation(dv)
            out[(sampled, excludable)] = dv
    return out


def _shown(field: str, value: str, lang: str):
    """A canonical cell value as the sheet shows it: a result by its label, numbers as numbers, dates as dates."""
    from datetime import date

    if not value:
        return None
    if field == "result":
        return label(f"result.{value}", lang)
    if field in ("samples", "failed_samples"):
        return int(value)
    if field == "due_on":
        return date.fromisoformat(value)
    return value


def _serial(day) -> str:
    """A date as Excel's serial day number (what a date validation's bounds are written as)."""
    from datetime import date

    return str((day - date(1899, 12, 30)).days)


def _hidden(ws, catalog: Catalog, stored, lang: str, created: datetime, rows: dict[str, int]) -> None:
    ws.sheet_state = "veryHidden"
    meta = {
        "format_version": str(FORMAT_VERSION),
        "assessment_id": str(stored.id),
        "assessment_version": str(stored.version),
        "catalog_id": catalog.id,
        "catalog_version": catalog.version,
        "created": created.isoformat(),
        "lang": lang,
        "sheet": text("sheet.items", lang),
    }
    r = 0
    for r, (key, value) in enumerate(meta.items(), start=1):
        put_cell(ws.cell(r, 1), key)
        put_cell(ws.cell(r, 2), value)
    r += 2
    for c, name in enumerate(TABLE_HEADER, start=1):
        put_cell(ws.cell(r, c), name)
    for item_id, row in rows.items():
        r += 1
        values = item_cells(stored.assessment, item_id)
        put_cell(ws.cell(r, 1), item_id)
        put_cell(ws.cell(r, 2), str(row))
        for c, field in enumerate(FILL_FIELDS, start=3):
            put_cell(ws.cell(r, c), values[field])
    ws.protection.sheet = True
