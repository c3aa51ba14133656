"""The report page: a PDF report with a preview of its first page; the exchange file when building fails."""

from __future__ import annotations

import streamlit as st

from assessment import usecases
from reports import ReportError, build_report, first_page_png, render_html, write_pdf
from ui import downloads, state
from ui.common import open_assessment_or_explain, subject_caption
from ui.stale import server_zone
from ui.i18n import LANGUAGES, _, lang
from ui.widgets import md, unanswered_warning

_CATALOG_LANG = {"zh_CN": "zh", "en": "en", "es": "es"}


@st.cache_data(max_entries=32, show_spinner=False)
def render_report(url: str, assessment_id: int, version: int, report_lang: str, today,
                  files: tuple = ()) -> tuple[bytes, bytes | None]:
    """The PDF and a PNG of its first page, once per assessment id + version + language (+ day, + the number of
    evidence files of each item, `files`: (item id, n) pairs, for the claims without proof)."""
    store = state.store()
    stored = store.get_assessment(assessment_id)
    catalog = state.catalog_of(stored)
    assessment = usecases.export_assessment(store, assessment_id)  # with the certificate current at its date
    previous = store.previous_assessment(assessment_id)
    data = build_report(
        catalog, assessment, previous=previous.assessment if previous else None,
        previous_catalog=state.catalog_of(previous) if previous else None,
        today=today, lang=report_lang, result=state.scored(stored),
        certificate_rules=usecases.certificate_catalog(store, assessment_id, catalog).cycle,
        evidence_files=dict(files),
        history=store.audit_trail(assessment_id=assessment_id, target="item"), zone=server_zone(),
    )
    pdf = write_pdf(render_html(data))
    try:
        png = first_page_png(pdf)
    except (ReportError, OSError):  # a missing previewer (pdftoppm) must not cost the PDF
        png = None
    return pdf, png


def exchange_file_instead(stored) -> None:
    st.info(_("The exchange file holds the whole assessment meanwhile."))
    url, aid, version = state.store().url, stored.id, stored.version
    st.download_button(_("Exchange file (.json)"), data=lambda: downloads.exchange_json(url, aid, version),
                       file_name=f"{downloads.base_name(stored)}.json", mime="application/json",
                       icon=":material/data_object:", on_click="ignore", key="rp_json")


def render() -> None:
    st.title(_("Report"))
    state.show_flashes()
    opened = open_assessment_or_explain("rp_open")
    if opened is None:
        return
    stored, result, catalog = opened
    subject_caption(stored)
    codes = list(LANGUAGES)
    report_lang = st.radio(_("Report language"), codes, index=codes.index(lang()), format_func=LANGUAGES.__getitem__,
                           horizontal=True, key="rp_lang")
    if result.unanswered:
        st.warning(unanswered_warning(len(result.unanswered)))
    files = tuple(sorted(state.store().evidence_counts(stored.id).items()))
    key = (state.store().url, stored.id, stored.version, _CATALOG_LANG[report_lang], state.today(), files)
    if not st.session_state.get("rp_go", {}).get(str(key)):
        if st.button(_("Build the report"), type="primary", icon=":material/picture_as_pdf:", key="rp_build"):
            st.session_state.setdefault("rp_go", {})[str(key)] = True
            st.rerun()
        st.caption(_("Building takes a few seconds the first time; after that it is instant until the assessment changes."))
        return
    try:
        with st.spinner(_("Building the report…")):
            pdf, png = render_report(*key)
    except (OSError, RuntimeError, ValueError) as exc:  # PDF tooling (WeasyPrint's libraries) failing
        st.error(_("The report could not be built: {detail}", detail=md(str(exc), 300)))
        exchange_file_instead(stored)
        return
    st.download_button(_("Download the PDF report"), data=pdf, file_name=f"{downloads.base_name(stored)}_{report_lang}.pdf",
                       mime="application/pdf", icon=":material/download:", type="primary", on_click="ignore", key="rp_pdf")
    if png:
        st.image(png, caption=_("First page"), width=520)


if __name__ == "__main__":
    render()
