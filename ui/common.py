"""What the assessment pages share: finding the open assessment, or saying how to open one."""

from __future__ import annotations

from typing import Optional

import streamlit as st

from assessment.scoring import Result
from assessment.store import StoredAssessment
from criteria import Catalog

from ui import state
from ui.i18n import N_, _, day
from ui.widgets import md

STALE = N_(
    "This assessment was changed in another window since you opened it. Your last change was NOT saved; "
    "the latest saved answers are shown now. Check them and make your change again."
)


def open_assessment_or_explain() -> Optional[tuple[StoredAssessment, Result, Catalog]]:
    """The assessment this session works on, or None after telling the user how to open one."""
    aid = state.current_assessment_id()
    loaded = state.load(aid) if aid else None
    if loaded is None:
        if aid:
            state.open_assessment(None)
        st.info(_("No assessment is open. Open one in the assessment wizard, or pick an enterprise on the portfolio page."))
        c1, c2 = st.columns(2)
        c1.page_link("ui/wizard.py", label=_("Assessment wizard"), icon=":material/checklist:")
        c2.page_link("ui/portfolio.py", label=_("Portfolio"), icon=":material/apartment:")
        return None
    stored, result = loaded
    state.pin_assessment_in_url(aid)
    return stored, result, state.catalog_of(stored)


def subject_caption(stored: StoredAssessment) -> None:
    a = stored.assessment
    st.caption(f"{md(a.enterprise.name, 120)} · " + _("Assessment of {date}", date=day(a.assessed_on)))
