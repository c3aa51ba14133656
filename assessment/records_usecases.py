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


class SampleRefused(ValueError):
    """A sample that cannot be drawn or written where asked (the message says why); nothing was saved."""


SAMPLE_NOTE_MARK = "[records sample]"


def sample_period(rule_months: int, today: date) -> tuple[date, date]:
    """The last `rule_months` months up to today (the catalog's sampling period)."""
    index = today.year * 12 + today.month - 1 - rule_months
    start = date(index // 12, index % 12 + 1, 1)
    return start, today


def draw_sample(store: Store, enterprise_id: int, *, kind: str, seed: int, today: date, n: Optional[int] = None,
                date_from: Optional[date] = None, date_to: Optional[date] = None, catalog=None,
                item_id: Optional[str] = None):
    """A reproducible sample of the enterprise's records; its size is `n`, else the catalog item's rule."""
    from .records.sampling import draw

    profile = profile_of(store, enterprise_id)
    rule = catalog.item(item_id).records if (catalog is not None and item_id) else None
    frame = store.service_records(enterprise_id, kind)
    if rule is not None and date_from is None and date_to is None:
        date_from, date_to = sample_period(rule.months, today)
    if n is None:
        from .records.kpi import select

        population = len(select(frame, kind, date_from, date_to, profile.records.time_zone))
        n = rule.size(population) if rule is not None else 10
    return draw(frame, profile.time_limits, kind=kind, n=n, seed=seed, today=today, date_from=date_from,
                date_to=date_to, time_zone=profile.records.time_zone, working_time=profile.records.working_time)


def apply_sample(store: Store, enterprise_id: int, assessment_id: int, item_id: str, sample, *, today: date,
                 lang: str = "zh", expected_version: Optional[int] = None):
    """Write a drawn sample into the sampled item of the assessment: samples, failed samples, met when none
    failed (partial otherwise), and the sample's record ids and each failure's reason in the item's note (an
    earlier sample's lines replaced, the rest of the note kept). Refuses another enterprise's assessment, an
    unknown item, an item not judged by sampling and an empty sample (SampleRefused); one versioned save (against
    `expected_version` when the caller holds one: StaleAssessment if the assessment changed since)."""
    from .models import Response

    found = store.get_assessment(assessment_id)
    if found.enterprise_id != enterprise_id:
        raise SampleRefused(f"assessment {assessment_id} belongs to enterprise {found.enterprise_id}, not to "
                            f"enterprise {enterprise_id}; nothing was saved")
    catalog = store.catalog(found.assessment.catalog.id, found.assessment.catalog.version)
    try:
        item = catalog.item(item_id)
    except KeyError:
        raise SampleRefused(f"item {item_id!r} is not in catalog {catalog.id} {catalog.version}") from None
    if item.method != "sampled":
        raise SampleRefused(f"item {item_id} is not judged by sampling (its method is {item.method}); "
                            "nothing was saved")
    if not sample.records:
        raise SampleRefused(f"no {sample.kind} records in the period: nothing to sample; nothing was saved")
    old = found.assessment.response_map().get(item_id)
    note = _note_with_sample(old.note if old else "", sample, today, lang)
    failed = sample.failed
    response = Response(item=item_id, result="met" if failed == 0 else "partial", samples=len(sample.records),
                        failed_samples=failed, note=note,
                        evidence=old.evidence if old else ())
    return store.set_response(assessment_id, found.version if expected_version is None else expected_version,
                              response)


def _note_with_sample(note: str, sample, today: date, lang: str) -> str:
    from .vocabulary import term

    kept = [line for line in note.splitlines() if not line.startswith(SAMPLE_NOTE_MARK)]
    while kept and not kept[-1].strip():
        kept.pop()
    head = (f"{SAMPLE_NOTE_MARK} {today.isoformat()} kind={sample.kind} seed={sample.seed} "
            f"n={len(sample.records)} of {sample.population}, failed={sample.failed}: "
            + ", ".join(r.id for r in sample.records))
    lines = [head] + [
        f"{SAMPLE_NOTE_MARK} {r.id} ({r.received_at}): " + "; ".join(term(f"record.reason.{c}", lang) for c in r.reasons)
        for r in sample.records if not r.passed]
    return "\n".join(kept + ([""] if kept else []) + lines)


def supplier_report(store: Store, enterprise_id: int, *, month: date, today: date) -> dict:
    """`records suppliers`: per supplier, the measures its rules call for (SampleRefused-like ValueError when the
    profile has no supplier rules)."""
    from .records.suppliers import supplier_measures

    profile = profile_of(store, enterprise_id)
    if profile.rules.suppliers is None:
        raise ValueError(f"enterprise {enterprise_id} has no supplier rules in its service profile (they apply to "
                         "sellers and market organisers)")
    frame = store.service_records(enterprise_id)
    result = supplier_measures(frame, profile.rules.suppliers, profile.time_limits, month=month, today=today,
                               time_zone=profile.records.time_zone, working_time=profile.records.working_time)
    return {"enterprise_id": enterprise_id, **result}
