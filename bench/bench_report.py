"""Benchmarks of the PDF report; prints figures, asserts nothing.

    .venv/bin/python bench/bench_report.py [--runs 5] [--batch 8] [--lang zh]

Figures printed, with the issue's targets on a 2-core machine:
  * the full report of the five-star example (build + HTML + PDF, in a warm process), median of several runs;
    target under 2 s. The example falls back to a built-in fixture when examples/ is missing;
  * peak memory of one report in a fresh process (resource.getrusage maxrss); target under 300 MB;
  * the whole `python -m assessment report` command against bare WeasyPrint (`python -m weasyprint`) rendering
    the same HTML, both as fresh processes; target under 1.25x;
  * the batch speed-up of two processes over one (render_batch, as `report --all` runs it); target over 1.6x;
  * the two ways of finding the CJK font: fontconfig family names (what the report uses) and @font-face rules
    pointing at the system's Noto CJK files through a fetcher that allows exactly those files;
  * long unbroken text: the built-in fixture with every free-text field an unbroken string (notes, actions,
    justification, special deductions and bonus of 2,000 and of 20,000 characters; enterprise, assessor, owners
    of 500) against the same fixture as it is, as a ratio of the times and of the times per page. The long reports
    have many times the pages (every character is printed), so the time per page is the figure that shows a
    line costs the same however long its text; target under 5x per page.
CPU-bound figures depend on what else runs on the machine: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

EXAMPLE = ROOT / "examples" / "05-five-star.json"
REPORT_DATE = date(2026, 11, 20)
LONG_TEXT_LENGTHS = (2_000, 20_000)
TARGETS = {"render_s": 2.0, "peak_mb": 300.0, "overhead": 1.25, "speedup": 1.6, "long_per_page": 5.0}
NOTO = {
    400: Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    700: Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
}


def load_case(lang: str):
    """(catalog, assessment, source file or None): the five-star example, else the built-in fixture."""
    from criteria import default_catalog

    catalog = default_catalog()
    if EXAMPLE.exists():
        from assessment.exchange import read_assessment

        return catalog, read_assessment(EXAMPLE), EXAMPLE
    sys.path.insert(0, str(ROOT / "tests" / "reports"))
    from report_fixtures import strong_assessment

    return catalog, strong_assessment(catalog), None


def _verdict(value: float, target: float, lower_is_better: bool = True) -> str:
    ok = value < target if lower_is_better else value > target
    return "ok" if ok else "MISSED"


def bench_render(catalog, assessment, lang: str, runs: int) -> dict[str, list[float]]:
    from reports import build_report, render_html, write_pdf

    def once() -> tuple[float, float, float, float, float]:
        c0 = time.process_time()
        t0 = time.perf_counter()
        data = build_report(catalog, assessment, today=REPORT_DATE, lang=lang)
        t1 = time.perf_counter()
        html = render_html(data)
        t2 = time.perf_counter()
        write_pdf(html)
        t3 = time.perf_counter()
        return t1 - t0, t2 - t1, t3 - t2, t3 - t0, time.process_time() - c0

    once()  # warm-up: imports, fontconfig, template compilation
    times: dict[str, list[float]] = {"build": [], "html": [], "pdf": [], "total": [], "cpu": []}
    for _ in range(runs):
        for key, value in zip(times, once()):
            times[key].append(value)
    return times


_PEAK_SCRIPT = """
import resource, sys
sys.path.insert(0, {root!r})
sys.path.insert(0, {fixtures!r})
from datetime import date
from criteria import default_catalog
from reports import build_report, render_html, write_pdf
catalog = default_catalog()
path = {example!r}
if path:
    from assessment.exchange import read_assessment
    assessment = read_assessment(path)
else:
    from report_fixtures import strong_assessment
    assessment = strong_assessment(catalog)
