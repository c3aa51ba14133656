"""`run_report(args) -> int`: the `report` verb once its arguments are checked (see report.py).

    python -m assessment report FILE_OR_ID -o OUT.pdf [--lang zh|en|es] [--html OUT.html] [--today DATE]
    python -m assessment report --all --out-dir DIR [--jobs N]

FILE_OR_ID is resolved like every other verb's (resolve.load): a stored assessment also brings the enterprise's
previous round into the comparison section. `--all` renders the latest assessment of every enterprise in
parallel processes with a progress bar on stderr.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

from criteria import CatalogError

from ..exchange import ExchangeError
from .common import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, CliError, fail, lang, open_store, today, warn
from .resolve import Loaded, load, load_stored

BAD_INPUT = (CliError, ExchangeError, CatalogError)


def run_report(args) -> int:
    from reports.batch import render_job

    try:
        if getattr(args, "all", False):
            return _run_all(args)
        job = _single_job(args)
    except BAD_INPUT as exc:
        fail(str(exc))
        return EXIT_BAD_INPUT
    try:
        render_job(job)
    except OSError as exc:
        fail(f"report: cannot write {exc.filename or ''}: {exc.strerror or exc}")
        return EXIT_BAD_INPUT
    return EXIT_OK


def _job(loaded: Loaded, label: str, args, pdf_path, html_path, files=None, history=None):
    from reports.batch import Job

    rules = loaded.certificate_catalog.cycle if loaded.certificate_catalog else None
    return Job(label, loaded.catalog, loaded.assessment, loaded.previous, loaded.previous_catalog, today(args),
               lang(args), pdf_path, html_path, rules, files, history, _local_zone())


def _local_zone():
    """The time zone of this computer: the report states the audit trail's times in it."""
    return datetime.now().astimezone().tzinfo


def _history(store, assessment_id: int) -> tuple:
    """The answers' audit entries of a stored round: who answered each section and who changed it last."""
    return tuple(store.audit_trail(assessment_id=assessment_id, target="item"))


def _single_job(args):
    source, pdf_path, html_path = args.source, getattr(args, "output", None), getattr(args, "html", None)
    if not source:
        raise CliError("report: FILE_OR_ID is required (or --all --out-dir DIR)")
    if not (pdf_path or html_path):
        raise CliError("report: -o OUT.pdf (or --html OUT.html) is required")
    for path in (pdf_path, html_path):
        if path and not Path(path).resolve().parent.is_dir():
            raise CliError(f"report: the folder of {path} does not exist")
    loaded = load(args, source, with_previous=True)
    if loaded.stored_id is None:
        return _job(loaded, source, args, pdf_path, html_path)
    with open_store(args) as store:  # a stored round lists its claims without proof, and who answered it
        files = store.evidence_counts(loaded.stored_id)
        history = _history(store, loaded.stored_id)
    return _job(loaded, f"{loaded.stored_id} {loaded.assessment.enterprise.name}", args, pdf_path, html_path, files,
                history)


def _all_jobs(args, out_dir: Path) -> list:
    from reports.batch import safe_name

    jobs = []
    with open_store(args) as store:
        for ent in store.list_enterprises():
            latest = store.latest_assessment(ent.id)
            if latest is None:
                continue
            pdf = out_dir / f"{safe_name(ent.name)}-{latest.id}.pdf"
            try:
                loaded = load_stored(store, latest.id, getattr(args, "catalog", None), with_previous=True)
            except BAD_INPUT as exc:
                warn(f"skipped {ent.name}: {exc}")
                continue
            jobs.append(_job(loaded, f"{latest.id} {ent.name}", args, str(pdf), None,
                             store.evidence_counts(latest.id), _history(store, latest.id)))
    return jobs


def _run_all(args) -> int:
    from reports.batch import render_batch

    out_dir = getattr(args, "out_dir", None)
    if not out_dir:
        raise CliError("report --all: --out-dir DIR is required")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"report --all: cannot create {out_dir}: {exc.strerror or exc}") from None
    jobs = _all_jobs(args, out)
    if not jobs:
        print("no stored assessments to report on", file=sys.stderr)
        return EXIT_OK
    workers = getattr(args, "jobs", None) or os.cpu_count() or 1
    failures = render_batch(jobs, workers)
    for label, message in failures:
        fail(f"{label}: {message}")
    print(f"{len(jobs) - len(failures)} report(s) written to {out}", file=sys.stderr)
    return EXIT_FAILED if failures else EXIT_OK
