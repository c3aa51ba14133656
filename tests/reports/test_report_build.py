"""build_report: the pure first step. Everything the PDF shows is checked here, cheaply, as data."""

from __future__ import annotations

import re
import string
from dataclasses import FrozenInstanceError
from datetime import date

import pytest
from report_fixtures import REPORT_DATE

from assessment.models import Certificate, Response, SpecialDeduction
from assessment.scoring import score
from reports import build_report, i18n
from assessment.formatting import long_date, num, signed


def build(catalog, assessment, lang="zh", **kw):
    kw.setdefault("today", REPORT_DATE)
    return build_report(catalog, assessment, lang=lang, **kw)


def test_report_data_is_frozen(catalog, strong):
    data = build(catalog, strong)
    with pytest.raises(FrozenInstanceError):
        data.title = "x"
    with pytest.raises(TypeError):
        data.labels["title"] = "x"


def test_building_twice_gives_the_same_data(catalog, strong, previous):
    assert build(catalog, strong, previous=previous) == build(catalog, strong, previous=previous)


def test_report_data_survives_pickling(catalog, strong, previous):
    """The app may keep it in a cache that pickles (st.cache_data)."""
    import pickle

    data = build(catalog, strong, previous=previous)
    assert pickle.loads(pickle.dumps(data)) == data


@pytest.mark.parametrize("lang", ["zh", "en", "es"])
def test_catalog_texts_are_in_the_chosen_language(catalog, strong, lang):
    data = build(catalog, strong, lang)
    assert [i.name for i in data.indicators()] == [i.name.get(lang) for i in catalog.indicators()]
    assert [a.name for a in data.areas] == [a.name.get(lang) for a in catalog.areas]
    first = catalog.areas[0].indicators[0].items[0]
    assert data.areas[0].indicators[0].items[0].requirement == first.requirement.get(lang)
    assert data.score.level_name == catalog.level_name(score(catalog, strong).level, lang)
    assert data.title == i18n.labels(lang)["title"]
    assert data.html_lang == {"zh": "zh-CN", "en": "en", "es": "es"}[lang]


def test_every_item_of_the_catalog_is_in_the_findings_in_catalog_order(catalog, strong):
    data = build(catalog, strong)
    shown = [it.id for ind in data.indicators() for it in ind.items]
    assert shown == [item.id for _, _, item in catalog.iter_items()]


def test_scores_match_the_scoring_module(catalog, strong):
    result = score(catalog, strong)
    data = build(catalog, strong)
    assert data.score.final == f"{result.final:f}"
    assert data.score.level_id == result.level
    assert data.score.stars == catalog.level(result.level).stars
    assert data.score.max_stars == 5
    assert data.score.answered == data.score.total_items == len(result.items)


def test_a_sampled_item_shows_its_samples_failures_and_proportional_points(catalog, strong):
    item = next(it for ind in build(catalog, strong).indicators() for it in ind.items if it.id == "1.2.1")
    assert (item.result, item.samples, item.failed_samples) == ("partial", 10, 1)
    assert item.earned == "2.7" and item.points == "3"
    assert item.result_label == "部分符合"
    assert "抽查 10 份记录" in item.note


def test_evidence_checklist_shows_in_hand_missing_and_extra_evidence(catalog, strong):
    item = next(it for ind in build(catalog, strong, "en").indicators() for it in ind.items if it.id == "1.2.1")
    catalog_item = catalog.item("1.2.1")
    assert [e.text for e in item.evidence] == [e.text.en for e in catalog_item.evidence]
    assert [e.in_hand for e in item.evidence] == [True] * (len(catalog_item.evidence) - 1) + [False]
    assert item.extra_evidence == ("2025年第一季度抽样记录表.xlsx",)
    assert all(e.kind in {"Document", "Record", "On site", "Interview"} for e in item.evidence)


