"""Sorting names the way a reader of each language expects: Chinese by pinyin, Spanish by its alphabet.

`sort_key(text, lang)` is a pure function: the UI sorts enterprise names with it, and the command line can too.
- zh: by the pinyin of each character (pypinyin, with its phrase dictionary for characters of several readings,
  e.g. 重庆 chóng qìng), syllable by syllable, tone by tone; Latin letters and digits interleave with the pinyin.
- es: the Unicode Collation Algorithm (pyuca) with the Spanish tailoring: ñ is a letter of its own after n
  (nube < ñandú < oso); accents only break ties (ábaco < alberto < Álvaro).
- any other language: the Unicode Collation Algorithm's default order (case and accents only break ties).
Each key ends with the text itself, so that different texts never compare equal and the order is total.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# A primary weight above every letter's (the Unicode Collation Algorithm's implicit weights stay below 0xFC00):
# ñ sorts as n followed by it, i.e. after every n-word and before o.
_AFTER_EVERY_LETTER = 0xFFFE


@lru_cache(maxsize=1)
def _root():
    import pyuca

    return pyuca.Collator()


@lru_cache(maxsize=1)
def _spanish():
    """The root collator with Spanish's one tailoring (CLDR: &N < ñ <<< Ñ)."""
    import pyuca

    collator = pyuca.Collator()
    tilde = 0x0303  # the text is in NFD, where ñ is n + combining tilde
    for base in ("n", "N"):
        elements = collator.table.find_prefix([ord(base)])[1]
        collator.table.add([ord(base), tilde], list(elements) + [[_AFTER_EVERY_LETTER, 0, 0]])
    return collator


def _is_han(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK UNIFIED IDEOGRAPH")


def _pinyin(text: str) -> str:
    """`text` with every Chinese character spelled in pinyin with its tone number (1-5) after each syllable.

    The tone digit also marks the end of a syllable, so that 西安 (xi1an1) sorts before 先 (xian1).
    """
    if not any(_is_han(c) for c in text):
        return text
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True, v_to_u=True))


@lru_cache(maxsize=65536)
def sort_key(text: str, lang: str) -> tuple:
    """The key that sorts `text` for a reader of `lang` (zh, zh_CN, en, es, ...)."""
    text = " ".join(text.split())
    if lang.lower().startswith("zh"):
        return (_root().sort_key(_pinyin(text)), text)
    collator = _spanish() if lang.lower().startswith("es") else _root()
    return (collator.sort_key(text), text)


def sort_by(items, lang: str, key=lambda item: item):
    """`items` as a new list, sorted by `key(item)` for a reader of `lang`."""
    return sorted(items, key=lambda item: sort_key(key(item), lang))
