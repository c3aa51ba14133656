"""Chapter "Service rules and legal requirements" of the service manual (clause 5.1.4 of GB/T 27922-2011): the
list of service rules the company adopts; first responsibility, advance compensation, door-to-door delivery of
bulky goods, reprocessing and appointments by hotline, each switched by `profile.rules`; the supplier rules of a
seller or market organiser (`profile.rules.suppliers`), every figure from the profile; and the identification of
legal requirements, their register and the training of staff in them."""

from __future__ import annotations

from ..context import Context, Draft
from ..model import Bullets, Paragraph, Table
from .rules_legal_texts import LAWS
from .rules_legal_texts import TEXTS as LEGAL_TEXTS
from .rules_texts import TEXTS as RULE_TEXTS
from .system_texts import department, sentences

CLAUSES = ("5.1.4",)

TEXTS = {**RULE_TEXTS, **LEGAL_TEXTS}

REGISTER_REVIEW_MONTHS = 12  # the register is reviewed at least this often (item 1.4.2 of the catalog)
_BLANK_LAWS = 3

# The list of rules: (name row, chapters where the rule is written).
_CHAPTER_RULES = (("r_information", ("product_service",)), ("r_delivery", ("product_service",)),
                  ("r_repair", ("product_service",)), ("r_guarantee", ("product_service",)),
                  ("r_take_back", ("product_service",)), ("r_relations", ("customer_relations",)),
                  ("r_complaints", ("complaints",)), ("r_supervision", ("supervision",)),
                  ("r_improvement", ("improvement",)))


def build(ctx: Context) -> Draft:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    dept = department(ctx)
    rules = _switched(ctx, dept)
    listed = [say("item", name=say(name), where=_where(ctx, keys)) for name, keys in _CHAPTER_RULES
              if name != "r_take_back" or ctx.profile.warranty.take_back or ctx.profile.warranty.trade_in]
    listed += [say("item", name=title, where=say("here")) for title, _ in rules]
    listed.append(say("item", name=say("r_legal"), where=say("here")))
    return Draft(say("title"), sections=(
        (say("list"), (Paragraph(say("list_intro")), Bullets(tuple(listed), numbered=True))),
        *rules,
        (say("identify"), _register(ctx, dept)),
        (say("training"), (Paragraph(say("tr_intro")), Bullets((
            say("tr_induction"), say("tr_changes", dept=dept), say("tr_exam"),
            say("tr_check", supervision=ctx.chapter_no("supervision")),
            say("tr_record", training=ctx.form_code("training_record")))))),
    ))


def _where(ctx: Context, keys: tuple[str, ...] | None) -> str:
    """"第 8 章", "chapters 3 and 8", "todos los capítulos"."""
    if keys is None:
        return ctx.say(TEXTS, "ch_all")
    numbers = [ctx.chapter_no(key) for key in keys]
    if len(numbers) == 1:
        return ctx.say(TEXTS, "ch_one", no=numbers[0])
    nos = "、".join(numbers) if ctx.lang == "zh" else ctx.join(numbers)
    return ctx.say(TEXTS, "ch_many", nos=nos)


def _capital(text: str) -> str:
    """A table cell starts with a capital letter."""
    return text[:1].upper() + text[1:]


def _switched(ctx: Context, dept: str) -> list[tuple[str, tuple]]:
    """The sections of the rules the profile switches on, as (title, blocks)."""
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    p = ctx.profile
    r, t = p.rules, p.time_limits
    resolve = ctx.hours(t.complaint_resolve_hours)
    out = []
    if r.first_responsibility:
        out.append((say("first"), (
            Paragraph(say("first_rule")),
            Bullets((say("first_own"), say("first_handover"),
                     say("first_follow", complaints=ctx.chapter_no("complaints"))), numbered=True),
            Paragraph(say("first_seller" if ctx.is_seller else "first_producer")),
        )))
    if r.advance_compensation:
        out.append((say("advance"), (
            Paragraph(say("advance_seller" if ctx.is_seller else "advance_producer", resolve=resolve)),
            Paragraph(say("advance_fund", resources=ctx.chapter_no("resources"), dept=dept)),
        )))
    if r.bulky_goods_delivery:
        out.append((say("bulky"), (Paragraph(say(
            "bulky_rule", delivery=ctx.days(t.delivery_days), installation=ctx.hours(t.installation_hours),
            form=ctx.form_code("delivery_acceptance"))),)))
    if r.reprocessing:
        out.append((say("reprocessing"), (Paragraph(say("reprocessing_rule")),)))
    if r.hotline_appointment:
        out.append((say("appointment"), (Paragraph(_appointment(ctx)),)))
    if r.suppliers is not None:
        out.append((say("suppliers"), _suppliers(ctx, dept)))
    return out


def _appointment(ctx: Context) -> str:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    c, t = ctx.profile.channels, ctx.profile.time_limits
    hotline, hours = c.hotline.strip(), c.hotline_hours.strip()
    if hotline and hours:
        first = say("appt_hotline_hours", hotline=hotline, hours=hours)
    elif hotline:
        first = say("appt_hotline", hotline=hotline)
    else:
        first = say("appt_generic")
    steps = say("appt_steps", response=ctx.hours(t.repair_response_hours), onsite=ctx.hours(t.repair_onsite_hours))
    return sentences(ctx, first, steps)


def _suppliers(ctx: Context, dept: str) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    s = ctx.profile.rules.suppliers
    resolve = ctx.hours(ctx.profile.time_limits.complaint_resolve_hours)
    times = lambda n: ctx.amount(n, "times")  # noqa: E731
    items = [
        say("sp_deposit", deposit=ctx.yuan(s.quality_deposit_yuan)),
        say("sp_fine", resolve=resolve, fine=ctx.yuan(s.unresolved_fine_yuan)) if s.unresolved_fine_yuan
        else say("sp_no_fine", resolve=resolve),
        say("sp_warning", count=times(s.warning_after_complaints)),
        say("sp_ultimatum", count=times(s.ultimatum_after_complaints)),
        say("sp_exit", months=ctx.months(s.exit_after_months)),
        say("sp_fund", count=times(s.complaint_fund_after), amount=ctx.yuan(s.complaint_fund_yuan)),
    ]
    if s.no_complaint_award:
        items.append(say("sp_award"))
    return (Paragraph(say("sp_intro")), Bullets(tuple(items), numbered=True),
            Paragraph(say("sp_records", dept=dept)))


def _register(ctx: Context, dept: str) -> tuple:
    say = lambda key, **v: ctx.say(TEXTS, key, **v)  # noqa: E731
    rows = tuple((say(f"law_{key}"), say(f"req_{key}"), _capital(_where(ctx, chapters))) for key, chapters in LAWS)
    return (
        Paragraph(say("id_rule", dept=dept)),
        Paragraph(say("id_update", months=ctx.months(REGISTER_REVIEW_MONTHS), dept=dept)),
        Paragraph(say("id_table_intro")),
        Table((say("col_law"), say("col_requirements"), say("col_chapters")), rows,
              caption=say("register_caption"), blank_rows=_BLANK_LAWS, widths=(4, 5, 2)),
    )
