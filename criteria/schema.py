"""The catalog schema: what a criteria file (default catalog or a certification body's scoring sheet) may say.

A catalog is data. Points, level thresholds, rounding, the special-deduction limit and the certification
cycle all live here, so a different scoring sheet changes the toolkit's behaviour without a code change.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

LANGUAGES: tuple[str, ...] = ("zh", "en", "es")

# Bounds that keep every catalog computable in bounded time: points are exact decimals of at most two places,
# so sums and the score stay exact and small; cycle figures keep every date inside the calendar.
MAX_POINTS = 1000
POINTS_DECIMALS = 2
MAX_ID_LENGTH = 100  # as an assessment's `catalog.id`, `catalog.version` and `responses[].item`
MAX_TEXT_LENGTH = 50_000

Points = Annotated[Decimal, Field(ge=0, le=MAX_POINTS, decimal_places=POINTS_DECIMALS)]
NodeId = Annotated[str, Field(min_length=1, max_length=MAX_ID_LENGTH)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Text(_Frozen):
    """One text in every language the toolkit speaks."""

    zh: str = Field(min_length=1, max_length=MAX_TEXT_LENGTH)
    en: str = Field(min_length=1, max_length=MAX_TEXT_LENGTH)
    es: str = Field(min_length=1, max_length=MAX_TEXT_LENGTH)

    def get(self, lang: str) -> str:
        return getattr(self, lang if lang in LANGUAGES else "zh")


class Evidence(_Frozen):
    """One piece of evidence an assessor looks for; `id` is unique within its item."""

    id: NodeId
    kind: Literal["document", "record", "onsite", "interview"]
    text: Text


RECORD_KINDS: tuple[str, ...] = ("complaint", "repair", "delivery", "installation", "return")


class RecordSampling(_Frozen):
    """Which kind of service record an assessor samples for a sampled item, and how many: a fixed `n`, or a
    `share` of the records in the period with at least `minimum`; all of them when there are fewer. The period
    is the last `months` months."""

    kind: Literal["complaint", "repair", "delivery", "installation", "return"]
    n: int = Field(default=10, ge=1, le=100_000)
    share: Optional[Decimal] = Field(default=None, gt=0, le=1, decimal_places=4)
    minimum: int = Field(default=1, ge=1, le=100_000)
    months: int = Field(default=12, ge=1, le=120)

    def size(self, population: int) -> int:
        """The sample size for `population` records."""
        if self.share is None:
            wanted = self.n
        else:
            exact = self.share * population
            wanted = max(self.minimum, int(exact) + (exact != int(exact)))
        return min(wanted, population)


class Item(_Frozen):
    """A third-level checklist item: the unit that is answered and scored."""

    id: NodeId
    points: Points = Field(gt=0)
    method: Literal["qualitative", "sampled"]
    excludable: bool = False
    requirement: Text
    guidance: Text
    evidence: tuple[Evidence, ...] = ()
    # Sampled items judged on service records: the kind of record and the sample-size rule.
    records: Optional[RecordSampling] = None


class Indicator(_Frozen):
    """A second-level indicator; its points are the sum of its items'."""

    id: NodeId
    name: Text
    points: Points = Field(gt=0)
    # The clause of GB/T 27922-2011 the indicator assesses ("5.1.4"); the service manual maps its chapters by it.
    clause: Optional[str] = Field(default=None, max_length=20, pattern=r"^[0-9]+(\.[0-9]+)*$")
    items: tuple[Item, ...]


class Area(_Frozen):
    """A first-level area; its points are the sum of its indicators'."""

    id: NodeId
    name: Text
    points: Points = Field(gt=0)
    indicators: tuple[Indicator, ...]


class Level(_Frozen):
    """A grade the catalog awards; a scoring sheet may name its own ids (not_passed is the toolkit's word for none)."""

    id: str = Field(min_length=1, max_length=32, pattern=r"^[a-z][a-z0-9_]*$")
    min_score: Points = Field(le=100)
    stars: int = Field(ge=0, le=5)
    name: Text


class Rounding(_Frozen):
    method: Literal["half_up"] = "half_up"
    decimals: int = Field(default=1, ge=0, le=4)


class Rules(_Frozen):
    """Scoring rules as data. Final = base - deductions + bonus, clamped, rounded; level on the rounded score."""

    total_points: Points = Field(default=Decimal(100), gt=0)
    levels: tuple[Level, ...]
    not_passed_name: Text
    rounding: Rounding = Rounding()
    special_deduction_points: Points = Decimal(1)
    # A grade needs fewer than this many special deductions.
    deductions_for_no_grade: int = Field(default=5, ge=1, le=1000)
    bonus_points: Points = Decimal(1)
    max_bonus: int = Field(default=1, ge=0, le=1000)
    # "One year at compliant level before stars" (some certification bodies); off by default.
    compliant_year_before_stars: bool = False


class CycleRules(_Frozen):
    """The certification cycle: validity, surveillance interval, recertification window, reminder lead times."""

    validity_years: int = Field(default=3, ge=1, le=10)
    surveillance_interval_months: int = Field(default=12, ge=1, le=120)
    recertification_window_months: int = Field(default=3, ge=1, le=120)
    reminder_lead_days: tuple[Annotated[int, Field(ge=0, le=366)], ...] = Field(default=(90, 30, 7), min_length=1,
                                                                                 max_length=10)


class Header(_Frozen):
    id: str = Field(min_length=1, max_length=MAX_ID_LENGTH, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    version: str = Field(min_length=1, max_length=MAX_ID_LENGTH)
    title: Text
    standard: str = Field(min_length=1, max_length=MAX_ID_LENGTH)
    published: date
    languages: tuple[str, ...] = Field(default=LANGUAGES, max_length=10)
    # "toolkit_default": the toolkit's own weighting; "scoring_sheet": a certification body's or company's sheet.
    weighting: Literal["toolkit_default", "scoring_sheet"]
    note: Text


class Catalog(_Frozen):
    catalog: Header
    rules: Rules
    cycle: CycleRules = CycleRules()
    areas: tuple[Area, ...]

    # Convenience accessors; the model is immutable so these are cheap views.
    @property
    def id(self) -> str:
        return self.catalog.id

    @property
    def version(self) -> str:
        return self.catalog.version

    def iter_items(self):
        """Yield (area, indicator, item) in catalog order."""
        for area in self.areas:
            for indicator in area.indicators:
                for item in indicator.items:
                    yield area, indicator, item

    def item(self, item_id: str) -> Item:
        for _, _, item in self.iter_items():
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def indicators(self):
        for area in self.areas:
            yield from area.indicators

    def level(self, level_id: str) -> Level:
        for level in self.rules.levels:
            if level.id == level_id:
                return level
        raise KeyError(level_id)

    @property
    def level_ids(self) -> tuple[str, ...]:
        """The ids of the levels a certificate can carry, lowest first."""
        return tuple(level.id for level in self.rules.levels)

    @property
    def max_stars(self) -> int:
        """The most stars any level of this catalog draws."""
        return max((level.stars for level in self.rules.levels), default=0)

    def level_name(self, level_id: str, lang: str = "zh") -> str:
        if level_id == "not_passed":
            return self.rules.not_passed_name.get(lang)
        return self.level(level_id).name.get(lang)
