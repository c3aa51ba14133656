"""Claims without proof: a `met` or `partial` answer with neither an evidence file nor an evidence entry of the
catalog marked as seen on site (an entry of kind `onsite` ticked). Pure: the wizard flags them, the results page
and the portfolio count them, the report lists them."""

from __future__ import annotations

from typing import Mapping

from criteria import Catalog

from .models import Assessment

CLAIMS = ("met", "partial")


def unproven_claims(catalog: Catalog, assessment: Assessment, files_by_item: Mapping[str, int]) -> tuple[str, ...]:
    """Item ids, in catalog order, answered met or partial with no file and no on-site entry ticked."""
    answers = assessment.response_map()
    out = []
    for _, _, item in catalog.iter_items():
        r = answers.get(item.id)
        if r is None or r.result not in CLAIMS or files_by_item.get(item.id, 0) > 0:
            continue
        onsite = {e.id for e in item.evidence if e.kind == "onsite"}
        if not onsite & set(r.evidence):
            out.append(item.id)
    return tuple(out)
