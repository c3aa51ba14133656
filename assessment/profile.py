"""The service profile: what a company commits to, stated once as data, from which its service manual is drafted.

It travels in the exchange file as the optional top-level extension `service_profile` and is stored per
enterprise with a version history. Field names (above all `time_limits` and its keys) are a public contract.

Every default is a *typical company commitment* seen in published company and shopping-mall rules, never a figure
of GB/T 27922-2011 (the standard sets no time limits: each company sets and meets its own). The app and the manual
label them so. `DEFAULT_PROFILE` is the profile of a company that has stated nothing yet.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, Strict, field_validator

from .days import Day

PROFILE_LANGS: tuple[str, ...] = ("zh", "en", "es")

_SHORT = 500
_LONG = 20_000
_MANY = 200  # posts, outlets, managers, other channels: generous, bounded

# Integers of the profile: strict (no "12", no 12.0, no true) and bounded so that every sentence and date stays sane.
Minutes = Annotated[int, Strict(), Field(ge=1, le=24 * 60 * 30)]
Hours = Annotated[int, Strict(), Field(ge=1, le=24 * 366)]
Days = Annotated[int, Strict(), Field(ge=1, le=3660)]
Months = Annotated[int, Strict(), Field(ge=1, le=240)]
Count = Annotated[int, Strict(), Field(ge=0, le=10_000_000)]
Yuan = Annotated[int, Strict(), Field(ge=0, le=10_000_000_000)]
Percent = Annotated[int, Strict(), Field(ge=0, le=100)]
Flag = Annotated[bool, Strict()]
ShortText = Annotated[str, Field(max_length=_SHORT)]
LongText = Annotated[str, Field(max_length=_LONG)]


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LocalText(_Value):
    """A free text the company writes, in each language it chooses to give."""

    zh: LongText = ""
    en: LongText = ""
    es: LongText = ""

    def given(self) -> bool:
        return any(getattr(self, lang).strip() for lang in PROFILE_LANGS)

    def pick(self, lang: str) -> str:
        """The text in `lang`; else the company's own words in another language (never silently replaced by a
        drafted sentence); "" when the company wrote nothing."""
        order = (lang,) + tuple(other for other in PROFILE_LANGS if other != lang)
        for code in order:
            text = getattr(self, code, "").strip()
            if text:
                return text
        return ""


class Post(_Value):
    """A post of the after-sales organisation and its duties."""

    title: ShortText = Field(min_length=1)
    duties: LongText = ""
    holders: Count = 1


class Outlet(_Value):
    """A service outlet (服务网点): the company's own or one it authorises."""

    name: ShortText = Field(min_length=1)
    address: ShortText = ""
    kind: Literal["own", "authorised"] = "own"
    phone: ShortText = ""


class Organisation(_Value):
    department: ShortText = ""  # the after-sales department (or the designated one)
    head: ShortText = ""
    management_representative: ShortText = ""
    top_manager: ShortText = ""  # who signs the promulgation order
    supervisor: ShortText = ""  # the person or body that supervises service
    posts: tuple[Post, ...] = Field(default=(), max_length=_MANY)
    outlets: tuple[Outlet, ...] = Field(default=(), max_length=_MANY)


class Staffing(_Value):
    service_staff: Count = 0
    management_staff: Count = 0  # service management staff: the base of the 10 % rule for certified managers
    certified_managers: tuple[ShortText, ...] = Field(default=(), max_length=_MANY)  # names of the holders


class Channels(_Value):
    hotline: ShortText = ""
    hotline_hours: ShortText = ""
    online: ShortText = ""  # web site, app, mini-programme, e-mail
    in_store: Flag = True
    others: tuple[ShortText, ...] = Field(default=(), max_length=_MANY)


