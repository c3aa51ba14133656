"""Properties of score() that hold for every assessment (hypothesis)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from builders import make_assessment, response, small_catalog
from hypothesis import given, settings
from hypothesis import strategies as st

from assessment.exchange import dump_assessment, parse_assessment
from assessment.gaps import cheapest_paths
from assessment.scoring import score

CATALOG = small_catalog()
ITEMS = [item for _, _, item in CATALOG.iter_items()]


@st.composite
def answers(draw, item):
    """One possible answer to `item`, or None (unanswered)."""
    choices = ["none", "met", "not_met"]
    if item.method == "sampled":
        choices.append("partial")
    if item.excludable:
        choices.append("excluded")
    kind = draw(st.sampled_from(choices))
    if kind == "none":
        return None
    if kind == "partial":
        samples = draw(st.integers(min_value=1, max_value=50))
        failed = draw(st.integers(min_value=0, max_value=samples))
        return response(item.id, "partial", samples=samples, failed_samples=failed)
    return response(item.id, kind)


@st.composite
def assessments(draw):
    responses = [r for item in ITEMS if (r := draw(answers(item))) is not None]
    base = make_assessment(
        CATALOG,
        deductions=draw(st.integers(min_value=0, max_value=7)),
        bonus=draw(st.booleans()),
    )
    return base.model_copy(update={"responses": tuple(draw(st.permutations(responses)))})


SETTINGS = settings(max_examples=150, deadline=None)


@SETTINGS
@given(assessments())
def test_final_score_is_always_between_0_and_100(assessment):
    result = score(CATALOG, assessment)
    assert Decimal(0) <= result.final <= Decimal(100)
    assert result.final == result.final.quantize(Decimal("0.1"))


@SETTINGS
@given(assessments(), st.sampled_from(ITEMS))
def test_marking_an_item_met_never_lowers_the_final_score(assessment, item):
    before = score(CATALOG, assessment)
    after = score(CATALOG, assessment.with_response(response(item.id, "met")))
    assert after.final >= before.final
    assert after.base >= before.base


@SETTINGS
@given(assessments(), st.sampled_from([i for i in ITEMS if i.excludable]))
def test_excluding_an_item_never_changes_other_items_earned_points(assessment, item):
    before = score(CATALOG, assessment)
    after = score(CATALOG, assessment.with_response(response(item.id, "excluded")))
    for b, a in zip(before.items, after.items):
        if b.item_id != item.id:
            assert (a.earned, a.applicable) == (b.earned, b.applicable)
    assert after.applicable_points == before.applicable_points - (
        Fraction(item.points) if before.item(item.id).applicable else 0
    )


@SETTINGS
@given(assessments())
def test_response_order_does_not_change_the_result(assessment):
    reordered = assessment.model_copy(update={"responses": tuple(reversed(assessment.responses))})
    assert score(CATALOG, reordered) == score(CATALOG, assessment)


@SETTINGS
@given(assessments())
def test_exchange_file_round_trip_gives_an_equal_assessment(assessment):
    assert parse_assessment(dump_assessment(assessment), "<round trip>") == assessment


@settings(max_examples=60, deadline=None)
@given(assessments())
def test_every_reachable_cheapest_path_really_reaches_its_level(assessment):
    result = score(CATALOG, assessment)
    for path in cheapest_paths(CATALOG, assessment, result=result):
        if path.reachable:
            assert path.projected_final >= CATALOG.level(path.level).min_score
