"""`records ...`: a company's service records (complaints, repairs, deliveries, installations, returns).

    python -m assessment records import ENTERPRISE_ID FILE [--kind K] [--mapping MAPPING.yaml] [--dry-run] [--json]
    python -m assessment records kpi ENTERPRISE_ID [--kind K] [--from DATE] [--to DATE] [--today DATE] --json
"""

from __future__ import annotations

from .common import EXIT_BAD_INPUT, EXIT_OK, CliError, fail, lang, open_store, out, print_json, table, today


def cmd_records_import(args) -> int:
    from ..records.mapping import MappingError, read_mapping
    from ..records.reading import ReadError, read_table
    from ..records.validation import RecordsInvalid
    from ..records_usecases import import_records
    from ..store import NotFound

    try:
        mapping = read_mapping(args.mapping) if args.mapping else None
        raw = read_table(args.file)
    except (MappingError, ReadError) as exc:
        raise CliError(str(exc)) from None
    with open_store(args) as store:
        try:
            done = import_records(store, args.enterprise_id, raw, kind=args.kind, mapping=mapping,
                                  dry_run=args.dry_run)
        except NotFound:
            raise CliError(f"no stored enterprise with id {args.enterprise_id}") from None
        except RecordsInvalid as exc:
            for message in exc.messages(lang(args)):
                fail(message)
            fail(f"{args.file}: nothing was stored")
            return EXIT_BAD_INPUT
    counts = done.counts
    if getattr(args, "json", False):
        print_json({"enterprise_id": args.enterprise_id, "file": args.file, "dry_run": done.dry_run,
                    **counts.to_dict(), "columns": done.columns, "time_zone": done.time_zone})
        return EXIT_OK
    verb = "would import" if done.dry_run else "imported"
    out(f"{verb} {counts.total} record(s) from {args.file}: new {counts.new}, updated {counts.updated}, "
        f"unchanged {counts.unchanged} (times in {done.time_zone})")
    if done.dry_run:
        out("dry run: nothing was stored")
    return EXIT_OK


def cmd_records_kpi(args) -> int:
    from ..records_usecases import record_kpi
    from ..store import NotFound

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CliError(f"records kpi: --from {args.date_from} is after --to {args.date_to}")
    with open_store(args) as store:
        try:
            result = record_kpi(store, args.enterprise_id, today=today(args), kind=args.kind,
                                date_from=args.date_from, date_to=args.date_to)
        except NotFound:
            raise CliError(f"no stored enterprise with id {args.enterprise_id}") from None
    if args.json:
        print_json(result)
        return EXIT_OK
    _print_kpi(result, lang(args))
    return EXIT_OK


def _print_kpi(result: dict, language: str) -> None:
    def pct(rate):
        return "-" if rate is None else f"{rate * 100:.1f}%"

    def row(name: str, figures: dict) -> list[str]:
        ack = figures["acknowledged_on_time"]
        return [name, str(figures["count"]), "-" if ack is None else str(ack),
                pct(figures["acknowledged_on_time_rate"]), str(figures["resolved_on_time"]),
                pct(figures["resolved_on_time_rate"]), str(figures["open"]), str(figures["overdue"]),
                pct(figures["satisfaction_rate"])]

    headers = ["", "count", "ack on time", "rate", "resolved on time", "rate", "open", "overdue", "satisfied"]
    rows = [row("all", result)] + [row(m["month"], m) for m in result["by_month"]]
    table(headers, rows, right=tuple(range(1, 9)))


def cmd_records_sample(args) -> int:
    raise CliError("records sample: not available yet")


def cmd_records_suppliers(args) -> int:
    raise CliError("records suppliers: not available yet")