def test_exclusions_deductions_and_bonus_are_carried_with_their_texts(catalog, strong):
    data = build(catalog, strong)
    assert [(x.item_id, x.justification) for x in data.exclusions] == [
        ("2.6.1", "本企业不销售需回收的耐用消费品，无废弃商品产生。")
    ]
    assert [(d.category, [(a.description, a.status_label) for a in d.actions]) for d in data.deductions] == [
        ("违反企业自身服务规范", [("增设投诉超时自动提醒，并对相关人员进行再培训。", "待整改")])
    ]
    assert data.bonus.startswith("建立行业首个")
    assert data.bonus_points == "1"


def test_corrective_actions_list_every_gap_with_the_recorded_plan_or_blanks(catalog, strong):
    data = build(catalog, strong)
    result = score(catalog, strong)
    losing = {it.item_id for it in result.items if it.applicable and it.lost > 0}
    assert {a.item_id for a in data.actions} == losing
    recorded = next(a for a in data.actions if a.item_id == "1.3.3")
    [action] = recorded.actions
    assert (action.description, action.owner, action.due_on, action.status) == (
        "将服务文化培训纳入新员工入职培训", "人力资源部 王敏", "2025-07-31", "open"
    )
    blank = next(a for a in data.actions if a.item_id == "1.2.1")
    assert blank.actions == ()  # the report leaves lines to fill in
    assert [g.item_id for g in data.top_gaps] == [a.item_id for a in data.actions][:5]


def test_comparison_gives_before_after_and_change_per_indicator(catalog, strong, previous):
    data = build(catalog, strong, "en", previous=previous)
    rows = {r.indicator_id: r for r in data.comparison.rows}
    assert len(rows) == sum(1 for _ in catalog.indicators())
    staffing = rows["1.2"]  # 1.2.2 (5 of 8 points) was not met the year before
    assert (staffing.direction, staffing.after) == ("up", data.indicators()[1].percent)
    assert staffing.change.startswith("+")
    assert rows["1.1"].direction == "same" and rows["1.1"].change == "0.0"
    assert data.comparison.direction == "up"
    assert "10 April 2024" in data.comparison.intro


def test_no_previous_assessment_means_no_comparison(catalog, strong):
    assert build(catalog, strong).comparison is None


@pytest.mark.parametrize(
    "today, due_statuses",
    [
        (date(2024, 9, 1), []),  # two surveillances done, the recertification window not yet near
        (date(2025, 5, 20), ["open", "due_soon"]),  # the recertification window is open, expiry within 90 days
        (date(2025, 7, 1), ["overdue"]),  # expired without recertification
    ],
)
def test_calendar_lists_what_is_due_and_overdue_as_of_the_report_date(catalog, strong, today, due_statuses):
    cal = build(catalog, strong, "en", today=today).calendar
    assert [e.status for e in cal.events if e.status in ("open", "due_soon", "overdue")] == due_statuses
    assert len(cal.due) == len(due_statuses)
    assert long_date(today, "en") in cal.as_of
    assert cal.certificate.number == "CSC-2022-SV-00123"
    assert len(cal.rules) == 2 and "3 years" in cal.rules[0] and "12 months" in cal.rules[0]


def test_missed_surveillance_shows_as_overdue_with_the_certificate_at_risk(catalog, strong):
    cert = Certificate(number="C-1", issued_on=date(2023, 3, 1), level="three_star")
    data = build(catalog, strong.model_copy(update={"certificate": cert}), "en", today=date(2024, 4, 1))
    assert data.calendar.certificate.state == "surveillance_overdue"
    assert data.calendar.events[0].status == "overdue"
    assert data.calendar.next_due.startswith("Surveillance audit 1: 1 March 2024")


def test_no_certificate_is_said_plainly(catalog, strong):
    data = build(catalog, strong.model_copy(update={"certificate": None}), "en")
    assert data.calendar.certificate is None and data.calendar.events == ()
    assert data.calendar.next_due == "No certificate recorded."


def test_an_incomplete_assessment_is_a_draft(catalog, incomplete, strong):
    data = build(catalog, incomplete, "en")
    assert data.draft
    unanswered = sum(1 for _, _, it in catalog.iter_items()) - len(incomplete.responses)
    assert data.draft_notice.startswith(f"Draft: items not yet assessed: {unanswered}.")
    assert not build(catalog, strong).draft


