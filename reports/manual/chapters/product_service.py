"""Chapter "Product service" of the service manual (clause 5.2 of GB/T 27922-2011)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Paragraph

CLAUSES = ("5.2",)

TEXTS = {
    "title": ("商品服务", "Product service", "Servicio al producto"),
}


def build(ctx: Context) -> Draft:
    return Draft(ctx.say(TEXTS, "title"), intro=(Paragraph(ctx.say(TEXTS, "title")),))
