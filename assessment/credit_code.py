"""The unified social credit code (GB 32100-2015): its check character."""

from __future__ import annotations

from typing import Optional

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code_problem(code: str) -> Optional[str]:
    """None when `code` is empty or a well-formed 18-character code with a correct check character;
    otherwise 'length', 'characters' or 'check_digit'. A warning for the user, not a reason to refuse."""
    code = code.strip().upper()
    if not code:
        return None
    if len(code) != 18:
        return "length"
    if any(c not in _USCC_CHARS for c in code):
        return "characters"
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(code[:17], _USCC_WEIGHTS))
    check = (31 - total % 31) % 31
    return None if _USCC_CHARS[check] == code[17] else "check_digit"
