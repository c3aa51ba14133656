"""Service records in the store: an import upserts by (enterprise, kind, id) in one unit of work and reports what
was new, updated and unchanged, so re-importing the same or an updated export never duplicates; reads return the
data frame the pure record functions (`assessment.records`) work on. pandas is imported only here, when used."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Optional
from zoneinfo import ZoneInfo

from sqlalchemy import String, cast, delete, func, insert, select, update

from .audit_trail import note
from .enterprises import enterprise_row
from .errors import MAX_ID, checked_id
from .tables import RecordMappingRow, ServiceRecordRow, utcnow

_VALUES = ("received_at", "acknowledged_at", "resolved_at", "category", "product", "supplier", "channel", "outlet",
           "satisfied", "note", "extra")
_CHUNK = 5000


@dataclass(frozen=True)
class ImportCounts:
    new: int
    updated: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged

    def to_dict(self) -> dict:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged}


class RecordRoom:
    def upsert_records(self, enterprise_id: int, frame, *, dry_run: bool = False) -> ImportCounts:
        """Store the validated records of `frame` (`assessment.records.validation.validate`) for the enterprise:
        new ones inserted, changed ones updated, equal ones left. With `dry_run` nothing is written."""
        checked_id("enterprise", enterprise_id)
        rows = _rows(frame)
        if dry_run:
            with self.reading() as session:
                enterprise_row(session, enterprise_id)
                new, changed, same = _plan(session, enterprise_id, rows)
            return ImportCounts(len(new), len(changed), same)
        with self.unit_of_work() as session:
            enterprise_row(session, enterprise_id)
            new, changed, same = _plan(session, enterprise_id, rows)
            now = utcnow()
            for start in range(0, len(new), _CHUNK):
                session.execute(insert(ServiceRecordRow),
                                [{**r, "enterprise_id": enterprise_id, "imported_at": now}
                                 for r in new[start:start + _CHUNK]])
            for start in range(0, len(changed), _CHUNK):
                session.execute(update(ServiceRecordRow), changed[start:start + _CHUNK])
            if new or changed:
                note(session, "records.import", "records", enterprise_id, enterprise_id=enterprise_id,
                     after={"new": len(new), "changed": len(changed), "unchanged": same})
        return ImportCounts(len(new), len(changed), same)

    def service_records(self, enterprise_id: int, kind: Optional[str] = None, *, extra: bool = False):
        """The enterprise's records as a data frame (times as UTC timestamps), oldest first; the columns kept on
        purpose (`extra`) only when asked. Times are read as text and parsed by pandas in one pass: converting
        100,000 rows one datetime at a time would cost seconds."""
        import pandas as pd

        times = ("received_at", "acknowledged_at", "resolved_at")
        names = ["id", "kind", *(c for c in _VALUES if c != "extra" or extra)]
        columns = [ServiceRecordRow.record_id, ServiceRecordRow.kind]
        for c in names[2:]:
            column = getattr(ServiceRecordRow, c)
            columns.append(cast(column, String) if c in times else column)
        with self.reading() as session:
            enterprise_row(session, checked_id("enterprise", enterprise_id))
            query = select(*columns).where(ServiceRecordRow.enterprise_id == enterprise_id)
            if kind is not None:
                query = query.where(ServiceRecordRow.kind == kind)
            rows = session.connection().execute(query.order_by(ServiceRecordRow.received_at,
                                                               ServiceRecordRow.id)).fetchall()
        values = list(zip(*rows)) if rows else [()] * len(names)
        frame = pd.DataFrame({name: list(column) for name, column in zip(names, values)})
        for column in times:
            frame[column] = pd.to_datetime(frame[column], format="ISO8601").dt.tz_localize("UTC") if len(frame) \
                else pd.Series([], dtype="datetime64[ns, UTC]")
        for column in ("id", "kind", "category", "product", "supplier", "channel", "outlet", "note"):
            frame[column] = frame[column].fillna("").astype("string")
        frame["satisfied"] = frame["satisfied"].astype("boolean")
        return frame

    def count_records(self, enterprise_id: int) -> dict[str, int]:
        """How many records of each kind the enterprise has."""
        if not isinstance(enterprise_id, int) or not 1 <= enterprise_id <= MAX_ID:
            return {}  # no enterprise can have that id (PostgreSQL would refuse to compare it)
        with self.reading() as session:
            rows = session.execute(select(ServiceRecordRow.kind, func.count()).where(
                ServiceRecordRow.enterprise_id == enterprise_id).group_by(ServiceRecordRow.kind))
            return {kind: n for kind, n in rows}

    def delete_records(self, enterprise_id: int, kind: Optional[str] = None) -> int:
        with self.unit_of_work() as session:
            enterprise_row(session, checked_id("enterprise", enterprise_id))
            query = delete(ServiceRecordRow).where(ServiceRecordRow.enterprise_id == enterprise_id)
            if kind is not None:
                query = query.where(ServiceRecordRow.kind == kind)
            removed = session.execute(query).rowcount or 0
            note(session, "records.delete", "records", kind or "all", enterprise_id=enterprise_id,
                 before={"records": removed, "kind": kind})
            return removed

    # -- the mapping kept for the next import -------------------------------------------------------------------

    def record_mapping(self, enterprise_id: int):
        """The column mapping the enterprise's last import used (None before the first)."""
        from pydantic import ValidationError

        from ..records.mapping import ColumnMapping

        with self.reading() as session:
            row = session.get(RecordMappingRow, checked_id("enterprise", enterprise_id))
            if row is None:
                return None
            try:
                return ColumnMapping.model_validate(row.data)
            except (ValidationError, TypeError, ValueError):
                return None  # a hand-edited row: the defaults apply again

    def save_record_mapping(self, enterprise_id: int, mapping) -> None:
        with self.unit_of_work() as session:
            enterprise_row(session, checked_id("enterprise", enterprise_id))
            row = session.get(RecordMappingRow, enterprise_id)
            data = mapping.model_dump(mode="json")
            note(session, "records.mapping", "records", "mapping", enterprise_id=enterprise_id,
                 before=None if row is None else row.data, after=data)
            if row is None:
                session.add(RecordMappingRow(enterprise_id=enterprise_id, data=data))
            elif row.data != data:
                row.data, row.saved_at = data, utcnow()


