"""`report`: check the arguments, then hand over to `report_run.run_report(args)` (imported only here, so the
report's dependencies load only for this verb)."""

from __future__ import annotations

from .common import CliError, lang


def cmd_report(args) -> int:
    """`args` carries: source (FILE_OR_ID or None), output, html, all, out_dir, jobs, catalog, today, lang, db."""
    if args.all:
        if args.source:
            raise CliError("report: give either FILE_OR_ID or --all, not both")
        if not args.out_dir:
            raise CliError("report --all: --out-dir DIR is required")
    else:
        if not args.source:
            raise CliError("report: FILE_OR_ID is required (or --all --out-dir DIR)")
        if not (args.output or args.html):
            raise CliError("report: -o OUT.pdf (or --html OUT.html) is required")
    args.lang = lang(args)
    args.db = getattr(args, "db", None)
    try:
        from .report_run import run_report
    except (ImportError, OSError) as exc:  # OSError: WeasyPrint without its system libraries
        raise CliError(f"report: the report module is not available ({exc})") from None
    return int(run_report(args) or 0)
