"""Certificates on the calendar page: record one, record an audit, correct or delete one (with confirmation)."""

from __future__ import annotations

from datetime import date
from typing import Optional

import streamlit as st
from pydantic import ValidationError

from assessment.models import EARLIEST_DATE, LATEST_DATE, Audit, Certificate
from assessment.scoring import InvalidResponse
from assessment.store import BrokenCertificate, CalendarEntry, CertificateRecord, DuplicateCertificate, NotFound
from criteria import Catalog, CatalogError

from ui import state
from ui.common import bad_value_text
from ui.i18n import _, day, follows_language, lang, sort_key
from ui.inputs import date_field
from ui.widgets import fixed_labels, level_text, md, short

EARLIEST, LATEST = EARLIEST_DATE, LATEST_DATE  # the dates the models accept
CONFIRM_KEY = "cal_confirm_delete"  # the certificate id waiting for the user's confirmation


NEW_FIELDS = ("cal_cert_number", "cal_cert_issued", "cal_cert_level")  # emptied once a certificate is saved


def _catalogs(only: Optional[Catalog] = None) -> dict[str, Catalog]:
    """Each level id a certificate can carry, with the catalog that names it: `only`'s levels, or those of every
    registered catalog (the catalog governing a new certificate is settled when it is saved)."""
    store = state.store()
    catalogs = [only] if only else [store.catalog(cid, ver) for cid, ver in store.list_catalogs()]
    found: dict[str, Catalog] = {}
    for catalog in catalogs:
        for level_id in catalog.level_ids:
            found.setdefault(level_id, catalog)
    return found


def _level_box(key: str, current: Optional[str] = None, catalog: Optional[Catalog] = None) -> Optional[str]:
    """The level, chosen by the user: no level is pre-selected on a new certificate."""
    named = _catalogs(catalog)
    levels = list(named)
    return st.selectbox(_("Level"), levels, index=levels.index(current) if current in levels else None,
                        placeholder=_("Choose the certificate's level"),
                        format_func=fixed_labels(levels, lambda lv: level_text(named[lv], lv)),
                        key=follows_language(key))


def _wrong_level(catalog: Catalog) -> None:
    st.error(_("This level is not one of the levels of {catalog}. Choose one of: {levels}.",
               catalog=md(catalog.catalog.title.get(lang()), 120),
               levels=_(", ").join(level_text(catalog, lv) for lv in catalog.level_ids)))


def _in_range(d: date) -> bool:
    return EARLIEST <= d <= LATEST


def _certificate(number: str, issued: Optional[date], level: Optional[str], audits=()) -> Optional[Certificate]:
    """The validated certificate, or None after saying what to fix."""
    if level is None:
        st.error(_("Choose the certificate's level."))
        return None
    try:
        return Certificate(number=number.strip(), issued_on=issued, level=level, audits=tuple(audits))
    except ValidationError as exc:
        fields = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
        if "number" in fields:
            st.error(_("Enter the certificate number."))
        if fields - {"number"}:
            st.error(_("Enter the issue date, between {start} and {end}.", start=day(EARLIEST), end=day(LATEST)))
        return None