write_pdf(render_html(build_report(catalog, assessment, today=date(2026, 11, 20), lang={lang!r})))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def bench_peak_memory(source: Path | None, lang: str) -> float:
    code = _PEAK_SCRIPT.format(
        root=str(ROOT), fixtures=str(ROOT / "tests" / "reports"), example=str(source) if source else "", lang=lang
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return int(out.stdout.strip().splitlines()[-1]) / 1024  # Linux: kilobytes


def bench_command_vs_weasyprint(catalog, assessment, source: Path | None, lang: str, runs: int):
    """Wall time of the whole report command and of bare WeasyPrint on the same HTML, fresh processes."""
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        tmpdir = Path(tmp)
        if source is None:  # the command needs a file: write the fixture as an exchange file
            source = tmpdir / "fixture.json"
            source.write_text(assessment.model_dump_json(), encoding="utf-8")
        html_path = tmpdir / "report.html"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        report_cmd = [
            sys.executable, "-m", "assessment", "--lang", lang, "report", str(source), "-o", str(tmpdir / "a.pdf"),
            "--today", REPORT_DATE.isoformat(),
        ]
        subprocess.run(report_cmd + ["--html", str(html_path)], check=True, cwd=ROOT, env=env, capture_output=True)
        bare_cmd = [sys.executable, "-m", "weasyprint", "-q", str(html_path), str(tmpdir / "b.pdf")]
        ours, bare = [], []  # (wall, CPU) per run
        for _ in range(runs):  # interleaved, so both see the same machine load
            for cmd, into in ((report_cmd, ours), (bare_cmd, bare)):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                subprocess.run(cmd, check=True, cwd=ROOT, env=env, capture_output=True)
                wall = time.perf_counter() - t0
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                into.append((wall, cpu))
    return ours, bare


def bench_batch(catalog, assessment, lang: str, n: int, rounds: int = 2) -> dict[int, float]:
    from reports.batch import Job, render_batch

    class Silent:
        def advance(self, label=""):
            pass

        def close(self):
            pass

    out: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        for workers in (1, 2) * rounds:  # alternated, best of each: other load on the machine hurts both alike
            jobs = [
                Job(f"r{i}", catalog, assessment, None, None, REPORT_DATE, lang, str(Path(tmp) / f"{workers}-{i}.pdf"))
                for i in range(n)
            ]
            t0 = time.perf_counter()
            failures = render_batch(jobs, workers, progress=Silent())
            out[workers] = min(out.get(workers, float("inf")), time.perf_counter() - t0)
            if failures:
                raise SystemExit(f"batch failed: {failures}")
    return out


def bench_font_strategies(catalog, assessment, lang: str, runs: int) -> dict[str, list[float]]:
    """fontconfig family names (the report's way) against @font-face rules on the system font files."""
    from reports import build_report, render_html, write_pdf
    from reports.render import _allowed_fetch_path, asset_fetcher_class

    if not all(p.exists() for p in NOTO.values()):
        return {}
    html = render_html(build_report(catalog, assessment, today=REPORT_DATE, lang=lang))
    faces = "".join(
        f"@font-face {{ font-family: ReportCJK; font-weight: {w}; src: url({p.as_uri()}) }}\n" for w, p in NOTO.items()
    )
    with_faces = html.replace("<style>", "<style>\n" + faces, 1).replace(
        'font-family: "Noto Sans CJK SC", "Noto Sans CJK", "Noto Sans SC", "DejaVu Sans", sans-serif;',
        "font-family: ReportCJK, sans-serif;",
    )
    allowed = {p.resolve() for p in NOTO.values()}
    base = asset_fetcher_class()

    class FontFetcher(base):
        """The package's static files plus exactly the two Noto CJK files, nothing else."""

        def fetch(self, url, headers=None):
            from urllib.parse import unquote, urlsplit

            from weasyprint.urls import URLFetcherResponse

            parts = urlsplit(url)
            path = Path(unquote(parts.path)).resolve() if parts.scheme == "file" else None
            if path in allowed and _allowed_fetch_path(url) is None:
                return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": "font/collection"})
            return super().fetch(url, headers)

    results: dict[str, list[float]] = {"fontconfig family names": [], "@font-face on the .ttc files": []}
    write_pdf(html)
    write_pdf(with_faces, fetcher=FontFetcher())
    for _ in range(runs):
        for key, doc, fetcher in (
            ("fontconfig family names", html, None),
            ("@font-face on the .ttc files", with_faces, FontFetcher()),
        ):
            t0 = time.perf_counter()
            write_pdf(doc, fetcher=fetcher)
            results[key].append(time.perf_counter() - t0)
    return results


def bench_long_text(catalog, lang: str, runs: int, lengths=LONG_TEXT_LENGTHS) -> dict[str, tuple[list[float], int]]:
    """build + HTML + PDF of the fixture as it is ("plain") and with every free-text field a long unbroken string
    of each length: {case: (times, pages)}."""
    import io

    from pypdf import PdfReader

    from reports import build_report, render_html, write_pdf

    sys.path.insert(0, str(ROOT / "tests" / "reports"))
    from report_fixtures import long_text_assessment, strong_assessment

    cases = {"plain": strong_assessment(catalog)}
    cases.update({f"{n:,}": long_text_assessment(catalog, length=n) for n in lengths})
    out: dict[str, tuple[list[float], int]] = {name: ([], 0) for name in cases}
    write_pdf(render_html(build_report(catalog, cases["plain"], today=REPORT_DATE, lang=lang)))  # warm-up
    for _ in range(runs):  # interleaved, so all see the same machine load
        for name, assessment in cases.items():
            t0 = time.perf_counter()
            pdf = write_pdf(render_html(build_report(catalog, assessment, today=REPORT_DATE, lang=lang)))
            out[name][0].append(time.perf_counter() - t0)
            out[name] = (out[name][0], len(PdfReader(io.BytesIO(pdf)).pages))
    return out


def bench_all_but_long_text(catalog, assessment, source, args) -> None:
    times = bench_render(catalog, assessment, args.lang, args.runs)
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"full report (warm process):  median {med['total']:.2f} s, best {min(times['total']):.2f} s "
          f"[build {med['build'] * 1e3:.0f} ms, html {med['html'] * 1e3:.0f} ms, pdf {med['pdf']:.2f} s; "
          f"CPU time median {med['cpu']:.2f} s]"
          f"  target < {TARGETS['render_s']:.0f} s: {_verdict(med['total'], TARGETS['render_s'])}")

    peak = bench_peak_memory(source, args.lang)
    print(f"peak memory (fresh process): {peak:.0f} MB  target < {TARGETS['peak_mb']:.0f} MB: "
          f"{_verdict(peak, TARGETS['peak_mb'])}")

    ours, bare = bench_command_vs_weasyprint(catalog, assessment, source, args.lang, max(3, args.runs // 2 + 1))
    wall = [statistics.median(w for w, _ in runs) for runs in (ours, bare)]
    cpu = [statistics.median(c for _, c in runs) for runs in (ours, bare)]
    print(f"report command {wall[0]:.2f} s vs bare WeasyPrint {wall[1]:.2f} s (wall, medians, fresh processes): "
          f"{wall[0] / wall[1]:.2f}x; CPU time {cpu[0]:.2f} s vs {cpu[1]:.2f} s: {cpu[0] / cpu[1]:.2f}x  "
          f"target < {TARGETS['overhead']}x: {_verdict(wall[0] / wall[1], TARGETS['overhead'])} (wall), "
          f"{_verdict(cpu[0] / cpu[1], TARGETS['overhead'])} (CPU)")

    batch = bench_batch(catalog, assessment, args.lang, args.batch)
    speedup = batch[1] / batch[2]
    print(f"batch of {args.batch} (best of 2 rounds): 1 process {batch[1]:.1f} s, 2 processes {batch[2]:.1f} s: speed-up "
          f"{speedup:.2f}x  target > {TARGETS['speedup']}x: {_verdict(speedup, TARGETS['speedup'], False)}")

    if not args.skip_fonts:
        fonts = bench_font_strategies(catalog, assessment, args.lang, max(3, args.runs // 2 + 1))
        for name, values in fonts.items():
            print(f"fonts by {name}: median {statistics.median(values):.2f} s (write_pdf)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure (default 5)")
    parser.add_argument("--batch", type=int, default=8, help="reports in the batch figure (default 8)")
    parser.add_argument("--lang", default="zh", choices=("zh", "en", "es"))
    parser.add_argument("--skip-fonts", action="store_true", help="skip the font strategy comparison")
    parser.add_argument("--only-long-text", action="store_true", help="only the long unbroken text figure")
    args = parser.parse_args(argv)

    catalog, assessment, source = load_case(args.lang)
    print(f"report of {source.name if source else 'the built-in fixture'} in {args.lang}; "
          f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}")

    if not args.only_long_text:
        bench_all_but_long_text(catalog, assessment, source, args)
    long_text = bench_long_text(catalog, args.lang, max(1, args.runs // 2))
    plain, plain_pages = long_text.pop("plain")
    plain_s = statistics.median(plain)
    for name, (times, pages) in long_text.items():
        long_s = statistics.median(times)
        per_page = (long_s / pages) / (plain_s / plain_pages)
        print(f"long unbroken text, every field {name} characters: {long_s:.2f} s ({pages} pages) against the plain "
              f"report {plain_s:.2f} s ({plain_pages} pages) (build + HTML + PDF, medians): {long_s / plain_s:.2f}x, "
              f"{per_page:.2f}x per page  target < {TARGETS['long_per_page']:.0f}x per page: "
              f"{_verdict(per_page, TARGETS['long_per_page'])}")
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
