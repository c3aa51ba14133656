"""The service manual as PDF: `render_manual_html(manual) -> str` (Jinja2, autoescape on, the report's environment)
and `render_manual_pdf(manual) -> bytes` (WeasyPrint through the report's `write_pdf`, which fetches nothing outside
the package's static files); `manual_preview_pngs(pdf, pages, dpi)` for the app's preview.

The template is `templates/manual.html` with its partials in `templates/manual/`, the print stylesheet
`static/manual.css`. Every string comes from the `Manual` as it stands: user text stays text (autoescape), long
unbroken runs get line-break opportunities (the environment's finalize), and the running header's text reaches the
stylesheet only as an escaped CSS string.
"""

from __future__ import annotations

from markupsafe import Markup

from ..i18n import HTML_LANG
from ..render import ReportError, environment, page_counter_content, page_pngs, stylesheet, write_pdf
from .model import Bullets, Fields, Manual, Paragraph, Table

STYLESHEET = "manual.css"
PREVIEW_TIMEOUT = 30  # seconds for the preview images of a manual's first pages

# The labels the template prints (`build_manual` gives them all).
LABELS = ("contents", "revision", "items_served", "no_items", "records", "records_intro", "records_item",
          "records_keep", "appendix")

_KINDS = {Paragraph: "paragraph", Bullets: "bullets", Table: "table", Fields: "fields"}


def block_kind(block) -> str:
    """The template's name for a block's type ("paragraph", "bullets", "table", "fields")."""
    try:
        return _KINDS[type(block)]
    except KeyError:
        raise ReportError(f"the manual holds a block of an unknown type: {type(block).__name__}") from None


def column_widths(table: Table) -> tuple[float, ...]:
    """The table's relative widths as percentages of the whole (empty when it has none or they are unusable)."""
    widths = table.widths or ()
    total = sum(widths)
    if len(widths) != len(table.header) or total <= 0 or any(w < 0 for w in widths):
        return ()
    return tuple(round(100 * w / total, 3) for w in widths)


def fields_per_line(fields: Fields) -> int:
    """How many label + line pairs share a line: three short ones, else two."""
    longest = max((len(label) + len(value) for label, value in fields.pairs), default=0)
    return 3 if longest <= 10 else 2


def render_manual_html(manual: Manual) -> str:
    """The manual as one self-contained HTML document (stylesheet inline), in the manual's language."""
    if manual.lang not in HTML_LANG:
        raise ReportError(f"the manual's language {manual.lang!r} is not one of {', '.join(HTML_LANG)}")
    missing = [key for key in LABELS if key not in manual.labels]
    if missing:
        raise ReportError(f"the manual lacks the labels {', '.join(missing)}")
    template = environment().get_template("manual.html")
    return template.render(
        m=manual,
        L=manual.labels,
        html_lang=HTML_LANG[manual.lang],
        stylesheet=Markup(stylesheet(STYLESHEET)),
        page_counter=page_counter_content(manual.page_of),
        kind=block_kind,
        column_widths=column_widths,
        fields_per_line=fields_per_line,
    )


def render_manual_pdf(manual: Manual) -> bytes:
    """render_manual_html then the report's write_pdf: the whole manual as PDF bytes."""
    return write_pdf(render_manual_html(manual))


def manual_preview_pngs(pdf_bytes: bytes, pages: int = 3, dpi: int = 60) -> list[bytes]:
    """PNG images of the manual's first `pages` pages (fewer when it is shorter), for the app's preview.
    Raises ReportError when pdftoppm is missing, fails or takes longer than PREVIEW_TIMEOUT seconds."""
    return page_pngs(pdf_bytes, pages, dpi, timeout=PREVIEW_TIMEOUT)
