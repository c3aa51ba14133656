"""Chapter "Supervision" of the service manual (clause 5.1.5 of GB/T 27922-2011)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Paragraph

CLAUSES = ("5.1.5",)

TEXTS = {
    "title": ("服务监督", "Supervision", "Supervisión"),
}


def build(ctx: Context) -> Draft:
    return Draft(ctx.say(TEXTS, "title"), intro=(Paragraph(ctx.say(TEXTS, "title")),))
