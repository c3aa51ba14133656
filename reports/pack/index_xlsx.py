"""The pack's index as an .xlsx workbook: a cover sheet and one row per evidence file (an item without files gets
one row too), every cell written by `put_cell` (text is never a formula)."""

from __future__ import annotations

import io
from datetime import datetime

from ..workbook import put_cell
from .index import PackIndex


def index_workbook(index: PackIndex) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    W = index.words
    bold = Font(bold=True)
    wb = Workbook()
    ws = wb.active
    ws.title = W["sheet_cover"]
    put_cell(ws.cell(1, 1), W["title"]).font = Font(bold=True, size=14)
    rows = [
        (W["enterprise"], index.enterprise), (W["credit_code"], index.credit_code),
        (W["assessed_on"], index.assessed_on), (W["catalog"], index.catalog), (W["score"], index.score),
        (W["level"], index.level), (W["files_total"], W["files_count"].format(n=index.file_count,
                                                                              size=index.total_size)),
        (W["unproven_total"], index.unproven_count), (W["made_on"], index.made_on),
    ]
    for r, (key, value) in enumerate(rows, start=3):
        put_cell(ws.cell(r, 1), key).font = bold
        put_cell(ws.cell(r, 2), value).alignment = Alignment(horizontal="left")
    put_cell(ws.cell(len(rows) + 4, 1), W["how_to_read"])
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70

    ws = wb.create_sheet(W["sheet_items"])
    headers = [W["indicator"], W["item"], W["requirement"], W["answer"], W["proof"], W["path"], W["size"],
               "SHA-256"]
    for c, text in enumerate(headers, start=1):
        put_cell(ws.cell(1, c), text).font = bold
    flagged = PatternFill("solid", fgColor="FBEEEE")
    r = 1
    for ind in index.indicators:
        for it in ind.items:
            proof = W["unproven_flag"] if it.unproven else ""
            for f in it.files or (None,):
                r += 1
                values = [f"{ind.id} {ind.name}", it.id, it.requirement, it.answer, proof,
                          f.path + (f" ({W['to_reverify']})" if f.to_reverify else "") if f else W["no_files"],
                          f.size if f else None, f.sha256 if f else ""]
                for c, value in enumerate(values, start=1):
                    cell = put_cell(ws.cell(r, c), value)
                    cell.alignment = Alignment(wrap_text=c in (1, 3, 6), vertical="top")
                    if it.unproven:
                        cell.fill = flagged
    for n, width in enumerate([24, 8, 50, 12, 10, 60, 11, 66], start=1):
        ws.column_dimensions[get_column_letter(n)].width = width
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:H{max(r, 1)}"

    stamp = datetime(index.made_on.year, index.made_on.month, index.made_on.day)
    wb.properties.created = wb.properties.modified = stamp
    wb.properties.creator = "gbt27922-toolkit"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
