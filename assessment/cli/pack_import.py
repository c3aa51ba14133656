"""`import PACK.zip`: a stage-1 pack read back, checked whole before anything is written, then its assessment and
every evidence file restored in one unit of work (see `assessment.pack.reading` for what is refused)."""

from __future__ import annotations

from ..exchange import MAX_FILE_BYTES, parse_assessment, validate_for_catalog
from ..models import Assessment
from ..pack import EXCHANGE_FILE, PackRefused
from ..pack.reading import looks_like_pack, open_pack
from .common import CliError

__all__ = ["check_pack", "import_pack_file", "looks_like_pack"]


def check_pack(store, path: str) -> Assessment:
    """The pack's assessment once the archive, its manifest, its exchange file (against the registered catalog) and
    its index files have passed every check; CliError (PackRefused's message) or ExchangeError otherwise."""
    try:
        with open_pack(path) as pack:
            assessment = _assessment(store, pack, path)
            pack.check_documents()
            return assessment
    except PackRefused as exc:
        raise CliError(f"{exc}; nothing was imported") from None


def import_pack_file(store, path: str, force: bool) -> str:
    """Restore one checked pack; the line that says what was done."""
    from .. import usecases
    from ..evidence import EvidenceRefused
    from ..store.evidence import RestoredFile

    try:
        with open_pack(path) as pack:
            assessment = _assessment(store, pack, path)
            same = None if force else usecases.find_identical(store, assessment)
            if same is not None:
                return (f"{path}: already stored as #{same.id} (enterprise {same.enterprise_id}, "
                        f"{assessment.enterprise.name}); not imported again (--force stores it anyway)")
            files = (RestoredFile(item=f.item, entry=f.entry, filename=f.filename, data=data,
                                  source=f"entry {f.path!r}", note=f.note, to_reverify=f.to_reverify,
                                  added_at=f.added_at, media_type=f.media_type)
                     for f, data in pack.evidence(store.evidence_limit()))
            stored, count = usecases.import_pack(store, assessment, files)
    except (PackRefused, EvidenceRefused) as exc:
        prefix = "" if isinstance(exc, PackRefused) else f"{path}: "
        raise CliError(f"{prefix}{exc}; nothing was imported") from None
    noun = "evidence file" if count == 1 else "evidence files"
    return (f"{path}: imported as assessment {stored.id} with {count} {noun} (enterprise "
            f"{stored.enterprise_id}, {assessment.enterprise.name})")


def _assessment(store, pack, path: str) -> Assessment:
    source = f"{path}:{EXCHANGE_FILE}"
    assessment = parse_assessment(pack.exchange_text(MAX_FILE_BYTES), source)
    ref = assessment.catalog
    try:
        catalog = store.catalog(ref.id, ref.version)
    except LookupError:
        raise CliError(f"{source}: field 'catalog': catalog {ref.id} {ref.version} is not known to this database; "
                       "register it first (catalog add PATH)") from None
    validate_for_catalog(assessment, catalog, source)
    return assessment
