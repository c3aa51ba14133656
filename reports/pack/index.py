"""The pack's index as plain data: the cover (enterprise, dates, score and level) and, per indicator, each item
with its answer and its files (path in the pack, size, SHA-256), claims without proof marked. Pure: the PDF and the
workbook are rendered from it, and tests read it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping, Sequence

from assessment.formatting import num
from assessment.models import Assessment
from assessment.pack.names import evidence_path, safe_component, unique_name
from assessment.proof import unproven_claims
from assessment.scoring import Result
from assessment.store import EvidenceRecord
from assessment.vocabulary import label, level_label
from criteria import Catalog

from .texts import size_text, words


@dataclass(frozen=True)
class IndexFile:
    path: str
    size: int
    size_text: str
    sha256: str
    to_reverify: bool = False

    @property
    def sha_prefix(self) -> str:
        return self.sha256[:12]


@dataclass(frozen=True)
class IndexItem:
    id: str
    requirement: str
    answer: str
    unproven: bool
    files: tuple[IndexFile, ...]


@dataclass(frozen=True)
class IndexIndicator:
    id: str
    name: str
    items: tuple[IndexItem, ...]


@dataclass(frozen=True)
class PackIndex:
    lang: str
    words: Mapping[str, str]
    enterprise: str
    credit_code: str
    assessed_on: date
    made_on: date
    catalog: str
    score: str
    level: str
    file_count: int
    total_size: str
    unproven_count: int
    indicators: tuple[IndexIndicator, ...]


def evidence_paths(catalog: Catalog, records: Iterable[EvidenceRecord], lang: str) -> dict[int, str]:
    """Evidence id -> its path in the pack: evidence/<indicator id> <name>/<item id>/<file name>, every part safe,
    two files of one item never under one name (`name (2).pdf`)."""
    folders = {item.id: f"{ind.id} {ind.name.get(lang)}" for _, ind, item in catalog.iter_items()}
    taken: dict[str, set[str]] = {}
    paths = {}
    for r in records:
        name = unique_name(safe_component(r.filename, fallback="file"), taken.setdefault(r.item, set()))
        paths[r.id] = evidence_path(folders.get(r.item, "_"), r.item, name)
    return paths


def build_index(catalog: Catalog, assessment: Assessment, result: Result, records: Sequence[EvidenceRecord],
                paths: Mapping[int, str], lang: str, made_on: date) -> PackIndex:
    W = words(lang)
    responses = assessment.response_map()
    by_item: dict[str, list[IndexFile]] = {}
    for r in records:
        by_item.setdefault(r.item, []).append(IndexFile(paths[r.id], r.size, size_text(r.size, lang), r.sha256,
                                                        r.to_reverify))
    unproven = set(unproven_claims(catalog, assessment, {k: len(v) for k, v in by_item.items()}))
    indicators = []
    for area in catalog.areas:
        for ind in area.indicators:
            items = []
            for item in ind.items:
                resp = responses.get(item.id)
                answer = label(f"result.{resp.result if resp else 'unanswered'}", lang)
                items.append(IndexItem(item.id, item.requirement.get(lang), answer, item.id in unproven,
                                       tuple(by_item.get(item.id, ()))))
            indicators.append(IndexIndicator(ind.id, ind.name.get(lang), tuple(items)))
    ent = assessment.enterprise
    return PackIndex(
        lang=lang, words=W, enterprise=ent.name, credit_code=ent.credit_code or "",
        assessed_on=assessment.assessed_on, made_on=made_on,
        catalog=f"{catalog.catalog.title.get(lang)} ({catalog.id} {catalog.version})",
        score=num(result.final, lang, catalog.rules.rounding.decimals),
        level=level_label(catalog, result.level, lang),
        file_count=len(records), total_size=size_text(sum(r.size for r in records), lang),
        unproven_count=len(unproven), indicators=tuple(indicators),
    )
