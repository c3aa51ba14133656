"""Gaps, what-if projections and the cheapest path to each higher level: pure functions over `score`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Iterable, Mapping, Optional

from criteria import Catalog

from .models import Assessment, Response
from .scoring import Result, round_half_up, score


@dataclass(frozen=True)
class Gap:
    item_id: str
    indicator_id: str
    area_id: str
    result: Optional[str]  # None: unanswered
    lost: Fraction  # catalog points lost
    score_gain: Fraction  # base-score points gained if the item were met

    @property
    def lost_rounded(self) -> Decimal:
        return round_half_up(self.lost, 2)

    @property
    def gain_rounded(self) -> Decimal:
        return round_half_up(self.score_gain, 2)

    def to_dict(self, effort: Optional[int] = None) -> dict:
        """One gap as in `gaps --json`; `effort` is the item's effort when an effort map was given."""
        return {
            "item": self.item_id,
            "indicator": self.indicator_id,
            "area": self.area_id,
            "result": self.result,
            "lost": float(self.lost_rounded),
            "score_gain": float(self.gain_rounded),
            "effort": effort,
        }


@dataclass(frozen=True)
class IndicatorGaps:
    indicator_id: str
    lost: Fraction
    gaps: tuple[Gap, ...]

    def to_dict(self) -> dict:
        return {"indicator": self.indicator_id, "lost": float(round_half_up(self.lost, 2)),
                "items": [g.item_id for g in self.gaps]}


def gaps(result: Result) -> list[Gap]:
    """Every applicable item that lost points, largest loss first (ties in catalog order)."""
    order = {it.item_id: n for n, it in enumerate(result.items)}
    scale = Fraction(100) / result.applicable_points if result.applicable_points else Fraction(0)
    out = [
        Gap(it.item_id, it.indicator_id, it.area_id, it.result, it.lost, it.lost * scale)
        for it in result.items
        if it.applicable and it.lost > 0
    ]
    out.sort(key=lambda g: (-g.lost, order[g.item_id]))
    return out


def gaps_by_indicator(result: Result) -> list[IndicatorGaps]:
    """Gaps grouped by indicator, indicators with the largest total loss first."""
    groups: dict[str, list[Gap]] = {}
    for g in gaps(result):
        groups.setdefault(g.indicator_id, []).append(g)
    out = [IndicatorGaps(k, sum((g.lost for g in v), Fraction(0)), tuple(v)) for k, v in groups.items()]
    out.sort(key=lambda ig: -ig.lost)
    return out


def fixed(assessment: Assessment, item_ids: Iterable[str]) -> Assessment:
    """The assessment as it would be with the given items met (notes and evidence kept)."""
    current = assessment.response_map()
    updated = assessment
    for item_id in item_ids:
        old = current.get(item_id)
        if old is None:
            new = Response(item=item_id, result="met")
        else:
            new = Response(
                **{
                    **old.model_dump(),
                    "result": "met",
                    "samples": old.samples,
                    "failed_samples": 0 if old.samples is not None else None,
                    "to_reverify": False,
                }
            )
        updated = updated.with_response(new)
    return updated


def what_if(catalog: Catalog, assessment: Assessment, item_ids: Iterable[str]) -> Result:
    """The result if the given items were met."""
    ids = list(item_ids)
    unknown = [i for i in ids if i not in {it.id for _, _, it in catalog.iter_items()}]
    if unknown:
        from .scoring import InvalidResponse

        raise InvalidResponse([f"item {i!r}: no such item in catalog {catalog.id} {catalog.version}" for i in unknown])
    return score(catalog, fixed(assessment, ids))


@dataclass(frozen=True)
class Path:
    """The cheapest set of items whose fixing reaches `level`, or why it cannot be reached."""

    level: str
    reachable: bool
    items: tuple[str, ...]
    effort: int
    projected_final: Optional[Decimal]
    reason: Optional[str] = None

    def to_dict(self) -> dict:
        return {
            "level": self.level,
            "reachable": self.reachable,
            "items": list(self.items),
            "effort": self.effort,
            "projected_final": None if self.projected_final is None else float(self.projected_final),
            "reason": self.reason,
        }


def cheapest_paths(
    catalog: Catalog,
    assessment: Assessment,
    effort: Optional[Mapping[str, int]] = None,
    result: Optional[Result] = None,
) -> list[Path]:
    """For every level above the current one, the smallest set of items to fix to reach it.

    With no `effort`, each item costs 1, so the path has the fewest items (ties broken by the larger gain).
    With `effort` (item id -> positive whole units, e.g. person-days; missing items cost 1), the path has the
    least total effort. A 0/1 knapsack over effort, exact in Fractions; verified by re-scoring.
    """
    result = result or score(catalog, assessment)
    rules = catalog.rules
    candidates = gaps(result)
    costs = [max(1, int((effort or {}).get(g.item_id, 1))) for g in candidates]
    current_rank = _rank(catalog, result.score_level)
    paths: list[Path] = []
    for lv in rules.levels:
        if _rank(catalog, lv.id) <= current_rank:
            continue
        if result.deduction_count >= rules.deductions_for_no_grade:
            paths.append(Path(lv.id, False, (), 0, None, "too_many_special_deductions"))
            continue
        # rounded final >= T  <=>  exact final >= T - half a unit of the last kept decimal
        half = Fraction(1, 2) * Fraction(1, 10**rules.rounding.decimals)
        target = Fraction(lv.min_score) - half + Fraction(result.deductions) - Fraction(result.bonus)
        need = target - result.base  # base-score points to gain
        chosen = _min_cost_cover([g.score_gain for g in candidates], costs, need)
        if chosen is None:
            paths.append(Path(lv.id, False, (), 0, None, "not_reachable_by_fixing_items"))
            continue
        ids = tuple(candidates[i].item_id for i in chosen)
        projected = what_if(catalog, assessment, ids)
        reached = projected.final >= lv.min_score
        paths.append(
            Path(
                lv.id,
                reached,
                ids,
                sum(costs[i] for i in chosen),
                projected.final,
                None if reached else "not_reachable_by_fixing_items",
            )
        )
    return paths


def _rank(catalog: Catalog, level_id: str) -> int:
    ids = ["not_passed"] + [lv.id for lv in catalog.rules.levels]
    return ids.index(level_id)


def _min_cost_cover(gains: list[Fraction], costs: list[int], need: Fraction) -> Optional[list[int]]:
    """Indices of a least-cost subset whose gains sum to at least `need` (largest gain among equal costs)."""
    if need <= 0:
        return []
    if sum(gains, Fraction(0)) < need:
        return None
    # best[c] = (gain, chosen indices) with the largest gain at total cost exactly c
    best: dict[int, tuple[Fraction, tuple[int, ...]]] = {0: (Fraction(0), ())}
    for i, (g, c) in enumerate(zip(gains, costs)):
        for total, (gain, chosen) in sorted(best.items(), reverse=True):
            nc = total + c
            ng = gain + g
            if nc not in best or best[nc][0] < ng:
                best[nc] = (ng, chosen + (i,))
    for total in sorted(best):
        gain, chosen = best[total]
        if gain >= need:
            return sorted(chosen)
    return None
