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
        used = set(done.columns.values()) | set(done.mapping.extra.values())
        print_json({"enterprise_id": args.enterprise_id, "file": args.file, "dry_run": done.dry_run,
                    **counts.to_dict(), "columns": done.columns, "extra": dict(done.mapping.extra),
                    "not_stored": [h for h in raw.headers if h and h not in used], "time_zone": done.time_zone})
        return EXIT_OK
    verb = "would import" if done.dry_run else "imported"
    out(f"{verb} {counts.total} record(s) from {args.file}: new {counts.new}, updated {counts.updated}, "
        f"unchanged {counts.unchanged} (times in {done.time_zone})")
    used = set(done.columns.values()) | set(done.mapping.extra.values())
    left = [h for h in raw.headers if h and h not in used]
    if left:
        out("not stored (not mapped): " + ", ".join(left))
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
    from ..records_usecases import SampleRefused, apply_sample, draw_sample
    from ..store import NotFound, StaleAssessment

    if args.item and not args.apply:
        raise CliError("records sample: --item goes with --apply ASSESSMENT_ID")
    if args.apply and not args.item:
        raise CliError("records sample --apply: --item ITEM_ID is required")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CliError(f"records sample: --from {args.date_from} is after --to {args.date_to}")
    with open_store(args) as store:
        try:
            catalog = None
            if args.apply:
                found = store.get_assessment(args.apply)
                catalog = store.catalog(found.assessment.catalog.id, found.assessment.catalog.version)
                item = _sampled_item(catalog, args.item)
                if item.records is not None and item.records.kind != args.kind:
                    raise CliError(f"item {args.item} is judged on {item.records.kind} records, not {args.kind}")
            sample = draw_sample(store, args.enterprise_id, kind=args.kind, seed=args.seed, today=today(args),
                                 n=args.n, date_from=args.date_from, date_to=args.date_to, catalog=catalog,
                                 item_id=args.item)
            applied = None
            if args.apply:
                applied = apply_sample(store, args.enterprise_id, args.apply, args.item, sample, today=today(args),
                                       lang=lang(args))
        except NotFound as exc:
            raise CliError(f"no stored {exc.what} with id {exc.key}") from None
        except (SampleRefused, StaleAssessment) as exc:
            raise CliError(str(exc)) from None
    if args.json:
        data = {"enterprise_id": args.enterprise_id, **sample.to_dict()}
        if applied is not None:
            response = applied.assessment.response_map()[args.item]
            data["applied"] = {"assessment": args.apply, "item": args.item, "result": response.result,
                               "samples": response.samples, "failed_samples": response.failed_samples}
        print_json(data)
        return EXIT_OK
    out(f"{len(sample.records)} of {sample.population} {args.kind} record(s), seed {args.seed}: "
        f"{len(sample.records) - sample.failed} passed, {sample.failed} failed")
    table(["id", "received", "passed", "reasons"],
          [[r.id, r.received_at, "yes" if r.passed else "no", ", ".join(r.reasons)] for r in sample.records])
    if applied is not None:
        out(f"written into assessment {args.apply}, item {args.item}")
    return EXIT_OK


def _sampled_item(catalog, item_id: str):
    try:
        item = catalog.item(item_id)
    except KeyError:
        raise CliError(f"item {item_id!r} is not in catalog {catalog.id} {catalog.version}") from None
    if item.method != "sampled":
        raise CliError(f"item {item_id} is not judged by sampling (its method is {item.method}); nothing was saved")
    return item


def cmd_records_suppliers(args) -> int:
    from ..records_usecases import supplier_report
    from ..store import NotFound

    with open_store(args) as store:
        try:
            result = supplier_report(store, args.enterprise_id, month=args.month, today=today(args))
        except NotFound:
            raise CliError(f"no stored enterprise with id {args.enterprise_id}") from None
        except ValueError as exc:
            raise CliError(str(exc)) from None
    if args.json:
        print_json(result)
        return EXIT_OK
    rows = [[s["supplier"], str(s["complaints_month"]), str(s["complaints_year"]),
             ", ".join(m["measure"] + (f" ({m['category']})" if m["category"] else "") for m in s["measures"])]
            for s in result["suppliers"]]
    table(["supplier", "month", "year", "measures"], rows, right=(1, 2))
    if result["no_complaint"]:
        out("no complaint this year: " + ", ".join(result["no_complaint"]))
    return EXIT_OK
