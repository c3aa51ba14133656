"""The PDF audit report: `build_report` (pure) -> `render_html` (Jinja2) -> `write_pdf` (WeasyPrint).

    data = build_report(catalog, assessment, previous=None, previous_catalog=None, today=date.today(), lang="zh")
    html = render_html(data)
    pdf = write_pdf(html)
    png = first_page_png(pdf)  # a preview of the cover (pdftoppm)

Importing this package does not import WeasyPrint; `write_pdf` does, on first use.
"""

from .build import build_report
from .data import ReportData
from .render import ReportError, first_page_png, render_html, render_pdf, write_pdf

__all__ = ["ReportData", "ReportError", "build_report", "first_page_png", "render_html", "render_pdf", "write_pdf"]
