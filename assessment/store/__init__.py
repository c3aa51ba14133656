"""Persistence: SQLAlchemy 2, SQLite by default, PostgreSQL (or any SQLAlchemy URL) through
DATABASE_URL; Alembic migrations.

The store is built in rooms, one module per aggregate (catalogs and settings, enterprises, assessments,
certificates) plus the read models (portfolio and calendar), over one base whose unit of work every write goes
through (unit_of_work.py). Row mapping lives in mapping.py, tables in tables.py, the engine in engine.py.
Names are loaded on first use: importing `assessment.store.errors` does not load SQLAlchemy.
"""

from __future__ import annotations

import importlib

_NAMES = {
    "Store": "facade",
    "StoreError": "engine", "StorageUnavailable": "engine", "UnstorableValue": "engine", "DEFAULT_DB_NAME": "engine",
    "data_dir": "engine", "default_url": "engine", "display_name": "engine",
    "NotFound": "errors", "StaleAssessment": "errors", "StaleItem": "errors", "EnterpriseInUse": "errors",
    "DuplicateCertificate": "errors", "MAX_ID": "errors", "StaleProfile": "errors", "BadManualIssue": "errors",
    "ProfileVersion": "records", "ManualIssue": "records", "EvidenceRecord": "records",
    "RegisteredCatalog": "records", "EnterpriseRecord": "records", "StoredAssessment": "records",
    "AssessmentSummary": "records", "CertificateRecord": "records", "BadValue": "records",
    "BrokenCertificate": "records", "PortfolioRow": "records", "CalendarEntry": "records",
    "CalendarProblem": "records", "CalendarView": "records",
    "Lease": "leases", "LeaseHeld": "leases",
    "AuditEntry": "audit_trail", "UserRecord": "users", "calendar_ics": "portfolio", "CatalogUnreadable": "portfolio",
    "ReminderAttempt": "reminder_history",
}
__all__ = sorted(_NAMES)


def __getattr__(name: str):
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