def test_unanswered_items_are_shown_as_not_assessed(catalog, incomplete):
    item = next(it for ind in build(catalog, incomplete, "en").indicators() for it in ind.items if it.id == "2.1.1")
    assert (item.result, item.result_label, item.earned) == (None, "Not assessed", "—")


def test_ineligibility_is_explained(catalog, strong):
    five = tuple(SpecialDeduction(category="law", description=f"d{i}", corrective_action="c") for i in range(5))
    data = build(catalog, strong.model_copy(update={"special_deductions": five}), "en")
    assert not data.score.eligible
    assert data.score.level_name == "Not passed"
    assert data.score.ineligible_reasons == ("5 special deductions (fewer than 5 are allowed)",)
    assert data.path is None or not data.path.reachable


def test_a_low_score_gives_the_reason_and_the_cheapest_path(catalog, strong):
    responses = tuple(
        Response(item=r.item, result="not_met") if r.item[0] in "23" else r for r in strong.responses
    )
    data = build(catalog, strong.model_copy(update={"responses": responses}), "en")
    assert data.score.level_id == "not_passed"
    assert data.score.ineligible_reasons == ("The final score is below the 70 needed for Compliant",)
    assert data.path.level_name == "Compliant" and data.path.reachable
    assert data.path.items and data.path.text.startswith(f"Meet the items below ({len(data.path.items)} in all)")
    assert re.match(r"[\d.]+ points to Compliant", data.score.next_level_text)


def test_the_method_states_the_weighting_and_the_catalog_thresholds(catalog, strong):
    data = build(catalog, strong, "en")
    assert "toolkit's default weighting" in data.method.weighting_text
    assert [(lv.name, lv.min_score, lv.stars) for lv in data.method.levels] == [
        (lv.name.en, str(int(lv.min_score)), lv.stars) for lv in catalog.rules.levels
    ]
    sheet = catalog.model_copy(update={"catalog": catalog.catalog.model_copy(update={"weighting": "scoring_sheet"})})
    assert "loaded scoring sheet" in build(sheet, strong, "en").method.weighting_text


def test_spanish_numbers_use_a_decimal_comma(catalog, strong):
    data = build(catalog, strong, "es")
    assert "," in data.score.final and "." not in data.score.final
    assert num(__import__("fractions").Fraction(14, 5), "es") == "2,8"


@pytest.mark.parametrize(
    "value, lang, expected",
    [(1, "en", "+1.0"), (-0.25, "en", "−0.3"), (0, "en", "0.0"), (0.04, "en", "0.0"), (2.5, "es", "+2,5")],
)
def test_signed_changes(value, lang, expected):
    from fractions import Fraction

    assert signed(Fraction(value), lang) == expected


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_long_dates(lang):
    assert long_date(date(2025, 3, 1), lang) == {"zh": "2025年3月1日", "en": "1 March 2025", "es": "1 de marzo de 2025"}[lang]


def test_every_fixed_word_exists_in_every_language_with_the_same_placeholders():
    fields = lambda s: sorted(f for _, f, _, _ in string.Formatter().parse(s) if f)  # noqa: E731
    for key, row in i18n.rows().items():
        assert len(row) == 3 and all(t.strip() for t in row), key
        assert fields(row[0]) == fields(row[1]) == fields(row[2]), key


def test_an_unknown_language_is_refused(catalog, strong):
    with pytest.raises(ValueError, match="unsupported language"):
        build(catalog, strong, "fr")


def test_the_running_header_gets_the_name_on_one_short_line(catalog, strong):
    long_name = "超长名称有限公司\n" * 20
    data = build(catalog, strong.model_copy(update={"enterprise": strong.enterprise.model_copy(update={"name": long_name})}))
    assert data.enterprise.name == long_name
    assert len(data.enterprise.running_name) == 60 and data.enterprise.running_name.endswith("…")
    assert "\n" not in data.enterprise.running_name
    assert build(catalog, strong).enterprise.running_name == strong.enterprise.name
