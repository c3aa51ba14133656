"""What every verb shares: exit codes, argument types, the store, printing (text, tables, JSON) and errors."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Iterator, Optional

from .. import formatting
from ..scoring import round_half_up

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
MAX_EFFORT = 1_000_000  # effort units per item in an effort map
DEFAULT_LANG = "zh"


class CliError(Exception):
    """Bad input found by the command line itself; the message names the place and the problem."""


def fail(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    fail(f"{parser.prog}: choose an action")
    return EXIT_BAD_INPUT


# --- argument types ------------------------------------------------------------------------------------------


def iso_date(text: str) -> date:
    """`YYYY-MM-DD` within the calendar every date of the toolkit lies in (1990-01-01 to 2199-12-31)."""
    from ..days import EARLIEST_DATE, LATEST_DATE

    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            raise ValueError
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: use YYYY-MM-DD") from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: use a date from {EARLIEST_DATE.isoformat()} to "
                                         f"{LATEST_DATE.isoformat()}")
    return day


def year_month(text: str) -> date:
    """`YYYY-MM` -> the first day of that month (within the calendar every date of the toolkit lies in)."""
    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})", text)
    if not match or not 1 <= int(match.group(2)) <= 12 or not 1990 <= int(match.group(1)) <= 2199:  # days.py
        raise argparse.ArgumentTypeError(f"invalid month {text!r}: use YYYY-MM (1990-01 to 2199-12)")
    return date(int(match.group(1)), int(match.group(2)), 1)


def positive_int(text: str) -> int:
    if not re.fullmatch(r"[0-9]+", text) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"invalid value {text!r}: expected a positive whole number")
    return int(text)


def os_user() -> str:
    """The operating-system user running the command line (the audit trail signs `cli (name)`); the USER or
    USERNAME variable when the system has no name for the process's user id, else `unknown`."""
    import getpass

    try:
        name = getpass.getuser()
    except (KeyError, OSError, ImportError):  # no passwd entry (a container's arbitrary uid), no pwd module
        name = ""
    return (name or os.environ.get("USER") or os.environ.get("USERNAME") or "unknown").strip()[:100] or "unknown"


def lang(args) -> str:
    return getattr(args, "lang", None) or DEFAULT_LANG


def today(args) -> date:
    return getattr(args, "today", None) or date.today()  # the edge of the system: the only place the clock is read


# --- the store -----------------------------------------------------------------------------------------------


@contextmanager
def open_store(args, migrate: bool = True) -> Iterator[Any]:
    """The store, opened lazily (SQLAlchemy is imported only by the verbs that need it); its errors become
    CliError naming the database and the problem."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..store import Store, StoreError

    url = getattr(args, "db", None)
    try:
        store = Store(url=url, migrate=migrate)
    except StoreError as exc:  # StorageUnavailable: names the database and why
        raise CliError(str(exc)) from None
    except (SQLAlchemyError, ValueError, OSError) as exc:
        raise CliError(f"database {safe_url(url)}: cannot open: {first_line(exc)}") from None
    try:
        yield store
    except StoreError as exc:
        raise CliError(str(exc)) from None
    except SQLAlchemyError as exc:
        raise CliError(f"database: {first_line(exc)}") from None
    finally:
        store.close()


def safe_url(url: Optional[str]) -> str:
    shown = url or os.environ.get("DATABASE_URL") or "(default SQLite file)"
    return re.sub(r"//([^:/@]*):[^@/]*@", r"//\1:***@", shown)  # never print a password


def first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


# --- output --------------------------------------------------------------------------------------------------


def check_outputs(verb: str, paths) -> None:
    """Each output file can be written: its folder exists and it is not a folder (CliError otherwise), before
    any work is done."""
    from pathlib import Path

    for path in paths:
        if not Path(path).resolve().parent.is_dir():
            raise CliError(f"{verb}: the folder of {path} does not exist")
        if Path(path).is_dir():
            raise CliError(f"{verb}: {path} is a folder, not a file")


def write_output(verb: str, path: str, data: bytes):
    """Write one output file atomically (a failed run leaves an earlier file intact); the path, or None after
    saying why it could not be written."""
    from pathlib import Path

    from ..exchange import write_atomically

    try:
        write_atomically(Path(path), data)
    except OSError as exc:
        fail(f"{verb}: cannot write {path}: {exc.strerror or exc}")
        return None
    return path


def out(text: str = "") -> None:
    print(text)


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=json_default))


def json_default(value: Any):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return num(value)
    if isinstance(value, Fraction):
        return float(round_half_up(value, 2))
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def num(value: Decimal | Fraction | int | None):
    if value is None:
        return None
    d = value if isinstance(value, Decimal) else round_half_up(value, 2)
    return int(d) if d == d.to_integral_value() else float(d)


def fmt(value: Decimal | Fraction | None, decimals: int = 2) -> str:
    """A figure for the terminal: rounded half up, no trailing zeros, '-' for none."""
    return "-" if value is None else formatting.num(value, "en", decimals)


width = formatting.display_width  # columns a string takes in a terminal: East Asian wide characters take two


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def table(headers: list[str], rows: list[list[str]], right: tuple[int, ...] = ()) -> None:
    widths = [max(width(r[i]) for r in [headers, *rows]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        cols = []
        for i, cell in enumerate(cells):
            cols.append(" " * (widths[i] - width(cell)) + cell if i in right else pad(cell, widths[i]))
        return "  ".join(cols).rstrip()

    out(line(headers))
    for r in rows:
        out(line(r))


short = formatting.clip  # the text on one line, cut to a number of terminal columns
