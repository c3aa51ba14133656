"""Step two of the manual, Word: `render_docx(manual) -> bytes`, the `Manual` laid out as a .docx file.

Cover (title, company, subtitle, document table, the draft notice in a box), revision record, a table of contents
field that Word fills in on opening, the numbered chapters (each ending with the catalog items it serves), what to
keep records of, and the appendix of record forms. Page, styles, lists and fields live in `docx_styles`.

All text goes in through `_text`: python-docx writes it as XML text (markup and template tags stay literal) and
characters XML 1.0 forbids are dropped, so no manual text can break the file.
"""

from __future__ import annotations

import io
import re
from typing import Sequence

import docx
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu

from .docx_styles import (COVER_COMPANY, COVER_SUBTITLE, DRAFT_BOX, FRONT_HEADING, LABEL, NOTE, SIGNATURE,
                          TABLE_TEXT, TEXT_WIDTH, Lists, add_field, borders, clean, setup)
from .model import Block, Bullets, Chapter, Fields, Form, Manual, Paragraph, Table

# The renderer's own words: Word's table of contents is empty until the field is updated.
TOC_HINT = {
    "zh": "右键单击此处并选择“更新域”，即可生成目录。",
    "en": "Right-click here and choose Update Field to build the table of contents.",
    "es": "Haga clic con el botón derecho aquí y elija «Actualizar campo» para generar el índice.",
}
TOC_FIELD = 'TOC \\o "1-3" \\h \\z \\u'
_PAGE_SLOTS = re.compile(r"(\{page\}|\{pages\})")
_PARAGRAPH_STYLES = {"body": "Body Text", "note": NOTE, "signature": SIGNATURE}
BLANK_ROW_HEIGHT = Cm(0.9)  # room to write by hand
_SHADE = "D9D9D9"


def render_docx(manual: Manual) -> bytes:
    """The whole manual as the bytes of a .docx file."""
    document = docx.Document()
    faces = setup(document, manual.lang)
    writer = _Writer(document, manual, Lists(document, faces))
    writer.cover()
    writer.front_matter()
    for chapter in manual.chapters:
        writer.chapter(chapter)
    writer.records()
    writer.appendix()
    writer.header_footer()
    _metadata(document, manual)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


