"""Chapter "Company profile, scope and normative references" of the service manual (clause 5.1.4 of GB/T 27922-2011)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Paragraph

CLAUSES = ("5.1.4",)

TEXTS = {
    "title": ("企业概况、适用范围与引用文件", "Company profile, scope and normative references", "Presentación de la empresa, alcance y referencias normativas"),
}


def build(ctx: Context) -> Draft:
    return Draft(ctx.say(TEXTS, "title"), intro=(Paragraph(ctx.say(TEXTS, "title")),))