def record_ui(entries: list[CalendarEntry], scope: Optional[int]) -> None:
    store = state.store()
    enterprises = sorted(store.list_enterprises(), key=lambda e: sort_key(e.name))
    if not enterprises:
        return
    ids = [e.id for e in enterprises]
    names = {e.id: e.name for e in enterprises}
    left, right = st.columns(2, gap="large")
    with left, st.form("cal_cert"):  # kept on a mistake: what was typed stays; emptied once saved
        st.markdown(f"**{_('Record a certificate')}**")
        current = scope if scope in ids else state.current_enterprise_id()
        ent = st.selectbox(_("Enterprise"), ids, index=ids.index(current) if current in ids else 0,
                           format_func=fixed_labels(ids, lambda i: short(names[i], 100)), key="cal_cert_ent")
        number = st.text_input(_("Certificate number"), max_chars=100, key="cal_cert_number")
        issued = date_field(_("Issued on"), value=state.today(), key="cal_cert_issued")
        level = _level_box("cal_cert_level")
        if st.form_submit_button(_("Save certificate"), type="primary", key="cal_cert_save") and issued is not None:
            cert = _certificate(number, issued, level)
            held = {c.certificate.number for c in store.list_certificates(ent)} if cert else set()
            if cert and cert.number in held:
                st.error(_("{name} already holds certificate {number}. Correct it below instead.",
                           name=md(names[ent], 80), number=md(cert.number, 60)))
            elif cert:
                governing = store.governing_catalog(ent, cert.issued_on)
                try:
                    store.add_certificate(ent, cert, governing)
                except InvalidResponse:
                    _wrong_level(governing)
                else:
                    for field in NEW_FIELDS:
                        st.session_state.pop(field, None)
                    state.flash("success", _("Certificate {number} saved.", number=md(cert.number, 60)))
                    st.rerun()
    with right:
        certs = [(e.certificate_id, f"{e.enterprise_name} · {e.certificate.number}")
                 for e in sorted(entries, key=lambda e: sort_key(e.enterprise_name))]
        if not certs:
            st.caption(_("Record a certificate first; then its audits can be recorded here."))
            return
        with st.form("cal_audit", clear_on_submit=True):
            st.markdown(f"**{_('Record an audit')}**")
            labels = dict(certs)
            cert_id = st.selectbox(_("Certificate"), list(labels), format_func=labels.__getitem__, key="cal_audit_cert")
            kind = st.radio(_("Audit"), ["surveillance", "recertification"], horizontal=True,
                            format_func=fixed_labels(["surveillance", "recertification"], _audit_kind),
                            key=follows_language("cal_audit_kind"))
            on = date_field(_("Audit date"), value=state.today(), key="cal_audit_on")
            if st.form_submit_button(_("Save audit"), type="primary", key="cal_audit_save") and on is not None:
                store.record_audit(cert_id, Audit(kind=kind, on=on))
                state.flash("success", _("Audit saved."))
                st.rerun()


def _audit_kind(kind: str) -> str:
    return _("Surveillance audit") if kind == "surveillance" else _("Recertification audit")


# -- correcting and deleting -------------------------------------------------------------------------------------


def _label(rec: CertificateRecord | BrokenCertificate, names: dict[int, str], problems: set[int]) -> str:
    name = short(names.get(rec.enterprise_id, "?"), 60)
    if isinstance(rec, BrokenCertificate):
        return f"⚠ {name} · {rec.number} · {bad_value_text(rec.problem.field, rec.problem.value)}"
    mark = "⚠ " if rec.id in problems else ""
    return f"{mark}{name} · {rec.certificate.number} · {rec.certificate.issued_on.isoformat()}"


def manage_ui(scope: Optional[int], problems: set[int]) -> None:
    """Correct a certificate's number, date, level or audits, or delete it; the ones in trouble come first."""
    store = state.store()
    records = store.read_certificates(scope)
    if not records:
        return
    names = {e.id: e.name for e in store.list_enterprises(include_archived=True)}
    records.sort(key=lambda r: (not (isinstance(r, BrokenCertificate) or r.id in problems),
                                names.get(r.enterprise_id, ""), r.id))
    by_id = {r.id: r for r in records}
    troubled = any(isinstance(r, BrokenCertificate) or r.id in problems for r in records)
    with st.expander(_("Correct or delete a certificate"), icon=":material/edit_calendar:",
                     expanded=troubled or CONFIRM_KEY in st.session_state):
        labels = {i: _label(r, names, problems) for i, r in by_id.items()}
        cert_id = st.selectbox(_("Certificate"), list(by_id), format_func=labels.__getitem__, key="cal_fix_pick")
        rec = by_id[cert_id]
        _edit_form(rec)
        st.button(_("Delete this certificate"), icon=":material/delete:", key="cal_fix_delete",
                  on_click=_ask_delete, args=(cert_id,),
                  disabled=not state.may("delete_certificate", rec.enterprise_id))
        if st.session_state.get(CONFIRM_KEY) == cert_id:
            _confirm_delete(rec, names.get(rec.enterprise_id, ""))


