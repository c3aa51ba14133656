"""The records still open past their limit, one row each, for the app's overdue list and its CSV download."""

from __future__ import annotations

from datetime import date
from typing import Optional

from .records.kpi import judge, select
from .records_usecases import profile_of
from .store import Store

OVERDUE_COLUMNS: tuple[str, ...] = ("id", "kind", "received_at", "category", "product", "supplier", "outlet",
                                    "days_open")


def overdue_records(store: Store, enterprise_id: int, *, today: date, kind: Optional[str] = None,
                    date_from: Optional[date] = None, date_to: Optional[date] = None):
    """The enterprise's overdue records received in [date_from, date_to] (a data frame of OVERDUE_COLUMNS, the
    oldest first): open, and past the resolution limit of its own profile as of the end of `today`.
    `received_at` is local time ("YYYY-MM-DD HH:MM"); `days_open` counts local days from receipt to `today`."""
    import pandas as pd

    profile = profile_of(store, enterprise_id)
    zone = profile.records.time_zone
    frame = select(store.service_records(enterprise_id, kind), kind, date_from, date_to, zone)
    judged = judge(frame, profile.time_limits, today, zone, profile.records.working_time)
    late = judged[judged["overdue"]].sort_values(["received_at", "id"])
    local = late["received_at"].dt.tz_convert(zone)
    out = pd.DataFrame({c: late[c].astype(str) for c in ("id", "kind")})
    out["received_at"] = local.dt.strftime("%Y-%m-%d %H:%M")
    for column in ("category", "product", "supplier", "outlet"):
        out[column] = late[column].astype(str)
    out["days_open"] = [(today - d).days for d in local.dt.date]
    return out.reset_index(drop=True)[list(OVERDUE_COLUMNS)]
