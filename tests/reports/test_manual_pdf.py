"""The service manual's PDF: text read back with pypdf, the running header and footer, the contents' page numbers,
embedded CJK fonts, hostile text kept literal and inert, zh/en/es, and the preview images.

The chapter texts are still skeletal in `build_manual`, so most checks run on a Manual built here by hand with
chapters of real length; the built manual is rendered too. Each render takes a second or so: built once a module.
"""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader
from test_report_long_text import A4_WIDTH_PT, pdf_words
from test_report_pdf import embedded_fonts, pdftotext

from assessment.models import Enterprise
from assessment.profile import default_profile
from reports.manual.build import build_manual
from reports.manual.model import (Bullets, Chapter, Fields, Form, ItemRef, Manual, Paragraph, RecordNeed, Section,
                                  Table)
from reports.manual.pdf import manual_preview_pngs, render_manual_html, render_manual_pdf
from reports.render import ReportError, asset_fetcher_class, write_pdf

TODAY = date(2026, 12, 2)
COMPANY = {"zh": "杭州星辰家电服务有限公司", "en": "Hangzhou Xingchen Appliance Service Co., Ltd.",
           "es": "Servicios de Electrodomésticos Xingchen, S.L."}
RIGHT_MARGIN_PT = 20 / 25.4 * 72  # manual.css: @page margins 24mm 20mm 22mm 25mm
TOP_MARGIN_PT = 24 / 25.4 * 72

# One row per language: the words of the hand-built manual.
WORDS = {
    "zh": dict(title="售后服务手册", chapter="第{n}章的标题：投诉处理与服务监督", section="工作程序{n}",
               body="本公司承诺自受理顾客投诉起 36 小时内处理完毕，售后服务部负责登记、调查和答复，并填写《顾客投诉登记表》"
                    "（QR-01）。处理结果由服务监督员每月抽查，发现超时的，于 5 个工作日内制定整改措施。（第{n}段）",
               step="接到投诉后 2 小时内登记并告知顾客受理编号（步骤{n}）", note="注：本章所称时限均为本公司承诺。",
               sign="总经理：＿＿＿＿  日期：＿＿＿＿", form="顾客投诉登记表", col="投诉内容", label="填表人",
               header="杭州星辰家电服务有限公司  SD/QM-01", page_of="第 {page} 页，共 {pages} 页"),
    "en": dict(title="After-Sales Service Manual", chapter="Chapter {n}: complaint handling and supervision",
               section="Procedure {n}",
               body="The Company commits itself to resolving every customer complaint within 36 hours of receipt. "
                    "The After-Sales Service Department registers, investigates and answers each complaint and "
                    "records it on the complaint register (QR-01); a supervisor samples the register every month "
                    "and agrees a corrective action within 5 working days for any complaint handled late. "
                    "(paragraph {n})",
               step="Register the complaint within 2 hours and give the customer its reference (step {n})",
               note="Note: the time limits in this chapter are the Company's own commitments.",
               sign="Managing Director: ________  Date: ________", form="Complaint register",
               col="Complaint", label="Completed by",
               header="Hangzhou Xingchen Appliance Service Co., Ltd.  SD/QM-01", page_of="Page {page} of {pages}"),
    "es": dict(title="Manual de servicio posventa", chapter="Capítulo {n}: reclamaciones y supervisión",
               section="Procedimiento {n}",
               body="La Empresa se compromete a resolver cada reclamación del cliente en un plazo de 36 horas desde "
                    "su recepción. El Departamento de Servicio Posventa registra, investiga y responde cada "
                    "reclamación y la anota en el registro de reclamaciones (QR-01); un supervisor revisa el "
                    "registro cada mes y acuerda una acción correctiva en 5 días hábiles para toda reclamación "
                    "atendida fuera de plazo. (párrafo {n})",
               step="Registrar la reclamación en 2 horas y comunicar al cliente su referencia (paso {n})",
               note="Nota: los plazos de este capítulo son compromisos propios de la Empresa.",
               sign="Director general: ________  Fecha: ________", form="Registro de reclamaciones",
               col="Reclamación", label="Cumplimentado por",
               header="Servicios de Electrodomésticos Xingchen, S.L.  SD/QM-01", page_of="Página {page} de {pages}"),
}
LABELS = {
    "zh": ("目录", "修订记录", "本章对应的评价条款", "本章不直接对应评价条款。", "需保存记录的条款", "以下条款须保存记录。",
           "条款", "应保存的记录", "附录  记录表单"),
    "en": ("Contents", "Revision record", "Catalog items this chapter serves", "This chapter serves no item.",
           "What to keep records of", "Keep these records.", "Item", "Records to keep", "Appendix: record forms"),
    "es": ("Índice", "Registro de revisiones", "Requisitos que cubre este capítulo", "No cubre ningún requisito.",
           "Registros que deben conservarse", "Conserve estos registros.", "Requisito", "Registros",
           "Anexo: formularios de registro"),
}
LABEL_KEYS = ("contents", "revision", "items_served", "no_items", "records", "records_intro", "records_item",
              "records_keep", "appendix")