class TimeLimits(_Value):
    """The company's own service time limits (public contract: these keys, integers)."""

    counter_handling_minutes: Minutes = 10
    inspection_response_minutes: Minutes = 30
    complaint_acknowledge_hours: Hours = 4
    complaint_resolve_hours: Hours = 48
    repair_response_hours: Hours = 2
    repair_onsite_hours: Hours = 24
    delivery_days: Days = 3
    installation_hours: Hours = 24
    callback_days: Days = 7


class Warranty(_Value):
    """Warranty and 三包 terms (return, exchange, repair) and the take-back or trade-in scheme."""

    return_days: Days = 7
    exchange_days: Days = 15
    warranty_months: Months = 12
    terms: LocalText = LocalText()  # the company's own wording of extra terms
    take_back: Flag = True
    trade_in: Flag = False
    take_back_terms: LocalText = LocalText()


class SupplierRules(_Value):
    """Measures a seller or market organiser applies to its suppliers (typical mall rules as defaults)."""

    quality_deposit_yuan: Yuan = 10_000
    unresolved_fine_yuan: Yuan = 20
    warning_after_complaints: Count = 2  # same matter, same month: more than this -> a verbal warning
    ultimatum_after_complaints: Count = 3  # more than this -> a written ultimatum
    exit_after_months: Months = 1  # no improvement within this many months after the ultimatum -> the supplier leaves
    complaint_fund_after: Count = 25  # more complaints than this in a year -> a complaint fund
    complaint_fund_yuan: Yuan = 1000
    no_complaint_award: Flag = True


class ServiceRules(_Value):
    """The rules the company adopts."""

    first_responsibility: Flag = True
    advance_compensation: Flag = True
    bulky_goods_delivery: Flag = True
    reprocessing: Flag = False
    hotline_appointment: Flag = True
    suppliers: Optional[SupplierRules] = None  # None: no supplier rules (producers); sellers get the defaults


class Targets(_Value):
    """Service objectives with figures (per cent)."""

    on_time_rate: Percent = 90
    satisfaction_rate: Percent = 85
    resolution_rate: Percent = 100
    callback_rate: Percent = 100


class RecordSettings(_Value):
    """How service records are read and timed: the company's time zone (times without an offset are local) and
    whether limits count working time only (Chinese public holidays and adjusted working days)."""

    time_zone: Annotated[str, Field(min_length=1, max_length=64)] = "Asia/Shanghai"
    working_time: Flag = False

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (an IANA name such as Asia/Shanghai)") from None
        return value


class DocumentControl(_Value):
    number: ShortText = ""
    version: ShortText = "A/0"
    issued_on: Optional[Day] = None
    approver: ShortText = ""


class ServiceProfile(_Value):
    """Everything the manual needs, in the company's own words and figures."""

    company_profile: LocalText = LocalText()
    scope: LocalText = LocalText()  # products, services, regions
    philosophy: LocalText = LocalText()
    commitments: LocalText = LocalText()
    strategy: LocalText = LocalText()
    objectives: LocalText = LocalText()
    organisation: Organisation = Organisation()
    staffing: Staffing = Staffing()
    channels: Channels = Channels()
    time_limits: TimeLimits = TimeLimits()
    targets: Targets = Targets()
    warranty: Warranty = Warranty()
    rules: ServiceRules = ServiceRules()
    training_hours: Hours = 24  # yearly training per service employee
    document: DocumentControl = DocumentControl()
    records: RecordSettings = RecordSettings()


DEFAULT_PROFILE = ServiceProfile()


def default_profile(kind: str = "producer") -> ServiceProfile:
    """The profile of a company that has stated nothing yet: sellers and market organisers also get the typical
    supplier rules."""
    if kind == "seller":
        return DEFAULT_PROFILE.model_copy(update={"rules": ServiceRules(suppliers=SupplierRules())})
    return DEFAULT_PROFILE


def required_certified_managers(management_staff: int) -> int:
    """10 % of the service management staff, fractions rounded up, at least one (item 1.2.2)."""
    return max(1, -(-management_staff // 10))
