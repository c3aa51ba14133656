"""Persistence: SQLAlchemy 2, SQLite by default, any SQLAlchemy URL through DATABASE_URL; Alembic migrations.

Every public write is one transaction. An assessment carries a version number: saving with a stale one raises
`StaleAssessment` and changes nothing. Imports validate everything before writing anything. A database that
cannot be used (deleted, replaced, read-only, full, unreachable) raises `StorageUnavailable` (see storage.py).
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable, Iterator, Optional

from sqlalchemy import String, delete, func, or_, select, type_coerce, update
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from criteria import Catalog, CatalogError, default_catalog, parse_catalog

from . import cycle
from .db import (
    AssessmentRow,
    CatalogRow,
    CertificateRow,
    DeductionRow,
    EnterpriseRow,
    ResponseRow,
    SettingRow,
    utcnow,
)
from .exchange import dump_assessment
from .models import (
    Assessment,
    Audit,
    CatalogRef,
    Certificate,
    Enterprise,
    Response,
    SpecialBonus,
    SpecialDeduction,
)
from .scoring import InvalidResponse, check_responses, score
from .storage import (  # noqa: F401  (DEFAULT_DB_NAME, data_dir, default_url: part of this module's interface)
    DEFAULT_DB_NAME,
    DatabaseFile,
    StorageUnavailable,
    StoreError,
    data_dir,
    default_url,
    open_engine,
)


class NotFound(StoreError, LookupError):
    def __init__(self, what: str, key):
        super().__init__(f"{what} {key!r} not found")
        self.what, self.key = what, key


MAX_ID = 2**63 - 1  # row ids are 64-bit integers in every supported database


def _checked_id(what: str, key) -> int:
    """`key` as a row id; an id no database can hold (or not a whole number) is simply not found."""
    if isinstance(key, bool) or not isinstance(key, int) or not 1 <= key <= MAX_ID:
        raise NotFound(what, key)
    return key


class StaleAssessment(StoreError):
    """The assessment was changed elsewhere since this copy was read; nothing was saved."""

    def __init__(self, assessment_id: int, expected: int, actual: int):
        super().__init__(
            f"assessment {assessment_id} was changed elsewhere (your copy is version {expected}, "
            f"the saved one is version {actual}); nothing was saved"
        )
        self.assessment_id, self.expected, self.actual = assessment_id, expected, actual


class EnterpriseInUse(StoreError):
    """An enterprise with assessments cannot be deleted (archive it instead); nothing was deleted."""

    def __init__(self, enterprise_id: int, assessments: int):
        noun = "assessment" if assessments == 1 else "assessments"
        super().__init__(f"enterprise {enterprise_id} has {assessments} {noun} and cannot be deleted; "
                         "archive it instead (nothing was deleted)")
        self.enterprise_id, self.assessments = enterprise_id, assessments


class DuplicateCertificate(StoreError):
    """The enterprise already holds another certificate with this number; nothing was saved."""

    def __init__(self, enterprise_id: int, number: str):
        super().__init__(f"enterprise {enterprise_id} already holds another certificate numbered {number!r}; "
                         "nothing was saved")
        self.enterprise_id, self.number = enterprise_id, number


# ---------------------------------------------------------------------------------------------------------------
# Records returned by the store: plain frozen values, detached from any session.


@dataclass(frozen=True)
class EnterpriseRecord:
    id: int
    enterprise: Enterprise
    archived: bool

    @property
    def name(self) -> str:
        return self.enterprise.name


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


@dataclass(frozen=True)
class CertificateRecord:
    id: int
    enterprise_id: int
    certificate: Certificate


@dataclass(frozen=True)
class BadValue:
    """A stored value that cannot be used (written around the application's checks): which field, what it holds.

    field: issued_on (a certificate's issue date), audit (an audit's date), audits (the audit list itself) or
    assessed_on (an assessment's date); value: the stored text."""

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


@dataclass(frozen=True)
class PortfolioRow:
    enterprise: EnterpriseRecord
    latest: Optional[AssessmentSummary]
    certificate: Optional[CertificateRecord]
    next_event: Optional[cycle.CycleEvent]
    certificate_state: Optional[str]
    problem: Optional[BadValue] = None  # a stored value this row could not use; the rest of the row still shows

    @property
    def overdue(self) -> bool:
        return self.next_event is not None and self.next_event.status == "overdue"

    def to_dict(self, rules) -> dict:
        """The row as in `portfolio --json` (a public contract); `rules`: the cycle rules of its certificate."""
        latest = self.latest
        cert = self.certificate.certificate if self.certificate is not None else None
        expires_on = None
        if cert is not None:
            try:
                expires_on = cycle.expiry_date(cert, rules).isoformat()
            except cycle.CycleDateError:
                pass
        return {
            "enterprise": {"id": self.enterprise.id, "name": self.enterprise.name,
                           "credit_code": self.enterprise.enterprise.credit_code},
            "latest": None if latest is None else {
                "assessment": latest.id,
                "assessed_on": None if latest.assessed_on is None else latest.assessed_on.isoformat(),
                "final": None if latest.final is None else float(latest.final),
                "level": latest.level,
                "complete": latest.complete,
            },
            "certificate": None if cert is None else {
                "number": cert.number, "level": cert.level, "issued_on": cert.issued_on.isoformat(),
                "expires_on": expires_on, "state": self.certificate_state,
            },
            "next_due": None if self.next_event is None else {
                "kind": self.next_event.kind, "due_on": self.next_event.due_on.isoformat(),
                "status": self.next_event.status,
            },
        }


# ---------------------------------------------------------------------------------------------------------------


class Store:
    """The application's persistence. One instance per process; thread-safe through short sessions."""

    def __init__(self, url: Optional[str] = None, *, migrate: bool = True):
        """Open (and migrate) the database; raises StorageUnavailable when it cannot be used."""
        self.url = url or default_url()
        self.engine = open_engine(self.url, migrate=migrate)
        self._file = DatabaseFile(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._catalogs: dict[tuple[str, str], Catalog] = {}

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        """One write transaction. It commits only into the database file it was opened on: a deleted or
        replaced file raises StorageUnavailable and rolls back (SQLite would write into the deleted file)."""
        with self._sessions() as session, session.begin():
            yield session
            session.flush()
            self._file.check(self.engine)

    # -- catalogs --------------------------------------------------------------------------------------------

    def catalog(self, catalog_id: str, version: str) -> Catalog:
        """The catalog an assessment was answered against: the default one, or one registered here."""
        key = (catalog_id, version)
        if key in self._catalogs:
            return self._catalogs[key]
        default = default_catalog()
        if (default.id, default.version) == key:
            return default
        with self._sessions() as session:
            row = session.scalar(
                select(CatalogRow).where(CatalogRow.catalog_id == catalog_id, CatalogRow.version == version)
            )
            if row is None:
                raise NotFound("catalog", f"{catalog_id} {version}")
            cat = parse_catalog(row.source, source=f"stored catalog {catalog_id} {version}")
        self._catalogs[key] = cat
        return cat

    def register_catalog(self, source: str) -> Catalog:
        """Validate a catalog (YAML text) and keep it; registering the same id and version twice needs equal text."""
        cat = parse_catalog(source, source="uploaded catalog")
        with self._tx() as session:
            row = session.scalar(
                select(CatalogRow).where(CatalogRow.catalog_id == cat.id, CatalogRow.version == cat.version)
            )
            if row is None:
                session.add(CatalogRow(catalog_id=cat.id, version=cat.version, source=source))
            elif row.source != source:
                raise CatalogError(
                    "uploaded catalog",
                    [f"catalog {cat.id} version {cat.version} is already stored with different content; "
                     "give the changed catalog a new version"],
                )
        self._catalogs[(cat.id, cat.version)] = cat
        return cat

    def list_catalogs(self) -> list[tuple[str, str]]:
        default = default_catalog()
        out = [(default.id, default.version)]
        with self._sessions() as session:
            for cid, ver in session.execute(select(CatalogRow.catalog_id, CatalogRow.version).order_by(CatalogRow.id)):
                if (cid, ver) not in out:
                    out.append((cid, ver))
        return out

    def default_catalog_for_new(self) -> Catalog:
        """The catalog new assessments use: the one chosen in the settings, else the toolkit's default."""
        chosen = self.get_setting("new_assessment_catalog")
        if chosen:
            catalog_id, _, version = chosen.partition("\n")
            try:
                return self.catalog(catalog_id, version)
            except (NotFound, CatalogError):
                pass
        return default_catalog()

    def choose_catalog_for_new(self, catalog_id: str, version: str) -> Catalog:
        catalog = self.catalog(catalog_id, version)  # raises NotFound for an unknown one
        self.set_setting("new_assessment_catalog", f"{catalog_id}\n{version}")
        return catalog

    # -- settings --------------------------------------------------------------------------------------------

    def get_setting(self, key: str, default: Optional[str] = None) -> Optional[str]:
        with self._sessions() as session:
            row = session.get(SettingRow, key)
            return row.value if row is not None else default

    def set_setting(self, key: str, value: str) -> None:
        with self._tx() as session:
            row = session.get(SettingRow, key)
            if row is None:
                session.add(SettingRow(key=key, value=value))
            else:
                row.value = value

    # -- enterprises -----------------------------------------------------------------------------------------

    def add_enterprise(self, enterprise: Enterprise) -> EnterpriseRecord:
        with self._tx() as session:
            row = EnterpriseRow(**enterprise.model_dump())
            session.add(row)
            session.flush()
            return _enterprise_record(row)

    def update_enterprise(self, enterprise_id: int, enterprise: Enterprise) -> EnterpriseRecord:
        with self._tx() as session:
            row = self._enterprise_row(session, enterprise_id)
            for key, value in enterprise.model_dump().items():
                setattr(row, key, value)
            return _enterprise_record(row)

    def delete_enterprise(self, enterprise_id: int) -> None:
        """Delete an enterprise that has no assessment, with its certificates; EnterpriseInUse otherwise."""
        with self._tx() as session:
            self._enterprise_row(session, enterprise_id)
            n = session.scalar(select(func.count(AssessmentRow.id)).where(AssessmentRow.enterprise_id == enterprise_id))
            if n:
                raise EnterpriseInUse(enterprise_id, n)
            # Core statements: a certificate row that cannot be read must not stop its deletion
            session.execute(delete(CertificateRow).where(CertificateRow.enterprise_id == enterprise_id))
            session.execute(delete(EnterpriseRow).where(EnterpriseRow.id == enterprise_id))

    def set_archived(self, enterprise_id: int, archived: bool = True) -> EnterpriseRecord:
        with self._tx() as session:
            row = self._enterprise_row(session, enterprise_id)
            row.archived = archived
            return _enterprise_record(row)

    def get_enterprise(self, enterprise_id: int) -> EnterpriseRecord:
        with self._sessions() as session:
            return _enterprise_record(self._enterprise_row(session, enterprise_id))

    def list_enterprises(self, include_archived: bool = False) -> list[EnterpriseRecord]:
        with self._sessions() as session:
            q = select(EnterpriseRow).order_by(EnterpriseRow.name)
            if not include_archived:
                q = q.where(EnterpriseRow.archived.is_(False))
            return [_enterprise_record(r) for r in session.scalars(q)]

    def find_enterprise(self, enterprise: Enterprise) -> Optional[EnterpriseRecord]:
        """The stored enterprise with the same credit code (or, without one, the same name)."""
        with self._sessions() as session:
            row = self._match_enterprise(session, enterprise)
            return _enterprise_record(row) if row else None

    def find_duplicates(self, enterprise: Enterprise, exclude_id: Optional[int] = None) -> list[EnterpriseRecord]:
        """Stored enterprises, archived ones included, with the same credit code or exactly the same name."""
        same = [EnterpriseRow.name == enterprise.name]
        if enterprise.credit_code:
            same.append(EnterpriseRow.credit_code == enterprise.credit_code)
        q = select(EnterpriseRow).where(or_(*same)).order_by(EnterpriseRow.id)
        if exclude_id is not None:
            q = q.where(EnterpriseRow.id != exclude_id)
        with self._sessions() as session:
            return [_enterprise_record(r) for r in session.scalars(q)]

    @staticmethod
    def _match_enterprise(session: Session, enterprise: Enterprise) -> Optional[EnterpriseRow]:
        if enterprise.credit_code:
            q = select(EnterpriseRow).where(EnterpriseRow.credit_code == enterprise.credit_code)
        else:
            q = select(EnterpriseRow).where(EnterpriseRow.name == enterprise.name, EnterpriseRow.credit_code == "")
        return session.scalars(q.order_by(EnterpriseRow.id)).first()

    @staticmethod
    def _enterprise_row(session: Session, enterprise_id: int) -> EnterpriseRow:
        row = session.get(EnterpriseRow, _checked_id("enterprise", enterprise_id))
        if row is None:
            raise NotFound("enterprise", enterprise_id)
        return row

    # -- assessments -----------------------------------------------------------------------------------------

    def add_assessment(
        self, enterprise_id: int, assessment: Assessment, previous_id: Optional[int] = None
    ) -> StoredAssessment:
        """Store a new assessment for an enterprise (validated against its catalog first)."""
        catalog = self._checked_catalog(assessment)
        with self._tx() as session:
            self._enterprise_row(session, enterprise_id)
            row = AssessmentRow(enterprise_id=enterprise_id, previous_id=previous_id)
            _write_assessment(row, assessment)
            _cache_score(row, catalog, assessment)
            session.add(row)
            session.flush()
            return _stored(row, assessment)

    def new_assessment(
        self,
        enterprise_id: int,
        assessed_on: date,
        assessor: str = "",
        catalog: Optional[Catalog] = None,
    ) -> StoredAssessment:
        """A blank assessment of a stored enterprise against `catalog` (the default one if not given)."""
        catalog = catalog or default_catalog()
        ent = self.get_enterprise(enterprise_id).enterprise
        blank = Assessment(
            catalog=CatalogRef(id=catalog.id, version=catalog.version),
            enterprise=ent,
            assessed_on=assessed_on,
            assessor=assessor,
        )
        return self.add_assessment(enterprise_id, blank)

    def next_round(
        self,
        assessment_id: int,
        assessed_on: date,
        assessor: Optional[str] = None,
        *,
        keep_notes: bool = False,
        carry_deductions: Iterable[int] = (),
        carry_bonus: bool = False,
    ) -> StoredAssessment:
        """A new assessment copying the answers of `assessment_id`, each marked to be re-verified.

        Last round's notes are left behind unless `keep_notes`; its special deductions are carried over only
        where their positions are listed in `carry_deductions`, and its bonus only with `carry_bonus`.
        """
        prev = self.get_assessment(assessment_id)
        old = prev.assessment
        positions = sorted(set(carry_deductions))
        wrong = [p for p in positions if not 0 <= p < len(old.special_deductions)]
        if wrong:
            raise ValueError(
                f"assessment {assessment_id} has {len(old.special_deductions)} special deductions; "
                f"there is none at position {', '.join(map(str, wrong))} to carry over"
            )
        ent = self.get_enterprise(prev.enterprise_id).enterprise
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
                "special_bonus": old.special_bonus if carry_bonus else None,
                "certificate": None,
            }
        )
        return self.add_assessment(prev.enterprise_id, copied, previous_id=assessment_id)

    def confirm_reverified(
        self, assessment_id: int, expected_version: int, item_ids: Iterable[str]
    ) -> StoredAssessment:
        """Mark the copied answers to `item_ids` as re-verified, unchanged, in one transaction.

        Items already confirmed are left as they are; an item without an answer raises InvalidResponse, and
        nothing is saved.
        """
        wanted = set(item_ids)

        def change(row: AssessmentRow) -> None:
            answered = {r.item: r for r in row.responses}
            missing = sorted(wanted - set(answered))
            if missing:
                raise InvalidResponse([f"item {item!r}: no answer to confirm" for item in missing])
            for item in wanted:
                answered[item].to_reverify = False

        return self._update(assessment_id, expected_version, change)

    def get_assessment(self, assessment_id: int) -> StoredAssessment:
        with self._sessions() as session:
            row = self._assessment_row(session, assessment_id)
            return _stored(row, _read_assessment(row))

    def previous_assessment(self, assessment_id: int) -> Optional[StoredAssessment]:
        """The round before this one: the one it was copied from, else the enterprise's latest earlier one."""
        with self._sessions() as session:
            row = self._assessment_row(session, assessment_id)
            prev = session.get(AssessmentRow, row.previous_id) if row.previous_id else None
            if prev is None:
                prev = session.scalars(
                    select(AssessmentRow)
                    .where(
                        AssessmentRow.enterprise_id == row.enterprise_id,
                        AssessmentRow.id != row.id,
                        (AssessmentRow.assessed_on < row.assessed_on)
                        | ((AssessmentRow.assessed_on == row.assessed_on) & (AssessmentRow.id < row.id)),
                    )
                    .order_by(AssessmentRow.assessed_on.desc(), AssessmentRow.id.desc())
                ).first()
            return _stored(prev, _read_assessment(prev)) if prev else None

    def latest_assessment(self, enterprise_id: int) -> Optional[StoredAssessment]:
        with self._sessions() as session:
            row = session.scalars(
                select(AssessmentRow)
                .where(AssessmentRow.enterprise_id == enterprise_id)
                .order_by(AssessmentRow.assessed_on.desc(), AssessmentRow.id.desc())
            ).first()
            return _stored(row, _read_assessment(row)) if row else None

    def list_assessments(self, enterprise_id: Optional[int] = None) -> list[AssessmentSummary]:
        with self._sessions() as session:
            q = (
                select(AssessmentRow, EnterpriseRow.name)
                .join(EnterpriseRow, EnterpriseRow.id == AssessmentRow.enterprise_id)
                .order_by(EnterpriseRow.name, AssessmentRow.assessed_on.desc(), AssessmentRow.id.desc())
            )
            if enterprise_id is not None:
                q = q.where(AssessmentRow.enterprise_id == enterprise_id)
            return [_summary(row, name) for row, name in session.execute(q)]

    def save_assessment(self, assessment_id: int, expected_version: int, assessment: Assessment) -> StoredAssessment:
        """Replace the whole assessment. Raises StaleAssessment when `expected_version` is not the saved one."""
        catalog = self._checked_catalog(assessment)
        return self._update(assessment_id, expected_version, lambda row: _write_assessment(row, assessment), catalog)

    def set_response(self, assessment_id: int, expected_version: int, response: Response) -> StoredAssessment:
        """Answer (or re-answer) one item: the wizard's unit of change."""

        def change(row: AssessmentRow) -> None:
            current = _read_assessment(row).with_response(response)
            self._raise_invalid(self.catalog(row.catalog_id, row.catalog_version), current)
            existing = next((r for r in row.responses if r.item == response.item), None)
            if existing is None:
                row.responses.append(_response_row(response))
            else:
                _fill_response_row(existing, response)

        return self._update(assessment_id, expected_version, change)

    def clear_response(self, assessment_id: int, expected_version: int, item_id: str) -> StoredAssessment:
        def change(row: AssessmentRow) -> None:
            row.responses[:] = [r for r in row.responses if r.item != item_id]

        return self._update(assessment_id, expected_version, change)

    def set_special_findings(
        self,
        assessment_id: int,
        expected_version: int,
        deductions: tuple[SpecialDeduction, ...],
        bonus: Optional[SpecialBonus],
    ) -> StoredAssessment:
        def change(row: AssessmentRow) -> None:
            row.deductions[:] = [_deduction_row(i, d) for i, d in enumerate(deductions)]
            row.special_bonus = bonus.description if bonus else None

        return self._update(assessment_id, expected_version, change)

    def update_header(
        self, assessment_id: int, expected_version: int, assessed_on: date, assessor: str
    ) -> StoredAssessment:
        def change(row: AssessmentRow) -> None:
            row.assessed_on = assessed_on
            row.assessor = assessor

        return self._update(assessment_id, expected_version, change)

    def delete_assessment(self, assessment_id: int) -> None:
        with self._tx() as session:
            row = self._assessment_row(session, assessment_id)
            for later in session.scalars(select(AssessmentRow).where(AssessmentRow.previous_id == assessment_id)):
                later.previous_id = None
            session.delete(row)

    def _update(self, assessment_id: int, expected_version: int, change, catalog: Optional[Catalog] = None):
        try:
            with self._tx() as session:
                row = self._assessment_row(session, assessment_id)
                if row.version != expected_version:
                    raise StaleAssessment(assessment_id, expected_version, row.version)
                change(row)
                row.updated_at = utcnow()  # always touch the row, so its version moves on
                current = _read_assessment(row)
                _cache_score(row, catalog or self.catalog(row.catalog_id, row.catalog_version), current)
                session.flush()
                return _stored(row, current)
        except StaleDataError:
            actual = self.get_assessment(assessment_id).version
            raise StaleAssessment(assessment_id, expected_version, actual) from None

    def _checked_catalog(self, assessment: Assessment) -> Catalog:
        catalog = self.catalog(assessment.catalog.id, assessment.catalog.version)
        self._raise_invalid(catalog, assessment)
        return catalog

    @staticmethod
    def _raise_invalid(catalog: Catalog, assessment: Assessment) -> None:
        problems = check_responses(catalog, assessment)
        if problems:
            raise InvalidResponse(problems)

    @staticmethod
    def _assessment_row(session: Session, assessment_id: int) -> AssessmentRow:
        row = session.get(
            AssessmentRow,
            _checked_id("assessment", assessment_id),
            options=[selectinload(AssessmentRow.responses), selectinload(AssessmentRow.deductions)],
        )
        if row is None:
            raise NotFound("assessment", assessment_id)
        return row

    # -- certificates ----------------------------------------------------------------------------------------

    def add_certificate(self, enterprise_id: int, certificate: Certificate) -> CertificateRecord:
        """Record a certificate (or replace the one with the same number)."""
        with self._tx() as session:
            self._enterprise_row(session, enterprise_id)
            row = _upsert_certificate(session, enterprise_id, certificate)
            session.flush()
            return _certificate_record(row)

    def update_certificate(self, certificate_id: int, certificate: Certificate) -> CertificateRecord:
        """Correct a certificate (number, issue date, level, audits), even one whose stored values are unreadable."""
        with self._tx() as session:
            enterprise_id = self._certificate_owner(session, certificate_id)
            clash = session.scalar(select(CertificateRow.id).where(
                CertificateRow.enterprise_id == enterprise_id, CertificateRow.number == certificate.number,
                CertificateRow.id != certificate_id))
            if clash is not None:
                raise DuplicateCertificate(enterprise_id, certificate.number)
            session.execute(update(CertificateRow).where(CertificateRow.id == certificate_id).values(
                number=certificate.number, issued_on=certificate.issued_on, level=certificate.level,
                audits=_audit_dicts(certificate.audits)))
            return CertificateRecord(certificate_id, enterprise_id, certificate)

    def record_audit(self, certificate_id: int, audit: Audit) -> CertificateRecord:
        with self._tx() as session:
            self._certificate_owner(session, certificate_id)
            [found] = _read_certificates(session, CertificateRow.id == certificate_id)
            if isinstance(found, BrokenCertificate):
                raise StoreError(f"certificate {certificate_id} cannot be read ({found.problem.field} holds "
                                 f"{found.problem.value!r}); correct it first, nothing was saved")
            cert = found.certificate.model_copy(update={"audits": (*found.certificate.audits, audit)})
            session.execute(update(CertificateRow).where(CertificateRow.id == certificate_id).values(
                audits=_audit_dicts(cert.audits)))
            return CertificateRecord(certificate_id, found.enterprise_id, cert)

    def delete_certificate(self, certificate_id: int) -> None:
        with self._tx() as session:
            self._certificate_owner(session, certificate_id)
            session.execute(delete(CertificateRow).where(CertificateRow.id == certificate_id))

    def list_certificates(self, enterprise_id: Optional[int] = None) -> list[CertificateRecord]:
        """The readable certificates, by enterprise and issue date (see read_certificates for the others)."""
        return [c for c in self.read_certificates(enterprise_id) if isinstance(c, CertificateRecord)]

    def read_certificates(self, enterprise_id: Optional[int] = None) -> list[CertificateRecord | BrokenCertificate]:
        """Every stored certificate by enterprise and issue date; a row that cannot be read comes as BrokenCertificate."""
        where = CertificateRow.enterprise_id == enterprise_id if enterprise_id is not None else None
        with self._sessions() as session:
            return _read_certificates(session, where)

    @staticmethod
    def _certificate_owner(session: Session, certificate_id: int) -> int:
        owner = session.scalar(select(CertificateRow.enterprise_id).where(CertificateRow.id == certificate_id))
        if owner is None:
            raise NotFound("certificate", certificate_id)
        return owner

    # -- exchange --------------------------------------------------------------------------------------------

    def import_assessment(self, assessment: Assessment) -> StoredAssessment:
        """Import an exchange-file assessment: validated first, then enterprise, assessment and certificate
        written in one transaction. The enterprise is matched by credit code (else name) or created."""
        catalog = self._checked_catalog(assessment)
        with self._tx() as session:
            ent = self._match_enterprise(session, assessment.enterprise)
            if ent is None:
                ent = EnterpriseRow(**assessment.enterprise.model_dump())
                session.add(ent)
                session.flush()
            row = AssessmentRow(enterprise_id=ent.id)
            _write_assessment(row, assessment)
            _cache_score(row, catalog, assessment)
            session.add(row)
            if assessment.certificate is not None:
                _upsert_certificate(session, ent.id, assessment.certificate)
            session.flush()
            return _stored(row, assessment)

    def find_identical(self, assessment: Assessment) -> Optional[StoredAssessment]:
        """The stored round that `assessment` (an exchange file) would duplicate, if any: the same enterprise
        (by credit code, else exact name), catalog and date, the same exchange-file content (responses in any
        order) and, when the file carries a certificate, that certificate already recorded as it is."""
        wanted = _content(assessment)
        with self._sessions() as session:
            ent = self._match_enterprise(session, assessment.enterprise)
            if ent is None:
                return None
            if assessment.certificate is not None and not _certificate_recorded(session, ent.id, assessment.certificate):
                return None
            rows = session.scalars(
                select(AssessmentRow)
                .where(
                    AssessmentRow.enterprise_id == ent.id,
                    AssessmentRow.catalog_id == assessment.catalog.id,
                    AssessmentRow.catalog_version == assessment.catalog.version,
                    AssessmentRow.assessed_on == assessment.assessed_on,
                )
                .options(selectinload(AssessmentRow.responses), selectinload(AssessmentRow.deductions))
                .order_by(AssessmentRow.id)
            )
            for row in rows:
                current = _read_assessment(row)
                if _content(current) == wanted:
                    return _stored(row, current)
        return None

    def export_assessment(self, assessment_id: int) -> Assessment:
        """The assessment as an exchange-file value, with the enterprise's certificate current at its date."""
        stored = self.get_assessment(assessment_id)
        certs = [
            c.certificate
            for c in self.list_certificates(stored.enterprise_id)
            if c.certificate.issued_on <= stored.assessment.assessed_on
        ]
        cert = stored.assessment.certificate or (certs[-1] if certs else None)
        return stored.assessment.model_copy(update={"certificate": cert})

    # -- portfolio -------------------------------------------------------------------------------------------

    def portfolio(self, today: date, include_archived: bool = False) -> list[PortfolioRow]:
        """Every enterprise with its latest assessment (cached score, answers still to re-verify), current
        certificate and next date due. A stored value that cannot be used shows as that row's `problem`."""
        with self._sessions() as session:
            ranked = select(
                AssessmentRow.id.label("aid"),
                AssessmentRow.enterprise_id.label("eid"),
                func.row_number()
                .over(
                    partition_by=AssessmentRow.enterprise_id,
                    order_by=(AssessmentRow.assessed_on.desc(), AssessmentRow.id.desc()),
                )
                .label("rn"),
            ).subquery()
            latest = select(ranked.c.aid, ranked.c.eid).where(ranked.c.rn == 1).subquery()
            # Plain columns, not ORM entities: this query serves the start page and must stay fast.
            a = AssessmentRow
            e = EnterpriseRow
            reverify = (
                select(func.count(ResponseRow.id))
                .where(ResponseRow.assessment_id == a.id, ResponseRow.to_reverify.is_(True))
                .correlate(a)
                .scalar_subquery()
            )
            q = (
                select(
                    e.id.label("e_id"), e.name.label("e_name"), e.credit_code, e.kind, e.industry, e.address,
                    e.contact, e.archived,
                    a.id, a.enterprise_id, type_coerce(a.assessed_on, String).label("assessed_on"), a.assessor,
                    a.catalog_id, a.catalog_version, a.version, a.previous_id, a.cached_answered, a.cached_final,
                    a.cached_level, a.cached_complete, a.cached_catalog_version, reverify.label("to_reverify"),
                )
                .outerjoin(latest, latest.c.eid == e.id)
                .outerjoin(a, a.id == latest.c.aid)
                .order_by(e.name, e.id)
            )
            if not include_archived:
                q = q.where(e.archived.is_(False))
            rows = session.connection().execute(q).all()  # Core rows: no ORM identity bookkeeping
            certs: dict[int, CertificateRecord | BrokenCertificate] = {}
            for c in _read_certificates(session):
                certs[c.enterprise_id] = c  # the latest issued wins
        rules = default_catalog().cycle
        return [_portfolio_row(row, certs.get(row.e_id), today, rules) for row in rows]


# ---------------------------------------------------------------------------------------------------------------
# Row <-> value mapping


def _enterprise_record(row: EnterpriseRow) -> EnterpriseRecord:
    ent = Enterprise.model_construct(
        name=row.name,
        credit_code=row.credit_code or "",
        kind=row.kind,
        industry=row.industry or "",
        address=row.address or "",
        contact=row.contact or "",
    )
    return EnterpriseRecord(row.id, ent, bool(row.archived))


def _response_row(r: Response) -> ResponseRow:
    row = ResponseRow()
    _fill_response_row(row, r)
    return row


def _fill_response_row(row: ResponseRow, r: Response) -> None:
    row.item = r.item
    row.result = r.result
    row.samples = r.samples
    row.failed_samples = r.failed_samples
    row.justification = r.justification
    row.note = r.note
    row.evidence = list(r.evidence)
    row.to_reverify = r.to_reverify
    row.action = r.action
    row.owner = r.owner
    row.due_on = r.due_on


def _deduction_row(position: int, d: SpecialDeduction) -> DeductionRow:
    return DeductionRow(
        position=position, category=d.category, description=d.description, corrective_action=d.corrective_action
    )


def _write_assessment(row: AssessmentRow, a: Assessment) -> None:
    row.catalog_id = a.catalog.id
    row.catalog_version = a.catalog.version
    row.assessed_on = a.assessed_on
    row.assessor = a.assessor
    row.enterprise_snapshot = a.enterprise.model_dump(mode="json")
    row.special_bonus = a.special_bonus.description if a.special_bonus else None
    _write_responses(row, a.responses)
    row.deductions[:] = [_deduction_row(i, d) for i, d in enumerate(a.special_deductions)]


def _write_responses(row: AssessmentRow, responses: tuple[Response, ...]) -> None:
    """Make the response rows say `responses`, updating the row of each item in place.

    A response row is identified by (assessment, item) (uq_response_item). Replacing it by a new row for the
    same item would make one flush insert the new row before it deletes the old one, which breaks that key.
    Kept rows stay in their stored order (by id) and new rows follow, so the collection reads as it is stored.
    """
    existing = {r.item: r for r in row.responses}
    kept, added = [], []
    for response in responses:
        found = existing.get(response.item)
        if found is None:
            added.append(_response_row(response))
        else:
            _fill_response_row(found, response)
            kept.append(found)
    row.responses[:] = sorted(kept, key=lambda r: r.id) + added


def _read_assessment(row: AssessmentRow) -> Assessment:
    return Assessment(
        catalog=CatalogRef(id=row.catalog_id, version=row.catalog_version),
        enterprise=Enterprise.model_validate(row.enterprise_snapshot),
        assessed_on=row.assessed_on,
        assessor=row.assessor or "",
        responses=tuple(
            Response(
                item=r.item,
                result=r.result,
                samples=r.samples,
                failed_samples=r.failed_samples,
                justification=r.justification or "",
                note=r.note or "",
                evidence=tuple(r.evidence or ()),
                to_reverify=bool(r.to_reverify),
                action=r.action or "",
                owner=r.owner or "",
                due_on=r.due_on,
            )
            for r in row.responses
        ),
        special_deductions=tuple(
            SpecialDeduction(category=d.category, description=d.description, corrective_action=d.corrective_action or "")
            for d in row.deductions
        ),
        special_bonus=SpecialBonus(description=row.special_bonus) if row.special_bonus else None,
    )


def _cache_score(row: AssessmentRow, catalog: Catalog, a: Assessment) -> None:
    result = score(catalog, a)
    row.cached_final = result.final
    row.cached_level = result.level
    row.cached_complete = result.complete
    row.cached_answered = len(a.responses)
    row.cached_catalog_version = catalog.version


def _stored(row: AssessmentRow, a: Assessment) -> StoredAssessment:
    return StoredAssessment(row.id, row.enterprise_id, row.version, row.previous_id, a)


def _summary(row, name: str, **override) -> AssessmentSummary:
    """From an AssessmentRow or a result row with the same column names (`override`: fields read otherwise)."""
    cached_ok = row.cached_catalog_version == row.catalog_version
    return AssessmentSummary(**{
        "id": row.id,
        "enterprise_id": row.enterprise_id,
        "enterprise_name": name,
        "assessed_on": row.assessed_on,
        "assessor": row.assessor or "",
        "catalog_id": row.catalog_id,
        "catalog_version": row.catalog_version,
        "version": row.version,
        "previous_id": row.previous_id,
        "answered": row.cached_answered or 0,
        "final": Decimal(str(row.cached_final)) if cached_ok and row.cached_final is not None else None,
        "level": row.cached_level if cached_ok else None,
        "complete": row.cached_complete if cached_ok else None,
        **override,
    })


def _upsert_certificate(session: Session, enterprise_id: int, cert: Certificate) -> CertificateRow:
    row = session.scalar(
        select(CertificateRow).where(CertificateRow.enterprise_id == enterprise_id, CertificateRow.number == cert.number)
    )
    if row is None:
        row = CertificateRow(enterprise_id=enterprise_id, number=cert.number)
        session.add(row)
    row.issued_on = cert.issued_on
    row.level = cert.level
    row.audits = _audit_dicts(cert.audits)
    return row


def _content(a: Assessment) -> str:
    """An assessment's exchange-file text in a canonical form: responses by item, no certificate (certificates
    belong to the enterprise and are compared as records)."""
    ordered = sorted(a.responses, key=lambda r: r.item)
    return dump_assessment(a.model_copy(update={"responses": tuple(ordered), "certificate": None}))


def _certificate_recorded(session: Session, enterprise_id: int, cert: Certificate) -> bool:
    row = session.scalar(
        select(CertificateRow).where(CertificateRow.enterprise_id == enterprise_id, CertificateRow.number == cert.number)
    )
    return row is not None and _certificate_record(row).certificate.model_dump(mode="json") == cert.model_dump(mode="json")


def _certificate_record(row: CertificateRow) -> CertificateRecord:
    # Validated on the way in; constructed without re-validation on the way out.
    cert = Certificate.model_construct(
        number=row.number,
        issued_on=row.issued_on,
        level=row.level,
        audits=tuple(Audit.model_construct(kind=a["kind"], on=date.fromisoformat(a["on"])) for a in row.audits or ()),
    )
    return CertificateRecord(row.id, row.enterprise_id, cert)


def _audit_dicts(audits) -> list[dict]:
    return [{"kind": a.kind, "on": a.on.isoformat()} for a in audits]


def _stored_date(value) -> date:
    """A Date column read as stored (text in SQLite): ValueError when it is no date."""
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _read_certificates(session: Session, where=None) -> list[CertificateRecord | BrokenCertificate]:
    """Certificate rows, by enterprise and issue date, read column by column as stored: a row holding an
    unreadable date or audit list comes back as a BrokenCertificate instead of failing the whole query."""
    c = CertificateRow
    q = select(c.id, c.enterprise_id, c.number, c.level, type_coerce(c.issued_on, String).label("issued_on"),
               type_coerce(c.audits, String).label("audits")).order_by(c.enterprise_id, c.issued_on, c.id)
    if where is not None:
        q = q.where(where)
    return [_certificate_from(row) for row in session.execute(q)]


def _certificate_from(row) -> CertificateRecord | BrokenCertificate:
    def broken(field: str, value) -> BrokenCertificate:
        text = value.isoformat() if isinstance(value, date) else str(value)
        return BrokenCertificate(row.id, row.enterprise_id, row.number or "", row.level or "", BadValue(field, text[:80]))

    try:
        issued_on = _stored_date(row.issued_on)
    except (TypeError, ValueError):
        return broken("issued_on", row.issued_on)
    try:
        stored = json.loads(row.audits) if isinstance(row.audits, str) else (row.audits or [])
        entries = [(a["kind"], a["on"]) for a in stored]
    except (TypeError, ValueError, KeyError):
        return broken("audits", row.audits)
    audits = []
    for kind, on in entries:
        try:
            audits.append(Audit.model_construct(kind=kind, on=_stored_date(on)))
        except (TypeError, ValueError):
            return broken("audit", on)
    # Validated on the way in; constructed without re-validation on the way out.
    cert = Certificate.model_construct(number=row.number, issued_on=issued_on, level=row.level, audits=tuple(audits))
    return CertificateRecord(row.id, row.enterprise_id, cert)


def _portfolio_row(row, crec: CertificateRecord | BrokenCertificate | None, today: date, rules) -> PortfolioRow:
    """One portfolio row from the query's columns and the enterprise's latest certificate."""
    ent = EnterpriseRecord(
        row.e_id,
        Enterprise.model_construct(
            name=row.e_name, credit_code=row.credit_code or "", kind=row.kind,
            industry=row.industry or "", address=row.address or "", contact=row.contact or "",
        ),
        bool(row.archived),
    )
    problem: Optional[BadValue] = None
    summary = None
    if row.id is not None:
        try:
            assessed_on = _stored_date(row.assessed_on)
        except (TypeError, ValueError):
            assessed_on, problem = None, BadValue("assessed_on", str(row.assessed_on)[:80])
        summary = _summary(row, row.e_name, assessed_on=assessed_on, to_reverify=row.to_reverify or 0)
    if isinstance(crec, BrokenCertificate):
        return PortfolioRow(ent, summary, None, None, None, problem or crec.problem)
    state = nxt = None
    if crec is not None:
        try:
            state, nxt = cycle.status_of(crec.certificate, today, rules)
        except cycle.CycleDateError as exc:
            problem = problem or BadValue(exc.field, exc.value.isoformat())
    return PortfolioRow(ent, summary, crec, nxt, state, problem)
