"""The PDF itself: text read back with pypdf, embedded CJK fonts, the watermark, hostile input, the fetcher.

Each render takes a second or more, so the four PDFs are built once for the module.
"""

from __future__ import annotations

import io
import re
import subprocess

import pytest
from pypdf import PdfReader
from report_fixtures import HOSTILE, REPORT_DATE

from reports import build_report, first_page_png, render_html, write_pdf
from reports.render import STATIC_DIR, asset_fetcher_class


def squash(text: str) -> str:
    """Text without whitespace: pypdf breaks lines where the layout did, so compare without them."""
    return re.sub(r"\s+", "", text)


class Rendered:
    def __init__(self, data, pdf: bytes):
        self.data = data
        self.pdf = pdf
        self.reader = PdfReader(io.BytesIO(pdf))
        self.pages = [page.extract_text() or "" for page in self.reader.pages]
        self.text = squash("".join(self.pages))


@pytest.fixture(scope="module")
def reports(catalog, strong, previous, incomplete, hostile):
    """zh: complete with a previous round; en: complete; es: a draft; hostile (en): every field hostile."""
    cases = {
        "zh": build_report(catalog, strong, previous=previous, today=REPORT_DATE, lang="zh"),
        "en": build_report(catalog, strong, today=REPORT_DATE, lang="en"),
        "es": build_report(catalog, incomplete, today=REPORT_DATE, lang="es"),
        "hostile": build_report(catalog, hostile, today=REPORT_DATE, lang="en"),
    }
    return {name: Rendered(data, write_pdf(render_html(data))) for name, data in cases.items()}


def embedded_fonts(reader: PdfReader) -> dict[str, bool]:
    """BaseFont name -> whether its font program is embedded (FontFile, FontFile2 or FontFile3)."""
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            parts = [d.get_object() for d in descendants] if descendants else [font]
            for part in parts:
                descriptor = (part.get("/FontDescriptor") or {}).get_object() if part.get("/FontDescriptor") else {}
                embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                fonts[str(font.get("/BaseFont"))] = fonts.get(str(font.get("/BaseFont")), False) or embedded
    return fonts


@pytest.mark.parametrize("lang", ["zh", "en", "es"])
def test_the_pdf_reads_back_the_enterprise_level_indicators_a_note_and_a_justification(reports, lang):
    r = reports[lang]
    d = r.data
    assert squash(d.enterprise.name) in r.text
    assert squash(d.score.level_name) in r.text
    for ind in d.indicators():
        assert squash(ind.name) in r.text, ind.name
    notes = [it.note for ind in d.indicators() for it in ind.items if it.note]
    justifications = [it.justification for ind in d.indicators() for it in ind.items if it.justification]
    assert notes and justifications
    assert squash(notes[0]) in r.text
    assert squash(justifications[0]) in r.text
    assert squash(d.labels["disclaimer"]) in r.text


@pytest.mark.parametrize("lang", ["zh", "en", "es"])
def test_a_cjk_font_is_embedded_not_just_named(reports, lang):
    fonts = embedded_fonts(reports[lang].reader)
    cjk = {name: embedded for name, embedded in fonts.items() if re.search(r"Noto-?Sans-?CJK|Noto Sans CJK", name)}
    assert cjk, f"no Noto Sans CJK font in {sorted(fonts)}"
    assert all(cjk.values()), f"CJK font not embedded: {cjk}"
    # Subset fonts only: the whole 19 MB collection must never end up in the report.
    assert all(re.match(r"/[A-Z]{6}\+", name) for name in cjk), cjk
    assert len(reports[lang].pdf) < 3_000_000


@pytest.mark.parametrize("lang", ["zh", "en", "es"])
def test_page_count_is_sane_and_every_page_has_the_running_header_and_page_x_of_y(reports, lang):
    r = reports[lang]
    n = len(r.reader.pages)
    assert 10 <= n <= 40
    title = squash(r.data.title)
    enterprise = squash(r.data.enterprise.running_name)
    for number, page in enumerate(r.pages[1:], start=2):  # the cover has no header or footer
        text = squash(page)
        assert title in text and enterprise in text
        page_of = squash(r.data.labels["page_of"].format(page=number, pages=n))
        assert page_of in text, (number, page_of)


def test_contents_give_the_page_of_every_section(reports):
    r = reports["zh"]
    contents = r.pages[1]
    numbers = [int(n) for n in re.findall(r"^(\d+)$", contents, re.M)]  # pypdf reads the right column first
    titles = re.findall(r"^\d+ (\S+)$", contents, re.M)
    assert titles[0] == "执行摘要" and len(numbers) == len(titles) == 8
    assert numbers == sorted(numbers) and numbers[0] == 3
    for title, page in zip(titles, numbers):
        assert title in r.pages[page - 1], (title, page)


