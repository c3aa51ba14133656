"""Benchmarks of the generated service manual; prints figures, asserts nothing.

    .venv/bin/python bench/bench_manual.py [--runs 5]

Figures, for the five-star example's enterprise with the default service profile, in a warm process (the median
of several runs), per language, with the issue's targets on a 2-core machine:
  * building the manual data (pure Python);
  * the Word document (build + python-docx); target under 2 s;
  * the PDF (build + HTML + WeasyPrint); target under 3 s;
  * the number of PDF pages and the sizes of both files.
CPU-bound figures depend on what else runs on the machine: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "examples" / "05-five-star.json"
TODAY = date(2026, 12, 2)
TARGETS = {"docx": 2.0, "pdf": 3.0}


def timed(fn, runs: int) -> tuple[float, object]:
    times, value = [], None
    for _ in range(runs):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from pypdf import PdfReader

    from assessment.exchange import read_assessment
    from assessment.profile import default_profile
    from criteria import default_catalog
    from reports.manual.build import build_manual
    from reports.manual.docx import render_docx
    from reports.manual.pdf import render_manual_pdf

    assessment = read_assessment(EXAMPLE)
    profile = assessment.service_profile or default_profile(assessment.enterprise.kind)
    catalog = default_catalog()
    print(f"load average {os.getloadavg()[0]:.2f}; {args.runs} runs each, median")
    render_manual_pdf(build_manual(profile, assessment.enterprise, catalog, "zh", TODAY))  # warm fonts and templates
    for lang in ("zh", "en", "es"):
        def build():
            return build_manual(profile, assessment.enterprise, catalog, lang, TODAY)

        build_s, manual = timed(build, args.runs)
        docx_s, docx = timed(lambda: render_docx(build()), args.runs)
        pdf_s, pdf = timed(lambda: render_manual_pdf(build()), args.runs)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(f"{lang}: build {build_s * 1000:.1f} ms; "
              f"docx {docx_s:.2f} s ({docx_s / TARGETS['docx']:.2f}x of the {TARGETS['docx']:.0f} s target, "
              f"{len(docx) / 1024:.0f} KB); "
              f"pdf {pdf_s:.2f} s ({pdf_s / TARGETS['pdf']:.2f}x of the {TARGETS['pdf']:.0f} s target, "
              f"{pages} pages, {len(pdf) / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
