"""Journeys through the app as a consultant walks them, with AppTest on a temporary database."""

from __future__ import annotations

import json
from datetime import date

from assessment import usecases
from assessment.exchange import dump_assessment
from assessment.models import Enterprise
from assessment.scoring import score
from criteria import default_catalog

from tests.ui.conftest import make_app, no_exceptions, open_page


def _key(aid: int, item: str, field: str, gen: int = 0) -> str:
    return f"w.{aid}.{gen}.{item}.{field}"


def sidebar_text(at) -> str:
    return " ".join(m.value for m in at.sidebar.markdown) + " " + " ".join(str(m.value) for m in at.sidebar.metric)


def test_create_an_enterprise_answer_every_item_and_see_the_level(store):
    catalog = default_catalog()
    at = make_app("zh_CN").run()
    at.text_input(key="new_enterprise.name").input("宁波海晨电器销售有限公司")
    at.text_input(key="new_enterprise.code").input("91350100M000100Y43")
    at.button(key="new_enterprise.submit").click().run()
    no_exceptions(at)
    [ent] = store.list_enterprises()
    assert ent.name == "宁波海晨电器销售有限公司"

    open_page(at, "ui/wizard.py")
    at.button(key="wz_new_start").click().run()
    no_exceptions(at)
    [summary] = store.list_assessments(ent.id)
    aid = summary.id

    # Every item met except three qualitative ones: the score the core computes decides the expected level.
    not_met = {"1.3.1", "1.4.2", "2.1.2"}
    for indicator in catalog.indicators():
        at.button(key=f"wz_step_{aid}_{indicator.id}").click().run()
        for item in indicator.items:
            at.segmented_control(key=_key(aid, item.id, "result")).set_value(
                "not_met" if item.id in not_met else "met"
            ).run()
        no_exceptions(at)
    stored = store.get_assessment(aid)
    assert len(stored.assessment.responses) == len(list(catalog.iter_items()))
    expected = score(catalog, stored.assessment)
    assert not expected.unanswered
    level_name = catalog.level_name(expected.level, "zh")
    text = sidebar_text(at)
    assert level_name in text
    assert "暂定" not in text  # complete: no longer provisional
    open_page(at, "ui/results.py")
    no_exceptions(at)
    assert at.metric[0].value == f"{expected.final:.1f}"
    assert any(level_name in m.value for m in at.markdown)


def test_a_partial_answer_needs_samples_and_earns_in_proportion(store):
    ent = store.add_enterprise(Enterprise(name="A"))
    aid = store.new_assessment(ent.id, date(2026, 1, 5)).id
    at = open_page(make_app("en", aid), "ui/wizard.py")
    at.button(key=f"wz_step_{aid}_1.2").click().run()
    at.segmented_control(key=_key(aid, "1.2.1", "result")).set_value("partial").run()
    assert any("number of samples" in e.value for e in at.error)
    assert store.get_assessment(aid).assessment.response_map() == {}
    at.number_input(key=_key(aid, "1.2.1", "samples")).set_value(10).run()
    at.number_input(key=_key(aid, "1.2.1", "failed")).set_value(3).run()
    no_exceptions(at)
    r = store.get_assessment(aid).assessment.response_map()["1.2.1"]
    assert (r.result, r.samples, r.failed_samples) == ("partial", 10, 3)


def test_evidence_and_notes_are_saved_with_the_answer(store):
    catalog = default_catalog()
    ent = store.add_enterprise(Enterprise(name="A"))
    aid = store.new_assessment(ent.id, date(2026, 1, 5)).id
    item = catalog.item("1.1.1")
    at = open_page(make_app("en", aid), "ui/wizard.py")
    at.segmented_control(key=_key(aid, "1.1.1", "result")).set_value("met").run()
    at.checkbox(key=_key(aid, "1.1.1", f"ev.{item.evidence[0].id}")).check().run()
    at.text_area(key=_key(aid, "1.1.1", "note")).input("Org chart seen on site").run()
    no_exceptions(at)
    r = store.get_assessment(aid).assessment.response_map()["1.1.1"]
    assert r.evidence == (item.evidence[0].id,)
    assert r.note == "Org chart seen on site"