class _Writer:
    def __init__(self, document, manual: Manual, lists: Lists):
        self.doc, self.manual, self.lists = document, manual, lists
        self._style_ids: dict[str, str] = {}
        self._colon = "：" if manual.lang == "zh" else ":"

    # -- paragraphs ---------------------------------------------------------------------------------------

    def style_id(self, name: str) -> str:
        """The id of style `name`, looked up once: python-docx's own setter scans every style on each call."""
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles[name].style_id
        return self._style_ids[name]

    def styled(self, paragraph, style: str):
        paragraph._p.style = self.style_id(style)
        return paragraph

    def para(self, text: str, style: str):
        paragraph = self.styled(self.doc.add_paragraph(), style)
        if text:
            paragraph.add_run(_text(text))
        return paragraph

    def heading(self, text: str, level: int, new_page: bool = False):
        paragraph = self.para(text, f"Heading {level}")
        if new_page:
            paragraph.paragraph_format.page_break_before = True
        return paragraph

    # -- the parts --------------------------------------------------------------------------------------------

    def cover(self) -> None:
        m = self.manual
        self.para(m.title, "Title")
        self.para(m.company, COVER_COMPANY)
        self.para(m.subtitle, COVER_SUBTITLE)
        table = self.table((), m.document, widths=(2, 3), width=int(TEXT_WIDTH * 0.7))
        for row in table.rows:
            for run in row.cells[0].paragraphs[0].runs:
                run.bold = True
        self.para(m.draft_notice, DRAFT_BOX)

    def front_matter(self) -> None:
        labels = self.manual.labels
        self.para(labels.get("revision", ""), FRONT_HEADING)
        self.block(self.manual.revision)
        self.para(labels.get("contents", ""), FRONT_HEADING)
        add_field(self.para("", "Body Text"), TOC_FIELD, TOC_HINT[self.manual.lang], dirty=True)

    def chapter(self, chapter: Chapter) -> None:
        labels = self.manual.labels
        self.heading(_numbered(chapter.number, chapter.title), 1)
        self.blocks(chapter.intro)
        for section in chapter.sections:
            if section.title.strip():
                self.heading(_numbered(section.number, section.title), 2)
            self.blocks(section.blocks)
        self.para(labels.get("items_served", ""), LABEL)
        if chapter.items:
            self.table((), tuple((i.id, i.indicator, i.requirement) for i in chapter.items), widths=(2, 4, 10))
        else:
            self.para(labels.get("no_items", ""), NOTE)

    def records(self) -> None:
        labels = self.manual.labels
        if not self.manual.records:
            return
        self.heading(labels.get("records", ""), 1)
        self.para(labels.get("records_intro", ""), "Body Text")
        rows = tuple((_numbered(r.item.id, r.item.indicator), "\n".join(r.records)) for r in self.manual.records)
        self.table((labels.get("records_item", ""), labels.get("records_keep", "")), rows, widths=(5, 11))

    def appendix(self) -> None:
        if not self.manual.forms:
            return
        self.heading(self.manual.labels.get("appendix", ""), 1)
        for n, form in enumerate(self.manual.forms):
            self.form(form, new_page=n > 0)  # each form on its own sheet, ready to copy

    def form(self, form: Form, new_page: bool) -> None:
        self.heading(_numbered(form.code, form.title), 2, new_page=new_page)
        self.blocks(form.blocks)

    def header_footer(self) -> None:
        section = self.doc.sections[0]
        for empty in (section.first_page_header, section.first_page_footer):  # the cover's: left empty
            empty.is_linked_to_previous = False
        header = self.styled(section.header.paragraphs[0], "Header")
        header.add_run(_text(self.manual.header_text))
        borders(header._p.get_or_add_pPr(), ("bottom",), space=1)  # not on the style: the cover has none
        footer = self.styled(section.footer.paragraphs[0], "Footer")
        for piece in _PAGE_SLOTS.split(self.manual.page_of):
            if piece == "{page}":
                add_field(footer, "PAGE", "1")
            elif piece == "{pages}":
                add_field(footer, "NUMPAGES", "1")
            elif piece:
                footer.add_run(_text(piece))

    # -- blocks -------------------------------------------------------------------------------------------

    def blocks(self, blocks: Sequence[Block]) -> None:
        for block in blocks:
            self.block(block)

    def block(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            self.para(block.text, _PARAGRAPH_STYLES.get(block.style, "Body Text"))
        elif isinstance(block, Bullets):
            self.bullets(block)
        elif isinstance(block, Table):
            if block.caption.strip():
                self.para(block.caption, "Caption")
            self.table(block.header, block.rows, block.widths, block.blank_rows)
        elif isinstance(block, Fields):
            self.fields(block)
        else:
            raise TypeError(f"manual block of unknown type {type(block).__name__}")

    def bullets(self, block: Bullets) -> None:
        num_id = self.lists.num_id(block.numbered)
        style = "List Number" if block.numbered else "List Bullet"
        for item in block.items:
            paragraph = self.para(item, style)
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num_id

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int] | None = None,
              blank_rows: int = 0, width: int = TEXT_WIDTH, *, grid: bool = True):
        cols = max([len(header), *(len(r) for r in rows), 1])
        table = self.doc.add_table(rows=0, cols=cols)
        if grid:
            table._tbl.tblPr.style = self.style_id("Table Grid")
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _fix_widths(table, _widths(widths, cols, width))
        if header:
            row = table.add_row()
            _repeat_header(row)
            for cell, text in zip(row.cells, _fit(header, cols)):
                paragraph = self.cell_text(cell, text)
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in paragraph.runs:
                    run.bold = True
                _shade(cell)
        for values in rows:
            for cell, text in zip(table.add_row().cells, _fit(values, cols)):
                self.cell_text(cell, text)
        for _ in range(max(blank_rows, 0)):
            row = table.add_row()
            row.height, row.height_rule = BLANK_ROW_HEIGHT, WD_ROW_HEIGHT_RULE.AT_LEAST
            for cell in row.cells:
                self.styled(cell.paragraphs[0], TABLE_TEXT)
        self.para("", TABLE_TEXT)  # keeps consecutive tables apart and gives the table room below
        return table

    def cell_text(self, cell, text: str):
        paragraph = self.styled(cell.paragraphs[0], TABLE_TEXT)
        if text:
            paragraph.add_run(_text(text))
        return paragraph

    def fields(self, block: Fields) -> None:
        """Label and a line to write on, two pairs to a row, in a table without rules."""
        rows = []
        for start in range(0, len(block.pairs), 2):
            row: list[str] = []
            for label, value in block.pairs[start:start + 2]:
                label = label.rstrip()
                row += [label if label.endswith((":", "：")) or not label else label + self._colon, value]
            rows.append(tuple(row))
        table = self.table((), rows, widths=(3, 5, 3, 5), grid=False)
        for row, values in zip(table.rows, rows):
            for cell in row.cells[1:len(values):2]:  # the blanks of the pairs given, not of an empty half
                _underline_cell(cell)


