"""Evidence files: what a file is, decided by its content (never by its name), and the name it is shown under.

Accepted: PDF, JPEG, PNG, Word, Excel and PowerPoint documents (.docx, .xlsx, .pptx; macro-enabled ones refused),
plain text and CSV. Everything else (programs, HTML, SVG, archives, old binary Office files ...) is refused with a
sentence saying what it is and what is accepted. The stored media type is the detected one, so the content is
never served with a type a browser would run.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from typing import Optional

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a setting may lower or raise it
MAX_NAME = 200

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
TEXT = "text/plain"
CSV = "text/csv"
ACCEPTED = (PDF, JPEG, PNG, DOCX, XLSX, PPTX, TEXT, CSV)
EXTENSIONS = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png", DOCX: ".docx", XLSX: ".xlsx", PPTX: ".pptx", TEXT: ".txt",
              CSV: ".csv"}
ACCEPTED_WORDS = "PDF, JPEG, PNG, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), plain text or CSV"

_OFFICE = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX, "ppt/presentation.xml": PPTX}
_MARKUP = re.compile(rb"^\s*(<\?xml|<!doctype|<html|<svg|<script|<head|<body|<iframe|<\!--)", re.I)
_KNOWN_BINARY = (
    (b"MZ", "a Windows program"), (b"\x7fELF", "a program"), (b"\xcf\xfa\xed\xfe", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old binary Office file (.doc, .xls, .ppt): save it as .docx, .xlsx or .pptx"),
    (b"GIF8", "a GIF image"), (b"RIFF", "a media file"), (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"), (b"BM", "a bitmap image"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
)


class EvidenceRefused(ValueError):
    """The file cannot be kept as evidence; the message says why (in English; `code` and `values` for others)."""

    def __init__(self, code: str, message: str, **values):
        super().__init__(message)
        self.code, self.values = code, values


_CLAIMED = {"pdf": PDF, "jpg": JPEG, "jpeg": JPEG, "png": PNG, "docx": DOCX, "xlsx": XLSX, "pptx": PPTX}


def media_type(data: bytes, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The accepted media type of `data`, or EvidenceRefused; a name that claims another accepted type (a text
    named .png, a PDF named .docx) is refused too, so a file is never shown as what it is not."""
    kind = _detect(data, filename, max_bytes)
    ext = filename.rpartition(".")[2].lower() if "." in filename else ""
    claimed = _CLAIMED.get(ext)
    if claimed is not None and claimed != kind:
        raise EvidenceRefused("mismatch", f"the file is named .{ext} but its content is not that "
                                          f"(it reads as {kind}); rename it or export it again", ext=ext, kind=kind)
    return kind


def _detect(data: bytes, filename: str, max_bytes: int) -> str:
    if len(data) > max_bytes:
        raise EvidenceRefused("too_large", f"the file is {len(data) / 1048576:.1f} MB; at most "
                                           f"{max_bytes / 1048576:.0f} MB a file", size=len(data), limit=max_bytes)
    if not data:
        raise EvidenceRefused("empty", "the file is empty")
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"PK\x03\x04"):
        return _office(data)
    for magic, what in _KNOWN_BINARY:
        if data.startswith(magic):
            raise EvidenceRefused("refused_type", f"this is {what}, not an accepted type ({ACCEPTED_WORDS})",
                                  what=what)
    return _text(data, filename)


def _office(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise EvidenceRefused("refused_type", f"a damaged zip archive, not an accepted type ({ACCEPTED_WORDS})",
                              what="a damaged zip archive") from None
    found = [kind for member, kind in _OFFICE.items() if member in names]
    if "[Content_Types].xml" not in names or len(found) != 1:
        raise EvidenceRefused("refused_type", f"a zip archive, not an accepted type ({ACCEPTED_WORDS})",
                              what="a zip archive")
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise EvidenceRefused("macros", "an Office document with macros is refused; save it without macros "
                                        "(.docx, .xlsx, .pptx)")
    return found[0]


def _text(data: bytes, filename: str) -> str:
    if b"\x00" in data:
        raise EvidenceRefused("refused_type", f"a binary file, not an accepted type ({ACCEPTED_WORDS})",
                              what="a binary file")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise EvidenceRefused("refused_type", f"neither text nor an accepted type ({ACCEPTED_WORDS})",
                              what="an unknown file")
    if _MARKUP.match(data[:1024].lstrip(b"\xef\xbb\xbf")):
        raise EvidenceRefused("markup", "HTML, SVG and XML are refused (a browser would run them); save the "
                                        "page as PDF")
    return CSV if filename.lower().endswith(".csv") else TEXT


def clean_name(filename: str, kind: Optional[str] = None) -> str:
    """The name a file is shown and packed under: no folder parts, no control or format characters, no leading
    dots, at most MAX_NAME characters with its extension kept; an extension fitting `kind` when it has none."""
    name = re.split(r"[\\/]", filename or "")[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C")
    name = " ".join(name.split()).strip(" .")
    if not name:
        name = "file"
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:
        stem, ext = name, ""
    if kind and not ext:
        ext = EXTENSIONS.get(kind, "").lstrip(".")
    room = MAX_NAME - (len(ext) + 1 if ext else 0)
    stem = stem[:room].rstrip(" .") or "file"
    return f"{stem}.{ext}" if ext else stem