def test_the_next_round_copies_answers_marked_to_reverify(certified_world, store):
    ent = certified_world["enterprise"]
    at = make_app("en")
    at.session_state["enterprise_id"] = ent.id
    open_page(at, "ui/wizard.py")
    at.radio(key="wz_new_mode").set_value("next_round")
    at.button(key="wz_new_start").click().run()
    no_exceptions(at)
    latest = store.latest_assessment(ent.id)
    assert latest.previous_id == certified_world["second"].id
    assert all(r.to_reverify for r in latest.assessment.responses)
    assert any("copied from the last round" in i.value for i in at.info)
    # confirm the first step's copied answers unchanged
    at.button(key=f"wz_confirm_all_{latest.id}_1.1").click().run()
    no_exceptions(at)
    after = store.get_assessment(latest.id).assessment.response_map()
    assert not after["1.1.1"].to_reverify and not after["1.1.2"].to_reverify
    assert after["1.2.1"].to_reverify


def test_what_if_changes_the_level(certified_world, store):
    stored = certified_world["second"]
    catalog = certified_world["catalog"]
    before = score(catalog, stored.assessment)
    at = open_page(make_app("en", stored.id), "ui/results.py")
    no_exceptions(at)
    higher = [b for b in at.button if b.key and b.key.startswith(f"wi_path_{stored.id}_")]
    assert higher, "a cheapest path is offered for a higher level"
    higher[0].click().run()
    no_exceptions(at)
    chosen = at.multiselect(key=f"wi.{stored.id}").value
    assert chosen
    assert any("The level changes from" in s.value for s in at.success)
    projected = [m for m in at.metric if m.label == "Projected score"][0]
    assert float(projected.value) > float(before.final)


def test_a_stale_save_is_refused_and_the_latest_answers_shown(store):
    ent = store.add_enterprise(Enterprise(name="A"))
    aid = store.new_assessment(ent.id, date(2026, 1, 5)).id
    tab1 = open_page(make_app("en", aid), "ui/wizard.py")
    tab2 = open_page(make_app("en", aid), "ui/wizard.py")
    tab1.segmented_control(key=_key(aid, "1.1.1", "result")).set_value("met").run()
    tab2.segmented_control(key=_key(aid, "1.1.1", "result")).set_value("not_met").run()
    no_exceptions(tab2)
    # who changed the item, when and to what (the store's entry names the first tab's user)
    who = store.item_history(aid, "1.1.1")[-1].actor
    [warning] = [w.value.replace("\\", "") for w in tab2.warning if "Not saved" in w.value]
    assert "item 1.1.1 was changed by" in warning and who in warning and "“Met”" in warning
    assert store.get_assessment(aid).assessment.response_map()["1.1.1"].result == "met"
    # the second tab now shows the stored answer (new input keys, drawn from the store)
    assert tab2.segmented_control(key=_key(aid, "1.1.1", "result", gen=1)).value == "met"
    # and its next change goes through
    tab2.segmented_control(key=_key(aid, "1.1.2", "result", gen=1)).set_value("met").run()
    assert set(store.get_assessment(aid).assessment.response_map()) == {"1.1.1", "1.1.2"}


def test_special_findings_are_recorded_with_the_rules_explained(certified_world, store):
    stored = certified_world["second"]
    at = open_page(make_app("en", stored.id), "ui/special.py")
    assert any("fewer than 5" in i.value for i in at.info)
    at.selectbox(key="sp_cat").set_value("law")
    at.text_area(key="sp_desc").input("Warranty card missing the 三包 terms")
    at.text_area(key="sp_action").input("Reprint the cards")
    at.button(key="sp_add").click().run()
    no_exceptions(at)
    saved = store.get_assessment(stored.id).assessment
    assert [d.category for d in saved.special_deductions] == ["law"]


