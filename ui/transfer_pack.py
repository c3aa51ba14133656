"""The stage-1 document pack in the app: its download beside the other exports of an assessment, and its upload
beside the exchange files. An uploaded pack is checked whole (archive, manifest, exchange file, index) before
anything is shown; its evidence files are checked again while they are restored, all in one unit of work; every
refusal is said in the UI language and nothing is written."""

from __future__ import annotations

import hashlib
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import streamlit as st

from assessment import usecases
from assessment.evidence import EvidenceRefused
from assessment.exchange import MAX_FILE_BYTES, ExchangeError, parse_assessment, validate_for_catalog
from assessment.models import Assessment
from assessment.pack import EXCHANGE_FILE, PackRefused
from assessment.pack.reading import open_pack
from assessment.scoring import InvalidResponse
from assessment.store import NotFound
from assessment.store.evidence import RestoredFile
from criteria import CatalogError

from ui import state
from ui.i18n import N_, _, cl, day, ngettext
from ui.inputs import file_upload
from ui.widgets import md
from ui.wizard_files import refusal_text

ZIP = "application/zip"
REFUSALS = {
    "not_zip": N_("The file is not a readable zip archive."),
    "too_many_entries": N_("The archive holds {count} entries; a pack holds at most 10,000."),
    "unsafe_name": N_("The entry {entry} has a name that could write outside its folder (an absolute name or a "
                      "“..” part)."),
    "link": N_("The entry {entry} is a symbolic link; a pack holds only plain files."),
    "encrypted": N_("The entry {entry} is encrypted; a pack is never encrypted."),
    "duplicate": N_("The entry {entry} is in the archive twice."),
    "too_large": N_("The archive, or its entry {entry}, is larger than a pack may be (at most 2 GB unpacked)."),
    "ratio": N_("The entry {entry} is compressed more than 100 times: the archive is refused as a zip bomb."),
    "no_manifest": N_("The archive has no manifest.json: it is not a document pack made by this toolkit."),
    "bad_manifest": N_("The pack's manifest.json cannot be read."),
    "wrong_format": N_("The pack's manifest.json describes another format ({found})."),
    "wrong_version": N_("The pack is of format version {found}; this app reads version 1."),
    "missing": N_("The entry {entry} is listed in manifest.json but missing from the archive."),
    "unlisted": N_("The entry {entry} is in the archive but not listed in manifest.json."),
    "size_mismatch": N_("The entry {entry} does not have the size manifest.json gives."),
    "hash_mismatch": N_("The entry {entry} was changed after the pack was made: its SHA-256 checksum differs."),
    "damaged": N_("The entry {entry} cannot be read: the archive is damaged."),
    "bad_exchange": N_("The pack's exchange file is not UTF-8 text."),
}
PACK_NOT_IMPORTED = N_("The pack cannot be imported; nothing was written.")


def pack_refusal_text(exc: PackRefused) -> str:
    """Why a pack was refused, in the UI language (the English message for a code without words)."""
    msgid = REFUSALS.get(exc.code)
    if msgid is None:
        return md(str(exc), 400)
    values = {"entry": md(exc.entry or "—", 120), "count": md(str(exc.values.get("count", "")), 20),
              "found": md(str(exc.values.get("found", "")), 60)}
    return _(msgid, **values)


def evidence_refusal_text(exc: EvidenceRefused) -> str:
    source = str(exc.values.get("source", "")).removeprefix("entry ").strip("'\"")
    if exc.code == "unknown_item":
        reason = _("its item {item} is not in the assessment's catalog", item=md(str(exc.values.get("item")), 40))
    elif exc.code == "unknown_entry":
        reason = _("its evidence entry {entry} is not one of its item's",
                   entry=md(str(exc.values.get("entry")), 40))
    else:
        reason = refusal_text(exc)
    return _("The evidence file {entry} is refused: {reason}", entry=md(source, 120), reason=reason)


# --- download -----------------------------------------------------------------------------------------------


def pack_zip(assessment_id: int, lang: str) -> bytes:
    """The pack of a stored assessment, built on demand (not cached: its files can change without a new version)."""
    from reports.pack import write_pack

    with tempfile.TemporaryDirectory(prefix="gbt27922-pack-") as folder:
        path = Path(folder) / "pack.zip"
        write_pack(state.store(), assessment_id, path, lang, datetime.now(timezone.utc))
        return path.read_bytes()


def pack_download_ui(assessment_id: int, name: str) -> None:
    lg = cl()
    st.download_button(_("Stage-1 document pack (.zip)"), data=lambda: pack_zip(assessment_id, lg),
                       file_name=f"{name}_stage1_{lg}.zip", mime=ZIP, icon=":material/folder_zip:",
                       on_click="ignore", width="content", key="tr_dl_pack")


