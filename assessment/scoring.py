"""`score(catalog, assessment) -> Result`: the one place the score and star level are computed.

Exact arithmetic throughout (Fraction), so 94.95 is never 94.94999. Every rule that a certification body could
set differently (thresholds, rounding, the deduction limit, the bonus cap) is read from the catalog.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Optional

from criteria import Catalog

from .models import Assessment, Response


class InvalidResponse(ValueError):
    """Responses that do not fit the catalog. `problems` lists each with its item."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


@dataclass(frozen=True)
class ItemScore:
    item_id: str
    indicator_id: str
    area_id: str
    points: Decimal
    method: str
    result: Optional[str]  # None: unanswered
    applicable: bool
    earned: Fraction
    samples: Optional[int] = None
    failed_samples: Optional[int] = None

    @property
    def answered(self) -> bool:
        return self.result is not None

    @property
    def lost(self) -> Fraction:
        return Fraction(self.points) - self.earned if self.applicable else Fraction(0)


@dataclass(frozen=True)
class Subtotal:
    """Earned and applicable points of an indicator or an area."""

    id: str
    points: Decimal
    applicable: Fraction
    earned: Fraction

    @property
    def percent(self) -> Optional[Fraction]:
        return self.earned / self.applicable * 100 if self.applicable else None


@dataclass(frozen=True)
class Result:
    catalog_id: str
    catalog_version: str
    items: tuple[ItemScore, ...]
    indicators: tuple[Subtotal, ...]
    areas: tuple[Subtotal, ...]
    applicable_points: Fraction
    earned_points: Fraction
    base: Fraction  # exact, before deductions and bonus
    deductions: Decimal
    deduction_count: int
    bonus: Decimal
    final: Decimal  # clamped and rounded as the catalog says
    level: str  # not_passed | compliant | three_star | four_star | five_star
    score_level: str  # the level the score alone reaches, before eligibility and policy
    eligible: bool
    ineligible_reasons: tuple[str, ...]
    unanswered: tuple[str, ...]
    next_level: Optional[str]
    points_to_next_level: Optional[Decimal]
    notes: tuple[str, ...] = field(default=())

    @property
    def complete(self) -> bool:
        return not self.unanswered

    def item(self, item_id: str) -> ItemScore:
        for it in self.items:
            if it.item_id == item_id:
                return it
        raise KeyError(item_id)

    def to_dict(self) -> dict:
        """The machine-readable summary (`score --json`): a public contract."""
        return {
            "catalog": {"id": self.catalog_id, "version": self.catalog_version},
            "base": float(round_half_up(self.base, 2)),
            "deductions": float(self.deductions),
            "deduction_count": self.deduction_count,
            "bonus": float(self.bonus),
            "final": float(self.final),
            "level": self.level,
            "score_level": self.score_level,
            "eligible": self.eligible,
            "ineligible_reasons": list(self.ineligible_reasons),
            "complete": self.complete,
            "unanswered": list(self.unanswered),
            "next_level": self.next_level,
            "points_to_next_level": None if self.points_to_next_level is None else float(self.points_to_next_level),
            "applicable_points": float(self.applicable_points),
            "earned_points": float(round_half_up(self.earned_points, 2)),
            "areas": [_subtotal_dict(s) for s in self.areas],
            "indicators": [_subtotal_dict(s) for s in self.indicators],
            "items": [
                {
                    "item": it.item_id,
                    "result": it.result,
                    "points": float(it.points),
                    "applicable": it.applicable,
                    "earned": float(round_half_up(it.earned, 2)),
                    "lost": float(round_half_up(it.lost, 2)),
                }
                for it in self.items
            ],
            "notes": list(self.notes),
        }

    def summary_dict(self) -> dict:
        """`to_dict()` without the per-item, per-indicator and per-area lists (`whatif --json`)."""
        data = self.to_dict()
        for key in ("items", "indicators", "areas"):
            data.pop(key, None)
        return data


