"""Use cases the app needs on top of the core: comparing two rounds, evidence completeness, the portfolio's
certification calendar and its iCalendar file, and a check of the unified social credit code.

Pure functions of their inputs (the store, where needed, is passed in); no Streamlit here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Iterable, Optional

from criteria import Catalog, CycleRules, default_catalog

from . import cycle
from .models import Assessment, Certificate, Response
from .scoring import Result, score
from .store import BrokenCertificate

# -- comparing two rounds --------------------------------------------------------------------------------------

# What can change in an answer, in the order a reader checks it.
CHANGE_FIELDS = ("result", "samples", "failed_samples", "exclusion", "evidence", "note")


@dataclass(frozen=True)
class ItemChange:
    item_id: str
    indicator_id: str
    before: Optional[Response]
    after: Optional[Response]
    changes: tuple[str, ...]  # codes from CHANGE_FIELDS ("result" also covers answered / unanswered)
    before_points: Fraction  # points earned
    after_points: Fraction
    before_share: Fraction  # the item's share of the base score: earned / applicable points x total
    after_share: Fraction

    @property
    def score_delta(self) -> Fraction:
        """Base-score points this item added (negative: took away) between the rounds."""
        return self.after_share - self.before_share

    @property
    def changed(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class IndicatorChange:
    indicator_id: str
    before_percent: Optional[Fraction]
    after_percent: Optional[Fraction]
    before_share: Fraction
    after_share: Fraction
    items: tuple[ItemChange, ...]

    @property
    def score_delta(self) -> Fraction:
        return self.after_share - self.before_share


@dataclass(frozen=True)
class Comparison:
    before: Result
    after: Result
    indicators: tuple[IndicatorChange, ...]
    same_catalog: bool

    @property
    def items(self) -> tuple[ItemChange, ...]:
        return tuple(it for ind in self.indicators for it in ind.items)

    @property
    def base_delta(self) -> Fraction:
        return self.after.base - self.before.base

    @property
    def final_delta(self) -> Fraction:
        return Fraction(self.after.final) - Fraction(self.before.final)


def _changes(before: Optional[Response], after: Optional[Response]) -> tuple[str, ...]:
    if before is None and after is None:
        return ()
    if before is None or after is None:
        return ("result",)
    out = []
    if before.result != after.result:
        out.append("result")
    if before.samples != after.samples:
        out.append("samples")
    if before.failed_samples != after.failed_samples:
        out.append("failed_samples")
    if (before.result == "excluded" or after.result == "excluded") and before.justification != after.justification:
        out.append("exclusion")
    if set(before.evidence) != set(after.evidence):
        out.append("evidence")
    if before.note != after.note:
        out.append("note")
    return tuple(out)


def _shares(result: Result) -> dict[str, Fraction]:
    scale = Fraction(100) / result.applicable_points if result.applicable_points else Fraction(0)
    return {it.item_id: (it.earned * scale if it.applicable else Fraction(0)) for it in result.items}


def compare_rounds(
    catalog_before: Catalog, before: Assessment, catalog_after: Catalog, after: Assessment
) -> Comparison:
    """Two assessments of one enterprise side by side, per indicator and per item.

    Each item's share of the base score (earned / applicable points x 100) is computed in both rounds; the
    shares add up to the base score, so the per-item differences add up to the base-score difference.
    Items are matched by id; the later round's catalog gives the order.
    """
    r_before, r_after = score(catalog_before, before), score(catalog_after, after)
    s_before, s_after = _shares(r_before), _shares(r_after)
    resp_before, resp_after = before.response_map(), after.response_map()
    earned_before = {it.item_id: it.earned for it in r_before.items}
    earned_after = {it.item_id: it.earned for it in r_after.items}
    pct_before = {s.id: s.percent for s in r_before.indicators}
    pct_after = {s.id: s.percent for s in r_after.indicators}

    order: list[tuple[str, str]] = [(ind.id, it.id) for _, ind, it in catalog_after.iter_items()]
    known = {item for _, item in order}
    order += [(ind.id, it.id) for _, ind, it in catalog_before.iter_items() if it.id not in known]
    groups: dict[str, list[ItemChange]] = {}
    for ind_id, item_id in order:
        b, a = resp_before.get(item_id), resp_after.get(item_id)
        groups.setdefault(ind_id, []).append(
            ItemChange(
                item_id=item_id,
                indicator_id=ind_id,
                before=b,
                after=a,
                changes=_changes(b, a),
                before_points=earned_before.get(item_id, Fraction(0)),
                after_points=earned_after.get(item_id, Fraction(0)),
                before_share=s_before.get(item_id, Fraction(0)),
                after_share=s_after.get(item_id, Fraction(0)),
            )
        )
    indicators = tuple(
        IndicatorChange(
            indicator_id=ind_id,
            before_percent=pct_before.get(ind_id),
            after_percent=pct_after.get(ind_id),
            before_share=sum((i.before_share for i in items), Fraction(0)),
            after_share=sum((i.after_share for i in items), Fraction(0)),
            items=tuple(items),
        )
        for ind_id, items in groups.items()
    )
    same = (catalog_before.id, catalog_before.version) == (catalog_after.id, catalog_after.version)
    return Comparison(r_before, r_after, indicators, same)


# -- evidence completeness ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Completeness:
    in_hand: int
    expected: int

    @property
    def ratio(self) -> Optional[float]:
        return self.in_hand / self.expected if self.expected else None


def evidence_completeness(catalog: Catalog, assessment: Assessment) -> tuple[dict[str, Completeness], Completeness]:
    """Per item and overall: how much of the catalog's evidence checklist is ticked as in hand.

    Excluded items expect no evidence and are left out of the overall figure.
    """
    responses = assessment.response_map()
    per_item: dict[str, Completeness] = {}
    total_in = total_expected = 0
    for _, _, item in catalog.iter_items():
        ids = {e.id for e in item.evidence}
        resp = responses.get(item.id)
        have = len(ids & set(resp.evidence)) if resp else 0
        per_item[item.id] = Completeness(have, len(ids))
        if resp is None or resp.result != "excluded":
            total_in += have
            total_expected += len(ids)
    return per_item, Completeness(total_in, total_expected)


# -- the certification calendar ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarEntry:
    enterprise_id: int
    enterprise_name: str
    certificate_id: int
    certificate: Certificate
    state: str  # valid | surveillance_overdue | expired
    events: tuple[cycle.CycleEvent, ...]


@dataclass(frozen=True)
class CalendarProblem:
    """An enterprise's current certificate whose stored values give no cycle: shown as an error on its row."""

    enterprise_id: int
    enterprise_name: str
    certificate_id: int
    number: str
    field: str  # issued_on | audit | audits (see store.BadValue)
    value: str  # the stored text


