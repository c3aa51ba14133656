"""Working days in mainland China: weekends and public holidays off, adjusted working days (调休) on, from the
`chinese_calendar` package's published calendar. Years it does not cover yet (the State Council publishes each
year's calendar in the autumn before) fall back to Monday to Friday, and `covered()` says so."""

from __future__ import annotations

from datetime import date
from functools import lru_cache


@lru_cache(maxsize=100_000)
def is_working_day(day: date) -> bool:
    try:
        import chinese_calendar
    except ImportError:  # pragma: no cover - the package is a pinned requirement
        return day.weekday() < 5
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:  # a year outside the published calendar
        return day.weekday() < 5


def covered(day: date) -> bool:
    """Whether the published calendar covers `day`'s year (else the Monday-to-Friday rule applies)."""
    try:
        import chinese_calendar

        chinese_calendar.is_workday(day)
        return True
    except (ImportError, NotImplementedError):
        return False
