"""The service system page: the service profile is edited and saved through the store with its version, a bad
value or a save made elsewhere is refused with nothing lost, an issued manual is recorded and the wizard names it
at the items it covers; text of the profile is shown as text. One real-browser journey saves and downloads Word."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest

from assessment.models import Enterprise
from assessment.profile import LocalText, Organisation, Post, default_profile

from tests.ui.conftest import make_app, needs_chromium, no_exceptions, open_page, running_app, wait_for, sign_in_browser

PAGE = "ui/service_system.py"
RESOLVE = "tl.limits.complaint_resolve_hours"
HOSTILE = '<script>alert(1)</script> {{ x }} **bold** :red[red] [link](javascript:alert(1)) {x} %s'


@pytest.fixture
def world(store):
    ent = store.add_enterprise(Enterprise(name="杭州示例家电有限公司", kind="seller"))
    aid = store.new_assessment(ent.id, date(2026, 1, 5), assessor="李明").id
    return {"eid": ent.id, "aid": aid, "store": store}


def _page(world, lang: str = "en"):
    at = make_app(lang)
    at.session_state["enterprise_id"] = world["eid"]
    at = open_page(at, PAGE)
    no_exceptions(at)
    return at


def _input(at, suffix: str):
    """The form's widget whose key ends with `suffix` (keys carry the enterprise, version and generation)."""
    found = [w for kind in ("number_input", "text_input", "text_area", "checkbox", "toggle")
             for w in getattr(at, kind) if w.key and w.key.endswith(suffix)]
    assert len(found) == 1, (suffix, [w.key for w in found])
    return found[0]


def _click_save(at):
    [button] = [b for b in at.button if b.key and b.key.startswith("sv_save_")]
    button.click()
    return at.run()


def _texts(at) -> list[str]:
    return [str(e.value) for kind in ("markdown", "caption", "error", "warning", "info", "success")
            for e in getattr(at, kind)]


def test_the_page_shows_the_enterprise_s_profile_with_typical_defaults_in_chinese(world):
    at = _page(world, "zh_CN")
    assert at.title[0].value == "服务制度"
    assert _input(at, RESOLVE).value == 48
    assert _input(at, RESOLVE).label == "投诉处理完毕（小时）"
    assert any("企业自定" in t and "并非标准要求" in t for t in _texts(at))  # the defaults are not the standard's
    assert _input(at, "rules.suppliers").value is True  # a seller starts with supplier rules
    assert _input(at, "rules.sup.quality_deposit_yuan").value == 10_000


def test_an_enterprise_without_an_assessment_is_told_to_start_one(store):
    ent = store.add_enterprise(Enterprise(name="新企业"))
    at = make_app("en")
    at.session_state["enterprise_id"] = ent.id
    at = open_page(at, PAGE)
    no_exceptions(at)
    assert any("no assessment yet" in i.value for i in at.info)
    assert not at.number_input


def test_changing_the_complaint_time_limit_to_36_hours_and_saving_stores_version_1(world):
    at = _page(world)
    _input(at, RESOLVE).set_value(36)
    at = _click_save(at)
    no_exceptions(at)
    saved = world["store"].service_profile(world["eid"])
    assert saved.version == 1 and saved.profile.time_limits.complaint_resolve_hours == 36
    assert [s.value for s in at.success] == ["Saved: version 1 of the service profile."]
    assert _input(at, RESOLVE).value == 36  # the form is drawn again from version 1
    assert "Version 1" in " ".join(_texts(at))
    at = _click_save(at)  # nothing changed: no new version
    assert [pv.version for pv in world["store"].profile_history(world["eid"])] == [1]
    assert any("Nothing changed" in i.value for i in at.info)


