"""`python -m assessment`: the command line (see assessment/cli/)."""

from .cli import main

raise SystemExit(main())
