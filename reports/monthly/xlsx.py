"""The monthly complaint analysis as an Excel workbook: `render_monthly_xlsx(analysis) -> bytes`.

Three sheets: the summary form (A4, fitted to the page width), the open and overdue complaints, and the 12-month
trend with a native Excel chart. Every text cell is written as text (a category named "=HYPERLINK(...)" stays
those characters, never a formula), figures as numbers with a display format.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any, Optional, Sequence

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from assessment.formatting import display_width

from ..workbook import put_cell
from .model import Figures, MonthlyAnalysis

# Column widths (characters): the summary form is as wide as a group table's nine columns.
SUMMARY_WIDTHS = (30, 9, 9, 11, 11, 11, 11, 9, 9)
OPEN_WIDTHS = (14, 17, 22, 18, 18, 11, 11)
TREND_WIDTHS = (12, 14, 16, 16, 14)
PERCENT = "0.0%"
SIGNED = "+0;-0;0"
SIGNED_PERCENT = "+0.0%;-0.0%;0.0%"
DECIMAL = "0.0"
WHEN = "yyyy-mm-dd hh:mm"

_THIN = Side(style="thin", color="A6B1BC")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_LINE = Border(bottom=Side(style="thin", color="1F2D3D"))
_HEAD_FILL = PatternFill("solid", fgColor="E8EEF5")
_PRIMARY = "1F4E79"
# Fonts as the parts of a cell's Font besides its name (the name is the language's: `FONT_NAMES`).
_TITLE = {"bold": True, "size": 15, "color": _PRIMARY}
_SECTION = {"bold": True, "size": 11.5, "color": _PRIMARY}
_BOLD = {"bold": True}
_MUTED = {"color": "66727F", "size": 9}
_WARN = {"bold": True, "color": "A86B12"}
_LATE = {"bold": True, "color": "A93226"}
FONT_NAMES = {"zh": "Microsoft YaHei", "en": "Arial", "es": "Arial"}
SIZE = 10
LINE_HEIGHT = 14.5  # points per line of text at SIZE
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def render_monthly_xlsx(analysis: MonthlyAnalysis) -> bytes:
    W = analysis.words
    wb = Workbook()
    summary = wb.active
    summary.title = W["sheet_summary"]
    _summary(summary, analysis)
    _open_sheet(wb.create_sheet(W["sheet_open"]), analysis)
    _trend_sheet(wb.create_sheet(W["sheet_trend"]), analysis)
    stamp = datetime(analysis.today.year, analysis.today.month, analysis.today.day)
    wb.properties.created = wb.properties.modified = stamp  # reproducible bytes: the report day, not the clock
    wb.properties.creator = "gbt27922-toolkit"
    wb.properties.title = W["title"]
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# -- the summary form ------------------------------------------------------------------------------------------


class _Sheet:
    """A cursor down a sheet: each call writes one row and moves on. Column widths are set first: a row of
    wrapped text is given the height its longest cell needs (spreadsheet programs do not grow it on opening)."""

    def __init__(self, ws: Worksheet, lang: str, widths: Sequence[float]):
        self.ws = ws
        self.row = 1
        self.font = FONT_NAMES[lang]
        self.widths = list(widths)
        for n, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(n)].width = width

    def cell(self, col: int, value: Any, fmt: Optional[str] = None, font: Optional[dict] = None):
        cell = put_cell(self.ws.cell(self.row, col), value)
        if fmt:
            cell.number_format = fmt
        cell.font = Font(name=self.font, **{"size": SIZE, **(font or {})})
        return cell

    def fit(self, texts: Sequence[tuple[Any, float]], minimum: float = 0) -> None:
        """Give the current row the height of its tallest text (value, width of the cells it spans)."""
        lines = max([1] + [-(-display_width(str(v)) // max(1, int(w * 1.05))) for v, w in texts
                           if isinstance(v, str)])
        height = max(minimum, lines * LINE_HEIGHT + 3)
        if height > LINE_HEIGHT + 3:
            self.ws.row_dimensions[self.row].height = height

    def line(self, text: str, font: Optional[dict] = None, height: float = 0) -> None:
        """One text across the form's width."""
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=len(self.widths))
        self.cell(1, text, font=font).alignment = _WRAP
        self.fit([(text, sum(self.widths) * SIZE / (font or {}).get("size", SIZE))], height)
        self.row += 1

    def section(self, text: str) -> None:
        self.row += 1
        self.line(text, _SECTION, 20)

    def field(self, label: str, value: Any) -> None:
        self.cell(1, label, font=_BOLD).alignment = _WRAP
        self.ws.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=len(self.widths))
        self.cell(2, value).alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        self.fit([(label, self.widths[0]), (value, sum(self.widths[1:]))])
        self.row += 1

    def header(self, labels: Sequence[str]) -> None:
        for col, text in enumerate(labels, start=1):
            cell = self.cell(col, text, font=_BOLD)
            cell.fill, cell.border, cell.alignment = _HEAD_FILL, _BOX, _CENTRE
        self.fit(list(zip(labels, self.widths)), 2 * LINE_HEIGHT + 3)
        self.row += 1

    def values(self, values: Sequence[tuple[Any, Optional[str]]]) -> None:
        for col, (value, fmt) in enumerate(values, start=1):
            cell = self.cell(col, value, fmt)
            cell.border = _BOX
            cell.alignment = _WRAP if isinstance(value, str) else Alignment(vertical="top")
        self.fit([(value, width) for (value, _), width in zip(values, self.widths)])
        self.row += 1

    def box(self, rows: int) -> None:
        """An empty framed space across the form's width, to write in."""
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row + rows - 1,
                            end_column=len(self.widths))
        for r in range(self.row, self.row + rows):
            for c in range(1, len(self.widths) + 1):
                self.ws.cell(r, c).border = _BOX
            self.ws.row_dimensions[r].height = 22
        self.row += rows


