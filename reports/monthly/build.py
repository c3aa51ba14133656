"""Step one of the monthly complaint analysis, pure: `build_monthly(...) -> MonthlyAnalysis`.

The complaints received in the month (local days of the profile's time zone) are judged by the profile's own
limits with `assessment.records.kpi` (`select`, `judge`, `figures`: the timing is never computed here), compared
with the month before and with the 12 months ending with the month, grouped by category, product, supplier, channel
and outlet; the complaints received by the month's end and still open at the end of `today` are listed.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Mapping, Optional

import pandas as pd

from assessment.profile import ServiceProfile
from assessment.records.fields import LIMIT_KEYS
from assessment.records.kpi import local_midnight, figures, judge, select

from .model import (Breakdown, Comparison, Figures, GroupRow, LimitLine, MonthlyAnalysis, OpenRecord, TargetCheck,
                    TrendPoint)
from .texts import month_label, words

KIND = "complaint"
TREND_MONTHS = 12
GROUP_COLUMNS: tuple[str, ...] = ("category", "product", "supplier", "channel", "outlet")


def build_monthly(records_frame: pd.DataFrame, profile: ServiceProfile, enterprise_name: str, month: date,
                  today: date, lang: str) -> MonthlyAnalysis:
    """The analysis of the complaints in `records_frame` (the store's frame: UTC times) received in `month`."""
    W = words(lang)
    zone = profile.records.time_zone
    first = month.replace(day=1)
    months = [_add_months(first, k - TREND_MONTHS + 1) for k in range(TREND_MONTHS)]  # oldest first
    received = select(records_frame, KIND, None, _add_months(first, 1) - timedelta(days=1), zone)  # by month end
    judged = judge(received, profile.time_limits, today, zone, profile.records.working_time)
    by_month = {key: group for key, group in judged.groupby("month", sort=False)}

    def of(day: date) -> pd.DataFrame:
        return by_month.get(_key(day), judged.iloc[0:0])

    this, before = of(first), of(_add_months(first, -1))
    window = judged[judged["month"].isin([_key(m) for m in months])]
    current, previous, last_12 = _figures(this), _figures(before), _figures(window)
    return MonthlyAnalysis(
        lang=lang,
        words=W,
        enterprise_name=enterprise_name,
        month=first,
        month_label=_label(first, lang),
        today=today,
        time_zone=zone,
        working_time=profile.records.working_time,
        limits=_limits(profile, W),
        current=current,
        previous=previous,
        previous_label=_label(_add_months(first, -1), lang),
        last_12=last_12,
        last_12_first=_label(months[0], lang),
        last_12_last=_label(months[-1], lang),
        comparison=_comparison(current, previous, last_12, W),
        targets=_targets(profile, current, W),
        breakdowns=tuple(_breakdown(this, column, W) for column in GROUP_COLUMNS),
        open_records=_open_records(judged, today, zone),
        trend=tuple(TrendPoint(_key(m), _label(m, lang), _figures(of(m))) for m in months),
    )


def _figures(frame: pd.DataFrame) -> Figures:
    f = figures(frame)
    return Figures(count=f["count"], acknowledged_on_time=f["acknowledged_on_time"],
                   acknowledged_rate=f["acknowledged_on_time_rate"], resolved_on_time=f["resolved_on_time"],
                   resolved_rate=f["resolved_on_time_rate"], open=f["open"], overdue=f["overdue"],
                   satisfied=f["satisfied"], surveyed=f["surveyed"], satisfaction_rate=f["satisfaction_rate"])


def _limits(profile: ServiceProfile, W: Mapping[str, str]) -> tuple[LimitLine, ...]:
    ack_key, resolve_key = LIMIT_KEYS[KIND]
    limits = profile.time_limits
    return (LimitLine(ack_key, W["limit_ack"], getattr(limits, ack_key)),
            LimitLine(resolve_key, W["limit_resolve"], getattr(limits, resolve_key)))


def _comparison(current: Figures, previous: Figures, last_12: Figures, W: Mapping[str, str]) -> tuple:
    rows = [Comparison(W["received"], "count", current.count, previous.count, current.count - previous.count,
                       last_12.count / TREND_MONTHS)]
    for key, attr in (("ack_rate", "acknowledged_rate"), ("resolved_rate", "resolved_rate"),
                      ("satisfaction_rate", "satisfaction_rate")):
        now, then = getattr(current, attr), getattr(previous, attr)
        rows.append(Comparison(W[key], "rate", now, then, _rate_change(now, then), getattr(last_12, attr)))
    return tuple(rows)


def _targets(profile: ServiceProfile, current: Figures, W: Mapping[str, str]) -> tuple[TargetCheck, ...]:
    checks = []
    for key, label, actual in (("on_time_rate", W["target_on_time"], current.resolved_rate),
                               ("satisfaction_rate", W["target_satisfaction"], current.satisfaction_rate)):
        target = getattr(profile.targets, key) / 100
        checks.append(TargetCheck(key, label, target, actual, None if actual is None else actual >= target))
    return tuple(checks)


def _breakdown(frame: pd.DataFrame, column: str, W: Mapping[str, str]) -> Breakdown:
    total = len(frame)
    groups = sorted(frame.groupby(column, sort=False),  # the most complaints first, an empty value last of its count
                    key=lambda kv: (-len(kv[1]), not str(kv[0]).strip(), str(kv[0])))
    rows = tuple(GroupRow(_value(key, W), len(group) / total, _figures(group)) for key, group in groups)
    return Breakdown(column, W[f"by_{column}"], W[column], rows)


def _open_records(judged: pd.DataFrame, today: date, zone: str) -> tuple[OpenRecord, ...]:
    """Open complaints received by the month's end: overdue ones first, then the longest open."""
    frame = judged[judged["open"]]
    if frame.empty:
        return ()
    as_of = local_midnight(today + timedelta(days=1), zone)
    hours = ((as_of - frame["received_at"]).dt.total_seconds() / 3600).clip(lower=0)
    local = frame["received_at"].dt.tz_convert(zone).dt.tz_localize(None).dt.floor("s")
    rows = [OpenRecord(str(rid), ts.to_pydatetime(), str(cat), str(sup), str(out), round(float(h), 1), bool(late))
            for rid, ts, cat, sup, out, h, late in zip(frame["id"], local, frame["category"], frame["supplier"],
                                                       frame["outlet"], hours, frame["overdue"])]
    rows.sort(key=lambda r: (not r.overdue, -r.hours_open, r.id))
    return tuple(rows)


def _value(key, W: Mapping[str, str]) -> str:
    text = "" if key is None or pd.isna(key) else str(key).strip()
    return text or W["not_given"]


def _key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _label(day: date, lang: str) -> str:
    return month_label(day.year, day.month, lang)


def _add_months(day: date, n: int) -> date:
    index = day.year * 12 + day.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def _rate_change(now: Optional[float], then: Optional[float]) -> Optional[float]:
    return None if now is None or then is None else round(now - then, 4)
