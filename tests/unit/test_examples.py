"""The example files land where their names say, and show what they are meant to show."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from assessment.exchange import read_assessment, validate_for_catalog
from assessment.scoring import score

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

EXPECTED = [
    ("01-not-passed.json", "58.3", "not_passed"),
    ("02-compliant.json", "73.7", "compliant"),
    ("03-three-star.json", "87.3", "three_star"),
    ("04-four-star.json", "92.9", "four_star"),
    ("05-five-star.json", "96.3", "five_star"),
]

# GB 32100-2015: the unified social credit code's character set and weights for its check character.
_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code_is_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in _CODE_CHARS for c in code):
        return False
    check = 31 - sum(_CODE_CHARS.index(c) * w for c, w in zip(code, _CODE_WEIGHTS)) % 31
    return _CODE_CHARS[check % 31] == code[17]


def load(name):
    return read_assessment(EXAMPLES / name)


def test_every_example_is_in_the_table():
    assert sorted(p.name for p in EXAMPLES.glob("*.json")) == [name for name, _, _ in EXPECTED]


@pytest.mark.parametrize("name, final, level", EXPECTED)
def test_example_lands_in_its_level(name, final, level, the_default_catalog):
    assessment = load(name)
    validate_for_catalog(assessment, the_default_catalog, name)
    result = score(the_default_catalog, assessment)
    assert (result.final, result.level) == (Decimal(final), level)
    assert result.complete


@pytest.mark.parametrize("name", [n for n, _, _ in EXPECTED])
def test_example_describes_a_chinese_enterprise_against_the_default_catalog(name, the_default_catalog):
    a = load(name)
    assert (a.catalog.id, a.catalog.version) == (the_default_catalog.id, the_default_catalog.version)
    assert credit_code_is_valid(a.enterprise.credit_code), a.enterprise.credit_code
    assert a.enterprise.name.endswith("有限公司")
    assert a.assessor and a.enterprise.address and a.enterprise.industry
    assert all(r.note for r in a.responses if r.result != "excluded")
    assert all(r.evidence for r in a.responses if r.result != "excluded")


def test_three_star_example_has_justified_exclusions_and_partial_samples():
    a = load("03-three-star.json")
    excluded = [r for r in a.responses if r.result == "excluded"]
    partial = [r for r in a.responses if r.result == "partial"]
    assert len(excluded) >= 2 and all(len(r.justification) > 20 for r in excluded)
    assert len(partial) >= 3 and all(r.samples and 0 < r.failed_samples < r.samples for r in partial)


def test_four_star_example_has_special_deductions_with_corrective_actions():
    a = load("04-four-star.json")
    assert 1 <= len(a.special_deductions) <= 2
    planned = {x.deduction for x in a.actions if x.deduction is not None}
    assert planned == set(range(len(a.special_deductions)))  # each deduction has its corrective action


def test_five_star_example_has_the_bonus_and_a_certificate():
    a = load("05-five-star.json")
    assert a.special_bonus is not None
    assert a.certificate is not None and a.certificate.level == "five_star"
    assert a.certificate.number and a.certificate.issued_on


def test_not_passed_example_fails_on_score(the_default_catalog):
    result = score(the_default_catalog, load("01-not-passed.json"))
    assert result.ineligible_reasons == ("score_below_compliant",)
