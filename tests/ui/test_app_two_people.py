"""Two people, one assessment: changes to different items by two sessions both go through; a change to an item
someone else changed since the page was drawn is refused, saying who changed it, when and to what."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.access import Actor, acting
from assessment.models import Enterprise, Response
from assessment.store import StaleItem

from tests.ui.conftest import make_app, no_exceptions, open_page

X, Y = "1.1.1", "1.1.2"  # two items of the first step


def _key(aid: int, item: str, field: str, gen: int = 0) -> str:
    return f"w.{aid}.{gen}.{item}.{field}"


def _answers(store, aid: int) -> dict:
    return {i: (r.result, r.note) for i, r in store.get_assessment(aid).assessment.response_map().items()}


def _warnings(at) -> list[str]:
    return [w.value.replace("\\", "").replace("\u2060", "") for w in at.warning]


@pytest.fixture
def blank(store) -> int:
    ent = store.add_enterprise(Enterprise(name="杭州示例家电有限公司"))
    return store.new_assessment(ent.id, date(2026, 1, 5)).id


def test_two_sessions_save_different_items_and_a_stale_change_to_the_same_item_is_refused(store, blank):
    aid = blank
    a = open_page(make_app("en", aid), "ui/wizard.py")
    b = open_page(make_app("zh_CN", aid), "ui/wizard.py")  # both drawn from the blank assessment
    a.segmented_control(key=_key(aid, X, "result")).set_value("met").run()
    b.segmented_control(key=_key(aid, Y, "result")).set_value("met").run()  # b's page is behind: another item
    no_exceptions(a), no_exceptions(b)
    assert _answers(store, aid) == {X: ("met", ""), Y: ("met", "")}, "both saved"
    assert not [w for w in _warnings(b) if w.startswith("未保存")]
    assert any("修改了条款 1.1.1" in i.value.replace("\\", "") for i in b.info), "b is told what changed meanwhile"
    assert b.segmented_control(key=_key(aid, X, "result")).value == "met", "b's page now shows a's answer"

    a.segmented_control(key=_key(aid, X, "result")).set_value("not_met").run()  # a changes X again
    no_exceptions(a)
    changed = store.item_history(aid, X)[-1]
    # b, whose page still shows X met, adds a note to X: refused, with who, when and what X is now
    b.text_area(key=_key(aid, X, "note")).input("现场核实").run()
    no_exceptions(b)
    [warning] = [w for w in _warnings(b) if w.startswith("未保存")]
    assert f"条款 1.1.1 已由 {changed.actor} 于 " in warning and "改为「不符合」" in warning, warning
    assert changed.at.strftime("%H:%M") in warning or "UTC+" in warning
    assert _answers(store, aid) == {X: ("not_met", ""), Y: ("met", "")}, "nothing saved"
    assert b.segmented_control(key=_key(aid, X, "result", gen=1)).value == "not_met", "b's inputs show the store"


def test_a_change_refused_names_the_colleague_who_made_it(store, blank):
    aid = blank
    b = open_page(make_app("zh_CN", aid), "ui/wizard.py")
    with acting(Actor(name="王丽", role="admin")):  # a's change, made as 王丽
        store.set_response(aid, 1, Response(item=X, result="met"))
    b.segmented_control(key=_key(aid, X, "result")).set_value("not_met").run()
    no_exceptions(b)
    [warning] = [w for w in _warnings(b) if w.startswith("未保存")]
    assert warning.startswith("未保存：条款 1.1.1 已由 王丽 于 ") and warning.endswith("改为「符合」。已显示最新保存的内容。")
    assert _answers(store, aid) == {X: ("met", "")}
    b.segmented_control(key=_key(aid, Y, "result", gen=1)).set_value("met").run()  # the next change goes through
    assert _answers(store, aid) == {X: ("met", ""), Y: ("met", "")}


def test_the_store_checks_each_item_and_names_who_changed_it(store, blank):
    aid = blank
    with acting(Actor(name="王丽", role="admin")):
        first = store.set_response(aid, 1, Response(item=X, result="met"))
    with acting(Actor(name="李明", role="admin")):
        other = store.set_response(aid, 1, Response(item=Y, result="not_met"))  # behind, another item: saved
        assert other.version > first.version
        with pytest.raises(StaleItem) as refused:
            store.set_response(aid, 1, Response(item=X, result="not_met"))
    exc = refused.value
    assert (exc.target, exc.key, exc.changed_by, exc.value["result"]) == ("item", X, "王丽", "met")
    assert _answers(store, aid) == {X: ("met", ""), Y: ("not_met", "")}


def test_a_special_deduction_added_meanwhile_is_named_when_another_one_would_take_its_place(store, blank):
    from assessment.models import SpecialDeduction

    aid = blank
    b = open_page(make_app("en", aid), "ui/special.py")
    with acting(Actor(name="王丽", role="admin")):
        store.set_special_findings(aid, 1, (SpecialDeduction(category="law", description="False advertising"),), None)
    b.selectbox(key="sp_cat").set_value("law")
    b.text_area(key="sp_desc").input("Warranty card missing")
    b.text_area(key="sp_action").input("Reprint the cards")
    b.button(key="sp_add").click().run()
    no_exceptions(b)
    [warning] = [w for w in _warnings(b) if w.startswith("Not saved")]
    assert warning.startswith("Not saved: Special deduction 1 was changed by 王丽 at ")
    assert "to “False advertising”" in warning
    saved = store.get_assessment(aid).assessment.special_deductions
    assert [d.description for d in saved] == ["False advertising"], "nothing of b's saved"
