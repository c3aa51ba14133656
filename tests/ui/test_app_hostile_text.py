"""Hostile text in any field (HTML, script tags, markdown, very long strings, emoji, right-to-left) is shown as
text on every page; so is every text of a hostile catalog (a certification body's scoring sheet is untrusted
input): a name `![x](http://...)` shows literally and the browser fetches nothing."""

from __future__ import annotations

import http.server
import re
import threading
import time
from datetime import date

import pytest
import yaml

from assessment import usecases
from assessment.models import Assessment, CatalogRef, Certificate, Enterprise, Response, SpecialBonus, SpecialDeduction
from assessment.store import Store
from criteria import DEFAULT_CATALOG_PATH, default_catalog

from tests.ui.conftest import PAGES, answers_for, make_app, needs_chromium, no_exceptions, open_page, running_app, sign_in_browser
from ui.widgets import WORD_JOINER, md

HOSTILE = (
    '<script>alert("x")</script><img src=x onerror=alert(1)> **bold** :red[red] [link](javascript:alert(1)) '
    "![img](http://example.invalid/x.png) # heading `code` $x^2$ مرحبا بالعالم 😀🎉 "
)
LONG = HOSTILE + "长" * 400


@pytest.fixture
def hostile_world(store):
    catalog = default_catalog()
    ent_value = Enterprise(name=LONG[:500], credit_code="<b>x</b>", industry=HOSTILE, address=HOSTILE, contact=HOSTILE)
    ent = store.add_enterprise(ent_value)
    responses = (
        Response(item="1.1.1", result="met", note=LONG * 5, evidence=("<script>", "e1")),
        Response(item="1.1.2", result="excluded", justification=HOSTILE),
        Response(item="1.2.1", result="partial", samples=10, failed_samples=3, note=HOSTILE, action=HOSTILE, owner=HOSTILE),
    )
    stored = store.add_assessment(
        ent.id,
        Assessment(
            catalog=CatalogRef(id=catalog.id, version=catalog.version), enterprise=ent_value,
            assessed_on=date(2026, 1, 2), assessor=HOSTILE, responses=responses,
            special_deductions=(SpecialDeduction(category="law", description=HOSTILE, corrective_action=LONG),),
            special_bonus=SpecialBonus(description=HOSTILE),
        ),
    )
    usecases.next_round(store, stored.id, date(2026, 6, 1))
    store.add_certificate(ent.id, Certificate(number="<i>N</i>-1", issued_on=date(2025, 1, 1), level="three_star"))
    return stored


def _texts(at) -> list[str]:
    out = []
    for kind in ("markdown", "caption", "error", "warning", "info", "success", "subheader", "title", "header"):
        out += [str(e.value) for e in getattr(at, kind)]
    return out


def assert_only_our_style_sheets(at, *forbidden: str) -> None:
    """No raw HTML is ever drawn but the upload boxes' own style sheets (ui.inputs): style only, and carrying no
    text of a user or a catalog (those are the texts of the UI language, CSS-escaped)."""
    for element in at.get("html"):
        body = element.proto.body
        assert re.fullmatch(r"\s*<style>[^<]*</style>\s*", body), body[:300]
        for text in forbidden:
            assert text not in body, body[:300]


@pytest.mark.parametrize("page", PAGES)
def test_hostile_text_is_shown_as_text_on_every_page(hostile_world, page):
    at = open_page(make_app("en", hostile_world.id), page)
    no_exceptions(at)
    assert_only_our_style_sheets(at, "<script", "<img", "javascript:")
    for text in _texts(at):
        assert "<script>" not in text, text[:200]
        assert "](javascript:" not in text, text[:200]
        assert ":red[" not in text, text[:200]


def test_very_long_names_are_shortened_in_headings(hostile_world):
    at = open_page(make_app("en", hostile_world.id), "ui/wizard.py")
    assert all(len(h.value) < 400 for h in at.subheader)


# -- a hostile catalog -------------------------------------------------------------------------------------------


def hostile_catalog_text(host: str, catalog_id: str = "hostile-sheet") -> tuple[str, str]:
    """(the YAML of a catalog whose every text, in every language, is markup pointing at `host`, that text)."""
    text = f"![x](http://{host}/x.png) **b** <img src=http://{host}/y.png>"
    raw = yaml.safe_load(DEFAULT_CATALOG_PATH.read_text(encoding="utf-8"))

    def poison(node):
        if isinstance(node, dict):
            if set(node) == {"zh", "en", "es"}:
                return {lang: text for lang in node}
            return {k: poison(v) for k, v in node.items()}
        if isinstance(node, list):
            return [poison(v) for v in node]
        return node

    raw = poison(raw)
    raw["catalog"]["id"], raw["catalog"]["version"] = catalog_id, "1"
    return yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), text


def seed_hostile_catalog_world(store: Store, host: str) -> tuple[int, str]:
    """The hostile catalog registered and chosen for new assessments; an enterprise (named with the same markup)
    with two rounds answered against it, gaps and special findings included. Returns (latest id, the text)."""
    source, text = hostile_catalog_text(host)
    catalog = store.register_catalog(source)
    store.choose_catalog_for_new(catalog.id, catalog.version)
    ent_value = Enterprise(name=text, industry=text)
    ent = store.add_enterprise(ent_value)
    ids = [it.id for _, _, it in catalog.iter_items()]
    ref = CatalogRef(id=catalog.id, version=catalog.version)
    first = store.add_assessment(ent.id, Assessment(
        catalog=ref, enterprise=ent_value, assessed_on=date(2026, 1, 5), assessor=text,
        responses=answers_for(catalog, set(ids[:8])),
        special_deductions=(SpecialDeduction(category="law", description=text, corrective_action=text),),
    ))
    second = usecases.next_round(store, first.id, date(2026, 6, 1), text)
    store.add_certificate(ent.id, Certificate(number="HS-1", issued_on=date(2025, 1, 1), level="three_star"))
    return second.id, text


