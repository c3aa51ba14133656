"""The reminder run under its lease (reminder_run.send_due), on SQLite and PostgreSQL, with transports that keep
what they are given: two runs at the same moment from separate stores (as on two hosts) send one set of
messages; the plan is read after the lease is taken; the lease is given up when sending raises; a run whose lease
was taken over sends nothing more."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

import pytest

from assessment.models import Certificate, Enterprise
from assessment.reminder_mail import address
from assessment.reminder_run import LEASE_LOST, LEASE_NAME, lease_length, send_due
from assessment.store import LeaseHeld, Store
from assessment.store.leases import holder_name
from assessment.store.tables import utcnow

TODAY = date(2026, 12, 2)
NOW = datetime(2026, 12, 2, 7, 0, tzinfo=timezone.utc)
SENDER = address("GB/T 27922 <noreply@example.com>", "MAIL_FROM")
LENGTH = timedelta(minutes=15)
RECIPIENTS = {"qm-a@example.com", "qm-b@example.com", "consultant@example.com"}


class Outbox:
    """A transport keeping every message it was given."""

    def __init__(self):
        self.sent: list = []

    def send(self, message) -> None:
        self.sent.append(message)

    def recipients(self) -> list[str]:
        return sorted(m["To"].addresses[0].addr_spec for m in self.sent)


class HeldOutbox(Outbox):
    """Holds its first message until `go` is set (a slow server), saying when it has one in flight."""

    def __init__(self, go: threading.Event, in_flight: threading.Event):
        super().__init__()
        self.go, self.in_flight = go, in_flight

    def send(self, message) -> None:
        self.in_flight.set()
        assert self.go.wait(timeout=60), "never let go"
        super().send(message)


@pytest.fixture
def url(database_url) -> str:
    """Enterprises A and B, each with a contact and a surveillance audit 30 days away, and a consultant on both:
    three messages are due on TODAY."""
    s = Store(database_url)
    ids = []
    for name, email in (("云帆家电", "qm-a@example.com"), ("恒泰机械", "qm-b@example.com")):
        ent = s.add_enterprise(Enterprise(name=name, contact_email=email, language="en"))
        s.add_certificate(ent.id, Certificate(number=f"CSC-{ent.id}", issued_on=date(2026, 1, 1), level="four_star"))
        ids.append(ent.id)
    s.add_user("consultant@example.com", "consultant", name="李雷", enterprises=tuple(ids))
    s.close()
    return database_url


@pytest.fixture
def store(url):
    s = Store(url)
    yield s
    s.close()


def _holder(n: int) -> str:
    return holder_name(f"host-{n}", 1000 + n, f"token{n}")


def test_a_run_sends_each_due_message_once_and_gives_the_lease_up(store):
    outbox = Outbox()
    day, outcomes = send_due(store, TODAY, SENDER, outbox, NOW, _holder(1), LENGTH)
    assert [o.status for o in outcomes] == ["sent"] * 3 and len(day.messages) == 3
    assert set(outbox.recipients()) == RECIPIENTS
    assert store.current_lease(LEASE_NAME) is None
    again = Outbox()  # the next run takes the lease and, from the sent log, has nothing new
    _, outcomes = send_due(store, TODAY, SENDER, again, NOW, _holder(2), LENGTH)
    assert again.sent == [] and {o.status for o in outcomes} <= {"skipped"}
    assert store.current_lease(LEASE_NAME) is None


def test_while_another_run_holds_the_lease_nothing_is_read_sent_or_logged(store):
    store.take_lease(LEASE_NAME, _holder(9), LENGTH)
    outbox = Outbox()
    with pytest.raises(LeaseHeld) as held:
        send_due(store, TODAY, SENDER, outbox, NOW, _holder(1), LENGTH)
    assert (held.value.lease.host, held.value.lease.pid) == ("host-9", 1009)
    assert outbox.sent == [] and store.reminder_log(TODAY).sent_today == frozenset()
    assert store.current_lease(LEASE_NAME).holder == _holder(9)  # theirs, left alone


def test_an_expired_lease_of_a_crashed_run_is_taken_over_and_the_run_sends(store):
    store.take_lease(LEASE_NAME, _holder(9), LENGTH, datetime(2026, 12, 2, 5, 0))  # expired at 05:15 UTC
    outbox = Outbox()
    send_due(store, TODAY, SENDER, outbox, NOW, _holder(1), LENGTH)
    assert set(outbox.recipients()) == RECIPIENTS and store.current_lease(LEASE_NAME) is None


class Broken(Outbox):
    def __init__(self, error: BaseException):
        super().__init__()
        self.error = error

    def send(self, message) -> None:
        raise self.error


@pytest.mark.parametrize("error", [RuntimeError("the transport broke"), KeyboardInterrupt()],
                         ids=["error", "interrupt"])
def test_the_lease_is_given_up_when_sending_raises(store, error):
    with pytest.raises(type(error)):
        send_due(store, TODAY, SENDER, Broken(error), NOW, _holder(1), LENGTH)
    assert store.current_lease(LEASE_NAME) is None
    outbox = Outbox()  # nothing was logged sent: the next run sends everything
    send_due(store, TODAY, SENDER, outbox, NOW, _holder(2), LENGTH)
    assert set(outbox.recipients()) == RECIPIENTS


def test_the_lease_is_renewed_before_each_message(store):
    seen = []

    class Watching(Outbox):
        def send(self, message) -> None:
            seen.append(store.current_lease(LEASE_NAME).expires_at)
            super().send(message)

    send_due(store, TODAY, SENDER, Watching(), NOW, _holder(1), LENGTH)
    assert len(seen) == 3 and seen == sorted(seen) and len(set(seen)) == 3  # moved on at every message


def test_a_run_whose_lease_was_taken_over_sends_nothing_more_and_leaves_the_new_lease(store):
    class TakenOver(Outbox):
        def send(self, message) -> None:
            super().send(message)
            if len(self.sent) == 1:  # this run stalled past its lease; another run took it over
                store.take_lease(LEASE_NAME, _holder(9), LENGTH, utcnow() + LENGTH * 2)

    outbox = TakenOver()
    _, outcomes = send_due(store, TODAY, SENDER, outbox, NOW, _holder(1), LENGTH)
    assert [o.status for o in outcomes] == ["sent", "failed", "failed"] and len(outbox.sent) == 1
    assert {o.error for o in outcomes[1:]} == {LEASE_LOST}
    assert len(store.reminder_log(TODAY).sent_today) == 1  # the two not sent are not logged either way
    assert store.current_lease(LEASE_NAME).holder == _holder(9)


def test_two_runs_at_the_same_moment_on_two_hosts_send_one_set_of_messages(url):
    """Both runs start together (a barrier), each with a store of its own; the first to take the lease holds its
    first message in flight until the other has given way, so both are running at once."""
    hosts = [Store(url), Store(url)]
    go, in_flight = threading.Event(), threading.Event()
    outboxes = [HeldOutbox(go, in_flight), HeldOutbox(go, in_flight)]
    start = threading.Barrier(2)
    results: dict[int, object] = {}

    def run(n: int) -> None:
        start.wait(timeout=30)
        try:
            results[n] = send_due(hosts[n], TODAY, SENDER, outboxes[n], NOW, _holder(n), LENGTH)[1]
        except LeaseHeld as held:
            results[n] = held
            go.set()  # the other run may go on now
        except BaseException as exc:  # noqa: BLE001 — reported below
            results[n] = exc
            go.set()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for s in hosts:
        s.close()
    busy = [n for n, r in results.items() if isinstance(r, LeaseHeld)]
    assert len(busy) == 1, results
    sender = 1 - busy[0]
    assert in_flight.is_set() and results[busy[0]].lease.holder == _holder(sender)
    assert [o.status for o in results[sender]] == ["sent"] * 3
    assert outboxes[busy[0]].sent == [] and set(outboxes[sender].recipients()) == RECIPIENTS
    check = Store(url)
    assert check.current_lease(LEASE_NAME) is None
    assert sum(len(v) for v in check.reminder_log(TODAY).sent_keys.values()) == 4  # 1 + 1 + 2 items, once
    third = Outbox()
    send_due(check, TODAY, SENDER, third, NOW, _holder(3), LENGTH)
    assert third.sent == []
    check.close()


@pytest.mark.parametrize("timeout, minutes", [(30, 15), (10, 15), (60, 20), (600, 200)])
def test_the_lease_outlasts_one_message_at_the_transports_time_limit(timeout, minutes):
    assert lease_length(timeout) == timedelta(minutes=minutes)
