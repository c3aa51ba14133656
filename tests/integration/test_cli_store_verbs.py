"""The verbs that read and write the store: `catalog add|list`, `import` against registered catalogs,
`portfolio` and `calendar ID` (exact JSON keys and types, exit codes, bad input, an empty store)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from assessment.cli import main
from assessment.models import Certificate

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DEFAULT_YAML = (ROOT / "criteria" / "gbt27922-2011.yaml").read_text(encoding="utf-8")


def _custom_yaml(version: str = "2027.1") -> str:
    """The built-in catalog under another version, with certificates valid 2 years and surveillance every 6 months."""
    text = DEFAULT_YAML.replace('  version: "2026.1"', f'  version: "{version}"', 1)
    text = text.replace("  validity_years: 3\n  surveillance_interval_months: 12\n",
                        "  validity_years: 2\n  surveillance_interval_months: 6\n", 1)
    assert f'version: "{version}"' in text and "validity_years: 2" in text
    return text


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'verbs.db'}"


@pytest.fixture
def custom_catalog(tmp_path) -> Path:
    path = tmp_path / "custom.yaml"
    path.write_text(_custom_yaml(), encoding="utf-8")
    return path


@pytest.fixture
def run(capsys, db):
    def _run(*argv) -> tuple[int, str, str]:
        code = main(["--db", db, *[str(a) for a in argv]])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def _exchange_file(tmp_path: Path, name: str, **catalog) -> Path:
    data = json.loads((EXAMPLES / "04-four-star.json").read_text("utf-8"))
    data["catalog"].update(catalog)
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- catalog add / list ----------------------------------------------------------------------------------------


def test_an_empty_store_lists_only_the_built_in_catalog_as_the_default(run):
    code, out, err = run("catalog", "list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 1
    assert set(rows[0]) == {"id", "version", "title", "default"}
    assert rows[0]["id"] == "gbt27922-2011" and rows[0]["default"] is True
    assert rows[0]["title"].startswith("GB/T 27922-2011")  # in --lang, Chinese by default
    code, out, err = run("--lang", "en", "catalog", "list", "--json")
    assert json.loads(out)[0]["title"].startswith("GB/T 27922-2011 Commodity after-sales service")


def test_a_registered_catalog_is_listed_and_not_the_default(run, custom_catalog):
    code, out, err = run("catalog", "add", custom_catalog)
    assert code == 0, err
    assert "registered catalog gbt27922-2011 2027.1" in out
    rows = json.loads(run("catalog", "list", "--json")[1])
    assert [(r["version"], r["default"]) for r in rows] == [("2026.1", True), ("2027.1", False)]
    code, out, _ = run("--lang", "en", "catalog", "list")
    assert code == 0 and "2027.1" in out and "Commodity after-sales" in out


def test_registering_the_same_catalog_twice_is_harmless(run, custom_catalog):
    assert run("catalog", "add", custom_catalog)[0] == 0
    assert run("catalog", "add", custom_catalog)[0] == 0
    assert len(json.loads(run("catalog", "list", "--json")[1])) == 2


def test_a_changed_catalog_under_a_registered_version_exits_2_naming_the_file(run, custom_catalog, tmp_path):
    assert run("catalog", "add", custom_catalog)[0] == 0
    changed = tmp_path / "changed.yaml"
    changed.write_text(_custom_yaml().replace("validity_years: 2", "validity_years: 4", 1), encoding="utf-8")
    code, _, err = run("catalog", "add", changed)
    assert code == 2 and str(changed) in err and "new version" in err and "Traceback" not in err


def test_an_invalid_catalog_exits_2_listing_every_problem_and_registers_nothing(run, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("catalog:\n  id: x\n", encoding="utf-8")
    code, _, err = run("catalog", "add", bad)
    assert code == 2 and str(bad) in err
    assert "catalog.version" in err and "'rules'" in err and "'areas'" in err
    assert len(json.loads(run("catalog", "list", "--json")[1])) == 1


# --- import against the registered catalog ----------------------------------------------------------------------


def test_import_of_an_unknown_catalog_exits_2_naming_it_and_stores_nothing(run, tmp_path):
    other = _exchange_file(tmp_path, "other.json", id="other-sheet", version="3")
    good = EXAMPLES / "05-five-star.json"
    code, out, err = run("import", good, other)
    assert code == 2 and "other-sheet 3" in err and "imported" not in out
    assert json.loads(run("list", "--json")[1]) == []


def test_import_scores_against_the_registered_catalog_the_file_names(run, tmp_path, custom_catalog):
    newer = _exchange_file(tmp_path, "newer.json", version="2027.1")
    assert run("import", newer)[0] == 2  # not registered yet
    assert run("catalog", "add", custom_catalog)[0] == 0
    code, out, err = run("import", newer)
    assert code == 0 and "imported as assessment 1" in out, err
    [row] = json.loads(run("list", "--json")[1])
    assert row["catalog"] == {"id": "gbt27922-2011", "version": "2027.1"}
    assert row["final"] == 92.9 and row["level"] == "four_star"


# --- portfolio --------------------------------------------------------------------------------------------------


def test_portfolio_of_an_empty_store_is_an_empty_list(run):
    code, out, err = run("portfolio", "--json")
    assert code == 0 and json.loads(out) == [], err
    code, out, _ = run("portfolio")
    assert code == 0 and out.strip()


def test_a_bad_today_exits_2(run):
    with pytest.raises(SystemExit) as info:
        run("portfolio", "--today", "2026-02-30")
    assert info.value.code == 2


def _store_with_a_certificate(db: str, custom: bool = False):
    from assessment.exchange import read_assessment
    from assessment.store import Store

    store = Store(db)
    try:
        assessment = read_assessment(EXAMPLES / "04-four-star.json").model_copy(update={"certificate": None})
        ent = store.add_enterprise(assessment.enterprise)
        if custom:  # the round the certificate was issued on answered the custom catalog
            store.register_catalog(_custom_yaml())
            earlier = assessment.model_copy(update={
                "catalog": assessment.catalog.model_copy(update={"version": "2027.1"}),
                "assessed_on": date(2024, 12, 1)})
            store.add_assessment(ent.id, earlier)
        stored = store.add_assessment(ent.id, assessment)
        store.add_certificate(ent.id, Certificate(number="CERT-9", issued_on=date(2025, 1, 10), level="four_star"))
        bare = store.add_enterprise(assessment.enterprise.model_copy(update={"name": "无评价企业", "credit_code": ""}))
        return stored.id, ent.id, bare.id
    finally:
        store.close()


def test_portfolio_json_has_one_object_per_enterprise_with_exact_keys_and_types(run, db):
    assessment_id, ent_id, bare_id = _store_with_a_certificate(db)
    code, out, err = run("portfolio", "--today", "2025-06-01", "--json")
    assert code == 0, err
    rows = {r["enterprise"]["id"]: r for r in json.loads(out)}
    assert set(rows) == {ent_id, bare_id}
    row = rows[ent_id]
    assert set(row) == {"enterprise", "latest", "certificate", "next_due", "unproven_claims", "overdue_actions"}
    assert set(row["enterprise"]) == {"id", "name", "credit_code"}
    assert row["latest"] == {"assessment": assessment_id, "assessed_on": row["latest"]["assessed_on"],
                             "final": 92.9, "level": "four_star", "complete": True}
    date.fromisoformat(row["latest"]["assessed_on"])
    assert row["certificate"] == {"number": "CERT-9", "level": "four_star", "issued_on": "2025-01-10",
                                  "expires_on": "2028-01-10", "state": "valid"}
    assert row["next_due"] == {"kind": "surveillance", "due_on": "2026-01-10", "status": "upcoming"}
    assert rows[bare_id] == {"enterprise": {"id": bare_id, "name": "无评价企业", "credit_code": ""},
                             "latest": None, "certificate": None, "next_due": None, "unproven_claims": None,
                             "overdue_actions": None}


def test_portfolio_json_counts_the_latest_rounds_claims_without_proof_and_a_file_lowers_it(run, db):
    from assessment.proof import unproven_claims
    from assessment.store import Store
    from criteria import default_catalog

    assessment_id, ent_id, _bare = _store_with_a_certificate(db)
    store = Store(db)
    try:
        stored = store.get_assessment(assessment_id).assessment
        expected = unproven_claims(default_catalog(), stored, {})
        assert expected, "the example has claims without proof"
        rows = {r["enterprise"]["id"]: r for r in json.loads(run("portfolio", "--json")[1])}
        assert rows[ent_id]["unproven_claims"] == len(expected)
        store.add_evidence(assessment_id, expected[0], b"%PDF-1.4 proof", "proof.pdf")
        rows = {r["enterprise"]["id"]: r for r in json.loads(run("portfolio", "--json")[1])}
        assert rows[ent_id]["unproven_claims"] == len(expected) - 1
    finally:
        store.close()


def test_portfolio_figures_are_the_store_portfolio_figures(run, db):
    from assessment.store import Store

    _store_with_a_certificate(db)
    today = date(2027, 3, 1)
    store = Store(db)
    try:
        expected = {r.enterprise.id: (r.certificate_state, r.next_event) for r in store.portfolio(today)}
    finally:
        store.close()
    rows = json.loads(run("portfolio", "--today", today.isoformat(), "--json")[1])
    for r in rows:
        state, nxt = expected[r["enterprise"]["id"]]
        assert (r["certificate"] or {}).get("state") == state
        assert r["next_due"] == (None if nxt is None else
                                 {"kind": nxt.kind, "due_on": nxt.due_on.isoformat(), "status": nxt.status})


def test_portfolio_table_reads_as_one_line_per_enterprise(run, db):
    _store_with_a_certificate(db)
    code, out, err = run("--lang", "en", "portfolio", "--today", "2025-06-01")
    assert code == 0, err
    lines = out.strip().splitlines()
    assert "2025-06-01" in lines[0] and "Enterprise" in lines[1]
    assert any("CERT-9" in line and "Valid" in line and "2026-01-10" in line for line in lines)
    assert any("无评价企业" in line for line in lines)


# --- calendar ID ------------------------------------------------------------------------------------------------


def test_calendar_of_a_stored_id_gives_the_certificate_events(run, db):
    assessment_id, _, _ = _store_with_a_certificate(db)
    code, out, err = run("calendar", assessment_id, "--today", "2025-06-01", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"certificate", "today", "state", "events", "reminders"}
    assert data["certificate"] == {"number": "CERT-9", "issued_on": "2025-01-10", "level": "four_star"}
    assert data["state"] == "valid" and data["today"] == "2025-06-01"
    assert [e["kind"] for e in data["events"]] == ["surveillance", "surveillance", "recertification_window", "expiry"]
    assert set(data["events"][0]) == {"kind", "sequence", "due_on", "status", "done_on", "ends_on"}


def test_calendar_of_a_stored_id_uses_the_catalog_that_governs_its_certificate(run, db):
    assessment_id, _, _ = _store_with_a_certificate(db, custom=True)
    data = json.loads(run("calendar", assessment_id, "--today", "2025-06-01", "--json")[1])
    expiry = next(e for e in data["events"] if e["kind"] == "expiry")
    assert expiry["due_on"] == "2027-01-10"  # valid 2 years under the custom catalog, not 3
    assert [e["due_on"] for e in data["events"] if e["kind"] == "surveillance"] == [
        "2025-07-10", "2026-01-10", "2026-07-10"]
    [row] = [r for r in json.loads(run("portfolio", "--today", "2025-06-01", "--json")[1]) if r["certificate"]]
    assert row["certificate"]["expires_on"] == "2027-01-10"


@pytest.mark.parametrize("ident, words", [("4242", "no stored assessment with id 4242"), ("0", "file not found")])
def test_calendar_of_an_unknown_id_exits_2(run, ident, words):
    code, _, err = run("calendar", ident)
    assert code == 2 and words in err and "Traceback" not in err


def test_calendar_of_a_stored_assessment_without_a_certificate_exits_2(run, tmp_path):
    assert run("import", EXAMPLES / "02-compliant.json")[0] == 0
    code, _, err = run("calendar", "1")
    assert code == 2 and "assessment 1" in err and "certificate" in err
