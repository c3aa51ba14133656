"""The certification page's "Reminder e-mails": the attempts `python -m assessment remind` logged (written here
through the store's own record_reminder), newest first, failures called out, in the user's language; a member sees
only their enterprises' e-mails; without any, how to set the job up."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.models import Enterprise
from tests.ui.conftest import make_app, no_exceptions, open_page
from ui.widgets import md

TODAY = date(2026, 6, 10)
PAGE = "ui/certification.py"
ERROR = "550 5.1.1 <li_ming@example.com>: mailbox unavailable **now**"


@pytest.fixture
def today(monkeypatch):
    import ui.state

    monkeypatch.setattr(ui.state, "today", lambda: TODAY)
    return TODAY


@pytest.fixture
def sent_log(store, certified_world, today):
    """One enterprise's e-mails: one sent a month ago, one that failed two days ago; another enterprise's e-mail."""
    ent = certified_world["enterprise"]
    other = store.add_enterprise(Enterprise(name="别家客户有限公司"))
    store.record_reminder(date(2026, 5, 11), "wang@example.com", "sent",
                          [f"action:{ent.id}:0:0:2026-06-10:30",
                           f"surveillance:{ent.id}:CSC-2025-0001:1:2026-07-01:30"],
                          [ent.id], "<m1@example.com>")
    store.record_reminder(date(2026, 6, 8), "li_ming@example.com", "failed", [f"action:{ent.id}:0:0:2026-06-10:7"],
                          [ent.id], error=ERROR)
    store.record_reminder(date(2026, 6, 9), "other@example.com", "sent", [f"action:{other.id}:0:0:2026-06-10:7"],
                          [other.id], "<m2@example.com>")
    return {"enterprise": ent, "other": other}


def _logs(at) -> list:
    """The reminder e-mails table(s) on the page (the events table is the other one)."""
    return [d.value for d in at.dataframe if "recipient" in d.value.columns]


def _log(at) -> list[dict]:
    [table] = _logs(at)
    return table.to_dict("records")


@pytest.mark.parametrize("lang, heading, sent, failed, warning", [
    ("zh_CN", "提醒邮件", "已发送", "发送失败", "最近 7 天内，发给 {who} 的 1 封提醒邮件未能发出"),
    ("en", "Reminder e-mails", "Sent", "Not sent", "1 reminder e-mail to {who} could not be sent in the last 7 days"),
])
def test_the_page_lists_the_reminder_e_mails_newest_first_with_the_failure_called_out(
        sent_log, lang, heading, sent, failed, warning):
    at = open_page(make_app(lang), PAGE)
    no_exceptions(at)
    assert heading in [h.value for h in at.subheader]
    rows = _log(at)
    assert [(r["day"].date(), r["recipient"], r["status"]) for r in rows] == [
        (date(2026, 6, 9), "other@example.com", sent),
        (date(2026, 6, 8), "li_ming@example.com", failed),
        (date(2026, 5, 11), "wang@example.com", sent),
    ]
    newest, failure, older = rows
    assert failure["enterprises"] == "杭州示例家电有限公司" and failure["items"] == 1
    assert failure["error"] == ERROR  # as the server wrote it: the table draws text, not Markdown
    assert older["items"] == 2 and older["error"] == ""
    assert newest["enterprises"] == "别家客户有限公司"
    # the failure stands out above the table, the recipient escaped for Markdown
    [alert] = [w.value for w in at.warning if "li\\_ming" in w.value]
    assert alert.startswith(warning.format(who=md("li_ming@example.com")))
    assert any("python \\-m assessment remind" in c.value for c in at.caption)


def test_one_enterprise_in_view_shows_only_its_e_mails(sent_log):
    at = make_app("en")
    at.query_params["e"] = str(sent_log["enterprise"].id)
    at = open_page(at, PAGE)
    no_exceptions(at)
    assert [r["recipient"] for r in _log(at)] == ["li_ming@example.com", "wang@example.com"]


def test_a_member_sees_only_the_e_mails_about_their_enterprises(sent_log, db_url):
    from tests.ui.conftest import ensure_user

    ensure_user(db_url, "member@example.com", "member", "成员", (sent_log["other"].id,))
    at = open_page(make_app("en", signed_in="member@example.com"), PAGE)
    no_exceptions(at)
    assert [r["recipient"] for r in _log(at)] == ["other@example.com"]
    assert not [w for w in at.warning if "could not be sent" in w.value]  # the failure was about another client


def test_an_old_failure_is_in_the_table_but_not_called_out(store, certified_world, today):
    ent = certified_world["enterprise"]
    store.record_reminder(date(2026, 6, 3), "late@example.com", "failed", [f"action:{ent.id}:0:0:2026-06-01:0"],
                          [ent.id], error="timed out")
    at = open_page(make_app("en"), PAGE)
    assert [r["status"] for r in _log(at)] == ["Not sent"]
    assert not [w for w in at.warning if "could not be sent" in w.value]


def test_a_failure_followed_by_a_sent_e_mail_is_not_called_out(store, sent_log):
    ent = sent_log["enterprise"]
    store.record_reminder(date(2026, 6, 9), "li_ming@example.com", "sent", [f"action:{ent.id}:0:0:2026-06-10:7"],
                          [ent.id], "<m5@example.com>")
    at = open_page(make_app("en"), PAGE)
    assert [r["status"] for r in _log(at) if r["recipient"] == "li_ming@example.com"] == ["Sent", "Not sent"]
    assert not [w for w in at.warning if "could not be sent" in w.value]


@pytest.mark.parametrize("lang, empty, section", [
    ("zh_CN", "最近 90 天内没有提醒邮件记录。", "README.md 中“Reminders by e-mail”一节"),
    ("en", "No reminder e-mail in the last 90 days.", "the section “Reminders by e-mail” of README.md"),
    ("es", "En los últimos 90 días no consta ningún correo de recordatorio.",
     "«Reminders by e-mail» de README.md"),
])
def test_without_any_e_mail_the_page_says_how_to_set_the_job_up(certified_world, today, lang, empty, section):
    at = open_page(make_app(lang), PAGE)
    no_exceptions(at)
    assert _logs(at) == []
    [info] = [i.value for i in at.info if "remind" in i.value]
    assert info.startswith(empty) and section in info
    assert "python \\-m assessment remind" in info and "SMTP_URL" in info and "http" not in info
