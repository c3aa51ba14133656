"""Job leases: a job that must run once at a time, across processes and hosts sharing the database (the reminder
run, `python -m assessment remind`), holds a row of `job_leases` while it runs (see tables.JobLeaseRow).

Each step is one statement that is atomic by itself on SQLite and on PostgreSQL, so no step relies on the
transaction's isolation: a take-over is an UPDATE whose condition (expired, or already ours) the database checks
on the row as it stands; a first take is an INSERT whose primary key refuses a second one (someone else took it:
busy); a renewal and a release match the holder, so only the run holding the lease changes it. A run that
crashed leaves its row behind, which the next run takes over once it has expired.

Times are naive UTC, read from the clock of the host running the job (`now` is a parameter): hosts sharing a
database keep their clocks in step (NTP), and a lease lasts minutes. Only the command line uses these: they are
kept away from signed-in users (guard.UNGUARDED)."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, Iterator, Optional

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from .tables import JobLeaseRow, utcnow

HOLDER_LENGTH = 200  # job_leases.holder
_ATTEMPTS = 3  # a lease released between our INSERT and our read is tried for again


@dataclass(frozen=True)
class Lease:
    name: str
    holder: str  # host:pid:token (see holder_name)
    taken_at: datetime  # naive UTC
    expires_at: datetime  # naive UTC

    @property
    def host(self) -> str:
        return _parts(self.holder)[0]

    @property
    def pid(self) -> Optional[int]:
        pid = _parts(self.holder)[1]
        return int(pid) if pid.isdigit() else None


class LeaseHeld(Exception):
    """Another holder has the lease and it has not expired: this run must not do the job. `lease` is theirs.
    Not a StoreError: nothing is wrong with the database, and nothing was written."""

    def __init__(self, lease: Lease):
        self.lease = lease
        super().__init__(f"lease {lease.name!r} is held by {lease.host} (pid {lease.pid}) since "
                         f"{lease.taken_at.isoformat(timespec='seconds')}Z, until "
                         f"{lease.expires_at.isoformat(timespec='seconds')}Z")


def holder_name(host: str, pid: int, token: str) -> str:
    """A holder naming the host and the process (for the message of a run that finds the lease held), made
    unique by a random `token` (a pid is reused, a host name may be shared)."""
    host = (host or "unknown").replace(":", "_")[:150]
    return f"{host}:{pid}:{token}"[:HOLDER_LENGTH]


def _parts(holder: str) -> tuple[str, str]:
    host, _, rest = holder.partition(":")
    return host, rest.partition(":")[0]


class LeaseRoom:
    def current_lease(self, name: str) -> Optional[Lease]:
        """The lease's row as it stands (it may have expired), or None when nobody holds it."""
        with self.reading() as session:
            row = session.get(JobLeaseRow, name)
            return None if row is None else Lease(row.name, row.holder, row.taken_at, row.expires_at)

    def take_lease(self, name: str, holder: str, length: timedelta, now: Optional[datetime] = None) -> Lease:
        """Take the lease for `length` from `now`: when nobody holds it, when it has expired, or when `holder`
        holds it already. LeaseHeld (with the holder's lease) otherwise; nothing is written then."""
        if len(holder) > HOLDER_LENGTH or not holder:
            raise ValueError(f"a lease holder must be 1 to {HOLDER_LENGTH} characters")
        now = now or utcnow()
        ours = Lease(name, holder, now, now + length)
        values = dict(holder=holder, taken_at=now, expires_at=ours.expires_at)
        for _ in range(_ATTEMPTS):
            with self.unit_of_work(bookkeeping=True) as session:
                took = session.execute(
                    update(JobLeaseRow).where(JobLeaseRow.name == name,
                                              or_(JobLeaseRow.expires_at <= now, JobLeaseRow.holder == holder))
                    .values(**values).execution_options(synchronize_session=False)).rowcount
            if took:
                return ours
            try:
                with self.unit_of_work(bookkeeping=True) as session:
                    session.execute(insert(JobLeaseRow).values(name=name, **values))
                return ours
            except IntegrityError:  # the row is there: someone holds it (or took it this very moment)
                theirs = self.current_lease(name)
            if theirs is not None and theirs.holder != holder and theirs.expires_at > now:
                raise LeaseHeld(theirs)
        raise LeaseHeld(theirs or ours)  # taken and released and taken again under our feet: give way

    def renew_lease(self, name: str, holder: str, length: timedelta, now: Optional[datetime] = None) -> bool:
        """Move the lease's expiry to `now` + `length` if `holder` still has it; whether it had."""
        now = now or utcnow()
        with self.unit_of_work(bookkeeping=True) as session:
            return session.execute(
                update(JobLeaseRow).where(JobLeaseRow.name == name, JobLeaseRow.holder == holder)
                .values(expires_at=now + length).execution_options(synchronize_session=False)).rowcount == 1

    def release_lease(self, name: str, holder: str) -> bool:
        """Give the lease up if `holder` still has it (never someone else's); whether it had."""
        with self.unit_of_work(bookkeeping=True) as session:
            return session.execute(
                delete(JobLeaseRow).where(JobLeaseRow.name == name, JobLeaseRow.holder == holder)
                .execution_options(synchronize_session=False)).rowcount == 1

    @contextmanager
    def holding_lease(self, name: str, holder: str, length: timedelta,
                      clock: Callable[[], datetime] = utcnow) -> Iterator["HeldLease"]:
        """Take the lease (LeaseHeld if another holder has it), and give it up when the block ends, however it
        ends (an error, KeyboardInterrupt). The block renews it through `renew()`."""
        lease = self.take_lease(name, holder, length, clock())
        try:
            yield HeldLease(self, lease, length, clock)
        finally:
            self.release_lease(name, holder)


class HeldLease:
    """A lease this process holds: `renew()` extends it and says whether it is still ours."""

    def __init__(self, store: LeaseRoom, lease: Lease, length: timedelta, clock: Callable[[], datetime]):
        self._store, self.lease, self._length, self._clock = store, lease, length, clock

    def renew(self) -> bool:
        return self._store.renew_lease(self.lease.name, self.lease.holder, self._length, self._clock())
