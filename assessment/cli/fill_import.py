"""`import FILL.xlsx [--dry-run] [--force]`: a filled-in workbook applied to the assessment it was made from.

Every cell is checked first (exit 2 listing sheet, row, column and problem of each bad cell); the changes are
printed item by item (before → after) and saved as one write with the version they were checked against. A
workbook made from an older version is refused unless --force, which applies only the cells changed in the
workbook: a cell changed in the store as well keeps the stored value (the store wins) and is listed as a conflict.
"""

from __future__ import annotations

from pathlib import Path

from .common import EXIT_OK, CliError, lang, open_store, out

MAX_READ = 20 * 1024 * 1024


def claims(path: str) -> bool:
    """True when `path` is a fill-in workbook (zip directory and workbook.xml only); anything else is an exchange
    file, read and reported as before."""
    from ..fillin.reading import is_fill_workbook

    try:
        if not Path(path).is_file():
            return False
        return is_fill_workbook(path)
    except OSError:
        return False


def cmd_import_workbook(args, path: str) -> int:
    from ..fillin.changes import change_line, conflict_line
    from ..fillin.reading import MAX_WORKBOOK_BYTES, FillError
    from ..fillin_usecases import BadCells, WorkbookRefused, apply_preview, preview_workbook

    lg = lang(args)
    try:
        size = Path(path).stat().st_size
        if size > MAX_WORKBOOK_BYTES:
            raise CliError(f"{path}: the workbook is larger than {MAX_WORKBOOK_BYTES // 1024 // 1024} MB; refused")
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CliError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with open_store(args) as store:
        try:
            preview = preview_workbook(store, data, path, lg, force=args.force)
        except FillError as exc:
            raise CliError(str(exc)) from None
        except WorkbookRefused as exc:
            raise CliError(str(exc)) from None
        except BadCells as exc:
            raise CliError("\n  - ".join([f"{path}: nothing imported; bad cells:", *exc.lines(lg)])) from None
        plan = preview.plan
        for change in plan.changes:
            out(change_line(change, lg))
        for conflict in plan.conflicts:
            out(conflict_line(conflict, lg))
        stored = preview.stored
        if plan.count == 0:
            out(f"no changes to assessment {stored.id} (version {stored.version})")
            return EXIT_OK
        if args.dry_run:
            out(f"dry run: nothing written ({plan.count} change(s) to assessment {stored.id}, version "
                f"{stored.version})")
            return EXIT_OK
        saved = apply_preview(store, preview)
    out(f"applied {plan.count} changes to assessment {saved.id} (version {stored.version} → {saved.version})")
    return EXIT_OK
