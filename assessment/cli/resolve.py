"""The resolver: command-line arguments -> the loaded assessment, its catalog and its previous round.

One rule for "file or stored id", used by every verb (`report` too): an existing path is a file; otherwise a
positive whole number is the id of a stored assessment; anything else is a file that does not exist.
One rule for the catalog: `--catalog PATH`; else (a stored assessment) the catalog the store knows by id and
version; else the built-in catalog when the ids match. A version other than the one answered is warned about.
This module is the only place in the command line that reads the built-in catalog.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from criteria import Catalog, CatalogError, default_catalog, load_catalog

from ..exchange import ExchangeError, read_assessment, validate_for_catalog
from ..models import Assessment
from ..scoring import InvalidResponse, Result, score
from .common import CliError, open_store, warn


@dataclass(frozen=True)
class Loaded:
    """What a verb works on: the assessment, the catalog to read it with, and the name to give it in messages."""

    assessment: Assessment
    catalog: Optional[Catalog]
    source: str  # the file's path, or "assessment N"
    stored_id: Optional[int] = None
    previous: Optional[Assessment] = None  # the enterprise's previous round (stored assessments only)
    previous_catalog: Optional[Catalog] = None
    certificate_catalog: Optional[Catalog] = None  # governs the certificate shown (stored assessments only)


def builtin_catalog() -> Catalog:
    """The toolkit's built-in catalog: the one fallback of the command line."""
    return default_catalog()


def stored_id(text: str) -> Optional[int]:
    """The stored assessment id `text` names, or None when it names a file."""
    if Path(text).exists() or not re.fullmatch(r"[0-9]+", text) or int(text) < 1:
        return None
    return int(text)


def read_file(source: str) -> Assessment:
    if not Path(source).exists():
        raise CliError(f"{source}: file not found; no such file, and not the id of a stored assessment "
                       "(a positive whole number)")
    return read_assessment(source)


def load(args, source: str, *, with_catalog: bool = True, with_previous: bool = False) -> Loaded:
    """The assessment FILE_OR_ID names, checked against its catalog (unless `with_catalog` is false)."""
    path = getattr(args, "catalog", None)
    ident = stored_id(source)
    if ident is None:
        assessment = read_file(source)
        catalog = catalog_for(assessment, source, path) if with_catalog else None
        return Loaded(assessment, catalog, source)
    with open_store(args) as store:
        return load_stored(store, ident, path, with_catalog=with_catalog, with_previous=with_previous)


def load_stored(store, ident: int, path: Optional[str] = None, *, with_catalog: bool = True,
                with_previous: bool = False) -> Loaded:
    """A stored assessment, its catalog (--catalog PATH, else the store's) and, when asked, its previous round."""
    name = f"assessment {ident}"
    assessment = stored_assessment(store, ident)
    catalog = catalog_for(assessment, name, path, store) if with_catalog else None
    previous = previous_catalog = None
    if with_previous:
        previous, previous_catalog = previous_round(store, ident)
    governing = certificate_catalog(store, ident) if assessment.certificate is not None else None
    return Loaded(assessment, catalog, name, ident, previous, previous_catalog, governing)


def stored_assessment(store, ident: int) -> Assessment:
    """A stored assessment as an exchange value, with the enterprise's certificate current at its date."""
    from .. import usecases
    from ..store import NotFound

    try:
        return usecases.export_assessment(store, ident)
    except NotFound:
        raise CliError(f"no stored assessment with id {ident}") from None


def previous_round(store, ident: int) -> tuple[Optional[Assessment], Optional[Catalog]]:
    """The enterprise's round before `ident` and its catalog; an unusable one is warned about and left out."""
    previous = store.previous_assessment(ident)
    if previous is None:
        return None, None
    try:
        return previous.assessment, catalog_for(previous.assessment, f"assessment {previous.id}", None, store)
    except (CliError, ExchangeError, CatalogError) as exc:  # an unusable earlier round drops the comparison only
        warn(f"no round comparison: {exc}")
        return None, None


def catalog_for(assessment: Assessment, source: str, path: Optional[str] = None, store=None) -> Catalog:
    """--catalog PATH; else the catalog the store knows by id and version; else the built-in one if the id matches.
    The answers are checked against it (ExchangeError naming every problem)."""
    ref = assessment.catalog
    catalog = load_catalog(path) if path else None
    if catalog is None and store is not None:
        try:
            catalog = store.catalog(ref.id, ref.version)
        except LookupError:
            pass
    if catalog is None:
        catalog = builtin_catalog()
        if ref.id != catalog.id:
            raise CliError(
                f"{source}: field 'catalog.id': answered against catalog {ref.id!r}, not the built-in "
                f"{catalog.id!r}; pass --catalog PATH"
            )
    if ref.id == catalog.id and ref.version != catalog.version:
        warn(f"{source} was answered against {catalog.id} version {ref.version}; scoring with version "
             f"{catalog.version}")
    validate_for_catalog(assessment, catalog, source)
    return catalog


def scored(loaded: Loaded) -> Result:
    try:
        return score(loaded.catalog, loaded.assessment)
    except InvalidResponse as exc:
        raise ExchangeError(loaded.source, exc.problems) from None


def certificate_catalog(store, ident: int) -> Catalog:
    """The catalog whose cycle rules and levels govern the certificate a stored assessment shows (the one the
    certificate records); the catalog new assessments use when the enterprise held none at its date."""
    from .. import usecases

    try:
        return usecases.certificate_catalog(store, ident, store.default_catalog_for_new())
    except (LookupError, CatalogError) as exc:
        raise CliError(f"assessment {ident}: the catalog of its certificate cannot be read ({exc})") from None