def _subtotal_dict(s: Subtotal) -> dict:
    pct = s.percent
    return {
        "id": s.id,
        "points": float(s.points),
        "applicable": float(s.applicable),
        "earned": float(round_half_up(s.earned, 2)),
        "percent": None if pct is None else float(round_half_up(pct, 1)),
    }


def round_half_up(value: Fraction | Decimal | int, decimals: int) -> Decimal:
    """Round an exact value half away from zero for positives (half-up), as score sheets quote scores."""
    frac = Fraction(value)
    # Decimal division of two exact integers to ample precision, then quantize: exact for our magnitudes.
    quantum = Decimal(1).scaleb(-decimals)
    scaled = frac * 10**decimals
    floor = scaled.numerator // scaled.denominator
    remainder = scaled - floor
    rounded = floor + 1 if remainder >= Fraction(1, 2) else floor
    return (Decimal(rounded) * quantum).quantize(quantum, rounding=ROUND_HALF_UP)


def check_responses(catalog: Catalog, assessment: Assessment) -> list[str]:
    """Every way the responses do not fit the catalog, each naming the item."""
    problems: list[str] = []
    if assessment.catalog.id != catalog.id:
        problems.append(
            f"catalog: the assessment was answered against {assessment.catalog.id!r}, not {catalog.id!r}"
        )
    items = {it.id: it for _, _, it in catalog.iter_items()}
    for i, r in enumerate(assessment.responses):
        item = items.get(r.item)
        where = f"responses[{i}] item {r.item!r}"
        if item is None:
            problems.append(f"{where}: no such item in catalog {catalog.id} {catalog.version}")
            continue
        if r.result == "partial" and item.method != "sampled":
            problems.append(f"{where}: 'partial' is only for sampled items; this item is qualitative")
        if r.result == "excluded" and not item.excludable:
            problems.append(f"{where}: this item cannot be excluded")
    for i, a in enumerate(assessment.actions):
        if a.item is not None and a.item not in items:
            problems.append(f"actions[{i}] item {a.item!r}: no such item in catalog {catalog.id} {catalog.version}")
    if assessment.special_bonus is not None and catalog.rules.max_bonus < 1:
        problems.append("special_bonus: this catalog allows no special bonus")
    cert = assessment.certificate
    if cert is not None and cert.level not in catalog.level_ids:
        problems.append(f"certificate.level: {cert.level!r} is not a level of catalog {catalog.id} {catalog.version} "
                        f"({', '.join(catalog.level_ids)})")
    return problems


_ZERO = Fraction(0)


@lru_cache(maxsize=4096)
def _exact(points: Decimal) -> Fraction:
    """Catalog points as an exact Fraction; cached, as catalogs reuse a handful of values."""
    return Fraction(points)


def item_earned(points: Decimal, response: Optional[Response]) -> tuple[bool, Fraction]:
    """(applicable, earned) of one item under one response."""
    if response is None:
        return True, _ZERO
    if response.result == "excluded":
        return False, _ZERO
    if response.result == "met":
        return True, _exact(points)
    if response.result == "not_met":
        return True, _ZERO
    # partial: points in proportion to the conforming share of the samples
    samples = response.samples or 0
    failed = response.failed_samples or 0
    return True, _exact(points) * Fraction(samples - failed, samples)


