"""Writing a pack: the exchange file, the index (PDF and .xlsx) and every evidence file of one stored assessment
into one zip archive, each evidence file streamed from the store in turn (memory holds one file at a time),
written to a temporary file beside the output and renamed at the end (a failed run leaves any earlier file)."""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from assessment import usecases
from assessment.evidence import DOCX, JPEG, PDF, PNG, PPTX, XLSX
from assessment.exchange import dump_assessment
from assessment.pack import EXCHANGE_FILE, FORMAT, FORMAT_VERSION, INDEX_PDF, INDEX_XLSX, MANIFEST, MAX_RATIO
from assessment.pack.manifest import Manifest, PackedDocument, PackedEvidence, manifest_json
from assessment.scoring import score

from .index import build_index, evidence_paths
from .index_pdf import render_index_pdf
from .index_xlsx import index_workbook

CHUNK = 256 * 1024
LEVEL = 6
ALREADY_COMPRESSED = {JPEG, PNG, PDF, DOCX, XLSX, PPTX}  # stored as they are: deflating them gains little


class PackError(RuntimeError):
    """The pack could not be made (the message says why); no output was written."""


@dataclass(frozen=True)
class WrittenPack:
    path: Path
    files: int  # evidence files
    size: int  # bytes of the archive


def write_pack(store, assessment_id: int, output: str | Path, lang: str, now: datetime) -> WrittenPack:
    """The stage-1 pack of a stored assessment in `lang`, written atomically to `output`; `now` is its creation
    time (the manifest's created_at, the index's date, the entries' timestamps). NotFound for an unknown id;
    OSError when the output cannot be written."""
    found = store.get_assessment(assessment_id)
    exported = usecases.export_assessment(store, assessment_id)
    catalog = store.catalog(found.assessment.catalog.id, found.assessment.catalog.version)
    exchange = dump_assessment(exported, catalog).encode("utf-8")
    records = store.list_evidence(assessment_id)
    paths = evidence_paths(catalog, records, lang)
    index = build_index(catalog, found.assessment, score(catalog, found.assessment), records, paths, lang,
                        now.date())
    documents = {INDEX_PDF: render_index_pdf(index), INDEX_XLSX: index_workbook(index)}
    manifest = Manifest(
        format=FORMAT, format_version=FORMAT_VERSION, created_at=now, lang=lang,
        exchange_file=_described(EXCHANGE_FILE, exchange),
        documents=tuple(_described(path, data) for path, data in documents.items()),
        files=tuple(PackedEvidence(path=paths[r.id], size=r.size, sha256=r.sha256, item=r.item, entry=r.entry,
                                   filename=r.filename, media_type=r.media_type, note=r.note,
                                   to_reverify=r.to_reverify, added_at=r.added_at) for r in records),
    )
    output = Path(output)
    stamp = now.timetuple()[:6]
    with _atomic(output) as fh:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=LEVEL) as zf:
            _put(zf, MANIFEST, manifest_json(manifest), stamp, compress=True)
            _put(zf, EXCHANGE_FILE, exchange, stamp, compress=True)
            for path, data in documents.items():
                _put(zf, path, data, stamp, compress=path != INDEX_XLSX)
            for record in records:
                _, data = store.evidence_content(record.id)
                if hashlib.sha256(data).hexdigest() != record.sha256:
                    raise PackError(f"evidence #{record.id} ({record.filename}): its stored content no longer "
                                    "matches its SHA-256; the database needs repair")
                _put(zf, paths[record.id], data, stamp, compress=record.media_type not in ALREADY_COMPRESSED)
                del data
    return WrittenPack(output, len(records), output.stat().st_size)


def _described(path: str, data: bytes) -> PackedDocument:
    return PackedDocument(path=path, size=len(data), sha256=hashlib.sha256(data).hexdigest())


def _put(zf: zipfile.ZipFile, path: str, data: bytes, stamp, compress: bool) -> None:
    """One entry, a plain file (mode 0644), written in chunks; a non-ASCII name gets the UTF-8 flag (zipfile).
    Content that deflates more than MAX_RATIO times (a text of one repeated line) is stored as it is, so that the
    import, which refuses such ratios as zip bombs, takes every pack this writer makes."""
    info = zipfile.ZipInfo(path, date_time=stamp)
    deflate = compress and len(data) <= MAX_RATIO * max(_deflated_size(data), 1)
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    info.external_attr = 0o100644 << 16
    info.file_size = len(data)
    view = memoryview(data)
    with zf.open(info, "w") as fh:
        for start in range(0, len(view), CHUNK):
            fh.write(view[start:start + CHUNK])


def _deflated_size(data: bytes) -> int:
    """The size of `data` deflated as zipfile deflates it (raw deflate at LEVEL), computed chunk by chunk."""
    packer = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    view = memoryview(data)
    size = sum(len(packer.compress(view[start:start + CHUNK])) for start in range(0, len(view), CHUNK))
    return size + len(packer.flush())


class _atomic:
    """A binary file beside `path`, renamed onto it when the block ends without error, removed otherwise."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self):
        folder = self.path.parent if str(self.path.parent) else Path(".")
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=folder)
        try:
            os.chmod(self.tmp, 0o644)
        except OSError:
            pass
        self.fh = os.fdopen(fd, "w+b")
        return self.fh

    def __exit__(self, kind, exc, tb):
        try:
            if kind is None:
                self.fh.flush()
                os.fsync(self.fh.fileno())
            self.fh.close()
            if kind is None:
                os.replace(self.tmp, self.path)
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)
        return False
