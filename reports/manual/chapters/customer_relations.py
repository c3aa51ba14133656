"""Chapter "Customer relations" of the service manual (clause 5.3.1 of GB/T 27922-2011): customer files kept
confidential, communication channels, satisfaction surveys, call-backs and their analysis.

Its sentences live in `customer_relations_texts.py`."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Bullets, Paragraph, Table
from .customer_relations_texts import TEXTS
from .service_texts import form, sayer

CLAUSES = ("5.3.1",)


def build(ctx: Context) -> Draft:
    say = sayer(ctx, TEXTS)
    return Draft(
        say("title"),
        intro=(Paragraph(say("purpose")),),
        sections=(
            (say("files_title"), _files(ctx)),
            (say("channels_title"), _channels(ctx)),
            (say("survey_title"), _survey(ctx)),
            (say("callback_title"), _callback(ctx)),
            (say("analysis_title"), (Paragraph(say("analysis", ch=ctx.chapter_no("improvement"))),)),
        ),
    )


def _files(ctx: Context) -> tuple:
    say = sayer(ctx, TEXTS)
    return (
        Paragraph(say("files_content")),
        Paragraph(say("privacy_intro")),
        Bullets((say("privacy_collect"), say("privacy_access"), say("privacy_use"), say("privacy_breach"))),
    )


def _channels(ctx: Context) -> tuple:
    """The channels the profile names, one row each; blank rows to fill in while the hotline or an online
    channel is still missing."""
    say, ch = sayer(ctx, TEXTS), ctx.profile.channels
    hotline, hours, online = ch.hotline.strip(), ch.hotline_hours.strip(), ch.online.strip()
    rows = []
    if hotline:
        rows.append((say("hotline"), say("hotline_with_hours", hotline=hotline, hours=hours) if hours else hotline))
    if online:
        rows.append((say("online"), online))
    if ch.in_store:
        rows.append((say("in_store"), say("in_store_contact", ch=ctx.chapter_no("organisation"))))
    rows += [(say("other"), other.strip()) for other in ch.others if other.strip()]
    missing = (not hotline) + (not online)
    blocks = [Paragraph(say("channels_intro")),
              Table((say("col_channel"), say("col_contact")), tuple(rows), blank_rows=missing, widths=(3, 7))]
    if missing:
        blocks.append(Paragraph(say("channels_pending")))
    blocks.append(Paragraph(say("proactive")))
    return tuple(blocks)


def _survey(ctx: Context) -> tuple:
    say = sayer(ctx, TEXTS)
    return (
        Paragraph(say("survey_plan", form=form(ctx, "satisfaction_survey"))),
        Paragraph(say("survey_target", target=ctx.percent(ctx.profile.targets.satisfaction_rate))),
    )


def _callback(ctx: Context) -> tuple:
    say, rate = sayer(ctx, TEXTS), ctx.profile.targets.callback_rate
    return (
        Paragraph(say("callback_rule", days=ctx.days(ctx.profile.time_limits.callback_days),
                      form=form(ctx, "callback_record"))),
        Paragraph(say("callback_rate", rate=ctx.percent(rate)) if rate < 100 else say("callback_rate_all")),
        Paragraph(say("callback_follow", ch=ctx.chapter_no("complaints"))),
    )
