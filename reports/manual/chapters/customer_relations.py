"""Chapter "Customer relations" of the service manual (clause 5.3.1 of GB/T 27922-2011)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Paragraph

CLAUSES = ("5.3.1",)

TEXTS = {
    "title": ("顾客关系", "Customer relations", "Relación con los clientes"),
}


def build(ctx: Context) -> Draft:
    return Draft(ctx.say(TEXTS, "title"), intro=(Paragraph(ctx.say(TEXTS, "title")),))
