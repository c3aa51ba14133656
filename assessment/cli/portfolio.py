"""`portfolio`: every enterprise with its latest assessment, current certificate and next date due.

The figures are the app's portfolio page's: both come from Store.portfolio(today).
"""

from __future__ import annotations

from ..vocabulary import label
from .common import EXIT_OK, fmt, lang, open_store, out, print_json, table, today
from .records import level_name


def cmd_portfolio(args) -> int:
    day = today(args)
    lg = lang(args)
    with open_store(args) as store:
        rows = store.portfolio(day)
        if args.json:
            print_json([row.to_dict() for row in rows])
            return EXIT_OK
        lines = [_line(store, row, lg) for row in rows]
    if not lines:
        out(label("none", lg))
        return EXIT_OK
    L = lambda key: label(key, lg)  # noqa: E731
    headers = [L("enterprise"), L("credit_code"), L("assessed_on"), L("score.final"), L("level"), L("certificate"),
               L("state"), L("due"), L("event"), L("status"), L("overdue_actions")]
    out(f"{L('status')} ({day.isoformat()}):")
    table(headers, lines, right=(3, 10))
    return EXIT_OK


def _line(store, row, lg: str) -> list[str]:
    L = lambda key: label(key, lg)  # noqa: E731
    cells = [row.enterprise.name, row.enterprise.enterprise.credit_code or "-"]
    latest = row.latest
    if latest is None:
        cells += ["-", "-", "-"]
    else:
        cells += [latest.assessed_on.isoformat() if latest.assessed_on else "-", fmt(latest.final, 1),
                  level_name(store, latest.catalog_id, latest.catalog_version, latest.level, lg)]
    if row.certificate is None:
        cells += ["-", "-"]
    else:
        state = row.certificate_state
        cells += [row.certificate.certificate.number, L(f"certificate.{state}") if state else "-"]
    e = row.next_event
    if e is None:
        cells += ["-", "-", "-"]
    else:
        cells += [e.due_on.isoformat(), L(f"event.{e.kind}").format(n=e.sequence), L(f"status.{e.status}")]
    cells.append("-" if row.overdue_actions is None else str(row.overdue_actions))
    return cells
