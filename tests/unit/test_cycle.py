"""The certification cycle as tables: dates, statuses, reminders and the iCalendar export."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar

from assessment.cycle import (
    CycleDateError,
    DateOutOfRange,
    add_days,
    add_months,
    certificate_events,
    certificate_state,
    due_reminders,
    next_due,
    status_of,
    to_ics,
)
from assessment.models import Audit, Certificate
from criteria import CycleRules

RULES = CycleRules()  # the toolkit's default cycle: 3 years, yearly surveillance, a 3-month window, 90/30/7 days


def cert(issued_on: date, *audits: tuple[str, date], number: str = "CQC-SV-2024-0001") -> Certificate:
    return Certificate(
        number=number,
        issued_on=issued_on,
        level="four_star",
        audits=tuple(Audit(kind=k, on=d) for k, d in audits),
    )


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (date(2024, 1, 15), 1, date(2024, 2, 15)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 8, 31), 1, date(2024, 9, 30)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2025, 1, 15), -1, date(2024, 12, 15)),
        (date(2024, 5, 31), 36, date(2027, 5, 31)),
    ],
)
def test_month_arithmetic_falls_back_to_the_last_day_of_a_short_month(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    "issued_on, surveillances, window, expiry",
    [
        (date(2024, 3, 15), [date(2025, 3, 15), date(2026, 3, 15)], date(2026, 12, 15), date(2027, 3, 15)),
        (date(2024, 2, 29), [date(2025, 2, 28), date(2026, 2, 28)], date(2026, 11, 28), date(2027, 2, 28)),
        (date(2023, 8, 31), [date(2024, 8, 31), date(2025, 8, 31)], date(2026, 5, 31), date(2026, 8, 31)),
        (date(2024, 5, 31), [date(2025, 5, 31), date(2026, 5, 31)], date(2027, 2, 28), date(2027, 5, 31)),
    ],
)
def test_certificate_dates_surveillance_yearly_window_three_months_before_expiry(
    issued_on, surveillances, window, expiry
):
    events = certificate_events(cert(issued_on), issued_on, RULES)
    assert [e.due_on for e in events if e.kind == "surveillance"] == surveillances
    (w,) = [e for e in events if e.kind == "recertification_window"]
    (x,) = [e for e in events if e.kind == "expiry"]
    assert (w.due_on, w.ends_on, x.due_on) == (window, expiry, expiry)


def test_cycle_numbers_come_from_the_catalog_rules():
    rules = CycleRules(validity_years=2, surveillance_interval_months=6, recertification_window_months=2)
    events = certificate_events(cert(date(2024, 1, 10)), date(2024, 1, 10), rules)
    assert [e.due_on for e in events if e.kind == "surveillance"] == [
        date(2024, 7, 10), date(2025, 1, 10), date(2025, 7, 10)
    ]
    assert [e.due_on for e in events if e.kind != "surveillance"] == [date(2025, 11, 10), date(2026, 1, 10)]


ISSUED = date(2024, 3, 15)  # first surveillance due 2025-03-15


@pytest.mark.parametrize(
    "today, audits, status",
    [
        (date(2024, 12, 5), (), "upcoming"),  # 100 days ahead
        (date(2024, 12, 14), (), "upcoming"),  # 91 days
        (date(2024, 12, 15), (), "due_soon"),  # 90 days
        (date(2025, 3, 15), (), "due_soon"),  # the due day itself
        (date(2025, 3, 16), (), "overdue"),
        (date(2025, 3, 16), (("surveillance", date(2025, 3, 1)),), "done"),
        (date(2025, 6, 1), (("surveillance", date(2025, 4, 20)),), "done"),  # late but within the grace
    ],
)
def test_surveillance_status_by_date(today, audits, status):
    events = certificate_events(cert(ISSUED, *audits), today, RULES)
    assert events[0].kind == "surveillance" and events[0].sequence == 1
    assert events[0].status == status


@pytest.mark.parametrize(
    "today, audits, state",
    [
        (date(2024, 6, 1), (), "valid"),
        (date(2025, 3, 16), (), "surveillance_overdue"),
        (date(2025, 3, 16), (("surveillance", date(2025, 3, 10)),), "valid"),
        (date(2027, 3, 16), (("surveillance", date(2025, 3, 10)), ("surveillance", date(2026, 3, 1))), "expired"),
        (
            date(2027, 3, 16),
            (("surveillance", date(2025, 3, 10)), ("surveillance", date(2026, 3, 1)),
             ("recertification", date(2027, 1, 20))),
            "valid",
        ),
    ],
)
def test_certificate_state(today, audits, state):
    assert certificate_state(cert(ISSUED, *audits), today, RULES) == state


@pytest.mark.parametrize(
    "today, lead, remind_on, overdue",
    [
        (date(2024, 12, 15), 90, date(2024, 12, 15), False),  # 90 days before
        (date(2025, 1, 20), 90, date(2024, 12, 15), False),  # 54 days: the 90-day reminder stands
        (date(2025, 2, 13), 30, date(2025, 2, 13), False),  # 30 days before
        (date(2025, 3, 1), 30, date(2025, 2, 13), False),
        (date(2025, 3, 8), 7, date(2025, 3, 8), False),  # 7 days before
        (date(2025, 3, 15), 7, date(2025, 3, 8), False),  # the due day
        (date(2025, 3, 16), 0, date(2025, 3, 15), True),  # overdue
    ],
)
def test_reminders_at_90_30_and_7_days_then_overdue(today, lead, remind_on, overdue):
    reminders = [r for r in due_reminders([cert(ISSUED)], today, RULES) if r.event.kind == "surveillance"]
    assert len(reminders) == 1
    r = reminders[0]
    assert (r.lead_days, r.remind_on, r.overdue) == (lead, remind_on, overdue)


def test_no_reminder_before_the_longest_lead_time():
    assert due_reminders([cert(ISSUED)], date(2024, 12, 14), RULES) == []


def test_overdue_reminders_come_first():
    old = cert(date(2023, 3, 15), number="OLD")  # its first surveillance is long overdue
    new = cert(date(2024, 3, 15), number="NEW")
    reminders = due_reminders([new, old], date(2025, 3, 1), RULES)
    assert reminders[0].overdue and reminders[0].event.certificate == "OLD"
    assert [r.overdue for r in reminders] == sorted((r.overdue for r in reminders), reverse=True)


def test_the_recertification_window_is_open_three_months_before_expiry():
    c = cert(ISSUED, ("surveillance", date(2025, 3, 1)), ("surveillance", date(2026, 3, 1)))
    today = date(2027, 1, 10)
    (window,) = [e for e in certificate_events(c, today, RULES) if e.kind == "recertification_window"]
    assert window.status == "open"
    kinds = {(r.event.kind, r.overdue, r.lead_days) for r in due_reminders([c], today, RULES)}
    assert ("recertification_window", False, 0) in kinds
    assert ("expiry", False, 90) in kinds
    assert next_due(c, today, RULES).kind == "recertification_window"


def test_to_ics_parses_back_with_an_alarm_per_lead_time():
    c = cert(ISSUED, ("surveillance", date(2025, 3, 1)))
    data = to_ics([("海尔测试电器有限公司", c, RULES)], today=date(2025, 6, 1))
    cal = Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    # the done surveillance is left out: surveillance 2, the recertification window and expiry remain
    assert len(events) == 3
    assert len({str(e["UID"]) for e in events}) == 3
    starts = sorted(e.decoded("DTSTART") for e in events)
    assert starts == [date(2026, 3, 15), date(2026, 12, 15), date(2027, 3, 15)]
    for e in events:
        assert "海尔测试电器有限公司" in str(e["SUMMARY"])
        alarms = list(e.walk("VALARM"))
        assert sorted(a.decoded("TRIGGER") for a in alarms) == [
            timedelta(days=-90), timedelta(days=-30), timedelta(days=-7)
        ]
        assert all(str(a["ACTION"]) == "DISPLAY" for a in alarms)


def test_to_ics_is_reproducible_for_the_same_day():
    c = cert(ISSUED)
    assert to_ics([("A", c, RULES)], date(2025, 1, 1)) == to_ics([("A", c, RULES)], date(2025, 1, 1))


# -- dates at the calendar's ends: a clear domain error, never OverflowError -------------------------------------


def stored_cert(issued_on: date, number: str = "CSC-BAD") -> Certificate:
    """A certificate as read back from the database: not validated again (it may have been written around the
    application's checks)."""
    return Certificate.model_construct(number=number, issued_on=issued_on, level="four_star", audits=())


@pytest.mark.parametrize(
    "start, months",
    [(date(9999, 12, 31), 36), (date(9999, 1, 31), 12), (date(1, 1, 1), -1), (date(1, 6, 30), -12)],
)
def test_month_arithmetic_off_the_calendar_raises_date_out_of_range(start, months):
    with pytest.raises(DateOutOfRange, match=start.isoformat()):
        add_months(start, months)


@pytest.mark.parametrize("start, days", [(date(9999, 12, 31), 1), (date(1, 1, 1), -1)])
def test_day_arithmetic_off_the_calendar_raises_date_out_of_range(start, days):
    with pytest.raises(DateOutOfRange):
        add_days(start, days)
    assert isinstance(DateOutOfRange(start, "x"), ValueError)


@pytest.mark.parametrize("issued_on", [date(9999, 12, 31), date(9997, 6, 1)])
def test_a_certificate_whose_cycle_leaves_the_calendar_names_itself(issued_on):
    c = stored_cert(issued_on)
    with pytest.raises(CycleDateError) as caught:
        certificate_events(c, date(2026, 1, 1), RULES)
    err = caught.value
    assert (err.certificate, err.field, err.value) == ("CSC-BAD", "issued_on", issued_on)
    assert "CSC-BAD" in str(err) and issued_on.isoformat() in str(err)
    for ask in (certificate_state, next_due, status_of):
        with pytest.raises(CycleDateError):
            ask(c, date(2026, 1, 1), RULES)
    with pytest.raises(CycleDateError):
        due_reminders([cert(ISSUED), c], date(2026, 1, 1), RULES)


def test_an_expiry_on_the_last_day_of_the_calendar_still_has_its_dates_but_no_ics_day_after():
    c = stored_cert(date(9996, 12, 31))
    events = certificate_events(c, date(2026, 1, 1), RULES)
    assert events[-1].kind == "expiry" and events[-1].due_on == date(9999, 12, 31)
    with pytest.raises(CycleDateError, match="9996-12-31"):
        to_ics([("A", c, RULES)], date(2026, 1, 1))
