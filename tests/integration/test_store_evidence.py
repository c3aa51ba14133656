"""Evidence files in the store and on the command line: content once per hash, refusals write nothing, a next
round links last round's files to re-verify, claims without proof."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from assessment import usecases
from assessment.evidence import EvidenceRefused
from assessment.exchange import read_assessment
from assessment.proof import unproven_claims
from assessment.store import NotFound, Store
from criteria import default_catalog

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "05-five-star.json"
PDF = b"%PDF-1.4\n% a scanned organisation chart\n"


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


@pytest.fixture
def aid(store):
    return usecases.import_assessment(store, read_assessment(EXAMPLE)).id


def test_the_same_content_is_stored_once_and_goes_with_its_last_use(store, aid):
    first = store.add_evidence(aid, "1.1.1", PDF, "组织架构图.pdf", entry="org-chart")
    second = store.add_evidence(aid, "1.2.1", PDF, "copy.pdf")
    assert first.sha256 == second.sha256 and first.media_type == "application/pdf"
    with store.engine.connect() as conn:
        count = conn.exec_driver_sql("SELECT COUNT(*) FROM evidence_blobs").scalar()
    assert count == 1
    store.remove_evidence(first.id)
    assert store.evidence_content(second.id)[1] == PDF
    store.remove_evidence(second.id)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM evidence_blobs").scalar() == 0


@pytest.mark.parametrize("item, entry, data, name, words", [
    ("9.9.9", None, PDF, "a.pdf", "not in catalog"),
    ("1.1.1", "nonsense", PDF, "a.pdf", "no evidence entry"),
    ("1.1.1", None, b"MZ\x90", "a.pdf", "Windows program"),
])
def test_a_refused_file_writes_nothing(store, aid, item, entry, data, name, words):
    with pytest.raises(EvidenceRefused, match=words):
        store.add_evidence(aid, item, data, name, entry=entry)
    assert store.list_evidence(aid) == []


def test_the_limit_is_a_setting(store, aid):
    store.set_setting("evidence_max_mb", "1")
    with pytest.raises(EvidenceRefused, match="at most 1 MB"):
        store.add_evidence(aid, "1.1.1", b"%PDF-" + b"0" * 1_100_000, "big.pdf")


def test_a_next_round_links_last_rounds_files_to_re_verify(store, aid):
    store.add_evidence(aid, "1.1.1", PDF, "组织架构图.pdf")
    nxt = usecases.next_round(store, aid, date(2027, 11, 1))
    [linked] = store.list_evidence(nxt.id)
    assert linked.to_reverify and linked.filename == "组织架构图.pdf"
    store.confirm_evidence(linked.id)
    assert not store.list_evidence(nxt.id)[0].to_reverify
    assert not store.list_evidence(aid)[0].to_reverify


def test_unknown_ids_are_not_found(store):
    with pytest.raises(NotFound):
        store.list_evidence(999)
    with pytest.raises(NotFound):
        store.remove_evidence(999)


def test_claims_without_proof_are_met_or_partial_answers_with_no_file_and_no_on_site_entry(store, aid):
    catalog = default_catalog()
    assessment = store.get_assessment(aid).assessment
    claims = {r.item for r in assessment.responses if r.result in ("met", "partial")}
    onsite = {item.id for _, _, item in catalog.iter_items()
              if {e.id for e in item.evidence if e.kind == "onsite"} & set(assessment.response_map().get(
                  item.id).evidence if item.id in assessment.response_map() else ())}
    unproven = set(unproven_claims(catalog, assessment, {}))
    assert unproven == claims - onsite
    item = sorted(unproven)[0]
    assert item not in unproven_claims(catalog, assessment, {item: 1})


def test_the_evidence_verbs(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "PYTHONIOENCODING": "utf-8"}
    env.pop("GBT27922_DATA_DIR", None)

    def run(*argv):
        p = subprocess.run([sys.executable, "-m", "assessment", *argv], cwd=ROOT, env=env, capture_output=True,
                           text=True, encoding="utf-8", timeout=120)
        return p.returncode, p.stdout, p.stderr

    assert run("import", str(EXAMPLE))[0] == 0
    scan = tmp_path / "组织架构图.pdf"
    scan.write_bytes(PDF)
    code, out, err = run("evidence", "add", "1", "1.1.1", str(scan), "--entry", "org-chart", "--note", "2026 版")
    assert code == 0, err
    code, out, _ = run("evidence", "list", "1", "--json")
    [listed] = json.loads(out)
    assert {k: listed[k] for k in ("id", "item", "entry", "filename", "size", "media_type")} == {
        "id": 1, "item": "1.1.1", "entry": "org-chart", "filename": "组织架构图.pdf", "size": len(PDF),
        "media_type": "application/pdf"}
    assert len(listed["sha256"]) == 64 and listed["added_at"]
    exe = tmp_path / "invoice.pdf"
    exe.write_bytes(b"MZ\x90\x00")
    code, _, err = run("evidence", "add", "1", "1.1.1", str(exe))
    assert code == 2 and "Windows program" in err and "Traceback" not in err
    assert run("evidence", "remove", "1")[0] == 0
    code, _, err = run("evidence", "remove", "1")
    assert code == 2 and "no evidence file with id 1" in err


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgresql)])
def test_on_postgresql_the_same_content_attached_by_two_people_at_once_is_stored_once(store, aid):
    """The other person's transaction holds the new content uncommitted: this one waits, then both files share it."""
    import hashlib
    import threading

    from sqlalchemy import text

    other = store.engine.connect()
    other.begin()
    other.execute(text("INSERT INTO evidence_blobs (sha256, size, media_type, content) VALUES (:h, :n, "
                       "'application/pdf', :c)"), {"h": hashlib.sha256(PDF).hexdigest(), "n": len(PDF), "c": PDF})
    added, errors = [], []

    def attach():
        try:
            added.append(store.add_evidence(aid, "1.1.1", PDF, "组织架构图.pdf"))
        except Exception as exc:  # noqa: BLE001 — reported below
            errors.append(exc)

    worker = threading.Thread(target=attach)
    worker.start()
    worker.join(timeout=1)  # it waits on the other transaction's key
    other.commit()
    other.close()
    worker.join()
    assert errors == [] and len(added) == 1
    assert store.evidence_content(added[0].id)[1] == PDF
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM evidence_blobs").scalar() == 1
