"""Every page renders, empty and with data, in every language, without an exception."""

from __future__ import annotations

import pytest

from tests.ui.conftest import PAGES, ROOT, make_app, no_exceptions, open_page

TITLES = {"zh_CN": "客户总览", "en": "Portfolio", "es": "Cartera"}


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_on_an_empty_database(db_url, page):
    at = open_page(make_app(), page)
    no_exceptions(at)
    assert at.title, "every page has a title"


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_with_an_open_assessment(certified_world, page):
    at = open_page(make_app(assessment_id=certified_world["second"].id), page)
    no_exceptions(at)


@pytest.mark.parametrize("lang", ["zh_CN", "en", "es"])
def test_the_start_page_speaks_the_chosen_language(db_url, lang):
    at = make_app(lang).run()
    no_exceptions(at)
    assert at.title[0].value == TITLES[lang]


def test_switching_language_changes_labels_and_catalog_texts(certified_world):
    at = open_page(make_app("zh_CN", certified_world["second"].id), "ui/wizard.py")
    assert any("组织架构" in b.label for b in at.button)
    at.selectbox(key="_lang_pick").set_value("en").run()
    no_exceptions(at)
    assert at.title[0].value == "Assessment wizard"
    assert not any("组织架构" in b.label for b in at.button)
    assert at.session_state["lang"] == "en"


def test_the_empty_portfolio_says_what_to_do_first(db_url):
    at = make_app("en").run()
    assert any("No enterprises yet" in i.value for i in at.info)


def test_a_report_that_cannot_be_built_says_why_and_offers_the_exchange_file(certified_world, monkeypatch):
    import reports

    def broken(html, **kwargs):
        raise OSError("libpango is missing")

    monkeypatch.setattr(reports, "write_pdf", broken)
    at = open_page(make_app("en", certified_world["second"].id), "ui/report.py")
    at.button(key="rp_build").click().run()
    no_exceptions(at)
    assert any("libpango is missing" in e.value for e in at.error)
    assert any("exchange file holds the whole assessment" in i.value for i in at.info)
    assert [b.label for b in at.get("download_button")] == ["Exchange file (.json)"]


def test_the_page_list_is_every_page_script_of_ui():
    """A script under ui/ that runs as a page is in the navigation the app builds (and so in these tests)."""
    scripts = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py")
                     if 'if __name__ == "__main__":' in p.read_text(encoding="utf-8"))
    assert sorted(PAGES) == scripts
    assert len(set(PAGES)) == len(PAGES)


@pytest.mark.parametrize("lang, catalog_lang", [("zh_CN", "zh"), ("en", "en"), ("es", "es")])
def test_the_wizard_names_its_catalog_by_title_not_by_id(certified_world, lang, catalog_lang):
    catalog = certified_world["catalog"]
    at = open_page(make_app(lang, certified_world["second"].id), "ui/wizard.py")
    no_exceptions(at)
    captions = " ".join(c.value for c in at.caption)
    assert catalog.catalog.title.get(catalog_lang).split(" ")[-1] in captions
    assert catalog.id not in captions
