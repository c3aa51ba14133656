"""What a user does with service records, across the store and the pure record functions: import a company's
export (all rows checked before anything is written), see performance against the profile's limits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from .profile import ServiceProfile, default_profile
from .records.kpi import kpi
from .records.mapping import ColumnMapping
from .records.reading import RawTable
from .records.validation import validate
from .store import Store
from .store.service_records import ImportCounts


@dataclass(frozen=True)
class RecordImport:
    counts: ImportCounts
    mapping: ColumnMapping
    columns: dict[str, str]  # field -> the file's header used
    time_zone: str
    dry_run: bool


def profile_of(store: Store, enterprise_id: int) -> ServiceProfile:
    """The enterprise's current service profile, else the defaults for its kind."""
    saved = store.service_profile(enterprise_id)
    return saved.profile if saved else default_profile(store.get_enterprise(enterprise_id).enterprise.kind)


def import_records(store: Store, enterprise_id: int, table: RawTable, *, kind: Optional[str] = None,
                   mapping: Optional[ColumnMapping] = None, dry_run: bool = False) -> RecordImport:
    """Check every row of `table` and upsert the records (RecordsInvalid, nothing stored, when a row is wrong).
    A mapping given is kept for the enterprise's next import; without one, the kept one (else the defaults)."""
    profile = profile_of(store, enterprise_id)
    given = mapping is not None
    mapping = mapping or store.record_mapping(enterprise_id) or ColumnMapping()
    zone = mapping.time_zone or profile.records.time_zone
    frame = validate(table, mapping, kind=kind, time_zone=zone)
    counts = store.upsert_records(enterprise_id, frame, dry_run=dry_run)
    if given and not dry_run:
        store.save_record_mapping(enterprise_id, mapping)
    return RecordImport(counts, mapping, mapping.resolve(table.headers), zone, dry_run)


def record_kpi(store: Store, enterprise_id: int, *, today: date, kind: Optional[str] = None,
               date_from: Optional[date] = None, date_to: Optional[date] = None) -> dict:
    """The `records kpi` object for the enterprise, judged by its own profile's limits and settings."""
    profile = profile_of(store, enterprise_id)
    frame = store.service_records(enterprise_id, kind)
    result = kpi(frame, profile.time_limits, today=today, kind=kind, date_from=date_from, date_to=date_to,
                 time_zone=profile.records.time_zone, working_time=profile.records.working_time)
    return {"enterprise_id": enterprise_id, **result}
