"""Chapter "Company profile, scope and normative references" of the service manual (clause 5.1.4 of
GB/T 27922-2011): who the company is, what the manual covers, the documents it rests on and the terms it uses."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Bullets, Paragraph, Table
from .company_texts import REFERENCES, TERMS, TEXTS
from .system_texts import department, own_paragraphs

CLAUSES = ("5.1.4",)


def build(ctx: Context) -> Draft:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    return Draft(say("title"), sections=(
        (say("profile"), _profile(ctx)),
        (say("scope"), _scope(ctx)),
        (say("references"), (
            Paragraph(say("references_intro")),
            Bullets(tuple(say(f"ref_{key}") for key in REFERENCES)),
            Paragraph(say("references_register", rules=ctx.chapter_no("rules"))),
        )),
        (say("terms"), (
            Paragraph(say("terms_intro")),
            Table((say("col_term"), say("col_definition")),
                  tuple((say(f"term_{key}"), say(f"def_{key}")) for key in TERMS), widths=(1, 3)),
        )),
    ))


def _profile(ctx: Context) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    e = ctx.enterprise
    kind = "seller" if ctx.is_seller else "producer"
    facts = Table((say("col_item"), say("col_value")), (
        (say("f_name"), ctx.company),
        (say("f_credit_code"), e.credit_code.strip()),
        (say("f_kind"), say(f"kind_{kind}_label")),
        (say("f_industry"), e.industry.strip()),
        (say("f_address"), e.address.strip()),
        (say("f_contact"), e.contact.strip()),
    ), widths=(1, 3))
    text = ctx.profile.company_profile
    body = own_paragraphs(ctx, text, TEXTS, "profile_default", company=ctx.company, kind=say(f"kind_{kind}"))
    note = () if text.given() else (Paragraph(say("profile_note"), "note"),)
    return (facts,) + body + note


def _scope(ctx: Context) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    suppliers = ctx.profile.rules.suppliers is not None
    seller = (Paragraph(say("scope_seller", rules=ctx.chapter_no("rules"))),) if suppliers else ()
    return (own_paragraphs(ctx, ctx.profile.scope, TEXTS, "scope_default")
            + (Paragraph(say("scope_activities", dept=department(ctx), departments=say(
                f"departments_{'seller' if ctx.is_seller else 'producer'}"))),) + seller)
