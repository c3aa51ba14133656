"""The evidence files of one wizard item: upload several at once (for the item or one of its evidence entries),
thumbnails of images and of the first page of PDFs, download, remove (asked first), and the files linked from
the last round marked to re-verify with a confirm button.

An upload is stored from the upload box's on_change callback, which then gives the box a new key: the next run
draws an empty box, so no rerun stores the same files again.
"""

from __future__ import annotations

import io
from typing import Optional

import streamlit as st

from assessment.evidence import EXTENSIONS, PDF, EvidenceRefused
from assessment.store import NotFound
from criteria import Item

from ui import confirm, state
from ui.i18n import N_, _, cl, ngettext
from ui.inputs import files_upload
from ui.widgets import clip, md

REMOVE = "wz_file_remove"
THUMB_PX = 160
NAME_CHARS = 90
IMAGES = ("image/png", "image/jpeg")
REFUSALS = {
    "too_large": N_("the file is {size} MB; at most {limit} MB a file"),
    "refused_type": N_("this type of file is not accepted (accepted: PDF, JPEG, PNG, Word .docx, Excel .xlsx, "
                       "PowerPoint .pptx, plain text or CSV)"),
    "markup": N_("HTML, SVG and XML files are refused because a browser would run them; save the page as PDF"),
    "macros": N_("Office documents with macros are refused; save it without macros (.docx, .xlsx, .pptx)"),
    "mismatch": N_("the file is named .{ext} but its content is something else; rename it or export it again"),
    "empty": N_("the file is empty"),
}


def refusal_text(exc: EvidenceRefused) -> str:
    """Why a file was refused, in the UI language (the store's English message for a code without words)."""
    msgid = REFUSALS.get(exc.code)
    if msgid is None:
        return str(exc)
    values = dict(exc.values)
    if exc.code == "too_large":
        values = {"size": f"{exc.values['size'] / 1048576:.1f}", "limit": f"{exc.values['limit'] / 1048576:.0f}"}
    return _(msgid, **{k: md(str(v), 40) for k, v in values.items()})


def download_type(media_type: str) -> str:
    """The type a download is served with: text of any kind as text/plain (never a type a browser would run)."""
    return "text/plain" if media_type.startswith("text/") else media_type


@st.cache_data(max_entries=256, show_spinner=False)
def thumbnail(sha256: str, media_type: str, _evidence_id: int) -> Optional[bytes]:
    """A small PNG of an image or of a PDF's first page (cached per content), or None when none can be made."""
    try:
        _record, data = state.store().evidence_content(_evidence_id)
        if media_type == PDF:
            from reports.render import first_page_png

            data = first_page_png(data, 30)
        from PIL import Image, ImageOps

        with Image.open(io.BytesIO(data)) as image:
            image.thumbnail((THUMB_PX, THUMB_PX))
            framed = ImageOps.expand(image.convert("RGB"), border=1, fill=(208, 208, 208))  # a white page shows
            out = io.BytesIO()
            framed.save(out, format="PNG")
            return out.getvalue()
    except Exception:  # a damaged or unusual file: no thumbnail, the file itself stays listed
        return None


def _content(evidence_id: int) -> bytes:
    return state.store().evidence_content(evidence_id)[1]


def _messages_key(aid: int, item_id: str) -> str:
    return f"wz_files_msg_{aid}_{item_id}"


def _box_key(aid: int, item_id: str) -> str:
    n = st.session_state.get(f"wz_files_gen_{aid}_{item_id}", 0)
    return f"wz_files_{aid}_{item_id}_{n}"


def _store_uploads(aid: int, item_id: str, box: str) -> None:
    """Store each chosen file; a refused one gets a line saying why and the others are still stored."""
    files = st.session_state.get(box) or []
    entry = st.session_state.get(f"wz_files_entry_{aid}_{item_id}")
    note = st.session_state.get(f"wz_files_note_{aid}_{item_id}") or ""
    messages = []
    stored = 0
    for upload in files:
        try:
            state.store().add_evidence(aid, item_id, upload.getvalue(), upload.name, entry=entry, note=note)
            stored += 1
        except EvidenceRefused as exc:
            messages.append(("error", _("Not stored: {name}: {why}", name=md(clip(upload.name, 120)),
                                        why=refusal_text(exc))))
    if stored:
        messages.insert(0, ("success", ngettext("{n} file stored.", "{n} files stored.", stored)))
    st.session_state[_messages_key(aid, item_id)] = messages
    gen = f"wz_files_gen_{aid}_{item_id}"
    st.session_state[gen] = st.session_state.get(gen, 0) + 1  # a new, empty box on the next run
    st.session_state.pop(f"wz_files_note_{aid}_{item_id}", None)


