"""No English inside the Chinese or Spanish UI, and names in each language's order (AppTest on a temporary
database; what only a browser shows is in test_app_browser_language.py)."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.models import Enterprise, Response
from criteria import default_catalog

from tests.ui.conftest import PAGES, make_app, no_exceptions, open_page
from ui.inputs import WRAPPED_STEP_LABELS, css_string, widget_class

NAMES = ["张三电器有限公司", "阿里家电维修中心", "北京京东家电服务有限公司", "重庆长安售后服务有限公司"]
PINYIN_ORDER = ["阿里家电维修中心", "北京京东家电服务有限公司", "重庆长安售后服务有限公司", "张三电器有限公司"]


@pytest.fixture
def chinese_names(store):
    return [store.add_enterprise(Enterprise(name=n)) for n in NAMES]


def test_sort_box_follows_a_language_switch(db_url):
    """Streamlit sends a choice widget's value as its label: after the switch it must send the new label."""
    at = make_app("zh_CN").run()
    at.selectbox(key="pf_sort").set_value("score").run()
    at.selectbox(key="_lang_pick").set_value("en").run()
    no_exceptions(at)
    box = at.selectbox(key="pf_sort")
    assert box.value == "score"
    assert list(box.proto.options)[1] == "Score, highest first"
    assert box.proto.set_value and box.proto.raw_value == "Score, highest first"
    at.selectbox(key="_lang_pick").set_value("es").run()
    assert at.selectbox(key="pf_sort").proto.raw_value == "Puntuación, de mayor a menor"


def test_portfolio_lists_chinese_names_by_pinyin(chinese_names):
    at = make_app("zh_CN").run()
    no_exceptions(at)
    assert list(at.dataframe[0].value["name"]) == PINYIN_ORDER
    assert at.selectbox(key="portfolio_pick").options == PINYIN_ORDER


def test_enterprise_pickers_list_names_in_the_languages_order(chinese_names):
    at = open_page(make_app("zh_CN"), "ui/wizard.py")
    no_exceptions(at)
    assert at.selectbox(key="wz_enterprise").options == PINYIN_ORDER
    at = open_page(make_app("zh_CN"), "ui/transfer.py")
    assert at.selectbox(key="tr_ent").options == PINYIN_ORDER


@pytest.mark.parametrize("page", PAGES)
def test_empty_cells_show_a_dash_not_none(certified_world, store, page):
    store.add_enterprise(Enterprise(name="新客户"))  # no assessment: empty score and dates in the portfolio
    at = open_page(make_app("es", certified_world["second"].id), page)
    no_exceptions(at)
    for table in at.dataframe:
        assert table.proto.placeholder == "—"


def _style_sheet(at, containing: str) -> str:
    [sheet] = [h.proto.body for h in at.get("html") if containing in h.proto.body]
    return sheet


def test_upload_box_speaks_chinese(db_url):
    at = open_page(make_app("zh_CN"), "ui/settings.py")
    no_exceptions(at)
    box = widget_class("set_upload")
    sheet = _style_sheet(at, box)
    assert f".{box} [data-testid='stFileUploaderDropzone']" in sheet
    for text in ("选择文件", "每个文件不超过 1 MB · YAML、YML", "将文件拖放到此处"):
        assert f"content: {css_string(text)}" in sheet
    assert 'content: "Upload"' not in sheet and "per file" not in sheet


def test_upload_box_speaks_spanish_on_the_import_page(db_url):
    at = open_page(make_app("es"), "ui/transfer.py")
    sheet = _style_sheet(at, widget_class("tr_upload"))
    assert f"content: {css_string('Máximo 5 MB por archivo · JSON')}" in sheet
    assert f"content: {css_string('Elegir archivo')}" in sheet


@pytest.mark.parametrize("lang, hint, nothing", [
    ("zh_CN", "按 Enter 键确认", "没有匹配项"),
    ("es", "Pulse Intro para aplicar", "Ninguna coincidencia"),
])
def test_input_hints_speak_the_language_on_every_page(db_url, lang, hint, nothing):
    for page in PAGES:
        at = open_page(make_app(lang), page)
        sheet = _style_sheet(at, "InputInstructions")
        assert f"content: {css_string(hint)}" in sheet and f"content: {css_string(nothing)}" in sheet


def test_date_field_rejects_a_date_outside_the_calendar(store, certified_world):
    at = open_page(make_app("zh_CN"), "ui/certification.py")
    before = len(store.list_certificates())
    at.text_input(key="cal_cert_number").input("CSC-2026-0009")
    at.text_input(key="cal_cert_issued").input("2026-02-30")
    at.button(key="cal_cert_save").click().run()
    no_exceptions(at)
    assert "日历上没有 2026-02-30 这一天。" in [e.value for e in at.error]
    at.text_input(key="cal_cert_issued").input("2200-01-01")
    at.button(key="cal_cert_save").click().run()
    assert "请填写 1990-01-01 至 2199-12-31 之间的日期。" in [e.value for e in at.error]
    at.text_input(key="cal_cert_issued").input("12/03/2026")
    at.button(key="cal_cert_save").click().run()
    assert any("YYYY-MM-DD" in e.value and "例如 2026-03-01" in e.value for e in at.error)
    assert len(store.list_certificates()) == before  # nothing saved from a bad date
    at.text_input(key="cal_cert_number").input("CSC-2026-0009")  # the form clears on every submit
    at.text_input(key="cal_cert_issued").input("２０２６-０３-０１")  # full-width digits, as a Chinese IME types them
    at.selectbox(key="cal_cert_level").set_value("three_star")  # a certificate's level is always chosen
    at.button(key="cal_cert_save").click().run()
    no_exceptions(at)
    issued = {c.certificate.number: c.certificate.issued_on for c in store.list_certificates()}
    assert issued["CSC-2026-0009"] == date(2026, 3, 1)


def test_a_blank_enterprise_name_is_refused_in_the_users_language(db_url):
    at = make_app("zh_CN").run()
    at.text_input(key="new_enterprise.name").input("   ")
    at.button(key="new_enterprise.submit").click().run()
    no_exceptions(at)
    assert [e.value for e in at.error] == ["名称：不能为空。"]
    at = make_app("es").run()
    at.text_input(key="new_enterprise.name").input("   ")
    at.button(key="new_enterprise.submit").click().run()
    assert [e.value for e in at.error] == ["Nombre: no puede quedar vacío."]


def test_spanish_step_labels_show_the_whole_indicator_name(certified_world):
    catalog = certified_world["catalog"]
    aid = certified_world["second"].id
    at = open_page(make_app("es", aid), "ui/wizard.py")
    no_exceptions(at)
    labels = {b.key: b.label for b in at.button if b.key and b.key.startswith(f"wz_step_{aid}_")}
    longest = max(catalog.indicators(), key=lambda ind: len(ind.name.get("es")))
    assert len(longest.name.get("es")) > 24
    assert longest.name.get("es") in labels[f"wz_step_{aid}_{longest.id}"].replace("\\", "")
    assert any(WRAPPED_STEP_LABELS in sheet.proto.body for sheet in at.get("html")), "the labels wrap, not cut"
