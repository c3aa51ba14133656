"""Why there is no grade, why the level is held back, why a path is closed: one function words them all.

`reason_label` takes an ineligible reason, a scoring note or a path reason (`Result.ineligible_reasons`,
`Result.notes`, `Path.reason`). Alone it gives the short phrase of the vocabulary (for lists and table cells);
given the catalog (and the result, for the figures of this assessment) it gives the whole sentence with the figures
filled in, where the vocabulary has one (`reason.*.detail`). A code this toolkit does not know comes back as itself.
"""

from __future__ import annotations

from typing import Optional

from criteria import Catalog

from .formatting import num
from .scoring import Result
from .vocabulary import TERMS, term

__all__ = ["reason_label"]


def reason_label(reason: str, lang: str, catalog: Optional[Catalog] = None, result: Optional[Result] = None) -> str:
    code = "score_below_compliant" if reason.startswith("score_below_") else reason
    if f"reason.{code}" not in TERMS:
        return reason
    if catalog is not None and f"reason.{code}.detail" in TERMS:
        rules = catalog.rules
        if code == "score_below_compliant":
            lowest = rules.levels[0]
            return term("reason.score_below_compliant.detail", lang, level=lowest.name.get(lang),
                        min=num(lowest.min_score, lang))
        if code == "too_many_special_deductions":
            n = result.deduction_count if result is not None else rules.deductions_for_no_grade
            return term("reason.too_many_special_deductions.detail", lang, n=n, limit=rules.deductions_for_no_grade)
        if code == "stars_need_a_year_at_compliant" and result is not None and result.level:
            return term("reason.stars_need_a_year_at_compliant.detail", lang,
                        level=catalog.level_name(result.level, lang))
        if code == "no_applicable_items":
            return term("reason.no_applicable_items.detail", lang)
    return term(f"reason.{code}", lang)
