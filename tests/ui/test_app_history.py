"""Who changed what, in the app: an item's card lists its answers newest first with who gave them; the results
page lists every change of the assessment."""

from __future__ import annotations

from datetime import date

from assessment.access import Actor, acting
from assessment.models import Enterprise, Response

from tests.ui.conftest import make_app, no_exceptions, open_page


def _key(aid: int, item: str, field: str, gen: int = 0) -> str:
    return f"w.{aid}.{gen}.{item}.{field}"


def _walk(node):
    yield node
    for child in (getattr(node, "children", None) or {}).values():
        yield from _walk(child)


def _history(at, label_start: str):
    found = [e for e in at.expander if e.label.startswith(label_start)]
    return found


def _text(expander) -> str:
    return "\n".join(str(n.value).replace("\\", "") for n in _walk(expander)
                     if type(n).__name__ in ("Markdown", "Caption"))


def test_an_item_answered_twice_lists_both_answers_newest_first_with_who(store):
    ent = store.add_enterprise(Enterprise(name="A"))
    aid = store.new_assessment(ent.id, date(2026, 1, 5)).id
    at = open_page(make_app("en", aid), "ui/wizard.py")
    assert not _history(at, "History"), "no panel before anybody answered"
    at.segmented_control(key=_key(aid, "1.1.1", "result")).set_value("not_met").run()
    at.segmented_control(key=_key(aid, "1.1.1", "result")).set_value("met").run()
    no_exceptions(at)
    [panel] = _history(at, "History (2)")
    who = {e.actor for e in store.item_history(aid, "1.1.1")}
    assert len(who) == 1
    lines = [line.strip() for line in _text(panel).splitlines() if "→" in line]
    assert len(lines) == 2 and all(line.startswith(f"{next(iter(who))}, ") for line in lines)
    assert lines[0].endswith("Not met → Met") and lines[1].endswith("Not assessed → Not met"), lines
    assert "Times in UTC" in _text(panel)


def test_the_history_names_each_person_and_escapes_their_text(store):
    ent = store.add_enterprise(Enterprise(name="A"))
    aid = store.new_assessment(ent.id, date(2026, 1, 5)).id
    with acting(Actor(name="王丽 **[x](http://e.vil)**", role="admin")):
        stored = store.set_response(aid, 1, Response(item="1.1.1", result="met", note="<b>看过</b> *记录*"))
    with acting(Actor(name="李明", role="admin")):
        store.set_response(aid, stored.version, Response(item="1.1.1", result="not_met"))
    at = open_page(make_app("zh_CN", aid), "ui/wizard.py")
    no_exceptions(at)
    [panel] = _history(at, "修改记录（2）")
    raw = [str(n.value) for n in _walk(panel) if type(n).__name__ == "Markdown"]
    assert raw and all("**[" not in r and "<b>" not in r for r in raw), "user text is escaped"
    text = _text(panel)
    assert "李明，" in text and "符合 → 不符合；删除了备注" in text
    assert "王丽 **[x](http://e.vil)**，" in text.replace("\u2060", "") and "未评价 → 符合；备注：「<b>看过</b> *记录*」" in text


def test_the_results_page_lists_the_changes_of_the_assessment_newest_first(store):
    ent = store.add_enterprise(Enterprise(name="A"))
    aid = store.new_assessment(ent.id, date(2026, 1, 5)).id
    with acting(Actor(name="王丽", role="admin")):
        stored = store.set_response(aid, 1, Response(item="1.1.1", result="met"))
        store.clear_response(aid, stored.version, "1.1.1")
    at = open_page(make_app("en", aid), "ui/results.py")
    no_exceptions(at)
    [table] = at.dataframe
    rows = table.value.to_dict("records")
    assert [(r["Who"], r["What"], r["Where"], r["Before → after"]) for r in rows[:2]] == [
        ("王丽", "cleared the answer", "item 1.1.1", "Met → Not assessed"),
        ("王丽", "answered", "item 1.1.1", "Not assessed → Met"),
    ]
    assert rows[-1]["What"] == "created the assessment"
