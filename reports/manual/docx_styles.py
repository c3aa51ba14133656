"""The Word manual's page, styles, lists and fields: everything `reports.manual.docx` lays text out with.

Chinese documents name two typefaces per style: a Song face for the body and a Hei face for headings, set as the
East Asian font (`w:rFonts w:eastAsia`) of each style, beside a Latin face for letters and figures. English and
Spanish manuals keep their own Latin faces but still name SimSun/SimHei as the East Asian face, so a Chinese
company name renders in them too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

# XML 1.0 forbids these; python-docx (lxml) refuses them, so user text loses them rather than breaking the file.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

PAGE_WIDTH, PAGE_HEIGHT = Cm(21.0), Cm(29.7)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Cm(2.5), Cm(2.5), Cm(2.8), Cm(2.5)
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

# Custom paragraph styles (created here; the others come from python-docx's default template).
TABLE_TEXT, NOTE, SIGNATURE, LABEL, FRONT_HEADING, COVER_COMPANY, COVER_SUBTITLE, DRAFT_BOX = (
    "Table Text", "Note", "Signature", "Label", "Front Heading", "Cover Company", "Cover Subtitle", "Draft Notice")


@dataclass(frozen=True)
class Faces:
    body: str  # Latin face of running text
    heading: str  # Latin face of headings, labels and captions
    body_pt: float
    line_spacing: float
    first_line_chars: int  # first-line indent of body paragraphs, in characters (0: none)
    lang_tag: str
    headings_bold: bool  # a Hei face is heavy enough without faux bold
    chinese: bool  # quotes, dashes and ellipses shared with Latin text take the East Asian face; text justified


SONG, HEI = "SimSun", "SimHei"

FACES = {
    "zh": Faces(body="Arial", heading="Arial", body_pt=12, line_spacing=1.5, first_line_chars=2, lang_tag="zh-CN",
                headings_bold=False, chinese=True),
    "en": Faces(body="Calibri", heading="Arial", body_pt=11, line_spacing=1.15, first_line_chars=0,
                lang_tag="en-GB", headings_bold=True, chinese=False),
    "es": Faces(body="Calibri", heading="Arial", body_pt=11, line_spacing=1.15, first_line_chars=0,
                lang_tag="es-ES", headings_bold=True, chinese=False),
}

# Successors of w:updateFields in CT_Settings: it must come before the first of these to keep the schema order.
_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                        "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                        "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
                        "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol",
                        "listSeparator")
# Successors of w:pBdr in CT_PPr (it follows keepNext ... numPr, suppressLineNumbers).
_AFTER_PBDR = frozenset(qn(f"w:{t}") for t in (
    "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
    "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
    "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
    "cnfStyle", "rPr", "sectPr", "pPrChange"))


def clean(text: str) -> str:
    """`text` without the characters XML 1.0 forbids (tab and newline stay)."""
    return _FORBIDDEN.sub("", str(text))


def set_fonts(rpr, latin: str, east_asia: str, hint: bool = False) -> None:
    """Name the Latin and East Asian faces on a run-properties element, dropping theme fonts that would win;
    `hint`: characters both scripts use (“”, —, …) are set in the East Asian face."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for attr, face in (("w:ascii", latin), ("w:hAnsi", latin), ("w:cs", latin), ("w:eastAsia", east_asia)):
        fonts.set(qn(attr), face)
    if hint:
        fonts.set(qn("w:hint"), "eastAsia")


def setup(doc: Document, lang: str) -> Faces:
    """Page size and margins, the styles, and fields updated on open; returns the faces chosen for `lang`."""
    faces = FACES[lang]
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.header_distance, section.footer_distance = Cm(1.5), Cm(1.5)
    section.different_first_page_header_footer = True  # the cover carries no header or footer
    _defaults(doc, faces)
    _styles(doc, faces, lang)
    _update_fields_on_open(doc)
    _drop_thumbnail(doc)
    return faces


def _defaults(doc: Document, faces: Faces) -> None:
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr, faces.body, SONG, faces.chinese)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), faces.lang_tag)
    lang.set(qn("w:eastAsia"), "zh-CN")


def _style(doc: Document, name: str, *, base: str = "Normal", latin: str, east_asia: str, pt: float, hint: bool,
           bold: bool = False, line: float = 1.0, before: float = 0, after: float = 0,
           align=None, keep_next: bool = False):
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, 1)
    if name != "Normal":
        style.base_style = styles[base]
    font = style.font
    font.size, font.bold, font.italic = Pt(pt), bold, False
    font.color.rgb = RGBColor(0, 0, 0)
    set_fonts(style.element.get_or_add_rPr(), latin, east_asia, hint)
    fmt = style.paragraph_format
    fmt.line_spacing, fmt.space_before, fmt.space_after = line, Pt(before), Pt(after)
    if name != "Normal":
        _first_line(style, 0, pt)
    if align is not None:
        fmt.alignment = align
    fmt.keep_with_next = keep_next or None
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)
    return style


def _first_line(style, chars: int, pt: float) -> None:
    """A first-line indent of `chars` characters (Word scales it with the font; firstLine serves other readers).
    Set on every style, so none inherits the body's indent."""
    style.paragraph_format.first_line_indent = Pt(chars * pt)
    style.element.pPr.find(qn("w:ind")).set(qn("w:firstLineChars"), str(chars * 100))