def _summary(ws: Worksheet, a: MonthlyAnalysis) -> None:
    W = a.words
    s = _Sheet(ws, a.lang, SUMMARY_WIDTHS)
    s.line(W["title"], _TITLE, 30)
    ws.cell(1, 1).alignment = _CENTRE
    s.row += 1
    s.field(W["company"], a.enterprise_name)
    s.field(W["month"], a.month_label)
    s.field(W["as_of"], W["as_of_value"].format(date=a.today.isoformat()))
    s.field(W["time_zone"], a.time_zone)
    s.field(W["time_basis"], W["basis_working" if a.working_time else "basis_clock"])
    if a.empty:
        s.row += 1
        s.line(W["no_complaints"], _WARN)

    s.section(W["sec_limits"])
    for limit in a.limits:
        s.field(limit.label, W["hours"].format(n=limit.hours))
    s.line(W["limits_note"], _MUTED, 30)

    s.section(W["sec_key"])
    s.header([W["measure"], W["value"], W["rate"]])
    c = a.current
    s.values([(W["received"], None), (c.count, None), (None, None)])
    s.values([(W["ack_on_time"], None), (c.acknowledged_on_time, None), (c.acknowledged_rate, PERCENT)])
    s.values([(W["resolved_on_time"], None), (c.resolved_on_time, None), (c.resolved_rate, PERCENT)])
    s.values([(W["open"], None), (c.open, None), (None, None)])
    s.values([(W["overdue"], None), (c.overdue, None), (None, None)])
    s.values([(W["satisfied"], None), (f"{c.satisfied} / {c.surveyed}", None), (c.satisfaction_rate, PERCENT)])

    s.section(W["sec_compare"])
    s.header([W["measure"], W["this_month"], W["last_month"], W["change"], W["last_12"]])
    for row in a.comparison:
        count = row.kind == "count"
        s.values([(row.label, None), (row.this_month, None if count else PERCENT),
                  (row.last_month, None if count else PERCENT), (row.change, SIGNED if count else SIGNED_PERCENT),
                  (row.last_12, DECIMAL if count else PERCENT)])
    s.line(W["compare_note"].format(first=a.last_12_first, last=a.last_12_last), _MUTED, 30)

    s.section(W["sec_targets"])
    s.header([W["measure"], W["target"], W["actual"], W["result"]])
    for t in a.targets:
        result = W["no_data"] if t.met is None else W["met" if t.met else "not_met"]
        s.values([(t.label, None), (t.target, PERCENT), (t.actual, PERCENT), (result, None)])

    for b in a.breakdowns:
        s.section(b.title)
        if not b.rows:
            s.line(W["no_complaints"])
            continue
        s.header([b.heading, W["count"], W["share"], W["col_ack"], W["col_ack_rate"], W["resolved_on_time"],
                  W["resolved_rate"], W["open"], W["overdue"]])
        for r in b.rows:
            s.values([(r.label, None), (r.figures.count, None), (r.share, PERCENT), *_timing(r.figures)])

    ws.row_breaks.append(Break(id=s.row))  # the parts to write in start a page of their own
    for title, hint in (("sec_causes", "causes_hint"), ("sec_actions", "actions_hint")):
        s.section(W[title])
        s.line(W[hint], _MUTED)
        s.box(6)

    s.row += 1
    for col, key in ((1, "prepared_by"), (4, "reviewed_by"), (7, "date")):
        s.cell(col, W[key], font=_BOLD).alignment = Alignment(horizontal="right")
        for c in (col + 1, col + 2):
            ws.cell(s.row, c).border = _LINE
    ws.row_dimensions[s.row].height = 26
    _print_setup(ws, a)


