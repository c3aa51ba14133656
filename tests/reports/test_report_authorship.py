"""Who answered each section of the report and who changed it last, from the audit trail of a stored round."""

from __future__ import annotations

import re
from datetime import date, timedelta, timezone

import pytest
from report_fixtures import REPORT_DATE

from assessment.access import Actor, acting
from assessment.cli import main
from assessment.models import Enterprise, Response
from assessment.store import Store
from reports import build_report, render_html

CST = timezone(timedelta(hours=8))


@pytest.fixture()
def answered(tmp_path):
    """A stored round whose first section was answered by two people, and its database's URL."""
    url = f"sqlite:///{tmp_path / 'authors.db'}"
    store = Store(url)
    ent = store.add_enterprise(Enterprise(name="杭州示例家电有限公司"))
    aid = store.new_assessment(ent.id, date(2026, 1, 5)).id
    with acting(Actor(name="王丽 <b>QA</b>", role="admin")):
        v = store.set_response(aid, 1, Response(item="1.1.1", result="met")).version
    with acting(Actor(name="李明", role="admin")):
        v = store.set_response(aid, v, Response(item="1.1.2", result="not_met", samples=None)).version
        v = store.set_response(aid, v, Response(item="1.1.1", result="not_met")).version
        store.clear_response(aid, v, "1.1.2")
    entries = store.audit_trail(assessment_id=aid)
    stored = store.get_assessment(aid)
    catalog = store.catalog(stored.assessment.catalog.id, stored.assessment.catalog.version)
    store.close()
    return {"url": url, "id": aid, "assessment": stored.assessment, "catalog": catalog, "entries": entries}


def _sections(data) -> dict:
    return {i.id: i.authorship for i in data.indicators()}


def test_each_section_names_who_answered_it_and_who_changed_it_last(answered):
    data = build_report(answered["catalog"], answered["assessment"], today=REPORT_DATE, lang="en",
                        history=answered["entries"], zone=CST)
    line = _sections(data)["1.1"]
    assert re.fullmatch(r"Answered by 王丽 <b>QA</b>, 李明 · Last changed by 李明, \d+ \w{3} \d{4} \d\d:\d\d UTC\+08:00",
                        line), line
    assert _sections(data)["1.2"] == "", "nobody touched the second section"
    zh = build_report(answered["catalog"], answered["assessment"], today=REPORT_DATE, lang="zh",
                      history=answered["entries"], zone=CST)
    assert _sections(zh)["1.1"].startswith("作答人：王丽 <b>QA</b>，李明 · 最后修改：李明，")


def test_without_an_audit_trail_the_sections_name_nobody(answered):
    data = build_report(answered["catalog"], answered["assessment"], today=REPORT_DATE, lang="en")
    assert not any(_sections(data).values())
    assert 'class="authorship"' not in render_html(data)


def test_the_names_are_escaped_in_the_html(answered):
    html = render_html(build_report(answered["catalog"], answered["assessment"], today=REPORT_DATE, lang="en",
                                    history=answered["entries"], zone=CST))
    assert "王丽 &lt;b&gt;QA&lt;/b&gt;" in html and "<b>QA</b>" not in html


def test_the_command_line_report_of_a_stored_round_names_who_answered(answered, tmp_path, capsys):
    out = tmp_path / "r.html"
    code = main(["--db", answered["url"], "report", str(answered["id"]), "--html", str(out), "--lang", "en"])
    capsys.readouterr()
    assert code == 0
    assert "Answered by 王丽 &lt;b&gt;QA&lt;/b&gt;, 李明 · Last changed by 李明" in out.read_text(encoding="utf-8")
