"""Performance against the company's own limits, computed by hand for small tables."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.profile import TimeLimits
from assessment.records.kpi import kpi
from assessment.records.mapping import ColumnMapping
from assessment.records.reading import parse_table
from assessment.records.validation import validate

HEADER = "id,kind,received_at,acknowledged_at,resolved_at,category,supplier,outlet,satisfied\n"


def records(*rows: str):
    return validate(parse_table((HEADER + "\n".join(rows) + "\n").encode(), "x.csv"), ColumnMapping())


COMPLAINTS = records(
    "C1,complaint,2026-03-01 09:00,2026-03-01 13:00,2026-03-03 09:00,质量,甲,一店,是",  # exactly at both limits
    "C2,complaint,2026-03-01 09:00,2026-03-01 13:00:01,2026-03-03 09:00:01,质量,甲,一店,否",  # one second late
    "C3,complaint,2026-03-20 09:00,,,服务,乙,二店,",  # open, no acknowledgement, overdue by April
    "C4,complaint,2026-04-02 09:00,2026-04-02 09:30,,服务,乙,二店,",  # open, not yet overdue on 3 April
    "R1,repair,2026-03-02 08:00,2026-03-02 09:00,2026-03-02 20:00,,,,",
)


def test_a_record_exactly_at_the_limit_is_on_time_and_one_second_later_is_not():
    result = kpi(COMPLAINTS, TimeLimits(), today=date(2026, 4, 3), kind="complaint")
    assert (result["count"], result["acknowledged_on_time"], result["resolved_on_time"]) == (4, 2, 1)
    assert (result["acknowledged_on_time_rate"], result["resolved_on_time_rate"]) == (0.5, 0.25)


def test_open_and_overdue_are_judged_at_the_end_of_today():
    result = kpi(COMPLAINTS, TimeLimits(), today=date(2026, 4, 3), kind="complaint")
    assert (result["open"], result["overdue"]) == (2, 1)
    later = kpi(COMPLAINTS, TimeLimits(), today=date(2026, 4, 4), kind="complaint")
    assert later["overdue"] == 2  # C4's 48 hours ran out at 09:00 on 4 April


def test_satisfaction_counts_only_records_with_a_value():
    result = kpi(COMPLAINTS, TimeLimits(), today=date(2026, 4, 3), kind="complaint")
    assert (result["satisfied"], result["surveyed"], result["satisfaction_rate"]) == (1, 2, 0.5)


def test_the_profiles_limits_decide():
    result = kpi(COMPLAINTS, TimeLimits(complaint_resolve_hours=72), today=date(2026, 4, 3), kind="complaint")
    assert result["resolved_on_time"] == 2
    assert result["limits"]["complaint"]["resolve_limit"] == 72


def test_groups_by_month_category_supplier_and_outlet():
    result = kpi(COMPLAINTS, TimeLimits(), today=date(2026, 4, 3), kind="complaint")
    assert [(m["month"], m["count"], m["resolved_on_time"]) for m in result["by_month"]] == [
        ("2026-03", 3, 1), ("2026-04", 1, 0)]
    assert {c["category"]: c["count"] for c in result["by_category"]} == {"质量": 2, "服务": 2}
    assert {s["supplier"]: s["resolved_on_time"] for s in result["by_supplier"]} == {"甲": 1, "乙": 0}
    assert {o["outlet"]: o["open"] for o in result["by_outlet"]} == {"一店": 0, "二店": 2}


def test_the_range_is_of_local_days_of_receipt():
    late = records("C1,complaint,2026-03-31 23:30,,,,,,", "C2,complaint,2026-04-01 00:10,,,,,,")
    result = kpi(late, TimeLimits(), today=date(2026, 4, 3), date_from=date(2026, 4, 1), date_to=date(2026, 4, 30))
    assert result["count"] == 1  # 2026-03-31 23:30 in Shanghai is March, though 15:30 UTC


def test_an_empty_selection_has_null_rates():
    result = kpi(COMPLAINTS, TimeLimits(), today=date(2026, 4, 3), kind="delivery")
    assert result["count"] == 0
    assert result["resolved_on_time_rate"] is None and result["satisfaction_rate"] is None
    assert result["acknowledged_on_time"] is None  # deliveries have no acknowledgement limit
    assert result["by_month"] == []


def test_repairs_use_the_repair_limits():
    result = kpi(COMPLAINTS, TimeLimits(repair_onsite_hours=12), today=date(2026, 4, 3), kind="repair")
    assert (result["acknowledged_on_time"], result["resolved_on_time"]) == (1, 1)
    result = kpi(COMPLAINTS, TimeLimits(repair_onsite_hours=11), today=date(2026, 4, 3), kind="repair")
    assert result["resolved_on_time"] == 0


@pytest.mark.parametrize("received, resolved, on_time", [
    # Friday 13 Feb 2026 09:00 + 48 working hours: 15 h that day, Saturday 14 Feb (an adjusted working day) 24 h,
    # the Spring Festival holiday (15-23 Feb) none, then 9 h on Tuesday 24 Feb.
    ("2026-02-13 09:00", "2026-02-24 09:00", True),
    ("2026-02-13 09:00", "2026-02-24 09:01", False),
    # Saturday 28 Feb 2026 (adjusted working day) 09:00: 15 h, Sunday none, Monday 24 h, 9 h on Tuesday 3 March.
    ("2026-02-28 09:00", "2026-03-03 09:00", True),
    ("2026-02-28 09:00", "2026-03-03 09:00:01", False),
])
def test_working_time_leaves_out_holidays_and_counts_adjusted_working_days(received, resolved, on_time):
    data = records(f"C1,complaint,{received},,{resolved},,,,")
    result = kpi(data, TimeLimits(complaint_resolve_hours=48), today=date(2026, 3, 10), working_time=True)
    assert (result["resolved_on_time"] == 1) is on_time
