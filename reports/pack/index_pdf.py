"""The pack's index as PDF: `render_index_html(index) -> str` (Jinja2, autoescape on, the report's environment) and
`render_index_pdf(index) -> bytes` (the report's WeasyPrint step: only the package's own assets are fetched; CJK
text in the system's Noto Sans CJK, embedded as a subset)."""

from __future__ import annotations

from functools import lru_cache

from markupsafe import Markup

from ..i18n import HTML_LANG
from ..render import STATIC_DIR, environment, page_counter_content, write_pdf
from .index import PackIndex

STYLESHEET = STATIC_DIR / "pack.css"


@lru_cache(maxsize=1)
def _stylesheet() -> str:
    return STYLESHEET.read_text(encoding="utf-8")


def render_index_html(index: PackIndex) -> str:
    W = index.words
    return environment().get_template("pack.html").render(
        x=index, W=W, html_lang=HTML_LANG[index.lang], stylesheet=Markup(_stylesheet()),
        page_counter=page_counter_content(W["page_of"]),
    )


def render_index_pdf(index: PackIndex) -> bytes:
    return write_pdf(render_index_html(index))
