"""Figures of the analysis as text, the same in the PDF and wherever the workbook writes text (numbers rounded half
up, a decimal comma and a spaced per-cent sign in Spanish, a dash for nothing to show)."""

from __future__ import annotations

from decimal import Decimal
from typing import Mapping, Optional

from assessment import formatting

from .model import Comparison, Figures

DASH = "—"


def pct(rate: Optional[float], lang: str) -> str:
    if rate is None:
        return DASH
    text = formatting.fixed(Decimal(str(rate)) * 100, lang, 1)
    return f"{text}\u00a0%" if lang == "es" else f"{text}%"


def number(value: Optional[float], lang: str, decimals: int = 1) -> str:
    return DASH if value is None else formatting.num(Decimal(str(value)), lang, decimals)


def of(part: Optional[int], rate: Optional[float], lang: str) -> str:
    """"23 (92.0%)": a count and its rate."""
    return DASH if part is None else f"{part} ({pct(rate, lang)})"


def change(row: Comparison, W: Mapping[str, str], lang: str) -> str:
    if row.change is None:
        return DASH
    if row.kind == "count":
        return formatting.signed(Decimal(str(row.change)), lang, 0)
    return W["points"].format(value=formatting.signed(Decimal(str(row.change)) * 100, lang, 1))


def compared(row: Comparison, value: Optional[float], lang: str) -> str:
    """A comparison cell: a count (one decimal for the 12-month average) or a rate."""
    if row.kind == "count":
        return number(value, lang)
    return pct(value, lang)


def satisfied(f: Figures) -> str:
    return f"{f.satisfied} / {f.surveyed}"
