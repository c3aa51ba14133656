"""`records monthly`: the monthly complaint analysis and summary form for management (.xlsx, and PDF).

    python -m assessment records monthly ENTERPRISE_ID --month YYYY-MM -o ANALYSIS.xlsx [--pdf ANALYSIS.pdf]
        [--today DATE] [--lang zh|en|es]

The enterprise's complaint records are judged by its own profile's limits (`records_usecases.profile_of`); the
analysis is built once and rendered twice, each file written atomically, so a failed run leaves any earlier file
intact. A month without complaints still gives a valid form that says so.
"""

from __future__ import annotations

import sys

from .common import EXIT_BAD_INPUT, EXIT_OK, CliError, check_outputs, lang, open_store, today, write_output


def cmd_records_monthly(args) -> int:
    """`args` carries: enterprise_id, month (its first day), output (.xlsx), pdf, today, lang, db."""
    check_outputs("records monthly", [p for p in (args.output, args.pdf) if p])
    from reports.monthly.build import KIND, build_monthly
    from reports.monthly.xlsx import render_monthly_xlsx

    from ..records_usecases import profile_of
    from ..store import NotFound

    with open_store(args) as store:
        try:
            enterprise = store.get_enterprise(args.enterprise_id).enterprise
            profile = profile_of(store, args.enterprise_id)
            frame = store.service_records(args.enterprise_id, KIND)
        except NotFound:
            raise CliError(f"no stored enterprise with id {args.enterprise_id}") from None
    analysis = build_monthly(frame, profile, enterprise.name, args.month, today(args), lang(args))
    written = [write_output("records monthly", args.output, render_monthly_xlsx(analysis))]
    if args.pdf:
        try:
            from reports.monthly.pdf import render_monthly_pdf
        except (ImportError, OSError) as exc:  # OSError: WeasyPrint without its system libraries
            raise CliError(f"records monthly: the PDF renderer is not available ({exc})") from None
        written.append(write_output("records monthly", args.pdf, render_monthly_pdf(analysis)))
    if None in written:
        return EXIT_BAD_INPUT
    for path in written:
        print(path, file=sys.stderr)
    if analysis.empty:
        print(f"records monthly: no complaints received in {args.month:%Y-%m}", file=sys.stderr)
    return EXIT_OK
