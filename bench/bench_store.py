"""Store benchmark: import 1,000 enterprises with 5 assessments each into SQLite, then time the portfolio query
(latest level and next certification date due per enterprise).

Target: the portfolio query under 100 ms at that size.
Run: .venv/bin/python bench/bench_store.py [--enterprises N] [--rounds R]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assessment.models import Assessment, CatalogRef, Certificate, Enterprise, Response  # noqa: E402
from assessment import usecases  # noqa: E402
from assessment.store import Store  # noqa: E402
from criteria import default_catalog  # noqa: E402

TODAY = date(2026, 11, 28)
TARGET_PORTFOLIO_MS = 100.0


def make_assessment(catalog, n: int, round_no: int) -> Assessment:
    responses = []
    for k, (_, _, item) in enumerate(catalog.iter_items()):
        if item.method == "sampled":
            responses.append(Response(item=item.id, result="partial", samples=10, failed_samples=(n + k) % 4))
        elif (n + k + round_no) % 9 == 0:
            responses.append(Response(item=item.id, result="not_met", note="缺少记录"))
        else:
            responses.append(Response(item=item.id, result="met"))
    cert = None
    if n % 2 == 0:
        cert = Certificate(number=f"CSC-{n:05d}", issued_on=date(2024 + n % 3, 1 + n % 12, 1 + n % 28),
                           level="three_star")
    return Assessment(
        catalog=CatalogRef(id=catalog.id, version=catalog.version),
        enterprise=Enterprise(name=f"示例企业{n:04d}有限公司", credit_code=f"9133{n:014d}", kind="producer"),
        assessed_on=date(2022 + round_no, 3, 1 + n % 28),
        assessor="审核员",
        responses=tuple(responses),
        certificate=cert,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--enterprises", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    catalog = default_catalog()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        assessments = [
            make_assessment(catalog, n, r) for n in range(args.enterprises) for r in range(args.rounds)
        ]
        t0 = time.perf_counter()
        for a in assessments:
            usecases.import_assessment(store, a)
        t_import = time.perf_counter() - t0
        n = len(assessments)
        print(f"import: {n} assessments ({args.enterprises} enterprises x {args.rounds}) in {t_import:.1f} s "
              f"= {t_import / n * 1000:.2f} ms per assessment (validate + score + one transaction each)")

        del assessments  # the 220,000 objects built for the import would only slow the collector down
        gc.collect()
        t0 = time.perf_counter()
        store.portfolio(TODAY)  # first call: connection pool, catalog and the per-certificate memo are cold
        print(f"portfolio query, first call: {(time.perf_counter() - t0) * 1000:.1f} ms")
        times = []
        for _ in range(15):
            t0 = time.perf_counter()
            rows = store.portfolio(TODAY)
            times.append((time.perf_counter() - t0) * 1000)
        assert len(rows) == args.enterprises
        assert all(r.latest is not None and r.latest.level for r in rows)
        med = statistics.median(times)
        print(f"portfolio query: {len(rows)} enterprises, median {med:.1f} ms, min {min(times):.1f} ms "
              f"(target {TARGET_PORTFOLIO_MS:.0f} ms: {med / TARGET_PORTFOLIO_MS:.2f}x of target)")
        t0 = time.perf_counter()
        summaries = store.list_assessments()
        print(f"list_assessments: {len(summaries)} rows in {(time.perf_counter() - t0) * 1000:.1f} ms")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
