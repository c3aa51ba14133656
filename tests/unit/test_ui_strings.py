"""Every UI string has a translation in every language, counts take real plural forms, placeholders survive
translation."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("zh_CN", "en", "es")
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _calls(name: str, n_strings: int):
    """(strings, place) of every call `name("...", ...)` in app.py and ui/*.py with `n_strings` literal strings."""
    for path in [ROOT / "app.py", *sorted((ROOT / "ui").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
                    and len(node.args) >= n_strings
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:n_strings])):
                yield tuple(a.value for a in node.args[:n_strings]), f"{path.relative_to(ROOT)}:{node.lineno}"


def ui_msgids() -> dict[str, str]:
    """msgid -> first place, from every _("...") and N_("...") call in app.py and ui/*.py."""
    found: dict[str, str] = {}
    for name in ("_", "N_"):
        for (msgid,), place in _calls(name, 1):
            found.setdefault(msgid, place)
    return found


def ui_plural_msgids() -> dict[tuple[str, str], str]:
    """(msgid, msgid_plural) -> first place, from every ngettext("...", "...", n) call."""
    found: dict[tuple[str, str], str] = {}
    for pair, place in _calls("ngettext", 2):
        found.setdefault(pair, place)
    return found


def po(lang: str):
    with (ROOT / "ui" / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def test_the_extractor_finds_the_ui_strings():
    ids = ui_msgids()
    assert len(ids) > 200
    assert "Assessment wizard" in ids and "Qualitative: all or nothing" in ids


@pytest.mark.parametrize("lang", LANGS)
def test_every_ui_string_is_translated(lang):
    catalog = po(lang)
    translated = {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}
    missing = [f"{place}: {msgid!r}" for msgid, place in ui_msgids().items() if msgid not in translated]
    assert not missing, f"{len(missing)} UI strings lack a {lang} translation:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", LANGS)
def test_every_count_has_each_plural_form_of_its_language(lang):
    catalog = po(lang)
    entries = {m.id: m for m in catalog if isinstance(m.id, tuple)}
    missing = []
    for pair, place in ui_plural_msgids().items():
        m = entries.get(pair)
        if m is None or m.fuzzy or len(m.string) != catalog.num_plurals or not all(m.string):
            missing.append(f"{place}: {pair[0]!r}")
    assert not missing, f"{len(missing)} counted strings lack their {catalog.num_plurals} {lang} forms:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_their_placeholders(lang):
    wrong = []
    for m in po(lang):
        if not m.id or not m.string:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        wanted = set().union(*(PLACEHOLDER.findall(i) for i in ids))
        # a form may leave the count out ("one day" for 1) but never brings a placeholder of its own
        if any(not set(PLACEHOLDER.findall(t)) <= wanted or (len(ids) == 1 and set(PLACEHOLDER.findall(t)) != wanted)
               for t in strings):
            wrong.append(ids[0])
    assert not wrong, wrong


@pytest.mark.parametrize("lang", LANGS)
def test_no_stale_entries_linger(lang):
    used = set(ui_msgids()) | set(ui_plural_msgids())
    stale = [m.id for m in po(lang) if m.id and m.id not in used]
    assert not stale, f"{lang}: entries no UI string uses any more: {stale}"


COUNTS = [  # (lang, count, expected text of "{answered} of {total} items answered" with answered=1, total=count)
    ("en", 1, "1 of 1 item answered"),
    ("en", 44, "1 of 44 items answered"),
    ("es", 1, "1 de 1 requisito respondido"),
    ("es", 44, "1 de 44 requisitos respondidos"),
    ("es", 1_000_000, "1 de 1000000 de requisitos respondidos"),
    ("zh_CN", 1, "已作答 1/1 个条款"),
    ("zh_CN", 44, "已作答 1/44 个条款"),
]


@pytest.mark.parametrize("lang, count, expected", COUNTS)
def test_counts_use_real_plurals(monkeypatch, lang, count, expected):
    from ui import i18n
    from ui.widgets import answered_text

    monkeypatch.setattr(i18n, "lang", lambda: lang)
    assert answered_text(1, count) == expected
    one_day = i18n.ngettext("In {days} day", "In {days} days", 1, days=1)
    assert one_day == {"en": "In 1 day", "es": "En 1 día", "zh_CN": "1 天后"}[lang]


def test_counted_strings_use_ngettext_not_a_fixed_plural():
    """A count shown with a noun ('{n} items') goes through ngettext, so that 1 reads '1 item' ('1 requisito')."""
    fixed = [f"{place}: {msgid!r}" for msgid, place in ui_msgids().items()
             if re.search(r"\{(n|total|days)\} (items|days|answers|problems|areas|indicators|samples)\b", msgid)]
    assert not fixed, fixed


def test_pages_hold_no_bare_user_facing_literals_in_titles():
    """Titles, headers and buttons take their text from _(): a string literal there is an untranslated label."""
    offenders = []
    calls = {"title", "header", "subheader", "button", "info", "warning", "error", "success", "caption"}
    for path in sorted((ROOT / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in calls
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
                    and re.search(r"[A-Za-z\u4e00-\u9fff]{3}", node.args[0].value)):
                offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders, offenders
