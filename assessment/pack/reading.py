"""Opening a pack: the archive is checked as a whole before anything is read from it, and every file is checked
again while it is read (the directory can lie). A hostile archive is refused with `PackRefused` naming it and the
entry: a `..` part or an absolute name, a link, more than MAX_ENTRIES entries, more than MAX_TOTAL_BYTES
uncompressed (by the directory, and counted while reading), an entry compressed more than MAX_RATIO times, a
missing or malformed manifest, another format or version, a listed file missing, an unlisted one present, or a
size or SHA-256 that differs. Files are read in chunks while they are hashed: memory stays that of one file.
"""

from __future__ import annotations

import hashlib
import stat
import sys
import zipfile
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from . import EVIDENCE_DIR, MANIFEST, MAX_MANIFEST_BYTES, PackRefused
from .manifest import Manifest, PackedDocument, PackedEvidence, parse_manifest
from .names import folded, unsafe_reason

CHUNK = 256 * 1024
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def looks_like_pack(path: str | Path) -> bool:
    """Whether the import should read `path` as a pack: a zip archive named .zip, or one holding a manifest.json
    (an .xlsx or .docx named .json stays an exchange file, refused as one)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(4) not in _ZIP_MAGIC:
                return False
        if str(path).lower().endswith(".zip"):
            return True
        with zipfile.ZipFile(path) as zf:
            return any(name == MANIFEST for name in zf.namelist())
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def limits() -> tuple[int, int, int]:
    """(entries, total bytes, ratio): read at call time, so a test can lower them."""
    package = sys.modules[__package__]
    return package.MAX_ENTRIES, package.MAX_TOTAL_BYTES, package.MAX_RATIO


class PackReader:
    """An open pack whose directory and manifest have passed every check; its files are read with `exchange_text`,
    `check_documents` and `evidence`, each verified against the manifest."""

    def __init__(self, zf: zipfile.ZipFile, source: str):
        self.zf, self.source = zf, source
        self.max_entries, self.max_total, self.max_ratio = limits()
        self.read_total = 0  # bytes unpacked so far, counted: the directory's sizes can lie
        self.infos = self._checked_directory()
        self.manifest = self._checked_manifest()

    # --- the archive as a whole ----------------------------------------------------------------------------

    def refuse(self, code: str, message: str, entry: str = "", **values) -> PackRefused:
        return PackRefused(self.source, code, message, entry, **values)

    def _checked_directory(self) -> dict[str, zipfile.ZipInfo]:
        infos = self.zf.infolist()
        if len(infos) > self.max_entries:
            raise self.refuse("too_many_entries", f"{len(infos):,} entries; a pack has at most "
                                                  f"{self.max_entries:,}", count=len(infos))
        for info in infos:
            reason = unsafe_reason(info.filename)
            if reason:
                raise self.refuse("unsafe_name", f"{reason}; such an archive could write outside its folder",
                                  info.filename, reason=reason)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise self.refuse("link", "a symbolic link; a pack holds only plain files", info.filename)
            if info.flag_bits & 0x1:
                raise self.refuse("encrypted", "an encrypted entry; a pack is never encrypted", info.filename)
        names = [i.filename for i in infos]
        keys = folded(names)
        if len(set(keys)) != len(keys):
            twice = next(n for n, k in zip(names, keys) if keys.count(k) > 1)
            raise self.refuse("duplicate", "named twice (or twice but for case)", twice)
        total = sum(i.file_size for i in infos)
        if total > self.max_total:
            raise self.refuse("too_large", f"{total:,} bytes uncompressed; a pack holds at most "
                                           f"{self.max_total:,}", total=total)
        for info in infos:
            if info.file_size > self.max_ratio * max(info.compress_size, 1):
                raise self.refuse("ratio", f"compressed {info.file_size / max(info.compress_size, 1):,.0f} times; "
                                           f"at most {self.max_ratio} times (a zip bomb)", info.filename)
        return {i.filename: i for i in infos if not i.is_dir()}

    def _checked_manifest(self) -> Manifest:
        info = self.infos.get(MANIFEST)
        if info is None:
            raise self.refuse("no_manifest", f"no {MANIFEST}: not a stage-1 pack of this toolkit")
        if info.file_size > MAX_MANIFEST_BYTES:
            raise self.refuse("bad_manifest", f"{info.file_size:,} bytes; at most {MAX_MANIFEST_BYTES:,}", MANIFEST)
        manifest = parse_manifest(self._read(MANIFEST, info.file_size, None), self.source)
        listed = manifest.every_file()
        paths = [f.path for f in listed]
        for path in paths:
            reason = unsafe_reason(path)
            if reason:
                raise self.refuse("unsafe_name", f"listed in {MANIFEST} with {reason}", path, reason=reason)
        keys = folded(paths)
        if len(set(keys)) != len(keys) or MANIFEST.casefold() in keys:
            raise self.refuse("bad_manifest", "a path is listed twice", MANIFEST)
        for f in manifest.files:
            if not f.path.startswith(EVIDENCE_DIR + "/"):
                raise self.refuse("bad_manifest", f"an evidence file outside {EVIDENCE_DIR}/", f.path)
        for f in listed:
            info = self.infos.get(f.path)
            if info is None:
                raise self.refuse("missing", f"listed in {MANIFEST} but not in the archive", f.path)
            if info.file_size != f.size:
                raise self.refuse("size_mismatch", f"{info.file_size:,} bytes in the archive, {f.size:,} in "
                                                   f"{MANIFEST}", f.path)
        unlisted = sorted(set(self.infos) - set(paths) - {MANIFEST})
        if unlisted:
            raise self.refuse("unlisted", f"in the archive but not in {MANIFEST}", unlisted[0])
        return manifest

    # --- reading, verified -----------------------------------------------------------------------------------

    def _read(self, path: str, size: int, sha256: Optional[str], keep: bool = True) -> bytes:
        """The entry's bytes (or b"" when not `keep`), read in chunks: refused past `size`, past the archive's
        total or ratio, or when its SHA-256 is not `sha256`."""
        info = self.infos[path]
        digest = hashlib.sha256()
        kept = bytearray()
        n = 0
        try:
            with self.zf.open(info) as fh:
                while chunk := fh.read(CHUNK):
                    n += len(chunk)
                    self.read_total += len(chunk)
                    if n > size:
                        raise self.refuse("size_mismatch", f"more than the {size:,} bytes listed", path)
                    if self.read_total > self.max_total:
                        raise self.refuse("too_large", f"the archive unpacks to more than {self.max_total:,} "
                                                       "bytes", path, total=self.read_total)
                    if n > self.max_ratio * max(info.compress_size, 1):
                        raise self.refuse("ratio", f"compressed more than {self.max_ratio} times (a zip bomb)", path)
                    digest.update(chunk)
                    if keep:
                        kept += chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
            raise self.refuse("damaged", f"cannot be read ({str(exc)[:200]})", path) from None
        if n != size:
            raise self.refuse("size_mismatch", f"{n:,} bytes, {size:,} listed", path)
        if sha256 is not None and digest.hexdigest() != sha256:
            raise self.refuse("hash_mismatch", f"its SHA-256 is not the one in {MANIFEST}: the file was changed",
                              path)
        return bytes(kept)

    def read_file(self, f: PackedDocument, keep: bool = True) -> bytes:
        return self._read(f.path, f.size, f.sha256, keep)

    def exchange_text(self, max_bytes: int) -> str:
        f = self.manifest.exchange_file
        if f.size > max_bytes:
            raise self.refuse("too_large", f"{f.size:,} bytes; an exchange file is at most {max_bytes:,}", f.path)
        try:
            return self.read_file(f).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise self.refuse("bad_exchange", "not UTF-8 text", f.path) from None

    def check_documents(self) -> None:
        """The index files match their hashes (they are not imported: the importing side makes its own)."""
        for f in self.manifest.documents:
            self.read_file(f, keep=False)

    def evidence(self, max_bytes: int) -> Iterator[tuple[PackedEvidence, bytes]]:
        """Each evidence file with its verified bytes, one at a time."""
        for f in self.manifest.files:
            if f.size > max_bytes:
                raise self.refuse("too_large", f"{f.size:,} bytes; an evidence file is at most {max_bytes:,}",
                                  f.path)
            yield f, self.read_file(f)


@contextmanager
def open_pack(path: str | Path, source: Optional[str] = None) -> Iterator[PackReader]:
    """The pack at `path` (a file name or a binary file object), checked; PackRefused otherwise."""
    source = source or str(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PackRefused(source, "not_zip", f"not a readable zip archive ({str(exc)[:200]})") from None
    with zf:
        yield PackReader(zf, source)
