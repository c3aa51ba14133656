"""`workbook`: the fill-in workbook of a stored assessment, to fill offline and bring back with `import`.

    python -m assessment workbook ASSESSMENT_ID -o FILL.xlsx [--lang zh|en|es]

One row per catalog item with the cells to fill, the structure locked, and a hidden sheet naming the assessment and
its version; `import FILL.xlsx` applies it (see fill_import.py). The file is written atomically.
"""

from __future__ import annotations

import sys
from datetime import datetime

from .common import EXIT_BAD_INPUT, EXIT_OK, CliError, check_outputs, lang, open_store, write_output


def cmd_workbook(args) -> int:
    """`args` carries: assessment_id, output (.xlsx), lang, db."""
    check_outputs("workbook", [args.output])
    from reports.fillin import fill_workbook

    from ..store import NotFound

    with open_store(args) as store:
        try:
            stored = store.get_assessment(args.assessment_id)
        except NotFound:
            raise CliError(f"workbook: no stored assessment with id {args.assessment_id}") from None
        ref = stored.assessment.catalog
        try:
            catalog = store.catalog(ref.id, ref.version)
        except LookupError:
            raise CliError(f"workbook: assessment {stored.id} is answered against catalog {ref.id} {ref.version}, "
                           "which this database does not know") from None
    created = datetime.now().astimezone().replace(tzinfo=None)  # the edge of the system: the clock is read here
    data = fill_workbook(catalog, stored, lang(args), created)
    if write_output("workbook", args.output, data) is None:
        return EXIT_BAD_INPUT
    print(f"assessment {stored.id} (version {stored.version}) -> {args.output}", file=sys.stderr)
    return EXIT_OK
