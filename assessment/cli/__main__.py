"""`python -m assessment.cli`: the same command line as `python -m assessment`."""

from . import main

raise SystemExit(main())
