"""The service profile of each enterprise, with its version history, and the issued versions of its manual.

Every save of a profile appends a version (the highest is current); saving what is already current adds none.
A save names the version it was edited from, so two people editing one profile cannot silently overwrite each
other (`StaleProfile`). A stored version that no longer validates (a hand-edited database) is skipped, never
allowed to take a page down: the newest valid one is current.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Optional

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .audit_trail import note
from ..models import EARLIEST_DATE, LATEST_DATE
from ..profile import ServiceProfile
from .enterprises import enterprise_row
from .errors import BadManualIssue, StaleProfile, checked_id
from .records import ManualIssue, ProfileVersion
from .tables import ManualIssueRow, ServiceProfileRow

MAX_LABEL = 500  # number, version and approver of an issued manual
MAX_ITEMS = 10_000


class ProfileRoom:
    def service_profile(self, enterprise_id: int) -> Optional[ProfileVersion]:
        """The current service profile of the enterprise (NotFound for an unknown enterprise); None before the
        first save."""
        with self.reading() as session:
            enterprise_row(session, checked_id("enterprise", enterprise_id))
            for row in session.scalars(_versions(enterprise_id)):
                version = _profile_version(row)
                if version is not None:
                    return version
        return None

    def profile_history(self, enterprise_id: int) -> list[ProfileVersion]:
        """Every readable saved version, newest first."""
        with self.reading() as session:
            enterprise_row(session, checked_id("enterprise", enterprise_id))
            return [v for v in map(_profile_version, session.scalars(_versions(enterprise_id))) if v is not None]

    def save_profile(self, enterprise_id: int, profile: ServiceProfile, expected_version: Optional[int],
                     saved_by: str = "") -> ProfileVersion:
        """Save `profile` as the enterprise's next version, edited from `expected_version` (None: there was no
        profile yet). Raises StaleProfile, and saves nothing, when another version was saved since."""
        with self.unit_of_work() as session:
            return save_profile_in(session, enterprise_id, profile, expected_version, saved_by)

    # -- the issued manual ------------------------------------------------------------------------------------

    def issue_manual(self, enterprise_id: int, number: str, version: str, issued_on: date, approver: str,
                     items: Iterable[str], catalog_id: str, catalog_version: str) -> ManualIssue:
        """Record that the enterprise issued its manual `number` `version` on `issued_on`, covering `items`
        (catalog item ids). Raises BadManualIssue naming the value, and saves nothing, for bad input."""
        number, version, approver = (_label(name, value) for name, value in
                                     (("number", number), ("version", version), ("approver", approver)))
        if not number:
            raise BadManualIssue("number", "the document number is empty")
        if not version:
            raise BadManualIssue("version", "the version is empty")
        if not isinstance(issued_on, date) or not EARLIEST_DATE <= issued_on <= LATEST_DATE:
            raise BadManualIssue("issued_on", f"the issue date must lie between {EARLIEST_DATE} and {LATEST_DATE}")
        items = tuple(dict.fromkeys(str(i) for i in items))
        if len(items) > MAX_ITEMS:
            raise BadManualIssue("items", f"more than {MAX_ITEMS} items")
        with self.unit_of_work() as session:
            enterprise_row(session, checked_id("enterprise", enterprise_id))
            current = session.scalar(select(func.max(ServiceProfileRow.version))
                                     .where(ServiceProfileRow.enterprise_id == enterprise_id))
            row = ManualIssueRow(enterprise_id=enterprise_id, number=number, version=version, issued_on=issued_on,
                                 approver=approver, profile_version=current, catalog_id=catalog_id,
                                 catalog_version=catalog_version, items=list(items))
            session.add(row)
            session.flush()
            note(session, "manual.issue", "manual", f"{number} {version}", enterprise_id=enterprise_id,
                 after={"number": number, "version": version, "issued_on": issued_on.isoformat(),
                        "approver": approver, "items": len(items)})
            return _issue(row)

    def manual_issues(self, enterprise_id: int) -> list[ManualIssue]:
        """The issued versions of the enterprise's manual, newest first."""
        with self.reading() as session:
            enterprise_row(session, checked_id("enterprise", enterprise_id))
            rows = session.scalars(select(ManualIssueRow).where(ManualIssueRow.enterprise_id == enterprise_id)
                                   .order_by(ManualIssueRow.issued_on.desc(), ManualIssueRow.id.desc()))
            return [_issue(row) for row in rows]

    def covering_issue(self, enterprise_id: int, item_id: str) -> Optional[ManualIssue]:
        """The newest issued manual that covers the item, if any."""
        return next((i for i in self.manual_issues(enterprise_id) if i.covers(item_id)), None)


def save_profile_in(session: Session, enterprise_id: int, profile: ServiceProfile,
                    expected_version: Optional[int], saved_by: str = "") -> ProfileVersion:
    """The save inside a caller's unit of work (an import saves the file's profile with its assessment)."""
    enterprise_row(session, checked_id("enterprise", enterprise_id))
    latest = session.scalar(_versions(enterprise_id).limit(1))
    actual = latest.version if latest is not None else None
    if actual != expected_version:
        raise StaleProfile(enterprise_id, expected_version, actual or 0,
                           latest.saved_at if latest is not None else None, latest.saved_by if latest else "")
    data = profile.model_dump(mode="json")
    if latest is not None and latest.data == data:
        return _profile_version(latest)
    row = _append(session, enterprise_id, actual, data, saved_by)
    note(session, "profile.save", "profile", row.version, enterprise_id=enterprise_id,
         before=None if actual is None else {"version": actual}, after={"version": row.version})
    return _profile_version(row)


def current_profile_version(session: Session, enterprise_id: int) -> Optional[int]:
    return session.scalar(select(func.max(ServiceProfileRow.version))
                          .where(ServiceProfileRow.enterprise_id == enterprise_id))


def _append(session: Session, enterprise_id: int, actual: Optional[int], data: dict, saved_by: str):
    row = ServiceProfileRow(enterprise_id=enterprise_id, version=(actual or 0) + 1, data=data,
                            saved_by=_label("saved_by", saved_by))
    session.add(row)
    session.flush()
    return row


def _versions(enterprise_id: int):
    return (select(ServiceProfileRow).where(ServiceProfileRow.enterprise_id == enterprise_id)
            .order_by(ServiceProfileRow.version.desc()))


def _profile_version(row: ServiceProfileRow) -> Optional[ProfileVersion]:
    try:
        profile = ServiceProfile.model_validate(row.data)
    except (ValidationError, TypeError, ValueError):
        return None
    return ProfileVersion(row.enterprise_id, row.version, profile, row.saved_at, row.saved_by or "")


def _issue(row: ManualIssueRow) -> ManualIssue:
    items = tuple(str(i) for i in row.items) if isinstance(row.items, list) else ()
    return ManualIssue(row.id, row.enterprise_id, row.number, row.version, row.issued_on, row.approver or "",
                       row.profile_version, row.catalog_id, row.catalog_version, items, row.recorded_at)


def _label(name: str, value) -> str:
    if not isinstance(value, str):
        raise BadManualIssue(name, "must be text")
    value = " ".join(value.split())
    if len(value) > MAX_LABEL:
        raise BadManualIssue(name, f"longer than {MAX_LABEL} characters")
    return value
