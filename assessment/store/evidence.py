"""Evidence files in the store: content kept once by SHA-256 (one database backup is complete, several app
replicas see the same files), attached to an item of an assessment and optionally to one of its evidence entries.
Content is checked (`assessment.evidence.media_type`) before anything is written."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Optional

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from criteria import Catalog

from .audit_trail import note as audit_note
from ..evidence import DEFAULT_MAX_BYTES, EvidenceRefused, clean_name, media_type
from .assessments import assessment_row
from .errors import NotFound, checked_id
from .records import EvidenceRecord
from .tables import EvidenceBlobRow, EvidenceFileRow

MAX_EVIDENCE_SETTING = "evidence_max_mb"  # setting: the most MB one evidence file may have
MAX_NOTE = 5000


class EvidenceRoom:
    def evidence_limit(self) -> int:
        """The most bytes one evidence file may have (the setting, else 20 MB)."""
        value = self.get_setting(MAX_EVIDENCE_SETTING)
        try:
            mb = int(value) if value is not None else 0
        except ValueError:
            mb = 0
        return mb * 1024 * 1024 if 0 < mb <= 2048 else DEFAULT_MAX_BYTES

    def add_evidence(self, assessment_id: int, item_id: str, data: bytes, filename: str,
                     entry: Optional[str] = None, note: str = "") -> EvidenceRecord:
        """Attach a file to an item: EvidenceRefused (nothing written) for a type not accepted, a name that claims
        another type, a file over the limit, an item or entry the assessment's catalog does not have."""
        kind = media_type(data, filename, self.evidence_limit())
        name = clean_name(filename, kind)
        if len(note) > MAX_NOTE:
            raise EvidenceRefused("note_too_long", f"the note is longer than {MAX_NOTE} characters")
        found = self.get_assessment(checked_id("assessment", assessment_id))
        catalog = self.catalog(found.assessment.catalog.id, found.assessment.catalog.version)
        try:
            item = catalog.item(item_id)
        except KeyError:
            raise EvidenceRefused("unknown_item", f"item {item_id!r} is not in catalog {catalog.id} "
                                                  f"{catalog.version}", item=item_id) from None
        if entry is not None and entry not in {e.id for e in item.evidence}:
            raise EvidenceRefused("unknown_entry", f"item {item_id} has no evidence entry {entry!r} (its entries: "
                                                   f"{', '.join(e.id for e in item.evidence) or 'none'})",
                                  entry=entry)
        digest = hashlib.sha256(data).hexdigest()
        with self.unit_of_work() as session:
            assessment_row(session, assessment_id)
            if session.get(EvidenceBlobRow, digest) is None:
                _store_blob(session, digest, data, kind)
            owner = assessment_row(session, assessment_id).enterprise_id
            row = EvidenceFileRow(assessment_id=assessment_id, item=item_id, entry=entry, filename=name,
                                  sha256=digest, note=note.strip())
            session.add(row)
            session.flush()
            record = _record(row, len(data), kind)
            _audit(session, "evidence.add", owner, record, after=True)
            return record

    def list_evidence(self, assessment_id: int, item_id: Optional[str] = None) -> list[EvidenceRecord]:
        with self.reading() as session:
            assessment_row(session, checked_id("assessment", assessment_id))
            return evidence_of(session, assessment_id, item_id)

    def evidence_content(self, evidence_id: int) -> tuple[EvidenceRecord, bytes]:
        with self.reading() as session:
            row = session.get(EvidenceFileRow, checked_id("evidence", evidence_id))
            if row is None:
                raise NotFound("evidence", evidence_id)
            blob = session.get(EvidenceBlobRow, row.sha256)
            return _record(row, blob.size, blob.media_type), bytes(blob.content)

    def remove_evidence(self, evidence_id: int) -> EvidenceRecord:
        """Detach a file; its content goes too when nothing else points at it."""
        with self.unit_of_work() as session:
            row = session.get(EvidenceFileRow, checked_id("evidence", evidence_id))
            if row is None:
                raise NotFound("evidence", evidence_id)
            blob = session.get(EvidenceBlobRow, row.sha256)
            record = _record(row, blob.size, blob.media_type)
            _audit(session, "evidence.remove", assessment_row(session, row.assessment_id).enterprise_id, record,
                   after=False)
            session.delete(row)
            session.flush()
            _drop_unused(session, [record.sha256])
            return record

    def confirm_evidence(self, evidence_id: int) -> None:
        """A file linked from the previous round, re-verified as still valid."""
        with self.unit_of_work() as session:
            row = session.get(EvidenceFileRow, checked_id("evidence", evidence_id))
            if row is None:
                raise NotFound("evidence", evidence_id)
            row.to_reverify = False
            audit_note(session, "evidence.confirm", "evidence", row.id, assessment_id=row.assessment_id,
                       enterprise_id=assessment_row(session, row.assessment_id).enterprise_id,
                       before={"to_reverify": True}, after={"to_reverify": False})

    def evidence_counts(self, assessment_id: int) -> dict[str, int]:
        """Item id -> number of files."""
        with self.reading() as session:
            rows = session.execute(select(EvidenceFileRow.item, func.count()).where(
                EvidenceFileRow.assessment_id == assessment_id).group_by(EvidenceFileRow.item))
            return {item: n for item, n in rows}


