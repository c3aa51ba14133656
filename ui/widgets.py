"""Small display helpers shared by pages: safe text, stars, translated codes, the score panel."""

from __future__ import annotations

import html
import re
from typing import Optional

import streamlit as st

from assessment.formatting import clip, display_width, one_line
from assessment.cycle import EVENT_KINDS as EVENT_CODES
from assessment.models import DEDUCTION_CATEGORIES
from criteria.schema import RECORD_KINDS as RECORD_KIND_CODES
from assessment.reasons import reason_label
from assessment.scoring import Result
from assessment.store import StoredAssessment
from assessment.vocabulary import term
from criteria import Catalog

from ui.i18n import N_, _, cl, day, ngettext, num

# Markdown (and Streamlit's :directive[...] / :shortcode: syntax) must never interpret user text.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$=^&])")
# What GitHub-flavoured Markdown turns into a link even when escaped: "scheme://", "www." and "name@host".
_AUTOLINK = re.compile(r"(?i)(?<=:)(?=//)|(?<=www)(?=\.)|(?=@)")
WORD_JOINER = "\u2060"  # invisible; it only stops the link


def md(text: str, limit: Optional[int] = None) -> str:
    """User or file text made inert for st.markdown (and the labels, help and alerts Streamlit renders as
    Markdown): every markup character escaped, no automatic link, optionally shortened."""
    text = text if limit is None or len(text) <= limit else text[: limit - 1] + "…"
    text = " ".join(text.split())  # no headings, lists or code blocks from line structure
    return _MD_SPECIAL.sub(r"\\\1", _AUTOLINK.sub(WORD_JOINER, text))


def esc(text: str) -> str:
    """User text for HTML we build ourselves (badges): escaped."""
    return html.escape(text, quote=True)


short = one_line  # the pages' name for it: user text on one line, shortened

_TOKENS = re.compile(r"\s+|[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+")


def wrap_label(text: str, width: int = 18, lines: int = 3) -> list[str]:
    """`text` broken into at most `lines` lines of about `width` cells (between words, or between CJK
    characters), the last line shortened with '…' when the text does not fit."""
    out: list[str] = []
    line = ""
    for token in _TOKENS.findall(" ".join(text.split())):
        if token.isspace():
            line += " " if line else ""
            continue
        if line.strip() and display_width(line + token) > width:
            out.append(line.rstrip())
            line = token
        else:
            line += token
    out.append(line.rstrip())
    if len(out) > lines:
        out = out[: lines - 1] + [clip(" ".join(out[lines - 1:]), width)]
    return out


def stars(n: int, most: Optional[int] = None) -> str:
    """`n` filled stars, padded with empty ones up to `most` (the catalog's top level: `Catalog.max_stars`)."""
    return "★" * n + "☆" * max(0, (most or n) - n) if n > 0 else ""


def level_stars(catalog: Catalog, level_id: Optional[str]) -> int:
    """The stars of a level of the catalog; 0 for none, for 'not passed' and for an id the catalog does not have."""
    by_id = {lv.id: lv.stars for lv in catalog.rules.levels}
    return by_id.get(level_id, 0) if level_id else 0


def level_text(catalog: Catalog, level_id: Optional[str]) -> str:
    """Stars and the level's name in the catalog's words: '★★★★☆ 四星级'."""
    if not level_id:
        return "—"
    try:
        name = catalog.level_name(level_id, cl())
    except KeyError:
        name = level_id
    s = stars(level_stars(catalog, level_id), catalog.max_stars)
    return f"{s} {name}".strip()


# How each scoring method counts, in the app's own words (the method's name is the vocabulary's "method.*").
METHODS = {"qualitative": N_("Qualitative: all or nothing"), "sampled": N_("Sampled: in proportion to the samples")}
EVIDENCE_ICONS = {
    "document": ":material/description:",
    "record": ":material/folder_open:",
    "onsite": ":material/factory:",
    "interview": ":material/forum:",
}


