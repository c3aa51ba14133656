"""Rendering report jobs: one in this process, or many in worker processes with a progress bar on stderr.

WeasyPrint is faster in processes than in threads. Nothing here imports WeasyPrint at module level: the
command line that uses it stays quick to start.
"""

from __future__ import annotations

import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import date, timezone, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # the real imports happen inside the functions
    from assessment.models import Assessment
    from criteria import Catalog, CycleRules


@dataclass(frozen=True)
class Job:
    """One report to render: everything a worker process needs, no database handle."""

    label: str
    catalog: Catalog
    assessment: Assessment
    previous: Optional[Assessment]
    previous_catalog: Optional[Catalog]
    today: date
    lang: str
    pdf_path: Optional[str]
    html_path: Optional[str] = None
    certificate_rules: Optional[CycleRules] = None  # of the catalog governing a stored certificate
    evidence_files: Optional[dict] = None  # item -> files, for a stored assessment (claims without proof)
    history: Optional[tuple] = None  # the audit entries of a stored assessment (who answered each section)
    zone: Optional[tzinfo] = None  # the time zone the report states their times in (UTC when not given)


def render_job(job: Job) -> str:
    """Build, render and write one report; returns the job's label. Runs in the main or a worker process."""
    from .build import build_report
    from .render import render_html, write_pdf

    data = build_report(
        job.catalog,
        job.assessment,
        previous=job.previous,
        previous_catalog=job.previous_catalog,
        today=job.today,
        lang=job.lang,
        certificate_rules=job.certificate_rules,
        evidence_files=job.evidence_files,
        history=job.history,
        zone=job.zone or timezone.utc,
    )
    html = render_html(data)
    if job.html_path:
        _write(job.html_path, html.encode("utf-8"))
    if job.pdf_path:
        _write(job.pdf_path, write_pdf(html))
    return job.label


def _write(path: str, data: bytes) -> None:
    """Write an output file atomically (a reader, or a full disk, never leaves half a file); an OSError names it."""
    from assessment.exchange import write_atomically

    try:
        write_atomically(Path(path), data)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror or str(exc), path) from exc


def safe_name(text: str, limit: int = 60) -> str:
    """`text` as a file name: letters, digits, dot and dash; the rest becomes `_`."""
    name = re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("._") or "report"
    return name[:limit]


def _warm_worker() -> None:
    """Pool initializer: import WeasyPrint once per worker, before the first job arrives."""
    import weasyprint  # noqa: F401


def render_batch(jobs: list[Job], workers: int, progress=None) -> list[tuple[str, str]]:
    """Render the jobs in `workers` processes; returns (label, message) for each failure."""
    progress = progress or ProgressBar(len(jobs))
    failures: list[tuple[str, str]] = []
    workers = max(1, min(workers, len(jobs)))
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker) as pool:
        futures = {pool.submit(render_job, job): job for job in jobs}
        for future in as_completed(futures):
            job = futures[future]
            try:
                future.result()
            except Exception as exc:  # one broken report must not stop the batch; it is named at the end
                failures.append((job.label, f"{type(exc).__name__}: {exc}"))
            progress.advance(job.label)
    progress.close()
    return failures


class ProgressBar:
    """`[#######-------------]  7/20  name` on stderr, redrawn in place on a terminal, one line each otherwise."""

    def __init__(self, total: int, stream=None, width: int = 28):
        self.total = total
        self.done = 0
        self.stream = stream or sys.stderr
        self.width = width
        self.started = time.monotonic()
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def advance(self, label: str = "") -> None:
        self.done += 1
        filled = int(self.width * self.done / self.total) if self.total else self.width
        bar = "#" * filled + "-" * (self.width - filled)
        line = f"[{bar}] {self.done}/{self.total} {time.monotonic() - self.started:5.1f}s {label[:40]}"
        if self.tty:
            self.stream.write("\r\x1b[2K" + line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
