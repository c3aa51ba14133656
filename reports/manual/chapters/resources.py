"""Chapter "Resources" of the service manual (clause 5.1.3 of GB/T 27922-2011)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Paragraph

CLAUSES = ("5.1.3",)

TEXTS = {
    "title": ("资源配置", "Resources", "Recursos"),
}


def build(ctx: Context) -> Draft:
    return Draft(ctx.say(TEXTS, "title"), intro=(Paragraph(ctx.say(TEXTS, "title")),))
