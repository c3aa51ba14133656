"""Only app.py and ui/ import Streamlit; app.py stays a small router."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module.split(".")[0])
    return out


def test_streamlit_is_imported_only_by_the_app_and_ui():
    offenders = [
        str(p.relative_to(ROOT))
        for folder in ("assessment", "criteria", "reports")
        for p in (ROOT / folder).rglob("*.py")
        if "streamlit" in imports(p)
    ]
    assert not offenders


def test_app_py_is_a_router_under_100_lines():
    lines = (ROOT / "app.py").read_text(encoding="utf-8").splitlines()
    assert len(lines) < 100
    assert "st.navigation" in "\n".join(lines)


def test_user_text_is_never_rendered_as_html():
    """No raw HTML anywhere; st.html only draws the upload boxes' style sheets (ui/inputs.py), whose texts are
    the UI's own, CSS-escaped (tests/unit/test_inputs.py)."""
    for p in [ROOT / "app.py", *(ROOT / "ui").glob("*.py")]:
        text = p.read_text(encoding="utf-8")
        assert "unsafe_allow_html=True" not in text, p.name
        if p.name != "inputs.py":
            assert "st.html(" not in text, p.name
    calls = [line.strip() for line in (ROOT / "ui" / "inputs.py").read_text(encoding="utf-8").splitlines()
             if "st.html(" in line]
    assert calls == ['st.html(f"<style>{css}</style>")']