def test_saving_a_full_profile_unchanged_through_the_form_makes_no_new_version(world):
    """Every field drawn on the form gives back what was stored (tables, lists, texts in three languages, the
    issue date): saving without a change keeps the version."""
    from assessment.demo_profile import demo_profile

    store, eid = world["store"], world["eid"]
    stored = store.save_profile(eid, demo_profile(date(2026, 9, 1)), None)
    at = _click_save(_page(world))
    no_exceptions(at)
    assert not at.error, [e.value for e in at.error]
    assert store.service_profile(eid).version == stored.version == 1
    assert any("Nothing changed" in i.value for i in at.info)


def test_a_time_limit_past_its_bound_is_refused_naming_the_field_and_nothing_is_saved(world):
    at = _page(world, "zh_CN")
    _input(at, RESOLVE).set_value(100_000)
    at = _click_save(at)
    no_exceptions(at)
    assert world["store"].service_profile(world["eid"]) is None
    assert at.error and "未保存" in at.error[0].value
    assert any("投诉处理完毕（小时）" in t and "8784" in t.replace(",", "") for t in _texts(at)), _texts(at)
    assert _input(at, RESOLVE).value == 100_000  # the input stays for the user to correct


def test_a_save_made_elsewhere_meanwhile_is_refused_and_the_user_s_input_is_kept(world):
    store, eid = world["store"], world["eid"]
    at = _page(world)
    other = default_profile("seller").model_copy(update={"training_hours": 40})
    store.save_profile(eid, other, None, saved_by="王丽")
    _input(at, RESOLVE).set_value(36)
    at = _click_save(at)
    no_exceptions(at)
    current = store.service_profile(eid)
    assert current.version == 1 and current.profile.time_limits.complaint_resolve_hours == 48
    [error] = at.error
    assert "saved elsewhere" in error.value and "王丽" in error.value and "version 1" in error.value
    assert _input(at, RESOLVE).value == 36 and not at.success
    at.button(key=f"sv_overwrite_{eid}").click()
    at = at.run()
    no_exceptions(at)
    assert store.service_profile(eid).version == 2
    assert store.service_profile(eid).profile.time_limits.complaint_resolve_hours == 36


def test_building_the_manual_shows_its_first_pages_and_offers_word_and_pdf(world):
    world["store"].save_profile(world["eid"], default_profile("seller"), None)
    at = _page(world)
    at.radio(key="sv_manual_lang").set_value("es")
    at = at.button(key="sv_manual_build").click().run()
    no_exceptions(at)
    downloads = {d.proto.label: d.proto.url for d in at.get("download_button")}
    assert downloads.keys() == {"Download Word (.docx)", "Download PDF"}
    assert downloads["Download Word (.docx)"].endswith(".docx") and downloads["Download PDF"].endswith(".pdf")
    assert [image.proto.imgs[0].caption for image in at.get("image")] == ["Page 1", "Page 2", "Page 3"]
    assert not at.error


def test_a_recorded_manual_issue_is_listed_and_named_by_the_wizard_at_item_1_4_1(world):
    store, eid, aid = world["store"], world["eid"], world["aid"]
    at = _page(world, "zh_CN")
    at.text_input(key="sv_iss_no").input("SH-01")
    at.text_input(key="sv_iss_ver").input("A/1")
    at.text_input(key="sv_iss_on").input("2026-11-20")
    at.text_input(key="sv_iss_by").input("张总")
    at = at.button(key="sv_iss_submit").click().run()
    no_exceptions(at)
    [issue] = store.manual_issues(eid)
    assert (issue.number, issue.version, issue.issued_on, issue.approver) == ("SH-01", "A/1", date(2026, 11, 20), "张总")
    assert "1.4.1" in issue.items and len(issue.items) == len(set(issue.items))
    assert any("SH\\-01" in s.value and "A/1" in s.value for s in at.success)  # Markdown-escaped
    listed = at.dataframe[-1].value
    assert list(listed["文件编号"]) == ["SH-01"] and list(listed["版本"]) == ["A/1"]

    wizard = make_app("zh_CN", aid)
    wizard.session_state["step"] = {aid: "1.4"}
    wizard = open_page(wizard, "ui/wizard.py")
    no_exceptions(wizard)
    captions = [c.value for c in wizard.caption]
    assert any("服务手册 SH\\-01 A/1 版（2026年11月20日发布）覆盖本条款" in c for c in captions), captions


