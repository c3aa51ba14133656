"""The domain vocabulary: complete in every language, the one place its terms are worded, and covering every code."""

from __future__ import annotations

import string
from datetime import date, timedelta
from typing import get_args

import pytest

from assessment import vocabulary
from assessment.cycle import certificate_events, certificate_state
from assessment.reasons import reason_label
from assessment.vocabulary import label
from assessment.models import Answer, Audit, Certificate, Enterprise, SpecialDeduction
from assessment.vocabulary import LANGS, TERMS, term
from criteria import CycleRules
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

OWN_TABLES = {"assessment.vocabulary headings": vocabulary.HEADINGS, "reports.i18n": i18n.rows()}


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
            for ev in certificate_events(cert, today, CycleRules()):
                kinds.add(ev.kind)
                statuses.add(ev.status)
            states.add(certificate_state(cert, today, CycleRules()))
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
    import assessment.vocabulary_records

    for module in (assessment.vocabulary, assessment.vocabulary_records):  # the vocabulary and its records part
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {alias.name for n in ast.walk(tree) if isinstance(n, ast.Import) for alias in n.names}
        imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module and not n.level}
        own = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level}
        assert own <= {"vocabulary_records"}, own
        assert {m.split(".")[0] for m in imported} <= set(sys.stdlib_module_names), imported


# --- one wording per term across the outputs: the workbook, the command line, the report and the app ---

ALL_TABLES = {"assessment.vocabulary terms": TERMS, **OWN_TABLES}


def test_no_two_output_tables_define_the_same_key():
    names = sorted(ALL_TABLES)
    shared = {
        (a, b): sorted(set(ALL_TABLES[a]) & set(ALL_TABLES[b])) for i, a in enumerate(names) for b in names[i + 1:]
    }
    assert not any(shared.values()), f"a key is worded in two tables, so the outputs can drift: {shared}"


def _drift(tables) -> list:
    """Pairs of entries of different tables that share their English words but not their Chinese or Spanish."""
    seen: dict[str, tuple[str, str, tuple[str, str, str]]] = {}
    drift = []
    for name, table in tables.items():
        for key, row in table.items():
            first = seen.setdefault(row[1].casefold(), (name, key, tuple(row)))
            if first[0] != name and first[2] != tuple(row):
                drift.append((first[:2], (name, key), first[2], tuple(row)))
    return drift


def test_the_same_english_words_read_the_same_in_chinese_and_spanish_across_outputs():
    assert not _drift(ALL_TABLES), "one English term, two wordings"


def test_the_drift_check_catches_a_heading_worded_two_ways():
    # the drift this table had: 'Owner' as 责任人 in the workbook and 负责人 in the report
    tables = {"workbook": {"owner": ("责任人", "Owner", "Responsable")},
              "report": {"responsible": ("负责人", "Owner", "Responsable")}}
    assert len(_drift(tables)) == 1
    assert not _drift({"workbook": tables["workbook"], "report": {"owner2": ("责任人", "Owner", "Responsable")}})


def test_the_report_and_the_workbook_word_the_shared_headings_alike():
    for lang in LANGS:
        words = i18n.labels(lang)
        assert all(words[key] == label(key, lang) for key in vocabulary.HEADINGS)
    assert label("owner", "zh") == i18n.labels("zh")["owner"] == "责任人"
    assert label("catalog", "zh") == i18n.labels("zh")["catalog"] == "评价准则"


def test_one_function_words_a_reason_short_alone_and_as_a_sentence_with_the_catalog():
    from criteria import default_catalog

    catalog = default_catalog()
    lowest = catalog.rules.levels[0]
    assert reason_label("score_below_compliant", "en") == term("reason.score_below_compliant", "en")
    sentence = reason_label("score_below_compliant", "en", catalog)
    assert lowest.name.get("en") in sentence and sentence.startswith("The final score is below")
    assert reason_label("no_applicable_items", "es", catalog) == term("reason.no_applicable_items.detail", "es")
    limit = catalog.rules.deductions_for_no_grade
    assert reason_label("too_many_special_deductions", "zh", catalog) == term(
        "reason.too_many_special_deductions.detail", "zh", n=limit, limit=limit)
    # no sentence form: the short phrase, with or without the catalog
    assert reason_label("not_reachable_by_fixing_items", "en", catalog) == "not reachable by fixing items alone"
