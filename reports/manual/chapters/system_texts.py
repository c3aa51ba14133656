"""What the service-system chapters (promulgation to rules) share: the after-sales department's name, and the way
sentences and the company's own texts become paragraphs."""

from __future__ import annotations

from assessment.profile import LocalText

from ..context import Context, Texts
from ..model import Paragraph

def department(ctx: Context) -> str:
    """The after-sales department as the profile names it, else the drafted default."""
    return ctx.department


def sentences(ctx: Context, *parts: str) -> str:
    """Sentences run together as one paragraph: no space between Chinese sentences, one space otherwise."""
    return ("" if ctx.lang == "zh" else " ").join(p for p in parts if p)


def own_paragraphs(ctx: Context, text: LocalText, texts: Texts, default_key: str, **values) -> tuple[Paragraph, ...]:
    """The company's own text, one paragraph per line it wrote, else the drafted default row as one paragraph."""
    lines = [line.strip() for line in ctx.own(text, texts, default_key, **values).splitlines()]
    return tuple(Paragraph(line) for line in lines if line)
