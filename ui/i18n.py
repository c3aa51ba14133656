"""UI strings from gettext catalogs (ui/locales/<lang>/LC_MESSAGES/messages.po), read at runtime with Babel.

The msgid is the English text; every language, English included, has its own msgstr, and a test fails when a
string used in ui/ lacks one. Placeholders use str.format syntax: _("{n} items", n=3).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Optional

import streamlit as st
from babel import Locale
from babel.dates import format_date
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from assessment.scoring import round_half_up

LOCALES_DIR = Path(__file__).with_name("locales")
LANGUAGES: dict[str, str] = {"zh_CN": "中文（简体）", "en": "English", "es": "Español"}
DEFAULT = "zh_CN"
# UI language -> the catalog's text language (criteria.Text.get)
_CATALOG_LANG = {"zh_CN": "zh", "en": "en", "es": "es"}


@lru_cache(maxsize=None)
def messages(lang: str) -> dict[str, str]:
    """msgid -> msgstr of one language (fuzzy and empty entries left out)."""
    path = LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        po = read_po(fh, locale=lang)
    return {m.id: m.string for m in po if m.id and isinstance(m.id, str) and m.string and not m.fuzzy}


def lang() -> str:
    """The UI language of this session (a UI pointer in session state)."""
    value = st.session_state.get("lang", DEFAULT)
    return value if value in LANGUAGES else DEFAULT


def cl() -> str:
    """The catalog language matching the UI language: zh, en or es."""
    return _CATALOG_LANG[lang()]


def init() -> None:
    """Take the language from the URL (?lang=en) on a fresh session, and keep it in the URL for reloads."""
    if "lang" not in st.session_state:
        wanted = st.query_params.get("lang", DEFAULT)
        st.session_state["lang"] = wanted if wanted in LANGUAGES else DEFAULT
    if st.query_params.get("lang") != st.session_state["lang"]:
        st.query_params["lang"] = st.session_state["lang"]


def _(msgid: str, **values) -> str:
    """The translation of `msgid` in the session's language, formatted with `values`."""
    text = messages(lang()).get(msgid, msgid)
    return text.format(**values) if values else text


def labelled(label: str, text: str) -> str:
    """'Overdue: …', with the colon of the language (Chinese takes the full-width one, and no space)."""
    return _("{label}: {text}", label=label, text=text)


def N_(msgid: str) -> str:
    """Mark a string for extraction without translating it now (translate later with _())."""
    return msgid


def num(value: Decimal | Fraction | float | int | None, decimals: int = 1) -> str:
    """A number in the session's locale, rounded for display only (scores come rounded from the core)."""
    if value is None:
        return "—"
    if isinstance(value, (Fraction, Decimal)):
        value = round_half_up(value, decimals)  # half-up, as score sheets quote numbers
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=lang())


def day(value: Optional[date], fmt: str = "medium") -> str:
    if value is None:
        return "—"
    return format_date(value, format=fmt, locale=lang())


def locale() -> Locale:
    return Locale.parse(lang())
