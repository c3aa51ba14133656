"""The portfolio as a consultant uses it: one selection (tick, box, new enterprise) for every action, archive and
delete that ask first, duplicates that warn, the round's state, and pages that survive a bad stored row."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text
from streamlit.proto.WidgetStates_pb2 import WidgetState

from assessment import usecases
from assessment.models import Certificate, Enterprise
from ui import state as ui_state
from tests.ui.conftest import ACME, make_app, no_exceptions, open_page


def tick(at, name: str):
    """Tick the table row of `name` as the browser does: the grid sends its selection as the widget's state
    (AppTest has no way to click a dataframe row; its element tree holds no dataframe widget state)."""
    table = at.dataframe(key="pf_table")
    row = list(table.value["name"]).index(name)
    states = at._tree.get_widget_states()
    states.widgets.append(WidgetState(
        id=table.proto.id, string_value=json.dumps({"selection": {"rows": [row], "columns": [], "cells": []}})))
    return at._run(states)


def ticked(at) -> list[str]:
    """The names in the rows the table shows ticked."""
    table = at.dataframe(key="pf_table")
    rows = json.loads(table.proto.selection_state)["selection"]["rows"] if table.proto.selection_state else \
        at.session_state["pf_table"]["selection"]["rows"]
    return [table.value["name"].iloc[i] for i in rows]


def events_table(at):
    """The calendar's table of events (a display table: AppTest knows it by position, not by key)."""
    [table] = [d.value for d in at.dataframe if "event" in d.value.columns]
    return table


def create(at, name: str, code: str = ""):
    at.text_input(key="new_enterprise.name").input(name)
    at.text_input(key="new_enterprise.code").input(code)
    return at.button(key="new_enterprise.submit").click().run()


def query_param(at, key: str):
    value = at.query_params.get(key)
    return value[0] if isinstance(value, list) else value


@pytest.fixture
def three(store):
    """Alpha, Beta and Gamma, each with an assessment; Beta and Gamma hold a certificate."""
    out = {}
    for name in ("Alpha", "Beta", "Gamma"):
        ent = store.add_enterprise(Enterprise(name=name, industry="appliances"))
        out[name] = (ent, store.new_assessment(ent.id, date(2026, 3, 1)))
    for n, name in enumerate(("Beta", "Gamma")):
        store.add_certificate(out[name][0].id, Certificate(number=f"C-{name}", issued_on=date(2025, 4, 1 + n),
                                                           level="four_star"))
    return out


def _situation(at, situation: str):
    if situation == "search":
        at.text_input(key="pf_search").input("gam").run()
        assert list(at.dataframe(key="pf_table").value["name"]) == ["Gamma"]
    elif situation == "after_creating_one":
        create(at, "Delta")
        assert ticked(at) == ["Delta"], "the new enterprise is the selection until another row is ticked"
    no_exceptions(at)


@pytest.mark.parametrize("situation", ["fresh_session", "search", "after_creating_one"])
@pytest.mark.parametrize("action", ["open", "results", "calendar", "archive", "edit"])
def test_ticking_a_row_selects_that_enterprise_for_every_action(three, store, action, situation):
    gamma, gamma_round = three["Gamma"]
    at = make_app("en").run()
    _situation(at, situation)
    tick(at, "Gamma")
    no_exceptions(at)
    assert at.session_state["enterprise_id"] == gamma.id
    assert at.selectbox(key="portfolio_pick").value == gamma.id, "the box shows the ticked row"
    assert ticked(at) == ["Gamma"]
    if action == "open":
        at.button(key="pf_open").click().run()
        assert at.session_state["assessment_id"] == gamma_round.id
        assert at.title[0].value == "Assessment wizard"
    elif action == "results":
        at.button(key="pf_results").click().run()
        assert at.session_state["assessment_id"] == gamma_round.id
        assert at.title[0].value == "Results and gaps"
    elif action == "calendar":
        at.button(key="pf_calendar").click().run()
        assert at.title[0].value == "Certification calendar"
        assert query_param(at, "e") == str(gamma.id)
        assert at.selectbox(key="cal_scope").value == gamma.id
        assert set(events_table(at)["enterprise"]) == {"Gamma"}, "filtered to Gamma"
    elif action == "archive":
        at.button(key="pf_archive").click().run()
        at.button(key="pf_confirm_yes").click().run()
        assert store.get_enterprise(gamma.id).archived
        assert not store.get_enterprise(three["Alpha"][0].id).archived
    else:
        at.text_input(key=f"edit_enterprise_{gamma.id}.industry").input("kitchens")
        at.button(key=f"edit_enterprise_{gamma.id}.submit").click().run()
        assert store.get_enterprise(gamma.id).enterprise.industry == "kitchens"
        assert store.get_enterprise(three["Alpha"][0].id).enterprise.industry == "appliances"
    no_exceptions(at)