HOSTILE = {
    "script": "<script>alert('x')</script>",
    "jinja": "{{ x }} {% if 1 %}block{% endif %} {x}",
    "css": 'background: url("file:///etc/passwd")',
    "img": '<img src="file:///etc/passwd">',
}
UNBROKEN = "".join(chr(ord("A") + i % 26) + str(i % 10) for i in range(2_500)) + "ENDOFRUN"  # 5,008 characters


def rich_manual(lang: str = "zh", *, company: str = "", extra: tuple[str, ...] = (),
                header_text: str = "") -> Manual:
    """A manual with chapters of real length: intro, numbered sections of paragraphs, steps and a table, a note and
    a signature, the items served (none for the last chapter), records and two forms with fields and blank rows."""
    w = WORDS[lang]
    n = iter(range(1, 1000))
    items = (ItemRef("3.4.1", "投诉处理" if lang == "zh" else "Complaints", w["body"].format(n=0)[:60]),
             ItemRef("3.4.2", "投诉分析" if lang == "zh" else "Analysis", w["step"].format(n=0)))

    def section(c: int, s: int) -> Section:
        blocks = [Paragraph(w["body"].format(n=next(n))) for _ in range(3)]
        blocks.append(Bullets(tuple(w["step"].format(n=next(n)) for _ in range(4)), numbered=True))
        if s == 2:
            blocks.append(Table((w["col"], w["label"], "QR"), ((w["step"].format(n=next(n)), w["title"], "QR-01"),),
                                caption=w["form"], blank_rows=2, widths=(6, 3, 2)))
        return Section(f"{c}.{s}", w["section"].format(n=f"{c}.{s}"), tuple(blocks))

    chapters = []
    for c in range(1, 4):
        intro = (Paragraph(w["body"].format(n=next(n))),) + tuple(Paragraph(t) for t in extra if c == 1)
        if c == 1:
            intro += (Paragraph(w["note"], "note"), Paragraph(w["sign"], "signature"))
        chapters.append(Chapter(f"ch{c}", str(c), w["chapter"].format(n=c), intro,
                                tuple(section(c, s) for s in (1, 2, 3)), items if c < 3 else ()))
    form_blocks = (Fields(((w["label"], ""), ("No.", ""), (w["col"], ""), (w["title"], "A/0"))),
                   Table(("No.", w["col"], w["label"]), blank_rows=40, widths=(1, 6, 2)))
    return Manual(
        lang=lang, company=company or COMPANY[lang], title=w["title"], subtitle="GB/T 27922-2011",
        draft_notice=w["note"], document=((w["label"], "SD/QM-01"), ("A/0", "2026")),
        header_text=header_text or w["header"], page_of=w["page_of"],
        revision=Table(("A", "B", "C"), (("A/0", "2026", w["title"]),), blank_rows=3),
        chapters=tuple(chapters),
        forms=(Form("complaint_register", "QR-01", w["form"], form_blocks),
               Form("repair_order", "QR-02", w["col"], form_blocks[1:])),
        records=(RecordNeed(items[0], (w["form"], w["col"])),),
        labels=dict(zip(LABEL_KEYS, LABELS[lang])),
    )


def squash(text: str) -> str:
    """Text without white space, zero-width spaces and hyphens: pypdf breaks lines where the layout did (English
    and Spanish hyphenate), so compare without them."""
    return re.sub(r"[\s\u200b\u00ad\u2010-]+", "", text)


MARKER = re.compile(r"\s*(\d+\.|（\d+）|•)\s*")  # a list's numbers and bullets: pypdf reads them after its text


