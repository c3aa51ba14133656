"""Service records page, upload: a company's export (CSV or .xlsx) read, previewed, its columns mapped to the
record fields, checked (a dry run: counts or the row problems, nothing stored) and imported."""

from __future__ import annotations

import hashlib
from typing import Optional

import pandas as pd
import streamlit as st

from assessment.records.fields import COLUMNS, KINDS
from assessment.records.mapping import ColumnMapping
from assessment.records.reading import MAX_FILE_BYTES, RawTable, ReadError, parse_table
from assessment.records.validation import RecordsInvalid
from assessment.records_usecases import import_records, profile_of

from ui import state
from ui.i18n import N_, _, cl, ngettext, num
from ui.inputs import file_upload
from ui.widgets import RECORD_KINDS, data_table, fixed_labels, label, md

FIELD_NAMES = {
    "id": N_("Record number"),
    "kind": N_("Kind"),
    "received_at": N_("Received"),
    "acknowledged_at": N_("Acknowledged"),
    "resolved_at": N_("Resolved"),
    "category": N_("Category"),
    "product": N_("Product"),
    "supplier": N_("Supplier"),
    "channel": N_("Channel"),
    "outlet": N_("Outlet"),
    "satisfied": N_("Satisfied"),
    "note": N_("Note"),
}
FROM_FILE = ""  # the kind choice "the file's kind column"; also the mapping choice "not imported"
PREVIEW_ROWS = 5
MAX_SHOWN_PROBLEMS = 50


def kind_name(kind: str) -> str:
    return label(RECORD_KINDS, kind)


def _read(upload) -> Optional[tuple[str, RawTable]]:
    """(digest, table) of the uploaded file, read once per file; None after saying what is wrong with it."""
    data = upload.getvalue()
    digest = hashlib.sha256(data).hexdigest()[:16]
    kept = st.session_state.get("sr_table")
    if kept and kept[0] == digest:
        return kept
    if len(data) > MAX_FILE_BYTES:
        st.error(_("The file is too large ({size} MB); at most {max} MB can be imported.",
                   size=num(len(data) / 1_048_576, 1), max=num(MAX_FILE_BYTES / 1_048_576, 0)))
        return None
    try:
        table = parse_table(data, upload.name)
    except ReadError as exc:
        st.error(_("The file cannot be read: {detail}", detail=md(str(exc), 400)))
        return None
    st.session_state["sr_table"] = (digest, table)
    return digest, table


def _display_headers(headers: tuple[str, ...]) -> list[str]:
    """Column labels for the preview: a column without a header, or a repeated one, gets its position."""
    out, seen = [], set()
    for n, header in enumerate(headers, start=1):
        text = header if header and header not in seen else _("(column {n})", n=n)
        seen.add(text)
        out.append(text)
    return out


def preview_ui(table: RawTable) -> None:
    st.caption(ngettext("The first rows of the file ({encoding}); it has {n} row of records.",
                        "The first rows of the file ({encoding}); it has {n} rows of records.",
                        len(table.rows), encoding=table.encoding))
    frame = pd.DataFrame([list(r) for r in table.rows[:PREVIEW_ROWS]], columns=_display_headers(table.headers),
                         dtype="string")
    if data_table(frame, hide_index=True, key="sr_preview") is None:
        st.info(_("The file has a header row but no records."))


def prefill(table: RawTable, kept: Optional[ColumnMapping]) -> dict[str, str]:
    """field -> header to offer first: the kept mapping where this file has its header, else the default
    header or a common (Chinese) one."""
    present = set(table.headers)
    found = {f: h for f, h in (kept.resolve(table.headers) if kept else {}).items() if h in present}
    for field, header in ColumnMapping().resolve(table.headers).items():
        found.setdefault(field, header)
    return found


def mapping_ui(digest: str, table: RawTable, kept: Optional[ColumnMapping]) -> tuple[Optional[str], ColumnMapping]:
    """The kind and the column mapping the user chose for this file."""
    headers = [h for h in table.headers if h]
    start = prefill(table, kept)
    kinds = [FROM_FILE, *KINDS]
    labels = {FROM_FILE: _("As the file's kind column says"), **{k: kind_name(k) for k in KINDS}}
    kind = st.selectbox(_("Kind of records"), kinds, index=0 if "kind" in start else 1,
                        format_func=fixed_labels(kinds, labels.__getitem__), key=f"sr_kind_{digest}")
    st.markdown(f"**{_('Which column holds each field')}**")
    options = [FROM_FILE, *headers]
    shown = fixed_labels(options, lambda h: h if h else _("— not imported —"))
    chosen: dict[str, str] = {}
    fields = [f for f in COLUMNS if not (f == "kind" and kind)]
    for n, field in enumerate(fields):
        if n % 3 == 0:
            row = st.columns(3)
        default = start.get(field, FROM_FILE)
        field_label = f"{_(FIELD_NAMES[field])} `{field}`" + (" \\*" if field in ("id", "received_at") else "")
        with row[n % 3]:
            header = st.selectbox(field_label, options, index=options.index(default) if default in options else 0,
                                  format_func=shown, key=f"sr_map_{digest}_{field}")
        if header:
            chosen[field] = header
    used = set(chosen.values())
    rest = [h for h in headers if h not in used]
    extra = st.multiselect(_("Further columns to keep on purpose"), rest, key=f"sr_extra_{digest}",
                           placeholder=_("None: only the fields above are stored"),
                           help=_("Kept with each record as they are, under their own header."))
    twice = sorted({h for h in chosen.values() if list(chosen.values()).count(h) > 1})
    if twice:
        st.warning(_("The same column is chosen for more than one field: {columns}.",
                     columns=md(", ".join(twice), 300)))
    mapping = ColumnMapping(columns=chosen, extra={(h if h not in COLUMNS else f"extra_{h}"): h for h in extra},
                            time_zone=kept.time_zone if kept else None)
    return (kind or None), mapping


