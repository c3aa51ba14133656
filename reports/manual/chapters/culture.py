"""Chapter "Service culture and commitments" of the service manual (clause 5.1.7 of GB/T 27922-2011): the service
philosophy, the public commitments (worded the same wherever they appear), the strategy, the objectives with the
company's own targets, and how the culture is promoted until front-line staff can state it."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Bullets, Paragraph, Table
from .culture_texts import TEXTS
from .system_texts import department, own_paragraphs

CLAUSES = ("5.1.7",)

# The objectives table: (indicator row, formula row, Targets field).
_OBJECTIVES = (("ind_on_time", "fx_on_time", "on_time_rate"),
               ("ind_satisfaction", "fx_satisfaction", "satisfaction_rate"),
               ("ind_resolution", "fx_resolution", "resolution_rate"),
               ("ind_callback", "fx_callback", "callback_rate"))


def build(ctx: Context) -> Draft:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    p = ctx.profile
    dept = department(ctx)
    philosophy = ((Paragraph(say("philosophy_intro")),)
                  + own_paragraphs(ctx, p.philosophy, TEXTS, "philosophy_default")
                  + (Paragraph(say("philosophy_use")),))
    targets = tuple((say(ind), _target(ctx, getattr(p.targets, field)), say(fx)) for ind, fx, field in _OBJECTIVES)
    objectives = ((Paragraph(say("objectives_intro")),)
                  + (own_paragraphs(ctx, p.objectives, TEXTS, "objectives_intro")
                     if p.objectives.given() else ())
                  + (Table((say("col_indicator"), say("col_target"), say("col_formula")), targets,
                           widths=(2, 1, 4)),
                     Paragraph(say("objectives_review", dept=dept, supervision=ctx.chapter_no("supervision")))))
    return Draft(say("title"), sections=(
        (say("philosophy"), philosophy),
        (say("commitments"), _commitments(ctx, dept)),
        (say("strategy"), (Paragraph(say("strategy_intro")),)
         + own_paragraphs(ctx, p.strategy, TEXTS, "strategy_default")),
        (say("objectives"), objectives),
        (say("promotion"), _promotion(ctx)),
    ))


def _target(ctx: Context, percent: int) -> str:
    """"≥90%", or "100%" when nothing less will do."""
    value = ctx.percent(percent)
    return value if percent == 100 else ctx.say(TEXTS, "at_least", value=value)


def _commitments(ctx: Context, dept: str) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    t, w = ctx.profile.time_limits, ctx.profile.warranty
    consistent = Paragraph(say("commitments_consistent", dept=dept))
    if ctx.profile.commitments.given():
        return own_paragraphs(ctx, ctx.profile.commitments, TEXTS, "commitments_intro") + (consistent,)
    pledges = Bullets((
        say("pledge_sanbao", return_days=ctx.days(w.return_days), exchange_days=ctx.days(w.exchange_days),
            warranty=ctx.months(w.warranty_months)),
        say("pledge_repair", response=ctx.hours(t.repair_response_hours), onsite=ctx.hours(t.repair_onsite_hours)),
        say("pledge_delivery", delivery=ctx.days(t.delivery_days), installation=ctx.hours(t.installation_hours)),
        say("pledge_complaint", acknowledge=ctx.hours(t.complaint_acknowledge_hours),
            resolve=ctx.hours(t.complaint_resolve_hours)),
        say("pledge_callback", callback=ctx.days(t.callback_days)),
        say("pledge_fees"),
    ), numbered=True)
    return (Paragraph(say("commitments_intro")), pledges, Paragraph(say("commitments_own")), consistent)


def _promotion(ctx: Context) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    t = ctx.profile.time_limits
    return (
        Paragraph(say("promotion_intro")),
        Bullets((say("pr_induction"),
                 say("pr_training", resources=ctx.chapter_no("resources"), training=ctx.form_code("training_record")),
                 say("pr_briefing"), say("pr_display"), say("pr_recognition"), say("pr_check"))),
        Paragraph(say("frontline")),
        Paragraph(say("frontline_example", acknowledge=ctx.hours(t.complaint_acknowledge_hours),
                      resolve=ctx.hours(t.complaint_resolve_hours),
                      on_time=ctx.percent(ctx.profile.targets.on_time_rate)),
                  "note"),
    )
