"""Sampling records as an assessor does, and the supplier measures a seller's own rules call for."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.profile import SupplierRules, TimeLimits
from assessment.records.mapping import ColumnMapping
from assessment.records.reading import parse_table
from assessment.records.sampling import draw
from assessment.records.suppliers import supplier_measures
from assessment.records.validation import validate
from criteria import default_catalog
from criteria.schema import RecordSampling

HEADER = "id,kind,received_at,acknowledged_at,resolved_at,category,supplier\n"


def records(rows):
    return validate(parse_table((HEADER + "\n".join(rows) + "\n").encode(), "x.csv"), ColumnMapping())


MANY = records([f"C{i:03d},complaint,2026-03-{1 + i % 28:02d} 09:00,2026-03-{1 + i % 28:02d} "
                f"{10 if i % 4 else 15}:00,{'' if i % 9 == 0 else f'2026-03-{1 + i % 28:02d} 20:00'},质量,甲"
                for i in range(60)])


def test_the_same_seed_draws_the_same_records_and_another_seed_others():
    first = draw(MANY, TimeLimits(), kind="complaint", n=10, seed=5, today=date(2026, 4, 1))
    again = draw(MANY.sample(frac=1, random_state=3), TimeLimits(), kind="complaint", n=10, seed=5,
                 today=date(2026, 4, 1))
    other = draw(MANY, TimeLimits(), kind="complaint", n=10, seed=6, today=date(2026, 4, 1))
    assert [r.id for r in first.records] == [r.id for r in again.records]  # the file's row order does not matter
    assert [r.id for r in first.records] != [r.id for r in other.records]
    assert (first.population, len(first.records)) == (60, 10)


def test_each_failure_says_why():
    sample = draw(MANY, TimeLimits(), kind="complaint", n=60, seed=1, today=date(2026, 4, 1))
    reasons = {r.id: r.reasons for r in sample.records}
    assert reasons["C000"] == ("acknowledged_late", "not_resolved")  # acknowledged after 6 h, never resolved
    assert reasons["C001"] == ()
    assert sample.failed == sum(1 for r in sample.records if r.reasons)


def test_fewer_records_than_asked_means_all_of_them():
    sample = draw(MANY, TimeLimits(), kind="complaint", n=500, seed=1, today=date(2026, 4, 1))
    assert len(sample.records) == 60


@pytest.mark.parametrize("rule, population, size", [
    (RecordSampling(kind="complaint", n=10), 50, 10),
    (RecordSampling(kind="complaint", n=10), 4, 4),
    (RecordSampling(kind="complaint", share="0.1", minimum=5), 120, 12),
    (RecordSampling(kind="complaint", share="0.1", minimum=5), 20, 5),
    (RecordSampling(kind="complaint", share="0.1", minimum=5), 3, 3),
    (RecordSampling(kind="complaint", share="0.15", minimum=1), 21, 4),  # 3.15 rounded up
])
def test_the_catalogs_sample_size_rule(rule, population, size):
    assert rule.size(population) == size


def test_the_catalog_says_which_kind_of_record_serves_which_sampled_item():
    catalog = default_catalog()
    kinds = {item.id: item.records.kind for _, _, item in catalog.iter_items() if item.records}
    assert kinds == {"2.3.2": "delivery", "2.3.3": "installation", "2.4.2": "repair", "2.5.2": "return",
                     "3.2.2": "complaint"}
    assert all(catalog.item(i).method == "sampled" for i in kinds)


def complaints(month: str, supplier: str, category: str, n: int, start: int = 0, resolved=True):
    return [f"{supplier}{month}{category}{i},complaint,{month}-{1 + i:02d} 09:00,{month}-{1 + i:02d} 10:00,"
            + (f"{month}-{1 + i:02d} 12:00" if resolved else "") + f",{category},{supplier}"
            for i in range(start, start + n)]


def test_repeated_complaints_about_one_matter_escalate_as_the_rules_say():
    rows = (complaints("2026-03", "甲", "质量", 3) + complaints("2026-03", "乙", "质量", 4)
            + complaints("2026-03", "丙", "送货", 2)
            + complaints("2026-02", "丁", "质量", 4) + complaints("2026-03", "丁", "质量", 3)
            + ["D1,delivery,2026-01-05 09:00,,2026-01-06 09:00,,戊"])
    result = supplier_measures(records(rows), SupplierRules(), TimeLimits(), month=date(2026, 3, 1),
                               today=date(2026, 4, 1))
    measures = {s["supplier"]: [m["measure"] for m in s["measures"]] for s in result["suppliers"]}
    assert measures == {"甲": ["warning"], "乙": ["ultimatum"], "丙": [], "丁": ["exit"]}
    assert result["no_complaint"] == ["戊"]


def test_a_complaint_fund_and_fines_follow_the_figures_of_the_rules():
    rows = complaints("2026-03", "甲", "质量", 2, resolved=False) + complaints("2026-03", "甲", "服务", 2)
    rules = SupplierRules(complaint_fund_after=3, complaint_fund_yuan=1500, unresolved_fine_yuan=50)
    result = supplier_measures(records(rows), rules, TimeLimits(), month=date(2026, 3, 1), today=date(2026, 4, 1))
    (only,) = result["suppliers"]
    assert {m["measure"]: m.get("amount_yuan") for m in only["measures"]} == {"complaint_fund": 1500, "fine": 100}
