"""Chapter "Service culture and commitments" of the service manual (clause 5.1.7 of GB/T 27922-2011)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Paragraph

CLAUSES = ("5.1.7",)

TEXTS = {
    "title": ("服务文化与服务承诺", "Service culture and commitments", "Cultura de servicio y compromisos"),
}


def build(ctx: Context) -> Draft:
    return Draft(ctx.say(TEXTS, "title"), intro=(Paragraph(ctx.say(TEXTS, "title")),))
