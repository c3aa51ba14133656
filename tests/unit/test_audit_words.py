"""The audit trail in words: each entry as a short line in the three languages, with times in the caller's zone."""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Optional

import pytest

from assessment import audit_words as words
from assessment.vocabulary import LANGS, TERMS

CST = timezone(timedelta(hours=8))
AT = datetime(2026, 12, 2, 6, 2)  # naive UTC, as the store keeps it: 14:02 in Beijing


@dataclass(frozen=True)
class Entry:
    action: str
    target: str
    target_key: str
    before: Any
    after: Any
    actor: str = "王丽"
    at: datetime = AT
    id: int = 1
    version: Optional[int] = None


def _fields(text: str) -> list[str]:
    return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f)


@pytest.mark.parametrize("key", sorted(words.WORDS))
def test_every_word_has_three_languages_with_the_same_placeholders(key):
    row = words.WORDS[key]
    assert len(row) == len(LANGS) and all(t.strip() for t in row)
    assert len({tuple(_fields(t)) for t in row}) == 1, row


def test_the_words_do_not_word_a_vocabulary_term_again():
    worded = {(lang, text.casefold()) for row in TERMS.values() for lang, text in zip(LANGS, row)}
    again = [k for k, row in words.WORDS.items() for lang, text in zip(LANGS, row)
             if (lang, text.casefold()) in worded and k != "none"]
    assert not again and not set(words.WORDS) & set(TERMS)


@pytest.mark.parametrize("lang, expected", [
    ("zh", "王丽，12-02 14:02：不符合 → 符合"),
    ("en", "王丽, 2 Dec 14:02: Not met → Met"),
    ("es", "王丽, 2 dic 14:02: No cumple → Cumple"),
])
def test_an_answer_changed_reads_who_when_and_before_after(lang, expected):
    entry = Entry("item.answer", "item", "2.4.1", {"item": "2.4.1", "result": "not_met"},
                  {"item": "2.4.1", "result": "met"})
    assert words.line(entry, lang, CST, year=2026).text(lang) == expected


def test_another_year_shows_the_year_and_utc_keeps_the_stored_time():
    assert words.clock(AT, timezone.utc, year=2027, lang="zh") == "2026-12-02 06:02"
    assert words.clock(AT, CST, year=2027, lang="en") == "2 Dec 2026 14:02"
    assert words.zone_name(CST, AT) == "UTC+08:00" and words.zone_name(timezone.utc, AT) == "UTC"
    assert words.zone_caption(CST, "zh").endswith("UTC+08:00")


def test_a_first_answer_starts_from_not_assessed_and_a_partial_one_names_its_samples():
    first = Entry("item.answer", "item", "1.2.1", None, {"item": "1.2.1", "result": "partial", "samples": 10,
                                                          "failed_samples": 3})
    assert words.line(first, "zh", CST).change == "未评价 → 部分符合（抽样 10，不合格 3）"
    assert words.line(first, "en", CST).change == "Not assessed → Partly met (3 of 10 failed)"
    fewer = Entry("item.answer", "item", "1.2.1", first.after, {**first.after, "failed_samples": 1})
    assert words.line(fewer, "en", CST).change == "Partly met (3 of 10 failed) → Partly met (1 of 10 failed)"


def test_a_cleared_answer_goes_back_to_not_assessed():
    entry = Entry("item.clear", "item", "2.4.1", {"item": "2.4.1", "result": "met"}, None)
    line = words.line(entry, "en", CST)
    assert line.change == "Met → Not assessed" and line.action == "cleared the answer"


def test_a_note_or_evidence_change_is_said_briefly_with_the_note_quoted_and_clipped():
    b = {"item": "2.4.1", "result": "met", "evidence": ["e1"]}
    a = {**b, "note": "现场查看了维修记录" * 10, "evidence": ["e1", "e2"]}
    change = words.line(Entry("item.answer", "item", "2.4.1", b, a), "zh", CST).change
    assert change.startswith("备注：「现场查看了维修记录") and change.endswith("」；证据勾选已修改")
    assert len(change) < 60
    removed = words.line(Entry("item.answer", "item", "2.4.1", {**b, "note": "x"}, b), "en", CST).change
    assert removed == "note removed"


def test_confirming_a_copied_answer_reads_re_verified():
    b = {"item": "2.4.1", "result": "met", "to_reverify": True}
    a = {"item": "2.4.1", "result": "met"}
    assert words.line(Entry("item.answer", "item", "2.4.1", b, a), "en", CST).change == "re-verified unchanged"


@pytest.mark.parametrize("entry, lang, action, target, change", [
    (Entry("finding.add", "finding", "2", None, {"category": "law", "description": "虚假宣传"}), "zh",
     "新增了特别扣分", "第 2 项特别扣分", "— → 「虚假宣传」"),
    (Entry("finding.bonus", "finding", "bonus", None, {"description": "Award"}), "en",
     "changed the special bonus", "Special bonus", "— → “Award”"),
    (Entry("action.change", "action", "3", {"item": "1.1.1", "description": "Train staff"},
           {"item": "1.1.1", "description": "Train staff", "status": "done"}), "en",
     "changed a corrective action", "corrective action 3", "Open → Done"),
    (Entry("action.remove", "action", "1", {"item": "1.1.1", "description": "Formar"}, None), "es",
     "quitó una acción correctiva", "acción correctiva 1", "«Formar» · Abierta → —"),
    (Entry("assessment.header", "assessment", "header", {"assessed_on": "2026-01-05", "assessor": "王丽"},
           {"assessed_on": "2026-01-06", "assessor": "王丽"}), "en",
     "changed the assessment details", "assessment details", "Assessment date 2026-01-05 → 2026-01-06"),
    (Entry("assessment.create", "assessment", "7", None, {"assessed_on": "2026-01-05"}), "zh",
     "创建了评价", "", ""),
    (Entry("add_evidence", "assessment", "", None, None), "en", "add evidence", "", ""),
])
def test_each_kind_of_entry_in_words(entry, lang, action, target, change):
    line = words.line(entry, lang, CST)
    assert (line.action, line.target, line.change) == (action, target, change)


def test_a_line_without_a_comparison_says_what_was_done():
    entry = Entry("assessment.create", "assessment", "7", None, {"assessed_on": "2026-01-05"})
    assert words.line(entry, "en", CST, 2026).text("en") == "王丽, 2 Dec 14:02: created the assessment"


def test_lines_come_newest_first():
    old = Entry("item.answer", "item", "1", None, {"result": "met"}, actor="A", at=AT, id=1)
    new = Entry("item.answer", "item", "1", {"result": "met"}, {"result": "not_met"}, actor="B",
                at=AT + timedelta(minutes=5), id=2)
    assert [line.actor for line in words.lines([old, new], "en", CST)] == ["B", "A"]


def test_user_text_stays_plain_text_for_the_caller_to_escape():
    entry = Entry("item.answer", "item", "1", None, {"result": "met", "note": "**bold** <b>x</b>"},
                  actor="[evil](http://x)")
    line = words.line(entry, "en", CST)
    assert line.actor == "[evil](http://x)" and "**bold** <b>x</b>" in line.change


def test_a_stale_value_in_words():
    assert words.value_text("item", {"result": "met"}, "zh") == "符合"
    assert words.value_text("finding", {"description": "虚假宣传"}, "zh") == "「虚假宣传」"
    assert words.target_text("item", "2.4.1", "zh") == "条款 2.4.1"
