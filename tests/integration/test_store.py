"""The store: round trips, optimistic locking, all-or-nothing imports, the portfolio, migrations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select, text

from assessment import usecases
from assessment import cycle
from assessment.store.tables import AssessmentRow, EnterpriseRow, ResponseRow
from assessment.demo import seed_demo
from assessment.models import (
    Assessment,
    Audit,
    CatalogRef,
    Certificate,
    Enterprise,
    Response,
    SpecialBonus,
    SpecialDeduction,
)
from assessment.scoring import InvalidResponse, score
import assessment.store as store_module
from assessment.store import NotFound, StaleAssessment, Store
from criteria import CatalogError, default_catalog

TODAY = date(2026, 11, 28)


@pytest.fixture
def catalog():
    return default_catalog()


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


@pytest.fixture
def acme():
    return Enterprise(
        name="宁波海曙电器有限公司",
        credit_code="91330203MA2AAAAA1X",
        kind="producer",
        industry="小家电",
        address="浙江省宁波市",
        contact="李娜",
    )


def _full(catalog, enterprise, **extra) -> Assessment:
    """Every item answered: sampled items partly conforming, excludable ones excluded, one not met."""
    responses = []
    for n, (_, _, item) in enumerate(catalog.iter_items()):
        if item.excludable and n % 3 == 0:
            r = Response(item=item.id, result="excluded", justification="本企业不涉及该业务。")
        elif item.method == "sampled":
            r = Response(item=item.id, result="partial", samples=10, failed_samples=n % 4, note=f"抽查第 {n} 项",
                         evidence=tuple(e.id for e in item.evidence[:1]) + ("现场照片",))
        elif n % 7 == 0:
            r = Response(item=item.id, result="not_met", note="缺少文件", action="补充", owner="张三",
                         due_on=date(2027, 1, 31))
        else:
            r = Response(item=item.id, result="met")
        responses.append(r)
    return Assessment(
        catalog=CatalogRef(id=catalog.id, version=catalog.version),
        enterprise=enterprise,
        assessed_on=date(2026, 10, 1),
        assessor="审核员甲",
        responses=tuple(responses),
        special_deductions=(SpecialDeduction(category="law", description="三包凭证缺失", corrective_action="补发"),),
        special_bonus=SpecialBonus(description="行业领先的远程诊断"),
        **extra,
    )


def _count(store, model) -> int:
    with store._sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_migrations_create_every_table(store):
    tables = set(inspect(store.engine).get_table_names())
    assert {"enterprises", "assessments", "responses", "special_deductions", "certificates", "catalogs",
            "settings", "alembic_version"} <= tables


def test_opening_an_existing_database_again_keeps_its_data(database_url, catalog, acme):
    url = database_url
    first = Store(url)
    stored = usecases.import_assessment(first, _full(catalog, acme))
    first.close()
    second = Store(url)
    assert second.get_assessment(stored.id).assessment == stored.assessment


def test_import_then_export_gives_an_identical_assessment(store, catalog, acme):
    cert = Certificate(number="CSC-1", issued_on=date(2026, 1, 5), level="three_star",
                       audits=(Audit(kind="surveillance", on=date(2026, 12, 20)),))
    original = _full(catalog, acme, certificate=cert)
    stored = usecases.import_assessment(store, original)
    exported = usecases.export_assessment(store, stored.id)
    assert exported.model_dump() == original.model_dump() | {"responses": exported.model_dump()["responses"]}
    assert {r.item: r for r in exported.responses} == {r.item: r for r in original.responses}
    assert score(catalog, exported) == score(catalog, original)


def test_import_matches_the_enterprise_by_credit_code(store, catalog, acme):
    a = usecases.import_assessment(store, _full(catalog, acme))
    renamed = acme.model_copy(update={"name": "宁波海曙电器股份有限公司"})
    b = usecases.import_assessment(store, _full(catalog, renamed).model_copy(update={"assessed_on": date(2027, 10, 1)}))
    assert a.enterprise_id == b.enterprise_id
    assert len(store.list_enterprises()) == 1


def test_failed_import_leaves_the_database_unchanged(store, catalog, acme):
    usecases.import_assessment(store, _full(catalog, acme))
    before = (_count(store, EnterpriseRow), _count(store, AssessmentRow), _count(store, ResponseRow))
    other = acme.model_copy(update={"credit_code": "91110000MA0BBBBB2Y", "name": "新企业"})
    bad = _full(catalog, other).with_response(Response(item="9.9.9", result="met"))
    with pytest.raises(InvalidResponse) as err:
        usecases.import_assessment(store, bad)
    assert "9.9.9" in str(err.value)
    after = (_count(store, EnterpriseRow), _count(store, AssessmentRow), _count(store, ResponseRow))
    assert after == before


def test_saving_a_stale_copy_raises_and_changes_nothing(store, catalog, acme):
    stored = usecases.import_assessment(store, _full(catalog, acme))
    item = next(it for _, _, it in catalog.iter_items() if it.method == "qualitative")
    tab_one = store.set_response(stored.id, stored.version, Response(item=item.id, result="not_met", note="tab one"))
    assert tab_one.version == stored.version + 1
    with pytest.raises(StaleAssessment):
        store.set_response(stored.id, stored.version, Response(item=item.id, result="met", note="tab two"))
    with pytest.raises(StaleAssessment):
        store.save_assessment(stored.id, stored.version, stored.assessment)
    latest = store.get_assessment(stored.id)
    assert latest.version == tab_one.version
    assert latest.assessment.response_map()[item.id].note == "tab one"


def test_every_write_moves_the_version_on(store, catalog, acme):
    stored = usecases.import_assessment(store, _full(catalog, acme))
    v = stored.version
    s = store.set_special_findings(stored.id, v, (), None)
    assert s.version == v + 1 and not s.assessment.special_deductions and s.assessment.special_bonus is None
    s = store.update_header(stored.id, s.version, date(2026, 10, 2), "审核员乙")
    assert s.version == v + 2 and s.assessment.assessor == "审核员乙"
    first_item = s.assessment.responses[0].item
    s = store.clear_response(stored.id, s.version, first_item)
    assert s.version == v + 3 and first_item not in s.assessment.response_map()


def test_a_response_that_does_not_fit_the_catalog_is_refused_without_writing(store, catalog, acme):
    stored = usecases.import_assessment(store, _full(catalog, acme))
    qualitative = next(it for _, _, it in catalog.iter_items() if it.method == "qualitative")
    with pytest.raises(InvalidResponse, match=qualitative.id):
        store.set_response(stored.id, stored.version,
                           Response(item=qualitative.id, result="partial", samples=2, failed_samples=1))
    assert store.get_assessment(stored.id).version == stored.version


def test_the_cached_score_matches_the_computed_one(store, catalog, acme):
    stored = usecases.import_assessment(store, _full(catalog, acme))
    [summary] = store.list_assessments()
    result = score(catalog, stored.assessment)
    assert summary.final == result.final and summary.level == result.level
    assert summary.complete is True and summary.answered == len(stored.assessment.responses)


def test_next_round_copies_answers_marked_to_reverify(store, catalog, acme):
    first = usecases.import_assessment(store, _full(catalog, acme))
    nxt = usecases.next_round(store, first.id, date(2027, 10, 1))
    assert nxt.previous_id == first.id
    assert [r.item for r in nxt.assessment.responses] == [r.item for r in first.assessment.responses]
    assert all(r.to_reverify for r in nxt.assessment.responses)
    assert nxt.assessment.special_deductions == ()
    assert store.previous_assessment(nxt.id).id == first.id
    assert store.latest_assessment(first.enterprise_id).id == nxt.id


def test_enterprises_can_be_edited_and_archived(store, acme):
    rec = store.add_enterprise(acme)
    store.update_enterprise(rec.id, acme.model_copy(update={"contact": "新联系人"}))
    assert store.get_enterprise(rec.id).enterprise.contact == "新联系人"
    store.set_archived(rec.id, True)
    assert store.list_enterprises() == []
    assert [e.id for e in store.list_enterprises(include_archived=True)] == [rec.id]
    with pytest.raises(NotFound):
        store.get_enterprise(rec.id + 100)


def test_a_registered_scoring_sheet_scores_old_assessments_the_same(store, catalog):
    from criteria import DEFAULT_CATALOG_PATH

    source = DEFAULT_CATALOG_PATH.read_text(encoding="utf-8").replace(
        f'version: "{catalog.version}"', 'version: "body-2027"', 1
    ).replace("weighting: toolkit_default", "weighting: scoring_sheet", 1)
    sheet = store.register_catalog(source)
    assert sheet.version == "body-2027" and sheet.catalog.weighting == "scoring_sheet"
    assert ("gbt27922-2011", "body-2027") in store.list_catalogs()
    with pytest.raises(CatalogError):
        store.register_catalog(source.replace("weighting: scoring_sheet", "weighting: toolkit_default", 1))
    reopened = Store(store.url)
    assert reopened.catalog("gbt27922-2011", "body-2027") == sheet


def test_portfolio_lists_latest_level_and_next_date_due(store, catalog, acme):
    stored = usecases.import_assessment(store, _full(catalog, acme))
    usecases.import_assessment(store, _full(catalog, acme).model_copy(update={"assessed_on": date(2025, 10, 1)}))
    issued = date(2025, 12, 10)
    store.add_certificate(stored.enterprise_id, Certificate(number="C-9", issued_on=issued, level="three_star"))
    empty = store.add_enterprise(Enterprise(name="空白企业"))
    rows = {r.enterprise.id: r for r in store.portfolio(TODAY)}
    row = rows[stored.enterprise_id]
    assert row.latest.id == stored.id
    assert row.latest.level == score(catalog, stored.assessment).level
    assert row.next_event.kind == "surveillance" and row.next_event.due_on == date(2026, 12, 10)
    assert row.next_event.status == "due_soon" and not row.overdue
    assert rows[empty.id].latest is None and rows[empty.id].next_event is None
    late = {r.enterprise.id: r for r in store.portfolio(date(2027, 1, 5))}[stored.enterprise_id]
    assert late.overdue and late.certificate_state == "surveillance_overdue"


def test_recording_a_surveillance_audit_clears_the_overdue_state(store, acme):
    ent = store.add_enterprise(acme)
    cert = store.add_certificate(ent.id, Certificate(number="C-1", issued_on=date(2025, 6, 1), level="compliant"))
    assert cycle.certificate_state(cert.certificate, date(2026, 7, 1), store.certificate_rules(cert)) == "surveillance_overdue"
    cert = store.record_audit(cert.id, Audit(kind="surveillance", on=date(2026, 5, 20)))
    assert cycle.certificate_state(cert.certificate, date(2026, 7, 1), store.certificate_rules(cert)) == "valid"


def test_demo_seed_fills_an_empty_database_once(store, catalog):
    assert seed_demo(store, TODAY) is True
    assert seed_demo(store, TODAY) is False
    rows = store.portfolio(TODAY)
    assert len(rows) == 2
    midway = next(r for r in rows if r.certificate is None)
    certified = next(r for r in rows if r.certificate is not None)
    assert midway.latest.complete is False
    assert certified.latest.level == "four_star"
    assert certified.next_event.kind == "surveillance" and certified.next_event.status == "due_soon"
    assert store.previous_assessment(certified.latest.id) is not None
    # every demo enterprise has an address for the e-mail reminders
    assert all("@" in store.get_enterprise(r.enterprise.id).enterprise.contact_email for r in rows)


def test_deleting_an_assessment_keeps_the_later_round(store, catalog, acme):
    first = usecases.import_assessment(store, _full(catalog, acme))
    nxt = usecases.next_round(store, first.id, date(2027, 10, 1))
    store.delete_assessment(first.id)
    assert store.get_assessment(nxt.id).previous_id is None
    with pytest.raises(NotFound):
        store.get_assessment(first.id)


def test_hostile_text_is_stored_and_read_back_verbatim(store, catalog):
    hostile = '<script>alert(1)</script> {{ 7*7 }} ‏مرحبا 🚀 ' + "长" * 5000
    ent = Enterprise(name=hostile[:400], address=hostile[:400])
    a = _full(catalog, ent)
    first = a.responses[0].model_copy(update={"note": hostile})
    stored = usecases.import_assessment(store, a.with_response(first))
    back = store.get_assessment(stored.id).assessment
    assert back.response_map()[first.item].note == hostile
    assert back.enterprise.name == hostile[:400]


def test_sqlite_file_goes_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("GBT27922_DATA_DIR", str(tmp_path / "folder"))
    s = Store()
    assert (tmp_path / "folder" / "gbt27922.db").exists()
    s.close()


def test_database_url_selects_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'chosen.db'}")
    s = Store()
    assert s.url.endswith("chosen.db") and (tmp_path / "chosen.db").exists()
    s.close()


def test_the_catalog_for_new_assessments_is_kept_in_the_database(store, catalog):
    from criteria import DEFAULT_CATALOG_PATH

    assert store.default_catalog_for_new() == catalog
    source = DEFAULT_CATALOG_PATH.read_text(encoding="utf-8").replace(
        f'version: "{catalog.version}"', 'version: "body-2028"', 1
    )
    sheet = store.register_catalog(source)
    store.choose_catalog_for_new(sheet.id, sheet.version)
    assert Store(store.url).default_catalog_for_new().version == "body-2028"
    with pytest.raises(NotFound):
        store.choose_catalog_for_new("gbt27922-2011", "no-such-version")


def test_a_database_from_an_older_release_is_upgraded_in_place(empty_database_url, acme):
    from alembic import command
    from alembic.config import Config

    url = empty_database_url
    engine = create_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(store_module.__file__).with_name("migrations")))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO enterprises (name, credit_code, kind, industry, address, contact, archived, "
                          "created_at, updated_at) VALUES ('老企业', '', 'seller', '', '', '', false, "
                          "'2025-01-01', '2025-01-01')"))
    assert "settings" not in inspect(engine).get_table_names()
    engine.dispose()
    upgraded = Store(url)
    assert [e.name for e in upgraded.list_enterprises()] == ["老企业"]
    upgraded.set_setting("k", "v")
    assert upgraded.get_setting("k") == "v"


# --- saving a whole assessment ---------------------------------------------------------------------------------


def _response_rows(store, assessment_id: int) -> dict[str, int]:
    with store._sessions() as session:
        rows = session.execute(select(ResponseRow.item, ResponseRow.id).where(ResponseRow.assessment_id == assessment_id))
        return dict(rows.all())


def test_saving_an_assessment_that_has_responses_succeeds(store, catalog, acme):
    stored = usecases.import_assessment(store, _full(catalog, acme))
    rows_before = _response_rows(store, stored.id)
    saved = store.save_assessment(stored.id, stored.version, stored.assessment)
    assert saved.version == stored.version + 1
    assert saved.assessment == stored.assessment
    assert store.get_assessment(stored.id).assessment == stored.assessment
    assert _response_rows(store, stored.id) == rows_before  # the same rows, updated in place


def test_saving_a_changed_assessment_updates_adds_and_removes_answers(store, catalog, acme):
    full = _full(catalog, acme)
    first, second, *rest = full.responses
    stored = usecases.import_assessment(store, full.model_copy(update={"responses": (first, *rest[:-1])}))
    changed = full.model_copy(update={
        "assessor": "审核员乙",
        "responses": (first.model_copy(update={"result": "not_met", "note": "复核后不符合", "justification": ""}),
                      second, *rest[1:]),  # first changed, second added, rest[0] removed, the last one added
        "special_deductions": (),
    })
    saved = store.save_assessment(stored.id, stored.version, changed)
    back = store.get_assessment(stored.id)
    assert back.version == saved.version == stored.version + 1
    assert saved.assessment == back.assessment
    assert back.assessment.response_map() == changed.response_map()
    assert back.assessment.assessor == "审核员乙" and back.assessment.special_deductions == ()
    assert set(_response_rows(store, stored.id)) == {r.item for r in changed.responses}
    [summary] = store.list_assessments()
    assert summary.final == score(catalog, changed).final  # the cached score follows the change


def test_saving_with_a_stale_version_after_a_full_save_is_refused(store, catalog, acme):
    stored = usecases.import_assessment(store, _full(catalog, acme))
    store.save_assessment(stored.id, stored.version, stored.assessment)
    with pytest.raises(StaleAssessment):
        store.save_assessment(stored.id, stored.version, stored.assessment)


# --- recognising a file that is already stored -------------------------------------------------------------------


def test_an_imported_file_is_found_as_identical_whatever_its_response_order(store, catalog, acme):
    a = _full(catalog, acme)
    stored = usecases.import_assessment(store, a)
    assert usecases.find_identical(store, a).id == stored.id
    reordered = a.model_copy(update={"responses": tuple(reversed(a.responses))})
    assert usecases.find_identical(store, reordered).id == stored.id


@pytest.mark.parametrize("change", [
    pytest.param(lambda a: a.model_copy(update={"assessed_on": date(2026, 10, 2)}), id="another date"),
    pytest.param(lambda a: a.model_copy(update={"assessor": "审核员乙"}), id="another assessor"),
    pytest.param(lambda a: a.with_response(a.responses[0].model_copy(update={"note": "改"})), id="one note changed"),
    pytest.param(lambda a: a.without_response(a.responses[-1].item), id="one answer fewer"),
    pytest.param(lambda a: a.model_copy(update={"enterprise": a.enterprise.model_copy(update={"address": "杭州"})}),
                 id="the enterprise described differently"),
    pytest.param(lambda a: a.model_copy(update={"enterprise": a.enterprise.model_copy(
        update={"credit_code": "91110000MA0BBBBB2Y"})}), id="another enterprise"),
    pytest.param(lambda a: a.model_copy(update={"certificate": Certificate(
        number="CSC-1", issued_on=date(2026, 1, 5), level="three_star")}), id="a certificate not recorded"),
])
def test_a_file_that_differs_from_the_stored_round_is_not_identical(store, catalog, acme, change):
    a = _full(catalog, acme)
    usecases.import_assessment(store, a)
    assert usecases.find_identical(store, change(a)) is None


def test_a_file_with_a_certificate_is_identical_only_while_the_certificate_is_unchanged(store, catalog, acme):
    cert = Certificate(number="CSC-1", issued_on=date(2026, 1, 5), level="three_star")
    a = _full(catalog, acme, certificate=cert)
    stored = usecases.import_assessment(store, a)
    assert usecases.find_identical(store, a).id == stored.id
    [record] = store.list_certificates(stored.enterprise_id)
    store.record_audit(record.id, Audit(kind="surveillance", on=date(2026, 12, 20)))
    assert usecases.find_identical(store, a) is None  # importing it would reset the recorded audit
