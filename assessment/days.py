"""Days as the exchange file and the service profile write them: `YYYY-MM-DD` within a bounded calendar, and the
error that names a broken rule of the format in every language."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from .vocabulary import term

# Every date of the format (assessed_on, issued_on, audits[].on, due_on) lies in this range, so that a
# certificate's cycle, reminders and reports never step outside the calendar.
EARLIEST_DATE = date(1990, 1, 1)
LATEST_DATE = date(2199, 12, 31)
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class InvalidValue(ValueError):
    """A rule of the format broken. `code` names the vocabulary term `problem.<code>` and `values` fill it, so the
    problem can be shown in any language (`assessment.problems`); `field` and `index` say where, when the rule
    belongs to a whole response or to the response list. The English text is the exception's message."""

    def __init__(self, code: str, **values: Any):
        self.code = code
        self.values = values
        super().__init__(term(f"problem.{code}", "en", **values))


def _calendar_day(value: Any) -> date:
    """A date as the exchange file writes it (`YYYY-MM-DD`) or a `date`; never a number, a time or another format."""
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise InvalidValue("date_invalid") from None
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidValue("date_format")
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise InvalidValue("date_out_of_range", earliest=EARLIEST_DATE.isoformat(), latest=LATEST_DATE.isoformat())
    return value


Day = Annotated[
    date,
    BeforeValidator(_calendar_day),
    Field(description=f"YYYY-MM-DD, from {EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()}"),
]
