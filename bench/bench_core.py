"""Benchmarks of the domain core; prints figures, asserts nothing.

    .venv/bin/python bench/bench_core.py

Target (issue section 6): one score() of a full assessment under 1 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCORE_TARGET_S = 1e-3
EXAMPLE = ROOT / "examples" / "05-five-star.json"


def _fmt_time(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.2f} s"


def bench_score(repeats: int = 2000, batch: int = 10_000) -> dict:
    """Median time of one score() of the five-star example, and the time of `batch` scores in a row."""
    from assessment.exchange import read_assessment
    from assessment.scoring import score
    from criteria import default_catalog

    catalog = default_catalog()
    assessment = read_assessment(EXAMPLE)
    for _ in range(50):  # warm up
        score(catalog, assessment)

    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        score(catalog, assessment)
        samples.append(time.perf_counter() - t0)
    one = statistics.median(samples)
    p95 = statistics.quantiles(samples, n=20)[-1]

    t0 = time.perf_counter()
    for _ in range(batch):
        score(catalog, assessment)
    many = time.perf_counter() - t0

    items = sum(1 for _ in catalog.iter_items())
    print(f"score(): {EXAMPLE.name}, {items} items, catalog {catalog.id} {catalog.version}")
    print(f"  one score      median {_fmt_time(one)}  (p95 {_fmt_time(p95)}, {repeats} runs)")
    print(f"  {batch:,} scores  {_fmt_time(many)}  ({_fmt_time(many / batch)} each)")
    print(f"  target 1 ms: median is {one / SCORE_TARGET_S:.2f}x the target "
          f"({'met' if one < SCORE_TARGET_S else 'NOT met'})")
    return {"one_s": one, "p95_s": p95, "batch": batch, "batch_s": many, "ratio_to_target": one / SCORE_TARGET_S}


def main() -> int:
    print(f"Python {sys.version.split()[0]} on {sys.platform}")
    bench_score()
    # The store / portfolio benchmarks are added below this line.
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
