"""`manual`: draft the enterprise's after-sales service manual as an editable Word document (and a PDF).

    python -m assessment manual FILE_OR_ID -o OUT.docx [--lang zh|en|es] [--pdf OUT.pdf] [--today DATE]

FILE: an exchange file; its `service_profile` is used, the documented defaults (`assessment.profile`) where it
has none. ID: a stored assessment; the manual is drafted for its enterprise, from the enterprise's current
profile and its latest assessment (the enterprise's details and the catalog the chapters point at). The manual is
built once and rendered twice; each file is written atomically, so a failed run leaves any earlier file intact.
"""

from __future__ import annotations

import sys

from .common import EXIT_BAD_INPUT, EXIT_OK, CliError, check_outputs, lang, open_store, today, write_output
from .resolve import catalog_for, read_file, stored_id


def cmd_manual(args) -> int:
    """`args` carries: source, output (.docx), pdf, catalog, today, lang, db."""
    outputs = [p for p in (args.output, args.pdf) if p]
    if not outputs:
        raise CliError("manual: -o OUT.docx (or --pdf OUT.pdf) is required")
    check_outputs("manual", outputs)
    profile, enterprise, catalog = _sources(args)
    try:
        from reports.manual.build import build_manual
        from reports.manual.docx import render_docx
    except (ImportError, OSError) as exc:
        raise CliError(f"manual: the manual module is not available ({exc})") from None
    manual = build_manual(profile, enterprise, catalog, lang(args), today(args))
    written = []
    if args.output:
        written.append(write_output("manual", args.output, render_docx(manual)))
    if args.pdf:
        try:
            from reports.manual.pdf import render_manual_pdf
        except (ImportError, OSError) as exc:  # OSError: WeasyPrint without its system libraries
            raise CliError(f"manual: the PDF renderer is not available ({exc})") from None
        written.append(write_output("manual", args.pdf, render_manual_pdf(manual)))
    if None in written:
        return EXIT_BAD_INPUT
    for path in written:
        print(path, file=sys.stderr)
    return EXIT_OK


def _sources(args):
    """(profile, enterprise, catalog) from the file or the stored enterprise."""
    from ..profile import default_profile

    ident = stored_id(args.source)
    if ident is None:
        assessment = read_file(args.source)
        catalog = catalog_for(assessment, args.source, getattr(args, "catalog", None))
        profile = assessment.service_profile or default_profile(assessment.enterprise.kind)
        return profile, assessment.enterprise, catalog
    from .. import usecases
    from ..store import NotFound

    with open_store(args) as store:
        try:
            found = store.get_assessment(ident)
            profile, enterprise, catalog = usecases.manual_sources(store, found.enterprise_id)
        except NotFound:
            raise CliError(f"no stored assessment with id {ident}") from None
    if getattr(args, "catalog", None):
        from criteria import load_catalog

        catalog = load_catalog(args.catalog)
    return profile, enterprise, catalog
