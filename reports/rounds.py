"""The report's comparison with the previous round: each area's percentage and the final score, before and after."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Optional

from assessment.formatting import fixed, long_date, signed
from assessment.scoring import round_half_up, score

from .data import CompareRow, ComparisonView


def _direction(change: Optional[Fraction | Decimal], decimals: int = 1) -> str:
    if change is None:
        return "none"
    rounded = round_half_up(abs(Fraction(change)), decimals)
    if not rounded:
        return "same"
    return "up" if change > 0 else "down"


def comparison_view(catalog, result, previous, previous_catalog, lang, L) -> Optional[ComparisonView]:
    if previous is None:
        return None
    prev_catalog = previous_catalog or catalog
    before = score(prev_catalog, previous)
    before_subs = {s.id: s for s in before.indicators}
    rows = []
    for ind, sub in zip(catalog.indicators(), result.indicators):
        old = before_subs.get(ind.id)
        old_pct = old.percent if old is not None else None
        new_pct = sub.percent
        change = new_pct - old_pct if old_pct is not None and new_pct is not None else None
        rows.append(
            CompareRow(
                indicator_id=ind.id,
                name=ind.name.get(lang),
                before=fixed(old_pct, lang, 1) if old_pct is not None else "—",
                after=fixed(new_pct, lang, 1) if new_pct is not None else "—",
                change=signed(change, lang, 1) if change is not None else "—",
                direction=_direction(change),
            )
        )
    decimals = catalog.rules.rounding.decimals
    change_final = result.final - before.final
    return ComparisonView(
        intro=L["comparison_intro"].format(
            date=long_date(previous.assessed_on, lang), catalog=previous.catalog.id, version=previous.catalog.version
        ),
        before_final=fixed(before.final, lang, decimals),
        after_final=fixed(result.final, lang, decimals),
        before_level=prev_catalog.level_name(before.level, lang),
        after_level=catalog.level_name(result.level, lang),
        change_final=signed(change_final, lang, decimals),
        direction=_direction(change_final, decimals),
        rows=tuple(rows),
    )
