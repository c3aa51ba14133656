"""`run_report(args) -> int`: the `report` verb of `python -m assessment`, called lazily by assessment/cli.py.

    python -m assessment report FILE_OR_ID -o OUT.pdf [--lang zh|en|es] [--html OUT.html] [--today DATE]
    python -m assessment report --all --out-dir DIR [--jobs N]

FILE_OR_ID is an exchange file (scored with --catalog, else the built-in catalog) or the id of a stored
assessment (scored with the catalog it was answered against; the enterprise's previous round goes into the
comparison section). `--all` renders the latest assessment of every enterprise in parallel processes
(WeasyPrint is faster in processes than in threads) with a progress bar on stderr.

Nothing here imports WeasyPrint at module level: the command line stays quick to start.
"""

from __future__ import annotations

import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # the real imports happen inside the functions: the command line stays quick to start
    from assessment.models import Assessment
    from criteria import Catalog, CycleRules

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class BadInput(Exception):
    """Input the report cannot use; the message is shown to the user as is."""


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


def run_report(args) -> int:
    try:
        if getattr(args, "all", False):
            return _run_all(args)
        job = _single_job(args)
    except BadInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        render_job(job)
    except OSError as exc:
        print(f"error: report: cannot write {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


# ---------------------------------------------------------------------------------------------------------------
# Loading


def _today(args) -> date:
    return getattr(args, "today", None) or date.today()


def _lang(args) -> str:
    lang = getattr(args, "lang", None) or "zh"
    if lang not in ("zh", "en", "es"):
        raise BadInput(f"report: unsupported language {lang!r}; choose zh, en or es")
    return lang


def _catalog_file(args):
    path = getattr(args, "catalog", None)
    if not path:
        return None
    from criteria import CatalogError, load_catalog

    try:
        return load_catalog(path)
    except CatalogError as exc:
        raise BadInput(str(exc)) from None


def _check(catalog, assessment, source: str) -> None:
    from assessment.scoring import check_responses

    problems = check_responses(catalog, assessment)
    if problems:
        raise BadInput(f"{source}: the answers do not fit catalog {catalog.id} {catalog.version}:\n"
                       + "\n".join(f"  - {p}" for p in problems))


def _read_file(path: Path):
    try:
        from assessment.exchange import ExchangeError, read_assessment
    except ImportError:  # the exchange module is optional for the report: fall back to the model itself
        from pydantic import ValidationError

        from assessment.models import Assessment

        try:
            return Assessment.model_validate_json(path.read_bytes())
        except (OSError, ValidationError, ValueError) as exc:
            raise BadInput(f"{path}: not a valid assessment file: {exc}") from None
    try:
        return read_assessment(path)
    except ExchangeError as exc:
        raise BadInput(str(exc)) from None


def _open_store(args, migrate: bool = True):
    from sqlalchemy.exc import SQLAlchemyError

    from assessment.store import Store

    try:
        return Store(getattr(args, "db", None) or None, migrate=migrate)
    except (SQLAlchemyError, OSError, ValueError) as exc:  # the user needs the first line only
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise BadInput(f"report: cannot open the database: {first}") from None


def _single_job(args) -> Job:
    source = getattr(args, "source", None) or getattr(args, "target", None)
    pdf_path = getattr(args, "output", None)
    html_path = getattr(args, "html", None)
    if not source:
        raise BadInput("report: FILE_OR_ID is required (or --all --out-dir DIR)")
    if not (pdf_path or html_path):
        raise BadInput("report: -o OUT.pdf (or --html OUT.html) is required")
    for out in (pdf_path, html_path):
        if out and not Path(out).resolve().parent.is_dir():
            raise BadInput(f"report: the folder of {out} does not exist")
    lang = _lang(args)
    today = _today(args)
    path = Path(source)
    if path.is_file():
        assessment = _read_file(path)
        catalog = _catalog_file(args)
        if catalog is None:
            from criteria import default_catalog

            catalog = default_catalog()
            if assessment.catalog.id != catalog.id:
                raise BadInput(
                    f"{source}: answered against catalog {assessment.catalog.id!r}, not the built-in "
                    f"{catalog.id!r}; pass --catalog PATH"
                )
        _check(catalog, assessment, source)
        return Job(str(path), catalog, assessment, None, None, today, lang, pdf_path, html_path)
    if path.exists():
        raise BadInput(f"{source}: not a file")
    if not re.fullmatch(r"[0-9]+", source) or int(source) < 1:
        raise BadInput(f"{source}: no such file, and not the id of a stored assessment (a positive whole number)")
    store = _open_store(args)
    try:
        job = _stored_job(store, int(source), args, lang, today, pdf_path, html_path)
    finally:
        store.close()
    return job


def _stored_job(store, assessment_id: int, args, lang, today, pdf_path, html_path) -> Job:
    from assessment import usecases
    from assessment.store import NotFound

    try:
        assessment = usecases.export_assessment(store, assessment_id)  # with the certificate current at its date
        previous = store.previous_assessment(assessment_id)
    except NotFound:
        raise BadInput(f"report: no stored assessment with id {assessment_id}") from None
    catalog = _catalog_file(args) or _stored_catalog(store, assessment, f"assessment {assessment_id}")
    _check(catalog, assessment, f"assessment {assessment_id}")
    prev_assessment = prev_catalog = None
    if previous is not None:
        try:
            prev_catalog = _stored_catalog(store, previous.assessment, f"assessment {previous.id}")
            _check(prev_catalog, previous.assessment, f"assessment {previous.id}")
            prev_assessment = previous.assessment
        except BadInput as exc:  # an unusable earlier round drops the comparison, not the report
            print(f"warning: no round comparison: {exc}", file=sys.stderr)
            prev_catalog = None
    label = f"{assessment_id} {assessment.enterprise.name}"
    rules = usecases.certificate_catalog(store, assessment_id, catalog).cycle
    return Job(label, catalog, assessment, prev_assessment, prev_catalog, today, lang, pdf_path, html_path, rules)


def _stored_catalog(store, assessment, source: str):
    try:
        return store.catalog(assessment.catalog.id, assessment.catalog.version)
    except LookupError:
        raise BadInput(
            f"{source}: catalog {assessment.catalog.id} {assessment.catalog.version} is not known to this database"
        ) from None


# ---------------------------------------------------------------------------------------------------------------
# Rendering


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


def _safe_name(text: str, limit: int = 60) -> str:
    name = re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("._") or "report"
    return name[:limit]


def _all_jobs(args, lang: str, today: date, out_dir: Path) -> list[Job]:
    store = _open_store(args)
    jobs = []
    try:
        for ent in store.list_enterprises():
            latest = store.latest_assessment(ent.id)
            if latest is None:
                continue
            pdf = out_dir / f"{_safe_name(ent.name)}-{latest.id}.pdf"
            try:
                jobs.append(_stored_job(store, latest.id, args, lang, today, str(pdf), None))
            except BadInput as exc:
                print(f"warning: skipped {ent.name}: {exc}", file=sys.stderr)
    finally:
        store.close()
    return jobs


def _run_all(args) -> int:
    out_dir = getattr(args, "out_dir", None)
    if not out_dir:
        raise BadInput("report --all: --out-dir DIR is required")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadInput(f"report --all: cannot create {out_dir}: {exc.strerror or exc}") from None
    lang = _lang(args)
    jobs = _all_jobs(args, lang, _today(args), out)
    if not jobs:
        print("no stored assessments to report on", file=sys.stderr)
        return EXIT_OK
    workers = getattr(args, "jobs", None) or os.cpu_count() or 1
    failures = render_batch(jobs, workers)
    for label, message in failures:
        print(f"error: {label}: {message}", file=sys.stderr)
    print(f"{len(jobs) - len(failures)} report(s) written to {out}", file=sys.stderr)
    return EXIT_FAILED if failures else EXIT_OK


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
