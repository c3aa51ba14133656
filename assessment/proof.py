"""Claims without proof: a `met` or `partial` answer with neither an evidence file nor an evidence entry of the
catalog marked as seen on site (an entry of kind `onsite` ticked). Pure: the wizard flags them, the results page
and the portfolio count them, the report lists them."""

from __future__ import annotations

from typing import Iterable, Mapping

from criteria import Catalog

from .models import Assessment

CLAIMS = ("met", "partial")


def unproven_items(catalog: Catalog, answers: Iterable[tuple[str, str, Iterable[str]]],
                   files_by_item: Mapping[str, int]) -> tuple[str, ...]:
    """Of `answers` ((item id, result, evidence entry ids ticked)), the item ids, in catalog order, answered met
    or partial with no file and no on-site entry ticked (an item the catalog does not have is left out)."""
    claimed = {item: set(ticked) for item, result, ticked in answers if result in CLAIMS}
    out = []
    for _, _, item in catalog.iter_items():
        ticked = claimed.get(item.id)
        if ticked is None or files_by_item.get(item.id, 0) > 0:
            continue
        if not {e.id for e in item.evidence if e.kind == "onsite"} & ticked:
            out.append(item.id)
    return tuple(out)


def unproven_claims(catalog: Catalog, assessment: Assessment, files_by_item: Mapping[str, int]) -> tuple[str, ...]:
    """Item ids, in catalog order, answered met or partial with no file and no on-site entry ticked."""
    return unproven_items(catalog, ((r.item, r.result, r.evidence) for r in assessment.responses), files_by_item)
