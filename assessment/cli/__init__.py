"""The command line: `python -m assessment VERB ...`.

Every verb reads, calls the domain core and prints; no business rule lives here. Bad input of any kind ends
with exit status 2 and one message on stderr naming the file, the item or field and what is wrong.
Identifiers and JSON output are language-neutral; `--lang` only changes the human-readable text.

`parser` declares the verbs; `resolve` turns FILE_OR_ID into the assessment, its catalog and its previous
round; `common` holds exit codes, argument types, the store and printing; one small module per verb family.
Whoever holds the database runs the command line as an administrator: `main` runs each verb as
`Actor.cli(OS user)`, so the audit trail signs its writes `cli (name)`.
"""

from __future__ import annotations

import os
import sys
from typing import Optional, Sequence

from criteria import CatalogError

from ..access import Actor, acting
from ..exchange import ExchangeError
from ..scoring import InvalidResponse
from .common import EXIT_BAD_INPUT, EXIT_OK, CliError, fail, os_user
from .parser import VERBS, build_parser

__all__ = ["VERBS", "CliError", "build_parser", "main"]


def main(argv: Optional[Sequence[str]] = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a terminal that cannot show a character never crashes a verb
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    try:
        with acting(Actor.cli(os_user())):  # every write of every verb is signed `cli (OS user)`
            return args.handler(args)
    except (CliError, ExchangeError, CatalogError, InvalidResponse) as exc:
        fail(str(exc))
    except BrokenPipeError:  # `... | head`: stop quietly, and keep the interpreter from flushing again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    return EXIT_BAD_INPUT
