"""Hostile and malformed inputs through every command-line verb, as a user (or an attacker) runs them.

Each file goes through each verb that reads it, in a real `python -m assessment` process with a time limit: the verb
must end with exit status 2, a message naming what is wrong and where, no traceback, and the stored database left
exactly as it was. The processes of the whole battery run once, a few at a time; each case is then one test.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "05-five-star.json"
CATALOG = ROOT / "criteria" / "gbt27922-2011.yaml"
TIMEOUT = 20  # seconds; a 5 KB alias tree used to take 24 s and 2.2 GB

# Verbs that read an exchange file (FILE), and how to call them; OUT is a file the verb may write.
FILE_VERBS = {
    "score": ["score", "FILE"],
    "gaps": ["gaps", "FILE"],
    "whatif": ["whatif", "FILE", "--fix", "1.1.1"],
    "calendar": ["calendar", "FILE", "--today", "2026-01-01"],
    "import": ["import", "FILE"],
    "report": ["report", "FILE", "-o", "OUT.pdf"],
    "manual": ["manual", "FILE", "-o", "OUT.docx"],
}
# Verbs that read a catalog file (CAT) next to a good exchange file.
CATALOG_VERBS = {
    "catalog validate": ["catalog", "validate", "CAT"],
    "catalog show": ["catalog", "show", "CAT"],
    "score": ["score", str(EXAMPLE), "--catalog", "CAT"],
    "gaps": ["gaps", str(EXAMPLE), "--catalog", "CAT"],
    "whatif": ["whatif", str(EXAMPLE), "--fix", "1.1.1", "--catalog", "CAT"],
    "calendar": ["calendar", str(EXAMPLE), "--catalog", "CAT"],
    "report": ["report", str(EXAMPLE), "-o", "OUT.pdf", "--catalog", "CAT"],
    "manual": ["manual", str(EXAMPLE), "-o", "OUT.docx", "--catalog", "CAT"],
}
# Verbs that take the id of a stored assessment.
ID_VERBS = {
    "score": ["score", "ID"],
    "gaps": ["gaps", "ID"],
    "whatif": ["whatif", "ID", "--fix", "1.1.1"],
    "calendar": ["calendar", "ID"],
    "export": ["export", "ID", "-o", "OUT.json"],
    "report": ["report", "ID", "-o", "OUT.pdf"],
    "manual": ["manual", "ID", "-o", "OUT.docx"],
}
ALL_BUT_CALENDAR = tuple(v for v in FILE_VERBS if v != "calendar")  # the calendar does not read the responses


def _example() -> dict:
    return json.loads(EXAMPLE.read_text("utf-8"))


def _changed(change) -> bytes:
    data = _example()
    change(data)
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _set(path: str, value):
    def change(data):
        *parents, last = path.split(".")
        node = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if value is _DELETE:
            del node[last]
        else:
            node[int(last) if isinstance(node, list) else last] = value

    return lambda: _changed(change)


_DELETE = object()


def _long_number() -> bytes:
    text = json.dumps(_example(), ensure_ascii=False)
    return text.replace('"samples": 10,', '"samples": ' + "9" * 5000 + ",", 1).encode("utf-8")


def _xlsx() -> bytes:
    from openpyxl import Workbook

    buf = io.BytesIO()
    Workbook().save(buf)
    return buf.getvalue()


# name -> (file content, or None for a file that does not exist; words the message must hold, or a tuple of
# alternatives; verbs). Finer variants of the same problems are unit tests (tests/unit/test_exchange.py).
EXCHANGE_FILES = {
    "certificate_issued_9999_12_31": (_set("certificate.issued_on", "9999-12-31"), "certificate.issued_on",
                                      tuple(FILE_VERBS)),
    "assessed_on_as_unix_time": (_set("assessed_on", 1750204800), "assessed_on", tuple(FILE_VERBS)),
    "samples_true": (_set("responses.5.samples", True), "field 'samples'", tuple(FILE_VERBS)),
    "samples_as_text": (_set("responses.5.samples", "12"), "field 'samples'", tuple(FILE_VERBS)),
    "samples_as_float": (_set("responses.5.samples", 12.0), "field 'samples'", tuple(FILE_VERBS)),
    "samples_ten_million": (_set("responses.5.samples", 10**7), "field 'samples'", tuple(FILE_VERBS)),
    "samples_of_5000_digits": (_long_number, "field 'samples'", tuple(FILE_VERBS)),
    "not_json": (lambda: b"{ not json", "invalid JSON at line 1, column 3", tuple(FILE_VERBS)),
    "json_list": (lambda: b"[1, 2]", "must hold a JSON object", tuple(FILE_VERBS)),
    "binary_garbage": (lambda: bytes(range(256)) * 8, "not UTF-8", tuple(FILE_VERBS)),
    "xlsx_named_json": (_xlsx, "not UTF-8", tuple(FILE_VERBS)),
    "empty_file": (lambda: b"", "invalid JSON at line 1, column 1", tuple(FILE_VERBS)),
    "missing_file": (None, ("file not found", "no such file"), tuple(FILE_VERBS)),
    "missing_field": (_set("enterprise", _DELETE), "field 'enterprise': required field is missing",
                      tuple(FILE_VERBS)),
    "script_as_item_id": (_set("responses.0.item", "<script>alert(1)</script>"), "no such item", ALL_BUT_CALENDAR),
    "formula_as_enterprise_kind": (_set("enterprise.kind", '=HYPERLINK("http://example.com","x")'),
                                   "field 'enterprise.kind'", tuple(FILE_VERBS)),
}


def _alias_bomb() -> bytes:
    """A few kilobytes of YAML anchors and aliases that expand to about 387 million strings."""
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _catalog_with(old: str, new: str) -> bytes:
    text = CATALOG.read_text("utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


CATALOG_FILES = {
    "alias_bomb": (_alias_bomb, "YAML aliases", tuple(CATALOG_VERBS)),
    "points_1e_minus_99999999": (lambda: _catalog_with("    points: 40\n", "    points: 1E-99999999\n"),
                                 "node '1' field 'points'", tuple(CATALOG_VERBS)),
    "over_one_megabyte": (lambda: CATALOG.read_bytes() + b"# padding\n" * 110_000, "limited to 1 MB",
                          tuple(CATALOG_VERBS)),
    "number_of_5000_digits": (lambda: _catalog_with("  total_points: 100\n", "  total_points: " + "9" * 5000 + "\n"),
                              "too long", tuple(CATALOG_VERBS)),
}

IDS = {
    "id_2_to_the_63": (str(2**63), "9223372036854775808"),
}

EFFORT_FILES = {
    "not_json": (b"{ nope", "invalid JSON"),
    "effort_of_5000_digits": (b'{"1.1.1": ' + b"9" * 5000 + b"}", "'1.1.1'"),
    "effort_of_40_digits": (b'{"1.1.1": 1' + b"0" * 39 + b"}", "'1.1.1'"),
}


def _cases():
    for name, (_, words, verbs) in EXCHANGE_FILES.items():
        for verb in verbs:
            yield pytest.param(("file", name, verb), words, id=f"{name}-{verb}")
    for name, (_, words, verbs) in CATALOG_FILES.items():
        for verb in verbs:
            yield pytest.param(("catalog", name, verb), words, id=f"catalog_{name}-{verb.replace(' ', '_')}")
    for name, (_, words) in IDS.items():
        for verb in ID_VERBS:
            yield pytest.param(("id", name, verb), words, id=f"{name}-{verb}")
    for name, (_, words) in EFFORT_FILES.items():
        yield pytest.param(("effort", name, "gaps"), words, id=f"effort_{name}-gaps")
    yield pytest.param(("mixed", "good_and_bad", "import"), "certificate.issued_on", id="good_and_bad-import")


CASES = list(_cases())


def _db_fingerprint(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def battery(tmp_path_factory):
    """Write every hostile file, run every case once (a few processes at a time); results keyed by case."""
    tmp = tmp_path_factory.mktemp("hostile")
    db = tmp / "hostile.db"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "PYTHONIOENCODING": "utf-8"}
    env.pop("GBT27922_DATA_DIR", None)

    def run(argv: list[str]) -> tuple[int, str, str, float]:
        import time

        start = time.monotonic()
        try:
            proc = subprocess.run([sys.executable, "-m", "assessment", *argv], cwd=ROOT, env=env,
                                  capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return -1, "", f"timed out after {TIMEOUT} s", TIMEOUT
        return proc.returncode, proc.stdout, proc.stderr, time.monotonic() - start

    code, _, err, _ = run(["import", str(EXAMPLE)])  # a database with something in it to lose
    assert code == 0, err
    before = _db_fingerprint(db)

    def write(kind: str, name: str, make, suffix: str) -> str:
        path = tmp / kind / f"{name}{suffix}"
        path.parent.mkdir(exist_ok=True)
        if make is not None:
            path.write_bytes(make())
        return str(path)

    files = {n: write("file", n, make, ".json") for n, (make, _, _) in EXCHANGE_FILES.items()}
    catalogs = {n: write("catalog", n, make, ".yaml") for n, (make, _, _) in CATALOG_FILES.items()}
    efforts = {n: write("effort", n, lambda c=content: c, ".json") for n, (content, _) in EFFORT_FILES.items()}

    def argv(case: tuple[str, str, str]) -> list[str]:
        kind, name, verb = case
        out = str(tmp / "out" / f"{kind}-{name}-{verb.replace(' ', '_')}")
        if kind == "file":
            template, value = FILE_VERBS[verb], files[name]
        elif kind == "catalog":
            template, value = CATALOG_VERBS[verb], catalogs[name]
        elif kind == "id":
            template, value = ID_VERBS[verb], IDS[name][0]
        elif kind == "effort":
            return ["gaps", str(EXAMPLE), "--effort", efforts[name]]
        else:
            return ["import", str(ROOT / "examples" / "02-compliant.json"), files["certificate_issued_9999_12_31"]]
        return [value if a in ("FILE", "CAT", "ID") else a.replace("OUT", out) for a in template]

    (tmp / "out").mkdir()
    cases = [p.values[0] for p in CASES]
    with ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2))) as pool:
        results = dict(zip(cases, pool.map(lambda c: run(argv(c)), cases)))
    results["database unchanged"] = before == _db_fingerprint(db)
    results["outputs"] = sorted(p.name for p in (tmp / "out").iterdir())
    return results


@pytest.mark.parametrize("case, words", CASES)
def test_hostile_input_exits_2_naming_the_problem_without_a_traceback(battery, case, words):
    code, out, err, seconds = battery[case]
    assert "Traceback" not in err, err[-2000:]
    assert code == 2, (code, err[-2000:])
    assert err.startswith("error: "), err[-2000:]
    assert any(w in err for w in ((words,) if isinstance(words, str) else words)), err[-2000:]
    assert seconds < TIMEOUT


def test_no_hostile_input_changed_the_database_or_wrote_an_output(battery):
    assert battery["database unchanged"]
    assert battery["outputs"] == []


def test_hostile_text_in_a_valid_file_is_kept_as_text_and_escaped_in_the_report(tmp_path):
    """Markup and formulas are legitimate text in a note or a name: accepted, stored, and never live in the report."""
    data = _example()
    data["enterprise"]["name"] = "<script>alert('x')</script> 有限公司"
    data["responses"][0]["note"] = '=HYPERLINK("http://example.com","click")'
    path = tmp_path / "hostile-text.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'text.db'}", "PYTHONIOENCODING": "utf-8"}
    env.pop("GBT27922_DATA_DIR", None)

    def cli(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "assessment", *argv], cwd=ROOT, env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=60)

    imported = cli("import", str(path))
    assert imported.returncode == 0, imported.stderr
    html = tmp_path / "report.html"
    reported = cli("report", str(path), "--html", str(html))
    assert reported.returncode == 0, reported.stderr
    page = html.read_text("utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    listed = cli("list", "--json")
    assert json.loads(listed.stdout)[0]["enterprise_name"] == data["enterprise"]["name"]
