"""What a user does with the store, where the rule spans more than one record: start the next round, import an
exchange file (or find that it is already stored), export a round with the certificate current at its date.

Each use case receives the store and does its writes in one unit of work. Pages and the command line call these;
the store's rooms hold single-aggregate operations only.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Optional

from criteria import Catalog

from .actions import carried_over
from .exchange import dump_assessment
from .guard import matched_enterprise, of_assessment, use_case
from .models import Assessment, CatalogRef, Enterprise
from .profile import ServiceProfile, default_profile
from .store import CertificateRecord, Store, StoredAssessment
from .store.assessments import insert_assessment
from .store.certificates import upsert_certificate
from .store.enterprises import insert_enterprise, match_enterprise
from .store.evidence import RestoredFile, link_evidence, restore_evidence
from .store.mapping import stored
from .store.profiles import current_profile_version, save_profile_in


@use_case("rounds", scope=of_assessment())
def next_round(
    store: Store,
    assessment_id: int,
    assessed_on: date,
    assessor: Optional[str] = None,
    *,
    keep_notes: bool = False,
    carry_deductions: Iterable[int] = (),
    carry_bonus: bool = False,
) -> StoredAssessment:
    """A new assessment copying the answers of `assessment_id`, each marked to be re-verified, linking last
    round's evidence files, marked to re-verify as well, and carrying over its corrective actions not done yet.

    Last round's notes are left behind unless `keep_notes`; its special deductions are carried over only
    where their positions are listed in `carry_deductions`, and its bonus only with `carry_bonus`.
    """
    prev = store.get_assessment(assessment_id)
    old = prev.assessment
    positions = sorted(set(carry_deductions))
    wrong = [p for p in positions if not 0 <= p < len(old.special_deductions)]
    if wrong:
        raise ValueError(
            f"assessment {assessment_id} has {len(old.special_deductions)} special deductions; "
            f"there is none at position {', '.join(map(str, wrong))} to carry over"
        )
    ent = store.get_enterprise(prev.enterprise_id).enterprise
    copied = old.model_copy(
        update={
            "enterprise": ent,
            "assessed_on": assessed_on,
            "assessor": old.assessor if assessor is None else assessor,
            "responses": tuple(
                r.model_copy(update={"to_reverify": True, **({} if keep_notes else {"note": ""})})
                for r in old.responses
            ),
            "special_deductions": tuple(old.special_deductions[p] for p in positions),
            "actions": carried_over(old, positions),
            "special_bonus": old.special_bonus if carry_bonus else None,
            "certificate": None,
        }
    )
    catalog = store.checked_catalog(copied)
    with store.unit_of_work() as session:  # the new round and its links to last round's files, together
        row = insert_assessment(session, prev.enterprise_id, copied, catalog, assessment_id)
        link_evidence(session, assessment_id, row.id)
        return stored(row, copied)


@use_case("rounds", scope=matched_enterprise)
def import_assessment(store: Store, assessment: Assessment) -> StoredAssessment:
    """Import an exchange-file assessment: validated against the registered catalog it names first (NotFound
    for an unknown one), then enterprise, assessment and certificate written in one unit of work. The enterprise
    is matched by credit code (else name) or created; the file's certificate is governed by the file's catalog."""
    catalog = store.checked_catalog(assessment)
    with store.unit_of_work() as session:
        return stored(_insert_imported(session, assessment, catalog), assessment)


@use_case("rounds", "evidence", scope=matched_enterprise)
def import_pack(store: Store, assessment: Assessment, files: Iterable[RestoredFile]) -> tuple[StoredAssessment, int]:
    """Import a pack: the assessment as `import_assessment` imports it and every evidence file (`files` is read
    one file at a time, inside the transaction), in ONE unit of work: a file refused (EvidenceRefused) or a
    pack found broken while reading (its reader raises) writes nothing. The stored round and the number of files."""
    catalog = store.checked_catalog(assessment)
    limit = store.evidence_limit()
    with store.unit_of_work() as session:
        row = _insert_imported(session, assessment, catalog)
        count = restore_evidence(session, row.id, catalog, files, limit)
        return stored(row, assessment), count


def _insert_imported(session, assessment: Assessment, catalog: Catalog):
    """Enterprise (matched by credit code, else name, or created), assessment, certificate and service profile."""
    ent = match_enterprise(session, assessment.enterprise) or insert_enterprise(session, assessment.enterprise)
    row = insert_assessment(session, ent.id, assessment, catalog)
    if assessment.certificate is not None:
        upsert_certificate(session, ent.id, assessment.certificate, _ref(catalog))
    if assessment.service_profile is not None:  # a new version unless it is the current one already
        save_profile_in(session, ent.id, assessment.service_profile, current_profile_version(session, ent.id))
    return row


def find_identical(store: Store, assessment: Assessment) -> Optional[StoredAssessment]:
    """The stored round that `assessment` (an exchange file) would duplicate, if any: the same enterprise
    (by credit code, else exact name), catalog and date, the same exchange-file content (responses in any
    order) and, when the file carries a certificate, that certificate already recorded as it is."""
    ent = store.find_enterprise(assessment.enterprise)
    if ent is None:
        return None
    cert = assessment.certificate
    if cert is not None and not any(
        isinstance(r, CertificateRecord) and r.certificate.number == cert.number and _same_certificate(r, cert)
        for r in store.read_certificates(ent.id)
    ):
        return None
    if assessment.service_profile is not None:
        current = store.service_profile(ent.id)
        if current is None or current.profile != assessment.service_profile:
            return None
    wanted = _content(assessment)
    for candidate in store.rounds_on(ent.id, assessment.catalog, assessment.assessed_on):
        if _content(candidate.assessment) == wanted:
            return candidate
    return None


def certificate_at(store: Store, enterprise_id: int, on: date) -> Optional[CertificateRecord]:
    """The enterprise's certificate current on `on`: the latest issued on or before that day."""
    issued = [c for c in store.list_certificates(enterprise_id) if c.certificate.issued_on <= on]
    return issued[-1] if issued else None


