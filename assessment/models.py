"""Domain types. They mirror the assessment exchange file (format `gbt27922-assessment`, version 1) exactly.

Field names here are a public contract: tools outside the project read and write them. Extend, never rename.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, Strict, field_validator, model_validator

from .days import EARLIEST_DATE, LATEST_DATE, Day, InvalidValue  # noqa: F401 (re-exported)
from .profile import ServiceProfile

FORMAT = "gbt27922-assessment"
FORMAT_VERSION = 1

Answer = Literal["met", "not_met", "partial", "excluded"]  # one response's answer (scoring.Result is a scored assessment)
RESULTS: tuple[str, ...] = ("met", "not_met", "partial", "excluded")
# A certificate's level: one of its catalog's level ids (checked against that catalog where it is stored).
LevelId = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[a-z][a-z0-9_]*$")]
DEDUCTION_CATEGORIES: tuple[str, ...] = ("law", "own_rules", "industry", "service_system")

# Generous limits: they stop a hostile file from filling memory, not a real assessor.
_SHORT = 500
_LONG = 50_000
_MANY = 1000  # evidence entries of one response, special deductions, audits of one certificate

# The most samples one sampled item may record.
MAX_SAMPLES = 1_000_000

SampleCount = Annotated[int, Strict(), Field(ge=0, le=MAX_SAMPLES)]
Flag = Annotated[bool, Strict()]


# One address, as a person types it into a form: no display name, no spaces, no control characters, no commas.
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+")


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class Enterprise(_Value):
    name: str = Field(min_length=1, max_length=_SHORT)
    credit_code: str = Field(default="", max_length=64)
    kind: Literal["producer", "seller"] = "producer"
    industry: str = Field(default="", max_length=_SHORT)
    address: str = Field(default="", max_length=_SHORT)
    contact: str = Field(default="", max_length=_SHORT)
    # Extensions (optional in the exchange file): where reminders go, and the language they are written in.
    contact_email: str = Field(default="", max_length=320)
    language: Literal["zh", "en", "es"] = "zh"

    @model_validator(mode="after")
    def _name_not_blank(self):
        if not self.name.strip():
            raise InvalidValue("name_blank")
        return self

    @field_validator("contact_email")
    @classmethod
    def _one_address(cls, value: str) -> str:
        if value and not _EMAIL.fullmatch(value):
            raise InvalidValue("email_invalid")
        return value


class Response(_Value):
    """The answer to one checklist item."""

    item: str = Field(min_length=1, max_length=100)
    result: Answer
    samples: Optional[SampleCount] = None
    failed_samples: Optional[SampleCount] = None
    justification: str = Field(default="", max_length=_LONG)
    note: str = Field(default="", max_length=_LONG)
    # Ids of the catalog's evidence entries in hand; any other string is kept as additional evidence.
    evidence: tuple[str, ...] = Field(default=(), max_length=_MANY)
    # Extension (optional in the exchange file): copied from an earlier round and not yet re-verified.
    to_reverify: Flag = False
    # Read from older files only: one untracked corrective action per item. An Assessment lifts them into its
    # tracked `actions` (status open) and leaves them empty, so the action plan has one source.
    action: str = Field(default="", max_length=_LONG)
    owner: str = Field(default="", max_length=_SHORT)
    due_on: Optional[Day] = None

    @model_validator(mode="after")
    def _consistent(self):
        if self.result == "partial":
            if self.samples is None or self.samples < 1:
                raise InvalidValue("partial_needs_samples", field="samples")
            if self.failed_samples is None:
                raise InvalidValue("partial_needs_failed_samples", field="failed_samples")
        if self.samples is not None and self.failed_samples is not None and self.failed_samples > self.samples:
            raise InvalidValue("failed_more_than_samples", field="failed_samples", failed=self.failed_samples,
                         samples=self.samples)
        if self.failed_samples is not None and self.samples is None:
            raise InvalidValue("failed_without_samples", field="failed_samples")
        if self.result == "excluded" and not self.justification.strip():
            raise InvalidValue("excluded_needs_justification", field="justification")
        return self


class SpecialDeduction(_Value):
    category: Literal["law", "own_rules", "industry", "service_system"]
    description: str = Field(min_length=1, max_length=_LONG)
    corrective_action: str = Field(default="", max_length=_LONG)


ActionStatus = Literal["open", "in_progress", "done", "verified"]
ACTION_STATUSES: tuple[str, ...] = ("open", "in_progress", "done", "verified")
MAX_ACTIONS = 10_000


class CorrectiveAction(_Value):
    """A tracked corrective action (整改措施) for a gap item or a special deduction (extension of the exchange file).

    It names exactly one target: `item` (a catalog item id) or `deduction` (the 0-based position of a special
    deduction in the assessment). `done_on` is set once it is done; a verified action says who verified it.
    """

    item: Optional[str] = Field(default=None, min_length=1, max_length=100)
    deduction: Optional[Annotated[int, Strict(), Field(ge=0, lt=_MANY)]] = None
    description: str = Field(min_length=1, max_length=_LONG)
    owner: str = Field(default="", max_length=_SHORT)
    due_on: Optional[Day] = None
    status: ActionStatus = "open"
    done_on: Optional[Day] = None
    verified_by: str = Field(default="", max_length=_SHORT)
    verification_note: str = Field(default="", max_length=_LONG)
    # Carried over from the previous round, still open there.
    carried_over: Flag = False

    @model_validator(mode="after")
    def _consistent(self):
        if (self.item is None) == (self.deduction is None):
            raise InvalidValue("action_target", field="item")
        if not self.description.strip():
            raise InvalidValue("action_blank", field="description")
        if self.status in ("done", "verified") and self.done_on is None:
            raise InvalidValue("action_needs_done_on", field="done_on")
        if self.status in ("open", "in_progress") and self.done_on is not None:
            raise InvalidValue("action_done_on_too_early", field="done_on")
        if self.status == "verified" and not self.verified_by.strip():
            raise InvalidValue("action_needs_verifier", field="verified_by")
        return self


class SpecialBonus(_Value):
    description: str = Field(min_length=1, max_length=_LONG)


class Audit(_Value):
    """A certification-body audit that took place under a certificate (extension of the exchange file)."""

    kind: Literal["surveillance", "recertification"]
    on: Day


class Certificate(_Value):
    number: str = Field(min_length=1, max_length=100)
    issued_on: Day
    level: LevelId
    audits: tuple[Audit, ...] = Field(default=(), max_length=_MANY)


class CatalogRef(_Value):
    id: str = Field(min_length=1, max_length=100)
    version: str = Field(min_length=1, max_length=100)


class Assessment(_Value):
    """One self-assessment of one enterprise against one catalog version: the exchange file's content."""

    format: Literal["gbt27922-assessment"] = FORMAT
    format_version: Literal[1] = FORMAT_VERSION
    catalog: CatalogRef
    enterprise: Enterprise
    assessed_on: Day
    assessor: str = Field(default="", max_length=_SHORT)
    responses: tuple[Response, ...] = ()
    special_deductions: tuple[SpecialDeduction, ...] = Field(default=(), max_length=_MANY)
    special_bonus: Optional[SpecialBonus] = None
    certificate: Optional[Certificate] = None
    # Extension: the enterprise's service profile (its commitments and time limits), from which its service
    # manual is drafted. Stored per enterprise; an export carries the current one.
    service_profile: Optional[ServiceProfile] = None
    # Extension: the tracked corrective actions of the gap items and special deductions, in plan order.
    actions: tuple[CorrectiveAction, ...] = Field(default=(), max_length=MAX_ACTIONS)

    @model_validator(mode="before")
    @classmethod
    def _lift_legacy_actions(cls, data):
        """Older files keep one untracked action on a response (`action`, `owner`, `due_on`) and one on a special
        deduction (`corrective_action`): they become tracked actions (open) in the same plan."""
        if isinstance(data, dict):
            from .actions import lift_legacy  # the plan's rules live beside the plan

            data = lift_legacy(data)
        return data

    @model_validator(mode="after")
    def _actions_point_somewhere(self):
        count = len(self.special_deductions)
        for i, action in enumerate(self.actions):
            if action.deduction is not None and action.deduction >= count:
                raise InvalidValue("action_no_deduction", field=f"actions[{i}].deduction", number=action.deduction + 1,
                                   count=count)
        return self

    @model_validator(mode="after")
    def _unique_items(self):
        seen: set[str] = set()
        for i, r in enumerate(self.responses):
            if r.item in seen:
                raise InvalidValue("item_answered_twice", index=i, item=repr(r.item))
            seen.add(r.item)
        return self

    def response_map(self) -> dict[str, Response]:
        return {r.item: r for r in self.responses}

    def with_response(self, response: Response) -> "Assessment":
        """A copy with `response` replacing any earlier answer to the same item (catalog order is kept by callers)."""
        others = tuple(r for r in self.responses if r.item != response.item)
        return self.model_copy(update={"responses": others + (response,)})

    def without_response(self, item_id: str) -> "Assessment":
        return self.model_copy(update={"responses": tuple(r for r in self.responses if r.item != item_id)})
