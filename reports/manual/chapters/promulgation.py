"""Chapter "Promulgation order and appointment of the management representative" of the service manual (clause 5.1.4 of GB/T 27922-2011)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Paragraph

CLAUSES = ("5.1.4",)

TEXTS = {
    "title": ("颁布令与管理者代表任命", "Promulgation order and appointment of the management representative", "Orden de promulgación y nombramiento del representante de la dirección"),
}


def build(ctx: Context) -> Draft:
    return Draft(ctx.say(TEXTS, "title"), intro=(Paragraph(ctx.say(TEXTS, "title")),))
