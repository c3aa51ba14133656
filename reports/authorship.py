"""Who answered each section (indicator) of the report and who changed it last, from the audit trail of a stored
assessment. Pure: the entries, the language's labels and the time zone are parameters."""

from __future__ import annotations

from datetime import tzinfo
from typing import Iterable, Mapping

from assessment.audit_words import clock, zone_name
from criteria import Catalog


def section_authorship(catalog: Catalog, entries: Iterable, lang: str, zone: tzinfo,
                       L: Mapping[str, str]) -> dict[str, str]:
    """Indicator id -> "Answered by 王丽, 李明 · last changed by 李明, 2 Dec 2026 14:02 UTC+08:00" for each
    indicator whose items the entries touch (audit entries of the assessment, any order; only item entries
    count). Who answered: everyone who gave one of its items an answer, in the order they first did."""
    ind_of = {item.id: ind.id for _, ind, item in catalog.iter_items()}
    answered: dict[str, dict[str, None]] = {}
    last: dict[str, object] = {}
    for e in sorted((e for e in entries if e.target == "item" and e.target_key in ind_of),
                    key=lambda e: (e.at, e.id)):
        ind = ind_of[e.target_key]
        if e.action == "item.answer":
            answered.setdefault(ind, {})[e.actor] = None
        last[ind] = e
    out: dict[str, str] = {}
    for ind, e in last.items():
        when = f"{clock(e.at, zone, None, lang)} {zone_name(zone, e.at)}"
        parts = [L["answered_by"].format(names=L["list_sep"].join(answered[ind]))] if answered.get(ind) else []
        parts.append(L["last_changed"].format(name=e.actor, time=when))
        out[ind] = " · ".join(parts)
    return out
