"""UI strings from gettext catalogs (ui/locales/<lang>/LC_MESSAGES/messages.po), read at runtime with Babel.

The msgid is the English text; every language, English included, has its own msgstr, and a test fails when a
string used in ui/ lacks one. Placeholders use str.format syntax: _("{n} items", n=3). A count takes the plural
form its language needs: ngettext("{n} item", "{n} items", n) (msgid / msgid_plural, one msgstr[i] per form).
"""

from __future__ import annotations

import gettext
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

import streamlit as st
from babel.dates import format_date
from babel.messages.catalog import Catalog as PoCatalog
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from assessment import collation
from assessment.scoring import round_half_up

LOCALES_DIR = Path(__file__).with_name("locales")
LANGUAGES: dict[str, str] = {"zh_CN": "中文（简体）", "en": "English", "es": "Español"}
DEFAULT = "zh_CN"
# UI language -> the catalog's text language (criteria.Text.get)
_CATALOG_LANG = {"zh_CN": "zh", "en": "en", "es": "es"}


@lru_cache(maxsize=None)
def _po(lang: str) -> Optional[PoCatalog]:
    path = LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return None
    with path.open("rb") as fh:
        return read_po(fh, locale=lang)


@lru_cache(maxsize=None)
def messages(lang: str) -> dict[str, str]:
    """msgid -> msgstr of one language (fuzzy and empty entries left out)."""
    po = _po(lang)
    if po is None:
        return {}
    return {m.id: m.string for m in po if m.id and isinstance(m.id, str) and m.string and not m.fuzzy}


@lru_cache(maxsize=None)
def plurals(lang: str) -> tuple[dict[tuple[str, str], tuple[str, ...]], Callable[[int], int]]:
    """(msgid, msgid_plural) -> the msgstr of each plural form, and the language's rule (count -> form index),
    both from its po file (the Plural-Forms header)."""
    po = _po(lang)
    if po is None:
        return {}, gettext.c2py("(n != 1)")
    forms = {
        m.id: tuple(m.string) for m in po
        if isinstance(m.id, tuple) and not m.fuzzy and isinstance(m.string, tuple) and all(m.string)
    }
    return forms, gettext.c2py(po.plural_expr)


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


def ngettext(singular: str, plural: str, n: int, /, **values) -> str:
    """The form of `singular`/`plural` that the count `n` takes in the session's language, formatted with
    `values` (and `n`, unless `values` name another {n}): ngettext("{n} item", "{n} items", n) gives "1 item",
    "2 items"; Chinese has one form, Spanish three (1, millions, others)."""
    forms, rule = plurals(lang())
    found = forms.get((singular, plural))
    if found:
        index = rule(abs(int(n)))
        text = found[index] if index < len(found) else found[-1]
    else:
        text = singular if n == 1 else plural
    values.setdefault("n", n)
    return text.format(**values)


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


def sort_key(text: str, language: Optional[str] = None) -> tuple:
    """The key that sorts names for a reader of the session's language (or `language`): Chinese by pinyin,
    Spanish with ñ after n, English by the Unicode Collation Algorithm. See assessment.collation."""
    return collation.sort_key(text, language or lang())


def follows_language(key: str) -> str:
    """Mark the key of a choice widget whose option labels are translated (or formatted for the language), so
    that a language switch shows its choice in the new language; returns `key` unchanged.

    Streamlit sends a selectbox's, radio's, multiselect's or segmented control's value to the browser as the
    chosen option's label, and a keyed widget keeps its identity when its labels change: after a language switch
    the browser went on showing the old language's label (a radio or segmented control, no choice at all),
    because the value itself had not changed. switch_language() sets each marked value again, which makes
    Streamlit send it to the browser anew, labelled in the new language."""
    st.session_state.setdefault("_follows_language", set()).add(key)
    return key


LANGUAGE_PICKERS = ("_lang_pick", "set_lang")  # the sidebar's and the settings page's language choice


def switch_language(code: str) -> None:
    """Make `code` the session's UI language (kept in the URL, so that a reload keeps it); every language
    picker shows it, and every marked choice widget its choice in the new language (follows_language)."""
    if code not in LANGUAGES:
        return
    state = st.session_state
    state["lang"] = code
    st.query_params["lang"] = code
    for picker in LANGUAGE_PICKERS:
        if picker in state and state[picker] != code:
            state[picker] = code
    marked: set = state.setdefault("_follows_language", set())
    for key in list(marked):
        if key in state:
            state[key] = state[key]  # the same value, sent again: the browser shows it with the new labels
        else:
            marked.discard(key)  # a widget no longer drawn
