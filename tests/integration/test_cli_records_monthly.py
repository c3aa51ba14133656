"""`records monthly`: complaints imported through the command line, then the month's analysis written as .xlsx
and PDF; bad input (an unknown enterprise, a missing folder, a bad month) exits 2 and writes nothing."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from assessment.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "04-four-star.json"
COMPANY = "青岛海岳商用冷柜有限公司"  # the example's enterprise
CSV = """id,kind,received_at,acknowledged_at,resolved_at,category,product,supplier,channel,outlet,satisfied
C1,complaint,2026-03-01 09:00,2026-03-01 13:00,2026-03-03 09:00,质量,冰箱,甲,电话,一店,是
C2,complaint,2026-03-02 10:00,2026-03-02 14:00:01,2026-03-05 10:00,质量,冰箱,乙,门店,一店,否
C3,complaint,2026-03-31 23:30,2026-04-01 01:00,,服务,空调,甲,电话,二店,
P1,complaint,2026-02-10 09:00,2026-02-10 10:00,2026-02-11 09:00,服务,冰箱,甲,电话,一店,是
"""


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'monthly.db'}"


@pytest.fixture
def run(capsys, db):
    def _run(*argv) -> tuple[int, str, str]:
        code = main(["--db", db, *[str(a) for a in argv]])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def complaints(tmp_path) -> Path:
    path = tmp_path / "complaints.csv"
    path.write_bytes(CSV.encode("utf-8-sig"))  # as Excel saves "CSV UTF-8"
    return path


def python_m_assessment(db: str, *argv) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assessment", "--db", db, *map(str, argv)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_imported_complaints_give_the_months_workbook_and_pdf(tmp_path, db, complaints):
    assert python_m_assessment(db, "import", EXAMPLE).returncode == 0
    imported = python_m_assessment(db, "records", "import", 1, complaints, "--kind", "complaint")
    assert imported.returncode == 0, imported.stderr
    xlsx, pdf = tmp_path / "march.xlsx", tmp_path / "march.pdf"
    done = python_m_assessment(db, "records", "monthly", 1, "--month", "2026-03", "-o", xlsx, "--pdf", pdf,
                               "--today", "2026-04-02")
    assert done.returncode == 0, done.stderr
    rows = {r[0]: r[1:] for r in load_workbook(xlsx)["汇总"].iter_rows(values_only=True) if isinstance(r[0], str)}
    assert rows["企业名称"][0] == COMPANY
    assert rows["受理投诉数"][0] == 3 and rows["按时办结数"][:2] == (1, 0.3333)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace(" ", "").replace("\n", "")
    assert "客户投诉月度分析及汇总表" in text and COMPANY in text
    assert not list(tmp_path.glob(".march.*"))  # no temporary file left behind


def test_the_language_option_words_the_form(tmp_path, run, complaints):
    run("import", EXAMPLE)
    run("records", "import", 1, complaints)
    out = tmp_path / "march-es.xlsx"
    code, _, err = run("records", "monthly", 1, "--month", "2026-03", "-o", out, "--today", "2026-04-02",
                       "--lang", "es")
    assert code == 0, err
    assert load_workbook(out).sheetnames == ["Resumen", "Abiertas", "Tendencia"]


def test_a_month_without_complaints_gives_a_valid_form_saying_so(tmp_path, run, complaints):
    run("import", EXAMPLE)
    run("records", "import", 1, complaints)
    out = tmp_path / "june.xlsx"
    code, _, err = run("records", "monthly", 1, "--month", "2026-06", "-o", out, "--today", "2026-07-02")
    assert code == 0, err
    assert "no complaints received in 2026-06" in err
    values = [c for row in load_workbook(out)["汇总"].iter_rows(values_only=True) for c in row]
    assert "本月未受理投诉。" in values


def test_an_unknown_enterprise_exits_2_and_leaves_an_earlier_file_as_it_was(tmp_path, run):
    out = tmp_path / "x.xlsx"
    out.write_bytes(b"earlier")
    code, _, err = run("records", "monthly", 99, "--month", "2026-03", "-o", out)
    assert code == 2
    assert "no stored enterprise with id 99" in err and "Traceback" not in err
    assert out.read_bytes() == b"earlier"


@pytest.mark.parametrize("name, expected", [("missing/x.xlsx", "the folder of"), (".", "is a folder")])
def test_an_output_path_that_cannot_be_written_exits_2_before_anything_is_read(tmp_path, run, name, expected):
    run("import", EXAMPLE)
    code, _, err = run("records", "monthly", 1, "--month", "2026-03", "-o", tmp_path / name)
    assert code == 2 and expected in err


def test_a_missing_pdf_folder_exits_2_and_writes_no_workbook(tmp_path, run):
    run("import", EXAMPLE)
    out = tmp_path / "x.xlsx"
    code, _, err = run("records", "monthly", 1, "--month", "2026-03", "-o", out, "--pdf", tmp_path / "no" / "x.pdf")
    assert code == 2 and "the folder of" in err
    assert not out.exists()


def test_a_bad_month_exits_2(tmp_path, run):
    with pytest.raises(SystemExit) as exc:
        run("records", "monthly", 1, "--month", "2026-13", "-o", tmp_path / "x.xlsx")
    assert exc.value.code == 2
