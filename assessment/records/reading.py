"""Reading a company's export: CSV (UTF-8, UTF-8 with BOM, GB18030 as Chinese Excel writes it) or .xlsx, into
headers and rows of text. The type is decided by content, not by the file's name; size, rows and (for .xlsx) the
archive are bounded before anything is parsed, so a hostile file fails fast with a clear message."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_COLUMNS = 200
MAX_XLSX_UNPACKED = 1024 * 1024 * 1024  # what the archive may unpack to
MAX_XLSX_RATIO = 100  # compression ratio of any one member


class ReadError(ValueError):
    """The file cannot be read as a table; the message names the file and why."""

    def __init__(self, source: str, message: str):
        super().__init__(f"{source}: {message}")
        self.source = source


@dataclass(frozen=True)
class RawTable:
    """Headers and rows of text as the file has them; `first_row` is the file row of rows[0] (the header is 1)."""

    source: str
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    encoding: str  # "utf-8", "utf-8-sig", "gb18030" or "xlsx"
    first_row: int = 2


def read_table(path: str | Path) -> RawTable:
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReadError(source, f"the file is {size / 1024 / 1024:.0f} MB; at most "
                                    f"{MAX_FILE_BYTES // 1024 // 1024} MB can be imported")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(source, "file not found") from None
    except IsADirectoryError:
        raise ReadError(source, "is a folder, not a file") from None
    except OSError as exc:
        raise ReadError(source, f"cannot be read ({exc.strerror or exc})") from None
    return parse_table(data, source)


def parse_table(data: bytes, source: str = "<records>") -> RawTable:
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(source, f"larger than {MAX_FILE_BYTES // 1024 // 1024} MB")
    if data.startswith(b"PK\x03\x04"):
        return _xlsx(data, source)
    if data.startswith((b"\xd0\xcf\x11\xe0", b"%PDF", b"\x7fELF", b"MZ", b"\x89PNG", b"\xff\xd8\xff")):
        raise ReadError(source, "is not a CSV or .xlsx file (an old .xls, a PDF, an image or a program?); "
                                "save it as CSV or .xlsx")
    return _csv(data, source)


def _decode(data: bytes, source: str) -> tuple[str, str]:
    if b"\x00" in data:
        raise ReadError(source, "holds NUL bytes: not a text (CSV) file; UTF-16 exports must be saved as UTF-8 "
                                "or GB18030 CSV")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ReadError(source, f"starts as UTF-8 but byte {exc.start} is not UTF-8") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise ReadError(source, f"is neither UTF-8 nor GB18030 text (byte {exc.start})") from None


def _csv(data: bytes, source: str) -> RawTable:
    import csv

    text, encoding = _decode(data, source)
    csv.field_size_limit(1024 * 1024)
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
    try:
        headers = next(reader, None)
        if headers is None or not any(h.strip() for h in headers):
            raise ReadError(source, "is empty: the first row must name the columns")
        rows = []
        for row in reader:
            if len(rows) >= MAX_ROWS:
                raise ReadError(source, f"has more than {MAX_ROWS:,} rows")
            rows.append(tuple(row))
    except csv.Error as exc:
        raise ReadError(source, f"row {reader.line_num}: {exc}") from None
    return _table(source, headers, rows, encoding)


def _table(source: str, headers, rows, encoding: str) -> RawTable:
    headers = tuple(_cell(h).strip() for h in headers)
    while headers and not headers[-1]:
        headers = headers[:-1]
    if len(headers) > MAX_COLUMNS:
        raise ReadError(source, f"has {len(headers)} columns; at most {MAX_COLUMNS}")
    seen: dict[str, int] = {}
    for n, header in enumerate(headers, start=1):
        if header and header in seen:
            raise ReadError(source, f"the column {header!r} appears twice (columns {seen[header]} and {n})")
        seen[header] = n
    width = len(headers)
    body = []
    for row in rows:
        cells = tuple(_cell(c) for c in row[:width]) + ("",) * (width - len(row))
        body.append(cells)
    return RawTable(source, headers, body, encoding)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx(data: bytes, source: str) -> RawTable:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ReadError(source, f"looks like .xlsx but is not a readable archive ({exc})") from None
    names = {m.filename for m in members}
    if "xl/workbook.xml" not in names:
        raise ReadError(source, "is a zip archive but not an Excel workbook (.xlsx)")
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_XLSX_UNPACKED or any(
            m.compress_size and m.file_size / m.compress_size > MAX_XLSX_RATIO and m.file_size > 1024 * 1024
            for m in members):
        raise ReadError(source, "the workbook unpacks to far more than it holds (a compression bomb?); refused")
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise ReadError(source, f"the workbook cannot be read ({type(exc).__name__}: {exc})") from None
    try:
        sheet = book.worksheets[0]
        rows_iter = sheet.iter_rows(values_only=True)
        headers = next(rows_iter, None)
        if headers is None or not any(_cell(h).strip() for h in headers):
            raise ReadError(source, "the first sheet is empty: its first row must name the columns")
        rows = []
        for row in rows_iter:
            if len(rows) >= MAX_ROWS:
                raise ReadError(source, f"has more than {MAX_ROWS:,} rows")
            rows.append(row)
    finally:
        book.close()
    while rows and not any(_cell(c).strip() for c in rows[-1]):
        rows.pop()  # Excel's trailing empty rows
    return _table(source, headers, rows, "xlsx")
