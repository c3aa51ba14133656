"""Chapter "Organisation and service outlets" of the service manual (clause 5.1.1 of GB/T 27922-2011): the
after-sales department and its interfaces, its responsibilities, the posts and their duties, the outlets and how
they are authorised and managed."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Bullets, Paragraph, Table
from .organisation_texts import DEFAULT_POSTS, TEXTS
from .system_texts import department, sentences

CLAUSES = ("5.1.1",)

_BLANK_OUTLETS = 5


def posts(ctx: Context) -> tuple[tuple[str, str, str], ...]:
    """(title, holders, duties) of each post: the profile's, else the drafted default set with no holder count."""
    say = lambda key: ctx.say(TEXTS, key)  # noqa: E731
    given = ctx.profile.organisation.posts
    if given:
        return tuple((p.title.strip(), ctx.number(p.holders), p.duties.strip() or say("duties_in_job_description"))
                     for p in given)
    codes = {"repair": ctx.form_code("repair_order"), "delivery": ctx.form_code("delivery_acceptance"),
             "callback": ctx.form_code("callback_record")}
    return tuple((say(f"post_{key}"), "", ctx.say(TEXTS, f"duty_{key}", **codes)) for key in DEFAULT_POSTS)


def build(ctx: Context) -> Draft:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    org = ctx.profile.organisation
    dept = department(ctx)
    head = org.head.strip()
    structure = (
        Paragraph(sentences(ctx, say("structure_dept", dept=dept),
                            say("structure_head", dept=dept, head=head) if head
                            else say("structure_head_blank", dept=dept))),
        Paragraph(say("structure_chart", dept=dept)),
        Bullets((say("if_sales", dept=dept),
                 say("if_purchasing" if ctx.is_seller else "if_production", dept=dept),
                 say("if_quality"), say("if_finance"))),
    )
    functions = (Paragraph(say("fn_intro", dept=dept)), Bullets((
        say("fn_law"), say("fn_service"),
        say("fn_complaints", complaints=ctx.chapter_no("complaints"),
            analysis=ctx.form_code("complaint_analysis")),
        say("fn_customers"), say("fn_outlets"), say("fn_parts"), say("fn_staff"),
    ), numbered=True),)
    post_blocks = [Paragraph(say("posts_intro", dept=dept, staffing=ctx.chapter_no("staffing")))]
    if not org.posts:
        post_blocks.append(Paragraph(say("posts_drafted"), "note"))
    post_blocks.append(Table((say("col_post"), say("col_holders"), say("col_duties")), posts(ctx),
                             widths=(3, 1, 8)))
    return Draft(say("title"), sections=(
        (say("structure"), structure),
        (say("functions", dept=dept), functions),
        (say("posts"), tuple(post_blocks)),
        (say("outlets"), _outlets(ctx, dept)),
        (say("management"), (Bullets((
            say("mg_admission", dept=dept), say("mg_agreement"), say("mg_uniform"),
            say("mg_appraisal", dept=dept, supervision=ctx.chapter_no("supervision")),
            say("mg_exit"), say("mg_own", dept=dept),
        ), numbered=True),)),
    ))


def _outlets(ctx: Context, dept: str) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    outlets = ctx.profile.organisation.outlets
    header = (say("col_outlet"), say("col_address"), say("col_kind"), say("col_phone"))
    rows = tuple((o.name.strip(), o.address.strip(), say(f"kind_{o.kind}"), o.phone.strip()) for o in outlets)
    blocks = [Paragraph(say("outlets_intro", dept=dept))]
    if not outlets:
        blocks.append(Paragraph(say("outlets_blank", dept=dept), "note"))
    blocks.append(Table(header, rows, caption=say("outlets_caption"),
                        blank_rows=0 if outlets else _BLANK_OUTLETS, widths=(3, 5, 1, 2)))
    return tuple(blocks)
