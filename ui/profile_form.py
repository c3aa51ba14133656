"""The service profile form: every field of a ServiceProfile, grouped in tabs, drawn from a stored profile.

`profile_form(...)` draws the inputs and returns what they hold as plain data for `ServiceProfile.model_validate`
(validated by the caller, so that a refused value is named on the page and nothing is saved). Widget keys carry
the enterprise, the profile version the form was drawn from and a generation: a new version draws fresh inputs,
a refused save keeps what the user typed.
"""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from assessment.profile import (
    PROFILE_LANGS, LocalText, ServiceProfile, Staffing, SupplierRules, Targets, TimeLimits, Warranty,
    required_certified_managers,
)

from ui import profile_fields as F
from ui.i18n import LANGUAGES, _, num
from ui.inputs import date_field
from ui.widgets import EMPTY

_UI_LANG = {"zh": "zh_CN", "en": "en", "es": "es"}
_SHORT, _LONG = 500, 20_000


def _lang_tabs(key: str, fields: tuple, texts: dict[str, LocalText]) -> dict:
    """One tab per language, each with a text area per field: {field: {lang: text}}."""
    out: dict = {name: {} for name, _msgid in fields}
    for code, tab in zip(PROFILE_LANGS, st.tabs([LANGUAGES[_UI_LANG[c]] for c in PROFILE_LANGS])):
        with tab:
            for name, msgid in fields:
                out[name][code] = tab.text_area(_(msgid), value=getattr(texts[name], code), max_chars=_LONG,
                                                height=90, key=f"{key}.{name}.{code}")
    return out


def _number(where, model, key: str, name: str, msgid: str, value: int) -> int:
    # no upper bound here: a value past the model's limit is refused on saving, with the limit named
    return where.number_input(_(msgid), value=value, min_value=F.lower_bound(model, name), step=1, format="%d",
                              key=f"{key}.{name}")


