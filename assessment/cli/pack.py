"""`pack`: the stage-1 document pack of a stored assessment, one zip archive for the certification body.

    python -m assessment pack ASSESSMENT_ID -o PACK.zip [--lang zh|en|es]

The archive holds manifest.json, the exchange file (assessment.json, as `export` writes it), the index as PDF and
.xlsx in the chosen language, and every evidence file under evidence/<indicator>/<item>/. It is written to a
temporary file beside PACK.zip and renamed at the end. `import PACK.zip` restores it into another database.
"""

from __future__ import annotations

from datetime import datetime, timezone

from .common import EXIT_OK, CliError, check_outputs, lang, open_store, out


def cmd_pack(args) -> int:
    """`args` carries: assessment_id, output, lang, db."""
    check_outputs("pack", [args.output])
    try:
        from reports.pack import PackError, write_pack
    except (ImportError, OSError) as exc:  # OSError: WeasyPrint without its system libraries
        raise CliError(f"pack: the pack module is not available ({exc})") from None
    from ..store import NotFound

    with open_store(args) as store:
        try:
            written = write_pack(store, args.assessment_id, args.output, lang(args), datetime.now(timezone.utc))
        except NotFound:
            raise CliError(f"pack: no stored assessment with id {args.assessment_id}") from None
        except LookupError as exc:
            raise CliError(f"pack: assessment {args.assessment_id}: {exc}") from None
        except PackError as exc:
            raise CliError(f"pack: {exc}; nothing was written") from None
        except OSError as exc:
            raise CliError(f"pack: cannot write {args.output}: {exc.strerror or exc}") from None
    noun = "evidence file" if written.files == 1 else "evidence files"
    out(f"assessment {args.assessment_id} -> {args.output} ({written.files} {noun}, {written.size:,} bytes)")
    return EXIT_OK
