"""The monthly complaint analysis, step one: figures computed by hand for a small table of complaints."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from assessment.profile import ServiceProfile, Targets
from assessment.records.mapping import ColumnMapping
from assessment.records.reading import parse_table
from assessment.records.validation import validate
from reports.monthly.build import build_monthly
from reports.monthly.texts import TEXTS, month_label, words

HEADER = "id,kind,received_at,acknowledged_at,resolved_at,category,product,supplier,channel,outlet,satisfied\n"


def records(*rows: str):
    return validate(parse_table((HEADER + "\n".join(rows) + "\n").encode(), "x.csv"), ColumnMapping())


# Default limits: acknowledged within 4 hours, resolved within 48 hours (Asia/Shanghai local times).
FRAME = records(
    "C1,complaint,2026-03-01 09:00,2026-03-01 13:00,2026-03-03 09:00,质量,冰箱,甲,电话,一店,是",  # exactly at both
    "C2,complaint,2026-03-02 10:00,2026-03-02 14:00:01,2026-03-05 10:00,质量,冰箱,乙,门店,一店,否",  # both late
    "C3,complaint,2026-03-31 23:30,2026-04-01 01:00,,服务,空调,甲,电话,二店,",  # March locally; open, overdue
    "C4,complaint,2026-03-20 09:00,2026-03-20 10:00,2026-03-21 09:00,,空调,甲,网站,二店,是",  # no category
    "P1,complaint,2026-02-10 09:00,2026-02-10 10:00,2026-02-11 09:00,服务,冰箱,甲,电话,一店,是",
    "P2,complaint,2026-02-12 09:00,,2026-02-20 09:00,质量,冰箱,乙,电话,一店,否",
    "O1,complaint,2026-01-05 09:00,,,质量,冰箱,乙,电话,一店,",  # open since January
    "A1,complaint,2026-04-01 09:00,,,质量,冰箱,乙,电话,一店,",  # after the month: not in this form
    "R1,repair,2026-03-05 09:00,2026-03-05 10:00,2026-03-05 12:00,质量,冰箱,甲,电话,一店,是",  # not a complaint
)
MARCH, TODAY = date(2026, 3, 1), date(2026, 4, 2)


def analysis(frame=FRAME, month=MARCH, profile=ServiceProfile(), lang="en"):
    return build_monthly(frame, profile, "Acme 甲公司", month, TODAY, lang)


def test_the_months_complaints_are_counted_and_judged_by_the_profiles_limits():
    c = analysis().current
    assert c.count == 4  # C1 C2 C3 C4: not February's, not April's, not the repair
    assert (c.acknowledged_on_time, c.acknowledged_rate) == (3, 0.75)  # C1 (exactly 4 h), C3, C4
    assert (c.resolved_on_time, c.resolved_rate) == (2, 0.5)  # C1 (exactly 48 h), C4
    assert (c.open, c.overdue) == (1, 1)  # C3: 48.5 h by the end of 2 April
    assert (c.satisfied, c.surveyed, c.satisfaction_rate) == (2, 3, 0.6667)


def test_the_profiles_own_limits_decide_and_are_named():
    longer = ServiceProfile().model_copy(update={"time_limits": ServiceProfile().time_limits.model_copy(
        update={"complaint_resolve_hours": 72})})
    a = analysis(profile=longer)
    assert a.current.resolved_on_time == 3  # C2's 72 hours are now on time
    assert a.current.overdue == 0  # C3's 48.5 hours are within 72
    assert [(line.key, line.hours) for line in a.limits] == [("complaint_acknowledge_hours", 4),
                                                             ("complaint_resolve_hours", 72)]


def test_the_month_is_compared_with_last_month_and_the_last_12_months():
    a = analysis()
    assert (a.previous.count, a.previous.acknowledged_rate, a.previous.resolved_rate) == (2, 0.5, 0.5)
    count, ack, resolved, satisfaction = a.comparison
    assert (count.this_month, count.last_month, count.change) == (4, 2, 2)
    assert count.last_12 == pytest.approx(7 / 12)  # monthly average of C1-C4, P1, P2, O1
    assert (ack.this_month, ack.last_month, ack.change) == (0.75, 0.5, 0.25)
    assert (resolved.change, resolved.last_12) == (0.0, 0.4286)  # 3 of 7 over the 12 months
    assert satisfaction.change == pytest.approx(0.6667 - 0.5)
    assert (a.previous_label, a.last_12_first, a.last_12_last) == ("February 2026", "April 2025", "March 2026")


def test_open_complaints_up_to_the_months_end_are_listed_overdue_first_longest_first():
    rows = analysis().open_records
    assert [r.id for r in rows] == ["O1", "C3"]  # A1 arrived after the month
    first, second = rows
    assert first.received == datetime(2026, 1, 5, 9, 0) and first.overdue
    assert first.hours_open == 2103.0  # 5 January 09:00 to the end of 2 April, local time
    assert (second.hours_open, second.overdue) == (48.5, True)
    assert (second.category, second.supplier, second.outlet) == ("服务", "甲", "二店")


def test_a_complaint_open_within_its_limit_is_listed_but_not_overdue():
    frame = records("N1,complaint,2026-04-02 10:00,,,质量,冰箱,甲,电话,一店,")
    rows = build_monthly(frame, ServiceProfile(), "Acme", date(2026, 4, 1), TODAY, "en").open_records
    assert [(r.id, r.hours_open, r.overdue) for r in rows] == [("N1", 14.0, False)]


def test_groups_by_category_product_supplier_channel_and_outlet_most_first():
    groups = {b.column: [(r.label, r.figures.count, r.share) for r in b.rows] for b in analysis().breakdowns}
    assert list(groups) == ["category", "product", "supplier", "channel", "outlet"]
    assert groups["category"] == [("质量", 2, 0.5), ("服务", 1, 0.25), ("(not given)", 1, 0.25)]
    assert groups["product"] == [("冰箱", 2, 0.5), ("空调", 2, 0.5)]
    assert groups["supplier"] == [("甲", 3, 0.75), ("乙", 1, 0.25)]
    assert [label for label, *_ in groups["channel"]] == ["电话", "网站", "门店"]
    supplier = analysis().breakdowns[2].rows[0].figures
    assert (supplier.resolved_on_time, supplier.overdue) == (2, 1)


@pytest.mark.parametrize("on_time, satisfaction, expected", [
    (90, 85, (False, False)),  # the defaults: 50 % and 66.67 % fall short
    (50, 66, (True, True)),  # exactly at the on-time target is met
    (51, 67, (False, False)),
])
def test_the_profiles_targets_are_checked(on_time, satisfaction, expected):
    profile = ServiceProfile(targets=Targets(on_time_rate=on_time, satisfaction_rate=satisfaction))
    targets = analysis(profile=profile).targets
    assert [t.key for t in targets] == ["on_time_rate", "satisfaction_rate"]
    assert tuple(t.met for t in targets) == expected
    assert targets[0].target == on_time / 100


def test_the_trend_covers_the_12_months_ending_with_the_month():
    trend = analysis().trend
    assert [p.month for p in trend][:2] == ["2025-04", "2025-05"] and trend[-1].month == "2026-03"
    assert [p.figures.count for p in trend][-3:] == [1, 2, 4]
    assert trend[0].figures.resolved_rate is None  # nothing to divide by
    assert trend[-1].figures.resolved_rate == 0.5


def test_a_month_with_no_complaints_gives_an_empty_but_complete_analysis():
    a = analysis(month=date(2025, 12, 1))
    assert a.empty and a.current.count == 0
    assert all(not b.rows for b in a.breakdowns)
    assert a.open_records == ()  # O1 arrived after December
    assert a.comparison[0].change == 0 and a.comparison[1].this_month is None
    assert all(t.met is None for t in a.targets)
    assert len(a.trend) == 12


def test_an_enterprise_without_any_record_gives_an_empty_analysis():
    a = analysis(frame=FRAME.iloc[0:0])
    assert a.empty and a.open_records == () and a.last_12.count == 0


@pytest.mark.parametrize("lang, expected", [("zh", "2026年3月"), ("en", "March 2026"), ("es", "marzo de 2026")])
def test_the_month_is_named_in_each_language(lang, expected):
    assert month_label(2026, 3, lang) == expected
    assert analysis(lang=lang).month_label == expected


def test_every_word_of_the_analysis_exists_in_three_languages():
    for key, row in TEXTS.items():
        assert len(row) == 3 and all(text.strip() for text in row), key
        placeholders = [sorted(set(re.findall(r"{(\w+)}", text))) for text in row]
        assert placeholders[0] == placeholders[1] == placeholders[2] or key == "month_label", key
    assert words("zh")["sec_actions"] == "整改措施"
    assert words("en")["sec_actions"].lower().startswith("corrective action")
    assert words("es")["sec_actions"].lower().startswith("acciones correctivas")