def test_a_fresh_session_shows_its_selection_ticked(three):
    at = make_app("en").run()
    assert at.selectbox(key="portfolio_pick").value == three["Alpha"][0].id
    assert ticked(at) == ["Alpha"]


def test_choosing_in_the_box_moves_the_tick(three):
    at = make_app("en").run()
    tick(at, "Beta")
    at.selectbox(key="portfolio_pick").set_value(three["Gamma"][0].id).run()
    no_exceptions(at)
    assert ticked(at) == ["Gamma"]
    assert at.session_state["enterprise_id"] == three["Gamma"][0].id


def test_a_search_hiding_the_selection_says_so_and_keeps_it(three):
    at = make_app("en").run()
    tick(at, "Beta")
    at.text_input(key="pf_search").input("gam").run()
    assert ticked(at) == [] and at.selectbox(key="portfolio_pick").value == three["Beta"][0].id
    assert any("not among the rows shown" in c.value for c in at.caption)


def test_new_enterprise_becomes_the_selection(three, store):
    at = make_app("en").run()
    tick(at, "Beta")
    at.text_input(key="pf_search").input("bet").run()
    create(at, "Delta")
    no_exceptions(at)
    delta = next(e for e in store.list_enterprises() if e.name == "Delta")
    assert at.session_state["enterprise_id"] == delta.id
    assert at.selectbox(key="portfolio_pick").value == delta.id
    assert at.text_input(key="pf_search").value == "", "the search is cleared so that the new row shows"
    assert ticked(at) == ["Delta"]
    assert any("Delta created" in s.value for s in at.success)


def test_archive_asks_for_confirmation_naming_the_enterprise(three, store):
    beta = three["Beta"][0]
    at = make_app("zh_CN").run()
    tick(at, "Beta")
    at.button(key="pf_archive").click().run()
    assert any("归档 Beta？" in w.value for w in at.warning)
    assert not store.get_enterprise(beta.id).archived
    at.button(key="pf_confirm_no").click().run()
    assert not any("归档 Beta？" in w.value for w in at.warning)
    assert not store.get_enterprise(beta.id).archived
    at.button(key="pf_archive").click().run()
    at.button(key="pf_confirm_yes").click().run()
    no_exceptions(at)
    assert store.get_enterprise(beta.id).archived
    assert "Beta" not in list(at.dataframe(key="pf_table").value["name"])


def test_delete_enterprise_without_assessments(three, store):
    empty = store.add_enterprise(Enterprise(name="Empty Co"))
    store.add_certificate(empty.id, Certificate(number="C-E", issued_on=date(2025, 1, 1), level="compliant"))
    at = make_app("en").run()
    tick(at, "Alpha")
    assert at.button(key="pf_delete").disabled, "an enterprise with assessments is archived, not deleted"
    tick(at, "Empty Co")
    assert not at.button(key="pf_delete").disabled
    at.button(key="pf_delete").click().run()
    assert any("Delete Empty Co for good?" in w.value and "1" in w.value for w in at.warning)
    assert store.get_enterprise(empty.id)
    at.button(key="pf_confirm_yes").click().run()
    no_exceptions(at)
    assert [e.name for e in store.list_enterprises(include_archived=True)] == ["Alpha", "Beta", "Gamma"]
    assert store.list_certificates(empty.id) == []
    assert at.session_state["enterprise_id"] in {e[0].id for e in three.values()}


def test_duplicate_credit_code_warns_before_creating(store):
    existing = store.add_enterprise(ACME)
    at = make_app("en").run()
    create(at, "Another name", ACME.credit_code)
    no_exceptions(at)
    assert len(store.list_enterprises()) == 1, "nothing created before the user answers"
    [warning] = [w for w in at.warning if "may already be in the portfolio" in w.value]
    assert "same credit code" in warning.value and "杭州示例家电有限公司" in warning.value
    at.button(key="pf_dup_create").click().run()
    no_exceptions(at)
    assert sorted(e.name for e in store.list_enterprises()) == ["Another name", ACME.name]
    created = next(e for e in store.list_enterprises() if e.name == "Another name")
    assert at.session_state["enterprise_id"] == created.id != existing.id