# -- helpers ------------------------------------------------------------------------------------------------


def _text(text: str) -> str:
    return clean(text)


def _numbered(number: str, title: str) -> str:
    number, title = number.strip(), title.strip()
    return f"{number} {title}" if number and title else number or title


def _fit(values: Sequence[str], cols: int) -> list[str]:
    """A row of exactly `cols` cells: short rows padded, extra values kept in the last cell."""
    values = [str(v) for v in values]
    if len(values) > cols:
        values = values[:cols - 1] + ["\n".join(values[cols - 1:])]
    return values + [""] * (cols - len(values))


def _widths(relative: Sequence[int] | None, cols: int, total: int) -> list[int]:
    if not relative or len(relative) != cols or any(w <= 0 for w in relative):
        relative = [1] * cols
    scale = sum(relative)
    return [int(total * w / scale) for w in relative]


def _fix_widths(table, widths: list[int]) -> None:
    """Fixed layout with the given column widths, so long words wrap inside their cells."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = Emu(width)
    tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        table._tbl.tblPr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(sum(widths) // 635))  # EMU to twentieths of a point
    tbl_w.set(qn("w:type"), "dxa")


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        tr_pr.append(OxmlElement(tag))


def _shade(cell) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), _SHADE)
    cell._tc.get_or_add_tcPr().append(shd)


def _underline_cell(cell) -> None:
    borders = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    for attr, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "auto")):
        bottom.set(qn(attr), value)
    borders.append(bottom)
    tc_pr = cell._tc.get_or_add_tcPr()
    width = tc_pr.find(qn("w:tcW"))  # tcBorders follows tcW, gridSpan, vMerge
    if width is not None:
        width.addnext(borders)
    else:
        tc_pr.insert(0, borders)


def _metadata(document, manual: Manual) -> None:
    props = document.core_properties
    props.title = _text(manual.title)[:255]
    props.subject = _text(manual.subtitle)[:255]
    props.author = props.last_modified_by = _text(manual.company)[:255]
    props.comments = _text(manual.draft_notice)[:255]
    props.keywords = "GB/T 27922-2011"
    props.language = {"zh": "zh-CN", "en": "en-GB", "es": "es-ES"}.get(manual.lang, manual.lang)
    props.revision = 1
    core = props._element
    for tag in ("dcterms:created", "dcterms:modified"):  # the template's 2013 dates; the manual carries its own
        for element in core.findall(qn(tag)):
            core.remove(element)
