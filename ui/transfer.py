"""Import and export: exchange files in (validated before anything is written) and out."""

from __future__ import annotations

import hashlib

import streamlit as st

from assessment.exchange import MAX_FILE_BYTES, ExchangeError, parse_assessment, validate_for_catalog
from assessment.models import Assessment
from assessment.scoring import InvalidResponse, score
from assessment.store import NotFound, StoredAssessment
from criteria import CatalogError

from assessment import usecases
from ui import downloads, state, transfer_fill, transfer_pack

from ui.i18n import N_, _, cl, day, follows_language, ngettext, num, sort_key
from ui.inputs import file_upload
from ui.widgets import answered_text, fixed_labels, level_text, md

NOT_IMPORTED = N_("The file cannot be imported; nothing was written. Problems by item and field:")


def problem_texts(exc: ExchangeError) -> list[str]:
    """The problems of an exchange file in the user's language: the one place they are translated."""
    return exc.messages(cl())


def problems_ui(title: str, problems: list[str]) -> None:
    shown = problems[:50]
    st.error(title + "\n\n" + "\n".join(f"- {md(p, 400)}" for p in shown))
    if len(problems) > len(shown):
        st.caption(ngettext("… and {n} more problem.", "… and {n} more problems.", len(problems) - len(shown)))


def read_upload(upload) -> Assessment | None:
    """The uploaded file as a validated assessment, or None after listing what is wrong with it."""
    data = upload.getvalue()
    if len(data) > MAX_FILE_BYTES:
        st.error(_("The file is too large ({size} MB); an exchange file is at most {max} MB.",
                   size=num(len(data) / 1_048_576, 1), max=num(MAX_FILE_BYTES / 1_048_576, 0)))
        return None
    if not upload.name.lower().endswith(".json"):
        st.error(_("Choose a .json exchange file."))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        st.error(_("The file is not UTF-8 text: it cannot be an exchange file."))
        return None
    try:
        assessment = parse_assessment(text, source=upload.name)
        catalog = state.store().catalog(assessment.catalog.id, assessment.catalog.version)
        validate_for_catalog(assessment, catalog, source=upload.name)
    except ExchangeError as exc:
        problems_ui(_(NOT_IMPORTED), problem_texts(exc))
        return None
    except (NotFound, CatalogError):
        st.error(_("The file was answered against catalog {id} {version}, which this app does not know. Register that "
                   "catalog in Settings first; nothing was written.", id=md(assessment.catalog.id), version=md(assessment.catalog.version)))
        return None
    return assessment


def import_button_ui(same: StoredAssessment | None) -> bool:
    """The import button; for a file identical to a stored round, a warning naming that round first and an
    "Import anyway" button. True when clicked."""
    if same is None:
        return st.button(_("Import"), type="primary", icon=":material/download_done:", key="tr_import",
                         disabled=not state.may("rounds"))
    st.warning(_("This file is identical to the assessment of {date} already stored for {name}. Importing it "
                 "again adds a second, identical assessment.",
                 date=day(same.assessment.assessed_on), name=md(same.assessment.enterprise.name, 80)))
    return st.button(_("Import anyway"), icon=":material/content_copy:", key="tr_import_anyway",
                     disabled=not state.may("rounds", same.enterprise_id))


def import_ui() -> None:
    st.subheader(_("Import an exchange file"))
    upload = file_upload(_("Exchange file (.json)"), type=["json"], key="tr_upload",
                              help=_("At most {max} MB. It is checked completely before anything is saved.",
                                     max=num(MAX_FILE_BYTES / 1_048_576, 0)), max_mb=MAX_FILE_BYTES // 1_048_576)
    if upload is None:
        return
    digest = hashlib.sha256(upload.getvalue()).hexdigest()
    if st.session_state.get("tr_imported") == digest:
        st.success(_("This file has been imported."))
        return
    assessment = read_upload(upload)
    if assessment is None:
        return
    store = state.store()
    catalog = store.catalog(assessment.catalog.id, assessment.catalog.version)
    result = score(catalog, assessment)
    existing = store.find_enterprise(assessment.enterprise)
    with st.container(border=True):
        st.markdown(f"**{md(assessment.enterprise.name, 120)}** · {md(assessment.enterprise.credit_code) or '—'}")
        st.markdown(
            _("Assessment of {date}", date=day(assessment.assessed_on)) + " · "
            + answered_text(len(assessment.responses), len(result.items))
            + f" · {num(result.final, catalog.rules.rounding.decimals)} · {md(level_text(catalog, result.level))}"
        )
        if existing is not None:
            st.caption(_("It will be added to the existing enterprise {name}.", name=md(existing.name, 80)))
        else:
            st.caption(_("A new enterprise will be created."))
        if assessment.certificate is not None:
            st.caption(_("Certificate {number} will be recorded.", number=md(assessment.certificate.number, 60)))
    if import_button_ui(usecases.find_identical(store, assessment)):
        try:
            stored = usecases.import_assessment(store, assessment)
        except InvalidResponse as exc:
            problems_ui(_(NOT_IMPORTED), problem_texts(ExchangeError(upload.name, exc.problems)))
            return
        st.session_state["tr_imported"] = digest
        state.open_assessment(stored.id, stored.enterprise_id)
        state.flash("success", _("Imported. Here is its result."))
        st.switch_page("ui/results.py", query_params={"a": str(stored.id)})


def export_ui() -> None:
    st.subheader(_("Export an assessment"))
    store = state.store()
    enterprises = sorted(store.list_enterprises(include_archived=True), key=lambda e: sort_key(e.name))
    if not enterprises:
        st.caption(_("Nothing to export yet."))
        return
    ids = [e.id for e in enterprises]
    names = {e.id: e.name for e in enterprises}
    current = state.current_enterprise_id()
    ent = st.selectbox(_("Enterprise"), ids, index=ids.index(current) if current in ids else 0,
                       format_func=names.__getitem__, key="tr_ent")
    rounds = store.list_assessments(ent)
    if not rounds:
        st.caption(_("No assessment of this enterprise yet."))
        return
    by_id = {s.id: s for s in rounds}
    aid = st.selectbox(_("Assessment"), list(by_id), key=follows_language("tr_assessment"),
                       format_func=fixed_labels(list(by_id), lambda i: f"{day(by_id[i].assessed_on)} · {num(by_id[i].final)}"))
    stored = store.get_assessment(aid)
    url, version, name = store.url, stored.version, downloads.base_name(stored)
    lg = cl()
    with st.container(horizontal=True):  # wraps onto a second row rather than cutting the labels
        st.download_button(_("Exchange file (.json)"), data=lambda: downloads.exchange_json(url, aid, version),
                           file_name=f"{name}.json", mime="application/json", icon=":material/data_object:",
                           on_click="ignore", width="content", key="tr_dl_json")
        st.download_button(_("Result (.xlsx)"), data=lambda: downloads.result_xlsx(url, aid, version, lg),
                           file_name=f"{name}_result.xlsx",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           icon=":material/table_view:", on_click="ignore", width="content", key="tr_dl_xlsx")
        transfer_pack.pack_download_ui(aid, name)
        transfer_fill.download_button(url, aid, version, name, lg)


def render() -> None:
    st.title(_("Import and export"))
    state.show_flashes()
    left, right = st.columns(2, gap="large")
    with left:
        import_ui()
        transfer_pack.pack_import_ui()
        transfer_fill.import_ui()
    with right:
        export_ui()


if __name__ == "__main__":
    render()
