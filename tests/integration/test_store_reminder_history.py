"""The reminder e-mails read back for the app (store.reminder_history): the attempts `python -m assessment remind`
logged through record_reminder, newest first, within a day window, narrowed to some enterprises in the database
and bounded by a limit; a hand-edited row does not break the read. Both database products."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from assessment.models import Enterprise
from assessment.store import Store
from assessment.store.tables import ReminderSentRow

TODAY = date(2026, 6, 10)


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


@pytest.fixture
def log(store):
    """Two enterprises and five attempts over four months: who was written to about what, and one failure."""
    a = store.add_enterprise(Enterprise(name="宁波海曙电器有限公司")).id
    b = store.add_enterprise(Enterprise(name="杭州示例家电有限公司")).id
    store.record_reminder(TODAY - timedelta(days=100), "old@example.com", "sent",
                          [f"action:{a}:0:0:2026-03-01:due"], [a], "<m0@x>")
    store.record_reminder(TODAY - timedelta(days=30), "Wang@Example.com", "sent",
                          [f"action:{a}:0:0:2026-05-11:due", f"surveillance:{a}:C-1:1:2026-07-01:60"], [a], "<m1@x>")
    store.record_reminder(TODAY - timedelta(days=2), "li@example.com", "failed",
                          [f"action:{b}:1:0:2026-06-08:overdue"], [b], error="550 5.1.1 mailbox unavailable")
    store.record_reminder(TODAY, "consultant@example.com", "sent",
                          [f"action:{a}:0:0:2026-06-10:due", f"expiry:{b}:C-2:0:2026-09-10:90"], [a, b], "<m3@x>")
    store.record_reminder(TODAY + timedelta(days=1), "future@example.com", "sent",
                          [f"action:{b}:1:0:2026-06-11:due"], [b], "<m4@x>")
    return {"a": a, "b": b}


def test_the_attempts_come_newest_first_with_what_each_was_about(store, log):
    got = store.reminder_history(TODAY)
    assert [(r.day, r.recipient, r.status) for r in got] == [
        (TODAY, "consultant@example.com", "sent"),
        (TODAY - timedelta(days=2), "li@example.com", "failed"),
        (TODAY - timedelta(days=30), "wang@example.com", "sent"),
    ]
    newest, failed, older = got
    assert newest.enterprise_ids == (log["a"], log["b"]) and newest.items == 2 and newest.error == ""
    assert sorted(newest.item_enterprises) == [log["a"], log["b"]]
    assert failed.failed and failed.items == 1 and failed.error == "550 5.1.1 mailbox unavailable"
    assert older.items == 2 and not older.failed
    assert newest.attempted_at >= failed.attempted_at


def test_two_attempts_on_one_day_come_latest_first(store, log):
    store.record_reminder(TODAY, "consultant@example.com", "failed", [], [log["a"]], error="timed out")
    got = store.reminder_history(TODAY, days=1)
    assert [(r.recipient, r.status) for r in got] == [("consultant@example.com", "failed"),
                                                     ("consultant@example.com", "sent")]


@pytest.mark.parametrize("days, recipients", [
    (1, ["consultant@example.com"]),
    (2, ["consultant@example.com"]),
    (3, ["consultant@example.com", "li@example.com"]),
    (30, ["consultant@example.com", "li@example.com"]),
    (31, ["consultant@example.com", "li@example.com", "wang@example.com"]),
    (90, ["consultant@example.com", "li@example.com", "wang@example.com"]),
    (101, ["consultant@example.com", "li@example.com", "wang@example.com", "old@example.com"]),
])
def test_the_window_counts_back_from_the_day_given(store, log, days, recipients):
    assert [r.recipient for r in store.reminder_history(TODAY, days=days)] == recipients


def test_a_later_day_shows_the_later_attempts(store, log):
    assert store.reminder_history(TODAY + timedelta(days=1), days=1)[0].recipient == "future@example.com"


def test_the_enterprises_given_keep_the_attempts_about_one_of_them(store, log):
    a, b = log["a"], log["b"]
    assert [r.recipient for r in store.reminder_history(TODAY, enterprises={a})] == [
        "consultant@example.com", "wang@example.com"]
    assert [r.recipient for r in store.reminder_history(TODAY, enterprises=[b])] == [
        "consultant@example.com", "li@example.com"]
    assert len(store.reminder_history(TODAY, enterprises={a, b})) == 3
    assert store.reminder_history(TODAY, enterprises=()) == []
    assert store.reminder_history(TODAY, enterprises={b + 100, 0, -1, 2**70}) == []


def test_the_limit_keeps_the_newest_and_applies_after_the_enterprise_filter(store, log):
    assert [r.recipient for r in store.reminder_history(TODAY, limit=2)] == ["consultant@example.com",
                                                                              "li@example.com"]
    # the filter runs in the database: the limit counts only the enterprise's attempts
    assert [r.recipient for r in store.reminder_history(TODAY, limit=2, enterprises={log["a"]})] == [
        "consultant@example.com", "wang@example.com"]
    assert store.reminder_history(TODAY, limit=0) == []


def test_a_hand_edited_row_is_read_without_failing(store, log):
    with store.unit_of_work() as session:
        session.execute(update(ReminderSentRow).where(ReminderSentRow.recipient == "li@example.com")
                        .values(enterprise_ids={"not": "a list"}, items=["no-colon", 7, None]))
    got = {r.recipient: r for r in store.reminder_history(TODAY)}
    assert got["li@example.com"].enterprise_ids == () and got["li@example.com"].items == 1
    assert "li@example.com" not in {r.recipient for r in store.reminder_history(TODAY, enterprises={log["b"]})}


def test_an_empty_log_reads_as_no_attempts(store):
    assert store.reminder_history(TODAY) == []
    assert store.reminder_history(date(1, 1, 2), days=3660) == []


def _attempt(n: int, day: date, recipient: str, status: str) -> "ReminderAttempt":
    from assessment.store.reminder_history import ReminderAttempt

    return ReminderAttempt(n, day, None, recipient, status, (1,), (1,), "" if status == "sent" else "550")


def test_a_failure_stands_until_the_recipient_is_reached_and_only_within_its_days():
    from assessment.store.reminder_history import FAILURE_DAYS, unresolved_failures

    newest_first = [
        _attempt(6, TODAY, "li@example.com", "failed"),
        _attempt(5, TODAY - timedelta(days=1), "wang@example.com", "sent"),
        _attempt(4, TODAY - timedelta(days=2), "wang@example.com", "failed"),  # settled by the send after it
        _attempt(3, TODAY - timedelta(days=FAILURE_DAYS - 1), "zhao@example.com", "failed"),  # the window's first day
        _attempt(2, TODAY - timedelta(days=FAILURE_DAYS), "sun@example.com", "failed"),  # one day too old
    ]
    assert [a.id for a in unresolved_failures(newest_first, TODAY)] == [6, 3]
    assert [a.id for a in unresolved_failures(newest_first, TODAY, days=1)] == [6]
    assert unresolved_failures([], TODAY) == []
