"""Read models: the portfolio (every enterprise on one line) and the certification calendar.

Each certificate is judged by the cycle rules of its own catalog, so the portfolio, the calendar page, the
.ics, the report and the command line give one certificate the same dates and state."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Iterable, Optional

from sqlalchemy import String, func, select, type_coerce

from criteria import CatalogError, CycleRules

from .. import cycle
from ..actions import OPEN_STATUSES
from ..proof import CLAIMS, unproven_items
from ..models import Enterprise
from .certificates import read_certificates
from .errors import NotFound
from .mapping import stored_date, summary
from .records import (
    BadValue,
    BrokenCertificate,
    CalendarEntry,
    CalendarProblem,
    CalendarView,
    CertificateRecord,
    EnterpriseRecord,
    PortfolioRow,
)
from .tables import ActionRow, AssessmentRow, EnterpriseRow, EvidenceFileRow, ResponseRow, code_point_order


class PortfolioRoom:
    def certificate_rules(self, record: CertificateRecord | BrokenCertificate) -> CycleRules:
        """The cycle rules of the catalog governing `record`; CatalogUnreadable when that catalog cannot be read."""
        try:
            return self.certificate_catalog(record).cycle
        except (NotFound, CatalogError):
            raise CatalogUnreadable(record) from None

    def portfolio(self, today: date, include_archived: bool = False) -> list[PortfolioRow]:
        """Every enterprise with its latest assessment (cached score, answers still to re-verify), current
        certificate and next date due. A stored value that cannot be used shows as that row's `problem`."""
        with self.reading() as session:
            rows = session.connection().execute(_portfolio_query(include_archived)).all()  # Core rows: fast
            certs: dict[int, CertificateRecord | BrokenCertificate] = {}
            for c in read_certificates(session):
                certs[c.enterprise_id] = c  # the latest issued wins
            claims, files = _claims_and_files(session)
            overdue = _overdue_actions(session, today)
        out = []
        for row in rows:
            found = self._portfolio_row(row, certs.get(row.e_id), today)
            if row.id is not None:
                found = replace(found, unproven_claims=self._unproven(row, claims.get(row.id, ()),
                                                                      files.get(row.id, {})),
                                overdue_actions=overdue.get(row.id, 0))
            out.append(found)
        return out

    def _unproven(self, row, claims, files) -> Optional[int]:
        """How many met or partial answers of the row's assessment have no file and no on-site evidence ticked
        (None when its catalog cannot be read)."""
        try:
            catalog = self.catalog(row.catalog_id, row.catalog_version)
        except (NotFound, CatalogError):
            return None
        return len(unproven_items(catalog, claims, files))

    def calendar_view(self, today: date, enterprise_id: Optional[int] = None,
                      include_archived: bool = False) -> CalendarView:
        """Every enterprise's current (latest issued) certificate with its cycle events, by enterprise name; the
        certificates whose stored values cannot be read, or put the cycle outside the calendar, as problems."""
        names = {e.id: e for e in self.list_enterprises(include_archived=True)}
        latest: dict[int, CertificateRecord | BrokenCertificate] = {}
        for rec in self.read_certificates(enterprise_id):  # ordered by issue date: the latest wins
            latest[rec.enterprise_id] = rec
        entries, problems = [], []
        for ent_id, rec in latest.items():
            ent = names.get(ent_id)
            if ent is None or (ent.archived and not include_archived):
                continue
            try:
                if isinstance(rec, BrokenCertificate):
                    raise _Unusable(rec.problem)
                rules = self.certificate_rules(rec)
                state, _ = cycle.status_of(rec.certificate, today, rules)
                events = tuple(cycle.certificate_events(rec.certificate, today, rules))
            except (_Unusable, CatalogUnreadable, cycle.CycleDateError) as exc:
                bad = _bad_value(exc)
                problems.append(CalendarProblem(ent_id, ent.name, rec.id, _number(rec), bad.field, bad.value))
                continue
            entries.append(CalendarEntry(ent_id, ent.name, rec.id, rec.certificate, state, events, rec.catalog, rules))
        entries.sort(key=lambda e: (e.enterprise_name, e.enterprise_id))
        problems.sort(key=lambda p: (p.enterprise_name, p.enterprise_id))
        return CalendarView(tuple(entries), tuple(problems))

    def _portfolio_row(self, row, crec: CertificateRecord | BrokenCertificate | None, today: date) -> PortfolioRow:
        """One portfolio row from the query's columns and the enterprise's latest certificate."""
        ent = EnterpriseRecord(
            row.e_id,
            Enterprise.model_construct(
                name=row.e_name, credit_code=row.credit_code or "", kind=row.kind,
                industry=row.industry or "", address=row.address or "", contact=row.contact or "",
                contact_email=row.contact_email or "", language=row.language or "zh",
            ),
            bool(row.archived),
        )
        problem: Optional[BadValue] = None
        latest = None
        if row.id is not None:
            try:
                assessed_on = stored_date(row.assessed_on)
            except (TypeError, ValueError):
                assessed_on, problem = None, BadValue("assessed_on", str(row.assessed_on)[:80])
            latest = summary(row, row.e_name, assessed_on=assessed_on, to_reverify=row.to_reverify or 0)
        if isinstance(crec, BrokenCertificate):
            return PortfolioRow(ent, latest, None, None, None, problem or crec.problem)
        if crec is None:
            return PortfolioRow(ent, latest, None, None, None, problem)
        try:
            rules = self.certificate_rules(crec)
            state, nxt = cycle.status_of(crec.certificate, today, rules)
            expires = cycle.expiry_date(crec.certificate, rules)
        except (CatalogUnreadable, cycle.CycleDateError) as exc:
            return PortfolioRow(ent, latest, crec, None, None, problem or _bad_value(exc))
        return PortfolioRow(ent, latest, crec, nxt, state, problem, expires)


