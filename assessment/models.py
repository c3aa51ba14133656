"""Domain types. They mirror the assessment exchange file (format `gbt27922-assessment`, version 1) exactly.

Field names here are a public contract: tools outside the project read and write them. Extend, never rename.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

FORMAT = "gbt27922-assessment"
FORMAT_VERSION = 1

Result = Literal["met", "not_met", "partial", "excluded"]
RESULTS: tuple[str, ...] = ("met", "not_met", "partial", "excluded")
LevelId = Literal["compliant", "three_star", "four_star", "five_star"]
LEVEL_IDS: tuple[str, ...] = ("not_passed", "compliant", "three_star", "four_star", "five_star")
DEDUCTION_CATEGORIES: tuple[str, ...] = ("law", "own_rules", "industry", "service_system")

# Generous limits: they stop a hostile file from filling memory, not a real assessor.
_SHORT = 500
_LONG = 50_000


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class Enterprise(_Value):
    name: str = Field(min_length=1, max_length=_SHORT)
    credit_code: str = Field(default="", max_length=64)
    kind: Literal["producer", "seller"] = "producer"
    industry: str = Field(default="", max_length=_SHORT)
    address: str = Field(default="", max_length=_SHORT)
    contact: str = Field(default="", max_length=_SHORT)

    @model_validator(mode="after")
    def _name_not_blank(self):
        if not self.name.strip():
            raise ValueError("name must not be blank")
        return self


class Response(_Value):
    """The answer to one checklist item."""

    item: str = Field(min_length=1, max_length=100)
    result: Result
    samples: Optional[int] = Field(default=None, ge=0)
    failed_samples: Optional[int] = Field(default=None, ge=0)
    justification: str = Field(default="", max_length=_LONG)
    note: str = Field(default="", max_length=_LONG)
    # Ids of the catalog's evidence entries in hand; any other string is kept as additional evidence.
    evidence: tuple[str, ...] = ()
    # Extensions (optional in the exchange file): copied from an earlier round and not yet re-verified,
    # and the corrective-action plan for a gap.
    to_reverify: bool = False
    action: str = Field(default="", max_length=_LONG)
    owner: str = Field(default="", max_length=_SHORT)
    due_on: Optional[date] = None

    @model_validator(mode="after")
    def _consistent(self):
        if self.result == "partial":
            if self.samples is None or self.samples < 1:
                raise ValueError("a 'partial' result needs samples >= 1")
            if self.failed_samples is None:
                raise ValueError("a 'partial' result needs failed_samples")
        if self.samples is not None and self.failed_samples is not None and self.failed_samples > self.samples:
            raise ValueError(f"failed_samples ({self.failed_samples}) is more than samples ({self.samples})")
        if self.failed_samples is not None and self.samples is None:
            raise ValueError("failed_samples given without samples")
        if self.result == "excluded" and not self.justification.strip():
            raise ValueError("an 'excluded' result needs a justification")
        return self


class SpecialDeduction(_Value):
    category: Literal["law", "own_rules", "industry", "service_system"]
    description: str = Field(min_length=1, max_length=_LONG)
    corrective_action: str = Field(default="", max_length=_LONG)


class SpecialBonus(_Value):
    description: str = Field(min_length=1, max_length=_LONG)


class Audit(_Value):
    """A certification-body audit that took place under a certificate (extension of the exchange file)."""

    kind: Literal["surveillance", "recertification"]
    on: date


class Certificate(_Value):
    number: str = Field(min_length=1, max_length=100)
    issued_on: date
    level: LevelId
    audits: tuple[Audit, ...] = ()


class CatalogRef(_Value):
    id: str = Field(min_length=1, max_length=100)
    version: str = Field(min_length=1, max_length=100)


class Assessment(_Value):
    """One self-assessment of one enterprise against one catalog version: the exchange file's content."""

    format: Literal["gbt27922-assessment"] = FORMAT
    format_version: Literal[1] = FORMAT_VERSION
    catalog: CatalogRef
    enterprise: Enterprise
    assessed_on: date
    assessor: str = Field(default="", max_length=_SHORT)
    responses: tuple[Response, ...] = ()
    special_deductions: tuple[SpecialDeduction, ...] = ()
    special_bonus: Optional[SpecialBonus] = None
    certificate: Optional[Certificate] = None

    @model_validator(mode="after")
    def _unique_items(self):
        seen: set[str] = set()
        for i, r in enumerate(self.responses):
            if r.item in seen:
                raise ValueError(f"responses[{i}]: item {r.item!r} is answered more than once")
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
