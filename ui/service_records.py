"""Service records: a company's complaints, repairs, deliveries, installations and returns loaded from its own
export, and how it performs against its own time limits."""

from __future__ import annotations

import streamlit as st

from assessment.records.fields import KINDS

from ui import state
from ui.common import enterprise_picker
from ui.i18n import _, num
from ui.records_kpi import performance_ui
from ui.records_monthly import monthly_ui
from ui.records_upload import kind_name, upload_ui


def render() -> None:
    st.title(_("Service records"))
    state.show_flashes()
    enterprise_id = enterprise_picker("sr_enterprise")
    if enterprise_id is None:
        return
    store = state.store()
    name = store.get_enterprise(enterprise_id).enterprise.name
    counts = store.count_records(enterprise_id)
    if counts:
        st.caption(" · ".join(f"{kind_name(k)} {num(counts[k], 0)}" for k in KINDS if counts.get(k)))
    performance, upload = st.tabs([_("Performance"), _("Upload records")])
    with performance:
        if counts:
            performance_ui(enterprise_id, name, counts, own_profile=store.service_profile(enterprise_id) is not None)
            if counts.get("complaint"):
                monthly_ui(enterprise_id, name)
        else:
            st.info(_("No service records yet. Upload the enterprise's export (from its helpdesk, CRM or a "
                      "spreadsheet) in the “Upload records” tab."))
    with upload:
        upload_ui(enterprise_id)


if __name__ == "__main__":
    render()