def privacy_notice() -> None:
    st.info(_("Only the mapped columns are stored. Customer names, phone numbers and addresses are not kept "
              "unless you map them on purpose as further columns (Personal Information Protection Law)."),
            icon=":material/shield_person:")


def counts_text(counts, stored: bool) -> str:
    values = {"new": counts.new, "updated": counts.updated, "unchanged": counts.unchanged}
    if stored:
        return _("Imported: {new} new, {updated} updated, {unchanged} unchanged records.", **values)
    return _("Check passed: {new} new, {updated} updated, {unchanged} unchanged records. Nothing has been "
             "stored yet.", **values)


def problems_ui(exc: RecordsInvalid) -> None:
    messages = exc.messages(cl())
    total = len(exc.problems) + exc.more
    title = ngettext("The file cannot be imported: {n} problem. Nothing was stored.",
                     "The file cannot be imported: {n} problems. Nothing was stored.", total)
    shown = messages[:MAX_SHOWN_PROBLEMS]
    st.error(title + "\n\n" + "\n".join(f"- {md(m, 400)}" for m in shown))
    if len(messages) > len(shown):
        st.caption(ngettext("… and {n} more problem.", "… and {n} more problems.", len(messages) - len(shown)))


def run_import(enterprise_id: int, table: RawTable, kind: Optional[str], mapping: ColumnMapping,
               dry_run: bool) -> None:
    try:
        result = import_records(state.store(), enterprise_id, table, kind=kind, mapping=mapping, dry_run=dry_run)
    except RecordsInvalid as exc:
        problems_ui(exc)
        return
    except ValueError as exc:  # a time zone the kept mapping names that this machine does not know
        st.error(_("The file cannot be imported: {detail}", detail=md(str(exc), 300)))
        return
    if dry_run:
        st.success(counts_text(result.counts, stored=False))
        return
    state.flash("success", counts_text(result.counts, stored=True))  # shown once the page is drawn again
    if kind:
        st.session_state["sr_kpi_kind_next"] = kind  # the performance tab shows what was just imported
    st.rerun()


def upload_ui(enterprise_id: int) -> None:
    privacy_notice()
    upload = file_upload(_("Records file (CSV or .xlsx)"), type=["csv", "xlsx"], key=f"sr_upload_{enterprise_id}",
                         help=_("UTF-8 or GB18030 (as Chinese Excel saves it) CSV, or an .xlsx workbook (its first "
                                "sheet). Every row is checked before anything is stored."),
                         max_mb=MAX_FILE_BYTES // 1_048_576)
    if upload is None:
        st.caption(_("Default headers: {headers}. Common Chinese headers such as 受理时间 are recognised.",
                     headers=", ".join(COLUMNS)))
        return
    read = _read(upload)
    if read is None:
        return
    digest, table = read
    preview_ui(table)
    kind, mapping = mapping_ui(digest, table, state.store().record_mapping(enterprise_id))
    zone = mapping.time_zone or profile_of(state.store(), enterprise_id).records.time_zone
    st.caption(_("Times without an offset are read as local time in {zone}.", zone=md(zone)))
    missing = [f for f in ("id", "received_at") if f not in mapping.columns]
    if kind is None and "kind" not in mapping.columns:
        st.warning(_("Choose the kind of the records, or the column that holds it."))
        return
    if missing:
        st.warning(_("Choose the columns of the fields marked *: {fields}.",
                     fields=", ".join(_(FIELD_NAMES[f]) for f in missing)))
        return
    check, store_it = st.columns(2)
    if check.button(_("Check (nothing is stored)"), icon=":material/fact_check:", key="sr_check", width="stretch"):
        run_import(enterprise_id, table, kind, mapping, dry_run=True)
    if store_it.button(_("Import"), type="primary", icon=":material/upload:", key="sr_import", width="stretch",
                        disabled=not state.may("records", enterprise_id)):
        run_import(enterprise_id, table, kind, mapping, dry_run=False)

