"""What can go wrong in the store, each error naming its situation. No SQLAlchemy here: the command line
imports these types without loading the database layer."""

from __future__ import annotations

from .engine import StorageUnavailable, StoreError, UnstorableValue

__all__ = ["StoreError", "StorageUnavailable", "UnstorableValue", "NotFound", "StaleAssessment", "EnterpriseInUse",
           "DuplicateCertificate", "StaleItem", "StaleProfile", "BadManualIssue", "MAX_ID", "checked_id"]


class NotFound(StoreError, LookupError):
    def __init__(self, what: str, key):
        super().__init__(f"{what} {key!r} not found")
        self.what, self.key = what, key


MAX_ID = 2**31 - 1  # row ids are INTEGER columns: 32-bit in PostgreSQL, so no larger id can exist anywhere


def checked_id(what: str, key) -> int:
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


class StaleItem(StaleAssessment):
    """One unit of the assessment (an item's answer, a special finding, a corrective action, the header) was
    changed by someone else since this copy was read; nothing was saved. Changes to other units do not count."""

    def __init__(self, assessment_id: int, expected: int, actual: int, target: str, key: str, changed_by: str,
                 changed_at, value):
        StoreError.__init__(
            self,
            f"{target} {key} of assessment {assessment_id} was changed by {changed_by} at "
            f"{changed_at:%Y-%m-%d %H:%M} UTC since your copy (version {expected}); nothing was saved")
        self.assessment_id, self.expected, self.actual = assessment_id, expected, actual
        self.target, self.key, self.changed_by, self.changed_at, self.value = target, key, changed_by, changed_at, value


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


class StaleProfile(StoreError):
    """The service profile was saved elsewhere since this copy was read; nothing was saved."""

    def __init__(self, enterprise_id: int, expected, actual: int, saved_at=None, saved_by: str = ""):
        who = f" by {saved_by}" if saved_by else ""
        when = f" at {saved_at:%Y-%m-%d %H:%M} UTC" if saved_at else ""
        super().__init__(
            f"the service profile of enterprise {enterprise_id} was saved elsewhere{who}{when} (your copy is "
            f"version {expected or 0}, the saved one is version {actual}); nothing was saved"
        )
        self.enterprise_id, self.expected, self.actual = enterprise_id, expected, actual
        self.saved_at, self.saved_by = saved_at, saved_by


class BadManualIssue(StoreError, ValueError):
    """An issued version of the manual that cannot be recorded (a blank number or version, a date outside the
    calendar); `field` names the value. Nothing was saved."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}; nothing was saved")
        self.field = field
