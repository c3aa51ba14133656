"""Chapter "Resources" of the service manual (clause 5.1.3 of GB/T 27922-2011): funding and the reserve for
specific problems, training (the profile's yearly hours per employee), appraisal, rewards and promotion, premises
and equipment, the customer information system and spare parts."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Bullets, Paragraph
from .resources_texts import TEXTS
from .system_texts import department

CLAUSES = ("5.1.3",)


def build(ctx: Context) -> Draft:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    p, dept = ctx.profile, department(ctx)
    t = p.time_limits
    advance = say("fund_reserve_advance") if p.rules.advance_compensation else ""
    funding = (
        Paragraph(say("fund_budget", dept=dept)),
        Paragraph(say("fund_reserve", advance=advance)),
        Paragraph(say("fund_approval", dept=dept)),
        Paragraph(say("fund_insurance")),
    )
    training = (
        Paragraph(say("training_hours", hours=ctx.hours(p.training_hours))),
        Bullets((say("tr_technical"), say("tr_business"), say("tr_culture", culture=ctx.chapter_no("culture")))),
        Paragraph(say("training_steps")),
        Bullets((say("ts_plan", dept=dept), say("ts_new"),
                 say("ts_record", training=ctx.form_code("training_record")), say("ts_review", dept=dept)),
                numbered=True),
    )
    appraisal = (
        Paragraph(say("ap_intro")),
        Bullets((say("ap_measures", on_time=ctx.percent(p.targets.on_time_rate),
                     satisfaction=ctx.percent(p.targets.satisfaction_rate)),
                 say("ap_rewards"), say("ap_promotion"), say("ap_care"))),
        Paragraph(say("ap_supervision", supervision=ctx.chapter_no("supervision"))),
    )
    return Draft(say("title"), sections=(
        (say("funding"), funding),
        (say("training"), training),
        (say("appraisal"), appraisal),
        (say("premises"), (Paragraph(say("pm_intro")),
                           Bullets((say("pm_premises"), say("pm_register", dept=dept), say("pm_calibration"))))),
        (say("system"), (Paragraph(say("sy_intro")), Bullets((say("sy_content"),
                                  say("sy_limits", resolve=ctx.hours(t.complaint_resolve_hours),
                                      callback=ctx.days(t.callback_days)),
                                  say("sy_privacy"))),)),
        (say("parts"), (Paragraph(say("pa_intro")), Bullets((say("pa_stock", dept=dept), say("pa_supply"),
                                 say("pa_genuine", repair=ctx.form_code("repair_order")), say("pa_records"))),)),
    ))
