"""Records the store returns: plain frozen values, detached from any session, each with its JSON shape."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from criteria import CycleRules

from ..cycle import CycleEvent
from ..models import Assessment, CatalogRef, Certificate, Enterprise
from ..profile import ServiceProfile


@dataclass(frozen=True)
class RegisteredCatalog:
    """A catalog the store can score against: the built-in one or one registered here."""

    id: str
    version: str
    title: str  # in the catalog's first language
    default: bool  # the one new assessments use

    def to_dict(self) -> dict:
        return {"id": self.id, "version": self.version, "title": self.title, "default": self.default}


@dataclass(frozen=True)
class EnterpriseRecord:
    id: int
    enterprise: Enterprise
    archived: bool

    @property
    def name(self) -> str:
        return self.enterprise.name

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.enterprise.name, "credit_code": self.enterprise.credit_code}


@dataclass(frozen=True)
class StoredAssessment:
    id: int
    enterprise_id: int
    version: int
    previous_id: Optional[int]
    assessment: Assessment


@dataclass(frozen=True)
class AssessmentSummary:
    id: int
    enterprise_id: int
    enterprise_name: str
    assessed_on: date
    assessor: str
    catalog_id: str
    catalog_version: str
    version: int
    previous_id: Optional[int]
    answered: int
    final: Optional[Decimal]
    level: Optional[str]
    complete: Optional[bool]
    to_reverify: int = 0  # answers copied from the previous round and not yet confirmed (the portfolio counts them)

    def to_dict(self) -> dict:
        return {
            "assessment": self.id,
            "assessed_on": self.assessed_on.isoformat() if self.assessed_on else None,
            "final": None if self.final is None else float(self.final),
            "level": self.level,
            "complete": self.complete,
        }


@dataclass(frozen=True)
class CertificateRecord:
    id: int
    enterprise_id: int
    certificate: Certificate
    catalog: CatalogRef  # the catalog whose cycle rules and levels govern this certificate


@dataclass(frozen=True)
class BadValue:
    """A stored value that cannot be used (written around the application's checks): which field, what it holds.

    field: issued_on (a certificate's issue date), audit (an audit's date), audits (the audit list itself),
    assessed_on (an assessment's date) or catalog (a certificate's catalog that cannot be read); value: the
    stored text."""

    field: str
    value: str


@dataclass(frozen=True)
class BrokenCertificate:
    """A stored certificate row that cannot be read as a certificate; it can still be corrected or deleted."""

    id: int
    enterprise_id: int
    number: str
    level: str
    problem: BadValue
    catalog: Optional[CatalogRef] = None


@dataclass(frozen=True)
class PortfolioRow:
    enterprise: EnterpriseRecord
    latest: Optional[AssessmentSummary]
    certificate: Optional[CertificateRecord]
    next_event: Optional[CycleEvent]
    certificate_state: Optional[str]
    problem: Optional[BadValue] = None  # a stored value this row could not use; the rest of the row still shows
    expires_on: Optional[date] = None  # by the cycle rules of the certificate's own catalog
    unproven_claims: Optional[int] = None  # of the latest assessment: met or partial answers without proof
    overdue_actions: Optional[int] = None  # of the latest assessment: corrective actions not done, past due

    @property
    def overdue(self) -> bool:
        return self.next_event is not None and self.next_event.status == "overdue"

    def to_dict(self) -> dict:
        """The portfolio's JSON shape (a public contract of `portfolio --json`)."""
        cert = self.certificate.certificate if self.certificate else None
        return {
            "enterprise": self.enterprise.to_dict(),
            "latest": self.latest.to_dict() if self.latest else None,
            "certificate": None if cert is None else {
                "number": cert.number,
                "level": cert.level,
                "issued_on": cert.issued_on.isoformat(),
                "expires_on": self.expires_on.isoformat() if self.expires_on else None,
                "state": self.certificate_state,
            },
            "next_due": None if self.next_event is None else {
                "kind": self.next_event.kind,
                "due_on": self.next_event.due_on.isoformat(),
                "status": self.next_event.status,
            },
            "unproven_claims": self.unproven_claims,
            "overdue_actions": self.overdue_actions,
        }


@dataclass(frozen=True)
class CalendarEntry:
    enterprise_id: int
    enterprise_name: str
    certificate_id: int
    certificate: Certificate
    state: str  # valid | surveillance_overdue | expired
    events: tuple[CycleEvent, ...]
    catalog: CatalogRef  # whose cycle rules these dates follow
    rules: CycleRules


@dataclass(frozen=True)
class CalendarProblem:
    """An enterprise's current certificate whose stored values give no cycle: shown as an error on its row."""

    enterprise_id: int
    enterprise_name: str
    certificate_id: int
    number: str
    field: str  # issued_on | audit | audits | catalog (see BadValue)
    value: str  # the stored text


@dataclass(frozen=True)
class CalendarView:
    entries: tuple[CalendarEntry, ...]
    problems: tuple[CalendarProblem, ...]


@dataclass(frozen=True)
class ProfileVersion:
    """One saved version of an enterprise's service profile."""

    enterprise_id: int
    version: int
    profile: ServiceProfile
    saved_at: datetime
    saved_by: str = ""

    def to_dict(self) -> dict:
        return {"enterprise_id": self.enterprise_id, "version": self.version,
                "saved_at": self.saved_at.isoformat(timespec="seconds"), "saved_by": self.saved_by,
                "service_profile": self.profile.model_dump(mode="json")}


@dataclass(frozen=True)
class ManualIssue:
    """An issued version of the service manual: its number, version, date, approver and the items it covers."""

    id: int
    enterprise_id: int
    number: str
    version: str
    issued_on: date
    approver: str
    profile_version: Optional[int]
    catalog_id: str
    catalog_version: str
    items: tuple[str, ...]
    recorded_at: datetime

    def covers(self, item_id: str) -> bool:
        return item_id in self.items

    def to_dict(self) -> dict:
        return {"id": self.id, "enterprise_id": self.enterprise_id, "number": self.number, "version": self.version,
                "issued_on": self.issued_on.isoformat(), "approver": self.approver,
                "profile_version": self.profile_version,
                "catalog": {"id": self.catalog_id, "version": self.catalog_version}, "items": list(self.items),
                "recorded_at": self.recorded_at.isoformat(timespec="seconds")}


@dataclass(frozen=True)
class EvidenceRecord:
    """An evidence file attached to an item (content stored once, by SHA-256)."""

    id: int
    assessment_id: int
    item: str
    entry: Optional[str]
    filename: str
    size: int
    sha256: str
    media_type: str
    added_at: datetime
    note: str = ""
    to_reverify: bool = False

    def to_dict(self) -> dict:
        return {"id": self.id, "item": self.item, "entry": self.entry, "filename": self.filename, "size": self.size,
                "sha256": self.sha256, "media_type": self.media_type,
                "added_at": self.added_at.isoformat(timespec="seconds"), "note": self.note,
                "to_reverify": self.to_reverify}
