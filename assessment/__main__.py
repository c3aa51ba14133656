"""`python -m assessment`: the command line (see assessment/cli.py)."""

from .cli import main

raise SystemExit(main())
