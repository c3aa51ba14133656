"""The report data: a plain frozen tree with everything the templates show, texts already in one language.

Numbers are formatted strings (what the PDF prints, what tests read); the charts also get the raw percentages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Mapping, Optional


@dataclass(frozen=True)
class EnterpriseView:
    name: str
    running_name: str  # the name on one line, shortened for the running header
    credit_code: str
    kind: str
    industry: str
    address: str
    contact: str


@dataclass(frozen=True)
class CatalogView:
    id: str
    version: str
    title: str
    standard: str
    weighting: str  # toolkit_default | scoring_sheet
    weighting_text: str
    note: str


@dataclass(frozen=True)
class ScoreView:
    final: str
    base: str
    deductions: str
    deductions_text: str  # "−2" or "0"
    deduction_count: int
    bonus: str
    bonus_text: str  # "+1" or "0"
    level_id: str
    level_name: str
    stars: int
    max_stars: int
    score_level_name: str
    eligible: bool
    ineligible_reasons: tuple[str, ...]
    notes: tuple[str, ...]
    next_level_text: str  # "3.5 points to four-star" or "the highest level is reached"
    answered: int
    total_items: int


@dataclass(frozen=True)
class EvidenceView:
    text: str
    kind: str
    in_hand: bool


@dataclass(frozen=True)
class ItemView:
    id: str
    requirement: str
    guidance: str
    method: str  # qualitative | sampled
    method_label: str
    points: str
    result: Optional[str]  # met | not_met | partial | excluded | None (not assessed)
    result_label: str
    earned: str
    applicable: bool
    samples: Optional[int]
    failed_samples: Optional[int]
    note: str
    justification: str
    evidence: tuple[EvidenceView, ...]
    extra_evidence: tuple[str, ...]
    to_reverify: bool


@dataclass(frozen=True)
class IndicatorView:
    id: str
    name: str
    points: str
    applicable: str
    earned: str
    percent: str  # "86.7" or the "n/a" label
    percent_value: Optional[float]
    items: tuple[ItemView, ...]
    authorship: str = ""  # "Answered by 王丽, 李明 · last changed by 李明, …" ("" without an audit trail)


@dataclass(frozen=True)
class AreaView:
    id: str
    name: str
    points: str
    applicable: str
    earned: str
    percent: str
    percent_value: Optional[float]
    indicators: tuple[IndicatorView, ...]


@dataclass(frozen=True)
class ActionView:
    """A tracked corrective action as the action plan prints it."""
    number: int  # 1-based, its place in the plan
    target: str  # "1.2.1", or "Special deduction 1"
    description: str
    owner: str
    due_on: str
    status: str  # open | in_progress | done | verified
    status_label: str
    done_on: str
    verified_by: str
    verification_note: str
    overdue: bool  # not done yet and past its due date on the report date
    carried_over: bool


@dataclass(frozen=True)
class GapView:
    item_id: str
    indicator: str  # "1.2 Staffing"
    requirement: str
    result_label: str
    lost: str
    gain: str
    actions: tuple[ActionView, ...]  # the plan's actions on this item (none: the report leaves blanks to fill in)


@dataclass(frozen=True)
class PathView:
    level_name: str
    reachable: bool
    text: str  # the sentence introducing the list, or why the level cannot be reached
    items: tuple[tuple[str, str], ...]  # (item id, requirement)


@dataclass(frozen=True)
class ExclusionView:
    item_id: str
    indicator: str
    requirement: str
    points: str
    justification: str


@dataclass(frozen=True)
class UnprovenView:
    """A met or partial answer with no evidence file and no evidence seen on site ticked."""
    item_id: str
    indicator: str
    requirement: str
    result_label: str


@dataclass(frozen=True)
class DeductionView:
    category: str
    description: str
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class CompareRow:
    indicator_id: str
    name: str
    before: str
    after: str
    change: str
    direction: str  # up | down | same | none


@dataclass(frozen=True)
class ComparisonView:
    intro: str
    before_final: str
    after_final: str
    before_level: str
    after_level: str
    change_final: str
    direction: str
    rows: tuple[CompareRow, ...]


@dataclass(frozen=True)
class EventView:
    title: str
    due_on: str
    status: str
    status_label: str
    done_on: str


@dataclass(frozen=True)
class CertificateView:
    number: str
    issued_on: str
    level_name: str
    state: str
    state_label: str


@dataclass(frozen=True)
class CalendarView:
    certificate: Optional[CertificateView]
    events: tuple[EventView, ...]
    as_of: str
    due: tuple[str, ...]  # "Surveillance audit 2 — 2025-03-01 — Overdue"
    next_due: str  # one line for the summary
    rules: tuple[str, str]


@dataclass(frozen=True)
class LevelRow:
    name: str
    min_score: str
    stars: int


@dataclass(frozen=True)
class MethodView:
    rules: tuple[str, ...]
    levels: tuple[LevelRow, ...]
    not_passed: LevelRow
    weighting_text: str
    catalog_note: str


@dataclass(frozen=True)
class ReportData:
    lang: str
    html_lang: str
    labels: Mapping[str, str]
    title: str
    report_date: date
    report_date_text: str
    assessed_on_text: str
    assessor: str
    enterprise: EnterpriseView
    catalog: CatalogView
    score: ScoreView
    draft: bool  # items not yet assessed, or answers still to re-verify
    draft_notice: str  # how many items are not yet assessed ("" when all are)
    reverify_count: int  # answers copied from the previous round and not yet re-verified
    reverify_notice: str  # how many of them ("" when none)
    top_gaps: tuple[GapView, ...]
    path: Optional[PathView]
    areas: tuple[AreaView, ...]
    exclusions: tuple[ExclusionView, ...]
    deductions: tuple[DeductionView, ...]
    deduction_rule: str
    bonus: Optional[str]
    bonus_points: str
    actions: tuple[GapView, ...]  # every gap, by points lost, with its actions
    other_actions: tuple[ActionView, ...]  # the plan's actions on special deductions and on items without a gap
    action_summary: str  # "5 corrective actions: 2 open, ...; 1 overdue" ("" when the plan is empty)
    comparison: Optional[ComparisonView]
    calendar: CalendarView
    method: MethodView
    unproven: Optional[tuple[UnprovenView, ...]] = None  # None: the caller did not say which items have files

    def indicators(self) -> tuple[IndicatorView, ...]:
        return tuple(ind for area in self.areas for ind in area.indicators)
