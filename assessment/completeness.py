"""Evidence completeness: how much of the catalog's evidence checklist is ticked as in hand."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from criteria import Catalog

from .models import Assessment


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
