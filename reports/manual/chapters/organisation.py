"""Chapter "Organisation and service outlets" of the service manual (clause 5.1.1 of GB/T 27922-2011)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Paragraph

CLAUSES = ("5.1.1",)

TEXTS = {
    "title": ("组织架构与服务网点", "Organisation and service outlets", "Organización y puntos de servicio"),
}


def build(ctx: Context) -> Draft:
    return Draft(ctx.say(TEXTS, "title"), intro=(Paragraph(ctx.say(TEXTS, "title")),))
