"""One day's reminder message for one recipient, built with the standard library's `email` package: subject and
body in the recipient's language (plain text, with an escaped HTML alternative) and an iCalendar attachment
(METHOD:PUBLISH) with one all-day event per item.

Headers go through `email.policy.SMTP`, which encodes non-ASCII text and refuses a header value holding a line
break, and no header ever carries user text: the enterprise names and action descriptions live in the body only.
"""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from itertools import groupby
from typing import Iterable

from . import reminder_words as words
from .reminders import DueItem, Planned


class BadAddress(ValueError):
    """MAIL_FROM or a recipient that is not one plain e-mail address."""


def address(text: str, what: str) -> Address:
    """`name@example.com` or `Name <name@example.com>` as an Address; BadAddress naming `what` otherwise."""
    from email.headerregistry import HeaderRegistry

    value = (text or "").strip()
    if not value or any(ord(c) < 32 or c == "\x7f" for c in value):
        raise BadAddress(f"{what}: {text!r} is not an e-mail address")
    try:
        header = HeaderRegistry()("To", value)
        found = [a for g in header.groups for a in g.addresses]
    except (ValueError, IndexError, TypeError):
        found = []
    if len(found) != 1 or not found[0].username or "." not in found[0].domain or header.defects:
        raise BadAddress(f"{what}: {text!r} is not one e-mail address (write name@example.com)")
    return found[0]


def build_message(planned: Planned, *, sender: Address, today: date, now: datetime) -> EmailMessage:
    """The message of `planned` (its recipient, language and items), from `sender`, dated `now`."""
    lang, items = planned.recipient.language, planned.items
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = words.subject(len(items), today, lang)
    msg["From"] = sender
    msg["To"] = address(planned.recipient.email, "recipient")
    msg["Date"] = format_datetime(now.astimezone(timezone.utc))
    msg["Message-ID"] = make_msgid("reminder", domain=sender.domain or None)
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to a robot
    msg.set_content(plain_text(planned, lang))
    msg.add_alternative(html_text(planned, lang), subtype="html")
    msg.add_attachment(items_ics(items, lang, now), maintype="text", subtype="calendar",
                       filename="reminders.ics", params={"method": "PUBLISH"})
    msg["Content-Language"] = {"zh": "zh-CN", "en": "en", "es": "es"}.get(lang, "zh-CN")  # after the parts
    return msg


def _by_enterprise(items: Iterable[DueItem]):
    return groupby(items, key=lambda i: (i.enterprise_name, i.enterprise_id))


def plain_text(planned: Planned, lang: str) -> str:
    lines = [words.greeting(planned.recipient.name, lang), "", words.word("intro", lang)]
    for (name, _), group in _by_enterprise(planned.items):
        lines += ["", f"■ {' '.join(name.split())}"]
        lines += [f"  - {words.line(i, lang)}" for i in group]
    lines += ["", words.word("attachment", lang), "", "-- ", words.word("footer", lang)]
    return "\n".join(lines) + "\n"


def html_text(planned: Planned, lang: str) -> str:
    esc = html.escape
    parts = [f'<!DOCTYPE html><html lang="{esc(lang)}"><head><meta charset="utf-8"></head><body>',
             f"<p>{esc(words.greeting(planned.recipient.name, lang))}</p>", f"<p>{esc(words.word('intro', lang))}</p>"]
    for (name, _), group in _by_enterprise(planned.items):
        parts.append(f"<h3>{esc(name)}</h3><ul>")
        for i in group:
            style = ' style="color:#b00020"' if i.overdue else ""
            parts.append(f"<li{style}>{esc(words.line(i, lang))}</li>")
        parts.append("</ul>")
    parts += [f"<p>{esc(words.word('attachment', lang))}</p>",
              f'<p style="color:#666;font-size:small">{esc(words.word("footer", lang))}</p></body></html>']
    return "\n".join(parts) + "\n"


def items_ics(items: Iterable[DueItem], lang: str, now: datetime) -> bytes:
    """An iCalendar file (METHOD:PUBLISH) with one all-day event per item; each event's UID stays the same from
    one message to the next, so a calendar that imports a later file updates the event instead of adding one."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//gbt27922-toolkit//reminders//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", words.word("calendar.name", lang))
    for item in items:
        ev = Event()
        ev.add("uid", f"{item.uid}@gbt27922-toolkit")
        ev.add("dtstamp", now.astimezone(timezone.utc))
        ev.add("dtstart", item.due_on)
        ev.add("dtend", item.due_on + timedelta(days=1))
        ev.add("summary", f"{' '.join(item.enterprise_name.split())}: {words.title(item, lang)}")
        ev.add("description", words.line(item, lang))
        ev.add("categories", ["GB/T 27922", item.kind])
        cal.add_component(ev)
    return cal.to_ical()