def local_day_bounds(day_from: Optional[date], day_to: Optional[date], zone: str):
    """UTC datetimes (naive) of the local midnights starting `day_from` and ending `day_to`."""
    tz = ZoneInfo(zone)

    def midnight(d: date) -> datetime:
        return datetime.combine(d, time.min, tz).astimezone(timezone.utc).replace(tzinfo=None)

    return (midnight(day_from) if day_from else None,
            midnight(day_to + timedelta(days=1)) if day_to else None)


def _rows(frame) -> list[dict]:
    """The frame as plain dicts with naive UTC datetimes (what the table stores)."""
    columns: dict[str, list] = {"record_id": frame["id"].astype(str).tolist(),
                                "kind": frame["kind"].astype(str).tolist()}
    for c in ("received_at", "acknowledged_at", "resolved_at"):
        series = frame[c].dt.tz_convert("UTC").dt.tz_localize(None)
        columns[c] = [None if missing else t.to_pydatetime() for t, missing in zip(series, series.isna())]
    for c in ("category", "product", "supplier", "channel", "outlet", "note"):
        columns[c] = frame[c].fillna("").astype(str).tolist() if c in frame else [""] * len(frame)
    satisfied = frame["satisfied"]
    columns["satisfied"] = [None if missing else bool(v) for v, missing in zip(satisfied, satisfied.isna())]
    extra = frame["extra"] if "extra" in frame else [None] * len(frame)
    columns["extra"] = [v if isinstance(v, dict) else None for v in extra]
    names = list(columns)
    return [dict(zip(names, values)) for values in zip(*(columns[n] for n in names))]


def _plan(session, enterprise_id: int, rows: list[dict]):
    """(rows to insert, updates by primary key, how many are unchanged)."""
    kinds = sorted({r["kind"] for r in rows})
    existing: dict[tuple[str, str], tuple] = {}
    if kinds:
        query = select(ServiceRecordRow.id, ServiceRecordRow.kind, ServiceRecordRow.record_id,
                       *(getattr(ServiceRecordRow, c) for c in _VALUES)) \
            .where(ServiceRecordRow.enterprise_id == enterprise_id, ServiceRecordRow.kind.in_(kinds))
        for pk, kind, record_id, *values in session.execute(query):
            existing[(kind, record_id)] = (pk, tuple(values))
    new, changed, same = [], [], 0
    for row in rows:
        found = existing.get((row["kind"], row["record_id"]))
        if found is None:
            new.append(row)
            continue
        pk, values = found
        if tuple(row[c] for c in _VALUES) == tuple(_normal(c, v) for c, v in zip(_VALUES, values)):
            same += 1
        else:
            changed.append({"id": pk, **{c: row[c] for c in _VALUES}})
    return new, changed, same


def _normal(column: str, value):
    """A stored value as `_rows` writes it (an empty text may come back as None from some databases)."""
    if column in ("category", "product", "supplier", "channel", "outlet", "note"):
        return value or ""
    return value
