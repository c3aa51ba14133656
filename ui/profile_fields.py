"""The service profile's fields as the form shows them: one label per field (msgid), in the order drawn.

The form (ui.profile_form) draws from these tables and a refused save names the field by the same label
(`field_label`), so a label is written once.
"""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel

from ui.i18n import N_, _

# the company's own texts (LocalText), edited per language
TEXTS = (
    ("company_profile", N_("Company profile")),
    ("scope", N_("Scope (products, services, regions)")),
    ("philosophy", N_("Service philosophy")),
    ("commitments", N_("Service commitments")),
    ("strategy", N_("Service strategy")),
    ("objectives", N_("Service objectives")),
)
ORGANISATION = (
    ("department", N_("After-sales department")),
    ("head", N_("Head of the department")),
    ("management_representative", N_("Management representative")),
    ("top_manager", N_("Top manager (signs the promulgation order)")),
    ("supervisor", N_("Service supervisor (person or body)")),
)
POSTS = N_("Posts and duties")
POST_COLUMNS = (("title", N_("Post")), ("duties", N_("Duties")), ("holders", N_("Holders")))
OUTLETS = N_("Service outlets")
OUTLET_COLUMNS = (("name", N_("Name")), ("address", N_("Address")), ("kind", N_("Kind")), ("phone", N_("Phone")))
OUTLET_KINDS = {"own": N_("Own outlet"), "authorised": N_("Authorised outlet")}
STAFFING = (
    ("service_staff", N_("Service staff")),
    ("management_staff", N_("Service management staff")),
)
CERTIFIED = N_("Certified service managers, one name a line")
CHANNELS = (
    ("hotline", N_("Service hotline")),
    ("hotline_hours", N_("Hotline hours")),
    ("online", N_("Online channel (web site, app, e-mail)")),
)
IN_STORE = N_("Service desk in the store or outlet")
OTHER_CHANNELS = N_("Other channels, one a line")
TIME_LIMITS = (
    ("counter_handling_minutes", N_("Serving a customer at the service desk (minutes)")),
    ("inspection_response_minutes", N_("Answering a request to inspect goods (minutes)")),
    ("complaint_acknowledge_hours", N_("Acknowledging a complaint (hours)")),
    ("complaint_resolve_hours", N_("Resolving a complaint (hours)")),
    ("repair_response_hours", N_("Answering a repair request (hours)")),
    ("repair_onsite_hours", N_("Arriving on site for a repair (hours)")),
    ("delivery_days", N_("Delivering goods (days)")),
    ("installation_hours", N_("Installing after delivery (hours)")),
    ("callback_days", N_("Calling the customer back after service (days)")),
)
TARGETS = (
    ("on_time_rate", N_("On-time service rate (%)")),
    ("satisfaction_rate", N_("Customer satisfaction rate (%)")),
    ("resolution_rate", N_("Complaint resolution rate (%)")),
    ("callback_rate", N_("Follow-up call rate (%)")),
)
WARRANTY = (
    ("return_days", N_("Return within (days)")),
    ("exchange_days", N_("Exchange within (days)")),
    ("warranty_months", N_("Warranty period (months)")),
)
WARRANTY_TEXTS = (
    ("terms", N_("Further warranty terms")),
    ("take_back_terms", N_("Take-back and trade-in terms")),
)
WARRANTY_FLAGS = (
    ("take_back", N_("Take back used products")),
    ("trade_in", N_("Trade-in scheme")),
)
RULES = (
    ("first_responsibility", N_("First-contact responsibility: whoever is asked first sees the matter through")),
    ("advance_compensation", N_("Advance compensation: the Company compensates the customer first")),
    ("bulky_goods_delivery", N_("Home delivery of bulky goods")),
    ("reprocessing", N_("Alterations and finishing of goods bought")),
    ("hotline_appointment", N_("Appointments through the service hotline")),
)
SUPPLIERS = N_("Rules for suppliers (sellers and market organisers)")
SUPPLIER_FIGURES = (
    ("quality_deposit_yuan", N_("Quality deposit (yuan)")),
    ("unresolved_fine_yuan", N_("Penalty for each complaint left unresolved (yuan)")),
    ("warning_after_complaints", N_("Verbal warning after more complaints than this on one matter in a month")),
    ("ultimatum_after_complaints", N_("Written ultimatum after more complaints than this on one matter in a month")),
    ("exit_after_months", N_("Months to improve after the ultimatum before the supplier leaves")),
    ("complaint_fund_after", N_("Complaint fund after more complaints than this in a year")),
    ("complaint_fund_yuan", N_("Complaint fund (yuan)")),
)
NO_COMPLAINT_AWARD = N_("Award for suppliers without complaints")
TRAINING = N_("Training per service employee and year (hours)")
RECORDS = N_("Service records")
TIME_ZONE = N_("Time zone of the records")
WORKING_TIME = N_("Count working time only (Chinese public holidays and adjusted working days)")
DOCUMENT = (
    ("number", N_("Document number")),
    ("version", N_("Version")),
    ("issued_on", N_("Issue date")),
    ("approver", N_("Approved by")),
)

