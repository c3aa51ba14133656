"""Performance against the company's own time limits: `kpi(records, limits, ...)` -> the `records kpi --json`
object.

Over the records received in [date_from, date_to] (local days, inclusive):
- `count`; `acknowledged_on_time`: records with `acknowledged_at` whose acknowledgement took at most the kind's
  acknowledgement limit (exactly at the limit is on time); `resolved_on_time` likewise with `resolved_at` and the
  resolution limit; each rate is its count divided by `count` (null when `count` is 0; the count and its rate are
  null when the kind has no such limit);
- `open`: records without `resolved_at`; `overdue`: open records whose resolution limit has run out by the end of
  `today` (local time);
- `satisfaction_rate`: satisfied / records with a satisfaction value (null when none has one);
- `by_month`, `by_category`, `by_supplier`, `by_outlet`: the same figures per local month of receipt and per value.
Elapsed time is clock time, or working time only (non-working days left out) when `working_time` is set.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Optional

import numpy as np
import pandas as pd

from ..profile import TimeLimits
from .fields import GROUPS, KINDS, LIMIT_KEYS, limit_of
from .working_days import is_working_day

RATE_DECIMALS = 4
_DAY = 86_400.0
_EPOCH = pd.Timestamp(0, tz="UTC")


def kpi(records: pd.DataFrame, limits: TimeLimits, *, today: date, kind: Optional[str] = None,
        date_from: Optional[date] = None, date_to: Optional[date] = None, time_zone: str = "Asia/Shanghai",
        working_time: bool = False) -> dict:
    frame = judge(select(records, kind, date_from, date_to, time_zone), limits, today, time_zone, working_time)
    ack_applies = kind is None or LIMIT_KEYS[kind][0] is not None
    out = {
        "kind": kind,
        "from": date_from.isoformat() if date_from else None,
        "to": date_to.isoformat() if date_to else None,
        "today": today.isoformat(),
        "time_zone": time_zone,
        "working_time": working_time,
        "limits": limits_used(limits, kind),
        **figures(frame, ack_applies),
    }
    out["by_month"] = [{"month": key, **figures(group, ack_applies)}
                       for key, group in frame.groupby("month", sort=True)]
    for name, column in GROUPS:
        out[name] = [{column: key, **figures(group, ack_applies)}
                     for key, group in sorted(frame.groupby(column, sort=False), key=lambda kv: (-len(kv[1]), kv[0]))]
    return out


def limits_used(limits: TimeLimits, kind: Optional[str]) -> dict:
    kinds = (kind,) if kind else KINDS
    return {k: {"acknowledge": LIMIT_KEYS[k][0], "acknowledge_limit": _value(limits, LIMIT_KEYS[k][0]),
                "resolve": LIMIT_KEYS[k][1], "resolve_limit": _value(limits, LIMIT_KEYS[k][1])} for k in kinds}


def _value(limits: TimeLimits, key: Optional[str]) -> Optional[int]:
    return getattr(limits, key) if key else None


def select(records: pd.DataFrame, kind: Optional[str], date_from: Optional[date], date_to: Optional[date],
           time_zone: str) -> pd.DataFrame:
    """The records of `kind` received in [date_from, date_to] (local days)."""
    frame = records
    if kind is not None:
        frame = frame[frame["kind"] == kind]
    if date_from is not None:
        frame = frame[frame["received_at"] >= local_midnight(date_from, time_zone)]
    if date_to is not None:
        frame = frame[frame["received_at"] < local_midnight(date_to + timedelta(days=1), time_zone)]
    return frame.copy()


def judge(frame: pd.DataFrame, limits: TimeLimits, today: date, time_zone: str,
          working_time: bool) -> pd.DataFrame:
    """`frame` with, per record: ack_ok, resolved_ok, open, overdue (booleans) and month (local "YYYY-MM")."""
    frame = frame.copy()
    kinds = frame["kind"].astype(object)
    ack_limit = kinds.map({k: _seconds(limit_of(limits, LIMIT_KEYS[k][0])) for k in LIMIT_KEYS}).astype("float64")
    resolve_limit = kinds.map({k: _seconds(limit_of(limits, LIMIT_KEYS[k][1])) for k in LIMIT_KEYS}) \
        .astype("float64")
    as_of = local_midnight(today + timedelta(days=1), time_zone)
    clock = _working_clock(frame, as_of, time_zone) if working_time else _plain_clock
    received = clock(frame["received_at"])
    ack_elapsed = clock(frame["acknowledged_at"]) - received
    resolve_elapsed = clock(frame["resolved_at"]) - received
    open_ = frame["resolved_at"].isna().to_numpy()
    now_elapsed = clock(pd.Series([as_of], dtype="datetime64[ns, UTC]"))[0] - received
    frame["ack_ok"] = ~np.isnan(ack_elapsed) & (ack_elapsed <= ack_limit.to_numpy())
    frame["resolved_ok"] = ~np.isnan(resolve_elapsed) & (resolve_elapsed <= resolve_limit.to_numpy())
    frame["open"] = open_
    frame["overdue"] = open_ & (now_elapsed > resolve_limit.to_numpy())
    local = frame["received_at"].dt.tz_convert(time_zone)
    frame["month"] = local.dt.strftime("%Y-%m")
    return frame


def figures(frame: pd.DataFrame, ack_applies: bool = True) -> dict:
    count = int(len(frame))
    ack = int(frame["ack_ok"].sum()) if ack_applies else None
    resolved = int(frame["resolved_ok"].sum())
    rated = frame["satisfied"].dropna()
    return {
        "count": count,
        "acknowledged_on_time": ack,
        "acknowledged_on_time_rate": _rate(ack, count),
        "resolved_on_time": resolved,
        "resolved_on_time_rate": _rate(resolved, count),
        "open": int(frame["open"].sum()),
        "overdue": int(frame["overdue"].sum()),
        "satisfied": int(rated.sum()),
        "surveyed": int(len(rated)),
        "satisfaction_rate": _rate(int(rated.sum()), int(len(rated))),
    }


def _rate(part: Optional[int], whole: int) -> Optional[float]:
    if part is None or whole == 0:
        return None
    return round(part / whole, RATE_DECIMALS)


def _seconds(delta: Optional[timedelta]) -> float:
    return delta.total_seconds() if delta is not None else np.nan


def local_midnight(day: date, time_zone: str) -> pd.Timestamp:
    return pd.Timestamp(datetime.combine(day, time.min)).tz_localize(time_zone).tz_convert("UTC")


def _plain_clock(times: pd.Series) -> np.ndarray:
    """Seconds since the epoch (NaN where there is no time), whatever the series' time unit."""
    return (times - _EPOCH).dt.total_seconds().to_numpy(dtype="float64", na_value=np.nan)


