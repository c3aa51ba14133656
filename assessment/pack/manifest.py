"""The pack's manifest.json: its shape (pydantic, read strictly) and how it is written."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import FORMAT, FORMAT_VERSION, MANIFEST, PackRefused

SHA256 = r"^[0-9a-f]{64}$"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, strict=True, extra="ignore")


class PackedDocument(_Strict):
    """A file of the archive: where it is, how many bytes, their SHA-256 (lower-case hex)."""

    path: str = Field(min_length=1, max_length=1000)
    size: int = Field(ge=0)
    sha256: str = Field(pattern=SHA256)


class PackedEvidence(PackedDocument):
    """An evidence file and what restoring it needs."""

    item: str = Field(min_length=1, max_length=100)
    entry: Optional[str] = Field(default=None, max_length=100)
    filename: str = Field(min_length=1, max_length=300)
    media_type: str = Field(max_length=100)
    note: str = ""
    to_reverify: bool = False
    added_at: datetime


class Manifest(_Strict):
    format: str
    format_version: int
    created_at: datetime
    lang: str = "zh"
    exchange_file: PackedDocument
    documents: tuple[PackedDocument, ...] = ()
    files: tuple[PackedEvidence, ...] = ()

    def every_file(self) -> tuple[PackedDocument, ...]:
        return (self.exchange_file, *self.documents, *self.files)


def manifest_json(manifest: Manifest) -> bytes:
    return json.dumps(manifest.model_dump(mode="json"), ensure_ascii=False, indent=2).encode("utf-8")


def parse_manifest(data: bytes, source: str) -> Manifest:
    """The manifest of the archive `source`, or PackRefused naming what is wrong (format and version first)."""
    try:
        text = data.decode("utf-8")
        raw = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackRefused(source, "bad_manifest", f"not valid UTF-8 JSON ({_short(exc)})", MANIFEST) from None
    if not isinstance(raw, dict):
        raise PackRefused(source, "bad_manifest", "must hold a JSON object", MANIFEST)
    if raw.get("format") != FORMAT:
        raise PackRefused(source, "wrong_format", f"format is {raw.get('format')!r}, not {FORMAT!r}", MANIFEST,
                          found=str(raw.get("format")))
    if raw.get("format_version") != FORMAT_VERSION or isinstance(raw.get("format_version"), bool):
        raise PackRefused(source, "wrong_version", f"format_version is {raw.get('format_version')!r}; this toolkit "
                                                   f"reads version {FORMAT_VERSION}", MANIFEST,
                          found=str(raw.get("format_version")))
    try:
        return Manifest.model_validate_json(text)
    except ValidationError as exc:
        err = exc.errors()[0]
        place = ".".join(str(p) for p in err["loc"]) or "(top)"
        raise PackRefused(source, "bad_manifest", f"field {place}: {err['msg']}", MANIFEST, field=place) from None


def _short(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]
