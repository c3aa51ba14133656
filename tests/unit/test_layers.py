"""Guards for the layers ui -> reports -> assessment -> criteria, read from the source (ast): only app.py and ui/
import Streamlit, reports/ never imports ui/, assessment/ imports reports/ only from its CLI, the scoring core
stays pure, app.py stays a small router and no page draws raw HTML."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PURE_CORE = ("models.py", "scoring.py", "gaps.py", "cycle.py")
# What the pure core may import besides the standard library and its own package.
CORE_THIRD_PARTY = {"pydantic", "criteria", "icalendar"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def python_files(*folders: str) -> list[Path]:
    return sorted(p for f in folders for p in (ROOT / f).rglob("*.py") if "__pycache__" not in p.parts)


def test_there_are_modules_to_check():
    assert len(python_files("assessment")) >= 6


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", python_files("assessment", "reports", "criteria"), ids=_rel)
def test_assessment_reports_and_criteria_never_import_streamlit(path):
    offending = {m for m in imported_modules(path) if m == "streamlit" or m.startswith("streamlit.")}
    assert not offending, f"{_rel(path)} imports {sorted(offending)}"


def _imports_package(path: Path, package: str) -> set[str]:
    return {m for m in imported_modules(path) if m == package or m.startswith(package + ".")}


@pytest.mark.parametrize("path", python_files("reports", "assessment", "criteria"), ids=_rel)
def test_reports_assessment_and_criteria_never_import_the_ui(path):
    offending = _imports_package(path, "ui") | _imports_package(path, "app")
    assert not offending, f"{_rel(path)} imports {sorted(offending)}"


@pytest.mark.parametrize("path", python_files("criteria"), ids=_rel)
def test_criteria_imports_neither_assessment_nor_reports(path):
    offending = _imports_package(path, "assessment") | _imports_package(path, "reports")
    assert not offending, f"{_rel(path)} imports {sorted(offending)}"


# The verbs that render documents (the report, the service manual, the monthly analysis) import `reports`,
# inside their functions; nothing else of assessment/ may.
RENDERING_VERBS = ("assessment/cli/report_run.py", "assessment/cli/manual.py", "assessment/cli/records_monthly.py",
                   "assessment/cli/pack.py", "assessment/cli/fill.py")


@pytest.mark.parametrize("path", python_files("assessment"), ids=_rel)
def test_only_the_cli_of_assessment_imports_reports(path):
    if path.relative_to(ROOT).as_posix() in RENDERING_VERBS:
        return
    offending = _imports_package(path, "reports")
    assert not offending, f"{_rel(path)} imports {sorted(offending)}"


@pytest.mark.parametrize("name", PURE_CORE)
def test_the_scoring_core_imports_only_the_standard_library_pydantic_and_criteria(name):
    import sys

    path = ROOT / "assessment" / name
    tops = {m.split(".")[0] for m in imported_modules(path)}
    foreign = {t for t in tops if t not in sys.stdlib_module_names and t not in CORE_THIRD_PARTY}
    assert not foreign, f"assessment/{name} imports {sorted(foreign)}"


def test_the_guard_catches_a_streamlit_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def page():\n    from streamlit import session_state\n", encoding="utf-8")
    assert "streamlit" in imported_modules(bad)


def test_the_guard_catches_a_ui_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from ui.widgets import md\n", encoding="utf-8")
    assert _imports_package(bad, "ui") == {"ui.widgets"}


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
    frames = [p.name for p in [ROOT / "app.py", *(ROOT / "ui").glob("*.py")] if "st.iframe(" in p.read_text("utf-8")]
    assert frames == ["sign_in.py"]  # the sign-in cookie's script: a token of our own, never user text


def test_the_command_line_loads_the_database_layer_only_for_the_verbs_that_use_it():
    import subprocess
    import sys

    code = ("import sys, assessment.cli, assessment.store.errors; "
            "print(sorted(m for m in ('sqlalchemy', 'weasyprint', 'assessment.store.facade') if m in sys.modules))")
    shown = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "[]"  # `score FILE` starts in a fifth of a second