def test_an_enterprise_can_be_edited_and_archived(certified_world, store):
    ent = certified_world["enterprise"]
    at = make_app("en").run()
    at.text_input(key=f"edit_enterprise_{ent.id}.industry").input("Home appliances")
    at.button(key=f"edit_enterprise_{ent.id}.submit").click().run()
    no_exceptions(at)
    assert store.get_enterprise(ent.id).enterprise.industry == "Home appliances"
    [archive] = [b for b in at.button if b.label == "Archive"]
    archive.click().run()
    assert not store.get_enterprise(ent.id).archived, "archiving asks first"
    at.button(key="pf_confirm_yes").click().run()
    assert store.get_enterprise(ent.id).archived
    assert any("No enterprises yet" in i.value for i in at.info) or not at.dataframe


def test_an_exchange_file_is_validated_before_anything_is_written(store):
    catalog = default_catalog()
    at = open_page(make_app("en"), "ui/transfer.py")
    bad = {"format": "gbt27922-assessment", "format_version": 1, "catalog": {"id": catalog.id, "version": catalog.version},
           "enterprise": {"name": "X"}, "assessed_on": "2026-01-01",
           "responses": [{"item": "1.2.1", "result": "partial", "samples": 3, "failed_samples": 5},
                         {"item": "9.9.9", "result": "met"}]}
    at.file_uploader(key="tr_upload").upload("bad.json", json.dumps(bad).encode(), "application/json").run()
    no_exceptions(at)
    errors = " ".join(e.value for e in at.error).replace("\\", "")  # the text is shown markdown-escaped
    assert "nothing was written" in errors and "(item '1.2.1') field 'failed_samples'" in errors
    assert store.list_enterprises(include_archived=True) == []

    at = open_page(make_app("en"), "ui/transfer.py")
    at.file_uploader(key="tr_upload").upload("broken.json", b"{not json", "application/json").run()
    assert any("invalid JSON" in e.value for e in at.error)


def test_an_exchange_file_is_imported(certified_world, store):
    catalog = certified_world["catalog"]
    exported = usecases.export_assessment(store, certified_world["second"].id)
    other = exported.model_copy(update={"enterprise": Enterprise(name="Nuevo Cliente S.A.")})
    at = open_page(make_app("es"), "ui/transfer.py")
    at.file_uploader(key="tr_upload").upload("ok.json", dump_assessment(other, catalog).encode(), "application/json").run()
    no_exceptions(at)
    at.button(key="tr_import").click().run()
    no_exceptions(at)
    names = [e.name for e in store.list_enterprises()]
    assert "Nuevo Cliente S.A." in names


def test_a_broken_scoring_sheet_is_refused_with_its_problems(store):
    at = open_page(make_app("en"), "ui/settings.py")
    at.file_uploader(key="set_upload").upload("sheet.yaml", b"catalog: [unclosed", "application/x-yaml").run()
    at.button(key="set_register").click().run()
    no_exceptions(at)
    assert any("nothing was registered" in e.value for e in at.error)
    assert len(store.list_catalogs()) == 1


def test_a_certificate_is_recorded_and_shows_in_the_calendar(certified_world, store):
    at = open_page(make_app("en"), "ui/certification.py")
    at.text_input(key="cal_cert_number").input("CSC-2026-0002")
    at.text_input(key="cal_cert_issued").input("2025-12-01")
    at.selectbox(key="cal_cert_level").set_value("three_star")
    at.button(key="cal_cert_save").click().run()
    no_exceptions(at)
    numbers = [c.certificate.number for c in store.list_certificates()]
    assert "CSC-2026-0002" in numbers
    issued = {c.certificate.number: c.certificate.issued_on for c in store.list_certificates()}
    assert issued["CSC-2026-0002"] == date(2025, 12, 1)


