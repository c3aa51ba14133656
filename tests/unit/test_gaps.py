"""Gaps ranked by points lost, grouped by indicator; what-if; the cheapest path to each higher level."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from builders import make_assessment, make_catalog, small_catalog

from assessment.gaps import cheapest_paths, gaps, gaps_by_indicator, what_if
from assessment.scoring import InvalidResponse, score

# 70 points met; four items of 12, 6, 6 and 6 points not met: the base is 70.0.
LADDER = [("1.1.1", 70), ("1.2.1", 12), ("1.2.2", 6), ("1.2.3", 6), ("2.1.1", 6)]


@pytest.fixture
def ladder():
    catalog = make_catalog(LADDER)
    answers = {"1.1.1": "met", "1.2.1": "not_met", "1.2.2": "not_met", "1.2.3": "not_met", "2.1.1": "not_met"}
    return catalog, make_assessment(catalog, answers)


def test_gaps_are_ranked_by_points_lost_with_ties_in_catalog_order():
    catalog = small_catalog()
    answers = {
        "1.1.1": "not_met",  # 10 lost
        "1.1.2": {"result": "partial", "samples": 10, "failed_samples": 3},  # 1.2 lost
        "1.1.3": "excluded",
        "1.2.1": "met",
        "1.2.2": "not_met",  # 10 lost
        "2.1.1": {"result": "partial", "samples": 5, "failed_samples": 1},  # 5 lost
        # 2.1.2 unanswered: 15 lost
    }
    result = score(catalog, make_assessment(catalog, answers))
    ranked = gaps(result)
    assert [g.item_id for g in ranked] == ["2.1.2", "1.1.1", "1.2.2", "2.1.1", "1.1.2"]
    assert [g.lost for g in ranked] == [15, 10, 10, 5, Fraction(6, 5)]
    assert ranked[0].result is None  # unanswered
    assert ranked[-1].lost_rounded == Decimal("1.20")
    # the score gain is the loss on the 100-point scale of the applicable points (84 here)
    assert ranked[0].score_gain == Fraction(15 * 100, 84)


def test_gaps_are_grouped_by_indicator_largest_total_first():
    catalog = small_catalog()
    answers = {"1.1.1": "not_met", "1.1.2": "not_met", "1.1.3": "met", "1.2.1": "met", "1.2.2": "not_met",
               "2.1.1": "met", "2.1.2": "not_met"}
    groups = gaps_by_indicator(score(catalog, make_assessment(catalog, answers)))
    assert [(g.indicator_id, g.lost) for g in groups] == [("2.1", 15), ("1.1", 14), ("1.2", 10)]
    assert [g.item_id for g in groups[1].gaps] == ["1.1.1", "1.1.2"]


def test_a_met_or_excluded_item_is_never_a_gap():
    catalog = small_catalog()
    result = score(catalog, make_assessment(catalog, all_met=True))
    assert gaps(result) == []


def test_what_if_scores_the_assessment_with_the_items_met(ladder):
    catalog, assessment = ladder
    after = what_if(catalog, assessment, ["1.2.1", "1.2.2"])
    assert after.final == Decimal("88.0")
    assert after.level == "three_star"
    assert score(catalog, assessment).final == Decimal("70.0")  # the original is untouched


def test_what_if_keeps_the_samples_and_clears_the_failures():
    catalog = small_catalog()
    assessment = make_assessment(catalog, {"2.1.1": {"result": "partial", "samples": 8, "failed_samples": 2,
                                                     "note": "two late"}})
    after = what_if(catalog, assessment, ["2.1.1"])
    item = after.item("2.1.1")
    assert (item.result, item.samples, item.failed_samples, item.earned) == ("met", 8, 0, 25)


def test_what_if_with_an_unknown_item_is_refused(ladder):
    catalog, assessment = ladder
    with pytest.raises(InvalidResponse, match="'9.9.9'"):
        what_if(catalog, assessment, ["9.9.9"])


def test_cheapest_path_fixes_the_fewest_items(ladder):
    catalog, assessment = ladder
    paths = {p.level: p for p in cheapest_paths(catalog, assessment)}
    assert set(paths) == {"three_star", "four_star", "five_star"}  # only levels above the current one
    assert paths["three_star"].items == ("1.2.1",)
    assert paths["three_star"].projected_final == Decimal("82.0")
    assert len(paths["four_star"].items) == 3 and "1.2.1" in paths["four_star"].items
    assert len(paths["five_star"].items) == 4
    assert all(p.reachable for p in paths.values())


def test_cheapest_path_with_effort_weights_takes_the_least_effort(ladder):
    catalog, assessment = ladder
    effort = {"1.2.1": 10}  # the big item is costly; the others cost 1 each
    paths = {p.level: p for p in cheapest_paths(catalog, assessment, effort=effort)}
    assert set(paths["three_star"].items) == {"1.2.2", "1.2.3"}
    assert paths["three_star"].effort == 2
    assert paths["three_star"].projected_final == Decimal("82.0")


@pytest.mark.parametrize("deductions", [5, 6])
def test_no_path_reaches_a_grade_with_five_special_deductions(ladder, deductions):
    catalog, assessment = ladder
    assessment = assessment.model_copy(
        update={"special_deductions": make_assessment(catalog, deductions=deductions).special_deductions}
    )
    paths = cheapest_paths(catalog, assessment)
    assert paths and all(not p.reachable for p in paths)
    assert {p.reason for p in paths} == {"too_many_special_deductions"}


def test_a_level_out_of_reach_by_fixing_items_is_reported_unreachable():
    catalog = make_catalog([("1.1.1", 90), ("1.1.2", 10)], special_deduction_points=6)
    assessment = make_assessment(catalog, {"1.1.1": "met", "1.1.2": "not_met"}, deductions=1)  # at most 94
    paths = {p.level: p for p in cheapest_paths(catalog, assessment)}
    assert paths["four_star"].reachable and paths["four_star"].items == ("1.1.2",)
    assert not paths["five_star"].reachable
    assert paths["five_star"].reason == "not_reachable_by_fixing_items"


def test_cheapest_path_lands_exactly_on_a_rounding_edge():
    # base 79.9; the 0.05-point gap alone closes it to 79.95, which rounds to 80.0
    catalog = make_catalog([("1.1.1", "79.90"), ("1.1.2", "0.05"), ("1.1.3", "20.05")])
    assessment = make_assessment(catalog, {"1.1.1": "met", "1.1.2": "not_met", "1.1.3": "not_met"})
    paths = {p.level: p for p in cheapest_paths(catalog, assessment, effort={"1.1.3": 5})}
    assert paths["three_star"].items == ("1.1.2",)
    assert paths["three_star"].effort == 1
    assert paths["three_star"].projected_final == Decimal("80.0")


def test_at_the_top_level_there_is_no_path():
    catalog = small_catalog()
    assert cheapest_paths(catalog, make_assessment(catalog, all_met=True)) == []
