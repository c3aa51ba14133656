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
VERBS = ("catalog", "score", "gaps", "whatif", "calendar", "import", "export", "list", "report", "portfolio",
         "manual")


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


def test_an_older_file_with_untracked_actions_exports_them_lifted_into_the_plan(cli, tmp_path):
    current = json.loads((EXAMPLES / "05-five-star.json").read_text("utf-8"))
    assert current["actions"], "the example is written in the current format"
    older = json.loads(json.dumps(current))
    for action in older.pop("actions"):  # the same plan as an older file kept it: on the responses
        response = next(r for r in older["responses"] if r["item"] == action["item"])
        response.update({"action": action["description"], "owner": action["owner"], "due_on": action["due_on"]})
    path = tmp_path / "older.json"
    path.write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    code, out, err = cli("import", str(path))
    assert code == 0, err
    exported = tmp_path / "exported.json"
    code, _, err = cli("export", out.split("imported as assessment ")[1].split()[0].strip(".,"), "-o", str(exported))
    assert code == 0, err
    written = json.loads(exported.read_text("utf-8"))
    assert written == current
    assert not any("action" in r or "owner" in r for r in written["responses"])


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


# --- an import run again, a database that goes away or is read-only ------------------------------------------


def _main(capsys, *argv) -> tuple[int, str, str]:
    from assessment.cli import main

    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_reimporting_after_an_interruption_does_not_duplicate_rounds(capsys, tmp_path, monkeypatch):
    from assessment import usecases

    db = f"sqlite:///{tmp_path / 'cli.db'}"
    files = [EXAMPLES / name for name in sorted(EXPECTED)]
    real_import = usecases.import_assessment
    calls = []

    def interrupted(store, assessment):
        calls.append(assessment)
        if len(calls) == 3:
            raise KeyboardInterrupt  # Ctrl-C while the third file is being stored
        return real_import(store, assessment)

    monkeypatch.setattr(usecases, "import_assessment", interrupted)
    code, out, _ = _main(capsys, "--db", db, "import", *files)
    assert code == 130 and out.count("imported as assessment") == 2
    monkeypatch.setattr(usecases, "import_assessment", real_import)

    code, out, err = _main(capsys, "--db", db, "import", *files)
    assert code == 0, err
    lines = out.splitlines()
    assert [line.split(": ", 1)[1].split(" (")[0] for line in lines] == (
        ["already stored as #1", "already stored as #2"] + ["imported as assessment 3", "imported as assessment 4",
                                                            "imported as assessment 5"]
    )
    assert lines[0].startswith(str(files[0]))
    code, out, _ = _main(capsys, "--db", db, "list", "--json")
    assert len(json.loads(out)) == len(files)

    code, out, err = _main(capsys, "--db", db, "import", "--force", files[0])
    assert code == 0 and "imported as assessment 6" in out, err


def test_the_same_file_twice_in_one_import_is_stored_once(capsys, tmp_path):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    one = EXAMPLES / "02-compliant.json"
    code, out, err = _main(capsys, "--db", db, "import", one, one)
    assert code == 0, err
    assert out.count("imported as assessment") == 1 and out.count("already stored as #1") == 1


def test_an_import_into_a_read_only_database_exits_2_and_the_read_verbs_still_work(cli, tmp_path):
    path = tmp_path / "cli.db"
    code, _, err = cli("import", str(EXAMPLES / "05-five-star.json"))
    assert code == 0, err
    ro = f"sqlite:///file:{path}?mode=ro&uri=true"
    code, out, err = cli("--db", ro, "import", str(EXAMPLES / "02-compliant.json"))
    assert code == 2 and "Traceback" not in err
    assert str(path) in err and "read-only" in err and "nothing was saved" in err and "imported" not in out
    code, out, err = cli("--db", ro, "list", "--json")
    assert code == 0 and [r["level"] for r in json.loads(out)] == ["five_star"], err
    code, out, err = cli("--db", ro, "export", "1", "-o", str(tmp_path / "out.json"))
    assert code == 0, err
    code, out, err = cli("--db", ro, "score", "1", "--json")
    assert code == 0 and json.loads(out)["final"] == 96.3, err


def test_write_into_a_vanished_database_folder_fails_loudly(capsys, tmp_path, monkeypatch):
    import shutil

    from assessment import usecases

    folder = tmp_path / "data"
    db = f"sqlite:///{folder / 'cli.db'}"
    real_import = usecases.import_assessment

    def folder_removed_after_the_first(store, assessment):
        if (folder / "cli.db").exists() and store.list_assessments():
            shutil.rmtree(folder)  # the folder is deleted while the import runs
        return real_import(store, assessment)

    monkeypatch.setattr(usecases, "import_assessment", folder_removed_after_the_first)
    first, second = EXAMPLES / "02-compliant.json", EXAMPLES / "03-three-star.json"
    code, out, err = _main(capsys, "--db", db, "import", first, second)
    assert code == 2 and "Traceback" not in err
    assert out.count("imported as assessment") == 1 and str(first) in out and str(second) not in out
    assert str(second) in err and str(folder / "cli.db") in err and "nothing was saved" in err
    assert "running the same command again skips them" in err
    assert not folder.exists()
