"""Line-break opportunities in long unbroken runs of text, so that every field wraps inside the page, fast.

WeasyPrint lays a paragraph out one line at a time, and for each line it gives Pango a short slice of the rest of
the text; when that slice holds no break opportunity it falls back to laying out the *whole* rest of the text, and
once more for `overflow-wrap: anywhere`. A run of 20,000 letters without a space therefore costs time in the square
of its length (two special deductions with such descriptions took 100 s). And `overflow-wrap: anywhere` only
applies where the run starts a line: a note after its "Note" label ran off the right edge of the page.

`break_long_runs` puts a zero-width space (U+200B, invisible, not copied as a space) every `CHUNK` characters into
any run of more than `RUN_LIMIT` characters that has no break opportunity: Pango then finds breaks in every slice,
a line costs the same whatever the length of the text, and the run wraps wherever it stands. Runs of ordinary
words (shorter than `RUN_LIMIT`) are left alone, and CJK text, which may break between any two characters, is not
part of a run. A break is never put inside a character sequence that draws as one glyph (combining marks, emoji
joined by U+200D, variation selectors, flags).
"""

from __future__ import annotations

import re
import unicodedata

ZWSP = "\u200b"
RUN_LIMIT = 24  # longer than the words of running text (zh, en, es); e-mail addresses and URLs are longer
CHUNK = 10  # narrow enough for the narrowest column of user text (the owner, about 22 mm)

# Characters that end a run: white space, an existing zero-width space, and the CJK scripts (Han, kana, Hangul,
# CJK punctuation and full-width forms), between which a line may break anyway.
_BREAKABLE = (
    r"\s\u200b\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
    r"\U00020000-\U0003ffff"
)
_RUN = re.compile(f"[^{_BREAKABLE}]{{{RUN_LIMIT + 1},}}")

_ZWJ = "\u200d"


def _is_regional_indicator(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def _joins_previous(ch: str) -> bool:
    """Whether `ch` draws together with the character before it (so no break may go between them)."""
    return (
        unicodedata.category(ch).startswith("M")  # combining marks
        or ch == _ZWJ
        or "\ufe00" <= ch <= "\ufe0f"  # variation selectors
        or "\U000e0100" <= ch <= "\U000e01ef"
        or "\U0001f3fb" <= ch <= "\U0001f3ff"  # emoji skin tones
        or "\U000e0020" <= ch <= "\U000e007f"  # emoji tag characters
    )


def _can_cut(run: str, i: int, start: int) -> bool:
    """Whether a break may go between run[i - 1] and run[i]; `start` is the last place cut (or 0)."""
    if _joins_previous(run[i]) or run[i - 1] == _ZWJ:
        return False
    if _is_regional_indicator(run[i]) and _is_regional_indicator(run[i - 1]):
        # Flags are pairs of regional indicators: cut only between pairs, counted from the last cut (which is
        # between pairs itself), so that the count stays short however long the run.
        before = 0
        while i - before - 1 >= start and _is_regional_indicator(run[i - before - 1]):
            before += 1
        return before % 2 == 0
    return True


def _split_run(match: re.Match) -> str:
    run = match.group(0)
    pieces = []
    start, i = 0, CHUNK
    while i < len(run):
        if _can_cut(run, i, start):
            pieces.append(run[start:i])
            start, i = i, i + CHUNK
        else:
            i += 1
    pieces.append(run[start:])
    return ZWSP.join(pieces)


def break_long_runs(text: str) -> str:
    """`text` with a zero-width space every `CHUNK` characters inside each run of more than `RUN_LIMIT` characters
    that offers no line break; every other character is kept as it is, in order."""
    if len(text) <= RUN_LIMIT:
        return text
    return _RUN.sub(_split_run, text)
