"""`records monthly`: the monthly complaint analysis and summary form for management (.xlsx, and PDF).

    python -m assessment records monthly ENTERPRISE_ID --month YYYY-MM -o ANALYSIS.xlsx [--pdf ANALYSIS.pdf] [--lang]
"""

from __future__ import annotations

from .common import CliError


def cmd_records_monthly(args) -> int:
    raise CliError("records monthly: not available yet")