# dotted place in the profile -> label msgid
_LABELS: dict[str, str] = {
    **{name: msgid for name, msgid in TEXTS},
    **{f"organisation.{name}": msgid for name, msgid in ORGANISATION},
    "organisation.posts": POSTS,
    "organisation.outlets": OUTLETS,
    **{f"staffing.{name}": msgid for name, msgid in STAFFING},
    "staffing.certified_managers": CERTIFIED,
    **{f"channels.{name}": msgid for name, msgid in CHANNELS},
    "channels.in_store": IN_STORE,
    "channels.others": OTHER_CHANNELS,
    **{f"time_limits.{name}": msgid for name, msgid in TIME_LIMITS},
    **{f"targets.{name}": msgid for name, msgid in TARGETS},
    **{f"warranty.{name}": msgid for name, msgid in WARRANTY + WARRANTY_TEXTS + WARRANTY_FLAGS},
    **{f"rules.{name}": msgid for name, msgid in RULES},
    "rules.suppliers": SUPPLIERS,
    **{f"rules.suppliers.{name}": msgid for name, msgid in SUPPLIER_FIGURES},
    "rules.suppliers.no_complaint_award": NO_COMPLAINT_AWARD,
    "training_hours": TRAINING,
    "records.time_zone": TIME_ZONE,
    "records.working_time": WORKING_TIME,
    **{f"document.{name}": msgid for name, msgid in DOCUMENT},
}
_COLUMNS = {"posts": dict(POST_COLUMNS), "outlets": dict(OUTLET_COLUMNS)}


def field_label(loc: tuple) -> Optional[str]:
    """The translated label of the place `loc` of a pydantic error on a ServiceProfile; a table cell as
    'Posts and duties, row 2: Post'. None for a place the form does not show."""
    parts = [str(p) for p in loc if not isinstance(p, int)]
    rows = [p for p in loc if isinstance(p, int)]
    if rows and len(parts) >= 3 and parts[1] in _COLUMNS:  # organisation.posts.<row>.<column>
        column = _COLUMNS[parts[1]].get(parts[2])
        table = _(_LABELS[".".join(parts[:2])])
        if column:
            return _("{table}, row {row}, {column}", table=table, row=rows[0] + 1, column=_(column))
        return _("{table}, row {row}", table=table, row=rows[0] + 1)
    for end in range(len(parts), 0, -1):  # the nearest labelled place (a language of a text names its field)
        msgid = _LABELS.get(".".join(parts[:end]))
        if msgid:
            return _(msgid)
    return None


def lower_bound(model: type[BaseModel], name: str) -> int:
    """The least value the model accepts for the integer field `name` (its `ge`), 0 when it sets none."""
    for rule in model.model_fields[name].metadata:
        ge = getattr(rule, "ge", None)
        if ge is not None:
            return int(ge)
    return 0
