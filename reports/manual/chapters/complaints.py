"""Chapter "Complaint handling" of the service manual (clause 5.3.2 of GB/T 27922-2011): published channels,
intake and recording, the company's own time limits, the handling procedure, escalation and major complaints,
complaints involving suppliers (sellers and market organisers), the monthly analysis and the targets.

Its sentences live in `complaints_texts.py`."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Bullets, Paragraph, Table
from .complaints_texts import TEXTS
from .service_texts import channel_names, form, sayer, target

CLAUSES = ("5.3.2",)


def build(ctx: Context) -> Draft:
    say = sayer(ctx, TEXTS)
    sections = [
        (say("channels_title"), _channels(ctx)),
        (say("intake_title"), _intake(ctx)),
        (say("limits_title"), _limits(ctx)),
        (say("procedure_title"), _procedure(ctx)),
        (say("escalation_title"), _escalation(ctx)),
    ]
    suppliers = _suppliers(ctx)
    if suppliers:
        sections.append((say("suppliers_title"), suppliers))
    sections += [
        (say("analysis_title"), _analysis(ctx)),
        (say("targets_title"), _targets(ctx)),
    ]
    return Draft(
        say("title"),
        intro=(Paragraph(say("purpose")), Paragraph(say("reference")), Paragraph(say("duties")),
               Bullets((say("duty_dept"), say("duty_others"), say("duty_top")))),
        sections=tuple(sections),
    )


def _channels(ctx: Context) -> tuple:
    say = sayer(ctx, TEXTS)
    names = channel_names(ctx, TEXTS, {"hotline": "ch_hotline", "hotline_unset": "ch_hotline_unset",
                                        "online": "ch_online", "in_store": "ch_in_store"})
    return (Paragraph(say("channels_given", channels=ctx.join(names))), Paragraph(say("channels_published")))


def _intake(ctx: Context) -> tuple:
    say = sayer(ctx, TEXTS)
    blocks = [Paragraph(say("intake_all", form=form(ctx, "complaint_register")))]
    if ctx.profile.rules.first_responsibility:
        blocks.append(Paragraph(say("intake_first")))
    blocks += [Paragraph(say("intake_spot")),
               Paragraph(say("intake_privacy", ch=ctx.chapter_no("customer_relations")))]
    return tuple(blocks)


def _limits(ctx: Context) -> tuple:
    say, t = sayer(ctx, TEXTS), ctx.profile.time_limits
    register = form(ctx, "complaint_register", cell=True)
    rows = (
        (say("row_ack"), ctx.hours(t.complaint_acknowledge_hours), say("from_receipt"), register),
        (say("row_resolve"), ctx.hours(t.complaint_resolve_hours), say("from_receipt"), register),
        (say("row_callback"), ctx.days(t.callback_days), say("from_closure"), form(ctx, "callback_record", cell=True)),
    )
    return (
        Paragraph(say("limits_intro")),
        Table((say("col_step"), say("col_limit"), say("col_from"), say("col_record")), rows, widths=(6, 2, 2, 3)),
        Paragraph(say("limits_extension", resolve=ctx.hours(t.complaint_resolve_hours))),
    )


def _procedure(ctx: Context) -> tuple:
    say, t = sayer(ctx, TEXTS), ctx.profile.time_limits
    steps = (
        say("step_receive", form=form(ctx, "complaint_register")),
        say("step_ack", ack=ctx.hours(t.complaint_acknowledge_hours)),
        say("step_dispatch"),
        say("step_investigate"),
        say("step_remedy"),
        say("step_inform", resolve=ctx.hours(t.complaint_resolve_hours)),
        say("step_callback", days=ctx.days(t.callback_days), form=form(ctx, "callback_record")),
        say("step_close"),
    )
    return (Paragraph(say("procedure_intro")), Bullets(steps, numbered=True))


def _escalation(ctx: Context) -> tuple:
    say = sayer(ctx, TEXTS)
    return (
        Paragraph(say("escalation")),
        Paragraph(say("major_def")),
        Paragraph(say("major_handling")),
        Paragraph(say("major_drill", form=form(ctx, "training_record"))),
    )


def _suppliers(ctx: Context) -> tuple:
    """Sellers and market organisers only: the supplier measures (when the profile has supplier rules) and
    advance compensation (when the company adopts it). Empty for producers."""
    if not ctx.is_seller:
        return ()
    say, rules = sayer(ctx, TEXTS), ctx.profile.rules
    blocks = []
    if rules.suppliers is not None:
        blocks.append(Paragraph(say("suppliers_handling", ch=ctx.chapter_no("rules"))))
    if rules.advance_compensation:
        blocks.append(Paragraph(say("advance_compensation", ch=ctx.chapter_no("resources"))))
    return tuple(blocks)


def _analysis(ctx: Context) -> tuple:
    say = sayer(ctx, TEXTS)
    return (
        Paragraph(say("analysis", form=form(ctx, "complaint_analysis"))),
        Paragraph(say("analysis_report", ch=ctx.chapter_no("improvement"))),
        Paragraph(_supervisor_copy(ctx)),
    )


def _targets(ctx: Context) -> tuple:
    say, targets = sayer(ctx, TEXTS), ctx.profile.targets
    rows = tuple(
        (say(name), say(f"{formula}_formula"), target(ctx, value))
        for name, formula, value in (
            ("resolution_rate", "resolution", targets.resolution_rate),
            ("on_time_rate", "on_time", targets.on_time_rate),
            ("callback_rate", "callback", targets.callback_rate),
        )
    )
    return (
        Paragraph(say("targets_intro")),
        Table((say("col_indicator"), say("col_formula"), say("col_target")), rows, widths=(3, 6, 2)),
        Paragraph(say("targets_review", ch=ctx.chapter_no("supervision"))),
    )


def _supervisor_copy(ctx: Context) -> str:
    """Who else receives the monthly analysis: the supervisor the profile names, else the supervision post."""
    supervisor = ctx.profile.organisation.supervisor.strip()
    if supervisor:
        return ctx.say(TEXTS, "analysis_copy_named", supervisor=supervisor, ch=ctx.chapter_no("supervision"))
    return ctx.say(TEXTS, "analysis_copy", ch=ctx.chapter_no("supervision"))
