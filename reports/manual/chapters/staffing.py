"""Chapter "Staffing and certified after-sales service managers" of the service manual (clause 5.1.2 of
GB/T 27922-2011): staffing levels, the qualifications each post requires, and the certified after-sales service
managers against the 10 % rule (at least one), stated neutrally as met or short by how many."""

from __future__ import annotations

from assessment.profile import required_certified_managers

from ..context import Context, Draft
from ..model import Bullets, Paragraph, Table
from .organisation_texts import DEFAULT_POSTS
from .organisation_texts import TEXTS as POST_TEXTS
from .staffing_texts import TEXTS
from .system_texts import department

CLAUSES = ("5.1.2",)

CERTIFIED_SHARE = 10  # per cent of the service management staff (item 1.2.2 of the catalog)
_MIN_BLANK_NAMES = 2


def build(ctx: Context) -> Draft:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    dept = department(ctx)
    return Draft(say("title"), sections=(
        (say("levels"), _levels(ctx, dept)),
        (say("qualifications"), _qualifications(ctx, dept)),
        (say("certified"), _certified(ctx, dept)),
        (say("records"), (Paragraph(say("records_intro", dept=dept)), Bullets((
            say("rec_roster"), say("rec_certificates"),
            say("rec_training", training=ctx.form_code("training_record")))))),
    ))


def _levels(ctx: Context, dept: str) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    s = ctx.profile.staffing
    stated = bool(s.service_staff or s.management_staff)
    count = (lambda n: ctx.number(n)) if stated else (lambda n: "")
    onsite = ctx.hours(ctx.profile.time_limits.repair_onsite_hours)
    rows = ((say("row_service"), count(s.service_staff)), (say("row_management"), count(s.management_staff)))
    blocks = [Paragraph(say("levels_rule", dept=dept, onsite=onsite)),
              Table((say("col_category"), say("col_count")), rows, widths=(3, 1))]
    if not stated:
        blocks.append(Paragraph(say("levels_blank", dept=dept), "note"))
    return tuple(blocks)


def _qualifications(ctx: Context, dept: str) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    general = (Paragraph(say("q_intro")),
               Bullets((say("q_general"), say("q_licence"), say("q_outlets"), say("q_records", dept=dept))))
    header = (say("col_post"), say("col_education"), say("col_skills"))
    posts = ctx.profile.organisation.posts
    if posts:
        return (*general, Paragraph(say("q_table_blank", dept=dept), "note"),
                Table(header, tuple((p.title.strip(), "", "") for p in posts), widths=(2, 3, 4)))
    rows = tuple((ctx.say(POST_TEXTS, f"post_{key}"), say(f"edu_{key}"), say(f"skill_{key}")) for key in DEFAULT_POSTS)
    return (*general, Paragraph(say("q_table_intro")), Table(header, rows, widths=(2, 3, 4)))


def _certified(ctx: Context, dept: str) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    s = ctx.profile.staffing
    required = required_certified_managers(s.management_staff)
    names = tuple(n.strip() for n in s.certified_managers if n.strip())
    have = len(names)
    figures = Table((say("col_item"), say("col_count")), (
        (say("row_management_staff"), ctx.number(s.management_staff) if s.management_staff else ""),
        (say("row_required"), ctx.number(required)),
        (say("row_in_post"), ctx.number(have)),
    ), widths=(3, 1))
    verdict = (say("certified_met") if have >= required
               else say("certified_short", gap=ctx.amount(required - have, "people"), dept=dept))
    blocks = [Paragraph(say("certified_rule", share=ctx.percent(CERTIFIED_SHARE), minimum=ctx.amount(1, "people"))),
              figures]
    if not s.management_staff:
        blocks.append(Paragraph(say("certified_unstated", dept=dept), "note"))
    blocks += [Paragraph(verdict),
               Table((say("col_name"), say("col_post"), say("col_cert_no"), say("col_valid")),
                     tuple((name, "", "", "") for name in names), caption=say("names_caption"),
                     blank_rows=0 if names else max(required, _MIN_BLANK_NAMES), widths=(2, 3, 3, 2)),
               Paragraph(say("certified_holders", dept=dept))]
    return tuple(blocks)
