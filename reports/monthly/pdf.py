"""The monthly complaint analysis as PDF: `render_monthly_html(analysis) -> str` (Jinja2, autoescape on, the
report's environment) and `render_monthly_pdf(analysis) -> bytes` (the report's WeasyPrint step: only the
package's own assets are fetched; CJK text in the system's Noto Sans CJK, embedded as a subset)."""

from __future__ import annotations

from functools import lru_cache

from markupsafe import Markup

from ..i18n import HTML_LANG
from ..render import STATIC_DIR, environment, page_counter_content, write_pdf
from . import fmt
from .chart import trend
from .model import MonthlyAnalysis

STYLESHEET = STATIC_DIR / "monthly.css"
PDF_OPEN_ROWS = 200  # the open list in print; the workbook lists them all


@lru_cache(maxsize=1)
def _stylesheet() -> str:
    return STYLESHEET.read_text(encoding="utf-8")


def render_monthly_html(analysis: MonthlyAnalysis) -> str:
    W = analysis.words
    lang = analysis.lang
    chart = trend(analysis.trend, W["chart_title"], W["received"], W["resolved_rate"], lang)
    return environment().get_template("monthly.html").render(
        a=analysis,
        W=W,
        html_lang=HTML_LANG[lang],
        stylesheet=Markup(_stylesheet()),
        page_counter=page_counter_content(W["page_of"]),
        chart=chart,
        open_rows=analysis.open_records[:PDF_OPEN_ROWS],
        open_more=max(0, len(analysis.open_records) - PDF_OPEN_ROWS),
        pct=lambda rate: fmt.pct(rate, lang),
        num=lambda value, decimals=1: fmt.number(value, lang, decimals),
        of=lambda part, rate: fmt.of(part, rate, lang),
        change=lambda row: fmt.change(row, W, lang),
        compared=lambda row, value: fmt.compared(row, value, lang),
        satisfied=fmt.satisfied,
    )


def render_monthly_pdf(analysis: MonthlyAnalysis) -> bytes:
    return write_pdf(render_monthly_html(analysis))
