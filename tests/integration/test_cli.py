"""`python -m assessment` end to end, as a user runs it: a real process, a temporary SQLite database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

EXPECTED = {
    "01-not-passed.json": (58.3, "not_passed", False),
    "02-compliant.json": (73.7, "compliant", True),
    "03-three-star.json": (87.3, "three_star", True),
    "04-four-star.json": (92.9, "four_star", True),
    "05-five-star.json": (96.3, "five_star", True),
}
VERBS = ("catalog", "score", "gaps", "whatif", "calendar", "import", "export", "list", "report")


@pytest.fixture
def cli(tmp_path):
    """Run the command line with its own database; returns (exit status, stdout, stderr)."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "PYTHONIOENCODING": "utf-8"}
    env.pop("GBT27922_DATA_DIR", None)

    def run(*argv: str) -> tuple[int, str, str]:
        proc = subprocess.run(
            [sys.executable, "-m", "assessment", *argv],
            cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
        )
        return proc.returncode, proc.stdout, proc.stderr

    return run


def test_help_lists_every_verb(cli):
    code, out, _ = cli("--help")
    assert code == 0
    for verb in VERBS:
        assert verb in out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_score_json_of_every_example_gives_its_level(cli, name):
    code, out, err = cli("score", str(EXAMPLES / name), "--json")
    assert code == 0, err
    data = json.loads(out)
    final, level, eligible = EXPECTED[name]
    assert (data["final"], data["level"], data["eligible"], data["complete"]) == (final, level, eligible, True)


@pytest.mark.parametrize(
    "content, words",
    [
        (None, "file not found"),
        ("{ not json", "invalid JSON at line 1, column 3"),
        ('{"format": "gbt27922-assessment", "format_version": 1}', "field 'catalog': required field is missing"),
    ],
)
def test_a_bad_file_exits_2_with_a_message_and_no_traceback(cli, tmp_path, content, words):
    bad = tmp_path / "bad.json"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    code, out, err = cli("score", str(bad))
    assert code == 2
    assert str(bad) in err and words in err
    assert "Traceback" not in err and out == ""


def test_import_list_export_round_trip(cli, tmp_path):
    files = [str(EXAMPLES / name) for name in sorted(EXPECTED)]
    code, out, err = cli("import", *files)
    assert code == 0, err
    assert out.count("imported as assessment") == len(files)

    code, out, err = cli("list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert sorted((r["final"], r["level"]) for r in rows) == sorted((f, lv) for f, lv, _ in EXPECTED.values())

    five = next(r for r in rows if r["level"] == "five_star")
    exported = tmp_path / "exported.json"
    code, out, err = cli("export", str(five["id"]), "-o", str(exported))
    assert code == 0, err
    original = json.loads((EXAMPLES / "05-five-star.json").read_text("utf-8"))
    assert json.loads(exported.read_text("utf-8")) == original

    code, out, err = cli("score", str(five["id"]), "--json")  # a stored id works where a file does
    assert code == 0, err
    assert json.loads(out)["final"] == 96.3


def test_import_of_a_bad_file_imports_nothing(cli, tmp_path):
    bad = tmp_path / "bad.json"
    data = json.loads((EXAMPLES / "03-three-star.json").read_text("utf-8"))
    data["responses"][0]["result"] = "partial"
    data["responses"][0]["samples"] = 3
    data["responses"][0]["failed_samples"] = 1
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = cli("import", str(EXAMPLES / "02-compliant.json"), str(bad))
    assert code == 2
    assert str(bad) in err and "(item '1.1.1')" in err and "Traceback" not in err
    code, out, _ = cli("list", "--json")
    assert code == 0 and json.loads(out) == []


def test_export_of_an_unknown_id_exits_2(cli, tmp_path):
    code, _, err = cli("export", "4242", "-o", str(tmp_path / "x.json"))
    assert code == 2 and "4242" in err and "not found" in err and "Traceback" not in err


def test_a_database_that_cannot_be_opened_exits_2(cli):
    code, _, err = cli("--db", "nosuchdialect://x", "list")
    assert code == 2 and "database" in err and "Traceback" not in err


def test_calendar_and_ics_from_the_five_star_example(cli, tmp_path):
    ics = tmp_path / "cal.ics"
    code, out, err = cli("--lang", "en", "calendar", str(EXAMPLES / "05-five-star.json"), "--today", "2027-04-01",
                         "--ics", str(ics))
    assert code == 0, err
    assert "Surveillance audit 2" in out and "BEGIN:VALARM" in ics.read_text("utf-8")


def test_gaps_and_whatif_run_end_to_end(cli):
    code, out, err = cli("gaps", str(EXAMPLES / "04-four-star.json"), "--json")
    assert code == 0, err
    path = json.loads(out)["paths"][0]
    assert path["level"] == "five_star" and path["reachable"]
    code, out, err = cli("whatif", str(EXAMPLES / "04-four-star.json"), *sum((["--fix", i] for i in path["items"]), []),
                         "--json")
    assert code == 0, err
    assert json.loads(out)["after"]["level"] == "five_star"
