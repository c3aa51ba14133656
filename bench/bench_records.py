"""Benchmarks of service records; prints figures, asserts nothing.

    .venv/bin/python bench/bench_records.py [--records 100000]

Figures, with the issue's targets on a 2-core machine:
  * reading and checking a CSV of N complaint records (read_table + validate), against a bare
    `pandas.read_csv` of the same file (the ratio is the cost of checking every row);
  * the whole import into a fresh SQLite database (read, check, upsert in one transaction); target under 20 s
    for 100,000 records; and re-importing the same file (all unchanged);
  * the KPI query over them (`records kpi`: load from the store, judge, group); target under 1 s;
  * peak memory of the process (resource.getrusage maxrss).
CPU-bound figures depend on what else runs on the machine: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = date(2026, 12, 2)
TARGETS = {"import_s": 20.0, "kpi_s": 1.0}
CATEGORIES = ("商品质量", "送货延误", "安装服务", "服务态度", "价格争议")
SUPPLIERS = tuple(f"供应商{i:02d}" for i in range(40))
OUTLETS = tuple(f"门店{i:02d}" for i in range(12))


def write_csv(path: Path, n: int) -> None:
    rng = random.Random(1)
    start = datetime(2025, 12, 1, 8, 0)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("id,kind,received_at,acknowledged_at,resolved_at,category,product,supplier,channel,outlet,"
                 "satisfied,note\n")
        for i in range(n):
            received = start + timedelta(minutes=i * 5 + rng.randrange(5))
            ack = received + timedelta(minutes=rng.randrange(10, 360))
            resolved = "" if rng.random() < 0.03 else \
                (ack + timedelta(hours=rng.randrange(1, 72))).strftime("%Y-%m-%d %H:%M")
            fh.write(f"T{i:07d},complaint,{received:%Y-%m-%d %H:%M},{ack:%Y-%m-%d %H:%M},{resolved},"
                     f"{rng.choice(CATEGORIES)},空调,{rng.choice(SUPPLIERS)},热线,{rng.choice(OUTLETS)},"
                     f"{rng.choice(('是', '否', ''))},\n")


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()

    import pandas as pd

    from assessment import usecases
    from assessment.exchange import read_assessment
    from assessment.records.mapping import ColumnMapping
    from assessment.records.reading import read_table
    from assessment.records.validation import validate
    from assessment.records_usecases import import_records, record_kpi
    from assessment.store import Store

    print(f"load average {os.getloadavg()[0]:.2f}; {args.records:,} complaint records")
    with tempfile.TemporaryDirectory() as folder:
        csv = Path(folder) / "records.csv"
        write_csv(csv, args.records)
        print(f"file: {csv.stat().st_size / 1024 / 1024:.1f} MB")
        bare_s, _ = timed(lambda: pd.read_csv(csv, dtype=str, keep_default_na=False))
        check_s, frame = timed(lambda: validate(read_table(csv), ColumnMapping()))
        print(f"read and check every row: {check_s:.2f} s; bare pandas.read_csv: {bare_s:.2f} s "
              f"({check_s / bare_s:.1f}x)")
        store = Store(f"sqlite:///{Path(folder) / 'bench.db'}")
        eid = usecases.import_assessment(store, read_assessment(ROOT / "examples" / "02-compliant.json")).enterprise_id
        import_s, done = timed(lambda: import_records(store, eid, read_table(csv)))
        print(f"import into SQLite: {import_s:.2f} s ({import_s / TARGETS['import_s']:.2f}x of the "
              f"{TARGETS['import_s']:.0f} s target; {import_s / bare_s:.1f}x a bare read_csv); {done.counts}")
        again_s, done = timed(lambda: import_records(store, eid, read_table(csv)))
        print(f"re-import, all unchanged: {again_s:.2f} s; {done.counts}")
        runs = []
        for _ in range(3):
            kpi_s, result = timed(lambda: record_kpi(store, eid, today=TODAY))
            runs.append(kpi_s)
        best = min(runs)
        print(f"kpi over {result['count']:,} records: best {best:.2f} s of 3 ({best / TARGETS['kpi_s']:.2f}x of the "
              f"{TARGETS['kpi_s']:.0f} s target), {len(result['by_month'])} months, "
              f"{len(result['by_supplier'])} suppliers")
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