class Rendered:
    """The PDF read back: each page's text, and the text of the page bodies run together (the running header, the
    footer and the list numbers left out, so that a paragraph continued on the next page reads whole). The page's
    margin boxes are drawn last: its body ends at its last line that starts with the header text (the cover has
    no header)."""

    def __init__(self, manual: Manual, pdf: bytes):
        self.manual = manual
        self.pdf = pdf
        self.reader = PdfReader(io.BytesIO(pdf))
        self.pages = [page.extract_text() or "" for page in self.reader.pages]
        header = squash(manual.header_text)[:30]  # a long header is cut short on the page
        self.bodies = []
        for number, page in enumerate(self.pages, start=1):
            lines = page.splitlines()
            starts = [i for i, line in enumerate(lines) if number > 1 and squash(line).startswith(header)]
            self.bodies.append([line for line in lines[:starts[-1] if starts else None] if not MARKER.fullmatch(line)])
        self.text = "".join(squash(line) for body in self.bodies for line in body)


@pytest.fixture(scope="module")
def rich():
    return {lang: Rendered(m, render_manual_pdf(m)) for lang in ("zh", "en", "es") for m in [rich_manual(lang)]}


@pytest.fixture(scope="module")
def built(catalog):
    """The manual as build_manual drafts it today, for the example's five-star seller and the default profile."""
    out = {}
    for lang in ("zh", "en", "es"):
        m = build_manual(default_profile("seller"), Enterprise(name=COMPANY["zh"], kind="seller"), catalog, lang,
                         TODAY)
        out[lang] = Rendered(m, render_manual_pdf(m))
    return out


@pytest.fixture(scope="module")
def hostile():
    company = HOSTILE["script"] + " 公司 " + HOSTILE["jinja"]
    header = '"; } @page { @top-left { content: "pwned" } } </style><script>x</script> ' + HOSTILE["css"]
    m = rich_manual("en", company=company, header_text=header, extra=tuple(HOSTILE.values()) + (UNBROKEN,))
    fetcher = asset_fetcher_class()()
    return Rendered(m, write_pdf(render_manual_html(m), fetcher=fetcher)), fetcher


def all_texts(manual: Manual):
    """Every title and paragraph of the chapters: chapter and section titles, paragraphs, steps."""
    for ch in manual.chapters:
        yield ch.title
        for block in ch.intro + tuple(b for s in ch.sections for b in s.blocks):
            if isinstance(block, Paragraph):
                yield block.text
            elif isinstance(block, Bullets):
                yield from block.items
        yield from (s.title for s in ch.sections)


# --- what the PDF says ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en", "es"])
def test_every_chapter_and_section_title_and_every_paragraph_of_the_manual_is_in_the_pdf(rich, lang):
    r = rich[lang]
    m = r.manual
    for text in (m.title, m.company, m.draft_notice, *all_texts(m)):
        assert squash(text) in r.text, text[:40]
    for ch in m.chapters:
        for s in ch.sections:
            assert squash(f"{s.number}{s.title}") in r.text  # numbered with the data's numbers
        for item in ch.items:
            assert squash(item.requirement) in r.text
    assert all(squash(m.labels[k]) in r.text for k in ("items_served", "no_items", "records", "appendix"))
    assert squash(WORDS[lang]["body"].format(n=1)).count("36") == 1 and r.text.count("36") >= 30


@pytest.mark.parametrize("lang", ["zh", "en", "es"])
def test_every_page_but_the_cover_carries_the_header_and_page_x_of_y(rich, lang):
    r = rich[lang]
    n = len(r.pages)
    assert 10 <= n <= 30
    assert squash(r.manual.header_text) not in squash(r.pages[0])  # the cover has no running header
    for number, page in enumerate(r.pages[1:], start=2):
        text = squash(page)
        assert squash(r.manual.header_text) in text, number
        assert squash(r.manual.page_of.format(page=number, pages=n)) in text, number


def test_the_chinese_footer_reads_page_x_of_y(rich):
    assert re.search(r"第 ?2 ?页，共 ?\d+ ?页", rich["zh"].pages[1])


