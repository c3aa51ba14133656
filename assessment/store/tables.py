"""Database tables (SQLAlchemy 2). The schema is created and upgraded by Alembic (assessment/store/migrations)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (
    BigInteger,
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class CatalogRow(Base):
    """Every catalog an assessment was answered against, kept so old assessments always score the same."""

    __tablename__ = "catalogs"
    id: Mapped[int] = mapped_column(primary_key=True)
    catalog_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(Text)  # the YAML text
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("catalog_id", "version", name="uq_catalog_version"),)


class SettingRow(Base):
    """Application settings that outlive a browser session (e.g. the catalog new assessments use)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EnterpriseRow(Base):
    __tablename__ = "enterprises"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    credit_code: Mapped[str] = mapped_column(String(64), default="", index=True)
    kind: Mapped[str] = mapped_column(String(16), default="producer")
    industry: Mapped[str] = mapped_column(String(500), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    contact: Mapped[str] = mapped_column(String(500), default="")
    contact_email: Mapped[str] = mapped_column(String(320), default="", server_default="")  # where reminders go
    language: Mapped[str] = mapped_column(String(8), default="zh", server_default="zh")  # of its reminders
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    assessments: Mapped[list["AssessmentRow"]] = relationship(back_populates="enterprise")
    certificates: Mapped[list["CertificateRow"]] = relationship(
        back_populates="enterprise", cascade="all, delete-orphan", order_by="CertificateRow.issued_on"
    )
    profiles: Mapped[list["ServiceProfileRow"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    manual_issues: Mapped[list["ManualIssueRow"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    service_records: Mapped[list["ServiceRecordRow"]] = relationship(cascade="all, delete-orphan",
                                                                     passive_deletes=True)


class AssessmentRow(Base):
    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("assessments.id"), nullable=True)
    catalog_id: Mapped[str] = mapped_column(String(100))
    catalog_version: Mapped[str] = mapped_column(String(100))
    assessed_on: Mapped[date] = mapped_column(Date, index=True)
    assessor: Mapped[str] = mapped_column(String(500), default="")
    # The enterprise as it was described in this assessment (the exchange file carries it).
    enterprise_snapshot: Mapped[dict] = mapped_column(JSON)
    special_bonus: Mapped[str | None] = mapped_column(Text, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Cached copy of the score, valid for cached_catalog_version only; the truth is always recomputed.
    cached_final: Mapped[float | None] = mapped_column(Numeric(6, 2), nullable=True)
    cached_level: Mapped[str | None] = mapped_column(String(32), nullable=True)
    cached_complete: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    cached_answered: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cached_catalog_version: Mapped[str | None] = mapped_column(String(100), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    enterprise: Mapped[EnterpriseRow] = relationship(back_populates="assessments")
    responses: Mapped[list["ResponseRow"]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="ResponseRow.id"
    )
    deductions: Mapped[list["DeductionRow"]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", order_by="DeductionRow.position"
    )
    evidence_files: Mapped[list["EvidenceFileRow"]] = relationship(cascade="all, delete-orphan",
                                                                   passive_deletes=True)
    actions: Mapped[list["ActionRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ActionRow.position"
    )

    __mapper_args__ = {"version_id_col": version}


class ResponseRow(Base):
    __tablename__ = "responses"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    item: Mapped[str] = mapped_column(String(100))
    result: Mapped[str] = mapped_column(String(16))
    samples: Mapped[int | None] = mapped_column(Integer, nullable=True)
    failed_samples: Mapped[int | None] = mapped_column(Integer, nullable=True)
    justification: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list] = mapped_column(JSON, default=list)
    to_reverify: Mapped[bool] = mapped_column(Boolean, default=False)
    action: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(500), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    assessment: Mapped[AssessmentRow] = relationship(back_populates="responses")
    __table_args__ = (UniqueConstraint("assessment_id", "item", name="uq_response_item"),)


class DeductionRow(Base):
    __tablename__ = "special_deductions"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text)
    corrective_action: Mapped[str] = mapped_column(Text, default="")

    assessment: Mapped[AssessmentRow] = relationship(back_populates="deductions")


class CertificateRow(Base):
    __tablename__ = "certificates"
    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[date] = mapped_column(Date)
    level: Mapped[str] = mapped_column(String(32))
    audits: Mapped[list] = mapped_column(JSON, default=list)  # [{"kind": ..., "on": "YYYY-MM-DD"}]
    # The catalog whose cycle rules (validity, surveillance interval, lead days) and levels govern it.
    catalog_id: Mapped[str] = mapped_column(String(100))
    catalog_version: Mapped[str] = mapped_column(String(100))

    enterprise: Mapped[EnterpriseRow] = relationship(back_populates="certificates")
    __table_args__ = (UniqueConstraint("enterprise_id", "number", name="uq_certificate_number"),)


class RevisionRow(Base):
    """One row counting the committed writes: a cached read model is current while the number stands still,
    whichever process (the app, the command line, another replica) wrote last."""

    __tablename__ = "store_revision"
    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class ServiceProfileRow(Base):
    """One saved version of an enterprise's service profile (every save appends; the highest version is current)."""

    __tablename__ = "service_profiles"
    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)  # ServiceProfile.model_dump(mode="json")
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    saved_by: Mapped[str] = mapped_column(String(500), default="")
    __table_args__ = (UniqueConstraint("enterprise_id", "version", name="uq_service_profile_version"),)


class ManualIssueRow(Base):
    """An issued version of an enterprise's service manual, and the catalog items it covers."""

    __tablename__ = "manual_issues"
    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(500))
    version: Mapped[str] = mapped_column(String(500))
    issued_on: Mapped[date] = mapped_column(Date)
    approver: Mapped[str] = mapped_column(String(500), default="")
    profile_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    catalog_id: Mapped[str] = mapped_column(String(100))
    catalog_version: Mapped[str] = mapped_column(String(100))
    items: Mapped[list] = mapped_column(JSON, default=list)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ServiceRecordRow(Base):
    """One service record of an enterprise (a complaint, a repair, a delivery ...), as its own system exported it.
    Times are UTC. Only mapped columns are kept; `extra` holds columns the user chose to keep on purpose."""

    __tablename__ = "service_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(100))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    category: Mapped[str] = mapped_column(Text, default="")
    product: Mapped[str] = mapped_column(Text, default="")
    supplier: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(Text, default="")
    outlet: Mapped[str] = mapped_column(Text, default="")
    satisfied: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (
        UniqueConstraint("enterprise_id", "kind", "record_id", name="uq_service_record"),
        Index("ix_service_records_received", "enterprise_id", "kind", "received_at"),
    )


class RecordMappingRow(Base):
    """The column mapping an enterprise's last import used, kept for the next one."""

    __tablename__ = "record_mappings"
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EvidenceBlobRow(Base):
    """The content of an evidence file, stored once however many items and rounds point at it."""

    __tablename__ = "evidence_blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class EvidenceFileRow(Base):
    """An evidence file attached to an item of an assessment (and, optionally, to one of its evidence entries)."""

    __tablename__ = "evidence_files"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    item: Mapped[str] = mapped_column(String(100))
    entry: Mapped[str | None] = mapped_column(String(100), nullable=True)
    filename: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(ForeignKey("evidence_blobs.sha256"))
    note: Mapped[str] = mapped_column(Text, default="")
    to_reverify: Mapped[bool] = mapped_column(Boolean, default=False)  # linked from the previous round
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ActionRow(Base):
    """A tracked corrective action of an assessment, on an item or on a special deduction (by its position)."""

    __tablename__ = "corrective_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    item: Mapped[str | None] = mapped_column(String(100), nullable=True)
    deduction: Mapped[int | None] = mapped_column(Integer, nullable=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(500), default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    verified_by: Mapped[str] = mapped_column(String(500), default="")
    verification_note: Mapped[str] = mapped_column(Text, default="")
    carried_over: Mapped[bool] = mapped_column(Boolean, default=False)


class UserRow(Base):
    """A user account. `password_hash` is an Argon2 hash (None for an account that signs in through OpenID
    Connect only); a disabled account cannot sign in. Failed sign-ins count up to a lock (see accounts.py)."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)  # stored lower-case
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    language: Mapped[str] = mapped_column(String(8), default="zh", server_default="zh")  # of the user's e-mails
    grants: Mapped[list["UserEnterpriseRow"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class UserEnterpriseRow(Base):
    """An enterprise assigned to a user (a deleted enterprise takes its assignments with it)."""

    __tablename__ = "user_enterprises"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id", ondelete="CASCADE"), primary_key=True,
                                               index=True)


class SignInSessionRow(Base):
    """A signed-in browser: the SHA-256 of its random token (the token itself lives only in the cookie)."""

    __tablename__ = "sign_in_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(String(16), default="password")  # password | oidc
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class AuditRow(Base):
    """One entry of the append-only audit trail (database triggers refuse UPDATE and DELETE). No foreign keys:
    the trail outlives what it names. `version` is the assessment's version after the change; `before` and
    `after` are JSON values (None for a creation or a removal)."""

    __tablename__ = "audit_trail"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(300))
    actor_kind: Mapped[str] = mapped_column(String(16), default="user")
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(32))
    target_key: Mapped[str] = mapped_column(String(200), default="")
    enterprise_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    assessment_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    before: Mapped[object | None] = mapped_column(JSON, nullable=True)
    after: Mapped[object | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (Index("ix_audit_trail_assessment", "assessment_id", "target", "target_key", "version"),)


class ReminderSentRow(Base):
    """One attempt to send one day's reminder message to one recipient (`python -m assessment remind`). A row with
    status `sent` stops another message to that recipient on that day, and its item keys stop the same reminder
    from going again; a `failed` row is a record only (the next run tries again)."""

    __tablename__ = "reminders_sent"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    recipient: Mapped[str] = mapped_column(String(320), index=True)  # lower-case
    status: Mapped[str] = mapped_column(String(16))  # sent | failed
    items: Mapped[list] = mapped_column(JSON, default=list)  # the reminder keys the message listed
    enterprise_ids: Mapped[list] = mapped_column(JSON, default=list)
    message_id: Mapped[str] = mapped_column(String(300), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    attempted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class JobLeaseRow(Base):
    """A job that must run once at a time across processes and hosts (`remind`): the run holding the row sends;
    another finds it held and stops. A crashed run's row is taken over once `expires_at` (UTC) has passed."""

    __tablename__ = "job_leases"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))  # host:pid:random token
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)


class code_point_order(ColumnElement):
    """`column` ordered by code point on every database: SQLite compares text that way, a PostgreSQL database
    by its collation (en_US, zh_CN ...), so there it is `column COLLATE "C"`. Names are sorted for readers in
    Python (assessment.collation); the database's order only has to be the same everywhere."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column):
        self.column = column
        self.type = column.type


@compiles(code_point_order)
def _plain_order(element, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)


@compiles(code_point_order, "postgresql")
def _postgresql_order(element, compiler, **kw) -> str:
    return f'{compiler.process(element.column, **kw)} COLLATE "C"'
