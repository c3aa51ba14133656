"""The demo's service records: the same every time for a seed, valid as an import file, and shaped like a real
company's year (mostly on time, some late, a few open past their limit, satisfaction on part of them)."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.demo import CERTIFIED, MIDWAY
from assessment.demo_profile import demo_profile
from assessment.demo_records import demo_records
from assessment.profile import default_profile
from assessment.records.kpi import kpi
from assessment.records.mapping import ColumnMapping
from assessment.records.validation import validate

TODAY = date(2026, 12, 2)
WORLDS = {"seller": (MIDWAY, default_profile("seller")), "producer": (CERTIFIED, demo_profile(date(2025, 1, 1)))}


@pytest.fixture(params=sorted(WORLDS))
def world(request):
    enterprise, profile = WORLDS[request.param]
    table = demo_records(enterprise, profile, TODAY, seed=7)
    return enterprise, profile, table, validate(table, ColumnMapping())


def test_the_same_seed_gives_the_same_records_and_another_seed_others():
    enterprise, profile = WORLDS["seller"]
    first = demo_records(enterprise, profile, TODAY, seed=7)
    assert demo_records(enterprise, profile, TODAY, seed=7).rows == first.rows
    assert demo_records(enterprise, profile, TODAY, seed=8).rows != first.rows


def test_each_demo_enterprise_has_a_year_of_valid_records_of_its_own_kinds(world):
    enterprise, profile, table, frame = world
    assert 300 <= len(frame) <= 2000
    kinds = set(frame["kind"])
    if enterprise.kind == "seller":
        assert kinds == {"complaint", "delivery", "installation", "return"}
        assert {"商品质量", "送货延误", "安装服务", "服务态度", "价格争议"} <= set(frame["category"])
        assert frame["supplier"].nunique() >= 5 and frame["outlet"].nunique() >= 3
    else:
        assert kinds == {"repair", "complaint"}
        assert set(frame["outlet"]) == {"苏州服务中心", "广州授权服务站", "成都授权服务站"}
    local = frame["received_at"].dt.tz_convert("Asia/Shanghai").dt.date
    assert local.min() >= date(2025, 12, 1) and local.max() < TODAY
    assert local.map(lambda d: (d.year, d.month)).nunique() >= 12


def test_most_records_meet_the_limits_a_realistic_share_is_late_and_a_few_are_overdue(world):
    enterprise, profile, table, frame = world
    for kind in set(frame["kind"]):
        figures = kpi(frame, profile.time_limits, today=TODAY, kind=kind)
        assert 0.75 <= figures["resolved_on_time_rate"] <= 0.97, kind
        if figures["acknowledged_on_time_rate"] is not None:
            assert 0.75 <= figures["acknowledged_on_time_rate"] <= 0.99, kind
        assert 0.2 <= figures["surveyed"] / figures["count"] <= 0.8, kind
        assert 0.7 <= figures["satisfaction_rate"] <= 0.98, kind
        assert figures["open"] <= 0.03 * figures["count"] + 3
    main_kind = "complaint" if enterprise.kind == "seller" else "repair"
    assert kpi(frame, profile.time_limits, today=TODAY, kind=main_kind)["overdue"] >= 1


def test_the_volume_follows_the_season(world):
    enterprise, profile, table, frame = world
    months = frame["received_at"].dt.tz_convert("Asia/Shanghai").dt.month.value_counts()
    assert months[7] > 1.4 * months[2]  # the summer peak against the Spring Festival lull
