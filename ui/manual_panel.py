"""The service manual of an enterprise: a preview of its first pages, Word and PDF downloads, and the record of
the versions it has issued (each with the catalog items its chapters cover, which the wizard then names).

The manual is drafted from the saved profile (never from unsaved input), the enterprise as its latest assessment
states it and that assessment's catalog (assessment.usecases.manual_sources); built once per profile version,
assessment version, language and day.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from assessment import usecases
from reports.manual.build import build_manual
from reports.manual.model import Manual

from ui import state
from ui.downloads import safe_filename
from ui.i18n import _, cl, day
from ui.inputs import date_field
from ui.widgets import data_table, md

MANUAL_LANGS = {"zh": "中文", "en": "English", "es": "Español"}
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _sources_key(eid: int, lang: str) -> tuple:
    """What the manual depends on: the database, the enterprise, its profile version, its latest assessment's
    version, the language and the day."""
    store = state.store()
    pv = store.service_profile(eid)
    latest = store.latest_assessment(eid)
    return (store.url, eid, pv.version if pv else 0, latest.id if latest else 0, latest.version if latest else 0,
            lang, state.today())


@st.cache_data(max_entries=16, show_spinner=False)
def built_manual(url: str, eid: int, profile_version: int, aid: int, assessment_version: int, lang: str,
                 today: date) -> Manual:
    profile, enterprise, catalog = usecases.manual_sources(state.store(), eid)
    return build_manual(profile, enterprise, catalog, lang, today)


@st.cache_data(max_entries=8, show_spinner=False)
def manual_docx(*key) -> bytes:
    from reports.manual.docx import render_docx

    return render_docx(built_manual(*key))


@st.cache_data(max_entries=8, show_spinner=False)
def manual_pdf(*key) -> tuple[bytes, tuple[bytes, ...]]:
    """The PDF and PNGs of its first pages (none when the previewer, pdftoppm, is missing)."""
    from reports.manual.pdf import manual_preview_pngs, render_manual_pdf

    pdf = render_manual_pdf(built_manual(*key))
    try:
        pngs = tuple(manual_preview_pngs(pdf, pages=3, dpi=60))
    except (OSError, RuntimeError, ValueError):  # a missing previewer must not cost the PDF
        pngs = ()
    return pdf, pngs


def covered_items(manual: Manual) -> tuple[str, ...]:
    """The catalog items the manual's chapters serve, in chapter order, each once."""
    return tuple(dict.fromkeys(ref.id for chapter in manual.chapters for ref in chapter.items))


def preview(eid: int) -> None:
    codes = list(MANUAL_LANGS)
    lang = st.radio(_("Language of the manual"), codes, index=codes.index(cl()), format_func=MANUAL_LANGS.__getitem__,
                    horizontal=True, key="sv_manual_lang")
    key = _sources_key(eid, lang)
    st.caption(_("The manual is drafted from the saved service profile (unsaved changes are not in it). It is a "
                 "draft for the company to review, amend and have approved before it is issued."))
    if not st.session_state.get("sv_manual_go", {}).get(str(key)):
        if st.button(_("Build the manual"), type="primary", icon=":material/menu_book:", key="sv_manual_build"):
            st.session_state.setdefault("sv_manual_go", {})[str(key)] = True
            st.rerun()
        st.caption(_("Building takes a few seconds the first time; after that it is instant until the profile or "
                     "the assessment changes."))
        return
    name = safe_filename(built_manual(*key).company, "manual")
    with st.spinner(_("Building the manual…")):
        try:
            docx = manual_docx(*key)
        except (OSError, RuntimeError, ValueError) as exc:
            st.error(_("The manual could not be built: {detail}", detail=md(str(exc), 300)))
            return
        try:
            pdf, pngs = manual_pdf(*key)
        except (ImportError, OSError, RuntimeError, ValueError) as exc:  # the PDF tooling (WeasyPrint) failing
            pdf, pngs, problem = None, (), str(exc)
    with st.container(horizontal=True):
        st.download_button(_("Download Word (.docx)"), data=docx, file_name=f"{name}_service_manual_{lang}.docx",
                           mime=DOCX_MIME, icon=":material/description:", type="primary", on_click="ignore",
                           key="sv_docx")
        if pdf is not None:
            st.download_button(_("Download PDF"), data=pdf, file_name=f"{name}_service_manual_{lang}.pdf",
                               mime="application/pdf", icon=":material/picture_as_pdf:", on_click="ignore",
                               key="sv_pdf")
    if pdf is None:
        st.error(_("The PDF could not be built: {detail}. The Word file is complete.", detail=md(problem, 300)))
    elif pngs:
        cols = st.columns(len(pngs))
        for n, (col, png) in enumerate(zip(cols, pngs), start=1):
            col.image(png, caption=_("Page {n}", n=n), width="stretch")
    else:
        st.caption(_("No preview: the page images cannot be made on this computer. The downloads are complete."))


def _record(eid: int, number: str, version: str, issued_on, approver: str) -> None:
    problems = [msg for value, msg in ((number, _("Enter the document number.")), (version, _("Enter the version.")))
                if not value.strip()]
    if issued_on is None:
        problems.append(_("Enter the issue date as YYYY-MM-DD."))
    if problems:
        for problem in problems:
            st.error(problem)
        return
    manual = built_manual(*_sources_key(eid, cl()))
    _profile, _enterprise, catalog = usecases.manual_sources(state.store(), eid)
    try:
        issue = state.store().issue_manual(eid, number.strip(), version.strip(), issued_on, approver.strip(),
                                           covered_items(manual), catalog.id, catalog.version)
    except ValueError as exc:
        st.error(_("Not recorded: {detail}", detail=md(str(exc), 300)))
        return
    state.flash("success", _("Recorded: service manual {number} version {version}, issued {date}.",
                             number=md(issue.number, 80), version=md(issue.version, 40), date=day(issue.issued_on)))
    st.rerun()


def issues(eid: int) -> None:
    pv = state.store().service_profile(eid)
    doc = pv.profile.document if pv else None
    st.caption(_("When the company has approved and issued its manual, record the issue here: the assessment "
                 "wizard then names it at every catalog item its chapters cover."))
    with st.form(f"sv_issue_{eid}", border=True):
        c1, c2, c3, c4 = st.columns(4)
        number = c1.text_input(_("Document number"), value=doc.number if doc else "", max_chars=500, key="sv_iss_no")
        version = c2.text_input(_("Version"), value=doc.version if doc else "A/0", max_chars=500, key="sv_iss_ver")
        issued_on = date_field(_("Issue date"), value=(doc.issued_on if doc else None) or state.today(),
                               key="sv_iss_on", where=c3)
        approver = c4.text_input(_("Approved by"), value=doc.approver if doc else "", max_chars=500, key="sv_iss_by")
        submitted = st.form_submit_button(_("Record this issue"), type="primary", icon=":material/verified:",
                                          key="sv_iss_submit", disabled=not state.may("profile", eid))
    if submitted:
        _record(eid, number, version, issued_on, approver)
    recorded = state.store().manual_issues(eid)
    if not recorded:
        st.caption(_("No issue recorded yet."))
        return
    data_table(
        [{_("Document number"): i.number, _("Version"): i.version, _("Issue date"): i.issued_on.isoformat(),
          _("Approved by"): i.approver, _("Profile version"): i.profile_version,
          _("Items covered"): len(i.items), _("Recorded at (UTC)"): i.recorded_at.strftime("%Y-%m-%d %H:%M")}
         for i in recorded],
        hide_index=True, width="stretch",
    )
