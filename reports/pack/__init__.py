"""The stage-1 document pack of a stored assessment (the format: `assessment.pack`): `write_pack` (writer.py), its
index as data (index.py), as PDF (index_pdf.py) and as a workbook (index_xlsx.py), in zh, en or es (texts.py)."""

from .writer import PackError, WrittenPack, write_pack

__all__ = ["PackError", "WrittenPack", "write_pack"]
