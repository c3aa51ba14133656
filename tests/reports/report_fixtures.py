"""Assessments built in code for the report tests and the benchmark fallback (no example file needed)."""

from __future__ import annotations

import random
from datetime import date

from assessment.models import (
    Assessment,
    Audit,
    CatalogRef,
    Certificate,
    CorrectiveAction,
    Enterprise,
    Response,
    SpecialBonus,
    SpecialDeduction,
)
from criteria import Catalog

# The report date of the tests: the fixture's certificate has its recertification window open on that day.
REPORT_DATE = date(2025, 5, 20)

# Items answered in a particular way in the "strong" assessment; every other item is met with all its evidence.
_PARTIAL = {"1.2.1": (10, 1), "2.4.2": (20, 1), "3.2.2": (30, 2), "3.1.4": (12, 1)}
_NOT_MET = {"1.3.3"}
_EXCLUDED = {"2.6.1": "本企业不销售需回收的耐用消费品，无废弃商品产生。"}


def strong_assessment(catalog: Catalog, *, assessed_on: date = date(2025, 4, 15)) -> Assessment:
    """A complete assessment near the top of the scale, with notes, evidence, an exclusion, a deduction, a bonus."""
    responses = []
    for _, _, item in catalog.iter_items():
        evidence = tuple(e.id for e in item.evidence)
        if item.id in _EXCLUDED:
            responses.append(Response(item=item.id, result="excluded", justification=_EXCLUDED[item.id]))
        elif item.id in _NOT_MET:
            responses.append(
                Response(
                    item=item.id,
                    result="not_met",
                    note="服务文化培训尚未覆盖新入职员工。",
                    evidence=evidence[:1],
                    action="将服务文化培训纳入新员工入职培训",
                    owner="人力资源部 王敏",
                    due_on=date(2025, 7, 31),
                )
            )
        elif item.id in _PARTIAL and item.method == "sampled":
            samples, failed = _PARTIAL[item.id]
            responses.append(
                Response(
                    item=item.id,
                    result="partial",
                    samples=samples,
                    failed_samples=failed,
                    note=f"抽查 {samples} 份记录，{failed} 份不符合要求。",
                    evidence=evidence[:-1] + ("2025年第一季度抽样记录表.xlsx",),
                )
            )
        else:
            responses.append(Response(item=item.id, result="met", evidence=evidence))
    return Assessment(
        catalog=CatalogRef(id=catalog.id, version=catalog.version),
        enterprise=Enterprise(
            name="杭州星辰家电服务有限公司",
            credit_code="91330100MA2XXXXX0Q",
            kind="producer",
            industry="家用电器制造",
            address="浙江省杭州市滨江区江南大道 1888 号",
            contact="李华 0571-8888 0000",
        ),
        assessed_on=assessed_on,
        assessor="张伟（质量部）",
        responses=tuple(responses),
        special_deductions=(
            SpecialDeduction(
                category="own_rules",
                description="2025年3月一起投诉超过企业承诺的48小时处理时限。",
                corrective_action="增设投诉超时自动提醒，并对相关人员进行再培训。",
            ),
        ),
        special_bonus=SpecialBonus(description="建立行业首个以旧换新全程追溯平台，获省级服务创新奖。"),
        certificate=Certificate(
            number="CSC-2022-SV-00123",
            issued_on=date(2022, 6, 1),
            level="four_star",
            audits=(Audit(kind="surveillance", on=date(2023, 5, 20)), Audit(kind="surveillance", on=date(2024, 5, 18))),
        ),
    )


def previous_assessment(catalog: Catalog) -> Assessment:
    """The same enterprise a year earlier, weaker in several indicators."""
    current = strong_assessment(catalog, assessed_on=date(2024, 4, 10))
    weaker = {"1.2.2", "1.5.3", "2.2.1", "3.1.3"}
    responses = tuple(
        Response(item=r.item, result="not_met", note="上一轮未达到。") if r.item in weaker else r
        for r in current.responses
    )
    return current.model_copy(update={"responses": responses, "special_bonus": None})


def incomplete_assessment(catalog: Catalog) -> Assessment:
    """The first area and the exclusion answered, nothing else: a draft."""
    full = strong_assessment(catalog)
    kept = tuple(r for r in full.responses if r.item.startswith("1.") or r.item in _EXCLUDED)
    return full.model_copy(update={"responses": kept})


