"""Comparing rounds, evidence completeness, the calendar and its .ics, credit codes."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from assessment.models import Assessment, CatalogRef, Certificate, Enterprise, Response
from assessment.scoring import score
from assessment.completeness import evidence_completeness
from assessment.credit_code import credit_code_problem
from assessment.rounds import compare_rounds
from assessment.store import Store, calendar_ics
from criteria import default_catalog

from tests.unit.builders import answers_for


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


@pytest.fixture(scope="module")
def catalog():
    return default_catalog()


def _assessment(catalog, responses=()):
    return Assessment(catalog=CatalogRef(id=catalog.id, version=catalog.version), enterprise=Enterprise(name="E"),
                      assessed_on=date(2026, 1, 1), responses=tuple(responses))


def test_per_item_differences_add_up_to_the_base_score_difference(catalog):
    ids = [it.id for _, _, it in catalog.iter_items()]
    before = _assessment(catalog, answers_for(catalog, set(ids[:8]), {"1.2.1": (10, 5)}))
    after = _assessment(catalog, answers_for(catalog, set(ids[:2]), {"1.2.1": (10, 1)}))
    cmp = compare_rounds(catalog, before, catalog, after)
    assert sum((it.score_delta for it in cmp.items), Fraction(0)) == cmp.base_delta
    assert sum((ind.score_delta for ind in cmp.indicators), Fraction(0)) == cmp.base_delta
    assert cmp.base_delta == score(catalog, after).base - score(catalog, before).base


def test_a_comparison_names_what_changed(catalog):
    before = _assessment(catalog, [Response(item="1.2.1", result="partial", samples=10, failed_samples=5),
                                   Response(item="1.1.2", result="excluded", justification="no outlets"),
                                   Response(item="1.1.1", result="met", note="a")])
    after = _assessment(catalog, [Response(item="1.2.1", result="partial", samples=12, failed_samples=1),
                                  Response(item="1.1.2", result="excluded", justification="online only"),
                                  Response(item="1.1.1", result="not_met", note="a")])
    changes = {it.item_id: it.changes for it in compare_rounds(catalog, before, catalog, after).items}
    assert changes["1.2.1"] == ("samples", "failed_samples")
    assert changes["1.1.2"] == ("exclusion",)
    assert changes["1.1.1"] == ("result",)
    assert changes["1.3.1"] == ()


def test_an_unchanged_item_can_still_move_the_score_when_the_applicable_total_moves(catalog):
    before = _assessment(catalog, [Response(item="1.1.1", result="met")])
    after = _assessment(catalog, [Response(item="1.1.1", result="met"),
                                  Response(item="1.1.2", result="excluded", justification="x")])
    item = next(it for it in compare_rounds(catalog, before, catalog, after).items if it.item_id == "1.1.1")
    assert not item.changed and item.score_delta > 0


def test_evidence_completeness_counts_ticked_catalog_evidence_and_skips_excluded_items(catalog):
    item = catalog.item("1.1.1")
    a = _assessment(catalog, [Response(item="1.1.1", result="met", evidence=(item.evidence[0].id, "extra photo")),
                              Response(item="1.1.2", result="excluded", justification="x")])
    per_item, overall = evidence_completeness(catalog, a)
    assert (per_item["1.1.1"].in_hand, per_item["1.1.1"].expected) == (1, len(item.evidence))
    total = sum(len(it.evidence) for _, _, it in catalog.iter_items() if it.id != "1.1.2")
    assert (overall.in_hand, overall.expected) == (1, total)


@pytest.mark.parametrize(
    "code, problem",
    [
        ("", None),
        ("91350100M000100Y43", None),
        ("91110000600037341L", None),
        ("91350100m000100y43", None),  # lower case is read as upper case
        ("91350100M000100Y44", "check_digit"),
        ("91350100M000100Y4", "length"),
        ("9135010OM000100Y43", "characters"),  # the letter O is not used
    ],
)
def test_unified_social_credit_codes_are_checked(code, problem):
    assert credit_code_problem(code) == problem


def test_the_portfolio_calendar_takes_each_enterprises_latest_certificate(store):
    a = store.add_enterprise(Enterprise(name="A"))
    b = store.add_enterprise(Enterprise(name="B"))
    store.add_certificate(a.id, Certificate(number="A-1", issued_on=date(2022, 1, 10), level="compliant"))
    store.add_certificate(a.id, Certificate(number="A-2", issued_on=date(2025, 1, 10), level="four_star"))
    store.add_certificate(b.id, Certificate(number="B-1", issued_on=date(2024, 6, 1), level="three_star"))
    store.set_archived(b.id, True)
    entries = store.calendar_view(date(2026, 2, 1)).entries
    assert [(e.enterprise_name, e.certificate.number) for e in entries] == [("A", "A-2")]
    assert entries[0].state == "surveillance_overdue"
    ics = calendar_ics(entries, date(2026, 2, 1), titles={"surveillance": "Audit {n}"}).decode()
    assert "BEGIN:VCALENDAR" in ics and "A: Audit 2" in ics and "B-1" not in ics
