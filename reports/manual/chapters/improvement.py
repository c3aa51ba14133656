"""Chapter "Improvement" of the service manual (clause 5.1.6 of GB/T 27922-2011)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Paragraph

CLAUSES = ("5.1.6",)

TEXTS = {
    "title": ("持续改进", "Improvement", "Mejora"),
}


def build(ctx: Context) -> Draft:
    return Draft(ctx.say(TEXTS, "title"), intro=(Paragraph(ctx.say(TEXTS, "title")),))
