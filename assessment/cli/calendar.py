"""`calendar FILE_OR_ID`: surveillance, recertification and expiry dates of a certificate, and reminders.

A file's certificate is judged with `--catalog PATH`, else the built-in cycle rules (a file answered against
another catalog still gets a calendar). A stored assessment's certificate is judged with the catalog that
governs that certificate (see resolve.certificate_catalog), unless --catalog is given.
"""

from __future__ import annotations

from pathlib import Path

from criteria import load_catalog

from ..exchange import write_atomically
from ..vocabulary import label, level_label
from .common import EXIT_OK, CliError, lang, open_store, out, print_json, table, today
from .resolve import builtin_catalog, load, load_stored, stored_id


def _load(args):
    """The assessment FILE_OR_ID names and the catalog whose cycle rules govern its certificate."""
    path = args.catalog
    ident = stored_id(args.file)
    if ident is None or path:
        loaded = load(args, args.file, with_catalog=False)
        return loaded, load_catalog(path) if path else builtin_catalog()
    with open_store(args) as store:
        loaded = load_stored(store, ident, with_catalog=False)
    return loaded, loaded.certificate_catalog or builtin_catalog()


def cmd_calendar(args) -> int:
    from ..cycle import certificate_events, certificate_state, due_reminders, to_ics

    loaded, catalog = _load(args)
    assessment, source = loaded.assessment, loaded.source
    cert = assessment.certificate
    if cert is None:
        raise CliError(f"{source}: field 'certificate': the file has no certificate, so there is no calendar")
    rules = catalog.cycle
    day = today(args)
    events = certificate_events(cert, day, rules)
    state = certificate_state(cert, day, rules)
    reminders = due_reminders([cert], day, rules)
    lg = lang(args)
    if args.ics:
        titles = {kind: label(f"event.{kind}", lg) for kind in ("surveillance", "recertification_window", "expiry")}
        data = to_ics([(assessment.enterprise.name, cert, rules)], day, titles=titles)
        try:
            write_atomically(Path(args.ics), data)
        except OSError as exc:
            raise CliError(f"{args.ics}: cannot write: {exc.strerror or exc}") from None
    if args.json:
        print_json({
            "certificate": {"number": cert.number, "issued_on": cert.issued_on, "level": cert.level},
            "today": day,
            "state": state,
            "events": [e.to_dict() for e in events],
            "reminders": [r.to_dict() for r in reminders],
        })
        return EXIT_OK
    L = lambda key: label(key, lg)  # noqa: E731
    level = level_label(catalog, cert.level, lg)
    out(f"{assessment.enterprise.name} — {L('certificate')} {cert.number} ({level}), "
        f"{L('issued_on')} {cert.issued_on.isoformat()}")
    out(f"{L('state')} ({day.isoformat()}): {L(f'certificate.{state}')}")
    out()
    table(
        [L("due"), L("status"), L("event"), L("done_on")],
        [
            [e.due_on.isoformat(), L(f"status.{e.status}"), L(f"event.{e.kind}").format(n=e.sequence),
             e.done_on.isoformat() if e.done_on else ""]
            for e in events
        ],
    )
    out()
    out(f"{L('reminders')}:")
    if not reminders:
        out(f"  {L('none')}")
    for r in reminders:
        title = L(f"event.{r.event.kind}").format(n=r.event.sequence)
        when = L("status.overdue") if r.overdue else label("days_before", lg).format(n=r.lead_days)
        out(f"  {r.event.due_on.isoformat()}  {title} ({when})")
    if args.ics:
        out()
        out(f"-> {args.ics}")
    return EXIT_OK
