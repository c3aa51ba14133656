"""The appendix of the service manual: the record forms as real tables, each with its code and title.

Keys (stable across languages): complaint_register, complaint_analysis, repair_order, delivery_acceptance,
satisfaction_survey, callback_record, training_record, supervision_check. Each form is header lines to fill in
(`Fields`), a table with its columns and blank rows, and the company's own limits and targets where the form
checks against them.
"""

from __future__ import annotations

from .context import Context
from .forms_texts import CATEGORIES, SURVEY_ITEMS, TEXTS
from .model import Fields, Form, Paragraph, Table

FORM_KEYS = ("complaint_register", "complaint_analysis", "repair_order", "delivery_acceptance",
             "satisfaction_survey", "callback_record", "training_record", "supervision_check")


def build_forms(ctx: Context) -> tuple[Form, ...]:
    return tuple(Form(key, ctx.form_code(key), ctx.say(TEXTS, key), _BUILDERS[key](ctx)) for key in FORM_KEYS)


def _words(ctx: Context, *keys: str) -> tuple[str, ...]:
    return tuple(ctx.say(TEXTS, key) for key in keys)


def _blanks(ctx: Context, *keys: str) -> tuple[tuple[str, str], ...]:
    """Header lines to fill in by hand: each label with a blank."""
    return tuple((label, "") for label in _words(ctx, *keys))


def _fields(ctx: Context, *keys: str) -> Fields:
    return Fields(_blanks(ctx, *keys))


def _limit(ctx: Context, hours: int) -> str:
    return ctx.say(TEXTS, "le", limit=ctx.hours(hours))


def _target(ctx: Context, percent: int) -> str:
    return ctx.percent(percent) if percent == 100 else ctx.say(TEXTS, "ge", value=ctx.percent(percent))


def _complaint_register(ctx: Context) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    t = ctx.profile.time_limits
    legend = ("、" if ctx.lang == "zh" else ", ").join(say(f"cat_{key}") for key in CATEGORIES)
    header = (*_words(ctx, "no", "c_complaint_no", "c_received", "c_customer", "c_channel", "c_subject",
                      "c_content", "c_category", "c_acknowledged", "c_resolved"),
              say("c_ack_in_limit", limit=_limit(ctx, t.complaint_acknowledge_hours)),
              say("c_res_in_limit", limit=_limit(ctx, t.complaint_resolve_hours)),
              *_words(ctx, "c_outcome", "f_receiver"))
    return (
        _fields(ctx, "f_unit", "f_month", "f_recorder"),
        Table(header, blank_rows=12, widths=(1, 2, 2, 3, 2, 2, 4, 2, 2, 2, 2, 2, 4, 2)),
        Paragraph(say("cr_note", acknowledge=ctx.hours(t.complaint_acknowledge_hours),
                      resolve=ctx.hours(t.complaint_resolve_hours), legend=legend), "note"),
    )


def _complaint_analysis(ctx: Context) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    t, g = ctx.profile.time_limits, ctx.profile.targets
    yes_no = say("yes_no")
    by_category = Table(
        _words(ctx, "c_category", "ca_count", "ca_share", "ca_ack_on_time", "ca_res_on_time", "ca_resolved",
               "ca_open", "ca_last_month"),
        tuple((say(f"cat_{key}"),) + ("",) * 7 for key in (*CATEGORIES, "total")),
        caption=say("ca_by_category"), widths=(3, 1, 1, 1, 1, 1, 1, 1))
    limits = Table(
        _words(ctx, "ca_indicator", "ca_limit", "ca_target", "ca_actual", "ca_met"),
        ((say("ca_ack_rate"), _limit(ctx, t.complaint_acknowledge_hours), _target(ctx, g.on_time_rate), "", yes_no),
         (say("ca_res_rate"), _limit(ctx, t.complaint_resolve_hours), _target(ctx, g.on_time_rate), "", yes_no),
         (say("ca_resolution"), "", _target(ctx, g.resolution_rate), "", yes_no),
         (say("ca_callback"), say("le", limit=ctx.days(t.callback_days)), _target(ctx, g.callback_rate), "",
          yes_no)),
        caption=say("ca_limits"), widths=(3, 2, 2, 2, 2))
    return (
        _fields(ctx, "f_month", "f_number", "f_prepared", "f_date"),
        by_category,
        limits,
        Paragraph(say("ca_formula"), "note"),
        Table(_words(ctx, "no", "ca_problem", "ca_cause", "ca_involved"), caption=say("ca_causes"),
              blank_rows=3, widths=(1, 4, 5, 2)),
        Table(_words(ctx, "no", "ca_action", "ca_owner", "ca_due", "ca_verified"), caption=say("ca_actions"),
              blank_rows=3, widths=(1, 5, 2, 2, 3)),
        _fields(ctx, "ca_reported", "ca_rep_view", "ca_top_view"),
    )


def _repair_order(ctx: Context) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    t, w = ctx.profile.time_limits, ctx.profile.warranty
    return (
        Fields(_blanks(ctx, "ro_order_no", "ro_reported", "f_receiver", "f_customer", "f_phone", "f_address",
                       "f_product", "ro_serial", "ro_bought")
               + ((say("ro_in_warranty", warranty=ctx.months(w.warranty_months)), say("yes_no")),
                  (say("ro_fault"), ""))),
        Table(_words(ctx, "no", "ro_work", "ro_part_no", "ro_qty", "ro_unit_price", "ro_amount", "ro_cover"),
              blank_rows=5, widths=(1, 5, 2, 1, 2, 2, 2)),
        Fields(_blanks(ctx, "ro_arrived", "ro_done")
               + ((say("ro_in_limit", response=_limit(ctx, t.repair_response_hours),
                       onsite=_limit(ctx, t.repair_onsite_hours)), say("yes_no")),)
               + _blanks(ctx, "ro_old_parts", "ro_total", "ro_technician", "f_customer_sign")
               + ((say("ro_rating"), say("ro_rating_boxes")),)),
    )


