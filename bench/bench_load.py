"""A bounded load run: many people signing in and saving answers at once, on PostgreSQL and on SQLite, and real
browsers through nginx against two replicas.

    .venv/bin/python bench/bench_load.py [--users 50] [--seconds 60] [--browsers 5] [--browser-seconds 60]
                                         [--team 5] [--no-browsers] [--quick]

Figures printed:
  * simulated users: `--users` processes, each signing in with a password (assessment/accounts.py: Argon2) as its
    own member account, then for `--seconds` loading its assessment and saving an answer through the guarded
    store built as the app builds it for a signed-in user (GuardedStore(Store(url), actor).set_response with the
    version just read: the wizard's save). Half the users have an assessment of their own, the other half share
    one assessment, each on items of its own. Per database and per group: saves, errors (any exception, a stale
    item included; target 0), p50 / p95 / max of one save, saves per second; and the PostgreSQL / SQLite ratios.
    The shared half works in teams of `--team` (5) people on one assessment each. Nobody waits between saves:
    each user saves as fast as the store answers, far more often than a person clicks.
    PostgreSQL is a throw-away cluster (scripts/test-postgres.sh), SQLite a file in a temporary folder.
  * browsers: `--browsers` headless Chromium sessions (one process each) through nginx (the real site file on
    127.0.0.1, HTTPS) against two replicas on PostgreSQL, each signing in as its own member and answering one
    item of its own assessment over and over for `--browser-seconds`: saves, errors, p50 / p95 of click ->
    the saved answer drawn (the item's History panel counts the new entry), and how the sessions spread over
    the replicas; first one session alone for a quarter of that time, as the baseline.
The machine is shared (2 cores): the ratios say more than the absolute figures.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSWORD = "load-test-password"


# -- the world -------------------------------------------------------------------------------------------------


def seed(url: str, users: int, team: int) -> list[dict]:
    """One enterprise; users 0 .. users//2-1 each own an assessment, the rest work in teams of `team` people
    sharing one assessment each (its items dealt round among them). Every user is a member assigned to the
    enterprise, with the same password (hashed once)."""
    from assessment import accounts
    from assessment.models import Enterprise
    from assessment.store import Store
    from criteria import default_catalog

    items = [it.id for _, _, it in default_catalog().iter_items()]
    hashed = accounts.hash_password(PASSWORD)
    store = Store(url)
    try:
        ent = store.add_enterprise(Enterprise(name="杭州示例家电有限公司"))
        own = users // 2
        shared: dict[int, int] = {}
        plan = []
        for n in range(users):
            email = f"load{n + 1}@example.com"
            store.add_user(email, "member", name=f"负载{n + 1}", password_hash=hashed, enterprises=(ent.id,))
            if n < own:
                aid, mine, group = store.new_assessment(ent.id, date(2026, 1, 5)).id, items, "own"
            else:
                k = n - own
                size = min(team, users - own - (k // team) * team)  # the last team may be smaller
                if k // team not in shared:
                    shared[k // team] = store.new_assessment(ent.id, date(2026, 1, 5)).id
                aid, group = shared[k // team], "shared"
                mine = [i for j, i in enumerate(items) if j % size == k % team]
            plan.append({"email": email, "aid": aid, "items": mine or items[:1], "group": group})
        return plan
    finally:
        store.close()


# -- one simulated user -----------------------------------------------------------------------------------------


def simulated_user(url: str, plan: dict, ready, start, seconds: float, results) -> None:
    """Sign in, wait for the start, then load and save answers until the time is up; put the figures."""
    from assessment import accounts
    from assessment.guard import GuardedStore
    from assessment.models import Response
    from assessment.store import Store

    out = {"group": plan["group"], "saves": [], "errors": Counter(), "sign_in": None}
    store = None
    try:
        store = Store(url)
        t0 = time.perf_counter()
        signed = accounts.sign_in(store, plan["email"], PASSWORD, datetime.now(timezone.utc).replace(tzinfo=None))
        out["sign_in"] = time.perf_counter() - t0
        guarded = GuardedStore(store, signed.actor)  # as ui/state.py builds it for the signed-in user
        ready.put(True)
        start.wait()
        deadline = time.monotonic() + seconds
        n = 0
        while time.monotonic() < deadline:
            item = plan["items"][n % len(plan["items"])]
            result = ("met", "not_met")[(n // len(plan["items"])) % 2]
            n += 1
            try:
                stored = guarded.get_assessment(plan["aid"])  # the wizard's page load
                t = time.perf_counter()
                guarded.set_response(plan["aid"], stored.version, Response(item=item, result=result,
                                                                           note=f"第{n}次检查"))
                out["saves"].append(time.perf_counter() - t)
            except Exception as exc:  # noqa: BLE001 (every failure counts as an error, by its type)
                out["errors"][type(exc).__name__] += 1
    except Exception as exc:  # noqa: BLE001
        out["errors"]["setup:" + type(exc).__name__] += 1
        out["trace"] = traceback.format_exc(limit=3)
        ready.put(False)
    finally:
        if store is not None:
            store.close()
        results.put(out)


def simulated_run(url: str, users: int, seconds: float, team: int) -> dict:
    plan = seed(url, users, team)
    ctx = mp.get_context("fork")
    ready, results, start = ctx.Queue(), ctx.Queue(), ctx.Event()
    procs = [ctx.Process(target=simulated_user, args=(url, p, ready, start, seconds, results)) for p in plan]
    for proc in procs:
        proc.start()
    signed_in = [ready.get(timeout=300) for _ in procs]
    start.set()
    began = time.monotonic()
    outs = [results.get(timeout=seconds + 300) for _ in procs]
    wall = time.monotonic() - began
    for proc in procs:
        proc.join(timeout=30)
    return {"outs": outs, "wall": wall, "signed_in": sum(signed_in)}


def summary(outs: list[dict], wall: float, group: str | None = None) -> dict:
    chosen = [o for o in outs if group is None or o["group"] == group]
    saves = sorted(s for o in chosen for s in o["saves"])
    errors = sum((o["errors"] for o in chosen), Counter())
    return {
        "users": len(chosen), "saves": len(saves), "errors": sum(errors.values()), "kinds": dict(errors),
        "p50": _pct(saves, 50), "p95": _pct(saves, 95), "max": saves[-1] if saves else float("nan"),
        "per_s": len(saves) / wall if wall else 0.0,
        "sign_in_p50": statistics.median([o["sign_in"] for o in chosen if o["sign_in"] is not None] or [float("nan")]),
    }


def _pct(values: list[float], pct: int) -> float:
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(round(pct / 100 * (len(values) - 1))))]


# -- real browsers through nginx ----------------------------------------------------------------------------------


def browser_session(base: str, email: str, aid: int, ready, start, seconds: float, results) -> None:
    from playwright.sync_api import sync_playwright

    from tests.deploy.replicas import item_group, launch_browser, open_on_replica, open_wizard
    from tests.ui.conftest import TEST_PASSWORD, sign_in_browser

    out = {"saves": [], "errors": Counter(), "replica": None}
    try:
        with sync_playwright() as pw:
            browser = launch_browser(pw)
            try:
                _context, page, out["replica"] = open_on_replica(browser, base)
                sign_in_browser(page, base, email, TEST_PASSWORD)
                open_wizard(page, base, aid)
                ready.put(True)
                start.wait()
                deadline = time.monotonic() + seconds
                n = 0
                while time.monotonic() < deadline:
                    label = ("Met", "Not met")[n % 2]
                    n += 1
                    try:
                        t = time.perf_counter()
                        item_group(page, 0).get_by_role("radio", name=label, exact=True).click()
                        page.locator("[data-testid=stExpander]").filter(has_text=f"History ({n})").wait_for(
                            timeout=20_000)
                        out["saves"].append(time.perf_counter() - t)
                    except Exception as exc:  # noqa: BLE001
                        out["errors"][type(exc).__name__] += 1
                        n = _history_count(page)
                        open_wizard(page, base, aid)
            finally:
                browser.close()
    except Exception as exc:  # noqa: BLE001
        out["errors"]["setup:" + type(exc).__name__] += 1
        out["trace"] = traceback.format_exc(limit=3)
        ready.put(False)
    results.put(out)


def _history_count(page) -> int:
    import re

    try:
        text = page.locator("[data-testid=stExpander]").first.inner_text(timeout=5_000)
        found = re.search(r"History \((\d+)\)", text)
        return int(found.group(1)) if found else 0
    except Exception:  # noqa: BLE001
        return 0


def browser_run(cluster, folder: Path, sessions: int, seconds: float) -> dict:
    """One session alone for a quarter of the time (the baseline), then `sessions` at once for `seconds`."""
    from tests.deploy.replicas import replicas_behind_nginx, seed_team
    from assessment.store import Store

    url = cluster.database("load_browsers")
    team = seed_team(url, members=sessions + 1)
    store = Store(url)
    try:  # an assessment of its own for each session: its History count is its own saves
        aids = [store.new_assessment(team.enterprise_id, date(2026, 1, 5)).id for _ in range(sessions + 1)]
    finally:
        store.close()
    people = list(zip(team.emails, aids))
    with replicas_behind_nginx(url, folder) as deployed:
        alone = _browser_phase(deployed.base, people[-1:], max(seconds / 4, 5))
        together = _browser_phase(deployed.base, people[:-1], seconds)
        return {"alone": alone, "outs": together, "replicas": deployed.replicas}


def _browser_phase(base: str, people: list[tuple[str, int]], seconds: float) -> list[dict]:
    ctx = mp.get_context("spawn")
    ready, results, start = ctx.Queue(), ctx.Queue(), ctx.Event()
    procs = [ctx.Process(target=browser_session, args=(base, email, aid, ready, start, seconds, results))
             for email, aid in people]
    for proc in procs:
        proc.start()
    [ready.get(timeout=300) for _ in procs]
    start.set()
    outs = [results.get(timeout=seconds + 300) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
    return outs


# -- the run -----------------------------------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:8.1f}"


def print_simulated(name: str, run: dict) -> dict:
    rows = {g: summary(run["outs"], run["wall"], g) for g in ("own", "shared", None)}
    print(f"\n{name}: {rows[None]['users']} users ({run['signed_in']} signed in), {run['wall']:.1f} s, "
          f"sign-in p50 {rows[None]['sign_in_p50'] * 1e3:.0f} ms")
    print(f"  {'group':<22}{'saves':>7}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'saves/s':>9}")
    for group, label in (("own", "own assessment"), ("shared", "shared by a team"), (None, "all")):
        r = rows[group]
        print(f"  {label:<22}{r['saves']:>7}{r['errors']:>8}{_ms(r['p50'])} {_ms(r['p95'])} {_ms(r['max'])}"
              f"{r['per_s']:>9.1f}" + (f"   errors: {r['kinds']}" if r["errors"] else ""))
    traces = [o["trace"] for o in run["outs"] if o.get("trace")]
    if traces:
        print("  first setup failure:\n" + traces[0])
    return rows[None]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--team", type=int, default=5, help="people sharing one assessment (the shared half)")
    parser.add_argument("--browsers", type=int, default=5)
    parser.add_argument("--browser-seconds", type=float, default=60)
    parser.add_argument("--no-browsers", action="store_true", help="skip the real-browser part")
    parser.add_argument("--no-simulated", action="store_true", help="skip the simulated users")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 6 users, 5 s; 2 browsers, 10 s")
    args = parser.parse_args(argv)
    if args.quick:
        args.users, args.seconds, args.team, args.browsers, args.browser_seconds = 6, 5, 3, 2, 10
    if args.users < 1 or args.team < 1 or args.seconds <= 0 or args.browsers < 0 or args.browser_seconds <= 0:
        parser.error("--users and --browsers need a positive count, the durations a positive number of seconds")

    from tests.deploy.servers import Missing, postgres_cluster

    print(f"bench_load: {args.users} simulated users x {args.seconds:g} s on PostgreSQL, then SQLite; "
          f"{0 if args.no_browsers else args.browsers} browsers x {args.browser_seconds:g} s through nginx")
    with tempfile.TemporaryDirectory(prefix="gbt27922-load-") as tmp:
        folder = Path(tmp)
        try:
            cluster_cm = postgres_cluster()
            cluster = cluster_cm.__enter__()
        except Missing as exc:
            print(f"PostgreSQL part skipped: {exc}")
            cluster_cm = cluster = None
        try:
            pg = lite = None
            if cluster is not None and not args.no_simulated:
                pg = print_simulated("PostgreSQL", simulated_run(cluster.database("load"), args.users, args.seconds,
                                                                 args.team))
            if not args.no_simulated:
                lite = print_simulated("SQLite", simulated_run(f"sqlite:///{folder / 'load.db'}", args.users,
                                                              args.seconds, args.team))
            if pg is not None and lite is not None:
                print(f"\nPostgreSQL / SQLite: p50 {pg['p50'] / lite['p50']:.2f}x, p95 {pg['p95'] / lite['p95']:.2f}x, "
                      f"throughput {pg['per_s'] / lite['per_s']:.2f}x")
            if cluster is not None and not args.no_browsers and args.browsers:
                print_browsers(browser_run(cluster, folder / "browsers", args.browsers, args.browser_seconds))
        finally:
            if cluster_cm is not None:
                cluster_cm.__exit__(None, None, None)
    return 0


def print_browsers(run: dict) -> None:
    spread = Counter(o["replica"] for o in run["outs"])
    print(f"\nbrowsers through nginx (HTTPS) against two replicas on PostgreSQL; the {len(run['outs'])} sessions on "
          + ", ".join(f"{r}: {spread.get(r, 0)}" for r in run["replicas"]))
    print(f"  {'sessions':<22}{'saves':>7}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}   (click -> saved, drawn)")
    figures = {}
    for label, outs in (("1 alone (baseline)", run["alone"]), (f"{len(run['outs'])} at once", run["outs"])):
        saves = sorted(s for o in outs for s in o["saves"])
        errors = sum((o["errors"] for o in outs), Counter())
        figures[label] = saves
        print(f"  {label:<22}{len(saves):>7}{sum(errors.values()):>8}{_ms(_pct(saves, 50))} {_ms(_pct(saves, 95))} "
              f"{_ms(saves[-1] if saves else float('nan'))}" + (f"   errors: {dict(errors)}" if errors else ""))
        traces = [o["trace"] for o in outs if o.get("trace")]
        if traces:
            print("  first setup failure:\n" + traces[0])
    alone, together = figures.values()
    if alone and together:
        print(f"  {len(run['outs'])} at once / alone: p50 {_pct(together, 50) / _pct(alone, 50):.2f}x")


if __name__ == "__main__":
    sys.exit(main())
