"""Paths inside a pack: every component safe on Windows, macOS and Linux, two files of one item never under the
same name, and the test an imported archive's names must pass."""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from . import EVIDENCE_DIR

# Short enough that evidence/<folder>/<item>/<file> stays well within Windows' 260-character paths once unpacked
MAX_FOLDER = 60  # characters of one folder name
MAX_FILE = 100  # characters of one file name, extension included
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
             *(f"{p}{n}" for p in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³"))}
_DRIVE = re.compile(r"^[A-Za-z]:")


def safe_component(text: str, limit: int = MAX_FILE, fallback: str = "_") -> str:
    """`text` as one path component every common file system accepts: no `<>:"/\\|?*`, control or format
    characters (each becomes `_`), no leading or trailing spaces, no trailing dots, not a reserved device name
    (CON, NUL, COM1 ...), at most `limit` characters (a file keeps its extension)."""
    text = unicodedata.normalize("NFC", text or "")
    text = "".join("_" if unicodedata.category(c)[0] == "C" else c for c in text)
    text = " ".join(_FORBIDDEN.sub("_", text).split()).strip(" .")
    if text in ("", ".", ".."):
        text = fallback
    stem, dot, ext = text.rpartition(".")
    if not dot or not stem or len(ext) > 10:
        stem, dot, ext = text, "", ""
    room = limit - len(dot + ext)
    stem = stem[:room].rstrip(" .") or fallback
    if stem.split(".")[0].upper().rstrip(" ") in _RESERVED:
        stem = "_" + stem
    return stem + dot + ext


def unique_name(name: str, taken: set[str]) -> str:
    """`name`, or `name (2).ext`, `name (3).ext` ... the first one not in `taken` (compared as case-insensitive
    file systems compare); the chosen name is added to `taken`."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, dot, ext = name, "", ""
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem} ({n}){dot}{ext}"
    taken.add(candidate.casefold())
    return candidate


def evidence_path(indicator: str, item: str, filename: str) -> str:
    """evidence/<indicator>/<item>/<file name>, each part safe (the file name made unique by the caller)."""
    return "/".join((EVIDENCE_DIR, safe_component(indicator, MAX_FOLDER), safe_component(item, MAX_FOLDER),
                     filename))


def unsafe_reason(name: str) -> str | None:
    """Why an archive member name may not be extracted or trusted, or None: absolute (`/x`, `C:\\x`,
    `\\\\server\\x`), a `..` part, an empty part, a NUL or another control character."""
    if not name:
        return "an empty name"
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "an absolute name"
    if any(unicodedata.category(c) == "Cc" for c in name):
        return "a control character in the name"
    parts = re.split(r"[\\/]", name.rstrip("/"))
    if any(part == ".." for part in parts):
        return "a '..' part (path traversal)"
    if any(part in ("", ".") for part in parts):
        return "an empty or '.' part"
    return None


def folded(names: Iterable[str]) -> list[str]:
    """The names as a case-insensitive file system sees them (to find two that would land on one file)."""
    return [unicodedata.normalize("NFC", n).casefold() for n in names]
