"""Benchmarks of the Streamlit app, server side (AppTest runs the real pages on a temporary database).

    .venv/bin/python bench/bench_app.py [--rounds 40] [--enterprises 1000]

Figures printed:
  * one wizard interaction with the full default catalog: answer one item (on_change -> store.set_response ->
    rescore -> rerun of the page), median and 90th percentile over many; target under 60 ms;
  * the portfolio page with 1,000 enterprises (each with an assessment, every third with a certificate),
    median over several runs; target under 500 ms.
The AppTest figures include AppTest's own overhead (building and reading the element tree), so they are an
upper bound of what the server spends per interaction. AppTest also recompiles every page script on every run,
which a running server does once; the wizard figure is printed both ways (as AppTest does it, and with the
script cache shared across runs as `streamlit run` does).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

INTERACTION_TARGET_S = 0.060
PORTFOLIO_TARGET_S = 0.500


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


def _quiet_streamlit() -> None:
    import logging

    for name in ("streamlit", "streamlit.runtime.scriptrunner_utils.script_run_context"):
        logging.getLogger(name).setLevel(logging.ERROR)


def share_script_cache(shared: bool) -> None:
    """Make AppTest keep compiled page scripts between runs, as a running server does (or stop doing so)."""
    import streamlit.testing.v1.app_test as app_test
    import streamlit.testing.v1.local_script_runner as local_runner
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache

    if shared:
        cache = ScriptCache()
        factory = lambda: cache  # noqa: E731
    else:
        factory = ScriptCache
    app_test.ScriptCache = factory
    local_runner.ScriptCache = factory


def bench_wizard(rounds: int) -> list[float]:
    from streamlit.testing.v1 import AppTest

    from assessment.models import Enterprise, Response
    from assessment.store import Store
    from criteria import default_catalog

    catalog = default_catalog()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        os.environ["DATABASE_URL"] = url
        store = Store(url)
        ent = store.add_enterprise(Enterprise(name="基准测试企业"))
        stored = store.new_assessment(ent.id, date(2026, 1, 5))
        for _, _, item in catalog.iter_items():  # a full catalog, every item answered
            stored = store.set_response(stored.id, stored.version, Response(item=item.id, result="met"))
        aid = stored.id
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.session_state["lang"] = "zh_CN"
        at.session_state["assessment_id"] = aid
        at.run()
        at.switch_page("ui/wizard.py").run()
        step = next(iter(catalog.indicators()))
        key = f"w.{aid}.0.{step.items[0].id}.result"
        times = []
        for n in range(rounds + 3):
            widget = at.segmented_control(key=key).set_value("not_met" if n % 2 == 0 else "met")
            t0 = time.perf_counter()
            widget.run()
            elapsed = time.perf_counter() - t0
            if at.exception:
                raise RuntimeError(at.exception[0].value)
            if n >= 3:  # warm-up
                times.append(elapsed)
        saved = store.get_assessment(aid).version
        assert saved >= stored.version + rounds, "every interaction was saved"
        store.close()
        return times


def _seed_portfolio(store, n: int) -> None:
    from assessment.models import Assessment, CatalogRef, Certificate, Enterprise, Response
    from criteria import default_catalog

    catalog = default_catalog()
    ref = CatalogRef(id=catalog.id, version=catalog.version)
    ids = [it.id for _, _, it in catalog.iter_items()]
    today = date(2026, 11, 28)
    for i in range(n):
        ent = Enterprise(name=f"企业 {i:04d} 有限公司", credit_code=f"{i:018d}", kind="producer" if i % 2 else "seller",
                         industry="家电" if i % 3 else "机械")
        rec = store.add_enterprise(ent)
        answered = ids[: len(ids) - (i % 7)]
        responses = tuple(Response(item=x, result="not_met" if (hash((i, x)) % 9 == 0) else "met") for x in answered)
        store.add_assessment(rec.id, Assessment(catalog=ref, enterprise=ent, assessed_on=today - timedelta(days=i % 300),
                                                responses=responses))
        if i % 3 == 0:
            store.add_certificate(rec.id, Certificate(number=f"C-{i:05d}", issued_on=today - timedelta(days=30 + i % 900),
                                                      level="four_star"))


def bench_portfolio(n: int, runs: int = 7) -> tuple[list[float], float]:
    from streamlit.testing.v1 import AppTest

    from assessment.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/portfolio.db"
        os.environ["DATABASE_URL"] = url
        store = Store(url)
        t0 = time.perf_counter()
        _seed_portfolio(store, n)
        seeded = time.perf_counter() - t0
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
        at.session_state["lang"] = "zh_CN"
        at.run()  # first run: opens the store, warms the caches
        if at.exception:
            raise RuntimeError(at.exception[0].value)
        import ui.state

        times, cold = [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - t0)
        for _ in range(runs):
            ui.state._portfolio.clear()  # as after a save: the cached portfolio is rebuilt from the database
            t0 = time.perf_counter()
            at.run()
            cold.append(time.perf_counter() - t0)
        rows = len(at.dataframe[0].value) if at.dataframe else 0
        assert rows == n, f"the table shows {rows} of {n} enterprises"
        samples = []
        for _ in range(3):
            t0 = time.perf_counter()
            store.portfolio(date(2026, 11, 28))
            samples.append(time.perf_counter() - t0)
        query = statistics.median(samples)
        store.close()
        print(f"  (seeding {n} enterprises took {seeded:.1f} s; Store.portfolio() alone, median of 3: {_ms(query)})")
        print(f"  after a write (portfolio re-read from the database): median {_ms(statistics.median(cold))}, "
              f"min {_ms(min(cold))} over {len(cold)} runs")
        return times, query


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40, help="wizard interactions to time")
    parser.add_argument("--enterprises", type=int, default=1000, help="enterprises in the portfolio")
    args = parser.parse_args()
    _quiet_streamlit()

    print("Wizard: answer one item (save + rescore + rerun), full default catalog")
    for shared, how in ((False, "AppTest as is (page recompiled every run)"), (True, "page compiled once, as the server does")):
        share_script_cache(shared)
        times = bench_wizard(args.rounds)
        med, p90 = statistics.median(times), statistics.quantiles(times, n=10)[-1]
        verdict = "OK" if med < INTERACTION_TARGET_S else "OVER TARGET"
        print(f"  {how}: median {_ms(med)}, p90 {_ms(p90)}, min {_ms(min(times))} over {len(times)} "
              f"(target < {_ms(INTERACTION_TARGET_S)}): {verdict}")
    share_script_cache(True)

    print(f"Portfolio page with {args.enterprises} enterprises")
    ptimes, _query = bench_portfolio(args.enterprises)
    pmed = statistics.median(ptimes)
    verdict = "OK" if pmed < PORTFOLIO_TARGET_S else "OVER TARGET"
    print(f"  rerun (filter, sort, selection; cached portfolio): median {_ms(pmed)}, min {_ms(min(ptimes))} over {len(ptimes)} runs "
          f"(target < {_ms(PORTFOLIO_TARGET_S)}): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
