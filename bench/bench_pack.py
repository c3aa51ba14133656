"""Benchmark of the stage-1 pack: writing it and importing it into a fresh database; prints figures, asserts nothing.

    .venv/bin/python bench/bench_pack.py [--sizes 50,200] [--mb 1]

For each size, an assessment (the five-star example) with that many evidence files of 1 MB each (a PNG signature
and random bytes: the type check takes them, and they do not compress) is built in a SQLite database; then, each
in a fresh process:
  * `pack`: the time to write the pack, and the peak memory (resource.getrusage maxrss of the process, and the
    tracemalloc peak of Python's own allocations in a second run);
  * `import`: the same for importing the pack into a fresh database (every hash verified, one unit of work).
Streaming shows as peaks that stay flat from 50 to 200 files: memory holds one file at a time, never the pack.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "examples" / "05-five-star.json"
PNG = b"\x89PNG\r\n\x1a\n"


def build(url: str, files: int, mb: int) -> int:
    """A stored assessment with `files` evidence files of `mb` MB, spread over the catalog's items."""
    from assessment import usecases
    from assessment.exchange import read_assessment
    from assessment.store import Store

    store = Store(url)
    try:
        aid = usecases.import_assessment(store, read_assessment(EXAMPLE)).id
        catalog = store.catalog(*_ref(store, aid))
        items = [item.id for _, _, item in catalog.iter_items()]
        for n in range(files):
            data = PNG + os.urandom(mb * 1024 * 1024 - len(PNG))
            store.add_evidence(aid, items[n % len(items)], data, f"照片 {n:03d}.png")
        return aid
    finally:
        store.close()


def _ref(store, aid):
    a = store.get_assessment(aid).assessment
    return a.catalog.id, a.catalog.version


def worker(task: str, url: str, target: str, ident: int, trace: bool) -> dict:
    """One measured step in this (fresh) process: `pack` or `import`."""
    if trace:
        import tracemalloc

        tracemalloc.start()
    from assessment.cli import main

    start = time.perf_counter()
    if task == "pack":
        code = main(["--db", url, "pack", str(ident), "-o", target])
    else:
        code = main(["--db", url, "import", target])
    seconds = time.perf_counter() - start
    out = {"code": code, "seconds": seconds, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if trace:
        out["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1048576
    return out


def measure(task: str, url: str, target: str, ident: int, trace: bool) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--worker", task, url, target, str(ident),
                           "--trace" if trace else "--no-trace"], capture_output=True, text=True)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{task} failed: {proc.stderr[-2000:]}")
    return json.loads(lines[-1])


def baseline() -> float:
    """maxrss of a fresh process that imports the command line and the pack writer and does nothing else."""
    code = ("import resource, sys; sys.path.insert(0, %r); import assessment.cli, reports.pack, assessment.store; "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)" % str(ROOT))
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="50,200")
    parser.add_argument("--mb", type=int, default=1)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"stage-1 pack, files of {args.mb} MB (random PNG bytes); load average {os.getloadavg()[0]:.2f}")
    print(f"a fresh process with the modules loaded: {baseline():.0f} MB maxrss")
    print(f"{'files':>6} {'step':>7} {'time s':>8} {'MB/s':>7} {'maxrss MB':>10} {'traced peak MB':>15} {'pack MB':>8}")
    with tempfile.TemporaryDirectory(prefix="bench-pack-") as tmp:
        for n in sizes:
            src = f"sqlite:///{Path(tmp) / f'src{n}.db'}"
            aid = build(src, n, args.mb)
            pack = str(Path(tmp) / f"pack{n}.zip")
            for task, url in (("pack", src), ("import", None)):
                runs = []
                for trace in (False, True):
                    if task == "import":
                        url = f"sqlite:///{Path(tmp) / f'dst{n}-{int(trace)}.db'}"
                    runs.append(measure(task, url, pack, aid, trace))
                timed, traced = runs
                size = Path(pack).stat().st_size / 1048576
                print(f"{n:>6} {task:>7} {timed['seconds']:>8.2f} {n * args.mb / timed['seconds']:>7.0f} "
                      f"{timed['maxrss_mb']:>10.0f} {traced['traced_peak_mb']:>15.1f} {size:>8.0f}")
            for f in Path(tmp).glob("dst*.db"):
                f.unlink()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        _, _, task, url, target, ident, trace = sys.argv
        print(json.dumps(worker(task, url, target, int(ident), trace == "--trace")))
    else:
        main()