class Terms(dict):
    """Codes of one group of domain terms, worded by `assessment.vocabulary` in the UI language (through `label`)."""

    def __init__(self, group: str, codes):
        super().__init__({code: f"{group}.{code}" for code in codes})


# Domain terms: one wording in the app, the workbook and the report.
CATEGORIES = Terms("deduction", DEDUCTION_CATEGORIES)
STATUSES = Terms("status", ("done", "upcoming", "due_soon", "overdue", "open", "passed"))
CERT_STATES = Terms("certificate", ("valid", "surveillance_overdue", "expired"))
RESULTS = Terms("result", ("met", "not_met", "partial", "excluded"))
EVIDENCE_KINDS = Terms("evidence", ("document", "record", "onsite", "interview"))
EVENT_KINDS = Terms("event", EVENT_CODES)
KINDS = Terms("enterprise", ("producer", "seller"))
RECORD_KINDS = Terms("record", RECORD_KIND_CODES)


def answered_text(answered: int, total: int) -> str:
    """'12 of 44 items answered', with the plural the total takes in the session's language."""
    return ngettext("{answered} of {total} item answered", "{answered} of {total} items answered", total,
                    answered=answered, total=total)


def unanswered_warning(n: int) -> str:
    return ngettext("Provisional: {n} item is unanswered and counts as not met.",
                    "Provisional: {n} items are unanswered and count as not met.", n)


def too_many_deductions(n: int, limit: int) -> str:
    return ngettext("{n} special deduction: a grade needs fewer than {limit}",
                    "{n} special deductions: a grade needs fewer than {limit}", n, limit=limit)


def label(table: dict[str, str], code: Optional[str], **values) -> str:
    if code is None:
        return "—"
    key = table.get(code)
    if not key:
        return code
    return term(key, cl(), **values) if isinstance(table, Terms) else _(key, **values)


def reason_text(catalog: Catalog, reason: str, result: Optional[Result] = None) -> str:
    """The sentence for an ineligible reason, a scoring note or a path reason, in the UI language (inert Markdown)."""
    return md(reason_label(reason, cl(), catalog, result))


def event_title(kind: str, sequence: int) -> str:
    return label(EVENT_KINDS, kind, n=sequence)


def score_panel(stored: StoredAssessment, result: Result, catalog: Catalog) -> None:
    """The running score in the sidebar: always visible while an assessment is open."""
    a = stored.assessment
    total = len(result.items)
    answered = total - len(result.unanswered)
    with st.sidebar:
        st.divider()
        st.markdown(f"**{md(a.enterprise.name, 60)}**")
        st.caption(_("Assessment of {date}", date=day(a.assessed_on)) + (f" · {md(a.assessor, 40)}" if a.assessor else ""))
        st.metric(_("Final score"), num(result.final, catalog.rules.rounding.decimals))
        st.markdown(f"### {md(level_text(catalog, result.level))}")
        if result.unanswered:
            st.caption(ngettext("Provisional: {n} of {total} item unanswered", "Provisional: {n} of {total} items unanswered",
                                total, n=len(result.unanswered), total=total))
        st.progress(answered / total if total else 0.0, text=answered_text(answered, total))
        if result.next_level and result.points_to_next_level is not None:
            st.caption(
                _("{points} points to {level}", points=num(result.points_to_next_level, 1), level=md(catalog.level_name(result.next_level, cl())))
            )


EMPTY = "—"


def data_table(data, **kwargs):
    """st.dataframe with an empty cell shown as '—' (Streamlit writes the English word "None" in it); a table
    without rows is not drawn (Streamlit writes "empty" across it), and then None is returned."""
    if len(data) == 0:
        return None
    kwargs.setdefault("placeholder", EMPTY)
    return st.dataframe(data, **kwargs)


def fixed_labels(options, fn):
    """A format_func with the labels computed now, in this run's language (AppTest and the browser may call a
    format_func outside the script run, where the session's language is not known)."""
    mapping = {o: fn(o) for o in options}
    return mapping.__getitem__