def test_a_draft_carries_the_watermark_on_every_page_and_a_complete_report_none(reports):
    draft = reports["es"]
    assert draft.data.draft
    assert all("BORRADOR" in page for page in draft.pages)
    assert not any("DRAFT" in page or "草稿" in page for page in reports["en"].pages + reports["zh"].pages)


def test_the_chinese_report_has_the_round_comparison_and_the_calendar(reports):
    text = reports["zh"].text
    assert "与上一轮评价对比" in text and "+62.5" in text
    assert "认证周期日历" in text and "再认证申请期" in text and "现在可申请" in text


def pdftotext(pdf: bytes) -> str:
    """Poppler's text: pypdf misreads the custom CMap WeasyPrint writes when a glyph (here emoji) has no font."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def test_hostile_text_appears_literally(reports):
    r = reports["hostile"]
    text = squash(pdftotext(r.pdf))
    for key in ("img", "attach", "jinja", "style", "css", "emoji"):
        assert squash(HOSTILE[key]) in text, key
    assert "خدمة" in text and "לקוחות" in text  # right-to-left words, whatever order the extractor gives
    assert "end-of-note" in text  # the 20,000-character note is printed to its end
    assert r.data.draft


def test_hostile_links_embed_nothing_and_fetch_nothing(reports):
    r = reports["hostile"]
    assert r.reader.attachments == {}
    for page in r.reader.pages:
        for annot in page.get("/Annots") or []:
            assert annot.get_object().get("/Subtype") != "/FileAttachment"
    assert b"root:x:0:0" not in r.pdf and b"/EmbeddedFile" not in r.pdf


def test_the_fetcher_blocks_local_files_even_in_raw_html():
    """The second wall: HTML that does reach WeasyPrint with file links still embeds and fetches nothing."""
    fetcher = asset_fetcher_class()()
    html = (
        '<html><body><p>x</p><img src="file:///etc/passwd"><a rel="attachment" href="file:///etc/hostname">a</a>'
        '<img src="http://127.0.0.1:9/x.png"><img src="report.css"><img src="../render.py">'
        '<link rel="attachment" href="file:///etc/hostname"></body></html>'
    )
    pdf = write_pdf(html, fetcher=fetcher)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.attachments == {}
    assert "file:///etc/passwd" in fetcher.refused and "file:///etc/hostname" in fetcher.refused
    assert "http://127.0.0.1:9/x.png" in fetcher.refused
    assert any(u.endswith("/render.py") for u in fetcher.refused)
    assert (STATIC_DIR / "report.css").as_uri() not in fetcher.refused  # its own assets are served


@pytest.mark.parametrize(
    "url, allowed",
    [
        ((STATIC_DIR / "report.css").as_uri(), True),
        ((STATIC_DIR / ".." / "render.py").as_uri(), False),
        (STATIC_DIR.as_uri() + "/../../criteria/__init__.py", False),
        ((STATIC_DIR / "nope.css").as_uri(), False),
        ("file:///etc/passwd", False),
        ("file://otherhost" + (STATIC_DIR / "report.css").as_posix(), False),
        ("https://example.com/a.png", False),
        ("data:text/plain,hello", False),
        ("file:///usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", False),
    ],
)
def test_the_fetcher_serves_only_the_packages_static_files(url, allowed):
    fetcher = asset_fetcher_class()()
    if allowed:
        assert fetcher.fetch(url).read() == (STATIC_DIR / "report.css").read_bytes()
    else:
        with pytest.raises(ValueError, match="refused"):
            fetcher.fetch(url)


def test_a_symlink_out_of_the_static_folder_is_refused(tmp_path, monkeypatch):
    import reports.render as render

    static = tmp_path / "static"
    static.mkdir()
    (static / "ok.css").write_text("p{}")
    (static / "leak.css").symlink_to("/etc/hostname")
    monkeypatch.setattr(render, "STATIC_DIR", static)
    fetcher = asset_fetcher_class()()
    assert fetcher.fetch((static / "ok.css").as_uri()).read() == b"p{}"
    with pytest.raises(ValueError):
        fetcher.fetch((static / "leak.css").as_uri())


def test_first_page_png_is_a_preview_of_the_cover(reports):
    png = first_page_png(reports["en"].pdf, dpi=30)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(png[16:20], "big")
    assert 230 <= width <= 260  # A4 at 30 dpi: 8.27 in