def score(catalog: Catalog, assessment: Assessment) -> Result:
    """Score an assessment against a catalog. Raises InvalidResponse when a response does not fit the catalog."""
    problems = check_responses(catalog, assessment)
    if problems:
        raise InvalidResponse(problems)
    responses = assessment.response_map()
    rules = catalog.rules

    items: list[ItemScore] = []
    indicators: list[Subtotal] = []
    areas: list[Subtotal] = []
    # Whole-item points are Decimals, summed exactly in C; only sampled shares need Fractions. Both are exact.
    dzero = Decimal(0)
    for area in catalog.areas:
        a_app = a_earned = _ZERO
        for ind in area.indicators:
            i_app = i_met = dzero
            i_shares = _ZERO
            for item in ind.items:
                resp = responses.get(item.id)
                applicable, earned = item_earned(item.points, resp)
                items.append(
                    ItemScore(
                        item_id=item.id,
                        indicator_id=ind.id,
                        area_id=area.id,
                        points=item.points,
                        method=item.method,
                        result=resp.result if resp else None,
                        applicable=applicable,
                        earned=earned,
                        samples=resp.samples if resp else None,
                        failed_samples=resp.failed_samples if resp else None,
                    )
                )
                if applicable:
                    i_app += item.points
                    if resp is not None and resp.result == "met":
                        i_met += item.points
                    elif earned:
                        i_shares += earned
            i_app_f = _exact(i_app)
            i_earned = _exact(i_met) + i_shares if i_shares else _exact(i_met)
            indicators.append(Subtotal(ind.id, ind.points, i_app_f, i_earned))
            a_app += i_app_f
            a_earned += i_earned
        areas.append(Subtotal(area.id, area.points, a_app, a_earned))

    applicable = sum((s.applicable for s in areas), Fraction(0))
    earned = sum((s.earned for s in areas), Fraction(0))
    total = Fraction(rules.total_points)
    base = earned / applicable * total if applicable else Fraction(0)
    n_ded = len(assessment.special_deductions)
    deductions = rules.special_deduction_points * n_ded
    n_bonus = min(1 if assessment.special_bonus else 0, rules.max_bonus)
    bonus = rules.bonus_points * n_bonus
    final = final_score(catalog, base, deductions, bonus)
    unanswered = tuple(it.item_id for it in items if not it.answered)

    score_level = level_for(catalog, final)
    reasons: list[str] = []
    lowest = rules.levels[0]
    if final < lowest.min_score:
        reasons.append(f"score_below_{lowest.id}")
    if n_ded >= rules.deductions_for_no_grade:
        reasons.append("too_many_special_deductions")
    eligible = not reasons
    level = score_level if eligible else "not_passed"
    notes: list[str] = []
    if eligible and rules.compliant_year_before_stars and level != lowest.id and not _held_a_year(assessment):
        notes.append("stars_need_a_year_at_compliant")
        level = lowest.id
    if applicable == 0:
        notes.append("no_applicable_items")

    next_level, to_next = _next_level(catalog, final)
    return Result(
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        items=tuple(items),
        indicators=tuple(indicators),
        areas=tuple(areas),
        applicable_points=applicable,
        earned_points=earned,
        base=base,
        deductions=deductions,
        deduction_count=n_ded,
        bonus=bonus,
        final=final,
        level=level,
        score_level=score_level,
        eligible=eligible,
        ineligible_reasons=tuple(reasons),
        unanswered=unanswered,
        next_level=next_level,
        points_to_next_level=to_next,
        notes=tuple(notes),
    )


def final_score(catalog: Catalog, base: Fraction, deductions: Decimal, bonus: Decimal) -> Decimal:
    rules = catalog.rules
    raw = base - Fraction(deductions) + Fraction(bonus)
    raw = min(max(raw, Fraction(0)), Fraction(rules.total_points))
    return round_half_up(raw, rules.rounding.decimals)


def level_for(catalog: Catalog, final: Decimal) -> str:
    """The level a rounded final score reaches on its own."""
    reached = "not_passed"
    for lv in catalog.rules.levels:
        if final >= lv.min_score:
            reached = lv.id
    return reached


def _next_level(catalog: Catalog, final: Decimal) -> tuple[Optional[str], Optional[Decimal]]:
    for lv in catalog.rules.levels:
        if final < lv.min_score:
            return lv.id, lv.min_score - final
    return None, None


def _held_a_year(assessment: Assessment) -> bool:
    cert = assessment.certificate
    if cert is None:
        return False
    try:
        anniversary = cert.issued_on.replace(year=cert.issued_on.year + 1)
    except ValueError:  # 29 February
        anniversary = cert.issued_on.replace(year=cert.issued_on.year + 1, day=28)
    return assessment.assessed_on >= anniversary
