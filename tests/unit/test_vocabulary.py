"""The domain vocabulary: complete in every language, the one place its terms are worded, and covering every code."""

from __future__ import annotations

import string
from datetime import date, timedelta
from typing import get_args

import pytest

from assessment import exchange
from assessment.cycle import certificate_events, certificate_state
from assessment.exchange import label, reason_label
from assessment.models import Answer, Audit, Certificate, Enterprise, SpecialDeduction
from assessment.vocabulary import LANGS, TERMS, term
from criteria.schema import Evidence, Item
from reports import i18n


def _fields(text: str) -> list[str]:
    return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)


@pytest.mark.parametrize("key", sorted(TERMS))
def test_every_term_has_three_languages_with_the_same_placeholders(key):
    row = TERMS[key]
    assert len(row) == len(LANGS) == 3
    assert all(isinstance(t, str) and t.strip() == t and t for t in row), row
    assert _fields(row[0]) == _fields(row[1]) == _fields(row[2]), row


def test_a_term_in_each_language_with_its_placeholders_filled():
    assert [term("result.partial", lang) for lang in LANGS] == ["部分符合", "Partly met", "Cumple en parte"]
    assert term("event.surveillance", "en", n=2) == "Surveillance audit 2"
    assert term("event.surveillance", "zh", n=2) == "第 2 次监督审核"
    assert term("event.surveillance", "es") == "Auditoría de seguimiento {n}"  # no arguments: the template as is


def test_an_unknown_language_falls_back_to_chinese():
    assert term("status.overdue", "fr") == term("status.overdue", "zh") == "已逾期"


def test_an_unknown_key_raises_a_key_error_naming_it():
    with pytest.raises(KeyError, match="result.passed"):
        term("result.passed", "en")


# --- one place only: the output tables no longer word a domain term ---

OWN_TABLES = {"assessment.exchange": exchange._LABELS, "reports.i18n": i18n.rows()}


@pytest.mark.parametrize("name", sorted(OWN_TABLES))
def test_the_output_tables_define_no_key_of_the_vocabulary(name):
    assert not set(OWN_TABLES[name]) & set(TERMS), f"{name} defines vocabulary terms again"


@pytest.mark.parametrize("name", sorted(OWN_TABLES))
def test_the_output_tables_do_not_word_a_vocabulary_term_again(name):
    worded = {}
    for key, row in TERMS.items():
        for lang, text in zip(LANGS, row):
            worded[(lang, text.casefold())] = key
    again = {
        key: worded[(lang, text.casefold())]
        for key, row in OWN_TABLES[name].items()
        for lang, text in zip(LANGS, row)
        if (lang, text.casefold()) in worded
    }
    assert not again, f"{name} words these vocabulary terms again (own key -> term): {again}"


def test_the_report_labels_carry_the_vocabulary():
    for lang in LANGS:
        words = i18n.labels(lang)
        assert all(words[key] == term(key, lang) for key in TERMS)
        assert all(words[key] == row[LANGS.index(lang)] for key, row in i18n.rows().items())


def test_the_exchange_label_falls_back_to_the_vocabulary():
    assert label("result.not_met", "es") == "No cumple"
    assert label("rank", "en") == "Rank"
    assert label("no-such-key", "en") == "no-such-key"


# --- every code the domain produces has a term ---


def _literal(model, field: str) -> tuple[str, ...]:
    return get_args(model.model_fields[field].annotation)


@pytest.mark.parametrize(
    "group, codes",
    [
        ("result", (*get_args(Answer), "unanswered")),
        ("method", _literal(Item, "method")),
        ("evidence", _literal(Evidence, "kind")),
        ("enterprise", _literal(Enterprise, "kind")),
        ("deduction", _literal(SpecialDeduction, "category")),
    ],
)
def test_every_code_of_the_models_has_a_term(group, codes):
    assert codes
    missing = [c for c in codes if f"{group}.{c}" not in TERMS]
    assert not missing, f"no vocabulary term for {group} {missing}"


def test_every_cycle_kind_status_and_state_has_a_term():
    issued = date(2024, 3, 1)
    certificates = [
        Certificate(number="C-1", issued_on=issued, level="three_star"),
        Certificate(
            number="C-2",
            issued_on=issued,
            level="three_star",
            audits=[
                Audit(kind="surveillance", on=date(2025, 2, 20)),
                Audit(kind="recertification", on=date(2027, 1, 15)),
            ],
        ),
    ]
    kinds, statuses, states = set(), set(), set()
    for cert in certificates:
        for days in range(0, 5 * 366, 5):
            today = issued + timedelta(days=days)
            for ev in certificate_events(cert, today):
                kinds.add(ev.kind)
                statuses.add(ev.status)
            states.add(certificate_state(cert, today))
    assert statuses == {"done", "upcoming", "due_soon", "overdue", "open", "passed"}
    assert kinds == {"surveillance", "recertification_window", "expiry"}
    assert states == {"valid", "surveillance_overdue", "expired"}
    codes = [f"event.{k}" for k in kinds] + [f"status.{s}" for s in statuses] + [f"certificate.{s}" for s in states]
    assert not [c for c in codes if c not in TERMS]
    assert "event.recertification_window.until" in TERMS


@pytest.mark.parametrize(
    "reason",
    [
        "score_below_compliant",  # Result.ineligible_reasons
        "too_many_special_deductions",
        "stars_need_a_year_at_compliant",  # Result.notes
        "no_applicable_items",
        "not_reachable_by_fixing_items",  # Path.reason
    ],
)
def test_every_reason_has_a_short_term(reason):
    assert f"reason.{reason}" in TERMS
    assert [reason_label(reason, lang) for lang in LANGS] == list(TERMS[f"reason.{reason}"])


def test_an_unknown_reason_is_shown_as_its_code():
    assert reason_label("a_reason_from_a_newer_scorer", "en") == "a_reason_from_a_newer_scorer"
    assert reason_label("score_below_three_star", "en") == term("reason.score_below_compliant", "en")


def test_the_vocabulary_is_plain_data_on_the_standard_library():
    import ast
    import sys
    from pathlib import Path

    import assessment.vocabulary

    tree = ast.parse(Path(assessment.vocabulary.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for n in ast.walk(tree) if isinstance(n, ast.Import) for alias in n.names}
    imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert {m.split(".")[0] for m in imported} <= set(sys.stdlib_module_names), imported
