"""Demo data for a first start: two enterprises that fill every page of the app.

- an enterprise mid-way through its first self-assessment;
- an enterprise certified four-star a year ago, with two rounds of self-assessment and a surveillance audit due soon.

The answers are derived from the catalog, so the demo stays valid when the catalog changes.
`python -m assessment.demo` seeds the database named by DATABASE_URL (or the default SQLite file) if it is empty,
and adds one demo account per role (assessment/demo_users.py), printing their passwords once.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from typing import Optional

from criteria import Catalog

from . import cycle
from .demo_profile import demo_profile
from .demo_records import demo_records
from .demo_users import report, seed_demo_users
from .models import (
    Assessment,
    CatalogRef,
    Certificate,
    CorrectiveAction,
    Enterprise,
    Response,
    SpecialBonus,
    SpecialDeduction,
)
from .records_usecases import import_records, profile_of
from .scoring import score
from .store import Store, display_name

MIDWAY = Enterprise(
    name="杭州云帆家电销售有限公司",
    credit_code="91330106MA2B3C4D5E",
    kind="seller",
    industry="家用电器零售",
    address="浙江省杭州市西湖区文三路 388 号",
    contact="王丽 0571-8888 6601",
    contact_email="service@yunfan.example.com",
)
CERTIFIED = Enterprise(
    name="苏州恒泰精密机械制造有限公司",
    credit_code="91320594MA1N2P3Q4R",
    kind="producer",
    industry="通用机械制造",
    address="江苏省苏州市工业园区星湖街 218 号",
    contact="陈志强 0512-6666 2208",
    contact_email="quality@hengtai.example.com",
)


def _ref(catalog: Catalog) -> CatalogRef:
    return CatalogRef(id=catalog.id, version=catalog.version)


def _answer(catalog: Catalog, item_ids: list[str], weak: set[str]) -> tuple[Response, ...]:
    """Met, with every evidence in hand, except `weak` items: sampled ones partly conforming, others not met."""
    out = []
    for _, _, item in catalog.iter_items():
        if item.id not in item_ids:
            continue
        evidence = tuple(e.id for e in item.evidence)
        if item.id not in weak:
            out.append(Response(item=item.id, result="met", evidence=evidence, note="现场核实，符合要求。"))
        elif item.method == "sampled":
            out.append(
                Response(
                    item=item.id,
                    result="partial",
                    samples=10,
                    failed_samples=3,
                    evidence=evidence[:1],
                    note="抽查 10 份记录，3 份填写不完整。",
                )
            )
        else:
            out.append(
                Response(
                    item=item.id,
                    result="not_met",
                    evidence=(),
                    note="未能提供相关文件。",
                )
            )
    return tuple(out)


# The demo plan's actions in turn: open, in progress and past its due date (the one overdue action), done, verified.
_PLAN_STEPS = ("open", "in_progress", "done", "verified")


def _plan(assessment: Assessment, today: date, steps: tuple[str, ...] = _PLAN_STEPS) -> tuple[CorrectiveAction, ...]:
    """A corrective action for every gap and special deduction of `assessment`, their statuses taken from `steps`
    in turn (the last one repeated); an action in progress is overdue on `today`, an open one is not yet."""
    actions = []
    targets = [{"item": r.item} for r in assessment.responses if r.result in ("not_met", "partial")]
    targets += [{"deduction": i} for i in range(len(assessment.special_deductions))]
    partial = {r.item for r in assessment.responses if r.result == "partial"}
    for n, target in enumerate(targets):
        status = steps[min(n, len(steps) - 1)]
        if "deduction" in target:
            text, owner = "增设投诉超时预警，每周通报处理时效。", "客服中心"
        elif target["item"] in partial:
            text, owner = "修订记录模板并组织相关人员培训，下月复查。", "质量部"
        else:
            text, owner = "补充制度文件并发布实施。", "综合管理部"
        fields = {"description": text, "owner": owner, "status": status, **target}
        if status == "open":
            fields["due_on"] = today + timedelta(days=30)
        elif status == "in_progress":
            fields["due_on"] = today - timedelta(days=5)  # overdue
        elif status == "done":
            fields.update(due_on=today - timedelta(days=2), done_on=today - timedelta(days=4))
        else:
            fields.update(due_on=today - timedelta(days=3), done_on=today - timedelta(days=6), verified_by="周建华",
                          verification_note="抽查整改后的三份记录，均符合要求。")
        actions.append(CorrectiveAction(**fields))
    return tuple(actions)


def _weak_items_for(catalog: Catalog, base: Assessment, low: float, high: float) -> set[str]:
    """Pick items to weaken, smallest first, until the score falls inside [low, high)."""
    ids = [it.id for _, _, it in catalog.iter_items()]
    by_points = sorted(ids, key=lambda i: (catalog.item(i).points, ids.index(i)))
    weak: set[str] = set()
    for item_id in by_points:
        trial = base.model_copy(update={"responses": _answer(catalog, ids, weak | {item_id})})
        final = float(score(catalog, trial).final)
        if final < low:
            continue
        weak.add(item_id)
        if final < high:
            return weak
    return weak


def seed_demo(store: Store, today: date, catalog: Optional[Catalog] = None) -> bool:
    """Seed the demo enterprises when the database has none. Returns True if it seeded."""
    if store.list_enterprises(include_archived=True):
        return False
    catalog = catalog or store.default_catalog_for_new()
    ids = [it.id for _, _, it in catalog.iter_items()]

    # 1. Mid-way through the first self-assessment: the first half of the items answered.
    midway = store.add_enterprise(MIDWAY)
    half = ids[: len(ids) // 2]
    weak = {half[1], half[4]} if len(half) > 4 else set()
    started = Assessment(
        catalog=_ref(catalog),
        enterprise=MIDWAY,
        assessed_on=today - timedelta(days=3),
        assessor="王丽",
        responses=_answer(catalog, half, weak),
    )
    store.add_assessment(midway.id, started.model_copy(update={"actions": _plan(started, today, ("open",))}))

    # 2. Certified four-star 11 months ago; surveillance audit due within a month.
    certified = store.add_enterprise(CERTIFIED)
    issued = cycle.add_months(today, -12) + timedelta(days=20)
    first = Assessment(
        catalog=_ref(catalog), enterprise=CERTIFIED, assessed_on=issued - timedelta(days=45), assessor="陈志强"
    )
    first = first.model_copy(update={"responses": _answer(catalog, ids, _weak_items_for(catalog, first, 84, 90))})
    first = first.model_copy(update={"actions": _plan(first, first.assessed_on + timedelta(days=200),
                                                      ("done", "verified"))})
    first_stored = store.add_assessment(certified.id, first)
    store.add_certificate(certified.id, Certificate(number="CSC-ASS-2025-0318", issued_on=issued, level="four_star"))

    second = first.model_copy(
        update={
            "assessed_on": today - timedelta(days=10),
            "special_deductions": (
                SpecialDeduction(
                    category="own_rules",
                    description="抽查发现 1 起投诉超过公司承诺的 48 小时处理时限。",
                ),
            ),
            "special_bonus": SpecialBonus(description="建立行业领先的设备远程诊断平台，故障响应时间缩短至 2 小时。"),
        }
    )
    second = second.model_copy(
        update={"responses": _answer(catalog, ids, _weak_items_for(catalog, second, 90, 95))}
    )
    second = second.model_copy(update={"actions": _plan(second, today)})
    store.add_assessment(certified.id, second, previous_id=first_stored.id)

    # Its service manual, written from its profile and issued before the first audit.
    issued_manual = issued - timedelta(days=60)
    store.save_profile(certified.id, demo_profile(issued_manual), None)
    manual_items = [item.id for indicator in catalog.indicators() if indicator.clause for item in indicator.items]
    store.issue_manual(certified.id, "HT/SM-01", "A/1", issued_manual, "周建华", manual_items, catalog.id,
                       catalog.version)

    # A year of each one's service records, through the real import (every row validated).
    for enterprise, stored in ((MIDWAY, midway), (CERTIFIED, certified)):
        import_records(store, stored.id, demo_records(enterprise, profile_of(store, stored.id), today, seed=27922))
    return True


def main() -> int:
    from .access import Actor, acting

    store = Store()
    with acting(Actor.system("demo")):  # the audit trail names the seeding, not a person
        seeded = seed_demo(store, date.today())
        print(("seeded demo data into " if seeded else "database already has data: ") + display_name(store.url))
        for line in report(seed_demo_users(store, MIDWAY, CERTIFIED)):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