def test_duplicate_name_offers_the_existing_enterprise_even_archived(store):
    existing = store.add_enterprise(Enterprise(name="Same Name Ltd"))
    store.set_archived(existing.id, True)
    store.add_enterprise(Enterprise(name="Other"))
    at = make_app("es").run()
    create(at, "Same Name Ltd")
    assert any("mismo nombre" in w.value and "archivada" in w.value for w in at.warning)
    at.button(key="pf_dup_select").click().run()
    no_exceptions(at)
    assert len(store.list_enterprises(include_archived=True)) == 2, "nothing created"
    assert at.session_state["enterprise_id"] == existing.id
    assert at.toggle(key="pf_archived").value is True
    assert ticked(at) == ["Same Name Ltd"]
    create(at, "Same Name Ltd")
    at.button(key="pf_dup_cancel").click().run()
    assert len(store.list_enterprises(include_archived=True)) == 2
    assert not any("mismo nombre" in w.value for w in at.warning)


# -- columns and the round's state ------------------------------------------------------------------------------


def test_the_columns_that_matter_come_first(three):
    at = make_app("en").run()
    columns = list(at.dataframe(key="pf_table").value.columns)
    assert columns[:6] == ["name", "level", "final", "round", "next_due", "due_on"]
    assert columns.index("certificate") < min(columns.index(c) for c in ("credit_code", "kind", "industry"))


@pytest.mark.parametrize("lang, draft, final", [
    ("zh_CN", "草稿 · {n} 项待复核", "定稿"),
    ("en", "Draft · {n} to re-verify", "Final"),
    ("es", "Borrador · {n} por reverificar", "Definitiva"),
])
def test_the_state_column_counts_the_answers_to_reverify(certified_world, store, lang, draft, final):
    second = certified_world["second"]
    at = make_app(lang).run()
    [state] = at.dataframe(key="pf_table").value["round"]
    assert state == final
    nxt = usecases.next_round(store, second.id, date(2026, 11, 1))  # around the app, as from the command line
    at = make_app(lang).run()
    [state] = at.dataframe(key="pf_table").value["round"]
    assert state == draft.format(n=len(nxt.assessment.responses))


def test_an_incomplete_round_is_a_draft_with_its_unanswered_count(store):
    ent = store.add_enterprise(Enterprise(name="A"))
    store.new_assessment(ent.id, date(2026, 1, 5))
    at = make_app("en").run()
    [state] = at.dataframe(key="pf_table").value["round"]
    assert state.startswith("Draft · ") and state.endswith(" unanswered")


# -- a bad stored row -------------------------------------------------------------------------------------------


def _corrupt(store, sql: str, **params) -> None:
    """Write around every check of the application, as a hand edit of the database would."""
    with store.engine.begin() as conn:
        conn.execute(text(sql), params)


@pytest.mark.parametrize("lang, cell", [
    ("zh_CN", "日期无效：证书颁发日期 9999-12-31"),
    ("en", "Invalid date: certificate issue date 9999-12-31"),
    ("es", "Fecha no válida: fecha de emisión del certificado 9999-12-31"),
])
def test_portfolio_survives_a_certificate_issued_9999_12_31(three, store, lang, cell):
    _corrupt(store, "UPDATE certificates SET issued_on = '9999-12-31' WHERE number = 'C-Beta'")
    at = make_app(lang).run()
    no_exceptions(at)
    df = at.dataframe(key="pf_table").value.set_index("name")
    assert df.loc["Beta", "next_due"] == cell
    assert df.loc["Gamma", "next_due"] != "" and df.loc["Alpha", "next_due"] == ""
    assert at.warning, "the page says a row holds a value it cannot use"
    tick(at, "Beta")
    no_exceptions(at)


@pytest.mark.parametrize("stored", ["9999-12-31", "2025-02-30", "not a date"])
def test_the_calendar_survives_a_bad_certificate_row_and_offers_to_correct_it(three, store, stored):
    _corrupt(store, "UPDATE certificates SET issued_on = :v WHERE number = 'C-Beta'", v=stored)
    at = open_page(make_app("en"), "ui/certification.py")
    no_exceptions(at)
    events = events_table(at)
    [bad] = events[events["enterprise"] == "Beta"]["event"]
    assert bad == f"Invalid date: certificate issue date {stored}"
    assert "Gamma" in set(events["enterprise"])
    assert any("C-Beta" in e.value.replace("\\", "") for e in at.error)  # shown markdown-escaped
    # the broken certificate comes first in the correction form; saving a real date repairs it
    beta_cert = next(c for c in store.read_certificates(three["Beta"][0].id))
    assert at.selectbox(key="cal_fix_pick").value == beta_cert.id
    at.text_input(key=f"cal_fix_{beta_cert.id}.issued").input("2025-04-01")
    at.button(key=f"cal_fix_{beta_cert.id}.save").click().run()
    no_exceptions(at)
    [fixed] = store.list_certificates(three["Beta"][0].id)
    assert fixed.certificate.issued_on == date(2025, 4, 1) and fixed.certificate.level == "four_star"
    assert not any("Invalid date" in e.value for e in at.error)
    assert "Beta" in set(events_table(at)[lambda df: df["event"] == "Certificate expiry"]["enterprise"])


