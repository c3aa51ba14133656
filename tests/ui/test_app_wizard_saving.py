"""No false "saved": inputs that cannot be saved yet stay a draft on their item's card, the step never says
"all changes saved" while one is held, and leaving the step asks before the draft is dropped."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.models import Enterprise, Response
from criteria import default_catalog

from tests.ui.conftest import make_app, no_exceptions, open_page

SAVED = "All changes saved"
NOT_SAVED = "Not saved"


def _key(aid: int, item: str, field: str, gen: int = 0) -> str:
    return f"w.{aid}.{gen}.{item}.{field}"


def _walk(node):
    yield node
    for child in (getattr(node, "children", None) or {}).values():
        yield from _walk(child)


def card(at, aid: int, item: str):
    """The bordered card of one item (its container is keyed wz_card_<assessment>_<item>)."""
    suffix = f"-wz_card_{aid}_{item}"
    found = [n for n in _walk(at._tree) if getattr(getattr(n, "proto", None), "id", "").endswith(suffix)]
    assert len(found) == 1, f"one card for {item}"
    return found[0]


def texts(node, kind: str) -> list[str]:
    return [str(n.value).replace("\\", "") for n in _walk(node) if type(n).__name__ == kind]


def step_caption(at) -> str:
    [caption] = [c.value for c in at.caption if c.value.startswith("Step ")]
    return caption


def excludable_item() -> str:
    return next(it.id for _, _, it in default_catalog().iter_items() if it.excludable)


@pytest.fixture
def blank(store):
    ent = store.add_enterprise(Enterprise(name="A"))
    return store.new_assessment(ent.id, date(2026, 1, 5)).id


def _wizard_at(aid: int, step: str):
    at = open_page(make_app("en", aid), "ui/wizard.py")
    at.button(key=f"wz_step_{aid}_{step}").click().run()
    return at


def test_partial_without_samples_shows_the_error_on_the_item_card_and_not_saved(store, blank):
    aid = blank
    at = _wizard_at(aid, "1.2")
    at.segmented_control(key=_key(aid, "1.2.2", "result")).set_value("met").run()
    assert SAVED in step_caption(at)  # a real save says so
    at.segmented_control(key=_key(aid, "1.2.1", "result")).set_value("partial").run()
    no_exceptions(at)
    here = card(at, aid, "1.2.1")
    assert any("Item 1.2.1: enter the number of samples" in w for w in texts(here, "Error"))
    assert any(NOT_SAVED in m for m in texts(here, "Markdown")), "the card's badge says it is not saved"
    other = card(at, aid, "1.2.2")
    assert not texts(other, "Error") and not any(NOT_SAVED in m for m in texts(other, "Markdown"))
    assert len([e for e in at.error if "number of samples" in e.value]) == 1, "on the card, not also on top"
    assert not any("number of samples" in w.value for w in at.warning), "an error, not a warning"
    caption = step_caption(at)
    assert SAVED not in caption and "Not saved: 1.2.1" in caption.replace("\\", "")
    assert "1.2.1" not in store.get_assessment(aid).assessment.response_map()
    # entering the samples saves it, and the card and the caption say so
    at.number_input(key=_key(aid, "1.2.1", "samples")).set_value(8).run()
    no_exceptions(at)
    r = store.get_assessment(aid).assessment.response_map()["1.2.1"]
    assert (r.result, r.samples, r.failed_samples) == ("partial", 8, 0)
    assert not texts(card(at, aid, "1.2.1"), "Error")
    assert SAVED in step_caption(at)


def test_failed_more_than_samples_is_not_reported_saved(store, blank):
    aid = blank
    at = _wizard_at(aid, "1.2")
    at.segmented_control(key=_key(aid, "1.2.1", "result")).set_value("partial").run()
    at.number_input(key=_key(aid, "1.2.1", "samples")).set_value(5).run()
    assert SAVED in step_caption(at)
    at.number_input(key=_key(aid, "1.2.1", "failed")).set_value(7).run()
    no_exceptions(at)
    assert SAVED not in step_caption(at)
    here = card(at, aid, "1.2.1")
    assert any("failed samples must be between 0 and the number of samples" in w for w in texts(here, "Error"))
    assert any(NOT_SAVED in m for m in texts(here, "Markdown"))
    r = store.get_assessment(aid).assessment.response_map()["1.2.1"]
    assert (r.samples, r.failed_samples) == (5, 0), "the saved answer stays as it was"
    # the sidebar and the step list do not pretend either: the step is marked as not saved
    assert "edit_off" in at.button(key=f"wz_step_{aid}_1.2").label


def test_excluded_without_justification_is_unsaved(store, blank):
    aid = blank
    item = excludable_item()
    step = item.rsplit(".", 1)[0]
    at = _wizard_at(aid, step)
    at.segmented_control(key=_key(aid, item, "result")).set_value("excluded").run()
    no_exceptions(at)
    here = card(at, aid, item)
    assert any("write why it does not apply" in w for w in texts(here, "Error"))
    assert any(NOT_SAVED in m for m in texts(here, "Markdown"))
    assert SAVED not in step_caption(at)
    assert item not in store.get_assessment(aid).assessment.response_map()
    at.text_area(key=_key(aid, item, "justification")).input("   ").run()
    assert any(NOT_SAVED in m for m in texts(card(at, aid, item), "Markdown")), "blanks are no reason"
    at.text_area(key=_key(aid, item, "justification")).input("No delivery: goods are collected in store").run()
    no_exceptions(at)
    r = store.get_assessment(aid).assessment.response_map()[item]
    assert (r.result, r.justification) == ("excluded", "No delivery: goods are collected in store")
    assert not any(NOT_SAVED in m for m in texts(card(at, aid, item), "Markdown"))


def test_typed_note_not_yet_saved_shows_unsaved(store, blank):
    aid = blank
    item = excludable_item()
    step = item.rsplit(".", 1)[0]
    stored = store.get_assessment(aid)
    store.set_response(aid, stored.version, Response(item=item, result="met", note="Seen on site"))
    at = _wizard_at(aid, step)
    # the answer is being changed to an exclusion (no reason yet) and a note is typed with it
    at.segmented_control(key=_key(aid, item, "result")).set_value("excluded").run()
    at.text_area(key=_key(aid, item, "note")).input("Collected in store since May").run()
    no_exceptions(at)
    here = card(at, aid, item)
    assert any(NOT_SAVED in m for m in texts(here, "Markdown"))
    assert SAVED not in step_caption(at)
    r = store.get_assessment(aid).assessment.response_map()[item]
    assert (r.result, r.note) == ("met", "Seen on site"), "nothing of the draft is saved"
    # the note is still on the screen, and it is saved with the answer once the reason is written
    assert at.text_area(key=_key(aid, item, "note")).value == "Collected in store since May"
    at.text_area(key=_key(aid, item, "justification")).input("No delivery").run()
    r = store.get_assessment(aid).assessment.response_map()[item]
    assert (r.result, r.justification, r.note) == ("excluded", "No delivery", "Collected in store since May")
    assert SAVED in step_caption(at)


def test_leaving_a_step_with_an_unsaved_draft_warns(store, blank):
    aid = blank
    at = _wizard_at(aid, "1.2")
    at.segmented_control(key=_key(aid, "1.2.1", "result")).set_value("partial").run()
    at.button(key=f"wz_next_{aid}").click().run()
    no_exceptions(at)
    assert at.session_state["step"][aid] == "1.2", "the step does not change before the user answers"
    assert any("enter the number of samples" in w.value for w in at.warning)
    assert any("they are dropped" in c.value for c in at.caption)
    # staying keeps the draft on its card
    at.button(key="wz_leave_no").click().run()
    assert at.session_state["step"][aid] == "1.2"
    assert any(NOT_SAVED in m for m in texts(card(at, aid, "1.2.1"), "Markdown"))
    assert not [b for b in at.button if b.key == "wz_leave_yes"], "the question is closed"
    # the step list asks too; leaving drops the draft and moves on
    at.button(key=f"wz_step_{aid}_2.1").click().run()
    assert at.session_state["step"][aid] == "1.2"
    at.button(key="wz_leave_yes").click().run()
    no_exceptions(at)
    assert at.session_state["step"][aid] == "2.1"
    assert store.get_assessment(aid).assessment.response_map() == {}
    # back on the step, the stored answer (none) is shown, with no draft
    at.button(key=f"wz_step_{aid}_1.2").click().run()
    no_exceptions(at)
    assert at.segmented_control(key=_key(aid, "1.2.1", "result", gen=1)).value is None
    assert not any(NOT_SAVED in m for m in texts(card(at, aid, "1.2.1"), "Markdown"))
    # with nothing unsaved, moving on does not ask
    at.button(key=f"wz_next_{aid}").click().run()
    assert at.session_state["step"][aid] == "1.3"


def test_the_last_step_goes_on_to_the_special_findings_but_asks_first_with_a_draft(store, blank):
    aid = blank
    at = _wizard_at(aid, "3.2")
    at.segmented_control(key=_key(aid, "3.2.2", "result")).set_value("partial").run()
    at.button(key=f"wz_special_{aid}").click().run()
    no_exceptions(at)
    assert at.title[0].value == "Assessment wizard", "it asks before the draft is dropped"
    at.button(key="wz_leave_yes").click().run()
    no_exceptions(at)
    assert at.title[0].value == "Special findings"
    assert store.get_assessment(aid).assessment.response_map() == {}


def test_a_saved_item_changed_to_partial_without_samples_does_not_show_its_old_score_as_current(store, blank):
    aid = blank
    at = _wizard_at(aid, "1.2")
    at.segmented_control(key=_key(aid, "1.2.1", "result")).set_value("met").run()
    assert any(t.startswith("Earns ") for t in texts(card(at, aid, "1.2.1"), "Caption"))
    at.segmented_control(key=_key(aid, "1.2.1", "result")).set_value("partial").run()
    no_exceptions(at)
    here = card(at, aid, "1.2.1")
    [error] = texts(here, "Error")
    assert error.startswith("Item 1.2.1:") and "number of samples" in error
    captions = texts(here, "Caption")
    assert not any(t.startswith("Earns ") for t in captions), captions
    assert any(t.startswith("Draft not saved") and "(Met)" in t for t in captions), captions
    assert store.get_assessment(aid).assessment.response_map()["1.2.1"].result == "met"


def test_text_the_database_cannot_hold_is_not_saved_and_says_so(store, blank):
    """A note with a NUL character (pasted from another program) is refused by the store on every database:
    the page says it was not saved, never a traceback, and the stored answer stays as it was."""
    aid = blank
    item = excludable_item()
    step = item.rsplit(".", 1)[0]
    stored = store.get_assessment(aid)
    store.set_response(aid, stored.version, Response(item=item, result="met", note="Seen on site"))
    at = _wizard_at(aid, step)
    at.text_area(key=_key(aid, item, "note")).input("Seen\x00 on site").run()
    no_exceptions(at)
    assert any("Not saved: something entered cannot be stored" in e.value for e in at.error)
    assert store.get_assessment(aid).assessment.response_map()[item].note == "Seen on site"
