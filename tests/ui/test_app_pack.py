"""The stage-1 pack in the app: offered beside the other exports of an assessment, and imported beside the exchange
files, checked whole first; a hostile or tampered pack is refused in the UI language with nothing written."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from assessment import usecases
from assessment.exchange import read_assessment
from assessment.store import Store
from reports.pack import write_pack
from tests.ui.conftest import make_app, no_exceptions, open_page

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "05-five-star.json"
PDF = b"%PDF-1.4\n% a scanned organisation chart\n"


@pytest.fixture(scope="module")
def pack_bytes(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("app-pack")
    source = Store(f"sqlite:///{folder / 'source.db'}")
    aid = usecases.import_assessment(source, read_assessment(EXAMPLE)).id
    source.add_evidence(aid, "1.1.1", PDF, "组织架构图.pdf", entry="org-chart")
    source.add_evidence(aid, "1.2.1", b"name,role\n", "名单.csv")
    write_pack(source, aid, folder / "p.zip", "zh", datetime(2026, 12, 2, 9, 0))
    source.close()
    return (folder / "p.zip").read_bytes()


def rewritten(data: bytes, tmp_path: Path, change) -> bytes:
    src, out = tmp_path / "in.zip", tmp_path / "out.zip"
    src.write_bytes(data)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            name, content = change(info.filename, zin.read(info))
            zout.writestr(name, content)
    return out.read_bytes()


def upload(at, name: str, data: bytes):
    return at.file_uploader(key="tp_upload").upload(name, data, "application/zip").run()


def test_the_export_section_offers_the_stage_1_pack(store, tmp_path, monkeypatch):
    aid = usecases.import_assessment(store, read_assessment(EXAMPLE)).id
    store.add_evidence(aid, "1.1.1", PDF, "组织架构图.pdf")
    at = open_page(make_app("en"), "ui/transfer.py")
    no_exceptions(at)
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Stage-1 document pack (.zip)" in labels
    from assessment.access import Actor
    from ui import state, transfer_pack

    monkeypatch.setattr(state, "actor", lambda: Actor(name="测试管理员", role="admin"))  # outside a page run
    (tmp_path / "served.zip").write_bytes(transfer_pack.pack_zip(aid, "en"))  # what the button serves
    with zipfile.ZipFile(tmp_path / "served.zip") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["lang"] == "en" and [f["filename"] for f in manifest["files"]] == ["组织架构图.pdf"]
        assert zf.read(manifest["files"][0]["path"]) == PDF


def test_a_pack_is_checked_then_imported_with_its_evidence_files(store, pack_bytes):
    at = upload(open_page(make_app("en"), "ui/transfer.py"), "stage1.zip", pack_bytes)
    no_exceptions(at)
    shown = " ".join(m.value for m in at.markdown)
    assert "2 evidence files" in shown and store.list_enterprises(include_archived=True) == []
    at.button(key="tp_import").click().run()
    no_exceptions(at)
    [stored] = store.list_assessments()
    files = store.list_evidence(stored.id)
    assert [(f.item, f.entry, f.filename) for f in files] == [("1.1.1", "org-chart", "组织架构图.pdf"),
                                                              ("1.2.1", None, "名单.csv")]


@pytest.mark.parametrize("lang, case, words", [
    ("zh_CN", "traversal", "可能写到目标文件夹之外"),
    ("es", "tampered", "su suma SHA-256 no coincide"),
    ("en", "wrong_format", "describes another format"),
])
def test_a_hostile_pack_is_refused_in_the_ui_language_and_nothing_is_written(store, pack_bytes, tmp_path, lang,
                                                                             case, words):
    def change(name, content):
        if case == "traversal" and name == "index.xlsx":
            return "../../index.xlsx", content
        if case == "tampered" and name.endswith(".csv"):
            return name, content.replace(b"role", b"ROLE")
        if case == "wrong_format" and name == "manifest.json":
            raw = json.loads(content)
            raw["format"] = "other"
            return name, json.dumps(raw).encode()
        return name, content

    bad = rewritten(pack_bytes, tmp_path, change)
    at = upload(open_page(make_app(lang), "ui/transfer.py"), "bad.zip", bad)
    no_exceptions(at)
    if case == "tampered":  # the content is checked as it is restored, inside the import's unit of work
        at.button(key="tp_import").click().run()
        no_exceptions(at)
    errors = " ".join(e.value for e in at.error).replace("\\", "")
    assert words in errors
    assert store.list_enterprises(include_archived=True) == [] and store.list_assessments() == []
