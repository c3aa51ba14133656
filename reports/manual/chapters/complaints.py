"""Chapter "Complaint handling" of the service manual (clause 5.3.2 of GB/T 27922-2011)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Paragraph

CLAUSES = ("5.3.2",)

TEXTS = {
    "title": ("投诉处理", "Complaint handling", "Tratamiento de reclamaciones"),
}


def build(ctx: Context) -> Draft:
    return Draft(ctx.say(TEXTS, "title"), intro=(Paragraph(ctx.say(TEXTS, "title")),))