HOSTILE = {
    "img": '<img src="file:///etc/passwd">',
    "attach": '<a rel="attachment" href="file:///etc/hostname">x</a>',
    "jinja": "{{ 7*7 }}",
    "emoji": "服务之星 🌟😀",
    "rtl": "خدمة ما بعد البيع שירות לקוחות",
    "style": '</style><style>body{display:none}</style>',
    "css": 'url("file:///etc/passwd")',
}
LONG_NOTE = ("售后服务记录抽查说明。" * 1000 + "X" * 5000 + " end-of-note")[:20_000]


def hostile_assessment(catalog: Catalog) -> Assessment:
    """Hostile strings in every free-text field, a 20,000-character note, and unanswered items (a draft)."""
    base = strong_assessment(catalog)
    joined = " ".join(HOSTILE.values())
    responses = []
    for n, r in enumerate(base.responses):
        if n == 0:
            r = r.model_copy(update={"note": LONG_NOTE})
        elif r.result == "excluded":
            r = r.model_copy(update={"justification": joined})
        elif n % 5 == 0:
            continue  # leave some unanswered
        else:
            r = r.model_copy(
                update={
                    "note": joined,
                    "evidence": r.evidence + (HOSTILE["img"], HOSTILE["attach"]),
                    "action": HOSTILE["jinja"] if r.result != "met" else "",
                    "owner": HOSTILE["rtl"] if r.result != "met" else "",
                }
            )
        responses.append(r)
    return base.model_copy(
        update={
            "enterprise": Enterprise(
                name=HOSTILE["img"] + " " + HOSTILE["emoji"],
                credit_code=HOSTILE["jinja"],
                kind="seller",
                industry=HOSTILE["rtl"],
                address=HOSTILE["attach"],
                contact=HOSTILE["style"],
            ),
            "assessor": HOSTILE["style"] + HOSTILE["css"],
            "responses": tuple(responses),
            "special_deductions": (
                SpecialDeduction(category="law", description=HOSTILE["attach"], corrective_action=HOSTILE["img"]),
            ),
            "special_bonus": SpecialBonus(description=HOSTILE["jinja"] + HOSTILE["emoji"]),
            "certificate": base.certificate.model_copy(update={"number": HOSTILE["jinja"]}),
        }
    )


# Letters and digits: a run of them gives no line-break opportunity anywhere.
UNBROKEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LONG_ACTION_ITEMS = 6


def unbroken(length: int, tag: str = "") -> str:
    """`length` letters and digits without a break opportunity: `tag`, then a sequence drawn from it, so that no
    two fields (nor two lines of them) read alike."""
    rng = random.Random(tag)
    return (tag + "".join(rng.choices(UNBROKEN, k=length)))[:length]


def long_text_assessment(catalog: Catalog, *, length: int = 20_000, short: int = 500) -> Assessment:
    """The strong assessment with every free-text field an unbroken string: the long fields (notes, actions,
    justification, special deductions, bonus) `length` characters, the short ones (enterprise, assessor, owner,
    additional evidence) `short`, each within the model's limits."""
    base = strong_assessment(catalog)
    gaps_left = LONG_ACTION_ITEMS
    responses = []
    actions = []
    for r in base.responses:
        if r.result == "excluded":
            r = r.model_copy(update={"justification": unbroken(length, "J")})
        elif gaps_left:  # the first items of the catalog become gaps with a long note and action
            n = LONG_ACTION_ITEMS - gaps_left + 1
            gaps_left -= 1
            r = Response(
                item=r.item,
                result="not_met",
                note=unbroken(length, f"N{n}"),
                evidence=(unbroken(short, f"E{n}"),),
            )
            actions.append(CorrectiveAction(item=r.item, description=unbroken(length, f"A{n}"),
                                            owner=unbroken(short, f"O{n}"), due_on=date(2025, 9, 30)))
        responses.append(r)
    rewritten = {a.item for a in actions}
    kept = tuple(a for a in base.actions if a.item is not None and a.item not in rewritten)
    return base.model_copy(
        update={
            "enterprise": Enterprise(
                name=unbroken(short, "Name"),
                credit_code=unbroken(64, "C"),
                kind="producer",
                industry=unbroken(short, "I"),
                address=unbroken(short, "Addr"),
                contact=unbroken(short, "Tel"),
            ),
            "assessor": unbroken(short, "By"),
            "responses": tuple(responses),
            "special_deductions": tuple(
                SpecialDeduction(category="own_rules", description=unbroken(length, f"D{n}")) for n in (1, 2)
            ),
            "actions": kept + tuple(actions) + tuple(
                CorrectiveAction(deduction=n - 1, description=unbroken(length, f"K{n}")) for n in (1, 2)
            ),
            "special_bonus": SpecialBonus(description=unbroken(length, "B")),
            "certificate": base.certificate.model_copy(update={"number": unbroken(100, "No")}),
        }
    )
