"""Chapter "Service rules and legal requirements" of the service manual (clause 5.1.4 of GB/T 27922-2011)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Paragraph

CLAUSES = ("5.1.4",)

TEXTS = {
    "title": ("服务规范与法律法规要求", "Service rules and legal requirements", "Normas de servicio y requisitos legales"),
}


def build(ctx: Context) -> Draft:
    return Draft(ctx.say(TEXTS, "title"), intro=(Paragraph(ctx.say(TEXTS, "title")),))
