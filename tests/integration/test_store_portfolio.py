"""The portfolio read model and the enterprise and certificate writes behind it: answers to re-verify, undoing
mistakes (delete, correct), duplicates, and stored values written around the application's checks."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text

from assessment import usecases
from assessment.models import Audit, CatalogRef, Certificate, Enterprise
from assessment.store import calendar_ics
from assessment.store import (
    BadValue,
    BrokenCertificate,
    CertificateRecord,
    DuplicateCertificate,
    EnterpriseInUse,
    NotFound,
    StoreError,
)
from tests.integration.test_store import TODAY, _full, acme, catalog, store  # noqa: F401  (fixtures)


def _sql(store, statement: str, **params) -> None:
    """Write straight into the database, around every check of the application (as a hand edit would)."""
    with store.engine.begin() as conn:
        conn.execute(text(statement), params)


def _sqlite_only(store, stored: str = "not a date") -> None:
    """Skip on PostgreSQL a value its column types refuse (a date column holding text, a JSON column not JSON)."""
    if store.engine.dialect.name == "sqlite":
        return
    try:
        json.loads(stored)
    except ValueError:
        pytest.skip("a date column holding text, or a JSON column holding anything but JSON, is only possible in "
                    "SQLite")


def _certified(store, name: str, number: str, issued: date) -> tuple[int, int]:
    ent = store.add_enterprise(Enterprise(name=name))
    cert = store.add_certificate(ent.id, Certificate(number=number, issued_on=issued, level="three_star"))
    return ent.id, cert.id


# -- the round's state ---------------------------------------------------------------------------------------


def test_portfolio_counts_the_answers_still_to_reverify_in_the_latest_round(store, catalog, acme):
    first = usecases.import_assessment(store, _full(catalog, acme))
    assert {r.enterprise.id: r for r in store.portfolio(TODAY)}[first.enterprise_id].latest.to_reverify == 0
    nxt = usecases.next_round(store, first.id, date(2026, 11, 1))
    confirmed = nxt.assessment.responses[0].model_copy(update={"to_reverify": False})
    store.set_response(nxt.id, nxt.version, confirmed)
    [row] = store.portfolio(TODAY)
    assert row.latest.id == nxt.id
    assert row.latest.to_reverify == len(nxt.assessment.responses) - 1
    assert row.problem is None


# -- stored values the page must survive ------------------------------------------------------------------------


def test_portfolio_survives_a_certificate_issued_9999_12_31(store):
    good, _ = _certified(store, "甲 good", "C-GOOD", date(2025, 12, 10))
    bad, bad_cert = _certified(store, "乙 bad", "C-BAD", date(2025, 1, 1))
    _sql(store, "UPDATE certificates SET issued_on = :d WHERE id = :id", d=date(9999, 12, 31), id=bad_cert)
    rows = {r.enterprise.id: r for r in store.portfolio(TODAY)}
    assert rows[bad].problem == BadValue("issued_on", "9999-12-31")
    assert rows[bad].next_event is None and rows[bad].certificate_state is None
    assert rows[good].problem is None and rows[good].next_event.kind == "surveillance"


def test_the_calendar_survives_a_certificate_issued_9999_12_31(store):
    good, _ = _certified(store, "甲 good", "C-GOOD", date(2025, 12, 10))
    bad, bad_cert = _certified(store, "乙 bad", "C-BAD", date(2025, 1, 1))
    _sql(store, "UPDATE certificates SET issued_on = :d WHERE id = :id", d=date(9999, 12, 31), id=bad_cert)
    view = store.calendar_view(TODAY)
    assert [e.enterprise_id for e in view.entries] == [good]
    [problem] = view.problems
    assert (problem.enterprise_id, problem.certificate_id, problem.number) == (bad, bad_cert, "C-BAD")
    assert (problem.field, problem.value) == ("issued_on", "9999-12-31")
    assert [e.enterprise_id for e in view.entries] == [good]
    ics = calendar_ics(view.entries, TODAY)
    assert b"C-GOOD" in ics and b"C-BAD" not in ics


@pytest.mark.parametrize(
    "column, stored, field, value",
    [
        ("issued_on", "2025-02-30", "issued_on", "2025-02-30"),
        ("issued_on", "not a date", "issued_on", "not a date"),
        ("audits", '[{"kind": "surveillance", "on": "2026-13-01"}]', "audit", "2026-13-01"),
        ("audits", '{"kind": "surveillance"}', "audits", '{"kind": "surveillance"}'),
        ("audits", "not json", "audits", "not json"),
    ],
)
def test_an_unreadable_certificate_row_is_named_not_fatal(store, column, stored, field, value):
    _sqlite_only(store, stored)
    good, _ = _certified(store, "甲 good", "C-GOOD", date(2025, 12, 10))
    bad, bad_cert = _certified(store, "乙 bad", "C-BAD", date(2025, 1, 1))
    _sql(store, f"UPDATE certificates SET {column} = :v WHERE id = :id", v=stored, id=bad_cert)
    rows = {r.enterprise.id: r for r in store.portfolio(TODAY)}
    assert rows[bad].problem == BadValue(field, value)
    assert rows[good].problem is None
    [broken] = [c for c in store.read_certificates() if isinstance(c, BrokenCertificate)]
    assert (broken.id, broken.number, broken.problem) == (bad_cert, "C-BAD", BadValue(field, value))
    assert [c.certificate.number for c in store.list_certificates()] == ["C-GOOD"]
    assert [(p.enterprise_id, p.field) for p in store.calendar_view(TODAY).problems] == [(bad, field)]


def test_an_unreadable_assessment_date_shows_on_its_row(store, catalog, acme):
    _sqlite_only(store)
    stored = usecases.import_assessment(store, _full(catalog, acme))
    other = store.add_enterprise(Enterprise(name="其他企业"))
    _sql(store, "UPDATE assessments SET assessed_on = '2026-02-31' WHERE id = :id", id=stored.id)
    rows = {r.enterprise.id: r for r in store.portfolio(TODAY)}
    bad = rows[stored.enterprise_id]
    assert bad.problem == BadValue("assessed_on", "2026-02-31")
    assert bad.latest.id == stored.id and bad.latest.assessed_on is None and bad.latest.level is not None
    assert rows[other.id].problem is None


def test_a_broken_certificate_can_be_corrected_or_deleted(store, catalog):
    _sqlite_only(store)
    ent, cert_id = _certified(store, "乙 bad", "C-BAD", date(2025, 1, 1))
    _sql(store, "UPDATE certificates SET issued_on = 'garbage', audits = 'not json' WHERE id = :id", id=cert_id)
    with pytest.raises(StoreError, match="cannot be read"):
        store.record_audit(cert_id, Audit(kind="surveillance", on=date(2026, 1, 5)))
    fixed = Certificate(number="C-BAD", issued_on=date(2025, 1, 2), level="four_star")
    governing = CatalogRef(id=catalog.id, version=catalog.version)  # it stays under the catalog it was recorded with
    assert store.update_certificate(cert_id, fixed) == CertificateRecord(cert_id, ent, fixed, governing)
    assert store.read_certificates() == [CertificateRecord(cert_id, ent, fixed, governing)]
    _sql(store, "UPDATE certificates SET issued_on = 'garbage' WHERE id = :id", id=cert_id)
    store.delete_certificate(cert_id)
    assert store.read_certificates() == []


# -- certificates: correct and delete ---------------------------------------------------------------------------


def test_a_certificate_can_be_corrected_audits_included(store):
    ent, cert_id = _certified(store, "甲", "C-1", date(2025, 1, 1))
    store.record_audit(cert_id, Audit(kind="surveillance", on=date(2025, 12, 20)))
    store.record_audit(cert_id, Audit(kind="surveillance", on=date(2025, 12, 21)))  # recorded twice by mistake
    corrected = Certificate(number="C-1A", issued_on=date(2025, 1, 3), level="five_star",
                            audits=(Audit(kind="surveillance", on=date(2025, 12, 20)),))
    store.update_certificate(cert_id, corrected)
    [back] = store.list_certificates(ent)
    assert back.certificate == corrected


def test_correcting_a_certificate_to_a_number_the_enterprise_holds_is_refused(store):
    ent, first = _certified(store, "甲", "C-1", date(2024, 1, 1))
    second = store.add_certificate(ent, Certificate(number="C-2", issued_on=date(2025, 1, 1), level="compliant")).id
    with pytest.raises(DuplicateCertificate, match="C-1"):
        store.update_certificate(second, Certificate(number="C-1", issued_on=date(2025, 1, 1), level="compliant"))
    assert sorted(c.certificate.number for c in store.list_certificates(ent)) == ["C-1", "C-2"]
    with pytest.raises(NotFound):
        store.update_certificate(second + first + 100, Certificate(number="X", issued_on=TODAY, level="compliant"))
    with pytest.raises(NotFound):
        store.delete_certificate(second + first + 100)


# -- enterprises: delete and duplicates -------------------------------------------------------------------------


def test_delete_enterprise_without_assessments_takes_its_certificates(store, catalog, acme):
    ent, _ = _certified(store, "空白企业", "C-1", date(2025, 1, 1))
    kept = usecases.import_assessment(store, _full(catalog, acme)).enterprise_id
    store.delete_enterprise(ent)
    with pytest.raises(NotFound):
        store.get_enterprise(ent)
    assert store.list_certificates(ent) == []
    with pytest.raises(EnterpriseInUse, match="archive it instead"):
        store.delete_enterprise(kept)
    assert store.get_enterprise(kept) and len(store.list_assessments(kept)) == 1
    with pytest.raises(NotFound):
        store.delete_enterprise(ent)


def test_find_duplicates_matches_credit_code_or_exact_name_archived_included(store, acme):
    first = store.add_enterprise(acme)
    same_name = store.add_enterprise(Enterprise(name="另一家", credit_code=""))
    store.set_archived(same_name.id, True)
    by_code = store.find_duplicates(Enterprise(name="改名后的企业", credit_code=acme.credit_code))
    assert [d.id for d in by_code] == [first.id]
    assert [d.id for d in store.find_duplicates(Enterprise(name="另一家"))] == [same_name.id]
    assert store.find_duplicates(Enterprise(name="全新企业", credit_code="91330203MA2AAAAB1X")) == []
    assert store.find_duplicates(acme, exclude_id=first.id) == []