def _timing(f: Figures) -> list[tuple[Any, Optional[str]]]:
    return [(f.acknowledged_on_time, None), (f.acknowledged_rate, PERCENT), (f.resolved_on_time, None),
            (f.resolved_rate, PERCENT), (f.open, None), (f.overdue, None)]


def _print_setup(ws: Worksheet, a: MonthlyAnalysis, landscape: bool = False) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    # Header and footer hold only the toolkit's own words: '&' starts a code there, so no user text goes in.
    ws.oddFooter.left.text = a.words["title"].replace("&", "&&")
    ws.oddFooter.right.text = "&P / &N"


# -- the open list and the trend -------------------------------------------------------------------------------


def _titled(ws: Worksheet, a: MonthlyAnalysis, title: str, note: str, headers: Sequence[str],
            widths: Sequence[float]) -> _Sheet:
    s = _Sheet(ws, a.lang, widths)
    s.cell(1, title, font=_TITLE)
    ws.row_dimensions[1].height = 24
    s.row += 1
    s.cell(1, f"{a.enterprise_name} · {a.month_label}", font=_MUTED)
    s.row += 1
    if note:
        s.cell(1, note, font=_MUTED)
        s.row += 1
    s.row += 1
    s.header(headers)
    ws.freeze_panes = ws.cell(s.row, 1)
    ws.print_title_rows = f"{s.row - 1}:{s.row - 1}"
    return s


def _open_sheet(ws: Worksheet, a: MonthlyAnalysis) -> None:
    W = a.words
    note = W["open_note"].format(date=a.today.isoformat(), n=len(a.open_records), overdue=a.overdue_count)
    s = _titled(ws, a, W["sec_open"], note, [W["record_id"], W["received_at"], W["category"], W["supplier"],
                                             W["outlet"], W["hours_open"], W["status"]], OPEN_WIDTHS)
    if not a.open_records:
        s.cell(1, W["none_open"])
    for r in a.open_records:
        s.values([(r.id, None), (r.received, WHEN), (r.category, None), (r.supplier, None), (r.outlet, None),
                  (r.hours_open, DECIMAL), (W["status_overdue" if r.overdue else "status_open"], None)])
        if r.overdue:
            ws.cell(s.row - 1, 7).font = Font(name=s.font, size=SIZE, **_LATE)
    _print_setup(ws, a)


def _trend_sheet(ws: Worksheet, a: MonthlyAnalysis) -> None:
    W = a.words
    s = _titled(ws, a, W["sec_trend"], "", [W["trend_month"], W["received"], W["col_ack_rate"], W["resolved_rate"],
                                            W["satisfaction_rate"]], TREND_WIDTHS)
    first = s.row
    for p in a.trend:
        f = p.figures
        s.values([(p.month, None), (f.count, None), (f.acknowledged_rate, PERCENT), (f.resolved_rate, PERCENT),
                  (f.satisfaction_rate, PERCENT)])
    last = s.row - 1
    ws.add_chart(_trend_chart(ws, W, first, last), f"A{last + 3}")
    _print_setup(ws, a)


def _trend_chart(ws: Worksheet, W, first: int, last: int) -> BarChart:
    """Complaints per month as bars, the on-time resolution rate as a line on a second axis (0-100 %)."""
    months = Reference(ws, min_col=1, min_row=first, max_row=last)
    bars = BarChart()
    bars.type = "col"
    bars.title = _title(W["chart_title"])
    bars.add_data(Reference(ws, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True)
    bars.set_categories(months)
    bars.y_axis.title = W["received"]
    bars.y_axis.majorGridlines = None
    bars.y_axis.scaling.min = 0
    bars.legend.position = "b"
    line = LineChart()
    line.add_data(Reference(ws, min_col=4, min_row=first - 1, max_row=last), titles_from_data=True)
    line.y_axis.axId = 200
    line.series[0].smooth = False
    line.y_axis.title = W["resolved_rate"]
    line.y_axis.number_format = "0%"
    line.y_axis.scaling.min = 0
    line.y_axis.scaling.max = 1
    line.y_axis.majorUnit = 0.25
    line.y_axis.crosses = "max"
    bars.x_axis.delete = False
    bars.y_axis.delete = False
    line.y_axis.delete = False
    bars += line
    bars.width, bars.height = 17, 8.5
    return bars


def _title(text: str):
    """A chart title in 11 pt bold (Excel's default of 14 pt crowds a chart this size)."""
    from openpyxl.chart.text import RichText, Text
    from openpyxl.chart.title import Title
    from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun

    chars = CharacterProperties(sz=1100, b=True)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=chars), r=[RegularTextRun(rPr=chars, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)
