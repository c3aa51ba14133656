"""The monthly complaint analysis as plain frozen data: what `build_monthly` returns, what the workbook and the PDF
render and what tests check. Texts are already in the analysis's language; figures stay numbers (rates 0..1,
None where there is nothing to divide by) so each rendering formats them its own way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Mapping, Optional


@dataclass(frozen=True)
class Figures:
    """Counts and rates of one set of complaints (as `assessment.records.kpi.figures` computes them)."""

    count: int
    acknowledged_on_time: int
    acknowledged_rate: Optional[float]
    resolved_on_time: int
    resolved_rate: Optional[float]
    open: int
    overdue: int
    satisfied: int
    surveyed: int
    satisfaction_rate: Optional[float]


@dataclass(frozen=True)
class GroupRow:
    label: str  # the value ("(not given)" in the analysis's language for an empty one)
    share: Optional[float]  # of the month's complaints
    figures: Figures


@dataclass(frozen=True)
class Breakdown:
    """The month's complaints grouped by one column (category, product, supplier, channel, outlet)."""

    column: str
    title: str
    heading: str
    rows: tuple[GroupRow, ...]


@dataclass(frozen=True)
class Comparison:
    """One measure this month, last month, the change and over the last 12 months. `kind` is "count" (change in
    complaints, 12 months as a monthly average) or "rate" (change in percentage points)."""

    label: str
    kind: str
    this_month: Optional[float]
    last_month: Optional[float]
    change: Optional[float]
    last_12: Optional[float]


@dataclass(frozen=True)
class TargetCheck:
    key: str  # the profile's `targets` key
    label: str
    target: float  # a rate 0..1
    actual: Optional[float]
    met: Optional[bool]  # None: no data this month


@dataclass(frozen=True)
class LimitLine:
    key: str  # the profile's `time_limits` key
    label: str
    hours: int


@dataclass(frozen=True)
class OpenRecord:
    id: str
    received: datetime  # local time, naive
    category: str
    supplier: str
    outlet: str
    hours_open: float  # clock hours from receipt to the end of `today`
    overdue: bool


@dataclass(frozen=True)
class TrendPoint:
    month: str  # "YYYY-MM"
    label: str
    figures: Figures


@dataclass(frozen=True)
class MonthlyAnalysis:
    lang: str
    words: Mapping[str, str]
    enterprise_name: str
    month: date  # first day of the month
    month_label: str
    today: date
    time_zone: str
    working_time: bool
    limits: tuple[LimitLine, ...]
    current: Figures
    previous: Figures
    previous_label: str
    last_12: Figures
    last_12_first: str  # month labels of the window's ends
    last_12_last: str
    comparison: tuple[Comparison, ...]
    targets: tuple[TargetCheck, ...]
    breakdowns: tuple[Breakdown, ...]
    open_records: tuple[OpenRecord, ...]
    trend: tuple[TrendPoint, ...]

    @property
    def empty(self) -> bool:
        """No complaint was received in the month."""
        return self.current.count == 0

    @property
    def overdue_count(self) -> int:
        return sum(1 for r in self.open_records if r.overdue)
