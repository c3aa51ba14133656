"""`evidence add|list|remove`: files that prove an item's answer, kept in the database.

    python -m assessment evidence add ASSESSMENT_ID ITEM_ID FILE [--entry ENTRY_ID] [--note TEXT]
    python -m assessment evidence list ASSESSMENT_ID [--json]
    python -m assessment evidence remove EVIDENCE_ID
"""

from __future__ import annotations

from pathlib import Path

from .common import EXIT_OK, CliError, open_store, out, print_json, table


def cmd_evidence_add(args) -> int:
    from ..evidence import EvidenceRefused
    from ..store import NotFound

    path = Path(args.file)
    with open_store(args) as store:
        try:
            limit = store.evidence_limit()
            try:
                size = path.stat().st_size
                if size > limit:
                    raise EvidenceRefused("too_large", f"the file is {size / 1048576:.1f} MB; at most "
                                                       f"{limit / 1048576:.0f} MB a file")
                data = path.read_bytes()
            except FileNotFoundError:
                raise CliError(f"{args.file}: file not found") from None
            except IsADirectoryError:
                raise CliError(f"{args.file}: is a folder, not a file") from None
            except OSError as exc:
                raise CliError(f"{args.file}: cannot be read ({exc.strerror or exc})") from None
            record = store.add_evidence(args.assessment_id, args.item_id, data, path.name, entry=args.entry,
                                        note=args.note or "")
        except NotFound:
            raise CliError(f"no stored assessment with id {args.assessment_id}") from None
        except EvidenceRefused as exc:
            raise CliError(f"{args.file}: {exc}; nothing was stored") from None
    out(f"evidence #{record.id}: {record.filename} ({record.media_type}, {record.size:,} bytes) on item "
        f"{record.item} of assessment {record.assessment_id}")
    return EXIT_OK


def cmd_evidence_list(args) -> int:
    from ..store import NotFound

    with open_store(args) as store:
        try:
            records = store.list_evidence(args.assessment_id)
        except NotFound:
            raise CliError(f"no stored assessment with id {args.assessment_id}") from None
    if args.json:
        print_json([r.to_dict() for r in records])
        return EXIT_OK
    if not records:
        out(f"assessment {args.assessment_id} has no evidence files")
        return EXIT_OK
    table(["id", "item", "entry", "file", "type", "bytes", "added"],
          [[str(r.id), r.item, r.entry or "", r.filename, r.media_type, f"{r.size:,}",
            r.added_at.strftime("%Y-%m-%d %H:%M")] for r in records], right=(0, 5))
    return EXIT_OK


def cmd_evidence_remove(args) -> int:
    from ..store import NotFound

    with open_store(args) as store:
        try:
            record = store.remove_evidence(args.evidence_id)
        except NotFound:
            raise CliError(f"no evidence file with id {args.evidence_id}") from None
    out(f"removed evidence #{record.id} ({record.filename}) from item {record.item}")
    return EXIT_OK
