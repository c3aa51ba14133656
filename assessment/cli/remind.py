"""`remind [--today DATE] [--dry-run] [--json]`: e-mail what is due (reminders.py says what and to whom).

SMTP_URL and MAIL_FROM are read (and checked) before the database is opened; `--dry-run` needs neither, and
sends and logs nothing. Exit status: 0 when every message went (or there was none, or another run held the
lease), 1 when one or more could not be sent (reported, not marked sent: the next run tries again), 2 for bad
input or settings.

A run that sends holds the database's reminder lease (reminder_run.send_due), so runs started together on several
hosts send each message once. A run that finds the lease held reads, sends and logs nothing, says which run holds
it, and exits 0: that run does the work. `--dry-run` takes no lease.
"""

from __future__ import annotations

import os
import secrets
import socket
import sys
from datetime import datetime, timezone

from ..reminder_words import word
from .common import EXIT_FAILED, EXIT_OK, CliError, lang, open_store, out, print_json, today


def _settings():
    """The transport's settings and the sender, from the environment; CliError naming the variable."""
    from ..mail_transport import BadSmtpUrl, settings_from_env
    from ..reminder_mail import BadAddress, address

    try:
        settings = settings_from_env(os.environ)
    except BadSmtpUrl as exc:
        raise CliError(str(exc)) from None
    raw = os.environ.get("MAIL_FROM", "")
    if not raw.strip():
        raise CliError("MAIL_FROM is not set: give the sender's address, e.g. MAIL_FROM='GB/T 27922 <noreply@example.com>'")
    try:
        sender = address(raw, "MAIL_FROM")
    except BadAddress as exc:
        raise CliError(str(exc)) from None
    return settings, sender


def _holder() -> str:
    """This run as a lease holder: the host and process (named to a run that finds the lease held), and a random
    token."""
    from ..store.leases import holder_name

    return holder_name(socket.gethostname(), os.getpid(), secrets.token_hex(8))


def cmd_remind(args) -> int:
    from ..reminder_run import day_plan, lease_length, preview, send_due
    from ..store.leases import LeaseHeld

    day = today(args)
    now = datetime.now(timezone.utc)  # the edge of the system: the message's Date header
    settings = sender = None
    if not args.dry_run:
        settings, sender = _settings()
    with open_store(args) as store:
        if args.dry_run:
            planned = day_plan(store, day)
            outcomes = preview(planned)
        else:
            from ..mail_transport import SmtpSender

            try:
                with SmtpSender(settings) as transport:  # it connects at the first message
                    planned, outcomes = send_due(store, day, sender, transport, now, _holder(),
                                                 lease_length(settings.timeout))
            except LeaseHeld as held:
                return _busy(held.lease, day, args)
    for problem in planned.problems:
        print(f"warning: {problem}", file=sys.stderr)
    counts = {s: sum(o.status == s for o in outcomes) for s in ("sent", "failed", "skipped", "dry_run")}
    for o in outcomes:
        if o.status == "failed":
            print(f"error: {o.planned.recipient.email}: {o.error}", file=sys.stderr)
    if args.json:
        print_json({
            "today": day, "dry_run": bool(args.dry_run),
            "messages": [_message(o) for o in outcomes],
            "sent": counts["sent"], "failed": counts["failed"], "skipped": counts["skipped"],
            "problems": list(planned.problems), "busy": None,
        })
    else:
        _report(outcomes, day, counts, lang(args))
    return EXIT_FAILED if counts["failed"] else EXIT_OK


def _message(o) -> dict:
    p = o.planned
    return {"recipient": p.recipient.email, "language": p.recipient.language,
            "enterprise_ids": list(p.enterprise_ids), "items": [i.to_dict() for i in p.items],
            "status": o.status, "subject": o.subject or None, "message_id": o.message_id or None,
            "error": o.error or None}


def _report(outcomes, day, counts, lg: str) -> None:
    from .. import reminder_words

    if not outcomes:
        out(word("run.nothing", lg, day=day.isoformat()))
        return
    for o in outcomes:
        p = o.planned
        out(f"{word(f'run.{o.status}', lg)}: {p.recipient.email} ({p.recipient.language}), "
            f"{word('run.items', lg, n=len(p.items))}")
        for item in p.items:
            out(f"  - {' '.join(item.enterprise_name.split())}: {reminder_words.line(item, lg)}")
    out()
    out(word("run.summary", lg, day=day.isoformat(), sent=counts["sent"], failed=counts["failed"],
             skipped=counts["skipped"]))
    if counts["failed"]:
        out(word("run.retry", lg))


def _busy(lease, day, args) -> int:
    """Another run holds the lease: say which and since when; nothing was read, sent or logged."""
    since = lease.taken_at.isoformat(timespec="seconds") + "Z"
    if args.json:
        print_json({
            "today": day, "dry_run": False, "messages": [], "sent": 0, "failed": 0, "skipped": 0, "problems": [],
            "busy": {"since": since, "expires": lease.expires_at.isoformat(timespec="seconds") + "Z",
                     "host": lease.host, "pid": lease.pid},
        })
    else:
        out(word("run.busy", lang(args), day=day.isoformat(), since=f"{lease.taken_at:%Y-%m-%d %H:%M:%S} UTC",
                 host=lease.host, pid=lease.pid if lease.pid is not None else "?"))
    return EXIT_OK
