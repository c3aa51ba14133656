"""Asking before something is deleted or dropped: a modal dialog, kept open by a pointer in the session.

A button asks (`ask`), the page draws the dialog on each run while the question is open (`dialog`), and the
answer, or closing the dialog, clears it. The dialog is drawn from the page run, not only from the click, so
that it stays open across reruns and its buttons work the same in a browser and under AppTest.
"""

from __future__ import annotations

from typing import Any, Callable

import streamlit as st

_PREFIX = "confirm."


def ask(name: str, value: Any = True) -> None:
    """Open the question `name` about `value` (only one question is open at a time)."""
    for key in [k for k in st.session_state if isinstance(k, str) and k.startswith(_PREFIX)]:
        del st.session_state[key]
    st.session_state[_PREFIX + name] = value


def asked(name: str) -> Any:
    return st.session_state.get(_PREFIX + name)


def close(name: str) -> None:
    st.session_state.pop(_PREFIX + name, None)


def dialog(
    name: str,
    title: str,
    draw: Callable[[Any], None],
    yes: str,
    on_yes: Callable[[Any], None],
    no: str,
    *,
    icon: str = ":material/delete:",
    safe_first: bool = False,
) -> bool:
    """Draw the open question `name`: `draw(value)` says what is at stake, the `yes` button calls
    `on_yes(value)`; the `no` button, or closing the dialog, only closes it. With `safe_first`, the button
    that changes nothing is the primary one. True when the question is open."""
    value = asked(name)
    if value is None:
        return False

    def body() -> None:
        draw(value)
        with st.container(horizontal=True):  # the primary button first; wraps rather than cutting a label
            buttons = [("yes", yes, icon), ("no", no, None)]
            pressed = {
                which: st.button(text, key=f"{name}_{which}", icon=sign, type="primary" if n == 0 else "secondary")
                for n, (which, text, sign) in enumerate(reversed(buttons) if safe_first else buttons)
            }
        go, stay = pressed["yes"], pressed["no"]
        if go or stay:
            close(name)
            if go:
                on_yes(value)
            st.rerun()

    st.dialog(title, on_dismiss=lambda: close(name))(body)()
    return True
