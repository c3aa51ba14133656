"""score(): levels, rounding edges, special deductions and bonus, sampled and excluded items, completeness."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from builders import (
    base_assessment,
    base_case,
    base_catalog,
    make_assessment,
    make_catalog,
    response,
    small_catalog,
)

from assessment.models import Certificate
from assessment.scoring import InvalidResponse, round_half_up, score


@pytest.mark.parametrize(
    "base, final, level",
    [
        ("0", "0.0", "not_passed"),
        ("69.94", "69.9", "not_passed"),
        ("69.949", "69.9", "not_passed"),
        ("69.95", "70.0", "compliant"),
        ("70", "70.0", "compliant"),
        ("79.94", "79.9", "compliant"),
        ("79.95", "80.0", "three_star"),
        ("80", "80.0", "three_star"),
        ("89.94", "89.9", "three_star"),
        ("89.95", "90.0", "four_star"),
        ("90", "90.0", "four_star"),
        ("94.94", "94.9", "four_star"),
        ("94.95", "95.0", "five_star"),
        ("95.0", "95.0", "five_star"),
        ("99.99", "100.0", "five_star"),
        ("100", "100.0", "five_star"),
    ],
)
def test_level_is_decided_on_the_score_rounded_half_up_to_one_decimal(base, final, level):
    catalog, assessment = base_case(base)
    result = score(catalog, assessment)
    assert result.base == Fraction(Decimal(base))
    assert result.final == Decimal(final)
    assert result.level == level


@pytest.mark.parametrize(
    "base, deductions, bonus, final, level",
    [
        ("70.95", 1, False, "70.0", "compliant"),  # 69.95 after the deduction rounds up to 70.0
        ("70.94", 1, False, "69.9", "not_passed"),
        ("94.0", 0, True, "95.0", "five_star"),
        ("93.95", 0, True, "95.0", "five_star"),
        ("96.0", 2, False, "94.0", "four_star"),
        ("89.95", 3, True, "88.0", "three_star"),
        ("100", 0, True, "100.0", "five_star"),  # clamped at 100
        ("2", 4, False, "0.0", "not_passed"),  # clamped at 0
    ],
)
def test_final_is_base_minus_deductions_plus_bonus_clamped_and_rounded(base, deductions, bonus, final, level):
    catalog = base_catalog(base)
    result = score(catalog, base_assessment(catalog, deductions=deductions, bonus=bonus))
    assert result.final == Decimal(final)
    assert result.level == level
    assert result.deductions == deductions
    assert result.bonus == (1 if bonus else 0)


@pytest.mark.parametrize(
    "deductions, final, level, eligible",
    [
        (0, "100.0", "five_star", True),
        (3, "97.0", "five_star", True),
        (4, "96.0", "five_star", True),
        (5, "95.0", "not_passed", False),
        (6, "94.0", "not_passed", False),
    ],
)
def test_fifth_special_deduction_removes_the_grade(deductions, final, level, eligible):
    catalog = base_catalog("100")
    result = score(catalog, base_assessment(catalog, deductions=deductions))
    assert result.final == Decimal(final)
    assert result.level == level
    assert result.eligible is eligible
    assert ("too_many_special_deductions" in result.ineligible_reasons) is (not eligible)
    assert result.score_level in ("five_star", "four_star")  # the score alone still reaches a star level


def test_deduction_limit_is_catalog_data_not_code():
    catalog = make_catalog([("1.1.1", 100)], deductions_for_no_grade=3)
    assert score(catalog, base_assessment(catalog, deductions=2)).level == "five_star"
    assert score(catalog, base_assessment(catalog, deductions=3)).level == "not_passed"


def test_score_below_seventy_is_not_eligible_with_a_reason():
    catalog = base_catalog("65")
    result = score(catalog, base_assessment(catalog))
    assert not result.eligible
    assert result.ineligible_reasons == ("score_below_compliant",)
    assert (result.next_level, result.points_to_next_level) == ("compliant", Decimal("5.0"))


@pytest.mark.parametrize(
    "points, samples, failed, earned",
    [
        ("4", 10, 3, Fraction(28, 10)),  # the standard's own example: 4 points, 3 of 10 defective -> 2.8
        ("4", 10, 0, Fraction(4)),
        ("4", 10, 10, Fraction(0)),
        ("6", 3, 1, Fraction(4)),
        ("5", 7, 2, Fraction(25, 7)),  # exact, not 3.5714...
    ],
)
def test_sampled_item_loses_points_in_proportion(points, samples, failed, earned):
    catalog = make_catalog([("1.1.1", points, "sampled"), ("1.1.2", Decimal(100) - Decimal(points))])
    assessment = make_assessment(
        catalog, {"1.1.1": {"result": "partial", "samples": samples, "failed_samples": failed}, "1.1.2": "met"}
    )
    item = score(catalog, assessment).item("1.1.1")
    assert item.earned == earned
    assert item.lost == Fraction(Decimal(points)) - earned


def test_excluded_points_leave_the_total():
    catalog = small_catalog()
    answers = {i: "met" for i in ("1.1.1", "1.1.2", "1.1.3", "1.2.2", "2.1.1", "2.1.2")}
    answers["1.2.1"] = "excluded"  # 20 points out of 100
    result = score(catalog, make_assessment(catalog, answers))
    assert result.applicable_points == 80
    assert result.earned_points == 80
    assert result.final == Decimal("100.0")
    assert not result.item("1.2.1").applicable
    assert result.item("1.2.1").lost == 0


def test_score_is_earned_over_applicable_points_times_one_hundred():
    catalog = small_catalog()
    answers = {"1.1.1": "met", "1.1.2": "met", "1.1.3": "excluded", "1.2.1": "not_met", "1.2.2": "met",
               "2.1.1": {"result": "partial", "samples": 5, "failed_samples": 1}, "2.1.2": "met"}
    result = score(catalog, make_assessment(catalog, answers))
    # applicable 84; earned 10 + 4 + 0 + 10 + 20 + 15 = 59
    assert result.applicable_points == 84
    assert result.earned_points == 59
    assert result.base == Fraction(5900, 84)
    assert result.final == round_half_up(Fraction(5900, 84), 1) == Decimal("70.2")


def test_unanswered_item_earns_nothing_and_marks_the_result_incomplete():
    catalog = small_catalog()
    answers = {i: "met" for i in ("1.1.1", "1.1.2", "1.1.3", "1.2.2", "2.1.1")}
    result = score(catalog, make_assessment(catalog, answers))
    assert not result.complete
    assert result.unanswered == ("1.2.1", "2.1.2")  # in catalog order
    assert result.item("1.2.1").earned == 0 and result.item("1.2.1").applicable
    assert result.final == Decimal("65.0")
    summary = result.to_dict()
    assert summary["complete"] is False and summary["unanswered"] == ["1.2.1", "2.1.2"]


def test_bonus_counts_once_and_only_as_the_catalog_allows():
    catalog = base_catalog("90")
    assert score(catalog, base_assessment(catalog, bonus=True)).final == Decimal("91.0")
    no_bonus = make_catalog([("1.1.1", 90), ("1.1.2", 10)], max_bonus=0)
    with pytest.raises(InvalidResponse, match="special_bonus"):
        score(no_bonus, base_assessment(no_bonus, bonus=True))


def test_bonus_and_deduction_points_come_from_the_catalog():
    catalog = make_catalog([("1.1.1", 90), ("1.1.2", 10)], special_deduction_points="0.5", bonus_points=2)
    result = score(catalog, base_assessment(catalog, deductions=3, bonus=True))
    assert result.final == Decimal("90.5")


@pytest.mark.parametrize(
    "final, next_level, to_go",
    [
        ("0", "compliant", "70.0"),
        ("86.3", "four_star", "3.7"),
        ("94.9", "five_star", "0.1"),
        ("95", None, None),
    ],
)
def test_points_to_next_level_count_from_the_rounded_final(final, next_level, to_go):
    catalog = base_catalog(final)
    result = score(catalog, base_assessment(catalog))
    assert result.next_level == next_level
    assert result.points_to_next_level == (None if to_go is None else Decimal(to_go))


@pytest.mark.parametrize(
    "issued_on, level, noted",
    [
        (None, "compliant", True),
        (date(2025, 1, 1), "compliant", True),  # not yet a year before assessed_on 2025-06-30
        (date(2024, 6, 30), "five_star", False),
        (date(2024, 2, 29), "five_star", False),
    ],
)
def test_one_year_at_compliant_before_stars_is_an_optional_catalog_rule(issued_on, level, noted):
    catalog = make_catalog([("1.1.1", 100)], compliant_year_before_stars=True)
    cert = None if issued_on is None else Certificate(number="C-1", issued_on=issued_on, level="compliant")
    result = score(catalog, base_assessment(catalog, certificate=cert))
    assert result.level == level
    assert ("stars_need_a_year_at_compliant" in result.notes) is noted


@pytest.mark.parametrize(
    "answer, complaint",
    [
        (response("1.1.1", "partial", samples=4, failed_samples=1), "only for sampled items"),
        (response("1.1.2", "excluded"), "cannot be excluded"),
        (response("9.9.9", "met"), "no such item"),
    ],
)
def test_response_that_does_not_fit_the_catalog_is_refused_naming_the_item(answer, complaint):
    catalog = small_catalog()
    assessment = make_assessment(catalog).model_copy(update={"responses": (answer,)})
    with pytest.raises(InvalidResponse) as info:
        score(catalog, assessment)
    assert complaint in str(info.value)
    assert repr(answer.item) in str(info.value)


def test_assessment_answered_against_another_catalog_is_refused():
    catalog = small_catalog()
    other = small_catalog(catalog_id="other-catalog")
    with pytest.raises(InvalidResponse, match="other-catalog"):
        score(other, make_assessment(catalog, all_met=True))


def test_subtotals_add_up_by_indicator_and_area():
    catalog = small_catalog()
    result = score(catalog, make_assessment(catalog, {"1.1.1": "met", "1.2.1": "excluded", "2.1.1": "not_met"}))
    by_id = {s.id: s for s in result.indicators}
    assert (by_id["1.1"].applicable, by_id["1.1"].earned) == (30, 10)
    assert (by_id["1.2"].applicable, by_id["1.2"].earned) == (10, 0)
    areas = {s.id: s for s in result.areas}
    assert areas["1"].applicable == 40 and areas["2"].applicable == 40
    assert sum(s.earned for s in result.areas) == result.earned_points


def test_score_is_pure_and_repeatable():
    catalog = small_catalog()
    assessment = make_assessment(catalog, all_met=True, deductions=1, bonus=True)
    before = assessment.model_dump()
    assert score(catalog, assessment) == score(catalog, assessment)
    assert assessment.model_dump() == before


def test_nothing_applicable_scores_zero_with_a_note():
    catalog = make_catalog([("1.1.1", 100, "qualitative", True)])
    result = score(catalog, make_assessment(catalog, {"1.1.1": "excluded"}))
    assert result.final == 0
    assert "no_applicable_items" in result.notes


@pytest.mark.parametrize(
    "value, decimals, expected",
    [
        (Fraction(6995, 100), 1, "70.0"),
        (Fraction(6994, 100), 1, "69.9"),
        (Fraction(2, 3) * 100, 1, "66.7"),
        (Fraction(1, 200), 2, "0.01"),
        (Fraction(1, 8), 2, "0.13"),
        (Decimal("94.95"), 1, "95.0"),
        (Decimal("94.95"), 0, "95"),
        (7, 1, "7.0"),
    ],
)
def test_round_half_up_is_exact(value, decimals, expected):
    assert round_half_up(value, decimals) == Decimal(expected)
    assert str(round_half_up(value, decimals)) == expected
