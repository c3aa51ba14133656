"""The service records page: a company's export uploaded (UTF-8 or GB18030 CSV, .xlsx), its Chinese headers mapped,
checked in a dry run, imported; a bad file refused with its rows and columns named and nothing stored; the KPIs
shown as the record use case computes them; hostile cells shown as text."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from assessment.cycle import add_months
from assessment.demo_records import demo_records
from assessment.profile import default_profile
from assessment.records_usecases import import_records, record_kpi

from tests.ui.conftest import ACME, make_app, no_exceptions, open_page
from ui.downloads import csv_bytes

PAGE = "ui/service_records.py"
CHINESE_HEADERS = ["工单号", "受理时间", "响应时间", "办结时间", "问题类别", "商品名称", "品牌商", "门店", "是否满意", "客户姓名"]
ROWS = [
    ["T-001", "2026-11-03 09:12", "2026-11-03 10:00", "2026-11-04 15:30", "商品质量", "变频空调", "美凌电器", "文三路店", "满意", "张三"],
    ["T-002", "2026/11/05 14:20", "2026/11/05 15:02", "", "送货延误", "冰箱", "海尔斯家电", "滨江店", "", "李四"],
    ["T-003", "2026-11-06 10:00", "", "2026-11-09 10:00", "=1+1", "<script>alert(1)</script>", "**x**", "萧山店", "否", "王五"],
]
HOSTILE = ("=1+1", "<script>alert(1)</script>", "**x**")


def csv_file(headers, rows, encoding="utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows([headers, *rows])
    return out.getvalue().encode(encoding)


@pytest.fixture
def enterprise(store):
    return store.add_enterprise(ACME)


def page(enterprise, lang="zh_CN"):
    at = make_app(lang)
    at.session_state["enterprise_id"] = enterprise.id
    return open_page(at, PAGE)


def upload(at, enterprise, name: str, data: bytes, mime: str = "text/csv"):
    return at.file_uploader(key=f"sr_upload_{enterprise.id}").upload(name, data, mime).run()


def mapped(at, field: str):
    return next(s for s in at.selectbox if s.key and s.key.startswith("sr_map_") and s.key.endswith(f"_{field}"))


def texts(at, *kinds) -> list[str]:
    return [str(e.value) for kind in kinds for e in getattr(at, kind)]


def test_a_gb18030_csv_with_chinese_headers_is_mapped_and_checked_without_storing(store, enterprise):
    at = upload(page(enterprise), enterprise, "投诉.csv", csv_file(CHINESE_HEADERS, ROWS, "gb18030"))
    no_exceptions(at)
    assert mapped(at, "id").value == "工单号" and mapped(at, "received_at").value == "受理时间"
    assert mapped(at, "resolved_at").value == "办结时间" and mapped(at, "supplier").value == "品牌商"
    assert mapped(at, "channel").value == ""  # not in the file: not imported
    assert any("个人信息保护法" in t for t in texts(at, "info"))
    assert any("gb18030" in t for t in texts(at, "caption"))
    at.button(key="sr_check").click().run()
    no_exceptions(at)
    assert any("新增 3 条" in t and "尚未保存" in t for t in texts(at, "success"))
    assert store.count_records(enterprise.id) == {}


def test_importing_stores_the_records_keeps_the_mapping_and_reimporting_changes_nothing(store, enterprise):
    data = csv_file(CHINESE_HEADERS, ROWS, "gb18030")
    at = upload(page(enterprise, "en"), enterprise, "complaints.csv", data)
    at.button(key="sr_import").click().run()
    no_exceptions(at)
    assert store.count_records(enterprise.id) == {"complaint": 3}
    assert any("Imported: 3 new, 0 updated, 0 unchanged" in t for t in texts(at, "success"))
    kept = store.record_mapping(enterprise.id)
    assert kept.columns["received_at"] == "受理时间" and not kept.extra  # the customer's name is not kept
    frame = store.service_records(enterprise.id)
    assert "张三" not in frame.astype(str).to_string()
    at.button(key="sr_import").click().run()
    assert any("0 new, 0 updated, 3 unchanged" in t for t in texts(at, "success"))
    assert store.count_records(enterprise.id) == {"complaint": 3}


def test_a_column_kept_on_purpose_is_stored_with_the_record(store, enterprise):
    at = upload(page(enterprise, "en"), enterprise, "c.csv", csv_file(CHINESE_HEADERS, ROWS))
    at.multiselect(key=next(m.key for m in at.multiselect if m.key.startswith("sr_extra_"))).select("客户姓名").run()
    at.button(key="sr_import").click().run()
    no_exceptions(at)
    assert store.record_mapping(enterprise.id).extra == {"客户姓名": "客户姓名"}
    assert store.service_records(enterprise.id, extra=True)["extra"].iloc[0] == {"客户姓名": "张三"}


def test_a_utf8_file_with_the_default_headers_takes_its_kinds_from_its_kind_column(store, enterprise):
    headers = ["id", "kind", "received_at", "resolved_at"]
    rows = [["R1", "维修", "2026-10-01 08:00", "2026-10-01 20:00"], ["D1", "delivery", "2026-10-02 09:00", ""]]
    at = upload(page(enterprise, "en"), enterprise, "mixed.csv", b"\xef\xbb\xbf" + csv_file(headers, rows))
    assert at.selectbox(key=next(s.key for s in at.selectbox if s.key.startswith("sr_kind_"))).value == ""
    at.button(key="sr_import").click().run()
    no_exceptions(at)
    assert store.count_records(enterprise.id) == {"repair": 1, "delivery": 1}


def test_a_bad_file_lists_its_row_and_column_problems_and_stores_nothing(store, enterprise):
    rows = [
        ["T-1", "2026-13-40 09:00", "", "", "商品质量", "", "", "", "", ""],
        ["T-2", "2026-11-05 14:20", "", "2026-11-04 10:00", "", "", "", "", "也许", ""],
        ["T-1", "2026-11-06 10:00", "", "", "", "", "", "", "", ""],
    ]
    at = upload(page(enterprise), enterprise, "bad.csv", csv_file(CHINESE_HEADERS, rows))
    at.button(key="sr_check").click().run()
    no_exceptions(at)
    errors = " ".join(texts(at, "error"))
    assert "共 4 处问题" in errors and "未保存任何记录" in errors
    assert "第 2 行" in errors and "受理时间" in errors  # the bad date
    assert "第 3 行" in errors and "办结时间" in errors and "是否满意" in errors
    assert "第 4 行" in errors and "工单号" in errors  # the duplicate id
    at.button(key="sr_import").click().run()
    assert store.count_records(enterprise.id) == {}


def test_a_file_that_is_not_a_table_says_why_and_offers_nothing_to_import(store, enterprise):
    at = upload(page(enterprise, "en"), enterprise, "photo.csv", b"\x89PNG\r\n\x1a\n....")
    no_exceptions(at)
    assert any("cannot be read" in t and "is not a CSV or" in t for t in texts(at, "error"))
    assert not [b for b in at.button if b.key in ("sr_check", "sr_import")]


def test_an_xlsx_workbook_is_read_like_a_csv(store, enterprise):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(CHINESE_HEADERS)
    for row in ROWS:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    at = upload(page(enterprise, "en"), enterprise, "records.xlsx", out.getvalue(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    at.button(key="sr_import").click().run()
    no_exceptions(at)
    assert store.count_records(enterprise.id) == {"complaint": 3}


def test_hostile_cells_are_shown_literally_in_the_preview_the_charts_and_the_lists(store, enterprise):
    at = upload(page(enterprise, "en"), enterprise, "c.csv", csv_file(CHINESE_HEADERS, ROWS))
    preview = at.dataframe[0].value
    assert set(HOSTILE) <= set(preview.astype(str).to_numpy().ravel())
    at.button(key="sr_import").click().run()
    no_exceptions(at)
    for text in texts(at, "markdown", "caption", "error", "warning", "info", "success"):
        assert "<script>" not in text and "**x**" not in text
    charts = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    spec = json.dumps(charts, ensure_ascii=False)
    assert "<script>" not in spec
    category_axis = charts[1]["data"][0]["y"]
    assert "=1+1" in category_axis  # shown as it is: a chart label is no formula


def test_the_kpis_shown_are_those_of_the_record_use_case_with_the_companys_limits(store, enterprise):
    today = date.today()
    import_records(store, enterprise.id, demo_records(ACME, default_profile("seller"), today, seed=3))
    at = page(enterprise, "en")
    no_exceptions(at)
    assert at.selectbox(key=f"sr_kpi_kind_{enterprise.id}").value == "complaint"
    start = add_months(today.replace(day=1), -11)
    figures = record_kpi(store, enterprise.id, today=today, kind="complaint", date_from=start, date_to=today)
    shown = {m.label: m.value for m in at.metric}
    assert shown["Records"] == f"{figures['count']:,}"
    assert shown["Resolved on time"] == f"{figures['resolved_on_time_rate'] * 100:.1f}%"
    assert shown["Acknowledged on time"] == f"{figures['acknowledged_on_time_rate'] * 100:.1f}%"
    assert shown["Still open"] == str(figures["open"]) and shown["Overdue"] == str(figures["overdue"])
    assert shown["Satisfaction"] == f"{figures['satisfaction_rate'] * 100:.1f}%"
    assert any("acknowledged within 4 hours" in t and "resolved within 48 hours" in t for t in texts(at, "caption"))
    overdue = at.dataframe[0].value
    assert len(overdue) == figures["overdue"] >= 1
    at.selectbox(key=f"sr_kpi_kind_{enterprise.id}").select("delivery").run()
    delivery = record_kpi(store, enterprise.id, today=today, kind="delivery", date_from=start, date_to=today)
    assert {m.label: m.value for m in at.metric}["Records"] == f"{delivery['count']:,}"
    assert any("delivered within 3 days" in t for t in texts(at, "caption"))


def test_an_enterprise_without_records_is_told_where_to_upload_them(enterprise):
    at = page(enterprise, "es")
    no_exceptions(at)
    assert any("Cargar registros" in t for t in texts(at, "info"))


def test_a_downloaded_list_never_holds_a_formula():
    import pandas as pd

    frame = pd.DataFrame({"a": ["=1+1", "+2", "-3", "@SUM(A1)", "ok", "\tx"], "b": [1, 2, 3, 4, 5, 6]})
    rows = list(csv.reader(io.StringIO(csv_bytes(frame).decode("utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == ["'=1+1", "'+2", "'-3", "'@SUM(A1)", "ok", "'\tx"]
    assert csv_bytes(frame).startswith(b"\xef\xbb\xbf")


def test_the_monthly_complaint_analysis_is_offered_as_a_workbook_and_a_pdf_built_on_demand(store, enterprise):
    import_records(store, enterprise.id, demo_records(ACME, default_profile("seller"), date.today(), seed=3))
    at = page(enterprise, "en")
    no_exceptions(at)
    downloads = [e.proto.label for e in at.get("download_button")]
    assert "Monthly analysis (.xlsx)" in downloads and "Monthly analysis (.pdf)" not in downloads
    at.button(key="sr_monthly_build").click().run()
    no_exceptions(at)
    assert "Monthly analysis (.pdf)" in [e.proto.label for e in at.get("download_button")]


def test_choosing_another_enterprise_shows_its_own_kinds_of_records(store, enterprise):
    from assessment.demo import CERTIFIED
    from assessment.demo_profile import demo_profile

    import_records(store, enterprise.id, demo_records(ACME, default_profile("seller"), date.today(), seed=3))
    producer = store.add_enterprise(CERTIFIED)
    import_records(store, producer.id, demo_records(CERTIFIED, demo_profile(date.today()), date.today(), seed=3))
    at = page(enterprise, "en")
    at.selectbox(key=f"sr_kpi_kind_{enterprise.id}").select("delivery").run()
    at.selectbox(key="sr_enterprise").set_value(producer.id).run()
    no_exceptions(at)
    box = at.selectbox(key=f"sr_kpi_kind_{producer.id}")
    assert box.options == ["Complaint", "Repair"] and box.value == "complaint"
    assert "Supplier" not in at.dataframe[0].value.columns  # the producer names no supplier: no empty column