# --- upload -------------------------------------------------------------------------------------------------


def _checked(upload) -> tuple[Assessment, int, int] | None:
    """(assessment, evidence files, their bytes) of a pack that passed every check, or None after saying why not."""
    from ui.transfer import NOT_IMPORTED, problem_texts, problems_ui  # the exchange file's problems, listed alike

    try:
        upload.seek(0)
        with open_pack(upload, source=upload.name) as pack:
            text = pack.exchange_text(MAX_FILE_BYTES)
            source = f"{upload.name}:{EXCHANGE_FILE}"
            assessment = parse_assessment(text, source=source)
            catalog = state.store().catalog(assessment.catalog.id, assessment.catalog.version)
            validate_for_catalog(assessment, catalog, source=source)
            pack.check_documents()
            files = pack.manifest.files
            return assessment, len(files), sum(f.size for f in files)
    except PackRefused as exc:
        st.error(_(PACK_NOT_IMPORTED) + "\n\n" + pack_refusal_text(exc))
    except ExchangeError as exc:
        problems_ui(_(NOT_IMPORTED), problem_texts(exc))
    except (NotFound, CatalogError):
        st.error(_("The file was answered against catalog {id} {version}, which this app does not know. Register that "
                   "catalog in Settings first; nothing was written.", id=md(assessment.catalog.id),
                   version=md(assessment.catalog.version)))
    return None


def _restore(upload, assessment: Assessment):
    """Import the checked pack; the stored round and its file count, or None after saying why not."""
    from ui.transfer import NOT_IMPORTED, problem_texts, problems_ui

    try:
        upload.seek(0)
        with open_pack(upload, source=upload.name) as pack:
            files = (RestoredFile(item=f.item, entry=f.entry, filename=f.filename, data=data,
                                  source=f"entry {f.path!r}", note=f.note, to_reverify=f.to_reverify,
                                  added_at=f.added_at, media_type=f.media_type)
                     for f, data in pack.evidence(state.store().evidence_limit()))
            return usecases.import_pack(state.store(), assessment, files)
    except PackRefused as exc:
        st.error(_(PACK_NOT_IMPORTED) + "\n\n" + pack_refusal_text(exc))
    except EvidenceRefused as exc:
        st.error(_(PACK_NOT_IMPORTED) + "\n\n" + evidence_refusal_text(exc))
    except InvalidResponse as exc:
        problems_ui(_(NOT_IMPORTED), problem_texts(ExchangeError(upload.name, exc.problems)))
    return None


def pack_import_ui() -> None:
    st.subheader(_("Import a stage-1 document pack"))
    upload = file_upload(_("Document pack (.zip)"), type=["zip"], key="tp_upload",
                         help=_("A pack made by this toolkit: an assessment and its evidence files. Every file is "
                                "checked before anything is saved."))
    if upload is None:
        return
    digest = hashlib.sha256(upload.getvalue()).hexdigest()
    if st.session_state.get("tp_imported") == digest:
        st.success(_("This pack has been imported."))
        return
    checked = _checked(upload)
    if checked is None:
        return
    assessment, count, size = checked
    store = state.store()
    with st.container(border=True):
        st.markdown(f"**{md(assessment.enterprise.name, 120)}** · {md(assessment.enterprise.credit_code) or '—'}")
        st.markdown(_("Assessment of {date}", date=day(assessment.assessed_on)) + " · "
                    + ngettext("{n} evidence file ({size} MB)", "{n} evidence files ({size} MB)", count,
                               size=f"{size / 1_048_576:.1f}"))
    same = usecases.find_identical(store, assessment)
    if same is None:
        clicked = st.button(_("Import the pack"), type="primary", icon=":material/download_done:", key="tp_import",
                            disabled=not state.may("evidence"))
    else:
        st.warning(_("This file is identical to the assessment of {date} already stored for {name}. Importing it "
                     "again adds a second, identical assessment.",
                     date=day(same.assessment.assessed_on), name=md(same.assessment.enterprise.name, 80)))
        clicked = st.button(_("Import anyway"), icon=":material/content_copy:", key="tp_import_anyway",
                            disabled=not state.may("evidence", same.enterprise_id))
    if not clicked:
        return
    restored = _restore(upload, assessment)
    if restored is None:
        return
    stored, files = restored
    st.session_state["tp_imported"] = digest
    state.open_assessment(stored.id, stored.enterprise_id)
    state.flash("success", ngettext("Imported with {n} evidence file. Here is its result.",
                                    "Imported with {n} evidence files. Here is its result.", files))
    st.switch_page("ui/results.py", query_params={"a": str(stored.id)})
