"""The reminder e-mails in words: subject, greeting, one line per item, the calendar's titles, in zh, en or es.

Pure. User text (enterprise names, action descriptions, owners) comes back as plain text inside the lines: the
HTML part escapes it, the e-mail headers are encoded by the `email` package (reminder_mail.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .reminders import DueItem
from .vocabulary import LANGS, label

_WORDS: dict[str, tuple[str, str, str]] = {
    # key: (zh, en, es)
    "subject.one": ("【GB/T 27922】{day} 待办提醒：1 项", "GB/T 27922 reminder for {day}: 1 item",
                    "Recordatorio GB/T 27922 del {day}: 1 asunto"),
    "subject.many": ("【GB/T 27922】{day} 待办提醒：{n} 项", "GB/T 27922 reminders for {day}: {n} items",
                     "Recordatorios GB/T 27922 del {day}: {n} asuntos"),
    "hello": ("您好：", "Hello,", "Hola:"),
    "hello.name": ("{name}，您好：", "Hello {name},", "Hola, {name}:"),
    "intro": ("以下 GB/T 27922-2011 售后服务认证周期事项和整改措施即将到期或已经逾期，请及时安排：",
              "The following GB/T 27922-2011 after-sales service certification dates and corrective actions are "
              "coming up or overdue; please plan for them:",
              "Las siguientes fechas de la certificación del servicio posventa GB/T 27922-2011 y acciones "
              "correctivas se acercan o ya han vencido; le rogamos que las tenga en cuenta:"),
    "certificate": ("证书 {number}", "certificate {number}", "certificado {number}"),
    "action": ("整改措施：{description}", "Corrective action: {description}", "Acción correctiva: {description}"),
    "action.item": ("条款 {item}", "item {item}", "ítem {item}"),
    "action.owner": ("负责人：{owner}", "owner: {owner}", "responsable: {owner}"),
    "when.open": ("{day} 起（已开始，证书 {end} 到期）", "since {day} (open now; the certificate expires on {end})",
                  "desde el {day} (ya abierta; el certificado caduca el {end})"),
    "when.expired": ("{day}（已到期）", "{day} (expired)", "{day} (caducado)"),
    "when.today": ("{day}（今天）", "{day} (today)", "{day} (hoy)"),
    "when.tomorrow": ("{day}（明天）", "{day} (tomorrow)", "{day} (mañana)"),
    "when.days": ("{day}（还有 {n} 天）", "{day} (in {n} days)", "{day} (dentro de {n} días)"),
    "when.overdue_one": ("{day}（已逾期 1 天）", "{day} (1 day overdue)", "{day} (con 1 día de retraso)"),
    "when.overdue_days": ("{day}（已逾期 {n} 天）", "{day} ({n} days overdue)", "{day} (con {n} días de retraso)"),
    "attachment": ("附件 reminders.ics 为上述事项的日历文件，可导入 Outlook、Google 日历等日历应用。",
                   "The attached reminders.ics holds these dates for Outlook, Google Calendar or any other "
                   "calendar application.",
                   "El archivo adjunto reminders.ics contiene estas fechas para Outlook, Google Calendar u otra "
                   "aplicación de calendario."),
    "footer": ("本邮件由 GB/T 27922 售后服务自评工具自动发送，每位收件人每天最多一封，请勿直接回复。",
               "This message was sent automatically by the GB/T 27922 after-sales service self-assessment "
               "toolkit, at most once a day per recipient. Please do not reply to it.",
               "Este mensaje lo ha enviado automáticamente la herramienta de autoevaluación del servicio posventa "
               "GB/T 27922, como máximo uno al día por destinatario. Le rogamos que no responda a él."),
    "calendar.name": ("GB/T 27922 待办提醒", "GB/T 27922 reminders", "Recordatorios GB/T 27922"),
    # the command line's report of a run
    "run.sent": ("已发送", "sent", "enviado"),
    "run.failed": ("失败", "failed", "fallido"),
    "run.skipped": ("已跳过（今天已发过）", "skipped (already sent today)", "omitido (ya enviado hoy)"),
    "run.dry_run": ("将发送（试运行）", "would send (dry run)", "se enviaría (simulación)"),
    "run.items": ("{n} 项", "{n} item(s)", "{n} asunto(s)"),
    "run.nothing": ("{day}：没有需要发送的提醒。", "{day}: no reminder to send.", "{day}: no hay recordatorios que enviar."),
    "run.summary": ("{day}：已发送 {sent}，失败 {failed}，跳过 {skipped}。",
                    "{day}: {sent} sent, {failed} failed, {skipped} skipped.",
                    "{day}: {sent} enviados, {failed} fallidos, {skipped} omitidos."),
    "run.busy": ("{day}：另一个提醒任务自 {since} 起正在运行（主机 {host}，进程 {pid}），由它发送提醒；"
                 "本次运行不发送任何邮件。",
                 "{day}: another reminder run has been in progress since {since} (host {host}, process {pid}) and "
                 "sends the reminders; this run sends nothing.",
                 "{day}: otra ejecución de recordatorios está en curso desde el {since} (equipo {host}, proceso "
                 "{pid}) y es la que envía los recordatorios; esta ejecución no envía nada."),
    "run.retry": ("发送失败的邮件未记为已发送，下次运行时将重试。", "The failed messages are not marked sent: the next "
                  "run tries them again.", "Los mensajes fallidos no se marcan como enviados: la próxima ejecución "
                  "vuelve a intentarlo."),
}


def word(key: str, lang: str, **fmt: Any) -> str:
    row = _WORDS[key]
    text = row[LANGS.index(lang)] if lang in LANGS else row[0]
    return text.format(**fmt) if fmt else text


def keys() -> tuple[str, ...]:
    return tuple(_WORDS)


def subject(count: int, day: date, lang: str) -> str:
    return word("subject.one" if count == 1 else "subject.many", lang, n=count, day=day.isoformat())


def greeting(name: str, lang: str) -> str:
    name = " ".join(name.split())  # one line whatever the stored name holds
    return word("hello.name", lang, name=name) if name else word("hello", lang)


def title(item: DueItem, lang: str) -> str:
    """What is due: "第 1 次监督审核", "Corrective action: …"."""
    if item.kind == "action":
        return word("action", lang, description=_phrase(item.description))
    return label(f"event.{item.kind}", lang).format(n=item.sequence)


def when(item: DueItem, lang: str) -> str:
    """The due date and how far away it is, or how long overdue."""
    day = item.due_on.isoformat()
    if item.kind == "recertification_window" and item.stage == "open":
        return word("when.open", lang, day=day, end=(item.ends_on or item.due_on).isoformat())
    if item.kind == "expiry" and item.overdue:
        return word("when.expired", lang, day=day)
    if item.days_left == 0:
        return word("when.today", lang, day=day)
    if item.days_left == 1:
        return word("when.tomorrow", lang, day=day)
    if item.days_left > 1:
        return word("when.days", lang, day=day, n=item.days_left)
    if item.days_left == -1:
        return word("when.overdue_one", lang, day=day)
    return word("when.overdue_days", lang, day=day, n=-item.days_left)


def details(item: DueItem, lang: str) -> str:
    """The certificate number, or the action's item and owner ("" when there is nothing to add)."""
    if item.kind != "action":
        return word("certificate", lang, number=item.ref)
    parts = []
    if item.item:
        parts.append(word("action.item", lang, item=item.item))
    if item.owner.strip():
        parts.append(word("action.owner", lang, owner=_one_line(item.owner)))
    return ("；" if lang == "zh" else "; ").join(parts)


def line(item: DueItem, lang: str) -> str:
    """One item on one line: when, then what (and its details): "2026-12-22（还有 20 天）：第 1 次监督审核（证书 …）"."""
    extra = details(item, lang)
    sep = "：" if lang == "zh" else ": "
    text = f"{when(item, lang)}{sep}{title(item, lang)}"
    if extra:
        text += f"（{extra}）" if lang == "zh" else f" ({extra})"
    return text


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def _phrase(text: str) -> str:
    """A description as a phrase inside a line: on one line, without its closing full stop."""
    return _one_line(text).rstrip("。.；;，, ")
