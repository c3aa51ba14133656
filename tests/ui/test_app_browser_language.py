"""What only a browser shows of the UI language: the upload box's texts (Streamlit's own, replaced by a style
sheet), a choice widget's label after a language switch, and the page for an address that names no page."""

from __future__ import annotations

import time
from datetime import date

import pytest

from assessment.demo import seed_demo
from assessment.models import Enterprise
from assessment.store import Store

from tests.ui.conftest import needs_chromium, running_app, wait_for, sign_in_browser

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    """`streamlit run app.py` on a free loopback port over the demo data plus a few Chinese names."""
    folder = tmp_path_factory.mktemp("language")
    url_db = f"sqlite:///{folder / 'language.db'}"
    store = Store(url_db)
    seed_demo(store, date.today())
    for name in ("重庆长安售后服务有限公司", "阿里家电维修中心"):
        store.add_enterprise(Enterprise(name=name))
    store.close()
    with running_app(url_db, folder) as base:
        yield base


@pytest.fixture
def page(app_url, browser_page):
    tab = browser_page()
    sign_in_browser(tab, app_url)
    tab.base = app_url
    return tab


def _after(locator) -> str:
    """What the style sheet shows after an element (its ::after content, unquoted)."""
    return locator.evaluate("e => getComputedStyle(e, '::after').content").strip('"')


@pytest.mark.flaky(reruns=1)
def test_upload_box_speaks_chinese_in_a_real_browser(page, tmp_path):
    page.goto(f"{page.base}/settings?lang=zh_CN")
    page.get_by_role("heading", name="设置").wait_for()
    box = page.locator(".st-key-set_upload [data-testid='stFileUploaderDropzone']")
    box.wait_for()
    button = box.locator("button [data-testid='stMarkdownContainer'] p")
    limit = box.locator("[data-testid='stFileUploaderDropzoneInstructions'] span")
    wait_for(lambda: _after(button) == "选择文件", what="the translated button")
    assert _after(limit) == "每个文件不超过 1 MB · YAML、YML"
    # Streamlit's own English texts are still in the page, but take no room and cannot be seen
    for english in (button, limit):
        assert english.evaluate("e => getComputedStyle(e).fontSize") == "0px"
    assert box.bounding_box()["height"] > 40
    page.screenshot(path=str(tmp_path / "upload_zh.png"))


@pytest.mark.flaky(reruns=1)
def test_input_hints_speak_chinese_in_a_real_browser(page):
    page.goto(f"{page.base}/?lang=zh_CN")
    search = page.locator(".st-key-pf_search input")
    search.wait_for()
    search.click()
    search.type("abc")
    hint = page.locator(".st-key-pf_search [data-testid='InputInstructions'] > span").first
    hint.wait_for(state="attached")
    assert _after(hint) == "按 Enter 键确认"  # Streamlit's "Press Enter to apply"
    assert hint.evaluate("e => getComputedStyle(e).fontSize") == "0px"
    search.press("Enter")
    picker = page.locator(".st-key-portfolio_pick input")
    picker.click()
    picker.press("Control+a")
    picker.type("xyz")
    nothing = page.locator("[data-testid='stSelectboxVirtualDropdown'] [role='option'] span").first
    nothing.wait_for(state="attached")
    assert _after(nothing) == "没有匹配项"  # Streamlit's "No results"


@pytest.mark.flaky(reruns=1)
def test_sort_box_follows_a_language_switch_in_a_real_browser(page):
    page.goto(f"{page.base}/?lang=zh_CN")
    sort = page.locator(".st-key-pf_sort input")
    sort.wait_for()
    sort.click()
    page.get_by_role("option", name="得分从高到低").click()
    wait_for(lambda: sort.input_value() == "得分从高到低", what="the chosen sort")
    page.locator(".st-key-_lang_pick input").click()
    page.get_by_role("option", name="English").click()
    page.get_by_role("heading", name="Portfolio").wait_for()
    wait_for(lambda: sort.input_value() == "Score, highest first", what="the sort box in English")
    assert "score=" not in page.url  # the choice is a widget's, not the address's


@pytest.mark.flaky(reruns=1)
def test_an_address_that_names_no_page_gets_the_apps_own_page_in_chinese(page):
    page.goto(f"{page.base}/nonexistent?lang=zh_CN")
    page.get_by_role("heading", name="页面不存在").wait_for()
    time.sleep(1.0)
    text = page.inner_text("body")
    assert "/nonexistent" in text and "返回客户总览" in text
    assert "Page not found" not in text and "does not seem to exist" not in text
    page.get_by_text("前往客户总览").click()
    page.get_by_role("heading", name="客户总览").wait_for()


@pytest.mark.flaky(reruns=1)
def test_the_start_pages_own_name_leads_to_the_start_page(page):
    page.goto(f"{page.base}/portfolio?lang=es")
    page.get_by_role("heading", name="Cartera").wait_for()
    wait_for(lambda: page.url.startswith(f"{page.base}/?"), what="the start page's address")
    assert "Page not found" not in page.inner_text("body")
