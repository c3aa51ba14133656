"""A certificate's catalog governs its cycle; the unit of work moves the revision; the migration backfills."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from assessment import cycle, usecases
from assessment.models import Assessment, CatalogRef, Certificate, Enterprise
from assessment.scoring import InvalidResponse
from assessment.store import RegisteredCatalog, Store
from criteria import DEFAULT_CATALOG_PATH, default_catalog

TODAY = date(2026, 1, 20)


def two_year_sheet(levels: bool = False) -> str:
    """The default catalog as a certification body's sheet: certificates valid 2 years, surveillance every
    6 months, a 2-month window; with `levels`, its own level ids (bronze, silver, gold, platinum)."""
    text_ = DEFAULT_CATALOG_PATH.read_text("utf-8")
    text_ = text_.replace("id: gbt27922-2011\n", "id: body-sheet\n", 1)
    text_ = text_.replace("  validity_years: 3\n  surveillance_interval_months: 12\n  recertification_window_months: 3\n",
                          "  validity_years: 2\n  surveillance_interval_months: 6\n  recertification_window_months: 2\n")
    if levels:
        for old, new in (("compliant", "bronze"), ("three_star", "silver"), ("four_star", "gold"),
                         ("five_star", "platinum")):
            text_ = text_.replace(f"    - id: {old}\n", f"    - id: {new}\n")
    return text_


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


def _assessed(store: Store, catalog, name: str, on: date) -> int:
    ent = store.add_enterprise(Enterprise(name=name))
    store.add_assessment(ent.id, Assessment(catalog=CatalogRef(id=catalog.id, version=catalog.version),
                                            enterprise=Enterprise(name=name), assessed_on=on))
    return ent.id


def test_a_certificate_takes_the_catalog_of_the_assessment_before_it(store):
    sheet = store.register_catalog(two_year_sheet())
    ent = _assessed(store, sheet, "甲", date(2024, 12, 1))
    rec = store.add_certificate(ent, Certificate(number="S-1", issued_on=date(2025, 1, 10), level="four_star"))
    assert (rec.catalog.id, rec.catalog.version) == (sheet.id, sheet.version)
    [row] = store.portfolio(TODAY)
    assert row.expires_on == date(2027, 1, 10)  # two years, not the default three
    assert row.next_event.kind == "surveillance" and row.next_event.due_on == date(2025, 7, 10)
    assert row.certificate_state == "surveillance_overdue"
    [entry] = store.calendar_view(TODAY).entries
    assert entry.rules == sheet.cycle and entry.state == row.certificate_state
    assert [e.due_on for e in entry.events if e.kind == "surveillance"] == [date(2025, 7, 10), date(2026, 1, 10),
                                                                            date(2026, 7, 10)]


def test_without_an_earlier_assessment_a_certificate_follows_the_catalog_for_new_assessments(store):
    sheet = store.register_catalog(two_year_sheet())
    ent = _assessed(store, default_catalog(), "乙", date(2025, 6, 1))  # after the certificate: does not count
    store.choose_catalog_for_new(sheet.id, sheet.version)
    rec = store.add_certificate(ent, Certificate(number="S-2", issued_on=date(2025, 1, 10), level="compliant"))
    assert rec.catalog.id == sheet.id


def test_a_certificate_level_must_be_one_of_its_catalogs_levels(store):
    sheet = store.register_catalog(two_year_sheet(levels=True))
    ent = _assessed(store, sheet, "丙", date(2024, 12, 1))
    with pytest.raises(InvalidResponse, match="'four_star' is not a level of catalog body-sheet"):
        store.add_certificate(ent, Certificate(number="S-3", issued_on=date(2025, 1, 10), level="four_star"))
    assert store.read_certificates() == []
    rec = store.add_certificate(ent, Certificate(number="S-3", issued_on=date(2025, 1, 10), level="gold"))
    assert store.certificate_catalog(rec).level_name("gold", "en") and rec.certificate.level == "gold"
    assert sheet.level_ids == ("bronze", "silver", "gold", "platinum") and sheet.max_stars == 5


def test_an_imported_certificate_follows_the_files_catalog(store):
    sheet = store.register_catalog(two_year_sheet())
    assessment = Assessment(
        catalog=CatalogRef(id=sheet.id, version=sheet.version), enterprise=Enterprise(name="丁"),
        assessed_on=date(2025, 3, 1),
        certificate=Certificate(number="S-4", issued_on=date(2024, 3, 1), level="three_star"),
    )
    stored = usecases.import_assessment(store, assessment)
    [rec] = store.list_certificates(stored.enterprise_id)
    assert rec.catalog.id == sheet.id
    assert usecases.certificate_catalog(store, stored.id, default_catalog()) == sheet


def test_every_write_moves_the_revision_and_another_process_sees_it(store, tmp_path):
    other = Store(store.url)  # as the command line would open it
    seen = []
    store.on_commit(seen.append)
    start = store.revision()
    ent = store.add_enterprise(Enterprise(name="戊"))
    store.set_archived(ent.id, True)
    store.set_setting("k", "v")
    assert store.revision() == other.revision() == start + 3
    assert seen == [start + 1, start + 2, start + 3]
    store.list_enterprises(include_archived=True)
    store.portfolio(TODAY)
    assert store.revision() == start + 3  # reads do not count
    other.add_enterprise(Enterprise(name="己"))
    assert store.revision() == start + 4
    other.close()


def test_a_write_that_fails_leaves_the_revision_where_it_was(store):
    before = store.revision()
    with pytest.raises(InvalidResponse):
        store.add_certificate(store.add_enterprise(Enterprise(name="庚")).id,
                              Certificate(number="X", issued_on=date(2025, 1, 1), level="gold"))
    assert store.revision() == before + 1  # the enterprise only


def test_registered_catalogs_list_titles_and_the_default(store):
    sheet = store.register_catalog(two_year_sheet())
    store.choose_catalog_for_new(sheet.id, sheet.version)
    listed = store.registered_catalogs("en")
    builtin = default_catalog()
    assert listed[0] == RegisteredCatalog(builtin.id, builtin.version, builtin.catalog.title.en, False)
    assert listed[1].to_dict() == {"id": sheet.id, "version": sheet.version, "title": sheet.catalog.title.en,
                                   "default": True}


def test_the_migration_gives_existing_certificates_the_catalog_at_their_date(empty_database_url):
    from alembic import command
    from alembic.config import Config

    url = empty_database_url
    engine = create_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(cycle.__file__).parent / "store" / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.execute(text("INSERT INTO enterprises (id, name, credit_code, kind, industry, address, contact, archived,"
                          " created_at, updated_at) VALUES (1, 'A', '', 'producer', '', '', '', false, :t, :t),"
                          " (2, 'B', '', 'producer', '', '', '', false, :t, :t)"), {"t": "2024-01-01 00:00:00"})
        conn.execute(text("INSERT INTO assessments (id, enterprise_id, catalog_id, catalog_version, assessed_on, "
                          "assessor, enterprise_snapshot, version, created_at, updated_at) VALUES "
                          "(1, 1, 'body-sheet', '7', '2024-01-05', '', '{\"name\": \"A\"}', 1, :t, :t), "
                          "(2, 1, 'later-sheet', '1', '2025-06-01', '', '{\"name\": \"A\"}', 1, :t, :t)"),
                     {"t": "2024-01-01 00:00:00"})
        conn.execute(text("INSERT INTO certificates (id, enterprise_id, number, issued_on, level, audits) VALUES "
                          "(1, 1, 'A-1', '2024-03-01', 'compliant', '[]'), "
                          "(2, 2, 'B-1', '2024-03-01', 'compliant', '[]')"))
    engine.dispose()
    migrated = Store(url)
    refs = {r.certificate.number: (r.catalog.id, r.catalog.version) for r in migrated.read_certificates()}
    assert refs == {"A-1": ("body-sheet", "7"), "B-1": (default_catalog().id, default_catalog().version)}
    assert migrated.revision() == 0
    migrated.close()