def _numbers(key: str, model, fields: tuple, values, columns: int = 3) -> dict:
    cols = st.columns(columns)
    return {name: _number(cols[i % columns], model, key, name, msgid, getattr(values, name))
            for i, (name, msgid) in enumerate(fields)}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _cell(value):
    """A data-editor cell as plain data: "" for an empty text, None for an empty number, whole floats as int."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value.strip() if isinstance(value, str) else value


def _table(key: str, label: str, columns: tuple, rows: list[dict], config: dict) -> list[dict]:
    st.markdown(f"**{_(label)}**")
    frame = pd.DataFrame(rows, columns=[name for name, _msgid in columns])
    edited = st.data_editor(frame, key=key, num_rows="dynamic", hide_index=True, width="stretch",
                            column_config=config, placeholder=EMPTY)
    out = []
    for record in edited.to_dict("records"):
        row = {name: _cell(record.get(name)) for name, _msgid in columns}
        if any(v not in (None, "") for v in row.values()):  # a row left blank is no row
            out.append({k: v for k, v in row.items() if v is not None})
    return out


def _texts_tab(key: str, p: ServiceProfile) -> dict:
    st.caption(_("Choose the language you write in. The manual in a language uses the text of that language; "
                 "where it is empty, the company's text in another language; where the company wrote nothing, "
                 "a drafted default."))
    return _lang_tabs(key, F.TEXTS, {name: getattr(p, name) for name, _m in F.TEXTS})


def _organisation_tab(key: str, p: ServiceProfile) -> dict:
    o = p.organisation
    cols = st.columns(2)
    out: dict = {name: cols[i % 2].text_input(_(msgid), value=getattr(o, name), max_chars=_SHORT,
                                              key=f"{key}.{name}")
                 for i, (name, msgid) in enumerate(F.ORGANISATION)}
    text = lambda name, **kw: st.column_config.TextColumn(_(dict(F.POST_COLUMNS + F.OUTLET_COLUMNS)[name]),  # noqa: E731
                                                          max_chars=_SHORT, **kw)
    out["posts"] = _table(f"{key}.posts", F.POSTS, F.POST_COLUMNS, [q.model_dump() for q in o.posts], {
        "title": text("title"),
        "duties": st.column_config.TextColumn(_("Duties"), max_chars=_LONG, width="large"),
        "holders": st.column_config.NumberColumn(_("Holders"), min_value=0, step=1, format="%d", default=1),
    })
    out["outlets"] = _table(f"{key}.outlets", F.OUTLETS, F.OUTLET_COLUMNS, [q.model_dump() for q in o.outlets], {
        "name": text("name"), "address": text("address", width="large"), "phone": text("phone"),
        "kind": st.column_config.SelectboxColumn(_("Kind"), options=list(F.OUTLET_KINDS), default="own",
                                                 format_func=lambda code: _(F.OUTLET_KINDS.get(code, code))),
    })
    return out


def _staff_tab(key: str, p: ServiceProfile) -> tuple[dict, dict]:
    st.markdown(f"**{_('Staffing')}**")
    staffing = _numbers(f"{key}.staffing", Staffing, F.STAFFING, p.staffing, columns=2)
    names = _lines(st.text_area(_(F.CERTIFIED), value="\n".join(p.staffing.certified_managers), height=90,
                                max_chars=_LONG, key=f"{key}.certified"))
    st.caption(_("Item 1.2.2 asks for certified service managers for 10 % of the service management staff "
                 "(rounded up, at least one): {needed} needed, {named} named.",
                 needed=num(required_certified_managers(staffing["management_staff"]), 0), named=num(len(names), 0)))
    staffing["certified_managers"] = names
    st.markdown(f"**{_('Service channels')}**")
    c = p.channels
    cols = st.columns(3)
    channels: dict = {name: cols[i].text_input(_(msgid), value=getattr(c, name), max_chars=_SHORT,
                                               key=f"{key}.{name}")
                      for i, (name, msgid) in enumerate(F.CHANNELS)}
    channels["in_store"] = st.checkbox(_(F.IN_STORE), value=c.in_store, key=f"{key}.in_store")
    channels["others"] = _lines(st.text_area(_(F.OTHER_CHANNELS), value="\n".join(c.others), height=90,
                                             max_chars=_LONG, key=f"{key}.others"))
    return staffing, channels


def _limits_tab(key: str, p: ServiceProfile) -> tuple[dict, dict]:
    st.info(_("These are the company's own targets. GB/T 27922-2011 sets no service time limits: the defaults "
              "are typical company commitments, not the standard's. Enter what your company promises and can "
              "keep."), icon=":material/info:")
    st.markdown(f"**{_('Time limits')}**")
    limits = _numbers(f"{key}.limits", TimeLimits, F.TIME_LIMITS, p.time_limits)
    st.markdown(f"**{_('Service targets')}**")
    targets = _numbers(f"{key}.targets", Targets, F.TARGETS, p.targets, columns=4)
    return limits, targets


def _records_settings(key: str, p: ServiceProfile) -> dict:
    """How service records are timed: the time zone of times without an offset, and clock or working time."""
    st.markdown(f"**{_(F.RECORDS)}**")
    zone_col, working_col = st.columns([1, 2], vertical_alignment="bottom")
    zone = zone_col.text_input(_(F.TIME_ZONE), value=p.records.time_zone, max_chars=64, key=f"{key}.zone",
                               help=_("An IANA time zone name, such as Asia/Shanghai or Asia/Hong_Kong."))
    working = working_col.checkbox(_(F.WORKING_TIME), value=p.records.working_time, key=f"{key}.working",
                                   help=_("Weekends and Chinese public holidays do not count towards a limit; "
                                          "adjusted working days do."))
    return {"time_zone": zone.strip(), "working_time": working}


def _warranty_tab(key: str, p: ServiceProfile) -> dict:
    w = p.warranty
    st.caption(_("The Three Guarantees (repair, replacement, refund): the company's own periods, at least what "
                 "the law and the product's rules require."))
    out = _numbers(f"{key}.warranty", Warranty, F.WARRANTY, w)
    cols = st.columns(2)
    for i, (name, msgid) in enumerate(F.WARRANTY_FLAGS):
        out[name] = cols[i].checkbox(_(msgid), value=getattr(w, name), key=f"{key}.{name}")
    out.update(_lang_tabs(f"{key}.wt", F.WARRANTY_TEXTS, {name: getattr(w, name) for name, _m in F.WARRANTY_TEXTS}))
    return out


def _rules_tab(key: str, p: ServiceProfile, seller: bool) -> dict:
    r = p.rules
    out: dict = {name: st.checkbox(_(msgid), value=getattr(r, name), key=f"{key}.{name}") for name, msgid in F.RULES}
    st.divider()
    on = st.toggle(_(F.SUPPLIERS), value=r.suppliers is not None, key=f"{key}.suppliers",
                   help=_("Sellers and market organisers hold their suppliers to these rules; a producer usually "
                          "leaves them off."))
    if not on:
        if seller:
            st.caption(_("A seller usually states rules for its suppliers: the manual leaves them out while this is off."))
        out["suppliers"] = None
        return out
    s = r.suppliers or SupplierRules()
    figures = _numbers(f"{key}.sup", SupplierRules, F.SUPPLIER_FIGURES, s, columns=2)
    figures["no_complaint_award"] = st.checkbox(_(F.NO_COMPLAINT_AWARD), value=s.no_complaint_award,
                                                key=f"{key}.award")
    out["suppliers"] = figures
    return out


def _document_tab(key: str, p: ServiceProfile) -> tuple[int, dict]:
    hours = _number(st, ServiceProfile, key, "training_hours", F.TRAINING, p.training_hours)
    st.markdown(f"**{_('Document control')}**")
    d = p.document
    cols = st.columns(4)
    labels = dict(F.DOCUMENT)
    doc = {name: cols[i].text_input(_(labels[name]), value=getattr(d, name), max_chars=_SHORT, key=f"{key}.{name}")
           for i, name in ((0, "number"), (1, "version"), (3, "approver"))}
    issued = date_field(_(labels["issued_on"]), value=d.issued_on, key=f"{key}.issued_on", required=False,
                        where=cols[2])
    typed = str(st.session_state.get(f"{key}.issued_on") or "").strip()
    doc["issued_on"] = issued if issued is not None or not typed else typed  # a date it cannot read is refused
    return hours, doc


def profile_form(key: str, profile: ServiceProfile, seller: bool) -> dict:
    """Draw the form for `profile`; return what its inputs hold, shaped like a ServiceProfile."""
    tabs = st.tabs([_("Company texts"), _("Organisation"), _("Staff and channels"), _("Time limits and targets"),
                    _("Warranty and the Three Guarantees"), _("Rules"), _("Training and document control")])
    with tabs[0]:
        data = _texts_tab(f"{key}.txt", profile)
    with tabs[1]:
        data["organisation"] = _organisation_tab(f"{key}.org", profile)
    with tabs[2]:
        data["staffing"], data["channels"] = _staff_tab(f"{key}.staff", profile)
    with tabs[3]:
        data["time_limits"], data["targets"] = _limits_tab(f"{key}.tl", profile)
        data["records"] = _records_settings(f"{key}.rec", profile)
    with tabs[4]:
        data["warranty"] = _warranty_tab(f"{key}.w", profile)
    with tabs[5]:
        data["rules"] = _rules_tab(f"{key}.rules", profile, seller)
    with tabs[6]:
        data["training_hours"], data["document"] = _document_tab(f"{key}.doc", profile)
    return data