def _describe_removal(value) -> None:
    _aid, _item, name = value
    st.markdown(_("Remove the file {name} from this item?", name=f"**{md(name)}**"))
    st.caption(_("Its content is deleted when no other assessment uses it."))


def _remove(value) -> None:
    try:
        state.store().remove_evidence(value[0])
    except NotFound:
        pass  # already removed elsewhere
    state.flash("success", _("File removed: {name}", name=md(value[2])))


def remove_dialog() -> bool:
    return confirm.dialog(REMOVE, _("Remove this file?"), _describe_removal, _("Remove the file"), _remove,
                          _("Keep it"))


def _confirm(evidence_id: int) -> None:
    try:
        state.store().confirm_evidence(evidence_id)
    except NotFound:
        pass


def _file_row(item: Item, record, entries: dict) -> None:
    with st.container(border=True, key=f"wz_file_{record.id}"):
        thumb, body = st.columns([1, 4], vertical_alignment="center")
        png = thumbnail(record.sha256, record.media_type, record.id) if record.media_type in (*IMAGES, PDF) else None
        if png is not None:
            thumb.image(png, width=96)
        else:
            thumb.markdown("### :material/description:")
        if record.to_reverify:
            body.markdown(":orange-badge[:material/sync: " + _("to re-verify") + "]")
        shown = clip(record.filename, NAME_CHARS)  # literal: a file name is never markup; a long one shortened
        body.text(shown, help=record.filename if shown != record.filename else None)
        where = md(clip(entries[record.entry], 80)) if record.entry in entries else _("The item as a whole")
        kind = EXTENSIONS.get(record.media_type, "").lstrip(".").upper()
        body.caption(f"{kind} · {record.size / 1024:,.0f} KB · {where}"
                     + (" · " + md(clip(record.note, 200)) if record.note else ""))
        with body.container(horizontal=True, vertical_alignment="center"):
            if record.to_reverify:
                st.button(_("Confirm still valid"), key=f"wz_file_confirm_{record.id}", icon=":material/task_alt:",
                          on_click=_confirm, args=(record.id,))
            st.download_button(_("Download"), data=lambda i=record.id: _content(i), file_name=record.filename,
                               mime=download_type(record.media_type), key=f"wz_file_get_{record.id}",
                               icon=":material/download:", on_click="ignore")
            st.button(_("Remove"), key=f"wz_file_remove_{record.id}", icon=":material/delete:", type="tertiary",
                      on_click=confirm.ask, args=(REMOVE, (record.id, item.id, record.filename)))


def files_panel(aid: int, item: Item, files: list) -> None:
    """The item's evidence files, in an expander open when it holds any or has just taken an upload."""
    messages = st.session_state.pop(_messages_key(aid, item.id), None)
    title = _("Evidence files") + (f" ({len(files)})" if files else "")
    with st.expander(title, icon=":material/attach_file:", expanded=bool(files or messages)):
        for kind, text in messages or ():
            (st.success if kind == "success" else st.error)(text)
        entries = {e.id: e.text.get(cl()) for e in item.evidence}
        for record in files:
            _file_row(item, record, entries)
        if entries:
            options = [None, *entries]
            st.selectbox(_("For"), options, key=f"wz_files_entry_{aid}_{item.id}",
                         format_func=lambda e: _("The item as a whole") if e is None else clip(entries[e], 90))
        st.text_input(_("Note for the files (optional)"), key=f"wz_files_note_{aid}_{item.id}", max_chars=5000)
        box = _box_key(aid, item.id)
        files_upload(_("Add files"), key=box, max_mb=state.store().evidence_limit() // (1024 * 1024),
                     on_change=_store_uploads, args=(aid, item.id, box),
                     help=_("Several files at once: PDF, JPEG, PNG, Word, Excel, PowerPoint, text or CSV."))
