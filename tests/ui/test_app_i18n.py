"""Every UI string has a translation in every language; placeholders survive translation."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("zh_CN", "en", "es")
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def ui_msgids() -> dict[str, str]:
    """msgid -> first place, from every _("...") and N_("...") call in app.py and ui/*.py."""
    found: dict[str, str] = {}
    for path in [ROOT / "app.py", *sorted((ROOT / "ui").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "N_")
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def po(lang: str):
    with (ROOT / "ui" / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def test_the_extractor_finds_the_ui_strings():
    ids = ui_msgids()
    assert len(ids) > 200
    assert "Assessment wizard" in ids and "Met" in ids


@pytest.mark.parametrize("lang", LANGS)
def test_every_ui_string_is_translated(lang):
    catalog = po(lang)
    translated = {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}
    missing = [f"{place}: {msgid!r}" for msgid, place in ui_msgids().items() if msgid not in translated]
    assert not missing, f"{len(missing)} UI strings lack a {lang} translation:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_their_placeholders(lang):
    wrong = [
        m.id for m in po(lang)
        if m.id and m.string and set(PLACEHOLDER.findall(m.id)) != set(PLACEHOLDER.findall(m.string))
    ]
    assert not wrong, wrong


@pytest.mark.parametrize("lang", LANGS)
def test_no_stale_entries_linger(lang):
    used = set(ui_msgids())
    stale = [m.id for m in po(lang) if m.id and m.id not in used]
    assert not stale, f"{lang}: entries no UI string uses any more: {stale}"


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