def _audit(session: Session, action: str, enterprise_id: int, record: EvidenceRecord, after: bool) -> None:
    value = {"item": record.item, "entry": record.entry, "filename": record.filename, "size": record.size,
             "sha256": record.sha256}
    audit_note(session, action, "evidence", record.id, enterprise_id=enterprise_id,
               assessment_id=record.assessment_id, before=None if after else value, after=value if after else None)


def evidence_of(session: Session, assessment_id: int, item_id: Optional[str] = None) -> list[EvidenceRecord]:
    query = (select(EvidenceFileRow, EvidenceBlobRow.size, EvidenceBlobRow.media_type)
             .join(EvidenceBlobRow, EvidenceBlobRow.sha256 == EvidenceFileRow.sha256)
             .where(EvidenceFileRow.assessment_id == assessment_id))
    if item_id is not None:
        query = query.where(EvidenceFileRow.item == item_id)
    return [_record(row, size, kind) for row, size, kind in session.execute(query.order_by(EvidenceFileRow.id))]


def link_evidence(session: Session, from_assessment: int, to_assessment: int) -> int:
    """Link every file of one round to the next, marked to re-verify (the content is not copied)."""
    rows = session.scalars(select(EvidenceFileRow).where(EvidenceFileRow.assessment_id == from_assessment)
                           .order_by(EvidenceFileRow.id)).all()
    for row in rows:
        session.add(EvidenceFileRow(assessment_id=to_assessment, item=row.item, entry=row.entry,
                                    filename=row.filename, sha256=row.sha256, note=row.note, to_reverify=True))
    return len(rows)


@dataclass(frozen=True)
class RestoredFile:
    """An evidence file coming back from a pack: what its row held, its content, and where it came from (named in
    refusals)."""

    item: str
    entry: Optional[str]
    filename: str
    data: bytes
    source: str
    note: str = ""
    to_reverify: bool = False
    added_at: Optional[datetime] = None
    media_type: Optional[str] = None  # what the pack says it is; refused when the content says otherwise


def restore_evidence(session: Session, assessment_id: int, catalog: Catalog, files: Iterable[RestoredFile],
                     max_bytes: int) -> int:
    """Attach every file to the assessment inside the caller's unit of work, each checked as `add_evidence` checks
    one (type by content, size, item and entry of `catalog`, note); EvidenceRefused (naming the file's source) on
    the first that fails, so the caller's transaction writes none. Content goes in by Core inserts, one file at a
    time: nothing is held in the session after it is written. The number of files attached."""
    count = 0
    for f in files:
        try:
            kind = media_type(f.data, f.filename, max_bytes)
            if f.media_type is not None and f.media_type != kind:
                raise EvidenceRefused("mismatch", f"listed as {f.media_type} but its content is {kind}")
            if len(f.note) > MAX_NOTE:
                raise EvidenceRefused("note_too_long", f"the note is longer than {MAX_NOTE} characters")
            try:
                item = catalog.item(f.item)
            except KeyError:
                raise EvidenceRefused("unknown_item", f"item {f.item!r} is not in catalog {catalog.id} "
                                                      f"{catalog.version}", item=f.item) from None
            if f.entry is not None and f.entry not in {e.id for e in item.evidence}:
                raise EvidenceRefused("unknown_entry", f"item {f.item} has no evidence entry {f.entry!r}",
                                      entry=f.entry)
        except EvidenceRefused as exc:
            raise EvidenceRefused(exc.code, f"{f.source}: {exc}", source=f.source, **exc.values) from None
        digest = hashlib.sha256(f.data).hexdigest()
        if session.scalar(select(EvidenceBlobRow.sha256).where(EvidenceBlobRow.sha256 == digest)) is None:
            _store_blob(session, digest, f.data, kind)
        values = dict(assessment_id=assessment_id, item=f.item, entry=f.entry, filename=clean_name(f.filename, kind),
                      sha256=digest, note=f.note.strip(), to_reverify=f.to_reverify)
        if f.added_at is not None:
            values["added_at"] = f.added_at
        session.execute(insert(EvidenceFileRow).values(**values))
        count += 1
    return count


def _store_blob(session: Session, digest: str, data: bytes, kind: str) -> None:
    """Store a content once. Another writer may store the same one at the same moment (two people attaching one
    file): on PostgreSQL the insert then waits for it and does nothing, instead of failing on the key."""
    statement = insert(EvidenceBlobRow)
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        statement = postgresql_insert(EvidenceBlobRow).on_conflict_do_nothing(index_elements=["sha256"])
    session.execute(statement.values(sha256=digest, size=len(data), media_type=kind, content=data))


def _drop_unused(session: Session, digests: Iterable[str]) -> None:
    for digest in set(digests):
        used = session.scalar(select(func.count()).select_from(EvidenceFileRow)
                              .where(EvidenceFileRow.sha256 == digest))
        if not used:
            blob = session.get(EvidenceBlobRow, digest)
            if blob is not None:
                session.delete(blob)


def _record(row: EvidenceFileRow, size: int, kind: str) -> EvidenceRecord:
    return EvidenceRecord(row.id, row.assessment_id, row.item, row.entry, row.filename, size, row.sha256, kind,
                          row.added_at, row.note or "", bool(row.to_reverify))
