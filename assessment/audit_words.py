"""The audit trail in words: each entry as one short line (who, when, what was done to what, before → after) in
zh, en or es, for the app's history panels, the report and the command line.

Pure: the entries, the language, the time zone and the current year are parameters. User text (names, notes,
descriptions) comes back as plain text inside the line's fields: the caller escapes it for its output (Markdown
in the app, HTML autoescaping in the report). Result and status words come from the vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from typing import Any, Iterable, Optional

from .formatting import clip
from .vocabulary import LANGS, label, term

_WORDS: dict[str, tuple[str, str, str]] = {
    # key: (zh, en, es)
    # what was done (the entry's action)
    "do.assessment.create": ("创建了评价", "created the assessment", "creó la evaluación"),
    "do.assessment.delete": ("删除了评价", "deleted the assessment", "eliminó la evaluación"),
    "do.assessment.save": ("保存了评价", "saved the assessment", "guardó la evaluación"),
    "do.assessment.header": ("修改了评价信息", "changed the assessment details", "cambió los datos de la evaluación"),
    "do.item.answer": ("回答了", "answered", "respondió"),
    "do.item.clear": ("清除了回答", "cleared the answer", "borró la respuesta"),
    "do.finding.add": ("新增了特别扣分", "added a special deduction", "añadió una deducción especial"),
    "do.finding.change": ("修改了特别扣分", "changed a special deduction", "cambió una deducción especial"),
    "do.finding.remove": ("删除了特别扣分", "removed a special deduction", "quitó una deducción especial"),
    "do.finding.bonus": ("修改了特别加分", "changed the special bonus", "cambió la bonificación especial"),
    "do.action.add": ("新增了整改措施", "added a corrective action", "añadió una acción correctiva"),
    "do.action.change": ("修改了整改措施", "changed a corrective action", "cambió una acción correctiva"),
    "do.action.remove": ("删除了整改措施", "removed a corrective action", "quitó una acción correctiva"),
    # what it was done to (the entry's target)
    "on.item": ("条款 {key}", "item {key}", "ítem {key}"),
    "on.action": ("第 {key} 项整改措施", "corrective action {key}", "acción correctiva {key}"),
    "on.header": ("评价信息", "assessment details", "datos de la evaluación"),
    "on.assessment": ("评价", "the assessment", "la evaluación"),
    # the values
    "partial": ("{result}（抽样 {samples}，不合格 {failed}）", "{result} ({failed} of {samples} failed)",
                "{result} ({failed} de {samples} fallidas)"),
    "quote": ("「{text}」", "“{text}”", "«{text}»"),
    "none": ("—", "—", "—"),
    "note": ("备注：{text}", "note: {text}", "nota: {text}"),
    "note_removed": ("删除了备注", "note removed", "nota borrada"),
    "reason": ("理由：{text}", "reason: {text}", "motivo: {text}"),
    "evidence_changed": ("证据勾选已修改", "evidence ticks changed", "evidencias marcadas cambiadas"),
    "reverified": ("已复核，结果不变", "re-verified unchanged", "reverificada sin cambios"),
    "separator": ("；", "; ", "; "),
    "line": ("{actor}，{at}：{text}", "{actor}, {at}: {text}", "{actor}, {at}: {text}"),
    "zone": ("时间为 {zone}", "Times in {zone}", "Horas en {zone}"),
    "do.reminder.sent": ("发送了提醒邮件", "sent a reminder e-mail", "envió un correo de recordatorio"),
    "do.reminder.failed": ("提醒邮件发送失败", "could not send a reminder e-mail",
                           "no pudo enviar un correo de recordatorio"),
}
WORDS = _WORDS  # read by the tests (complete, and no term of the vocabulary worded again)

ARROW = " → "
_TEXT_CELLS = 40  # how much of a note or a description a line quotes


def word(name: str, lang: str, **fmt: Any) -> str:
    row = _WORDS[name]
    text = row[LANGS.index(lang)] if lang in LANGS else row[0]
    return text.format(**fmt) if fmt else text


@dataclass(frozen=True)
class Line:
    """One entry in words. `actor` and `change` may hold user text (plain): escape them where they are shown."""

    at: str  # the time in the caller's time zone (see clock)
    actor: str
    action: str  # what was done: "answered"
    target: str  # to what: "item 2.4.1", "Special deduction 2"; "" for the assessment itself
    change: str  # before → after, briefly; "" when there is nothing to compare

    def text(self, lang: str) -> str:
        """The line as plain text: "王丽，12-02 14:02：不符合 → 符合"."""
        what = self.change or " ".join(p for p in (self.action, self.target) if p)
        return word("line", lang, actor=self.actor, at=self.at, text=what)


# -- time -------------------------------------------------------------------------------------------------------


def local(at: datetime, tz: tzinfo) -> datetime:
    """An entry's time (naive UTC, as the store keeps it) in `tz`."""
    return (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone(tz)


_MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
           "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")}


def clock(at: datetime, tz: tzinfo, year: Optional[int] = None, lang: str = "zh") -> str:
    """The time in `tz`, its year left out when it is `year`: "12-02 14:02" (zh, month first, as Chinese dates
    read), "2 Dec 14:02" (en), "2 dic 14:02" (es); "2025-12-02 14:02", "2 Dec 2025 14:02" in another year."""
    moment = local(at, tz)
    this_year = moment.year == year
    if lang not in _MONTHS:
        return moment.strftime("%m-%d %H:%M" if this_year else "%Y-%m-%d %H:%M")
    day = f"{moment.day} {_MONTHS[lang][moment.month - 1]}" + ("" if this_year else f" {moment.year}")
    return f"{day} {moment:%H:%M}"


