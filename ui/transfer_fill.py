"""The fill-in workbook on the import and export page: its download for an assessment, and a filled-in one uploaded,
checked, previewed (changes and conflicts) and applied with the version read at preview time."""

from __future__ import annotations

import hashlib
from datetime import datetime

import streamlit as st

from assessment.fillin.changes import Plan, shown_value
from assessment.fillin.reading import MAX_WORKBOOK_BYTES, FillError, is_fill_workbook
from assessment.fillin.texts import heading
from assessment.fillin_usecases import BadCells, Preview, WorkbookRefused, apply_preview, preview_workbook
from assessment.store import StaleAssessment
from reports.fillin import fill_workbook

from ui import state
from ui.i18n import _, cl, day, num
from ui.inputs import file_upload
from ui.widgets import md

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@st.cache_data(max_entries=32, show_spinner=False)
def fill_xlsx(url: str, assessment_id: int, version: int, lang: str) -> bytes:
    stored = state.store().get_assessment(assessment_id)
    return fill_workbook(state.catalog_of(stored), stored, lang, datetime.now().replace(microsecond=0))


def download_button(url: str, assessment_id: int, version: int, name: str, lang: str) -> None:
    """The fill-in workbook of the assessment at `version`, in `lang`."""
    st.download_button(_("Fill-in workbook (.xlsx)"), data=lambda: fill_xlsx(url, assessment_id, version, lang),
                       file_name=f"{name}_fill.xlsx", mime=XLSX, icon=":material/edit_document:",
                       on_click="ignore", width="content", key="tr_dl_fill",
                       help=_("To answer offline: fill in the white cells, then upload it here to apply it."))


def _refused_text(exc: WorkbookRefused) -> str:
    v = exc.values
    if exc.reason == "unknown_assessment":
        return _("This workbook was made for assessment {id}, which this app does not hold; nothing was written.",
                 id=v["made_for"])
    if exc.reason == "other_catalog":
        return _("This workbook was made against catalog {catalog}, which is not the assessment's; nothing was "
                 "written.", catalog=md(v["catalog"]))
    return md(str(exc))


def _preview(data: bytes, name: str) -> Preview | None:
    """The checked workbook, or None after saying what is wrong with it."""
    if len(data) > MAX_WORKBOOK_BYTES or not is_fill_workbook(data):
        st.error(_("This is not a fill-in workbook of this app. Download one under Export, fill it in, and upload "
                   "it here."))
        return None
    try:
        return preview_workbook(state.store(), data, name, cl(), force=True)
    except FillError as exc:
        st.error(_("The workbook cannot be read; nothing was written.") + " " + md(exc.message, 300))
    except WorkbookRefused as exc:
        st.error(_refused_text(exc))
    except BadCells as exc:
        lines = exc.lines(cl())
        shown = lines[:50]
        st.error(_("The workbook cannot be applied; nothing was written. Problems by sheet, row and column:")
                 + "\n\n" + "\n".join(f"- {md(p, 400)}" for p in shown))
        if len(lines) > len(shown):
            st.caption(_("… and {n} more.", n=len(lines) - len(shown)))
    return None


def _changes_table(plan: Plan, lang: str) -> list[dict]:
    return [{_("Item"): c.item, _("Cell"): heading(f.field, lang), _("Before"): shown_value(f.field, f.before, lang),
             _("After"): shown_value(f.field, f.after, lang)} for c in plan.changes for f in c.fields]


def _conflicts_table(plan: Plan, lang: str) -> list[dict]:
    return [{_("Item"): c.item, _("Cell"): heading(c.field, lang),
             _("In the workbook"): shown_value(c.field, c.workbook, lang),
             _("In the app (kept)"): shown_value(c.field, c.stored, lang)} for c in plan.conflicts]


def import_ui() -> None:
    st.subheader(_("Apply a filled-in workbook"))
    upload = file_upload(_("Fill-in workbook (.xlsx)"), type=["xlsx"], key="trf_upload",
                         help=_("Every cell is checked before anything is saved."),
                         max_mb=MAX_WORKBOOK_BYTES // 1_048_576)
    if upload is None:
        return
    data = upload.getvalue()
    digest = hashlib.sha256(data).hexdigest()
    if st.session_state.get("trf_applied") == digest:
        st.success(_("The workbook has been applied and saved."))
        return
    preview = _preview(data, upload.name)
    if preview is None:
        return
    lang, plan, stored = cl(), preview.plan, preview.stored
    seen = st.session_state.setdefault("trf_seen", {})
    seen_version = seen.setdefault(digest, stored.version)  # the version the user first saw the preview of
    a = stored.assessment
    st.markdown(f"**{md(a.enterprise.name, 120)}** · " + _("Assessment of {date}", date=day(a.assessed_on)))
    if plan.count == 0:
        st.info(_("The workbook changes nothing: it holds the assessment as saved."))
        return
    if plan.stale:
        st.warning(_("The assessment was changed in the app after this workbook was made (version {old}, now "
                     "{new}). Only the cells changed in the workbook are applied.", old=num(plan.workbook_version, 0),
                     new=num(plan.base_version, 0)))
    st.caption(_("Changes to apply: {n}", n=num(plan.count, 0)))
    st.dataframe(_changes_table(plan, lang), hide_index=True, key="trf_changes")
    if plan.conflicts:
        st.warning(_("Also changed in the app since the workbook was made: these cells keep the app's value and are "
                     "not applied."))
        st.dataframe(_conflicts_table(plan, lang), hide_index=True, key="trf_conflicts")
    if not st.button(_("Apply"), type="primary", icon=":material/done_all:", key="trf_apply",
                     disabled=not state.may("answer", stored.enterprise_id)):
        return
    if stored.version != seen_version:
        seen[digest] = stored.version
        st.error(_("The assessment was changed elsewhere since this preview; nothing was saved. Check the changes "
                   "above again, then apply."))
        return
    try:
        saved = apply_preview(state.store(), preview)
    except StaleAssessment:
        st.error(_("The assessment was changed elsewhere since this preview; nothing was saved. Check the changes "
                   "above again, then apply."))
        return
    st.session_state["trf_applied"] = digest
    seen.pop(digest, None)
    state.reload_widgets(saved.id)
    st.success(_("Saved. Cells changed: {n} (version {old} → {new}).", n=num(plan.count, 0),
                 old=num(stored.version, 0), new=num(saved.version, 0)))
