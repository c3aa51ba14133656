"""What a service record holds and which time limits of the service profile judge it.

Column names (`COLUMNS`) and kinds (`KINDS`) are a public contract: the default headers of an import file and the
values of its `kind` column. Times are stored in UTC; the company's time zone (the profile's `records.time_zone`,
Asia/Shanghai by default) turns them into local days and months.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Optional

from criteria.schema import RECORD_KINDS

from ..profile import TimeLimits

KINDS: tuple[str, ...] = RECORD_KINDS  # the catalog names them too (an item's `records.kind`)
COLUMNS: tuple[str, ...] = ("id", "kind", "received_at", "acknowledged_at", "resolved_at", "category", "product",
                            "supplier", "channel", "outlet", "satisfied", "note")
TIME_COLUMNS: tuple[str, ...] = ("received_at", "acknowledged_at", "resolved_at")
TEXT_COLUMNS: tuple[str, ...] = ("category", "product", "supplier", "channel", "outlet", "note")
REQUIRED: tuple[str, ...] = ("id", "received_at")
# Groupings of `records kpi`: the JSON key and the column it groups by.
GROUPS: tuple[tuple[str, str], ...] = (("by_category", "category"), ("by_supplier", "supplier"),
                                       ("by_outlet", "outlet"))

MAX_ID_LENGTH = 100
MAX_TEXT_LENGTH = 2000


@dataclass(frozen=True)
class Limits:
    """The acknowledgement and resolution limits of one kind of record (None: the profile sets none)."""

    acknowledge: Optional[timedelta]
    resolve: Optional[timedelta]
    acknowledge_key: Optional[str] = None  # the time_limits keys they come from (named in reports)
    resolve_key: Optional[str] = None


# kind -> (acknowledgement key, resolution key); each key's unit is its suffix.
LIMIT_KEYS: dict[str, tuple[Optional[str], Optional[str]]] = {
    "complaint": ("complaint_acknowledge_hours", "complaint_resolve_hours"),
    "repair": ("repair_response_hours", "repair_onsite_hours"),
    "delivery": (None, "delivery_days"),
    "installation": (None, "installation_hours"),
    # A return is handled at the counter, the inspection answering within its limit (the company's own rules).
    "return": ("counter_handling_minutes", "inspection_response_minutes"),
}

_UNITS = {"minutes": timedelta(minutes=1), "hours": timedelta(hours=1), "days": timedelta(days=1)}


def limit_of(limits: TimeLimits, key: Optional[str]) -> Optional[timedelta]:
    if key is None:
        return None
    return getattr(limits, key) * _UNITS[key.rsplit("_", 1)[1]]


def limits_for(kind: str, limits: TimeLimits) -> Limits:
    """The limits that judge records of `kind` (KeyError for an unknown kind)."""
    ack, resolve = LIMIT_KEYS[kind]
    return Limits(limit_of(limits, ack), limit_of(limits, resolve), ack, resolve)
