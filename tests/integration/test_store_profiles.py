"""Service profiles in the store: a version per save, stale saves refused, imports and exports carry them, and the
issued versions of the manual with the items they cover."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from assessment import usecases
from assessment.exchange import read_assessment
from assessment.profile import LocalText, TimeLimits, default_profile
from assessment.store import BadManualIssue, NotFound, StaleProfile, Store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "05-five-star.json"


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


@pytest.fixture
def enterprise_id(store):
    return usecases.import_assessment(store, read_assessment(EXAMPLE)).enterprise_id


def with_resolve_hours(hours: int):
    return default_profile().model_copy(update={"time_limits": TimeLimits(complaint_resolve_hours=hours)})


def test_each_save_is_a_new_version_and_the_newest_is_current(store, enterprise_id):
    assert store.service_profile(enterprise_id) is None
    first = store.save_profile(enterprise_id, with_resolve_hours(48), None)
    second = store.save_profile(enterprise_id, with_resolve_hours(36), first.version)
    assert (first.version, second.version) == (1, 2)
    assert store.service_profile(enterprise_id).profile.time_limits.complaint_resolve_hours == 36
    assert [v.version for v in store.profile_history(enterprise_id)] == [2, 1]


def test_saving_the_current_profile_again_adds_no_version(store, enterprise_id):
    saved = store.save_profile(enterprise_id, with_resolve_hours(36), None)
    again = store.save_profile(enterprise_id, with_resolve_hours(36), saved.version)
    assert again.version == 1
    assert len(store.profile_history(enterprise_id)) == 1


def test_a_save_from_a_stale_copy_is_refused_and_saves_nothing(store, enterprise_id):
    store.save_profile(enterprise_id, with_resolve_hours(36), None, saved_by="王丽")
    with pytest.raises(StaleProfile) as info:
        store.save_profile(enterprise_id, with_resolve_hours(24), None)
    assert info.value.saved_by == "王丽" and info.value.actual == 1
    assert "王丽" in str(info.value)
    assert store.service_profile(enterprise_id).profile.time_limits.complaint_resolve_hours == 36


def test_an_unknown_enterprise_has_no_profile(store):
    with pytest.raises(NotFound):
        store.service_profile(999)
    with pytest.raises(NotFound):
        store.save_profile(999, default_profile(), None)


def test_a_hand_broken_stored_version_is_skipped_not_fatal(store, enterprise_id):
    store.save_profile(enterprise_id, with_resolve_hours(36), None)
    second = store.save_profile(enterprise_id, with_resolve_hours(24), 1)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE service_profiles SET data = :d WHERE version = :v"),
                     {"d": '{"time_limits": {"complaint_resolve_hours": "soon"}}', "v": second.version})
    current = store.service_profile(enterprise_id)
    assert current.version == 1 and current.profile.time_limits.complaint_resolve_hours == 36


def test_an_imported_profile_is_stored_and_exported_again(store):
    profile = default_profile("seller").model_copy(update={
        "time_limits": TimeLimits(complaint_resolve_hours=36), "philosophy": LocalText(zh="{{ x }} <b>")})
    assessment = read_assessment(EXAMPLE).model_copy(update={"service_profile": profile})
    imported = usecases.import_assessment(store, assessment)
    assert store.service_profile(imported.enterprise_id).profile == profile
    exported = usecases.export_assessment(store, imported.id)
    assert exported.service_profile == profile
    assert usecases.find_identical(store, exported) is not None  # the same file again is already stored


def test_a_file_with_a_changed_profile_is_not_identical_and_adds_a_version(store):
    base = read_assessment(EXAMPLE)
    first = usecases.import_assessment(store, base.model_copy(update={"service_profile": with_resolve_hours(36)}))
    changed = base.model_copy(update={"service_profile": with_resolve_hours(24)})
    assert usecases.find_identical(store, changed) is None
    usecases.import_assessment(store, changed)
    assert [v.profile.time_limits.complaint_resolve_hours for v in store.profile_history(first.enterprise_id)] \
        == [24, 36]


def test_the_manual_is_drafted_from_the_stored_profile_or_the_defaults(store, enterprise_id):
    profile, enterprise, catalog = usecases.manual_sources(store, enterprise_id)
    assert profile == default_profile(enterprise.kind)
    assert enterprise.name == read_assessment(EXAMPLE).enterprise.name
    store.save_profile(enterprise_id, with_resolve_hours(36), None)
    assert usecases.manual_sources(store, enterprise_id)[0].time_limits.complaint_resolve_hours == 36


def test_an_issued_manual_records_its_items_and_the_profile_version(store, enterprise_id):
    store.save_profile(enterprise_id, with_resolve_hours(36), None)
    issue = store.issue_manual(enterprise_id, " SH-01 ", "A/1", date(2026, 11, 20), "王总", ["1.4.1", "1.1.1"],
                               "gbt27922-2011", "2026.1")
    assert (issue.number, issue.profile_version) == ("SH-01", 1)
    assert store.covering_issue(enterprise_id, "1.4.1") == issue
    assert store.covering_issue(enterprise_id, "3.2.1") is None
    later = store.issue_manual(enterprise_id, "SH-01", "A/2", date(2026, 12, 1), "王总", ["1.4.1"],
                               "gbt27922-2011", "2026.1")
    assert store.covering_issue(enterprise_id, "1.4.1") == later
    assert store.covering_issue(enterprise_id, "1.1.1") == issue
    assert [i.version for i in store.manual_issues(enterprise_id)] == ["A/2", "A/1"]


@pytest.mark.parametrize("number, version, issued_on, field", [
    ("", "A/1", date(2026, 1, 1), "number"),
    ("SH-01", "  ", date(2026, 1, 1), "version"),
    ("SH-01", "A/1", date(2300, 1, 1), "issued_on"),
    ("x" * 501, "A/1", date(2026, 1, 1), "number"),
])
def test_a_bad_issued_version_is_refused_by_name_and_nothing_saved(store, enterprise_id, number, version, issued_on,
                                                                   field):
    with pytest.raises(BadManualIssue) as info:
        store.issue_manual(enterprise_id, number, version, issued_on, "", ["1.4.1"], "gbt27922-2011", "2026.1")
    assert info.value.field == field
    assert store.manual_issues(enterprise_id) == []
