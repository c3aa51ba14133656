"""What is due on a day and who hears of it (assessment/reminders.py), the words (reminder_words.py) and the
message (reminder_mail.py): pure, no database, no network."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email import message_from_bytes, policy

import pytest
from icalendar import Calendar

from assessment import reminder_words
from assessment.cycle import certificate_events
from assessment.models import Certificate, CorrectiveAction, Enterprise
from assessment.reminder_mail import BadAddress, address, build_message
from assessment.reminders import (Contact, DueItem, Planned, Recipient, action_items, certificate_items, plan,
                                  recipients, stage_of)
from criteria import default_catalog

LEADS = (90, 30, 7)
RULES = default_catalog().cycle
NOW = datetime(2026, 12, 2, 6, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("days_left, overdue, stage", [
    (91, False, None), (90, False, "90"), (60, False, "90"), (31, False, "90"), (30, False, "30"), (8, False, "30"),
    (7, False, "7"), (1, False, "7"), (0, False, "0"), (-1, True, "overdue1"), (-7, True, "overdue1"),
    (-8, True, "overdue2"), (-91, True, "overdue13"), (-92, True, None), (0, True, "overdue1"),
])
def test_an_item_is_reminded_at_the_tightest_lead_time_reached_then_on_the_day_then_weekly(days_left, overdue, stage):
    assert stage_of(days_left, LEADS, overdue) == stage


def _cert(issued: date) -> Certificate:
    return Certificate(number="CSC-1", issued_on=issued, level="four_star")


def test_a_surveillance_audit_thirty_days_away_is_reminded_at_the_30_day_stage():
    cert = _cert(date(2026, 1, 1))  # first surveillance due 2027-01-01
    today = date(2026, 12, 2)
    items = certificate_items(5, "甲公司", cert.number, certificate_events(cert, today, RULES), LEADS, today)
    assert [(i.kind, i.due_on, i.stage, i.days_left) for i in items] == [
        ("surveillance", date(2027, 1, 1), "30", 30)]
    assert items[0].key.endswith(":30") and items[0].key.startswith("surveillance:5:CSC-1:1:2027-01-01")


def test_an_overdue_surveillance_and_an_open_recertification_window_are_reminded():
    cert = _cert(date(2023, 6, 1))  # expires 2026-06-01; window opened before; surveillances not done
    today = date(2026, 3, 10)
    items = certificate_items(1, "乙", cert.number, certificate_events(cert, today, RULES), LEADS, today)
    kinds = {(i.kind, i.stage) for i in items}
    assert ("recertification_window", "open") in kinds
    assert ("expiry", "90") in kinds
    assert all(i.overdue for i in items if i.kind == "surveillance")


def test_an_expired_certificate_is_reminded_weekly_then_no_more():
    cert = _cert(date(2023, 1, 1))  # expired 2026-01-01
    first = certificate_items(1, "丙", "C", certificate_events(cert, date(2026, 1, 1), RULES), LEADS, date(2026, 1, 1))
    assert [i.stage for i in first if i.kind == "expiry"] == ["overdue1"]
    late = date(2026, 6, 1)
    assert [i for i in certificate_items(1, "丙", "C", certificate_events(cert, late, RULES), LEADS, late)
            if i.kind == "expiry"] == []


def test_open_actions_with_a_due_date_are_reminded_closed_ones_and_undated_ones_are_not():
    today = date(2026, 12, 2)
    actions = (CorrectiveAction(item="1.1.1", description="修订制度。", owner="质量部", due_on=date(2026, 12, 9)),
               CorrectiveAction(item="1.1.2", description="已完成", due_on=date(2026, 12, 3), status="done", done_on=today),
               CorrectiveAction(item="1.1.3", description="无期限"),
               CorrectiveAction(item="1.1.4", description="逾期", due_on=date(2026, 11, 20), status="in_progress"),
               CorrectiveAction(item="1.1.5", description="今天到期", due_on=today))
    items = action_items(3, "丁", 42, actions, LEADS, today)
    assert [(i.ref, i.stage, i.days_left) for i in items] == [("42/1", "7", 7), ("42/4", "overdue2", -12),
                                                              ("42/5", "0", 0)]
    assert items[0].item == "1.1.1" and items[0].owner == "质量部"
    assert items[0].key != action_items(3, "丁", 42, (actions[0].model_copy(update={"description": "另一项"}),),
                                        LEADS, today)[0].key


def test_recipients_merge_one_address_and_a_users_language_wins():
    found = recipients([
        Contact("QM@Example.com", "en", frozenset({1})),
        Contact("qm@example.com", "es", frozenset({2}), "Ana", is_user=True),
        Contact("boss@example.com", "zh", frozenset({2})),
        Contact("", "zh", frozenset({3})),
        Contact("nobody@example.com", "zh", frozenset()),
    ])
    assert found == [Recipient("boss@example.com", "zh", "", frozenset({2})),
                     Recipient("qm@example.com", "es", "Ana", frozenset({1, 2}))]


def _item(eid: int, name: str, stage: str = "30", days: int = 30, kind: str = "surveillance") -> DueItem:
    return DueItem(kind, eid, name, date(2027, 1, 1), days, stage, f"C-{eid}")


def test_one_message_per_recipient_lists_all_their_enterprises_and_nothing_already_sent():
    a, b = _item(1, "A 公司"), _item(2, "B 公司", "overdue1", -3)
    rs = [Recipient("x@example.com", "zh", "", frozenset({1, 2})), Recipient("y@example.com", "en", "", frozenset({2})),
          Recipient("z@example.com", "es", "", frozenset({9}))]
    msgs = plan([b, a], rs, {"y@example.com": {b.key}}, sent_today=())
    assert [(m.recipient.email, [i.enterprise_id for i in m.items], m.skipped) for m in msgs] == [
        ("x@example.com", [1, 2], False)]


def test_a_recipient_already_sent_today_is_skipped_and_keeps_the_items_for_tomorrow():
    a = _item(1, "A")
    msgs = plan([a], [Recipient("x@example.com", "zh", "", frozenset({1}))], {}, sent_today=["X@example.com"])
    assert [(m.recipient.email, m.skipped, m.items) for m in msgs] == [("x@example.com", True, (a,))]


# --- words -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("key", reminder_words.keys())
def test_every_reminder_word_has_three_languages_with_the_same_placeholders(key):
    rows = reminder_words._WORDS[key]
    assert len(rows) == 3 and all(r.strip() for r in rows)
    assert len({tuple(sorted(re.findall(r"{(\w+)}", r))) for r in rows}) == 1


@pytest.mark.parametrize("lang, expected", [
    ("zh", "2027-01-01（还有 30 天）：第 1 次监督审核（证书 C-1）"),
    ("en", "2027-01-01 (in 30 days): Surveillance audit 1 (certificate C-1)"),
    ("es", "2027-01-01 (dentro de 30 días): Auditoría de seguimiento 1 (certificado C-1)"),
])
def test_an_item_reads_in_the_recipients_language(lang, expected):
    assert reminder_words.line(_item(1, "A"), lang) == expected


# --- the message ---------------------------------------------------------------------------------------------------

HOSTILE = "恶意公司\r\nBcc: victim@example.com\r\n<script>alert(1)</script>"


def _message(lang: str = "en", name: str = HOSTILE):
    items = (_item(1, name), DueItem("action", 1, name, date(2026, 12, 1), -1, "overdue1", "7/1",
                                     description="Fix <b>it</b>\nBcc: x@y.z", owner="QA"))
    planned = Planned(Recipient("qm@example.com", lang, "Ana\r\nBcc: evil@example.com", frozenset({1})), items)
    return build_message(planned, sender=address("GB/T 27922 <noreply@example.com>", "MAIL_FROM"),
                         today=date(2026, 12, 2), now=NOW)


def test_the_message_has_its_headers_a_text_an_html_part_and_a_calendar_attachment():
    msg = message_from_bytes(_message("es").as_bytes(), policy=policy.default)
    assert msg["To"] == "qm@example.com" and msg["From"] == "GB/T 27922 <noreply@example.com>"
    assert msg["Subject"] == "Recordatorios GB/T 27922 del 2026-12-02: 2 asuntos"
    assert msg["Message-ID"].endswith("@example.com>") and msg["Date"]
    assert msg["Content-Language"] == "es"
    text = msg.get_body(("plain",)).get_content()
    assert "Hola, Ana Bcc: evil@example.com:" in text and "con 1 día de retraso" in text
    ics = [p for p in msg.iter_attachments() if p.get_content_type() == "text/calendar"]
    assert len(ics) == 1 and ics[0].get_param("method") == "PUBLISH" and ics[0].get_filename() == "reminders.ics"
    cal = Calendar.from_ical(ics[0].get_content())
    events = cal.walk("VEVENT")
    assert [e.decoded("dtstart") for e in events] == [date(2027, 1, 1), date(2026, 12, 1)]
    assert str(cal["method"]) == "PUBLISH"


def test_an_enterprise_name_with_line_breaks_and_html_injects_no_header_and_no_markup():
    raw = _message().as_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert b"Bcc" not in head and b"victim" not in head and b"evil" not in head
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg.get_all("Bcc") is None
    page = msg.get_body(("html",)).get_content()
    assert "<script>" not in page and "&lt;script&gt;" in page and "<b>it</b>" not in page


@pytest.mark.parametrize("bad", ["", "not an address", "a@b", "a@example.com, b@example.com",
                                 "x@example.com\r\nBcc: y@example.com", "<>"])
def test_a_sender_that_is_not_one_address_is_refused(bad):
    with pytest.raises(BadAddress, match="MAIL_FROM"):
        address(bad, "MAIL_FROM")


@pytest.mark.parametrize("bad", ["x", "x@", "@example.com", "a b@example.com", "a@example.com\nBcc: b@example.com",
                                 "a@example", "a@example.com,b@example.com"])
def test_an_enterprise_contact_email_must_be_one_address(bad):
    with pytest.raises(ValueError, match="contact_email|e-mail"):
        Enterprise(name="甲", contact_email=bad)
    assert Enterprise(name="甲", contact_email="qm@example.com.cn").contact_email == "qm@example.com.cn"
