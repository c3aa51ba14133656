"""Numbers and text fitted for display, the one place every output takes them from.

Points and percentages are rounded half up, as score sheets quote them (`scoring.round_half_up`), and written with a
decimal comma in Spanish. Display width counts half-width cells: CJK and full-width characters take two, so a
column of mixed Chinese and Latin text is clipped to what the eye sees, not to its length in characters.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal
from fractions import Fraction

from .scoring import round_half_up

__all__ = ["clip", "display_width", "fixed", "long_date", "num", "one_line", "signed"]


def num(value: Fraction | Decimal | int, lang: str, decimals: int = 2) -> str:
    """A number rounded half up, without trailing zeros; decimal comma in Spanish."""
    text = f"{round_half_up(value, decimals):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "es" else text


def fixed(value: Fraction | Decimal | int, lang: str, decimals: int = 1) -> str:
    """A number with exactly `decimals` decimals (scores and percentages line up in tables)."""
    text = f"{round_half_up(value, decimals):f}"
    return text.replace(".", ",") if lang == "es" else text


def signed(value: Fraction | Decimal, lang: str, decimals: int = 1) -> str:
    """A change with its sign (+, − or none when it rounds to zero) and exactly `decimals` decimals."""
    rounded = round_half_up(abs(Fraction(value)), decimals)
    sign = "+" if value > 0 and rounded else ("−" if value < 0 and rounded else "")
    return sign + fixed(rounded, lang, decimals)


def one_line(text: str, limit: int) -> str:
    """`text` on one line (whitespace runs become one space), shortened with '…' to at most `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def display_width(text: str) -> int:
    """Display width in half-width cells: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def clip(text: str, cells: int) -> str:
    """`text` on one line, shortened with '…' to at most `cells` half-width cells (CJK characters take two)."""
    text = " ".join(text.split())
    if display_width(text) <= cells:
        return text
    while text and display_width(text + "…") > cells:
        text = text[:-1]
    return text.rstrip() + "…"


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
              "noviembre", "diciembre")


def long_date(d: date, lang: str) -> str:
    """A date written out in `lang`: 2025年3月5日, 5 March 2025, 5 de marzo de 2025."""
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "es":
        return f"{d.day} de {_MONTHS_ES[d.month - 1]} de {d.year}"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