def test_each_chapter_starts_a_page_and_the_contents_give_that_page(rich):
    r = rich["zh"]
    contents = r.bodies[2]
    assert squash(contents[0]) == squash(r.manual.labels["contents"])
    entries, title = {}, ""  # pypdf reads an entry's number, title, and leader with its page as lines of their own
    for line in contents[1:]:
        leader = re.fullmatch(r"(.*?)\.{3,}\s*(\d+)\s*", line)
        title += squash(leader[1] if leader else line)
        if leader:
            entries[title], title = int(leader[2]), ""
    for ch in r.manual.chapters:
        starts = [n for n, page in enumerate(r.pages, start=1) if squash(page).startswith(squash(ch.number + ch.title))]
        assert len(starts) == 1, ch.title
        assert entries[squash(ch.number + ch.title)] == starts[0], ch.title
    for title in (r.manual.labels["records"], r.manual.labels["appendix"], *(f.code + f.title for f in r.manual.forms)):
        assert squash(title) in entries, title


def test_the_pdf_outline_lists_the_chapters_their_sections_and_the_forms(rich):
    r = rich["en"]
    outline = r.reader.outline
    top = [item.title for item in outline if not isinstance(item, list)]
    m = r.manual
    assert top == [m.labels["revision"], m.labels["contents"], *(f"{c.number} {c.title}" for c in m.chapters),
                   m.labels["records"], m.labels["appendix"]]
    children = [item for item in outline if isinstance(item, list)]
    assert [s.title for s in children[0]] == [f"{s.number} {s.title}" for s in m.chapters[0].sections]
    assert [f.title for f in children[-1]] == [f"{f.code} {f.title}" for f in m.forms]
    assert r.reader.metadata.title == f"{m.title} — {m.company}"


def test_the_appendix_form_repeats_its_header_row_on_every_page_it_runs_onto(rich):
    r = rich["en"]
    first = next(n for n, page in enumerate(r.pages) if squash(page).startswith("Appendix:recordforms"))
    assert squash(r.pages[first]).startswith("Appendix:recordformsQR01ComplaintregisterCompletedby")  # its fields
    assert "No.ComplaintCompletedby" in squash(r.pages[first])
    assert squash(r.pages[first + 1]).startswith("No.ComplaintCompletedby")  # 40 blank rows run on: header again


def test_blank_form_rows_are_real_table_rows_and_fields_are_label_and_line(rich):
    html = render_manual_html(rich["zh"].manual)
    form = html[html.index('id="form-1"'):html.index('id="form-2"')]
    assert form.count('<tr class="blank">') == 40
    assert "<thead><tr><th>No.</th>" in form
    assert '<table class="fields per-' in form and "<th>填表人</th><td></td>" in form


@pytest.mark.parametrize("lang, html_lang", [("zh", "zh-CN"), ("en", "en"), ("es", "es")])
def test_the_document_language_is_the_manuals(rich, lang, html_lang):
    assert f'<html lang="{html_lang}">' in render_manual_html(rich[lang].manual)


@pytest.mark.parametrize("lang", ["zh", "en", "es"])
def test_serif_body_and_sans_headings_are_embedded_cjk_fonts(rich, lang):
    fonts = embedded_fonts(rich[lang].reader)
    serif = {k: v for k, v in fonts.items() if re.search(r"Noto-?Serif-?CJK-?SC", k)}
    sans = {k: v for k, v in fonts.items() if re.search(r"Noto-?Sans-?CJK-?SC", k)}
    assert serif and sans, sorted(fonts)
    assert all(serif.values()) and all(sans.values())
    assert all(re.match(r"/[A-Z]{6}\+", name) for name in (*serif, *sans))  # subsets only
    assert len(rich[lang].pdf) < 3_000_000


@pytest.mark.parametrize("lang", ["zh", "en", "es"])
def test_the_built_manual_renders_every_chapter_the_records_and_the_forms(built, lang):
    r = built[lang]
    m = r.manual
    for text in (m.title, m.company, m.subtitle, *all_texts(m), *(f.title for f in m.forms)):
        assert squash(text) in r.text, text[:40]
    assert squash(m.records[0].item.requirement) in r.text
    assert squash(m.page_of.format(page=2, pages=len(r.pages))) in squash(r.pages[1])


def test_emoji_and_arabic_fall_back_to_fonts_that_have_them_and_digits_stay_in_the_text_font():
    """The colour emoji font also holds digits: were it named in the stylesheet, figures would be drawn with it,
    wide enough to push justified lines off the page."""
    m = rich_manual("es", extra=("¿Atención al cliente? «Sí» — ñandú 👍 خدمة 36 horas",))
    pdf = render_manual_pdf(m)
    text = pdftotext(pdf)
    assert "¿Atención al cliente? «Sí»" in text and "ñandú" in text and "خدمة" in text
    fonts = embedded_fonts(PdfReader(io.BytesIO(pdf)))
    assert any("Emoji" in name for name in fonts) and any("DejaVu" in name for name in fonts)
    assert not beyond_the_right_margin(pdf)


