"""Chapter "Product service" of the service manual (clause 5.2 of GB/T 27922-2011): product information,
technical support, delivery and installation, maintenance and repair, the quality guarantee and take-back.

Its sentences live in `product_service_texts.py` (information, support, delivery) and `repair_texts.py`
(repair, quality guarantee, take-back)."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Bullets, Paragraph, Table
from .product_service_texts import TEXTS as _INFO
from .repair_texts import TEXTS as _REPAIR
from .service_texts import TEXTS as _COMMON, form, sayer

CLAUSES = ("5.2",)

TEXTS = {**_INFO, **_REPAIR}


def build(ctx: Context) -> Draft:
    say = sayer(ctx, TEXTS)
    return Draft(
        say("title"),
        intro=(Paragraph(say("purpose")), Paragraph(say("duty")), _limits_table(ctx),
               Paragraph(ctx.say(_COMMON, "own_limits"), "note")),
        sections=(
            (say("info_title"), _information(ctx)),
            (say("support_title"), _support(ctx)),
            (say("delivery_title"), _delivery(ctx)),
            (say("repair_title"), _repair(ctx)),
            (say("quality_title"), _quality(ctx)),
            (say("takeback_title"), _take_back(ctx)),
        ),
    )


def _limits_table(ctx: Context) -> Table:
    say, t, w = sayer(ctx, TEXTS), ctx.profile.time_limits, ctx.profile.warranty
    repair, delivery = form(ctx, "repair_order", cell=True), form(ctx, "delivery_acceptance", cell=True)
    log = say("returns_log")
    rows = (
        (say("row_counter"), ctx.minutes(t.counter_handling_minutes), repair),
        (say("row_inspection"), ctx.minutes(t.inspection_response_minutes), repair),
        (say("row_response"), ctx.hours(t.repair_response_hours), repair),
        (say("row_onsite"), ctx.hours(t.repair_onsite_hours), repair),
        (say("row_delivery"), ctx.days(t.delivery_days), delivery),
        (say("row_installation"), ctx.hours(t.installation_hours), delivery),
        (say("row_return"), ctx.days(w.return_days), log),
        (say("row_exchange"), ctx.days(w.exchange_days), log),
        (say("row_warranty"), ctx.months(w.warranty_months), repair),
    )
    return Table((say("col_step"), say("col_limit"), say("col_record")), rows, caption=say("limits_caption"),
                 widths=(5, 3, 4))


def _information(ctx: Context) -> tuple:
    say = sayer(ctx, TEXTS)
    return (
        Paragraph(say("info_seller" if ctx.is_seller else "info_producer")),
        Paragraph(say("info_online")),
        Paragraph(say("info_card")),
        Paragraph(say("info_fees", repair_form=form(ctx, "repair_order"))),
        Paragraph(say("info_review")),
    )


def _support(ctx: Context) -> tuple:
    say, ch = sayer(ctx, TEXTS), ctx.profile.channels
    hotline, hours = ch.hotline.strip(), ch.hotline_hours.strip()
    if hotline and hours:
        first = say("hotline_full", hotline=hotline, hours=hours)
    elif hotline:
        first = say("hotline_no_hours", hotline=hotline)
    else:
        first = say("hotline_none")
    online = ch.online.strip()
    return (
        Paragraph(first),
        Paragraph(say("online_given", online=online) if online else say("online_none")),
        Paragraph(say("hotline_duty", response=ctx.hours(ctx.profile.time_limits.repair_response_hours))),
        Paragraph(say("knowledge")),
        Paragraph(say("user_training")),
    )


def _delivery(ctx: Context) -> tuple:
    say, t = sayer(ctx, TEXTS), ctx.profile.time_limits
    blocks = [
        Paragraph(say("delivery_spec")),
        Bullets((say("delivery_limit", delivery=ctx.days(t.delivery_days)),
                 say("install_limit", install=ctx.hours(t.installation_hours)))),
    ]
    if ctx.profile.rules.bulky_goods_delivery:
        blocks.append(Paragraph(say("bulky")))
    blocks += [
        Paragraph(say("delivery_steps_intro")),
        Bullets((say("delivery_step1"), say("delivery_step2"), say("delivery_step3"), say("delivery_step4"),
                 say("delivery_step5", form=form(ctx, "delivery_acceptance")),
                 say("delivery_step6", ch=ctx.chapter_no("customer_relations"))), numbered=True),
        Paragraph(say("delivery_issues")),
        Paragraph(say("delivery_third")),
    ]
    return tuple(blocks)


def _repair(ctx: Context) -> tuple:
    say, t = sayer(ctx, TEXTS), ctx.profile.time_limits
    blocks = [
        Paragraph(say("repair_counter", counter=ctx.minutes(t.counter_handling_minutes),
                      inspection=ctx.minutes(t.inspection_response_minutes))),
        Paragraph(say("repair_response", response=ctx.hours(t.repair_response_hours),
                      onsite=ctx.hours(t.repair_onsite_hours))),
    ]
    if ctx.profile.rules.hotline_appointment:
        blocks.append(Paragraph(say("appointment")))
    steps = tuple(say(f"repair_step{n}") for n in range(2, 7))
    blocks += [
        Paragraph(say("repair_steps_intro")),
        Bullets((say("repair_step1", form=form(ctx, "repair_order")),) + steps
                + (say("repair_step7", ch=ctx.chapter_no("customer_relations")),), numbered=True),
        Paragraph(say("repair_fees")),
        Paragraph(say("repair_quality", ch=ctx.chapter_no("improvement"))),
        Paragraph(say("spare_parts")),
    ]
    return tuple(blocks)


def _quality(ctx: Context) -> tuple:
    say, w, rules = sayer(ctx, TEXTS), ctx.profile.warranty, ctx.profile.rules
    blocks = [
        Paragraph(say("quality_intro")),
        Bullets((say("quality_return", days=ctx.days(w.return_days)),
                 say("quality_exchange", days=ctx.days(w.exchange_days)),
                 say("quality_warranty", months=ctx.months(w.warranty_months)),
                 say("quality_online"))),
    ]
    terms = w.terms.pick(ctx.lang)
    if terms:
        blocks.append(Paragraph(say("quality_terms", terms=terms)))
    blocks.append(Paragraph(say("quality_log")))
    if rules.first_responsibility:
        blocks.append(Paragraph(say("first_seller" if ctx.is_seller else "first_producer")))
    if not ctx.is_seller:
        blocks.append(Paragraph(say("producer_support")))
    blocks.append(Paragraph(say("recall_seller" if ctx.is_seller else "recall_producer")))
    return tuple(blocks)


def _take_back(ctx: Context) -> tuple:
    say, w = sayer(ctx, TEXTS), ctx.profile.warranty
    if not (w.take_back or w.trade_in):
        return (Paragraph(say("takeback_none")),)
    blocks = []
    if w.take_back:
        blocks.append(Paragraph(say("takeback_on")))
    if w.trade_in:
        blocks.append(Paragraph(say("tradein_on")))
    terms = w.take_back_terms.pick(ctx.lang)
    if terms:
        blocks.append(Paragraph(say("takeback_terms", terms=terms)))
    blocks.append(Paragraph(say("takeback_recycler")))
    return tuple(blocks)