def test_the_portfolio_survives_an_unreadable_assessment_date(three, store):
    _corrupt(store, "UPDATE assessments SET assessed_on = '2026-02-31' WHERE id = :id", id=three["Alpha"][1].id)
    at = make_app("zh_CN").run()
    no_exceptions(at)
    df = at.dataframe(key="pf_table").value.set_index("name")
    assert df.loc["Alpha", "round"] == "日期无效：评价日期 2026-02-31"


# -- certificates: no pre-selected level, correct, delete -------------------------------------------------------


def test_certificate_form_has_no_preselected_level(three, store):
    at = open_page(make_app("en"), "ui/certification.py")
    assert at.selectbox(key="cal_cert_level").value is None
    at.text_input(key="cal_cert_number").input("C-NEW")
    at.button(key="cal_cert_save").click().run()
    no_exceptions(at)
    assert any("Choose the certificate's level." in e.value for e in at.error)
    assert "C-NEW" not in {c.certificate.number for c in store.list_certificates()}


def test_recording_a_certificate_number_the_enterprise_holds_is_refused(three, store):
    beta = three["Beta"][0]
    at = make_app("en")
    at.session_state["enterprise_id"] = beta.id
    open_page(at, "ui/certification.py")
    at.text_input(key="cal_cert_number").input("C-Beta")
    at.selectbox(key="cal_cert_level").set_value("five_star")
    at.button(key="cal_cert_save").click().run()
    assert any("already holds certificate C-Beta" in e.value.replace("\\", "") for e in at.error)
    assert [c.certificate.level for c in store.list_certificates(beta.id)] == ["four_star"]


def test_a_certificate_can_be_corrected_and_deleted_after_confirmation(three, store):
    gamma = three["Gamma"][0]
    [cert] = store.list_certificates(gamma.id)
    at = make_app("en")
    at.session_state["enterprise_id"] = gamma.id
    open_page(at, "ui/certification.py")
    at.selectbox(key="cal_fix_pick").set_value(cert.id).run()
    at.text_input(key=f"cal_fix_{cert.id}.number").input("C-Gamma-2")
    at.selectbox(key=f"cal_fix_{cert.id}.level").set_value("three_star")
    at.button(key=f"cal_fix_{cert.id}.save").click().run()
    no_exceptions(at)
    [back] = store.list_certificates(gamma.id)
    assert (back.certificate.number, back.certificate.level) == ("C-Gamma-2", "three_star")
    at.button(key="cal_fix_delete").click().run()
    assert any("Delete certificate C" in w.value and "Gamma" in w.value for w in at.warning)
    assert store.list_certificates(gamma.id)
    at.button(key="cal_confirm_yes").click().run()
    no_exceptions(at)
    assert store.list_certificates(gamma.id) == []
    assert [c.certificate.number for c in store.list_certificates()] == ["C-Beta"]


def test_the_calendar_scope_can_be_widened_to_the_whole_portfolio(three):
    at = make_app("en")
    at.query_params["e"] = str(three["Gamma"][0].id)
    open_page(at, "ui/certification.py")
    assert set(events_table(at)["enterprise"]) == {"Gamma"}
    at.selectbox(key="cal_scope").set_value(0).run()
    no_exceptions(at)
    assert set(events_table(at)["enterprise"]) == {"Beta", "Gamma"}
    assert query_param(at, "e") is None


def test_the_enterprise_form_keeps_a_contact_email_and_the_language_of_its_reminders(three, store):
    at = make_app("en").run()
    at.text_input(key="new_enterprise.name").input("Epsilon")
    at.text_input(key="new_enterprise.contact_email").input("not an address")
    at.button(key="new_enterprise.submit").click().run()
    assert any("Contact e-mail: write one address" in e.value for e in at.error)
    assert not any(e.name == "Epsilon" for e in store.list_enterprises())
    at.text_input(key="new_enterprise.name").input("Epsilon")
    at.text_input(key="new_enterprise.contact_email").input(" qm@epsilon.example.com ")
    at.selectbox(key="new_enterprise.language").select("es")
    at.button(key="new_enterprise.submit").click().run()
    no_exceptions(at)
    saved = next(e for e in store.list_enterprises() if e.name == "Epsilon").enterprise
    assert (saved.contact_email, saved.language) == ("qm@epsilon.example.com", "es")
