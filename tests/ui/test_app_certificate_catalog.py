"""One certificate, one set of dates: a scoring sheet with a two-year cycle gives the same expiry, state and
surveillance dates on the portfolio page, the calendar page, the .ics, the report and the command line."""

from __future__ import annotations

import json
from datetime import date

import pytest

from assessment import usecases
from assessment.cli import main as cli_main
from assessment.models import Assessment, CatalogRef, Certificate, Enterprise
from assessment.store import calendar_ics
from criteria import default_catalog
from reports.build import build_report
from tests.integration.test_store_catalogs import two_year_sheet
from tests.ui.conftest import answers_for, make_app, open_page

TODAY = date(2026, 1, 20)
SURVEILLANCES = [date(2025, 7, 10), date(2026, 1, 10), date(2026, 7, 10)]
EXPIRY = date(2027, 1, 10)  # two years after the issue date; the default catalog would say 2028-01-10


@pytest.fixture
def sheet_world(store, monkeypatch):
    """An enterprise assessed against a certification body's two-year sheet, certified under it, and assessed
    again later against the toolkit's default catalog (whose cycle is three years)."""
    import ui.state

    monkeypatch.setattr(ui.state, "today", lambda: TODAY)
    sheet = store.register_catalog(two_year_sheet())
    name = "宁波双年证书电器有限公司"
    ent = store.add_enterprise(Enterprise(name=name))
    first = store.add_assessment(ent.id, Assessment(catalog=CatalogRef(id=sheet.id, version=sheet.version),
                                                    enterprise=Enterprise(name=name), assessed_on=date(2024, 12, 1),
                                                    responses=answers_for(sheet)))
    cert = store.add_certificate(ent.id, Certificate(number="BODY-2025-01", issued_on=date(2025, 1, 10),
                                                     level="four_star"))
    default = default_catalog()
    later = store.add_assessment(ent.id, Assessment(catalog=CatalogRef(id=default.id, version=default.version),
                                                    enterprise=Enterprise(name=name), assessed_on=date(2026, 1, 5),
                                                    responses=answers_for(default)), previous_id=first.id)
    return {"sheet": sheet, "enterprise": ent, "certificate": cert, "later": later}


def test_the_portfolio_page_uses_the_certificates_own_cycle(sheet_world):
    at = make_app("en").run()
    [row] = at.dataframe(key="pf_table").value.to_dict("records")
    assert row["expires_on"].date() == EXPIRY
    assert row["due_on"].date() == SURVEILLANCES[0] and row["overdue"] == "Overdue"
    assert row["certificate"].startswith("Surveillance overdue")


def test_the_calendar_page_and_its_ics_use_the_certificates_own_cycle(sheet_world, store):
    at = open_page(make_app("en"), "ui/certification.py")
    assert not at.exception
    [table] = [d.value for d in at.dataframe]  # the events table (the timeline is a chart)
    surveillance = sorted(d.date() for d, e in zip(table["due_on"], table["event"]) if e.startswith("Surveillance"))
    assert surveillance == SURVEILLANCES
    assert EXPIRY in {d.date() for d in table["due_on"]}
    assert any("valid 2 years" in c.value and "every 6 months" in c.value for c in at.caption)
    ics = calendar_ics(store.calendar_view(TODAY).entries, TODAY).decode()
    assert "DTSTART;VALUE=DATE:20270110" in ics and "DTSTART;VALUE=DATE:20280110" not in ics


def test_the_report_of_a_later_round_uses_the_certificates_catalog_not_the_rounds(sheet_world, store):
    later = sheet_world["later"]
    default = default_catalog()
    data = build_report(default, usecases.export_assessment(store, later.id), today=TODAY, lang="en",
                        certificate_rules=usecases.certificate_catalog(store, later.id, default).cycle)
    dues = [e.due_on for e in data.calendar.events]
    assert EXPIRY.isoformat() in dues and date(2028, 1, 10).isoformat() not in dues
    assert [d.isoformat() for d in SURVEILLANCES] == [e.due_on for e in data.calendar.events][:3]


def test_the_command_line_gives_the_same_dates(sheet_world, db_url, capsys):
    later = sheet_world["later"]
    assert cli_main(["--db", db_url, "calendar", str(later.id), "--today", TODAY.isoformat(), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["state"] == "surveillance_overdue"
    dues = {e["kind"]: e["due_on"] for e in shown["events"] if e["kind"] != "surveillance"}
    assert dues["expiry"] == EXPIRY.isoformat()


def test_the_command_line_report_gives_the_same_dates(sheet_world, db_url, tmp_path):
    out = tmp_path / "later.html"
    later = sheet_world["later"]
    assert cli_main(["--db", db_url, "report", str(later.id), "--html", str(out), "--today", TODAY.isoformat(),
                     "--lang", "en"]) == 0
    html = out.read_text("utf-8")
    assert EXPIRY.isoformat() in html and "2028-01-10" not in html


def test_the_command_line_portfolio_gives_the_same_figures_as_the_page(sheet_world, db_url, capsys):
    assert cli_main(["--db", db_url, "portfolio", "--today", TODAY.isoformat(), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["certificate"]["expires_on"] == EXPIRY.isoformat()
    assert row["certificate"]["state"] == "surveillance_overdue"
    assert row["next_due"] == {"kind": "surveillance", "due_on": SURVEILLANCES[0].isoformat(), "status": "overdue"}
    assert row["latest"]["assessment"] == sheet_world["later"].id