def _delivery_acceptance(ctx: Context) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    t = ctx.profile.time_limits
    in_limit = say("da_in_limit", delivery=ctx.say(TEXTS, "le", limit=ctx.days(t.delivery_days)),
                   installation=_limit(ctx, t.installation_hours))
    return (
        _fields(ctx, "f_number", "da_sale_no", "f_customer", "f_phone", "f_address", "da_agreed"),
        Table(_words(ctx, "no", "da_product", "da_model", "da_qty", "da_check", "da_result", "da_remarks"),
              blank_rows=4, widths=(1, 3, 2, 1, 3, 3, 2)),
        Fields(_blanks(ctx, "da_delivered", "da_installed")
               + ((in_limit, say("yes_no")), (say("da_explained"), say("yes_no")))
               + _blanks(ctx, "da_fitters", "f_customer_sign", "f_date")),
    )


def _satisfaction_survey(ctx: Context) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    return (
        Fields(_blanks(ctx, "f_number", "f_customer", "f_phone", "sv_service", "sv_service_date")
               + ((say("sv_method"), say("sv_method_boxes")),)
               + _blanks(ctx, "sv_surveyor", "f_date")),
        Table(_words(ctx, "no", "sv_item", "sv_very_satisfied", "sv_satisfied", "sv_neutral", "sv_dissatisfied",
                     "sv_very_dissatisfied"),
              tuple((ctx.number(n), say(f"sv_{key}"), "", "", "", "", "") for n, key in enumerate(SURVEY_ITEMS, 1)),
              widths=(1, 5, 2, 2, 2, 2, 2)),
        _fields(ctx, "sv_comments"),
        Paragraph(say("sv_note", target=_target(ctx, ctx.profile.targets.satisfaction_rate)), "note"),
    )


def _callback_record(ctx: Context) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    days = ctx.days(ctx.profile.time_limits.callback_days)
    header = (*_words(ctx, "no", "cb_ref", "cb_customer", "sv_service", "cb_completed", "cb_called"),
              say("cb_in_limit", callback=days),
              *_words(ctx, "cb_method", "cb_result", "cb_views", "cb_follow_up", "cb_caller"))
    return (
        _fields(ctx, "f_unit", "f_month", "cb_caller"),
        Table(header, blank_rows=10, widths=(1, 2, 3, 2, 2, 2, 2, 2, 3, 4, 3, 2)),
        Paragraph(say("cb_note", callback=days, target=_target(ctx, ctx.profile.targets.callback_rate),
                      complaints=ctx.chapter_no("complaints")), "note"),
    )


def _training_record(ctx: Context) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    return (
        Fields(((say("tr_topic"), ""), (say("tr_kind"), say("tr_kind_boxes")))
               + _blanks(ctx, "f_date", "tr_hours", "tr_place", "tr_trainer", "tr_organiser")
               + ((say("tr_assessment"), say("tr_assessment_boxes")),)),
        Table(_words(ctx, "no", "tr_name", "tr_post", "f_unit", "tr_signature", "tr_score", "tr_passed"),
              blank_rows=12, widths=(1, 2, 3, 3, 2, 1, 1)),
        _fields(ctx, "tr_effect", "f_recorder", "f_reviewer"),
        Paragraph(say("tr_note", hours=ctx.hours(ctx.profile.training_hours)), "note"),
    )


def _supervision_check(ctx: Context) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    t = ctx.profile.time_limits
    requirements = (
        ("display", {}),
        ("complaints", {"acknowledge": _limit(ctx, t.complaint_acknowledge_hours),
                        "resolve": _limit(ctx, t.complaint_resolve_hours)}),
        ("repair", {"response": _limit(ctx, t.repair_response_hours), "onsite": _limit(ctx, t.repair_onsite_hours)}),
        ("callback", {"callback": ctx.days(t.callback_days)}),
        ("records", {}), ("guarantee", {}), ("staff", {}), ("tools", {}),
    )
    rows = tuple((ctx.number(n), say(f"sc_i_{key}"), say(f"sc_r_{key}", **values)) + ("",) * 6
                 for n, (key, values) in enumerate(requirements, 1))
    return (
        Fields(_blanks(ctx, "f_number", "f_date", "sc_unit")
               + ((say("sc_method"), say("sc_method_boxes")), (say("sc_inspector"), ""))),
        Table(_words(ctx, "no", "sc_item", "sc_requirement", "sc_result", "sc_problem", "sc_action", "sc_owner",
                     "sc_due", "sc_reverify"), rows, blank_rows=2, widths=(1, 3, 4, 2, 3, 3, 2, 2, 2)),
        _fields(ctx, "sc_confirmed", "sc_sanction", "sc_reverifier", "f_date"),
    )


_BUILDERS = {
    "complaint_register": _complaint_register,
    "complaint_analysis": _complaint_analysis,
    "repair_order": _repair_order,
    "delivery_acceptance": _delivery_acceptance,
    "satisfaction_survey": _satisfaction_survey,
    "callback_record": _callback_record,
    "training_record": _training_record,
    "supervision_check": _supervision_check,
}
