"""The service profile: its public keys, its defaults (the company's own typical targets) and its strict values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from assessment.exchange import ExchangeError, dump_assessment, parse_assessment, read_assessment
from assessment.profile import (DEFAULT_PROFILE, LocalText, ServiceProfile, TimeLimits, default_profile,
                                required_certified_managers)

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "05-five-star.json"

TIME_LIMIT_KEYS = ("counter_handling_minutes", "inspection_response_minutes", "complaint_acknowledge_hours",
                   "complaint_resolve_hours", "repair_response_hours", "repair_onsite_hours", "delivery_days",
                   "installation_hours", "callback_days")


def test_the_time_limit_keys_are_the_public_ones_and_integers():
    assert tuple(TimeLimits.model_fields) == TIME_LIMIT_KEYS
    assert all(isinstance(v, int) for v in TimeLimits().model_dump().values())


@pytest.mark.parametrize("key, typical", [
    ("counter_handling_minutes", 10), ("inspection_response_minutes", 30),
    ("complaint_acknowledge_hours", 4), ("complaint_resolve_hours", 48),
])
def test_the_defaults_are_the_typical_company_commitments(key, typical):
    assert getattr(DEFAULT_PROFILE.time_limits, key) == typical


@pytest.mark.parametrize("value", ["36", 36.0, True, 0, -4, 10**9])
def test_a_time_limit_must_be_a_sane_whole_number(value):
    with pytest.raises(ValidationError) as info:
        TimeLimits(complaint_resolve_hours=value)
    assert info.value.errors()[0]["loc"] == ("complaint_resolve_hours",)


def test_an_unknown_field_is_refused_not_ignored():
    with pytest.raises(ValidationError):
        ServiceProfile.model_validate({"time_limit": {}})


def test_sellers_get_the_typical_supplier_rules_and_producers_none():
    seller = default_profile("seller").rules.suppliers
    assert seller is not None
    assert (seller.unresolved_fine_yuan, seller.warning_after_complaints, seller.ultimatum_after_complaints,
            seller.complaint_fund_after, seller.complaint_fund_yuan) == (20, 2, 3, 25, 1000)
    assert default_profile("producer").rules.suppliers is None


def test_a_text_falls_back_to_the_companys_own_words_in_another_language():
    text = LocalText(zh="顾客至上", en="")
    assert text.pick("en") == "顾客至上"
    assert text.pick("zh") == "顾客至上"
    assert LocalText().pick("es") == ""
    assert LocalText(zh="甲", es="A").pick("es") == "A"


@pytest.mark.parametrize("staff, required", [(0, 1), (1, 1), (10, 1), (11, 2), (25, 3), (100, 10)])
def test_certified_managers_required_are_ten_percent_rounded_up_at_least_one(staff, required):
    assert required_certified_managers(staff) == required


def test_the_exchange_file_carries_the_profile_and_reads_it_back_equal():
    profile = default_profile("seller").model_copy(update={
        "time_limits": TimeLimits(complaint_resolve_hours=36),
        "philosophy": LocalText(zh="<b>{{ x }}</b> 顾客至上"),
    })
    assessment = read_assessment(EXAMPLE).model_copy(update={"service_profile": profile})
    text = dump_assessment(assessment)
    assert json.loads(text)["service_profile"]["time_limits"]["complaint_resolve_hours"] == 36
    assert parse_assessment(text) == assessment


def test_a_file_without_a_profile_stays_without_one():
    assert "service_profile" not in dump_assessment(read_assessment(EXAMPLE))


def test_a_bad_profile_in_a_file_names_every_place():
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["service_profile"] = {"time_limits": {"complaint_resolve_hours": "36"}, "staffing": {"service_staff": -1}}
    with pytest.raises(ExchangeError) as info:
        parse_assessment(json.dumps(data), "x.json")
    messages = info.value.messages("en")
    assert any("service_profile.time_limits.complaint_resolve_hours" in m and "whole number" in m for m in messages)
    assert any("service_profile.staffing.service_staff" in m for m in messages)