def _ask_delete(certificate_id: int) -> None:
    st.session_state[CONFIRM_KEY] = certificate_id


def _cancel_delete() -> None:
    st.session_state.pop(CONFIRM_KEY, None)


def _edit_form(rec: CertificateRecord | BrokenCertificate) -> None:
    broken = isinstance(rec, BrokenCertificate)
    number = rec.number if broken else rec.certificate.number
    level = rec.level if broken else rec.certificate.level
    issued = None if broken else rec.certificate.issued_on
    audits = () if broken else rec.certificate.audits
    key = f"cal_fix_{rec.id}"
    with st.form(key, border=True):
        if broken:
            st.warning(_("This certificate cannot be used as stored ({problem}): correct it and save.",
                         problem=md(bad_value_text(rec.problem.field, rec.problem.value), 120)))
        elif not _in_range(issued):
            st.warning(_("The stored issue date {value} cannot be right: enter the date on the certificate.",
                         value=issued.isoformat()))
        new_number = st.text_input(_("Certificate number"), value=number, max_chars=100, key=f"{key}.number")
        new_issued = date_field(_("Issued on"), value=issued if issued and _in_range(issued) else state.today(),
                                key=f"{key}.issued")
        catalog = _own_catalog(rec)
        new_level = _level_box(f"{key}.level", level, catalog)
        kept = st.multiselect(
            _("Recorded audits"), list(range(len(audits))), default=list(range(len(audits))),
            format_func=fixed_labels(range(len(audits)), lambda i: f"{_audit_kind(audits[i].kind)} · {day(audits[i].on)}"),
            key=f"{key}.audits", placeholder=_("No audit recorded"),
            help=_("Remove an audit recorded by mistake."),
        )
        if st.form_submit_button(_("Save the corrections"), type="primary", key=f"{key}.save",
                                 disabled=not state.may("certificates", rec.enterprise_id)):
            cert = _certificate(new_number, new_issued, new_level, [audits[i] for i in sorted(kept)])
            if cert is not None:
                try:
                    state.store().update_certificate(rec.id, cert)
                except DuplicateCertificate:
                    st.error(_("This enterprise already holds another certificate numbered {number}.",
                               number=md(cert.number, 60)))
                    return
                except NotFound:
                    st.error(_("This certificate was deleted meanwhile."))
                    return
                except InvalidResponse:
                    _wrong_level(catalog or state.store().certificate_catalog(rec))
                    return
                state.flash("success", _("Certificate {number} saved.", number=md(cert.number, 60)))
                st.rerun()


def _own_catalog(rec: CertificateRecord | BrokenCertificate) -> Optional[Catalog]:
    """The catalog governing a stored certificate (None when it cannot be read: every level is offered)."""
    try:
        return state.store().certificate_catalog(rec)
    except (NotFound, CatalogError):
        return None


def _confirm_delete(rec: CertificateRecord | BrokenCertificate, enterprise: str) -> None:
    number = rec.number if isinstance(rec, BrokenCertificate) else rec.certificate.number
    with st.container(border=True):
        st.warning(_("Delete certificate {number} of {name}? Its recorded audits are deleted with it. This cannot be "
                     "undone.", number=md(number, 60), name=md(enterprise, 80)), icon=":material/delete:")
        bar = st.container(horizontal=True)
        yes = bar.button(_("Yes, delete it"), type="primary", key="cal_confirm_yes", width="content")
        bar.button(_("Cancel"), key="cal_confirm_no", width="content",
                   on_click=_cancel_delete)
    if yes:
        st.session_state.pop(CONFIRM_KEY, None)
        try:
            state.store().delete_certificate(rec.id)
        except NotFound:
            pass  # deleted meanwhile: the wish is fulfilled
        state.flash("success", _("Certificate {number} deleted.", number=md(number, 60)))
        st.rerun()
