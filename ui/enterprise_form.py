"""The enterprise form (create and edit), shared by the portfolio page."""

from __future__ import annotations

from typing import Optional

import streamlit as st
from pydantic import ValidationError

from assessment.models import Enterprise
from assessment.credit_code import credit_code_problem

from ui.i18n import LANGUAGES, N_, _, follows_language
from ui.inputs import validation_problems
from ui.widgets import KINDS, fixed_labels, label

_CODE_PROBLEMS = {
    "length": N_("The unified social credit code has 18 characters; this one has {n}. Saved anyway: please check it."),
    "characters": N_("The unified social credit code uses digits and capital letters other than I, O, S, V and Z. Saved anyway: please check it."),
    "check_digit": N_("The last character of the unified social credit code does not match its check digit. Saved anyway: please check it."),
}
_FIELDS = {
    "name": N_("Name"),
    "credit_code": N_("Unified social credit code"),
    "industry": N_("Industry"),
    "address": N_("Address"),
    "contact": N_("Contact"),
    "contact_email": N_("Contact e-mail"),
    "language": N_("Language of e-mails"),
}
# The languages reminder e-mails are written in, each named in itself.
MAIL_LANGUAGES = {"zh": LANGUAGES["zh_CN"], "en": LANGUAGES["en"], "es": LANGUAGES["es"]}


def enterprise_form(key: str, initial: Optional[Enterprise] = None, *, disabled: bool = False) -> Optional[Enterprise]:
    """Draw the form; return the validated enterprise when submitted and valid, else None (`disabled`: the user
    may not save it)."""
    e = initial
    with st.form(key, clear_on_submit=initial is None, border=True):
        c1, c2 = st.columns(2)
        name = c1.text_input(_("Name") + " *", value=e.name if e else "", max_chars=500, key=f"{key}.name")
        code = c2.text_input(
            _("Unified social credit code"), value=e.credit_code if e else "", max_chars=64, key=f"{key}.code",
            help=_("18 characters, on the business licence"),
        )
        kinds = list(KINDS)
        kind = c1.radio(
            _("Type of enterprise"), kinds, index=kinds.index(e.kind) if e else 0,
            format_func=fixed_labels(kinds, lambda k: label(KINDS, k)), horizontal=True, key=follows_language(f"{key}.kind"),
        )
        industry = c2.text_input(_("Industry"), value=e.industry if e else "", max_chars=500, key=f"{key}.industry")
        address = c1.text_input(_("Address"), value=e.address if e else "", max_chars=500, key=f"{key}.address")
        contact = c2.text_input(_("Contact"), value=e.contact if e else "", max_chars=500, key=f"{key}.contact",
                                help=_("Person, phone or e-mail"))
        email = c1.text_input(_("Contact e-mail"), value=e.contact_email if e else "", max_chars=320,
                              key=f"{key}.contact_email",
                              help=_("Reminders of due dates go to this address, and to the users the enterprise "
                                     "is assigned to."))
        languages = list(MAIL_LANGUAGES)
        language = c2.selectbox(_("Language of e-mails"), languages,
                                index=languages.index(e.language) if e and e.language in languages else 0,
                                format_func=MAIL_LANGUAGES.get, key=f"{key}.language")
        submitted = st.form_submit_button(_("Save") if initial else _("Create enterprise"), type="primary", key=f"{key}.submit",
                                          disabled=disabled)
    if not submitted:
        return None
    try:
        ent = Enterprise(
            name=name.strip(), credit_code=code.strip().upper(), kind=kind,
            industry=industry.strip(), address=address.strip(), contact=contact.strip(),
            contact_email=email.strip(), language=language,
        )
    except ValidationError as exc:
        if any(err.get("loc", ())[:1] == ("contact_email",) for err in exc.errors()):
            st.error(_("Contact e-mail: write one address, such as name@example.com."))
            return None
        for problem in validation_problems(exc, {name: _(msgid) for name, msgid in _FIELDS.items()}, default_field="name"):
            st.error(problem)
        return None
    problem = credit_code_problem(ent.credit_code)
    if problem:
        st.session_state.setdefault("flash", []).append(("warning", _(_CODE_PROBLEMS[problem], n=len(ent.credit_code))))
    return ent