def test_a_blank_document_number_is_refused_and_nothing_recorded(world):
    at = _page(world)
    at.text_input(key="sv_iss_no").input("  ")
    at = at.button(key="sv_iss_submit").click().run()
    no_exceptions(at)
    assert world["store"].manual_issues(world["eid"]) == []
    assert any("document number" in e.value for e in at.error)


def test_hostile_text_in_the_profile_is_shown_literally(world):
    store, eid = world["store"], world["eid"]
    profile = default_profile("seller").model_copy(update={
        "philosophy": LocalText(en=HOSTILE),
        "organisation": Organisation(department=HOSTILE, posts=(Post(title=HOSTILE, duties=HOSTILE),)),
    })
    store.save_profile(eid, profile, None, saved_by=HOSTILE)
    store.issue_manual(eid, HOSTILE[:60], "A/1", date(2026, 11, 20), HOSTILE, ("1.4.1",), "x", "1")
    at = _page(world)
    assert _input(at, "txt.philosophy.en").value == HOSTILE
    assert _input(at, "org.department").value == HOSTILE
    for text in _texts(at):
        assert "<script>" not in text and ":red[" not in text and "](javascript:" not in text, text[:200]
    wizard = make_app("en", world["aid"])
    wizard.session_state["step"] = {world["aid"]: "1.4"}
    wizard = open_page(wizard, "ui/wizard.py")
    no_exceptions(wizard)
    covered = [c.value for c in wizard.caption if "Covered by service manual" in c.value]
    assert covered and all("<script>" not in c and "**bold**" not in c for c in covered)


@needs_chromium
@pytest.mark.flaky(reruns=1)
def test_in_a_real_browser_the_profile_saves_and_the_word_manual_downloads(db_url, store, browser_page, tmp_path):
    ent = store.add_enterprise(Enterprise(name="浙江测试电器有限公司"))
    store.new_assessment(ent.id, date(2026, 1, 5), assessor="李明")
    with running_app(db_url, tmp_path) as base:
        page = browser_page()
        sign_in_browser(page, base)
        page.goto(f"{base}/service?lang=en")
        page.get_by_role("heading", name="Service system").wait_for()
        page.get_by_role("button", name="Save the profile").click()
        wait_for(lambda: store.service_profile(ent.id) is not None, what="the save")
        page.get_by_text("Saved: version 1 of the service profile.").wait_for()
        page.get_by_role("tab", name="Service manual").click()
        page.get_by_role("button", name="Build the manual").click()
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name="Download Word (.docx)").click(timeout=60_000)
        path = tmp_path / download.value.suggested_filename
        download.value.save_as(path)
    assert path.name.endswith(".docx") and "浙江测试电器有限公司" in path.name
    data = path.read_bytes()
    assert len(data) > 1000 and zipfile.is_zipfile(io.BytesIO(data))


def test_a_post_without_a_title_is_named_by_its_table_row_and_column(monkeypatch):
    from pydantic import ValidationError

    from assessment.profile import ServiceProfile
    from ui import i18n
    from ui.inputs import validation_problems
    from ui.profile_fields import field_label

    monkeypatch.setattr(i18n, "lang", lambda: "en")
    data = {"organisation": {"posts": [{"title": "Manager"}, {"title": "", "duties": "Answers the hotline"}]},
            "time_limits": {"callback_days": 0}}
    with pytest.raises(ValidationError) as caught:
        ServiceProfile.model_validate(data)
    assert validation_problems(caught.value, label_of=field_label) == [
        "Posts and duties, row 2, Post: this cannot be empty.",
        "Calling the customer back after service (days): at least 1.",
    ]