def calendar_ics(entries: Iterable[CalendarEntry], today: date, titles: Optional[dict[str, str]] = None) -> bytes:
    """One iCalendar file for the given calendar entries (one enterprise or the whole portfolio)."""
    return cycle.to_ics([(e.enterprise_name, e.certificate, e.rules) for e in entries], today, titles=titles)


class CatalogUnreadable(Exception):
    """A certificate's catalog is neither built in nor registered (or no longer parses)."""

    def __init__(self, record: CertificateRecord | BrokenCertificate):
        super().__init__(f"certificate {record.id}: catalog {record.catalog.id} {record.catalog.version} cannot be read")
        self.record = record


class _Unusable(Exception):
    def __init__(self, problem: BadValue):
        self.problem = problem


def _bad_value(exc: Exception) -> BadValue:
    if isinstance(exc, _Unusable):
        return exc.problem
    if isinstance(exc, CatalogUnreadable):
        ref = exc.record.catalog
        return BadValue("catalog", f"{ref.id} {ref.version}"[:80])
    return BadValue(exc.field, exc.value.isoformat())  # CycleDateError


def _number(rec: CertificateRecord | BrokenCertificate) -> str:
    return rec.number if isinstance(rec, BrokenCertificate) else rec.certificate.number


def _latest_ids():
    """The id of each enterprise's latest assessment (aid) with its enterprise (eid)."""
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
    return select(ranked.c.aid, ranked.c.eid).where(ranked.c.rn == 1).subquery()


def _claims_and_files(session):
    """For each enterprise's latest assessment: its met and partial answers ((item, result, evidence ticked)) and
    its number of evidence files per item; two grouped queries over the latest rounds only."""
    latest = _latest_ids()
    claims: dict[int, list] = {}
    rows = session.connection().execute(
        select(ResponseRow.assessment_id, ResponseRow.item, ResponseRow.result, ResponseRow.evidence)
        .join(latest, latest.c.aid == ResponseRow.assessment_id).where(ResponseRow.result.in_(CLAIMS)))
    for aid, item, result, evidence in rows:
        claims.setdefault(aid, []).append((item, result, evidence if isinstance(evidence, list) else ()))
    files: dict[int, dict[str, int]] = {}
    counted = session.connection().execute(
        select(EvidenceFileRow.assessment_id, EvidenceFileRow.item, func.count())
        .join(latest, latest.c.aid == EvidenceFileRow.assessment_id)
        .group_by(EvidenceFileRow.assessment_id, EvidenceFileRow.item))
    for aid, item, n in counted:
        files.setdefault(aid, {})[item] = n
    return claims, files


def _overdue_actions(session, today: date) -> dict[int, int]:
    """For each enterprise's latest assessment with any: how many of its corrective actions are not done yet and
    past their due date on `today` (one grouped query; the rule is actions.is_overdue's)."""
    latest = _latest_ids()
    counted = session.connection().execute(
        select(ActionRow.assessment_id, func.count())
        .join(latest, latest.c.aid == ActionRow.assessment_id)
        .where(ActionRow.status.in_(OPEN_STATUSES), ActionRow.due_on.is_not(None), ActionRow.due_on < today)
        .group_by(ActionRow.assessment_id))
    return {aid: n for aid, n in counted}


def _portfolio_query(include_archived: bool):
    """Each enterprise with the columns of its latest assessment (plain columns, not ORM entities: this query
    serves the start page and must stay fast) and how many of its answers are still to re-verify."""
    latest = _latest_ids()
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
            e.contact, e.contact_email, e.language, e.archived,
            a.id, a.enterprise_id, type_coerce(a.assessed_on, String).label("assessed_on"), a.assessor,
            a.catalog_id, a.catalog_version, a.version, a.previous_id, a.cached_answered, a.cached_final,
            a.cached_level, a.cached_complete, a.cached_catalog_version, reverify.label("to_reverify"),
        )
        .outerjoin(latest, latest.c.eid == e.id)
        .outerjoin(a, a.id == latest.c.aid)
        .order_by(code_point_order(e.name), e.id)
    )
    if not include_archived:
        q = q.where(e.archived.is_(False))
    return q
