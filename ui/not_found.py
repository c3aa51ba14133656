"""The app's own page for an address that names no page (Streamlit's own says so in English, over the start page).

st.navigation runs the default page and shows an English "Page not found" dialog when the address names no
page. The app registers, for such an address only, a hidden page at that path: this one, in the UI language.
The start page's own name (/portfolio) leads to the start page.
"""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import unquote, urlparse

import streamlit as st

from ui.i18n import _
from ui.widgets import md

_SEGMENT = re.compile(r"^[A-Za-z0-9._~%-]{1,200}$")
START = "ui/portfolio.py"


def requested_segment() -> Optional[str]:
    """The page name in the browser's address (the last path segment after the base path), or None."""
    url = st.context.url
    if not url:
        return None
    path = urlparse(url).path.strip("/")
    base = str(st.get_option("server.baseUrlPath") or "").strip("/")
    if base and (path == base or path.startswith(base + "/")):
        path = path[len(base):].strip("/")
    if not path or "/" in path or not _SEGMENT.match(path):
        return None
    return path


def render() -> None:
    st.title(_("Page not found"))
    segment = requested_segment() or ""
    st.warning(_("There is no page at the address {path}. Choose a page in the menu, or go to the portfolio.",
                 path=md("/" + unquote(segment), 120)), icon=":material/explore_off:")
    st.page_link(START, label=_("Go to the portfolio"), icon=":material/apartment:")


def to_start() -> None:
    st.switch_page(START)


def extra_pages(pages: dict[str, list], start_alias: str) -> list:
    """Hidden pages for the address of this run: the not-found page when it names no page, or the way to the
    start page when it names the start page by `start_alias` (the default page answers at / only)."""
    segment = requested_segment()
    if segment is None:
        return []
    known = {page.url_path for section in pages.values() for page in section}
    if segment in known:
        return []
    if segment == start_alias:
        return [st.Page(to_start, title=_("Portfolio"), url_path=segment, visibility="hidden")]
    return [st.Page(render, title=_("Page not found"), url_path=segment, visibility="hidden")]