def export_assessment(store: Store, assessment_id: int) -> Assessment:
    """The assessment as an exchange-file value, with the enterprise's certificate current at its date and its
    current service profile."""
    found = store.get_assessment(assessment_id)
    rec = certificate_at(store, found.enterprise_id, found.assessment.assessed_on)
    cert = found.assessment.certificate or (rec.certificate if rec else None)
    profile = store.service_profile(found.enterprise_id)
    return found.assessment.model_copy(update={"certificate": cert,
                                               "service_profile": profile.profile if profile else None})


def manual_sources(store: Store, enterprise_id: int) -> tuple[ServiceProfile, Enterprise, Catalog]:
    """What the enterprise's service manual is drafted from: its current service profile (else the defaults for
    its kind), the enterprise as its latest assessment describes it (else as recorded) and that assessment's
    catalog (else the catalog new assessments use)."""
    record = store.get_enterprise(enterprise_id)
    latest = store.latest_assessment(enterprise_id)
    enterprise = latest.assessment.enterprise if latest else record.enterprise
    catalog = (store.catalog(latest.assessment.catalog.id, latest.assessment.catalog.version) if latest
               else store.default_catalog_for_new())
    saved = store.service_profile(enterprise_id)
    return (saved.profile if saved else default_profile(enterprise.kind)), enterprise, catalog


def certificate_catalog(store: Store, assessment_id: int, fallback: Catalog) -> Catalog:
    """The catalog governing the certificate that an export (a report, a calendar) of this stored assessment
    shows: that certificate's own catalog; `fallback` when the enterprise held none at the assessment's date."""
    found = store.get_assessment(assessment_id)
    rec = certificate_at(store, found.enterprise_id, found.assessment.assessed_on)
    return store.certificate_catalog(rec) if rec else fallback


def _ref(catalog: Catalog) -> CatalogRef:
    return CatalogRef(id=catalog.id, version=catalog.version)


def _same_certificate(record: CertificateRecord, cert) -> bool:
    return record.certificate.model_dump(mode="json") == cert.model_dump(mode="json")


def _content(a: Assessment) -> str:
    """An assessment's exchange-file text in a canonical form: responses by item, no certificate (certificates
    belong to the enterprise and are compared as records)."""
    ordered = sorted(a.responses, key=lambda r: r.item)
    return dump_assessment(a.model_copy(update={"responses": tuple(ordered), "certificate": None,
                                                "service_profile": None}))


def change_action_status(
    store: Store,
    assessment_id: int,
    expected_version: int,
    position: int,
    status: str,
    today: date,
    *,
    verified_by: str = "",
    note: Optional[str] = None,
    done_on: Optional[date] = None,
) -> StoredAssessment:
    """Move the action at `position` (0-based) of the plan to `status` (actions.with_status): done and verified
    keep the day it was done, or take `done_on`, else `today`; reopening clears it; verifying needs `verified_by`.
    Raises StaleItem when someone else changed that action since `expected_version`, NotFound when the plan has
    no action there, and InvalidValue (a ValueError) for a change the rules refuse; nothing is saved then."""
    from .actions import with_status
    from .store import NotFound

    current = store.get_assessment(assessment_id)
    plan = current.assessment.actions
    if isinstance(position, bool) or not isinstance(position, int) or not 0 <= position < len(plan):
        raise NotFound("corrective action", position)
    action = plan[position]
    if done_on is not None and status in ("done", "verified") and action.done_on is None:
        action = action.model_copy(update={"done_on": done_on})
    changed = with_status(action, status, today, verified_by=verified_by, note=note)
    return store.set_action(assessment_id, expected_version, position, changed)