def _styles(doc: Document, faces: Faces, lang: str) -> None:
    pt, small = faces.body_pt, (10.5 if lang == "zh" else 10)
    song = partial(_style, doc, latin=faces.body, east_asia=SONG, hint=faces.chinese)
    hei = partial(_style, doc, latin=faces.heading, east_asia=HEI, hint=faces.chinese)
    centre, body_align = WD_ALIGN_PARAGRAPH.CENTER, (WD_ALIGN_PARAGRAPH.JUSTIFY if faces.chinese else None)
    song("Normal", pt=pt)
    _first_line(song("Body Text", pt=pt, line=faces.line_spacing, after=6, align=body_align),
                faces.first_line_chars, pt)
    for name in ("List Bullet", "List Number"):
        song(name, pt=pt, line=faces.line_spacing, after=3)
    sizes = {"Heading 1": (16, 24, 12), "Heading 2": (14, 12, 6), "Heading 3": (pt, 10, 4)}
    for name, (size, before, after) in sizes.items():
        style = hei(name, pt=size, bold=faces.headings_bold, line=1.25, before=before, after=after, keep_next=True)
        style.paragraph_format.keep_together = True
    doc.styles["Heading 1"].paragraph_format.page_break_before = True  # each chapter starts on a new page
    hei(FRONT_HEADING, pt=16, bold=faces.headings_bold, after=18, align=centre,
        keep_next=True).paragraph_format.page_break_before = True
    hei("Title", pt=26, bold=True, before=96, after=24, align=centre)
    hei(COVER_COMPANY, pt=18, before=12, after=12, align=centre)
    song(COVER_SUBTITLE, pt=pt, line=1.3, before=6, after=48, align=centre)
    song(TABLE_TEXT, pt=small, line=1.15, before=1, after=1)
    hei("Caption", pt=small, before=6, after=3, align=centre, keep_next=True)
    hei(LABEL, pt=small, bold=True, before=12, after=4, keep_next=True)
    song(NOTE, base="Body Text", pt=small - 1, line=1.15, after=4)
    song(SIGNATURE, base="Body Text", pt=pt, line=faces.line_spacing, before=12, after=6,
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    box = song(DRAFT_BOX, pt=small, line=1.3, before=36, align=body_align)
    box.paragraph_format.left_indent = box.paragraph_format.right_indent = Cm(1.5)
    borders(box.element.get_or_add_pPr(), ("top", "left", "bottom", "right"), space=6)
    for name in ("Header", "Footer"):
        song(name, pt=9, align=centre)


def borders(ppr, sides: tuple[str, ...], space: int) -> None:
    """Rules on the given sides of a paragraph (a style's or a paragraph's pPr)."""
    rules = OxmlElement("w:pBdr")
    for side in sides:
        edge = OxmlElement(f"w:{side}")
        for attr, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", str(space)), ("w:color", "auto")):
            edge.set(qn(attr), value)
        rules.append(edge)
    anchor = next((c for c in ppr if c.tag in _AFTER_PBDR), None)
    if anchor is None:
        ppr.append(rules)
    else:
        anchor.addprevious(rules)


def _update_fields_on_open(doc: Document) -> None:
    """Word offers to update the table of contents and page counts when the file is opened."""
    settings = doc.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:eastAsia"), "zh-CN")
    flag = OxmlElement("w:updateFields")
    flag.set(qn("w:val"), "true")
    anchor = next((c for c in settings if c.tag in {qn(f"w:{t}") for t in _AFTER_UPDATE_FIELDS}), None)
    if anchor is None:
        settings.append(flag)
    else:
        anchor.addprevious(flag)


def _drop_thumbnail(doc: Document) -> None:
    """The template's preview picture shows an empty page: a manual has none."""
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package.rels.pop(rid)


# -- fields -------------------------------------------------------------------------------------------------


def add_field(paragraph: Paragraph, instruction: str, result: str, dirty: bool = False) -> None:
    """A complex field (PAGE, NUMPAGES, TOC) whose shown `result` stands until Word updates it."""
    def char(kind: str):
        run = paragraph.add_run()
        fld = OxmlElement("w:fldChar")
        fld.set(qn("w:fldCharType"), kind)
        if dirty and kind == "begin":
            fld.set(qn("w:dirty"), "true")
        run._r.append(fld)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run(clean(result))
    char("end")


# -- lists ----------------------------------------------------------------------------------------------------


class Lists:
    """Bulleted and numbered lists with their own definitions: each numbered list restarts at 1."""

    def __init__(self, doc: Document, faces: Faces):
        self._numbering = doc.part.numbering_part.element
        indent = int(faces.body_pt * 20 * 2)  # two characters
        self._bullet = self._abstract(90, "bullet", "\u2022", indent)
        self._decimal = self._abstract(91, "decimal", "%1.", indent)
        self._bullet_num = self._num(self._bullet)

    def num_id(self, numbered: bool) -> int:
        return self._num(self._decimal, restart=True) if numbered else self._bullet_num

    def _abstract(self, ident: int, fmt: str, text: str, indent: int) -> int:
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), str(ident))
        kind = OxmlElement("w:multiLevelType")
        kind.set(qn("w:val"), "singleLevel")
        abstract.append(kind)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(indent + 360))
        ind.set(qn("w:hanging"), "360")
        ppr.append(ind)
        lvl.append(ppr)
        abstract.append(lvl)
        first_num = self._numbering.find(qn("w:num"))
        if first_num is None:
            self._numbering.append(abstract)
        else:
            first_num.addprevious(abstract)  # every w:abstractNum precedes every w:num
        return ident

    def _num(self, abstract_id: int, restart: bool = False) -> int:
        num_id = max((int(n.get(qn("w:numId"))) for n in self._numbering.findall(qn("w:num"))), default=0) + 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(abstract_id))
        num.append(ref)
        if restart:
            override = OxmlElement("w:lvlOverride")
            override.set(qn("w:ilvl"), "0")
            start = OxmlElement("w:startOverride")
            start.set(qn("w:val"), "1")
            override.append(start)
            num.append(override)
        self._numbering.append(num)
        return num_id
