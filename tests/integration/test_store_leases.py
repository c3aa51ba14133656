"""The job lease (store/leases.py) on SQLite and PostgreSQL: one holder at a time, an expired lease taken over,
renewed and released only by its holder, given up however the block ends, and takers at the same moment from
separate stores (as on separate hosts) of whom exactly one wins."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest

from assessment.store import LeaseHeld, Store
from assessment.store.leases import holder_name

NAME = "remind"
LENGTH = timedelta(minutes=15)
T0 = datetime(2026, 12, 2, 7, 0, 0)  # naive UTC, as the store keeps times
WEB1 = holder_name("web-1", 1234, "a1b2c3")
WEB2 = holder_name("web-2", 5678, "d4e5f6")


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


def test_a_free_lease_is_taken_and_a_second_holder_is_told_who_has_it_since_when(store):
    taken = store.take_lease(NAME, WEB1, LENGTH, T0)
    assert (taken.holder, taken.taken_at, taken.expires_at) == (WEB1, T0, T0 + LENGTH)
    with pytest.raises(LeaseHeld) as held:
        store.take_lease(NAME, WEB2, LENGTH, T0 + timedelta(minutes=5))
    lease = held.value.lease
    assert (lease.host, lease.pid, lease.taken_at, lease.expires_at) == ("web-1", 1234, T0, T0 + LENGTH)
    assert store.current_lease(NAME).holder == WEB1  # the refused taker changed nothing


def test_leases_of_other_jobs_are_apart(store):
    store.take_lease(NAME, WEB1, LENGTH, T0)
    assert store.take_lease("another-job", WEB2, LENGTH, T0).holder == WEB2


def test_an_expired_lease_is_taken_over_and_its_old_holder_can_neither_renew_nor_release_it(store):
    store.take_lease(NAME, WEB1, LENGTH, T0)
    later = T0 + LENGTH + timedelta(seconds=1)
    assert store.take_lease(NAME, WEB2, LENGTH, later).holder == WEB2
    assert store.renew_lease(NAME, WEB1, LENGTH, later) is False
    assert store.release_lease(NAME, WEB1) is False
    assert store.current_lease(NAME).holder == WEB2


def test_a_renewed_lease_is_still_held_after_its_first_expiry(store):
    store.take_lease(NAME, WEB1, LENGTH, T0)
    assert store.renew_lease(NAME, WEB1, LENGTH, T0 + timedelta(minutes=14)) is True
    assert store.current_lease(NAME).expires_at == T0 + timedelta(minutes=29)
    with pytest.raises(LeaseHeld):
        store.take_lease(NAME, WEB2, LENGTH, T0 + timedelta(minutes=20))


def test_the_holder_taking_its_own_lease_again_extends_it(store):
    store.take_lease(NAME, WEB1, LENGTH, T0)
    assert store.take_lease(NAME, WEB1, LENGTH, T0 + timedelta(minutes=1)).expires_at == T0 + timedelta(minutes=16)


def test_a_released_lease_is_free_for_the_next_holder(store):
    store.take_lease(NAME, WEB1, LENGTH, T0)
    assert store.release_lease(NAME, WEB2) is False  # someone else's: left alone
    assert store.release_lease(NAME, WEB1) is True
    assert store.current_lease(NAME) is None
    assert store.take_lease(NAME, WEB2, LENGTH, T0).holder == WEB2


def test_leases_move_no_revision_and_leave_no_audit_entry(store):
    before = store.revision()
    store.take_lease(NAME, WEB1, LENGTH, T0)
    store.renew_lease(NAME, WEB1, LENGTH, T0)
    store.release_lease(NAME, WEB1)
    assert store.revision() == before and store.audit_trail() == []


@pytest.mark.parametrize("ending", [RuntimeError, KeyboardInterrupt])
def test_a_held_lease_is_given_up_however_the_block_ends(store, ending):
    with pytest.raises(ending):
        with store.holding_lease(NAME, WEB1, LENGTH) as held:
            assert held.renew() is True and store.current_lease(NAME).holder == WEB1
            raise ending()
    assert store.current_lease(NAME) is None


def test_a_block_whose_lease_was_taken_over_leaves_the_new_holders_lease_alone(store):
    with store.holding_lease(NAME, WEB1, LENGTH, clock=lambda: T0) as held:
        store.take_lease(NAME, WEB2, LENGTH, T0 + LENGTH)  # WEB1's lease ran out; WEB2 took it
        assert held.renew() is False
    assert store.current_lease(NAME).holder == WEB2


@pytest.mark.parametrize("expired", [False, True], ids=["free", "expired"])
def test_takers_at_the_same_moment_from_separate_stores_exactly_one_wins(database_url, expired):
    takers = 6
    stores = [Store(database_url) for _ in range(takers)]  # one per host
    if expired:  # a crashed run's lease, to be taken over
        stores[0].take_lease(NAME, holder_name("crashed", 1, "x"), LENGTH, T0 - LENGTH * 2)
    start = threading.Barrier(takers)
    won, busy, errors = [], [], []

    def take(n: int) -> None:
        holder = holder_name(f"host-{n}", 1000 + n, f"t{n}")
        start.wait(timeout=30)
        try:
            won.append(stores[n].take_lease(NAME, holder, LENGTH, T0).holder)
        except LeaseHeld as exc:
            busy.append(exc.lease.holder)
        except Exception as exc:  # noqa: BLE001 — reported below
            errors.append(exc)

    threads = [threading.Thread(target=take, args=(n,)) for n in range(takers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for s in stores:
        s.close()
    assert errors == []
    assert len(won) == 1 and len(busy) == takers - 1
    assert set(busy) <= {won[0]}  # the losers were told of the winner (none of the crashed run's lease)
    check = Store(database_url, migrate=False)
    assert check.current_lease(NAME).holder == won[0]
    check.close()


def test_a_holder_too_long_for_its_column_is_refused(store):
    with pytest.raises(ValueError, match="1 to 200 characters"):
        store.take_lease(NAME, "h" * 201, LENGTH, T0)
    assert holder_name("h" * 300, 1, "t").startswith("h" * 150 + ":1:")
