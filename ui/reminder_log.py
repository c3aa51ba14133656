"""The certification page's "Reminder e-mails": what the scheduled `python -m assessment remind` job sent, or
failed to send, to each enterprise's contact and assigned users (store.reminder_history), newest first.

Recipients and errors come from outside (addresses typed in, mail servers' replies): they are shown in the table
(st.dataframe draws text as text) and, in the failure warning, escaped for Markdown."""

from __future__ import annotations

from typing import Optional

import pandas as pd
import streamlit as st

from assessment.store.reminder_history import (FAILURE_DAYS, HISTORY_DAYS, HISTORY_LIMIT, ReminderAttempt,
                                               unresolved_failures)

from ui import state
from ui.i18n import _, ngettext
from ui.widgets import data_table, md

COMMAND = "python -m assessment remind"
README_SECTION = "Reminders by e-mail"
NAMED = 5  # recipients named in the failure warning at most


def status_text(attempt: ReminderAttempt) -> str:
    return _("Sent") if attempt.status == "sent" else _("Not sent")


def enterprise_names(attempt: ReminderAttempt, names: dict[int, str]) -> str:
    """The enterprises an attempt was about, by name (one deleted since: its number)."""
    return _(", ").join(names.get(i) or _("Enterprise #{id} (deleted)", id=i) for i in attempt.enterprise_ids)


def failures_ui(attempts: list[ReminderAttempt]) -> None:
    failed = unresolved_failures(attempts, state.today())
    if not failed:
        return
    recipients = list(dict.fromkeys(a.recipient for a in failed))
    named = _(", ").join(md(r, 80) for r in recipients[:NAMED])
    if len(recipients) > NAMED:
        named = _("{names} and {n} more", names=named, n=len(recipients) - NAMED)
    st.warning(ngettext("{n} reminder e-mail to {recipients} could not be sent in the last {days} days, and none has "
                        "gone out to them since. The next run tries again; the reason is in the table below.",
                        "{n} reminder e-mails to {recipients} could not be sent in the last {days} days, and none has "
                        "gone out to them since. The next run tries again; the reasons are in the table below.",
                        len(failed), days=FAILURE_DAYS, recipients=named), icon=":material/warning:")


def attempts_table(attempts: list[ReminderAttempt], names: dict[int, str]) -> None:
    rows = [{"day": a.day, "status": status_text(a), "recipient": a.recipient, "error": a.error if a.failed else "",
             "enterprises": enterprise_names(a, names), "items": a.items,
             "time": a.attempted_at.strftime("%H:%M") if a.attempted_at else ""} for a in attempts]
    # why one failed beside whom it was for; what it was about after
    df = pd.DataFrame(rows, columns=["day", "status", "recipient", "error", "enterprises", "items", "time"])
    df["day"] = pd.to_datetime(df["day"])
    data_table(df, hide_index=True, width="stretch", key="reminder_log", column_config={
        "day": st.column_config.DateColumn(_("Date"), format="YYYY-MM-DD"),
        "status": _("Status"), "recipient": _("Recipient"),
        "enterprises": st.column_config.TextColumn(_("Enterprise"), width="medium"),
        "items": st.column_config.NumberColumn(_("Items listed"),
                                               help=_("Due dates and corrective actions the e-mail listed")),
        "error": st.column_config.TextColumn(_("Reason not sent"), width="medium"),
        "time": st.column_config.TextColumn(_("Time (UTC)")),
    })


def empty_ui(scope: Optional[int]) -> None:
    """No attempt in the window: how the e-mails come about, and where the set-up is described."""
    if scope is None:
        nothing = ngettext("No reminder e-mail in the last {days} day.", "No reminder e-mail in the last {days} days.",
                           HISTORY_DAYS, days=HISTORY_DAYS)
    else:
        nothing = ngettext("No reminder e-mail about this enterprise in the last {days} day.",
                           "No reminder e-mail about this enterprise in the last {days} days.", HISTORY_DAYS,
                           days=HISTORY_DAYS)
    setup = _("Reminders go out when the scheduled job “{command}” runs: set it up to run once a day (a systemd "
              "timer or cron) with SMTP_URL and MAIL_FROM, as the section “{section}” of README.md describes. It "
              "writes to each enterprise's contact e-mail and to the users assigned to it.",
              command=md(COMMAND), section=README_SECTION)
    st.info(f"{nothing}\n\n{setup}", icon=":material/mail:")


def render(scope: Optional[int]) -> None:
    """The section, for the whole portfolio (`scope` None) or one enterprise."""
    st.subheader(_("Reminder e-mails"))
    store = state.store()
    attempts = store.reminder_history(state.today(), days=HISTORY_DAYS, limit=HISTORY_LIMIT,
                                      enterprises=None if scope is None else {scope})
    if not attempts:
        empty_ui(scope)
        return
    names = {e.id: e.name for e in store.list_enterprises(include_archived=True)}
    failures_ui(attempts)
    attempts_table(attempts, names)
    caption = ngettext("Sent by the scheduled job “{command}” to each enterprise's contact e-mail and assigned "
                       "users; the last {days} day, newest first.",
                       "Sent by the scheduled job “{command}” to each enterprise's contact e-mail and assigned "
                       "users; the last {days} days, newest first.", HISTORY_DAYS, command=md(COMMAND),
                       days=HISTORY_DAYS)
    if len(attempts) >= HISTORY_LIMIT:
        caption += "\n\n" + _("Only the latest {n} are shown.", n=HISTORY_LIMIT)
    st.caption(caption)
