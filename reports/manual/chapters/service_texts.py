"""Words shared by the service chapters (product service, customer relations, complaints, supervision and
improvement): the department in charge, references to the appendix forms, and the note that every time limit is
the company's own commitment."""

from __future__ import annotations

from ..context import Context
from ..forms import TEXTS as FORM_TEXTS

TEXTS = {
    "form": ("《{title}》（{code}）", "the {title} ({code})", "el formulario «{title}» ({code})"),
    "form_cell": ("《{title}》（{code}）", "{title} ({code})", "{title} ({code})"),
    "at_least": ("不低于 {n}", "at least {n}", "al menos el {n}"),
    "own_limits": ("本章所列时限和目标均为本公司自行规定并对外公开的服务承诺；GB/T 27922-2011 本身不规定具体时限。"
                   "涉及三包的承诺不低于国家三包规定。时限或目标的调整须经最高管理者批准，并同步更新对外公示的内容。",
                   "The time limits and targets in this chapter are the Company's own published service commitments; "
                   "GB/T 27922-2011 itself sets no time limits. Commitments that concern the Three Guarantees are "
                   "never less favourable to the customer than the national rules. Any change to a limit or target "
                   "requires the approval of top management and is published at the same time.",
                   "Los plazos y objetivos de este capítulo son compromisos de servicio propios de la Empresa, "
                   "publicados ante los clientes; la norma GB/T 27922-2011 no fija plazos. Los compromisos "
                   "relativos a las «tres garantías» nunca son menos favorables para el cliente que la normativa "
                   "nacional. Cualquier cambio de un plazo u objetivo requiere la aprobación de la alta dirección y "
                   "se publica al mismo tiempo."),
}


def sayer(ctx: Context, texts):
    """`say(key, **values)` over the rows of `texts`, with the department filled in wherever a row names
    `{dept}`."""
    dept = department(ctx)

    def say(key: str, **values) -> str:
        if "{dept}" in texts[key][0]:
            values.setdefault("dept", dept)
        return ctx.say(texts, key, **values)

    return say


def department(ctx: Context) -> str:
    """The after-sales department (used after an article in en/es)."""
    return ctx.department


def form(ctx: Context, key: str, cell: bool = False) -> str:
    """A reference to the appendix form `key` with its code: "《维修工单》（QR-03）", "the repair order (QR-03)";
    `cell`: the bare title and code, for a table cell."""
    title = ctx.say(FORM_TEXTS, key)
    if not cell and ctx.lang == "en":
        title = title[:1].lower() + title[1:]
    return ctx.say(TEXTS, "form_cell" if cell else "form", title=title, code=ctx.form_code(key))


def channel_names(ctx: Context, texts, keys: dict[str, str]) -> list[str]:
    """The published contact points of the profile as short phrases, from `texts` rows named in `keys`
    (hotline, hotline_unset, online, in_store), followed by the company's other channels as it wrote them.
    A hotline without a number yet is still named: every chapter says the Company runs one."""
    ch = ctx.profile.channels
    out = []
    if ch.hotline.strip():
        out.append(ctx.say(texts, keys["hotline"], hotline=ch.hotline.strip()))
    else:
        out.append(ctx.say(texts, keys["hotline_unset"]))
    if ch.online.strip():
        out.append(ctx.say(texts, keys["online"], online=ch.online.strip()))
    if ch.in_store:
        out.append(ctx.say(texts, keys["in_store"]))
    out.extend(o.strip() for o in ch.others if o.strip())
    return out


def target(ctx: Context, value: int) -> str:
    """A target in per cent as a table cell: "不低于 90%", "at least 90%"; a target of 100 % stands alone."""
    return ctx.percent(value) if value >= 100 else ctx.say(TEXTS, "at_least", n=ctx.percent(value))
