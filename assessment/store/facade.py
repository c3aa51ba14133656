"""The Store: the rooms put together over one unit of work. Pages and the command line hold one of these."""

from __future__ import annotations

from .assessments import AssessmentRoom
from .audit_trail import AuditRoom
from .catalogs import CatalogRoom
from .certificates import CertificateRoom
from .enterprises import EnterpriseRoom
from .portfolio import PortfolioRoom
from .evidence import EvidenceRoom
from .leases import LeaseRoom
from .profiles import ProfileRoom
from .reminder_history import ReminderHistoryRoom
from .reminders import ReminderRoom
from .service_records import RecordRoom
from .unit_of_work import StoreBase
from .users import UserRoom


class Store(CatalogRoom, EnterpriseRoom, AssessmentRoom, CertificateRoom, PortfolioRoom, ProfileRoom, RecordRoom,
            EvidenceRoom, UserRoom, ReminderRoom, ReminderHistoryRoom, LeaseRoom, AuditRoom, StoreBase):
    """The application's persistence. One instance per process; thread-safe through short sessions.

    Every public write is one transaction through `unit_of_work()`. Imports validate everything before writing
    anything. A database that cannot be used (deleted, replaced, read-only, full, unreachable) raises
    `StorageUnavailable` (see engine.py)."""
