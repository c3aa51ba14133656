"""Chapter "Staffing and certified after-sales service managers" of the service manual (clause 5.1.2 of GB/T 27922-2011)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Paragraph

CLAUSES = ("5.1.2",)

TEXTS = {
    "title": ("人员配置与售后服务管理师", "Staffing and certified after-sales service managers", "Dotación de personal y gestores de servicio posventa certificados"),
}


def build(ctx: Context) -> Draft:
    return Draft(ctx.say(TEXTS, "title"), intro=(Paragraph(ctx.say(TEXTS, "title")),))