MARKUP = [re.compile(r"(?<!\\)!\[x\]"), re.compile(r"(?<!\\)\*\*b(?<!\\)\*\*"), re.compile(r"(?<!\\)<img")]
# Fields Streamlit renders as Markdown: bodies, labels, help and captions of every element; the options of
# radios and segmented controls too (a selectbox's or multiselect's options are plain text).
_MARKDOWN_FIELDS = {"body", "label", "help", "text", "caption", "content"}


def _nodes(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _nodes(child)


def _markdown_strings(proto) -> list[str]:
    out: list[str] = []
    kind = type(proto).__name__
    for field, value in proto.ListFields():
        if field.name in ("spec", "arrow_data", "data", "figure"):
            continue
        if field.type == field.TYPE_STRING:
            values = list(value) if field.is_repeated else [value]
            if field.name in _MARKDOWN_FIELDS or (field.name == "options" and kind == "Radio"):
                out += values
        elif field.type == field.TYPE_MESSAGE:
            for msg in (value if field.is_repeated else [value]):
                out += _markdown_strings(msg)
    return out


@pytest.fixture
def hostile_catalog_world(store):
    return seed_hostile_catalog_world(store, "127.0.0.1:9")


@pytest.mark.parametrize("page", PAGES)
def test_catalog_markup_is_never_rendered_as_markdown_on_any_page(hostile_catalog_world, page):
    aid, text = hostile_catalog_world
    at = open_page(make_app("es", aid), page)
    no_exceptions(at)
    assert_only_our_style_sheets(at, "127.0.0.1:9")
    rendered = []
    for node in _nodes(at._tree):
        if getattr(node, "proto", None) is not None and type(node).__name__ != "Html":
            rendered += _markdown_strings(node.proto)
    bad = [s[:160] for s in rendered for pattern in MARKUP if pattern.search(s)]
    assert not bad, bad
    assert any(md(text) in s for s in rendered), "the catalog's text is shown (escaped, so literally)"


# -- the same in a real browser: nothing is fetched --------------------------------------------------------------

class _Counter(http.server.BaseHTTPRequestHandler):
    """Counts every request that reaches it (a browser that fetched an image from a catalog's text)."""

    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - the http.server interface
        type(self).hits.append(self.path)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def counting_server():
    _Counter.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}", _Counter.hits
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def hostile_app(tmp_path, counting_server):
    """The app over a database holding the hostile catalog world."""
    host, hits = counting_server
    url_db = f"sqlite:///{tmp_path / 'hostile.db'}"
    store = Store(url_db)
    aid, text = seed_hostile_catalog_world(store, host)
    store.close()
    with running_app(url_db, tmp_path) as base:
        yield {"base": base, "aid": aid, "text": text, "hits": hits}


# url path, the page's title in English (the heading to wait for), whether the page shows catalog text
BROWSER_PAGES = [
    ("", "Portfolio", False), ("wizard", "Assessment wizard", True), ("special", "Special findings", False),
    ("results", "Results and gaps", True), ("compare", "Compare rounds", True), ("report", "Report", False),
    ("service", "Service system", False), ("calendar", "Certification calendar", False),
    ("transfer", "Import and export", True),
    ("settings", "Settings", True),
]


def _settled(page) -> None:
    """Wait until the script run is over (Streamlit's status widget gone) and the page has drawn."""
    deadline = time.monotonic() + 30
    time.sleep(0.5)
    while time.monotonic() < deadline and page.locator("[data-testid='stStatusWidget']").count():
        time.sleep(0.2)
    time.sleep(1.0)


@needs_chromium
@pytest.mark.flaky(reruns=1)
def test_catalog_markdown_image_is_shown_literally_and_fetches_nothing(hostile_app, browser_page, tmp_path):
    base, aid, text, hits = hostile_app["base"], hostile_app["aid"], hostile_app["text"], hostile_app["hits"]
    shown_on = []
    page = browser_page()
    sign_in_browser(page, base)
    for path, title, shows_catalog in BROWSER_PAGES:
        page.goto(f"{base}/{path}?a={aid}&lang=en")
        page.get_by_role("heading", name=title, exact=True).first.wait_for()
        _settled(page)
        if shows_catalog:
            shown = page.inner_text("body").replace(WORD_JOINER, "")
            assert text in shown, f"/{path}: the catalog's text is not shown literally"
            shown_on.append(path)
        for expander in page.locator("[data-testid='stExpander'] summary").all():
            expander.click()  # guidance and other folded texts are drawn too
        _settled(page)
        host = text.split("/")[2]
        assert page.locator(f"img[src*='{host}']").count() == 0, f"/{path}: an image from the catalog"
        assert page.locator(f"a[href*='{host}']").count() == 0, f"/{path}: a link from the catalog"
        page.screenshot(path=str(tmp_path / f"hostile_{path or 'portfolio'}.png"), full_page=True)
    assert shown_on == [p for p, _t, shows in BROWSER_PAGES if shows]
    assert hits == [], f"the browser fetched {hits} from a catalog's text"