def zone_name(tz: tzinfo, at: Optional[datetime] = None) -> str:
    """"UTC" or "UTC+08:00": the offset of `tz` (at `at`, else now)."""
    moment = local(at, tz) if at is not None else datetime.now(tz)
    offset = moment.utcoffset()
    if not offset:
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def zone_caption(tz: tzinfo, lang: str) -> str:
    return word("zone", lang, zone=zone_name(tz))


# -- values -----------------------------------------------------------------------------------------------------


def _quote(text: str, lang: str) -> str:
    return word("quote", lang, text=clip(text, _TEXT_CELLS))


def answer_text(value: Optional[dict], lang: str) -> str:
    """An item's answer as stored in an entry: its result ("符合"), a partial one with its samples; unanswered."""
    if not value:
        return term("result.unanswered", lang)
    code = f"result.{value.get('result')}"
    result = term(code, lang) if code in _RESULTS else str(value.get("result", "?"))
    if value.get("result") == "partial" and value.get("samples") is not None:
        return word("partial", lang, result=result, samples=value["samples"], failed=value.get("failed_samples", 0))
    return result


_RESULTS = {f"result.{r}" for r in ("met", "not_met", "partial", "excluded")}


def _answer_change(before: Optional[dict], after: Optional[dict], lang: str) -> str:
    b, a = before or {}, after or {}
    parts = []
    if answer_text(before, lang) != answer_text(after, lang):
        parts.append(answer_text(before, lang) + ARROW + answer_text(after, lang))
    elif b.get("to_reverify") and not a.get("to_reverify"):
        parts.append(word("reverified", lang))
    if b.get("justification", "") != a.get("justification", "") and a.get("justification"):
        parts.append(word("reason", lang, text=_quote(a["justification"], lang)))
    if b.get("note", "") != a.get("note", ""):
        parts.append(word("note", lang, text=_quote(a["note"], lang)) if a.get("note") else word("note_removed", lang))
    if tuple(b.get("evidence", ())) != tuple(a.get("evidence", ())) and before and after:
        parts.append(word("evidence_changed", lang))
    return word("separator", lang).join(parts)


def _described(value: Optional[dict], lang: str, status: bool = False) -> str:
    if not value:
        return word("none", lang)
    text = _quote(str(value.get("description", "")), lang)
    if status:
        text += " · " + term(f"action_status.{value.get('status', 'open')}", lang)
    return text


def _header_change(before: Optional[dict], after: Optional[dict], lang: str) -> str:
    b, a = before or {}, after or {}
    parts = [label(field, lang) + " " + (str(b.get(field)) or word("none", lang)) + ARROW
             + (str(a.get(field)) or word("none", lang))
             for field in ("assessed_on", "assessor") if b.get(field) != a.get(field)]
    return word("separator", lang).join(parts)


def value_text(target: str, value: Any, lang: str) -> str:
    """One unit's value as an entry holds it (a StaleItem's `value` too), in words."""
    if target == "item":
        return answer_text(value, lang)
    if target == "finding":
        return _described(value, lang)
    if target == "action":
        return _described(value, lang, status=True)
    if target == "assessment" and isinstance(value, dict):
        return word("separator", lang).join(f"{label(k, lang)} {v}" for k, v in value.items()
                                            if k in ("assessed_on", "assessor") and v)
    return ""


def change_text(target: str, before: Any, after: Any, lang: str) -> str:
    """before → after, briefly: "不符合 → 符合", "“old text” → “new text”"; "" when there is nothing to compare."""
    if target == "item":
        return _answer_change(before, after, lang)
    if target == "assessment" and (isinstance(before, dict) or isinstance(after, dict)) and (
            {"assessor", "assessed_on"} & set((before or {}) | (after or {}))) and before and after:
        return _header_change(before, after, lang)
    if target in ("finding", "action"):
        status = target == "action"
        b, a = _described(before, lang, status), _described(after, lang, status)
        if before and after and before.get("description") == after.get("description"):
            if status:  # the same action: its status (or its owner, dates) changed
                b = term(f"action_status.{before.get('status', 'open')}", lang)
                a = term(f"action_status.{after.get('status', 'open')}", lang)
            if b == a:
                return ""
        return b + ARROW + a
    return ""


# -- entries ----------------------------------------------------------------------------------------------------


def action_text(action: str, lang: str) -> str:
    """What an entry's action did, in words; an action without words (another kind of write) as its code."""
    key = f"do.{action}"
    return word(key, lang) if key in _WORDS else action.replace("_", " ")


def target_text(target: str, key: str, lang: str) -> str:
    """What an entry changed: "条款 2.4.1", "第 2 项特别扣分", "特别加分", "评价信息"; "" for a whole assessment."""
    if target == "item":
        return word("on.item", lang, key=key)
    if target == "finding":
        return term("score.special_bonus", lang) if key == "bonus" else label("action.deduction_n", lang).format(n=key)
    if target == "action":
        return word("on.action", lang, key=key)
    if target == "assessment":
        return word("on.header", lang) if key == "header" else ""
    if target == "reminder":
        return key  # the recipient's address
    return f"{target} {key}".strip()


def line(entry, lang: str, tz: tzinfo, year: Optional[int] = None) -> Line:
    """An audit entry (store.AuditEntry, or anything with its fields) in words."""
    return Line(at=clock(entry.at, tz, year, lang), actor=entry.actor, action=action_text(entry.action, lang),
                target=target_text(entry.target, entry.target_key, lang),
                change=change_text(entry.target, entry.before, entry.after, lang))


def lines(entries: Iterable, lang: str, tz: tzinfo, year: Optional[int] = None) -> list[Line]:
    """The entries in words, newest first."""
    return [line(e, lang, tz, year) for e in sorted(entries, key=lambda e: (e.at, e.id), reverse=True)]
