"""Comparing two rounds of one enterprise: what changed in each answer, and how each indicator's share moved."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Optional

from criteria import Catalog

from .models import Assessment, Response
from .scoring import Result, score

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
