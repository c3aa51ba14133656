"""The manual as plain data: built once (`reports.manual.build`), rendered twice (Word and PDF).

Every string here is final text in the manual's language: renderers only lay it out. User text sits in these
strings as it was typed; each renderer keeps it inert (python-docx writes it as XML text, Jinja2 escapes it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union


@dataclass(frozen=True)
class Paragraph:
    text: str
    # body: running text; note: a remark in smaller type; signature: a right-aligned signature or date line
    style: Literal["body", "note", "signature"] = "body"


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    """A table; `blank_rows` empty rows follow the data rows (a form to fill in by hand).
    `widths` are relative column widths (None: equal)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    caption: str = ""
    blank_rows: int = 0
    widths: tuple[int, ...] | None = None


@dataclass(frozen=True)
class Fields:
    """A form's header lines: label, then a blank (or a value) to fill in, several to a line."""

    pairs: tuple[tuple[str, str], ...]


Block = Union[Paragraph, Bullets, Table, Fields]


@dataclass(frozen=True)
class Section:
    """A numbered second-level heading (`number` like "4.2") and its blocks; an empty title: no heading."""

    number: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class ItemRef:
    """A catalog item a chapter serves: its id, its indicator's name and its requirement."""

    id: str
    indicator: str
    requirement: str


@dataclass(frozen=True)
class Chapter:
    """A numbered chapter. `key` is stable across languages (tests and the app find chapters by it);
    `items` are the catalog items it serves (shown at its end under `Manual.labels['items_served']`)."""

    key: str
    number: str
    title: str
    intro: tuple[Block, ...] = ()
    sections: tuple[Section, ...] = ()
    items: tuple[ItemRef, ...] = ()


@dataclass(frozen=True)
class Form:
    """An appendix form: a real table with a code (e.g. "QR-01") and a title."""

    key: str
    code: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class RecordNeed:
    """An item a manual cannot satisfy alone: the records to keep for it."""

    item: ItemRef
    records: tuple[str, ...]


@dataclass(frozen=True)
class Manual:
    lang: str  # zh, en or es
    company: str
    title: str  # 售后服务手册
    subtitle: str  # the standards it follows
    draft_notice: str  # plainly a draft for the company to review and adopt
    document: tuple[tuple[str, str], ...]  # cover table: (label, value) of number, version, issue date, approver
    header_text: str  # page header: company name and document number
    page_of: str  # "第 {page} 页，共 {pages} 页": filled by each renderer's own page fields
    revision: Table  # the revision record
    chapters: tuple[Chapter, ...]
    forms: tuple[Form, ...]
    records: tuple[RecordNeed, ...]
    labels: dict[str, str] = field(default_factory=dict)  # contents, items_served, appendix, records, ...

    def chapter(self, key: str) -> Chapter:
        for chapter in self.chapters:
            if chapter.key == key:
                return chapter
        raise KeyError(key)
