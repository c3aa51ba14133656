"""`manual FILE_OR_ID -o OUT.docx [--lang] [--pdf OUT.pdf]` from the command line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "05-five-star.json"


@pytest.fixture
def cli(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'manual.db'}", "PYTHONIOENCODING": "utf-8"}
    env.pop("GBT27922_DATA_DIR", None)

    def run(*argv: str) -> tuple[int, str, str]:
        proc = subprocess.run([sys.executable, "-m", "assessment", *argv], cwd=ROOT, env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=180)
        return proc.returncode, proc.stdout, proc.stderr

    return run


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def with_profile(tmp_path: Path, **time_limits) -> Path:
    data = json.loads(EXAMPLE.read_text("utf-8"))
    data["service_profile"] = {"time_limits": time_limits,
                               "document": {"number": "SD/SM-01", "version": "B/1", "approver": "李明"}}
    path = tmp_path / "with-profile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_a_files_profile_numbers_reach_the_word_manual_and_the_pdf(cli, tmp_path):
    source = with_profile(tmp_path, complaint_resolve_hours=36)
    docx, pdf = tmp_path / "m.docx", tmp_path / "m.pdf"
    code, _, err = cli("manual", str(source), "-o", str(docx), "--pdf", str(pdf))
    assert code == 0, err
    text = docx_text(docx)
    assert "36 小时" in text and "48 小时" not in text
    assert "SD/SM-01" in text
    pdf_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "36" in pdf_text and "SD/SM-01" in pdf_text


@pytest.mark.parametrize("lang, words", [("en", "After-Sales Service Manual"), ("es", "Manual de servicio posventa")])
def test_the_manual_in_english_and_spanish(cli, tmp_path, lang, words):
    out = tmp_path / f"m-{lang}.docx"
    code, _, err = cli("manual", str(EXAMPLE), "-o", str(out), "--lang", lang)
    assert code == 0, err
    assert words in docx_text(out)


def test_a_stored_assessment_gives_its_enterprises_manual_from_the_stored_profile(cli, tmp_path):
    code, _, err = cli("import", str(with_profile(tmp_path, complaint_resolve_hours=30)))
    assert code == 0, err
    out = tmp_path / "stored.docx"
    code, _, err = cli("manual", "1", "-o", str(out))
    assert code == 0, err
    text = docx_text(out)
    assert "30 小时" in text and json.loads(EXAMPLE.read_text("utf-8"))["enterprise"]["name"] in text


@pytest.mark.parametrize("argv, words", [
    (["manual", "FILE"], "-o OUT.docx"),
    (["manual", "99", "-o", "OUT"], "no stored assessment with id 99"),
    (["manual", "missing.json", "-o", "OUT"], "file not found"),
    (["manual", "FILE", "-o", "no/such/folder/m.docx"], "does not exist"),
    (["manual", "FILE", "-o", "OUT", "--lang", "fr"], "invalid choice"),
])
def test_bad_input_exits_2_with_a_message_and_writes_nothing(cli, tmp_path, argv, words):
    out = tmp_path / "out.docx"
    argv = [str(EXAMPLE) if a == "FILE" else str(out) if a == "OUT" else a for a in argv]
    code, _, err = cli(*argv)
    assert code == 2 and words in err and "Traceback" not in err
    assert not out.exists()


def test_a_bad_profile_in_the_file_is_named_and_nothing_written(cli, tmp_path):
    data = json.loads(EXAMPLE.read_text("utf-8"))
    data["service_profile"] = {"time_limits": {"complaint_resolve_hours": "36"}}
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data), "utf-8")
    out = tmp_path / "m.docx"
    code, _, err = cli("manual", str(source), "-o", str(out))
    assert code == 2 and "service_profile.time_limits.complaint_resolve_hours" in err
    assert not out.exists()
