"""The Word manual, read back with python-docx: structure, fonts, fields, forms and hostile text."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import docx
import pytest
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from assessment.models import Enterprise
from assessment.profile import default_profile
from reports.manual.build import build_manual
from reports.manual.docx import TOC_HINT, render_docx
from reports.manual.docx_styles import clean
from reports.manual.model import (Bullets, Chapter, Fields, Form, ItemRef, Manual, Paragraph, RecordNeed, Section,
                                  Table)

LANGS = ("zh", "en", "es")
COMPANY = "上海申达汽车销售服务有限公司"
LONG = "长" * 2500 + "x" * 2500  # 5,000 characters without a break
HOSTILE = "{{ x }} <w:p> &amp; {x} %s \x00\x01\x0b\x1f"
HOSTILE_KEPT = "{{ x }} <w:p> &amp; {x} %s "


def _read(data: bytes):
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def built(the_default_catalog):
    """The manual build_manual drafts for a seller, in each language, with its .docx read back."""
    enterprise = Enterprise(name=COMPANY, kind="seller")
    out = {}
    for lang in LANGS:
        manual = build_manual(default_profile("seller"), enterprise, the_default_catalog, lang, date(2026, 12, 2))
        out[lang] = (manual, render_docx(manual))
    return out


def rich_manual(lang: str = "zh", text: str = "") -> Manual:
    """A manual with every kind of block, as the chapter texts will fill it; `text` is put in every slot."""
    t = text
    form_table = Table(("序号", "日期", "顾客", f"处理结果{t}"), blank_rows=6, widths=(1, 2, 3, 4))
    return Manual(
        lang=lang, company=f"{COMPANY}{t}", title=f"售后服务手册{t}", subtitle=f"依据 GB/T 27922-2011{t}",
        draft_notice=f"本手册为草稿{t}",
        document=(("文件编号", f"SD-SH-001{t}"), ("版本", "A/0"), ("发布日期", "尚未发布"), ("批准人", "待批准")),
        header_text=f"{COMPANY}{t}  SD-SH-001", page_of="第 {page} 页，共 {pages} 页",
        revision=Table(("版本", "日期", "修订内容"), (("A/0", "2026年12月2日", f"首次编制{t}"),), blank_rows=3),
        chapters=(
            Chapter("promulgation", "1", f"颁布令{t}", intro=(
                Paragraph(f"本公司发布本手册。{t}"),
                Paragraph(f"总经理：________{t}", style="signature"),
            )),
            Chapter("complaints", "2", f"投诉处理{t}", intro=(Paragraph(f"为规范投诉处理。{t}"),), sections=(
                Section("2.1", f"职责{t}", (
                    Bullets((f"售后服务部负责受理投诉。{t}", "质量部负责分析原因。")),
                    Paragraph(f"注：时限为本公司承诺。{t}", style="note"),
                )),
                Section("2.2", f"工作程序{t}", (
                    Bullets(("登记", "调查", "处理"), numbered=True),
                    Bullets(("回访", "归档"), numbered=True),
                    Table(("步骤", "时限", "记录"), (("受理", "24 小时", f"QR-01{t}"), (t or "x", LONG, "")),
                          caption=f"表 1  投诉处理时限{t}", widths=(2, 2, 3)),
                )),
                Section("2.3", "", (Paragraph(f"无标题的一节。{t}"),)),
            ), items=(ItemRef("3.2.1", f"投诉处理{t}", f"建立投诉处理制度。{t}"),
                      ItemRef("3.2.2", "投诉处理", "在承诺时限内处理投诉。"))),
        ),
        forms=(
            Form("complaint_register", "QR-01", f"顾客投诉登记表{t}", (
                Fields(((f"部门{t}", ""), ("填表人", ""), ("日期：", "2026年12月"))),
                form_table,
            )),
            Form("repair_order", "QR-02", "维修工单", (Fields((("工单号", ""),)), form_table)),
        ),
        records=(RecordNeed(ItemRef("3.2.1", "投诉处理", "建立投诉处理制度。"), (f"投诉登记表{t}", "投诉分析报告")),),
        labels={"contents": "目录", "items_served": "本章对应的评价条款", "no_items": "本章不直接对应评价条款。",
                "appendix": "附录  记录表单", "records": "需保存记录的条款", "records_intro": "以下条款须保存记录。",
                "records_item": "条款", "records_keep": "应保存的记录", "revision": "修订记录"},
    )


@pytest.fixture(scope="module")
def rich():
    return _read(render_docx(rich_manual()))


def _headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def _body(document):
    """The body in order: ("p", style, text, paragraph) and ("t", None, table, table)."""
    for item in document.iter_inner_content():
        if isinstance(item, DocxParagraph):
            yield "p", item.style.name, item.text, item
        else:
            assert isinstance(item, DocxTable)
            yield "t", None, item, item


def _instructions(element) -> list[str]:
    return [i.text.strip() for i in element.iter(qn("w:instrText"))]


def _fonts(document, style_name: str):
    return document.styles[style_name].element.find(qn("w:rPr")).find(qn("w:rFonts"))


# -- structure ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_chapter_title_is_a_heading_1_in_order_then_records_and_appendix(built, lang):
    manual, data = built[lang]
    expected = [f"{c.number} {c.title}" for c in manual.chapters] + [manual.labels["records"],
                                                                      manual.labels["appendix"]]
    assert _headings(_read(data), 1) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_appendix_forms_are_heading_2_with_their_codes_each_followed_by_its_blank_form(built, lang):
    manual, data = built[lang]
    body = list(_body(_read(data)))
    for form in manual.forms:
        at = next(i for i, b in enumerate(body) if b[1] == "Heading 2" and b[2] == f"{form.code} {form.title}")
        end = next((i for i, b in enumerate(body) if i > at and b[1] in ("Heading 1", "Heading 2")), len(body))
        tables = [b[2] for b in body[at:end] if b[0] == "t"]  # its header lines (Fields) are a table too
        for expected in (b for b in form.blocks if isinstance(b, Table)):
            table = next(t for t in tables if [c.text for c in t.rows[0].cells] == list(expected.header))
            assert len(table.rows) == 1 + len(expected.rows) + expected.blank_rows


def test_section_headings_carry_their_numbers_and_an_untitled_section_has_none(rich):
    assert _headings(rich, 2) == ["2.1 职责", "2.2 工作程序", "QR-01 顾客投诉登记表", "QR-02 维修工单"]
    assert "无标题的一节。" in [p.text for p in rich.paragraphs]
    assert not any(h.strip() in ("2.3", "") for h in _headings(rich, 2))


def test_chapters_start_on_a_new_page_and_each_form_on_its_own_sheet(rich):
    assert rich.styles["Heading 1"].paragraph_format.page_break_before is True
    forms = [p for p in rich.paragraphs if p.text.startswith("QR-")]
    assert [p.paragraph_format.page_break_before for p in forms] == [None, True]


def test_each_chapter_ends_with_the_items_it_serves_or_says_it_serves_none(rich):
    body = list(_body(rich))
    starts = [i for i, (kind, style, *_ ) in enumerate(body) if style == "Heading 1"]
    first, second = body[starts[0]:starts[1]], body[starts[1]:starts[2]]
    labels = [b for b in first if b[2] == "本章对应的评价条款"]
    assert labels and first[-1][2] == "本章不直接对应评价条款。"
    items = next(b[2] for b in reversed(second) if b[0] == "t")
    assert [[c.text for c in row.cells] for row in items.rows] == [
        ["3.2.1", "投诉处理", "建立投诉处理制度。"], ["3.2.2", "投诉处理", "在承诺时限内处理投诉。"]]


def test_records_chapter_lists_each_item_and_its_records_before_the_appendix(rich):
    body = list(_body(rich))
    at = next(i for i, b in enumerate(body) if b[1] == "Heading 1" and b[2] == "需保存记录的条款")
    assert body[at + 1][2] == "以下条款须保存记录。"
    table = body[at + 2][2]
    assert [c.text for c in table.rows[0].cells] == ["条款", "应保存的记录"]
    assert [c.text for c in table.rows[1].cells] == ["3.2.1 投诉处理", "投诉登记表\n投诉分析报告"]
    assert _headings(rich, 1)[-1] == "附录  记录表单"


def test_cover_holds_title_company_document_table_and_boxed_draft_notice(rich):
    body = list(_body(rich))
    assert [b[2] for b in body[:3]] == ["售后服务手册", COMPANY, "依据 GB/T 27922-2011"]
    cover_table = body[3][2]
    assert [c.text for c in cover_table.rows[0].cells] == ["文件编号", "SD-SH-001"]
    notice = next(b[3] for b in body if b[2] == "本手册为草稿")
    assert notice.style.element.find(qn("w:pPr")).find(qn("w:pBdr")) is not None
    assert body.index(next(b for b in body if b[2] == "修订记录")) > body.index(next(b for b in body
                                                                              if b[2] == "本手册为草稿"))


# -- header, footer, contents ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_header_names_the_company_and_document_number(built, lang):
    manual, data = built[lang]
    section = _read(data).sections[0]
    assert section.header.paragraphs[0].text == manual.header_text
    assert COMPANY in section.header.paragraphs[0].text
    assert section.different_first_page_header_footer  # the cover has none
    assert not "".join(p.text for p in section.first_page_header.paragraphs)


@pytest.mark.parametrize("lang, words", [("zh", ("第 ", " 页，共 ", " 页")), ("en", ("Page ", " of ")),
                                         ("es", ("Página ", " de "))])
def test_footer_counts_pages_with_page_and_numpages_fields(built, lang, words):
    footer = _read(built[lang][1]).sections[0].footer
    assert _instructions(footer._element) == ["PAGE", "NUMPAGES"]
    text = footer.paragraphs[0].text
    assert all(w in text for w in words) and "{page" not in text


@pytest.mark.parametrize("lang", LANGS)
def test_contents_is_a_dirty_toc_field_that_word_updates_on_open(built, lang):
    data = built[lang][1]
    document = _read(data)
    body = document.element.body
    assert 'TOC \\o "1-3" \\h \\z \\u' in _instructions(body)
    begins = [f for f in body.iter(qn("w:fldChar")) if f.get(qn("w:fldCharType")) == "begin"]
    assert [f.get(qn("w:dirty")) for f in begins] == ["true"]
    assert TOC_HINT[lang] in [p.text for p in document.paragraphs]
    update = document.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"


# -- styles ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, latin", [("zh", "Arial"), ("en", "Calibri"), ("es", "Calibri")])
def test_song_body_and_hei_headings_are_the_east_asian_fonts_of_the_styles(built, lang, latin):
    document = _read(built[lang][1])
    for name, face in (("Normal", "SimSun"), ("Body Text", "SimSun"), ("Table Text", "SimSun"),
                       ("Heading 1", "SimHei"), ("Heading 2", "SimHei"), ("Heading 3", "SimHei"),
                       ("Title", "SimHei"), ("Caption", "SimHei")):
        fonts = _fonts(document, name)
        assert fonts.get(qn("w:eastAsia")) == face, name
        assert fonts.get(qn("w:eastAsiaTheme")) is None and fonts.get(qn("w:asciiTheme")) is None, name
    assert _fonts(document, "Normal").get(qn("w:ascii")) == latin
    # in Chinese, “quotes” and … take the Song face rather than the Latin one
    assert _fonts(document, "Normal").get(qn("w:hint")) == ("eastAsia" if lang == "zh" else None)
    assert _fonts(document, "Heading 1").get(qn("w:ascii")) == "Arial"


def test_chinese_body_is_small_four_with_one_and_a_half_lines_and_a_two_character_indent(built):
    document = _read(built["zh"][1])
    body = document.styles["Body Text"]
    assert body.font.size.pt == 12 and body.paragraph_format.line_spacing == 1.5
    assert body.element.pPr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "200"
    assert document.styles["Heading 1"].paragraph_format.first_line_indent == 0
    english = _read(built["en"][1]).styles["Body Text"]
    assert english.element.pPr.find(qn("w:ind")).get(qn("w:firstLineChars")) == "0"


def test_the_page_is_a4_with_margins(rich):
    section = rich.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert all(m.cm >= 2 for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                   section.right_margin))


# -- blocks ---------------------------------------------------------------------------------------------------


def test_bullets_use_list_styles_and_each_numbered_list_restarts_at_one(rich):
    items = [p for p in rich.paragraphs if p.style.name in ("List Bullet", "List Number")]
    assert [p.text for p in items] == ["售后服务部负责受理投诉。", "质量部负责分析原因。", "登记", "调查", "处理",
                                       "回访", "归档"]
    num_ids = [p._p.pPr.numPr.numId.val for p in items]
    assert num_ids[0] == num_ids[1] and num_ids[2] == num_ids[3] == num_ids[4] and num_ids[5] == num_ids[6]
    assert num_ids[2] != num_ids[5]
    numbering = rich.part.numbering_part.element
    for num_id in (num_ids[2], num_ids[5]):
        num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
        assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_paragraph_styles_follow_the_block_style(rich):
    styles = {p.text: p.style.name for p in rich.paragraphs}
    assert styles["本公司发布本手册。"] == "Body Text"
    assert styles["注：时限为本公司承诺。"] == "Note"
    assert styles["总经理：________"] == "Signature"
    assert styles["表 1  投诉处理时限"] == "Caption"


def test_forms_are_ruled_tables_with_a_repeated_header_and_blank_rows_to_write_in(rich):
    body = list(_body(rich))
    at = next(i for i, b in enumerate(body) if b[2] == "QR-01 顾客投诉登记表")
    fields, form = [b[2] for b in body[at:] if b[0] == "t"][:2]
    assert [c.text for c in fields.rows[0].cells] == ["部门：", "", "填表人：", ""]
    assert [c.text for c in fields.rows[1].cells] == ["日期：", "2026年12月", "", ""]
    assert fields.style.name != "Table Grid"
    underlined = [[c._tc.tcPr.find(qn("w:tcBorders")) is not None for c in r.cells] for r in fields.rows]
    assert underlined == [[False, True, False, True], [False, True, False, False]]
    assert form.style.name == "Table Grid"
    assert [c.text for c in form.rows[0].cells] == ["序号", "日期", "顾客", "处理结果"]
    assert form.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    blank = form.rows[1:]
    assert len(blank) == 6 and all(not c.text for r in blank for c in r.cells)
    assert all(r.height.cm >= 0.8 for r in blank)
    widths = [c.width for c in form.rows[0].cells]
    assert widths[3] == pytest.approx(4 * widths[0], rel=0.01)


def test_metadata_names_title_subject_and_company(rich):
    props = rich.core_properties
    assert (props.title, props.subject, props.author) == ("售后服务手册", "依据 GB/T 27922-2011", COMPANY)
    assert props.created is None  # not the template's date


# -- hostile text ---------------------------------------------------------------------------------------------


def test_hostile_text_is_written_literally_and_the_file_still_opens():
    data = render_docx(rich_manual(text=HOSTILE))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
    document = _read(data)
    texts = [p.text for p in document.paragraphs]
    assert f"1 颁布令{HOSTILE_KEPT}" in _headings(document, 1)
    assert f"本公司发布本手册。{HOSTILE_KEPT}" in texts
    assert f"售后服务部负责受理投诉。{HOSTILE_KEPT}" in texts
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert LONG in cells and HOSTILE_KEPT in cells and f"部门{HOSTILE_KEPT}：" in cells
    assert document.sections[0].header.paragraphs[0].text == f"{COMPANY}{HOSTILE_KEPT}  SD-SH-001"
    assert document.core_properties.author == f"{COMPANY}{HOSTILE_KEPT}"
    xml = document.element.xml
    assert "{{ x }}" in xml and "&lt;w:p&gt;" in xml and "&amp;amp;" in xml


def test_forbidden_characters_go_tabs_and_newlines_stay():
    assert clean("a\x00b\x08c\x0bd\x1fe\ufffef\tg\nh") == "abcdef\tg\nh"


def test_enterprise_name_with_markup_reaches_the_header_literally(the_default_catalog):
    name = "<w:p>&amp;{{ x }}"
    manual = build_manual(default_profile(), Enterprise(name=name), the_default_catalog, "en", date(2026, 12, 2))
    document = _read(render_docx(manual))
    assert document.sections[0].header.paragraphs[0].text.startswith(name)
    assert name in [p.text for p in document.paragraphs]


@pytest.mark.parametrize("lang", LANGS)
def test_a_rich_manual_renders_in_each_language(lang):
    document = _read(render_docx(rich_manual(lang)))
    assert _headings(document, 1)[:2] == ["1 颁布令", "2 投诉处理"]
    assert _fonts(document, "Normal").get(qn("w:eastAsia")) == "SimSun"  # Chinese names render in any manual