# --- hostile text ------------------------------------------------------------------------------------------------


def test_hostile_text_is_printed_literally(hostile):
    r, _ = hostile
    for key, value in HOSTILE.items():
        assert squash(value) in r.text, key
    assert squash(UNBROKEN) in r.text  # the whole 5,000-character run, to its end, across pages
    assert squash(r.manual.company) in r.text
    assert all(squash(r.manual.header_text)[:30] in squash(page) for page in r.pages[1:])  # cut short, still text


def test_hostile_text_stays_text_in_the_html(hostile):
    r, _ = hostile
    html = render_manual_html(r.manual)
    assert "<script>" not in html and "<img src" not in html
    assert "&lt;script&gt;" in html and "{{ x }}" in html
    style = html[html.index("<style>"):html.index("</style>")]
    assert "</style" not in style[7:] and 'content: "pwned"' not in style  # the header is one CSS string


def test_hostile_text_fetches_nothing_and_embeds_nothing(hostile):
    r, fetcher = hostile
    assert fetcher.refused == []  # nothing in the text was even asked for
    assert r.reader.attachments == {} and b"root:x:0:0" not in r.pdf


def test_a_long_unbroken_string_wraps_inside_the_page(hostile):
    r, _ = hostile
    run = [text for _, _, _, text in pdf_words(r.pdf).words if text in UNBROKEN]
    assert sum(map(len, run)) >= len(UNBROKEN) and len(run) > 50  # on many lines
    assert not beyond_the_right_margin(r.pdf)


def beyond_the_right_margin(pdf: bytes) -> list:
    """Words of the page bodies that end beyond the right margin (the running header is clipped to its box)."""
    words = pdf_words(pdf)
    right_edge = A4_WIDTH_PT - RIGHT_MARGIN_PT + 1
    return [(page, round(x), text[:20]) for page, y, x, text in words.words
            if y > TOP_MARGIN_PT - 2 and x > right_edge][:5]


def test_a_manual_in_another_language_or_without_its_labels_is_refused():
    m = rich_manual("zh")
    with pytest.raises(ReportError, match="language"):
        render_manual_html(Manual(**{**m.__dict__, "lang": "fr"}))
    with pytest.raises(ReportError, match="records_keep"):
        render_manual_html(Manual(**{**m.__dict__, "labels": {k: v for k, v in m.labels.items()
                                                                if k != "records_keep"}}))


# --- preview -----------------------------------------------------------------------------------------------------


def test_the_preview_gives_the_first_pages_as_png(rich):
    pngs = manual_preview_pngs(rich["zh"].pdf, pages=3, dpi=30)
    assert len(pngs) == 3
    for png in pngs:
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        assert 230 <= int.from_bytes(png[16:20], "big") <= 260  # A4 at 30 dpi: 8.27 in
    assert pngs[0] != pngs[1]


def test_the_preview_of_a_short_pdf_gives_the_pages_it_has():
    pdf = write_pdf("<p>one</p>")
    assert len(manual_preview_pngs(pdf, pages=3, dpi=20)) == 1


def test_the_preview_of_a_broken_pdf_is_a_report_error():
    with pytest.raises(ReportError, match="pdftoppm"):
        manual_preview_pngs(b"%PDF-1.7 not really", pages=2)


def test_a_very_long_company_name_header_and_chapter_title_keep_the_cover_to_one_page_and_the_pdf_readable():
    """The cover's name is clamped, the running header cut at its box (no ellipsis: its glyph would carry the whole
    cut text in the font's ToUnicode map, past what PDF readers accept), a chapter title wraps."""
    m = rich_manual("zh", company=UNBROKEN, header_text=UNBROKEN)
    m = Manual(**{**m.__dict__, "chapters": tuple(Chapter(**{**c.__dict__, "title": c.title + UNBROKEN[:300]})
                                                  for c in m.chapters)})
    r = Rendered(m, render_manual_pdf(m))  # pypdf reads every page
    assert squash(r.pages[1]).startswith(squash(m.labels["revision"]))  # the cover is one page
    assert UNBROKEN[:20] in squash(r.pages[0]) and squash(UNBROKEN[:300]) in r.text
    assert not beyond_the_right_margin(r.pdf)
