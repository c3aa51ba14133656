"""`workbook` and `import FILL.xlsx` end to end: a real process, a temporary SQLite database, a workbook edited with
openpyxl as a user's spreadsheet program would."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from assessment.fillin.layout import HIDDEN_SHEET, column_letter

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "03-three-star.json"


@pytest.fixture
def cli(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "PYTHONIOENCODING": "utf-8"}
    env.pop("GBT27922_DATA_DIR", None)

    def run(*argv: str) -> tuple[int, str, str]:
        proc = subprocess.run([sys.executable, "-m", "assessment", *argv], cwd=ROOT, env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=120)
        return proc.returncode, proc.stdout, proc.stderr

    return run


@pytest.fixture
def stored(cli, tmp_path):
    """The three-star example stored as assessment 1, and its fill-in workbook (English)."""
    code, _, err = cli("import", str(EXAMPLE))
    assert code == 0, err
    path = tmp_path / "fill.xlsx"
    code, _, err = cli("workbook", "1", "-o", str(path), "--lang", "en")
    assert code == 0, err
    return path


def edit(path: Path, out: Path, cells: dict, hidden: dict | None = None) -> Path:
    wb = load_workbook(path)
    ws = wb.worksheets[1]
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    for (item, field), value in cells.items():
        ws[f"{column_letter(field)}{rows[item]}"] = value
    for where, value in (hidden or {}).items():
        wb[HIDDEN_SHEET][where] = value
    wb.save(out)
    return out


def exported(cli, tmp_path) -> dict:
    code, _, err = cli("export", "1", "-o", str(tmp_path / "now.json"))
    assert code == 0, err
    return json.loads((tmp_path / "now.json").read_text(encoding="utf-8"))


def answer(data: dict, item: str) -> dict:
    return next(r for r in data["responses"] if r["item"] == item)


def test_the_workbook_round_trip_applies_the_edited_cells_in_one_save(cli, stored, tmp_path):
    filled = edit(stored, tmp_path / "filled.xlsx", {("1.1.1", "result"): "Not met", ("1.1.1", "note"): "+1",
                                                     ("1.1.1", "action"): "Fix the job descriptions",
                                                     ("1.1.2", "samples"): 12})
    code, out, err = cli("import", str(filled), "--dry-run", "--lang", "en")
    assert code == 0, err
    assert "1.1.1: result Met → Not met;" in out and "dry run: nothing written" in out
    assert answer(exported(cli, tmp_path), "1.1.1")["result"] == "met"
    code, out, err = cli("import", str(filled), "--lang", "en")
    assert code == 0, err
    assert "1.1.2: samples 10 → 12" in out
    assert "applied 4 changes to assessment 1 (version 1 → 2)" in out
    data = exported(cli, tmp_path)
    assert (answer(data, "1.1.1")["result"], answer(data, "1.1.1")["note"]) == ("not_met", "+1")
    assert any(a.get("item") == "1.1.1" and a["description"] == "Fix the job descriptions" and a["status"] == "open"
               for a in data["actions"])


def test_an_unchanged_workbook_writes_nothing(cli, stored, tmp_path):
    code, out, err = cli("import", str(stored))
    assert code == 0, err
    assert "no changes to assessment 1 (version 1)" in out


def test_bad_cells_exit_2_naming_sheet_row_and_column_and_write_nothing(cli, stored, tmp_path):
    bad = edit(stored, tmp_path / "bad.xlsx", {("1.1.1", "result"): "maybe", ("1.1.2", "samples"): "ten",
                                               ("1.1.1", "note"): "fine on its own"})
    code, out, err = cli("import", str(bad), "--lang", "en")
    assert code == 2 and "Traceback" not in err
    assert "sheet 'Fill-in sheet', row 3, column F (Result): 'maybe' is not a result of the list" in err
    assert "sheet 'Fill-in sheet', row 4, column G (Samples): 'ten' is not a whole number" in err
    assert answer(exported(cli, tmp_path), "1.1.1")["note"] != "fine on its own"


def test_a_stale_workbook_is_refused_and_force_applies_only_its_changes(cli, stored, tmp_path):
    first = edit(stored, tmp_path / "first.xlsx", {("1.1.1", "note"): "from the first copy"})
    second = edit(stored, tmp_path / "second.xlsx", {("1.1.1", "note"): "from the second copy",
                                                     ("1.1.2", "note"): "only in the second"})
    assert cli("import", str(first))[0] == 0  # version 1 -> 2
    code, out, err = cli("import", str(second), "--lang", "en")
    assert code == 2
    assert "version 1" in err and "version 2" in err and "--force" in err
    code, out, err = cli("import", str(second), "--force", "--lang", "en")
    assert code == 0, err
    assert "1.1.1 note: not applied (changed in the toolkit too)" in out
    assert "applied 1 changes to assessment 1 (version 2 → 3)" in out
    data = exported(cli, tmp_path)
    assert answer(data, "1.1.1")["note"] == "from the first copy"  # the store wins
    assert answer(data, "1.1.2")["note"] == "only in the second"


def test_a_workbook_for_an_assessment_the_database_does_not_hold_exits_2(cli, stored, tmp_path):
    other = edit(stored, tmp_path / "other.xlsx", {("1.1.1", "note"): "x"}, hidden={"B2": "99"})
    code, _, err = cli("import", str(other))
    assert code == 2 and "assessment 99" in err and "Traceback" not in err


def test_a_workbook_of_another_format_version_exits_2(cli, stored, tmp_path):
    other = edit(stored, tmp_path / "v2.xlsx", {}, hidden={"B1": "2"})
    code, _, err = cli("import", str(other))
    assert code == 2 and "format_version 2 is not supported" in err


@pytest.mark.parametrize("content", ["plain_xlsx", "truncated_workbook"])
def test_a_non_workbook_and_a_truncated_zip_exit_2_without_a_traceback(cli, stored, tmp_path, content):
    from openpyxl import Workbook

    if content == "plain_xlsx":
        buf = io.BytesIO()
        Workbook().save(buf)
        data = buf.getvalue()
    else:
        data = stored.read_bytes()[:2000]
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    code, _, err = cli("import", str(path))
    assert code == 2 and "Traceback" not in err and err.strip()


def test_a_workbook_is_imported_on_its_own(cli, stored):
    code, _, err = cli("import", str(stored), str(EXAMPLE))
    assert code == 2 and "on its own" in err


def test_workbook_of_an_unknown_assessment_exits_2(cli, tmp_path):
    code, _, err = cli("workbook", "5", "-o", str(tmp_path / "f.xlsx"))
    assert code == 2 and "no stored assessment with id 5" in err
    assert not (tmp_path / "f.xlsx").exists()
