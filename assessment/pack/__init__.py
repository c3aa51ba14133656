"""The stage-1 document pack: one zip archive holding an assessment (its exchange file), its evidence files and an
index of both, that another installation imports back exactly.

    manifest.json                          format, format_version, created_at, the exchange file, every file
    assessment.json                        the exchange file, as `export` writes it
    index.pdf, index.xlsx                  each item, its answer and its files
    evidence/<indicator id> <indicator name>/<item id>/<file name>

`names` makes the archive's paths safe on every system; `manifest` is the manifest's shape and its checks;
`reading` opens an archive and refuses a hostile one before anything is written. The writer (which renders the
index) is `reports.pack`.
"""

from __future__ import annotations

FORMAT = "gbt27922-pack"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
EXCHANGE_FILE = "assessment.json"
INDEX_PDF = "index.pdf"
INDEX_XLSX = "index.xlsx"
EVIDENCE_DIR = "evidence"

MAX_ENTRIES = 10_000
MAX_TOTAL_BYTES = 2 * 1024 ** 3  # uncompressed, the whole archive
MAX_RATIO = 100  # uncompressed / compressed, any one entry
MAX_MANIFEST_BYTES = 16 * 1024 * 1024


class PackRefused(ValueError):
    """The archive is not a pack this toolkit imports, or a hostile one; nothing was written. The message names
    the archive and the entry (in English); `code`, `entry` and `values` let the app say it in its language."""

    def __init__(self, source: str, code: str, message: str, entry: str = "", **values):
        where = f"{source}: entry {entry!r}: " if entry else f"{source}: "
        super().__init__(where + message)
        self.source, self.code, self.entry, self.values = source, code, entry, values