def _scoring_sheet(version: str) -> str:
    from criteria import DEFAULT_CATALOG_PATH

    catalog = default_catalog()
    return DEFAULT_CATALOG_PATH.read_text(encoding="utf-8").replace(
        f'version: "{catalog.version}"', f'version: "{version}"', 1
    ).replace("weighting: toolkit_default", "weighting: scoring_sheet", 1)


def test_the_catalog_chosen_in_settings_is_kept_for_new_assessments_after_a_restart(store, db_url):
    sheet = store.register_catalog(_scoring_sheet("body-2027"))
    ent = store.add_enterprise(Enterprise(name="A"))
    at = open_page(make_app("en"), "ui/settings.py")
    at.selectbox(key="set_catalog").set_value(f"{sheet.id}\x1f{sheet.version}").run()
    no_exceptions(at)
    assert any("body-2027" in s.value.replace("\\", "") for s in at.success)  # shown markdown-escaped
    # kept in the database, not in the browser session: a fresh store and a fresh session both see it
    from assessment.store import Store

    assert Store(db_url).default_catalog_for_new().version == "body-2027"
    again = open_page(make_app("en"), "ui/settings.py")
    assert again.selectbox(key="set_catalog").value == f"{sheet.id}\x1f{sheet.version}"
    wizard = make_app("en")
    wizard.session_state["enterprise_id"] = ent.id
    open_page(wizard, "ui/wizard.py")
    assert any("body-2027" in c.value.replace("\\", "") for c in wizard.caption)
    wizard.button(key="wz_new_start").click().run()
    no_exceptions(wizard)
    assert store.latest_assessment(ent.id).assessment.catalog.version == "body-2027"
    # and back to the default catalog
    again.button(key="set_default").click().run()
    no_exceptions(again)
    assert Store(db_url).default_catalog_for_new() == default_catalog()
    assert not [b for b in again.button if b.key == "set_default"]


def test_a_registered_scoring_sheet_becomes_the_catalog_for_new_assessments(store):
    at = open_page(make_app("en"), "ui/settings.py")
    at.file_uploader(key="set_upload").upload("sheet.yaml", _scoring_sheet("body-2029").encode(), "application/x-yaml").run()
    at.button(key="set_register").click().run()
    no_exceptions(at)
    assert store.default_catalog_for_new().version == "body-2029"
    assert at.selectbox(key="set_catalog").value.endswith("\x1fbody-2029")


def test_landing_on_results_with_nothing_open_opens_the_chosen_enterprises_latest_assessment(certified_world, store):
    other = store.add_enterprise(Enterprise(name="Aaa without assessment"))  # first by name
    at = open_page(make_app("en"), "ui/results.py")
    no_exceptions(at)
    assert not at.metric, "nothing is open yet"
    picker = at.selectbox(key="res_open")
    assert picker.value == other.id
    assert any("has no assessment yet" in i.value for i in at.info)
    picker.set_value(certified_world["enterprise"].id).run()
    no_exceptions(at)
    at.button(key="res_open.open").click().run()
    no_exceptions(at)
    second = certified_world["second"]
    expected = score(certified_world["catalog"], second.assessment)
    assert at.session_state["assessment_id"] == second.id
    assert at.metric[0].label == "Final score" and at.metric[0].value == f"{expected.final:.1f}"
    assert at.query_params.get("a") in (str(second.id), [str(second.id)])


def test_every_page_that_needs_an_assessment_offers_the_enterprise_picker(certified_world):
    for page, key in [("ui/special.py", "sp_open"), ("ui/report.py", "rp_open"), ("ui/wizard.py", "wz_enterprise"),
                      ("ui/compare.py", "cmp_ent")]:
        at = open_page(make_app("es"), page)
        no_exceptions(at)
        assert at.selectbox(key=key).value == certified_world["enterprise"].id, page
