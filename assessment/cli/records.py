"""`import`, `export` and `list`: exchange files into and out of the store, and the stored assessments."""

from __future__ import annotations

from criteria import CatalogError

from ..exchange import ExchangeError, read_assessment, validate_for_catalog, write_assessment
from ..vocabulary import label, level_label
from ..models import Assessment
from ..scoring import InvalidResponse
from .common import EXIT_OK, CliError, fmt, lang, open_store, out, print_json, table


def cmd_import(args) -> int:
    """Import exchange files and stage-1 packs (a zip archive named .zip, or one holding a manifest.json: see
    pack_import). Every file is read and checked against the registered catalog it names first: one bad file (or
    an unknown catalog) imports none. A pack's evidence files are checked again as they are restored, in the
    pack's own unit of work.

    A file identical to a stored round (see usecases.find_identical) is reported as already stored and skipped,
    so running an interrupted import again stores only the files it had not reached; --force stores it anyway.
    With --dry-run every file is checked and nothing is stored. A fill-in workbook (fill_import.claims) is imported
    alone, by fill_import.cmd_import_workbook.
    """
    from .fill_import import claims, cmd_import_workbook

    workbooks = [path for path in args.files if claims(path)]
    if workbooks:
        if len(args.files) > 1:
            raise CliError(f"{workbooks[0]}: a fill-in workbook is imported on its own, not with other files")
        return cmd_import_workbook(args, workbooks[0])
    from .. import usecases  # here, not at the top: the database layer loads only for the verbs that use it
    from ..store import StorageUnavailable
    from .pack_import import check_pack, import_pack_file, looks_like_pack

    with open_store(args) as store:
        loaded: list[tuple[str, Assessment | None]] = []
        problems: list[str] = []
        for path in args.files:
            try:
                if looks_like_pack(path):
                    check_pack(store, path)
                    loaded.append((path, None))
                    continue
                assessment = read_assessment(path)
                ref = assessment.catalog
                try:
                    catalog = store.catalog(ref.id, ref.version)
                except LookupError:
                    problems.append(f"{path}: field 'catalog': catalog {ref.id} {ref.version} is not known to this "
                                    f"database; register it first (catalog add PATH)")
                    continue
                validate_for_catalog(assessment, catalog, path)
                loaded.append((path, assessment))
            except ExchangeError as exc:
                problems.extend(exc.problems)
        if problems:
            raise CliError(problems[0] if len(problems) == 1 else "\n  - ".join(["nothing imported:", *problems]))
        stored_any = False
        for path, assessment in loaded:
            if getattr(args, "dry_run", False):
                what = "stage-1 pack" if assessment is None else assessment.enterprise.name
                out(f"{path}: checked, can be imported ({what}); dry run: nothing written")
                continue
            try:
                if assessment is None:
                    try:
                        out(import_pack_file(store, path, args.force))
                    except CliError as exc:
                        if not stored_any:
                            raise
                        raise CliError(f"{exc}; the files reported above are stored, and running the same "
                                       "command again skips them") from None
                    stored_any = True
                    continue
                same = None if args.force else usecases.find_identical(store, assessment)
                if same is not None:
                    out(f"{path}: already stored as #{same.id} (enterprise {same.enterprise_id}, "
                        f"{assessment.enterprise.name}); not imported again (--force stores it anyway)")
                    stored_any = True
                    continue
                stored = usecases.import_assessment(store, assessment)
            except InvalidResponse as exc:
                raise ExchangeError(path, exc.problems) from None
            except StorageUnavailable as exc:
                if not stored_any:
                    raise
                raise CliError(f"{path}: {exc}; the files reported above are stored, and running the same "
                               "command again skips them") from None
            stored_any = True
            out(f"{path}: imported as assessment {stored.id} (enterprise {stored.enterprise_id}, "
                f"{assessment.enterprise.name})")
    return EXIT_OK


def cmd_export(args) -> int:
    from .. import usecases

    with open_store(args) as store:
        assessment = usecases.export_assessment(store, args.id)
        try:
            catalog = store.catalog(assessment.catalog.id, assessment.catalog.version)
        except LookupError:
            catalog = None  # written in stored order
    try:
        write_assessment(assessment, args.output, catalog)
    except OSError as exc:
        raise CliError(f"{args.output}: cannot write: {exc.strerror or exc}") from None
    out(f"assessment {args.id} -> {args.output}")
    return EXIT_OK


def summary_dict(r) -> dict:
    """One stored assessment as in `list --json`."""
    return {
        "id": r.id,
        "enterprise_id": r.enterprise_id,
        "enterprise_name": r.enterprise_name,
        "assessed_on": r.assessed_on,
        "catalog": {"id": r.catalog_id, "version": r.catalog_version},
        "final": None if r.final is None else float(r.final),
        "level": r.level,
        "complete": r.complete,
    }


def level_name(store, catalog_id: str, version: str, level, lg: str) -> str:
    """A level's name in the catalog it was scored with; its id when that catalog cannot be read."""
    if not level:
        return "-"
    try:
        return level_label(store.catalog(catalog_id, version), level, lg)
    except (LookupError, CatalogError):
        return level


def cmd_list(args) -> int:
    lg = lang(args)
    with open_store(args) as store:
        rows = store.list_assessments()
        if args.json:
            print_json([summary_dict(r) for r in rows])
            return EXIT_OK
        levels = [level_name(store, r.catalog_id, r.catalog_version, r.level, lg) for r in rows]
    if not rows:
        out(label("none", lg))
        return EXIT_OK
    lines = []
    for r, level in zip(rows, levels):
        complete = "-" if r.complete is None else label("yes" if r.complete else "no", lg)
        final = "-" if r.final is None else fmt(r.final, 1)
        lines.append([str(r.id), r.assessed_on.isoformat(), final, level, complete, r.enterprise_name])
    headers = ["id", "assessed_on", "score.final", "level", "complete", "enterprise"]
    table([label(h, lg) for h in headers], lines, right=(0, 2))
    return EXIT_OK