def _working_clock(frame: pd.DataFrame, as_of: pd.Timestamp, time_zone: str):
    """A clock that runs on working days only: seconds of working time since the first day in play."""
    stamps = pd.concat([frame[c] for c in ("received_at", "acknowledged_at", "resolved_at")]).dropna()
    if stamps.empty:
        return _plain_clock
    local = stamps.dt.tz_convert(time_zone)
    first = local.min().date()
    last = max(local.max().date(), as_of.tz_convert(time_zone).date())
    days = pd.date_range(first, last, freq="D")
    working = np.array([is_working_day(d.date()) for d in days], dtype="float64")
    before = np.concatenate([[0.0], np.cumsum(working)[:-1]]) * _DAY  # working seconds before each day
    origin = pd.Timestamp(first)

    def clock(times: pd.Series) -> np.ndarray:
        out = np.full(len(times), np.nan)
        present = times.notna().to_numpy()
        if not present.any():
            return out
        loc = times[present].dt.tz_convert(time_zone).dt.tz_localize(None)
        day_index = ((loc.dt.normalize() - origin).dt.days).to_numpy()
        day_index = np.clip(day_index, 0, len(days) - 1)
        into_day = (loc - loc.dt.normalize()).dt.total_seconds().to_numpy()
        out[present] = before[day_index] + working[day_index] * into_day
        return out

    return clock