@dataclass(frozen=True)
class CalendarView:
    entries: tuple[CalendarEntry, ...]
    problems: tuple[CalendarProblem, ...]


def calendar_view(store, today: date, rules: Optional[CycleRules] = None, enterprise_id: Optional[int] = None,
                  include_archived: bool = False) -> CalendarView:
    """Every enterprise's current (latest issued) certificate with its cycle events, by enterprise name; the
    certificates whose stored dates cannot be read, or put the cycle outside the calendar, as problems."""
    rules = rules or default_catalog().cycle
    names = {e.id: e for e in store.list_enterprises(include_archived=True)}
    latest: dict[int, object] = {}
    for rec in store.read_certificates(enterprise_id):  # ordered by issue date: the latest wins
        latest[rec.enterprise_id] = rec
    entries, problems = [], []
    for ent_id, rec in latest.items():
        ent = names.get(ent_id)
        if ent is None or (ent.archived and not include_archived):
            continue
        if isinstance(rec, BrokenCertificate):
            problems.append(CalendarProblem(ent_id, ent.name, rec.id, rec.number, rec.problem.field, rec.problem.value))
            continue
        try:
            state = cycle.certificate_state(rec.certificate, today, rules)
            events = tuple(cycle.certificate_events(rec.certificate, today, rules))
        except cycle.CycleDateError as exc:
            problems.append(CalendarProblem(ent_id, ent.name, rec.id, rec.certificate.number, exc.field,
                                            exc.value.isoformat()))
            continue
        entries.append(CalendarEntry(ent_id, ent.name, rec.id, rec.certificate, state, events))
    entries.sort(key=lambda e: (e.enterprise_name, e.enterprise_id))
    problems.sort(key=lambda p: (p.enterprise_name, p.enterprise_id))
    return CalendarView(tuple(entries), tuple(problems))


def certification_calendar(store, today: date, rules: Optional[CycleRules] = None, enterprise_id: Optional[int] = None,
                           include_archived: bool = False) -> list[CalendarEntry]:
    """The calendar entries of `calendar_view` (certificates without a usable cycle left out)."""
    return list(calendar_view(store, today, rules, enterprise_id, include_archived).entries)


def calendar_ics(entries: Iterable[CalendarEntry], today: date, rules: Optional[CycleRules] = None,
                 titles: Optional[dict[str, str]] = None) -> bytes:
    """One iCalendar file for the given calendar entries (one enterprise or the whole portfolio)."""
    rules = rules or default_catalog().cycle
    return cycle.to_ics([(e.enterprise_name, e.certificate) for e in entries], today, rules, titles=titles)


def portfolio_ics(store, today: date, titles: Optional[dict[str, str]] = None,
                  enterprise_id: Optional[int] = None) -> bytes:
    """The certification calendar of the whole portfolio (or one enterprise) as an .ics file."""
    rules = default_catalog().cycle
    return calendar_ics(certification_calendar(store, today, rules, enterprise_id), today, rules, titles)


# -- the unified social credit code (GB 32100-2015) ---------------------------------------------------------------

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code_problem(code: str) -> Optional[str]:
    """None when `code` is empty or a well-formed 18-character code with a correct check character;
    otherwise 'length', 'characters' or 'check_digit'. A warning for the user, not a reason to refuse."""
    code = code.strip().upper()
    if not code:
        return None
    if len(code) != 18:
        return "length"
    if any(c not in _USCC_CHARS for c in code):
        return "characters"
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(code[:17], _USCC_WEIGHTS))
    check = (31 - total % 31) % 31
    return None if _USCC_CHARS[check] == code[17] else "check_digit"
