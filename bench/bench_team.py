"""Benchmark of team use: the permission check and the audit trail; prints figures, asserts nothing.

    .venv/bin/python bench/bench_team.py [--calls 20000] [--entries 5000] [--via-set-response]

(a) The permission check. `GuardedStore(store, consultant)` against the raw store, N calls each, in alternating
    rounds (the median round counts): `get_setting` (a rule without scope), `get_enterprise` (scoped by the
    enterprise argument) and `evidence_counts` (scoped by an assessment: the guard looks up its enterprise);
    the same guard over a store that does nothing (the check alone, no database); the enterprise lookup an
    assessment-scoped check makes (`owner_enterprise`); `access.allowed` alone. On a busy machine the raw and
    guarded database reads differ by noise: the no-op rows and the lookup are the check's own cost.
    Target: the check adds under 1 ms a call.
(b) The audit trail of one assessment with 5,000 entries, spread over its items with rising versions: noted
    through the store's unit of work (fast), or with --via-set-response made by that many `set_response` calls
    (the real path; slow). Then `store.audit_trail(assessment_id=...)`, the same through the guard as the
    consultant, and `store.item_history(...)` of one item: the median of 5 runs. Target: under 200 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "examples" / "03-three-star.json"
ROUNDS = 5


def build(url: str):
    """A store holding the three-star example (assessment and enterprise ids returned) and a consultant."""
    from assessment import usecases
    from assessment.exchange import read_assessment
    from assessment.store import Store

    store = Store(url)
    stored = usecases.import_assessment(store, read_assessment(EXAMPLE))
    store.set_setting("x", "1")
    user = store.add_user("consultant@example.com", "consultant", name="王丽", enterprises=[stored.enterprise_id])
    return store, stored.id, stored.enterprise_id, user.actor()


def per_call_us(fn, calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls * 1e6


def compare(raw, guarded, calls: int) -> tuple[float, float]:
    """Median per-call microseconds of `raw` and `guarded`, measured in alternating rounds."""
    per_round = max(1, calls // ROUNDS)
    raws, guards = [], []
    for _ in range(ROUNDS):
        raws.append(per_call_us(raw, per_round))
        guards.append(per_call_us(guarded, per_round))
    return statistics.median(raws), statistics.median(guards)


class Idle:
    """A store that does nothing: what the guard costs without any database work."""

    def get_setting(self, key, default=None):
        return default

    def get_enterprise(self, enterprise_id):
        return None


def permission_check(store, aid: int, eid: int, consultant, calls: int) -> None:
    from assessment import access
    from assessment.guard import GuardedStore

    guarded = GuardedStore(store, consultant)
    print(f"(a) permission check, {calls:,} calls each (median of {ROUNDS} alternating rounds), per call:")
    print(f"    {'operation':<34} {'raw µs':>9} {'guarded µs':>11} {'overhead µs':>12}")
    cases = [
        ("get_setting('x')", lambda: store.get_setting("x"), lambda: guarded.get_setting("x")),
        ("get_enterprise(id)", lambda: store.get_enterprise(eid), lambda: guarded.get_enterprise(eid)),
        ("evidence_counts(assessment)", lambda: store.evidence_counts(aid), lambda: guarded.evidence_counts(aid)),
    ]
    idle, idle_guarded = Idle(), GuardedStore(Idle(), consultant)
    cases.append(("no-op store: get_setting", lambda: idle.get_setting("x"), lambda: idle_guarded.get_setting("x")))
    cases.append(("no-op store: get_enterprise(id)", lambda: idle.get_enterprise(eid),
                  lambda: idle_guarded.get_enterprise(eid)))
    for name, raw, checked in cases:
        raw_us, guarded_us = compare(raw, checked, calls)
        print(f"    {name:<34} {raw_us:>9.1f} {guarded_us:>11.1f} {guarded_us - raw_us:>12.1f}")
    lookup = statistics.median(per_call_us(lambda: store.owner_enterprise("assessment", aid), calls // ROUNDS)
                               for _ in range(ROUNDS))
    print(f"    the lookup an assessment-scoped check adds, owner_enterprise alone: {lookup:.1f} µs a call")
    alone = per_call_us(lambda: access.allowed(consultant, "answer", eid), calls * 10)
    print(f"    access.allowed alone ({calls * 10:,} calls): {alone:.2f} µs a call")


def fill_trail(store, aid: int, eid: int, entries: int, via_set_response: bool) -> str:
    """`entries` audit entries on the assessment's items (versions rising); the item with the most of them."""
    from assessment.models import Response
    from assessment.store.audit_trail import note

    items = [r.item for r in store.get_assessment(aid).assessment.responses]
    start = time.perf_counter()
    if via_set_response:
        version = store.get_assessment(aid).version
        for n in range(entries):
            result = ("met", "not_met")[(n // len(items)) % 2]
            version = store.set_response(aid, version, Response(item=items[n % len(items)], result=result)).version
    else:
        base = store.get_assessment(aid).version
        with store.unit_of_work() as session:
            for n in range(entries):
                before, after = ("met", "not_met") if (n // len(items)) % 2 else ("not_met", "met")
                note(session, "item.answer", "item", items[n % len(items)], enterprise_id=eid, assessment_id=aid,
                     version=base + 1 + n // len(items),
                     before={"item": items[n % len(items)], "result": before},
                     after={"item": items[n % len(items)], "result": after, "note": f"第 {n} 次修改"})
    how = "set_response calls" if via_set_response else "entries noted in one unit of work"
    print(f"(b) {entries:,} {how}: {time.perf_counter() - start:.1f} s to write")
    return items[0]


def median_ms(fn) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(ROUNDS):
        start = time.perf_counter()
        size = len(fn())
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), size


def audit_reads(store, aid: int, consultant, item: str) -> None:
    from assessment.guard import GuardedStore

    guarded = GuardedStore(store, consultant)
    print(f"    reads, median of {ROUNDS} runs:")
    for name, fn in (("store.audit_trail(assessment_id=...)", lambda: store.audit_trail(assessment_id=aid)),
                     ("guarded audit_trail (consultant)", lambda: guarded.audit_trail(assessment_id=aid)),
                     (f"store.item_history(..., {item!r})", lambda: store.item_history(aid, item))):
        ms, size = median_ms(fn)
        print(f"    {name:<40} {ms:>8.1f} ms  ({size:,} entries)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=20_000)
    parser.add_argument("--entries", type=int, default=5_000)
    parser.add_argument("--via-set-response", action="store_true")
    args = parser.parse_args()
    print(f"team use: permission check and audit trail (SQLite); load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="bench-team-") as tmp:
        store, aid, eid, consultant = build(f"sqlite:///{Path(tmp) / 'team.db'}")
        try:
            permission_check(store, aid, eid, consultant, args.calls)
            item = fill_trail(store, aid, eid, args.entries, args.via_set_response)
            audit_reads(store, aid, consultant, item)
        finally:
            store.close()


if __name__ == "__main__":
    main()
