"""`records import`, `kpi`, `sample` and `suppliers` from the command line, against a real database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

HEADER = "id,kind,received_at,acknowledged_at,resolved_at,category,supplier,satisfied\n"
ROWS = [
    "C1,complaint,2026-03-01 09:00,2026-03-01 13:00,2026-03-03 09:00,质量,美凌,是",
    "C2,complaint,2026-03-02 09:00,2026-03-02 14:00,2026-03-05 09:00,质量,美凌,否",
    "C3,complaint,2026-03-03 09:00,2026-03-03 10:00,2026-03-03 18:00,服务,海尔斯,是",
    "C4,complaint,2026-03-04 09:00,,,服务,海尔斯,",
]


@pytest.fixture
def cli(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'records.db'}", "PYTHONIOENCODING": "utf-8"}
    env.pop("GBT27922_DATA_DIR", None)

    def run(*argv: str) -> tuple[int, str, str]:
        proc = subprocess.run([sys.executable, "-m", "assessment", *argv], cwd=ROOT, env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=120)
        return proc.returncode, proc.stdout, proc.stderr

    code, _, err = run("import", str(EXAMPLES / "02-compliant.json"))
    assert code == 0, err
    return run


def write(path: Path, rows, encoding="utf-8", header=HEADER) -> str:
    path.write_bytes((header + "\n".join(rows) + "\n").encode(encoding))
    return str(path)


def test_importing_the_same_export_twice_never_duplicates(cli, tmp_path):
    path = write(tmp_path / "c.csv", ROWS)
    code, out, err = cli("records", "import", "1", path, "--json")
    assert code == 0, err
    assert {k: json.loads(out)[k] for k in ("new", "updated", "unchanged")} == {"new": 4, "updated": 0,
                                                                               "unchanged": 0}
    updated = ROWS[:3] + ["C4,complaint,2026-03-04 09:00,2026-03-04 10:00,2026-03-05 09:00,服务,海尔斯,是",
                          "C5,complaint,2026-03-06 09:00,,,质量,美凌,"]
    code, out, _ = cli("records", "import", "1", write(tmp_path / "c2.csv", updated), "--json")
    assert {k: json.loads(out)[k] for k in ("new", "updated", "unchanged")} == {"new": 1, "updated": 1,
                                                                               "unchanged": 3}
    code, out, _ = cli("records", "kpi", "1", "--today", "2026-04-01", "--json")
    assert json.loads(out)["count"] == 5


def test_a_dry_run_counts_and_stores_nothing(cli, tmp_path):
    code, out, _ = cli("records", "import", "1", write(tmp_path / "c.csv", ROWS), "--dry-run")
    assert code == 0 and "nothing was stored" in out
    code, out, _ = cli("records", "kpi", "1", "--json", "--today", "2026-04-01")
    assert json.loads(out)["count"] == 0


def test_one_bad_row_stores_none_of_the_file_and_names_row_and_column(cli, tmp_path):
    rows = ROWS + ["C9,complaint,2026-03-09 09:00,,2026-03-08 09:00,质量,美凌,"]
    code, _, err = cli("records", "import", "1", write(tmp_path / "bad.csv", rows), "--lang", "en")
    assert code == 2
    assert "row 6, column 'resolved_at': is before the time received (2026-03-09 09:00)" in err
    assert "Traceback" not in err
    code, out, _ = cli("records", "kpi", "1", "--json", "--today", "2026-04-01")
    assert json.loads(out)["count"] == 0


def test_a_gb18030_export_with_chinese_headers_and_a_kept_mapping(cli, tmp_path):
    header = "单号,登记时间,办结时间,问题类别,客户电话\n"
    rows = ["A1,2026-03-01 09:00,2026-03-02 09:00,质量,13800000000"]
    mapping = tmp_path / "m.yaml"
    mapping.write_text("columns:\n  id: 单号\n  received_at: 登记时间\n  resolved_at: 办结时间\n  category: 问题类别\n",
                       encoding="utf-8")
    path = write(tmp_path / "gbk.csv", rows, "gb18030", header)
    code, out, err = cli("records", "import", "1", path, "--kind", "repair", "--mapping", str(mapping), "--json")
    assert code == 0, err
    assert "客户电话" not in json.loads(out)["columns"].values()  # a phone number is not kept unless mapped
    again = write(tmp_path / "gbk2.csv", rows + ["A2,2026-03-03 09:00,,服务,139"], "gb18030", header)
    code, out, err = cli("records", "import", "1", again, "--kind", "repair", "--json")  # the kept mapping
    assert code == 0, err
    assert (json.loads(out)["new"], json.loads(out)["unchanged"]) == (1, 1)


@pytest.mark.parametrize("argv, words", [
    (["records", "import", "99", "FILE"], "no stored enterprise with id 99"),
    (["records", "import", "1", "missing.csv"], "file not found"),
    (["records", "kpi", "1", "--from", "2026-05-01", "--to", "2026-04-01", "--json"], "is after"),
    (["records", "monthly", "1", "--month", "2026-13", "-o", "x.xlsx"], "invalid month"),
    (["records", "sample", "1", "--kind", "complaint", "--seed", "1", "--apply", "1"], "--item"),
])
def test_bad_arguments_exit_2_with_a_message(cli, tmp_path, argv, words):
    argv = [write(tmp_path / "c.csv", ROWS) if a == "FILE" else a for a in argv]
    code, _, err = cli(*argv)
    assert code == 2 and words in err and "Traceback" not in err


def test_a_sample_is_reproducible_and_applied_into_the_sampled_item(cli, tmp_path):
    cli("records", "import", "1", write(tmp_path / "c.csv", ROWS))
    args = ("records", "sample", "1", "--kind", "complaint", "--n", "3", "--seed", "42", "--today", "2026-04-01",
            "--json")
    first, second = cli(*args)[1], cli(*args)[1]
    assert first == second
    assert [r["id"] for r in json.loads(first)["records"]] != []
    code, out, err = cli(*args[:-1], "--apply", "1", "--item", "3.2.2", "--json")
    assert code == 0, err
    applied = json.loads(out)["applied"]
    drawn = json.loads(out)
    assert applied["samples"] == 3 and applied["failed_samples"] == drawn["failed"]
    assert applied["result"] == ("met" if drawn["failed"] == 0 else "partial")
    code, out, _ = cli("export", "1", "-o", str(tmp_path / "e.json"))
    response = next(r for r in json.loads((tmp_path / "e.json").read_text("utf-8"))["responses"]
                    if r["item"] == "3.2.2")
    assert all(r["id"] in response["note"] for r in drawn["records"])


def test_a_sample_is_refused_on_an_item_not_judged_by_sampling(cli, tmp_path):
    cli("records", "import", "1", write(tmp_path / "c.csv", ROWS))
    code, _, err = cli("records", "sample", "1", "--kind", "complaint", "--seed", "1", "--apply", "1", "--item",
                       "1.1.1")
    assert code == 2 and "not judged by sampling" in err


def test_a_sample_is_refused_on_another_enterprises_assessment(cli, tmp_path):
    code, _, err = cli("import", str(EXAMPLES / "05-five-star.json"))
    assert code == 0, err
    cli("records", "import", "1", write(tmp_path / "c.csv", ROWS))
    code, _, err = cli("records", "sample", "1", "--kind", "complaint", "--seed", "1", "--apply", "2", "--item",
                       "3.2.2", "--today", "2026-04-01")
    assert code == 2 and "belongs to enterprise 2, not to enterprise 1" in err
