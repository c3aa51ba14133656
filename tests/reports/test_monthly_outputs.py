"""The monthly complaint analysis rendered: the workbook read back with openpyxl (sheets, figures, the native chart,
hostile text kept as text, print setup) and the PDF's text read back with pypdf (CJK font embedded)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from assessment.profile import ServiceProfile
from assessment.records.mapping import ColumnMapping
from assessment.records.reading import parse_table
from assessment.records.validation import validate
from reports.monthly.build import build_monthly
from reports.monthly.pdf import render_monthly_html, render_monthly_pdf
from reports.monthly.xlsx import render_monthly_xlsx
from test_report_pdf import embedded_fonts, squash

HOSTILE = '=HYPERLINK("http://evil.example/x","点我")'
CSV = f"""id,kind,received_at,acknowledged_at,resolved_at,category,product,supplier,channel,outlet,satisfied
C1,complaint,2026-03-01 09:00,2026-03-01 13:00,2026-03-03 09:00,质量,冰箱,甲,电话,一店,是
C2,complaint,2026-03-02 10:00,2026-03-02 14:00:01,2026-03-05 10:00,质量,冰箱,乙,门店,一店,否
C3,complaint,2026-03-31 23:30,2026-04-01 01:00,,"{HOSTILE.replace('"', '""')}",+cmd,<script>x</script>,@SUM(1),-一店,
C4,complaint,2026-03-20 09:00,2026-03-20 10:00,2026-03-21 09:00,,空调,甲,网站,二店,是
P1,complaint,2026-02-10 09:00,2026-02-10 10:00,2026-02-11 09:00,服务,冰箱,甲,电话,一店,是
"""
FRAME = validate(parse_table(CSV.encode(), "x.csv"), ColumnMapping())
COMPANY = "青岛海岳商用冷柜有限公司"


def analysis(lang: str, month: date = date(2026, 3, 1)):
    return build_monthly(FRAME, ServiceProfile(), COMPANY, month, date(2026, 4, 2), lang)


@pytest.fixture(scope="module")
def workbooks():
    return {lang: render_monthly_xlsx(analysis(lang)) for lang in ("zh", "en", "es")}


@pytest.fixture(scope="module")
def pdfs():
    return {lang: render_monthly_pdf(analysis(lang)) for lang in ("zh", "en")}


def rows_of(ws) -> dict:
    """Column A's text -> the row's other values."""
    return {row[0]: row[1:] for row in ws.iter_rows(values_only=True) if isinstance(row[0], str)}


@pytest.mark.parametrize("lang, names", [("zh", ["汇总", "未办结清单", "趋势"]),
                                         ("en", ["Summary", "Open complaints", "Trend"]),
                                         ("es", ["Resumen", "Abiertas", "Tendencia"])])
def test_the_workbook_has_the_summary_the_open_list_and_the_trend(workbooks, lang, names):
    assert load_workbook(io.BytesIO(workbooks[lang])).sheetnames == names


def test_the_summary_gives_the_key_figures_as_numbers_against_the_companys_own_limits(workbooks):
    ws = load_workbook(io.BytesIO(workbooks["zh"]))["汇总"]
    rows = rows_of(ws)
    assert ws["A1"].value == "客户投诉月度分析及汇总表"
    assert rows["企业名称"][0] == COMPANY and rows["统计月份"][0] == "2026年3月"
    assert rows["投诉受理时限"][0] == "4 小时" and rows["投诉处理办结时限"][0] == "48 小时"
    assert rows["受理投诉数"][:1] == (4,)
    assert rows["按时受理数"][:2] == (3, 0.75)
    assert rows["按时办结数"][:2] == (2, 0.5)
    assert rows["超时未办结"][0] == 1
    assert rows["按时办结率"][:4] == (0.5, 1.0, -0.5, pytest.approx(3 / 5))  # this month, February, change, 12 months
    assert rows["按时办结率目标"][:3] == (0.9, 0.5, "未达标")
    rate = next(c for c in ws["C"] if c.value == 0.75)
    assert rate.number_format == "0.0%"
    assert "整改措施" in rows and "原因分析" in rows and "编制人" in rows


def test_the_summary_has_a_table_per_grouping(workbooks):
    rows = rows_of(load_workbook(io.BytesIO(workbooks["en"]))["Summary"])
    for title in ("By category", "By product", "By supplier", "By channel", "By service outlet"):
        assert title in rows
    assert rows["质量"][:2] == (2, 0.5) and rows["(not given)"][0] == 1
    assert rows["甲"][:2] == (2, 0.5)


def test_hostile_text_stays_text_and_never_becomes_a_formula(workbooks):
    data = workbooks["en"]
    wb = load_workbook(io.BytesIO(data))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if c.data_type == "s"}
    assert {HOSTILE, "+cmd", "<script>x</script>", "@SUM(1)", "-一店"} <= texts
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert not any("<f>" in xml or "<f " in xml for xml in sheets)


def test_the_open_list_names_each_open_complaint(workbooks):
    ws = load_workbook(io.BytesIO(workbooks["en"]))["Open complaints"]
    rows = rows_of(ws)
    assert rows["C3"][1:] == (HOSTILE, "<script>x</script>", "-一店", 48.5, "Overdue")
    assert ws.print_title_rows  # the header repeats on every printed page


def test_the_trend_sheet_holds_twelve_months_and_a_native_chart(workbooks):
    data = workbooks["en"]
    rows = rows_of(load_workbook(io.BytesIO(data))["Trend"])
    months = [k for k in rows if re.fullmatch(r"\d{4}-\d{2}", k)]
    assert months[0] == "2025-04" and months[-1] == "2026-03" and len(months) == 12
    assert rows["2026-03"][:1] == (4,) and rows["2026-02"][2] == 1.0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 1
    assert re.search(r"<(c:)?barChart>", charts[0]) and re.search(r"<(c:)?lineChart>", charts[0])


def test_every_sheet_prints_on_a4_fitted_to_the_page_width(workbooks):
    for ws in load_workbook(io.BytesIO(workbooks["zh"])).worksheets:
        assert ws.page_setup.paperSize in (9, "9")  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0


def test_a_month_without_complaints_still_gives_the_form_saying_so():
    data = render_monthly_xlsx(analysis("zh", date(2025, 12, 1)))
    rows = rows_of(load_workbook(io.BytesIO(data))["汇总"])
    assert "本月未受理投诉。" in rows
    assert rows["受理投诉数"][0] == 0 and rows["按时办结率目标"][2] == "无数据"
    pdf = squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(render_monthly_pdf(
        analysis("en", date(2025, 12, 1))))).pages))
    assert "Nocomplaintswerereceivedthismonth." in pdf


def test_the_pdf_reads_back_with_the_figures_and_the_form(pdfs):
    zh = squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdfs["zh"])).pages))
    for text in ("客户投诉月度分析及汇总表", COMPANY, "2026年3月", "投诉受理时限", "4小时", "48小时", "按时办结率",
                 "50.0%", "75.0%", "近12个月趋势", "未办结及超时投诉清单", "原因分析", "整改措施", "编制人", "审核人"):
        assert text in zh, text
    en = squash("".join(p.extract_text() for p in PdfReader(io.BytesIO(pdfs["en"])).pages))
    for text in ("MonthlyComplaintAnalysisandSummary", "Ourowncomplainthandlinglimits", "Correctiveactions",
                 "Preparedby", "Reviewedby", squash(HOSTILE), "<script>x</script>"):
        assert text in en, text


def test_the_pdf_embeds_a_cjk_font_subset(pdfs):
    for lang in ("zh", "en"):
        fonts = embedded_fonts(PdfReader(io.BytesIO(pdfs[lang])))
        cjk = {name: embedded for name, embedded in fonts.items() if re.search(r"Noto-?Sans-?CJK", name)}
        assert cjk and all(cjk.values()), sorted(fonts)
    assert len(pdfs["zh"]) < 1_000_000  # a subset, never the whole font collection


def test_the_html_escapes_user_text_and_draws_the_trend_inline():
    html = render_monthly_html(analysis("en"))
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart trend"' in html
    assert not re.search(r"""(src|href)\s*=\s*["']?[a-z]+:|url\(""", html)  # nothing to fetch
