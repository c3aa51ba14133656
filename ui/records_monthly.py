"""Service records page, the monthly complaint analysis: the summary form the service manual promises management
each month, as a workbook and a PDF, for a chosen month (built on demand, cached until the records change)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from assessment.cycle import add_months
from assessment.records_usecases import profile_of

from ui import state
from ui.downloads import safe_filename
from ui.i18n import _, cl
from ui.widgets import md

MONTHS = 13  # the month running and the twelve before it


def _analysis(url: str, enterprise_id: int, month: date, today: date, lang: str, revision: int):
    from reports.monthly.build import KIND, build_monthly

    store = state.store()
    name = store.get_enterprise(enterprise_id).enterprise.name
    frame = store.service_records(enterprise_id, KIND)
    return build_monthly(frame, profile_of(store, enterprise_id), name, month, today, lang)


@st.cache_data(max_entries=16, show_spinner=False)
def monthly_xlsx(url: str, enterprise_id: int, month: date, today: date, lang: str, revision: int) -> bytes:
    from reports.monthly.xlsx import render_monthly_xlsx

    return render_monthly_xlsx(_analysis(url, enterprise_id, month, today, lang, revision))


@st.cache_data(max_entries=16, show_spinner=False)
def monthly_pdf(url: str, enterprise_id: int, month: date, today: date, lang: str, revision: int) -> bytes:
    from reports.monthly.pdf import render_monthly_pdf

    return render_monthly_pdf(_analysis(url, enterprise_id, month, today, lang, revision))


def monthly_ui(enterprise_id: int, enterprise_name: str) -> None:
    st.subheader(_("Monthly complaint analysis"))
    st.caption(_("The analysis and summary form for management: complaints by category, product, supplier, channel "
                 "and outlet, on-time rates against last month and the last 12 months, the open records, the "
                 "trend, and room for the causes and the improvement actions."))
    today = state.today()
    first = today.replace(day=1)
    months = [add_months(first, -n) for n in range(MONTHS)]
    pick, xlsx_box, pdf_box = st.columns([1, 1, 1], vertical_alignment="bottom")
    month = pick.selectbox(_("Month"), months, index=1, format_func=lambda d: d.strftime("%Y-%m"),
                           key="sr_month")
    store = state.store()
    key = (store.url, enterprise_id, month, today, cl(), store.revision())
    base = f"{safe_filename(enterprise_name, 'enterprise')}_{month:%Y-%m}_{cl()}"
    try:
        xlsx = monthly_xlsx(*key)
    except (OSError, ValueError) as exc:
        st.error(_("The monthly analysis could not be built: {detail}", detail=md(str(exc), 300)))
        return
    xlsx_box.download_button(_("Monthly analysis (.xlsx)"), data=xlsx, file_name=f"{base}.xlsx",
                             mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             icon=":material/table_view:", on_click="ignore", key="sr_monthly_xlsx", width="stretch")
    wanted = st.session_state.setdefault("sr_monthly_go", set())
    if str(key) not in wanted:
        if pdf_box.button(_("Build the PDF"), icon=":material/picture_as_pdf:", key="sr_monthly_build",
                          width="stretch"):
            wanted.add(str(key))
            st.rerun()
        return
    try:
        with st.spinner(_("Building the PDF…")):
            pdf = monthly_pdf(*key)
    except (ImportError, OSError, RuntimeError, ValueError) as exc:  # WeasyPrint without its system libraries
        st.error(_("The monthly analysis could not be built: {detail}", detail=md(str(exc), 300)))
        return
    pdf_box.download_button(_("Monthly analysis (.pdf)"), data=pdf, file_name=f"{base}.pdf", mime="application/pdf",
                            icon=":material/picture_as_pdf:", on_click="ignore", key="sr_monthly_pdf",
                            width="stretch")
