"""The stage-1 pack end to end through the command line (in process): a pack imported into a fresh database gives
back the same exchange file and the same files, and every kind of hostile archive is refused with exit 2 and the
target database left exactly as it was."""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import zipfile
from datetime import date
from pathlib import Path

import pytest

from assessment import usecases
from assessment.exchange import read_assessment
from assessment.store import Store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "05-five-star.json"
PDF = b"%PDF-1.4\n% a scanned organisation chart\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
TABLES = ("enterprises", "assessments", "responses", "evidence_files", "evidence_blobs", "certificates")


def main(capsys, *argv) -> tuple[int, str, str]:
    from assessment.cli import main as cli_main

    code = cli_main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A database with a second round whose files came from the first (to re-verify, one confirmed) plus files
    of its own: Chinese names, the same name twice on one item, a name Windows reserves, a note and an entry."""
    folder = tmp_path_factory.mktemp("source")
    url = f"sqlite:///{folder / 'source.db'}"
    store = Store(url)
    first = usecases.import_assessment(store, read_assessment(EXAMPLE)).id
    store.add_evidence(first, "1.1.1", PDF, "组织架构图.pdf", entry="org-chart", note="2026 版")
    second = usecases.next_round(store, first, date(2026, 12, 1)).id
    linked = store.list_evidence(second)
    store.confirm_evidence(linked[0].id)
    store.add_evidence(second, "1.1.1", PDF + b"%v2\n", "组织架构图.pdf")
    store.add_evidence(second, "1.2.1", PNG, "培训照片.png", note="=HYPERLINK(\"x\")")
    store.add_evidence(second, "1.2.1", b"name,phone\n", "CON.csv")
    store.add_evidence(second, "1.3.1", PDF, "同一内容.pdf")
    store.close()
    return url, second, folder


@pytest.fixture(scope="module")
def pack(source, tmp_path_factory):
    from assessment.cli import main as cli_main

    url, aid, _ = source
    path = tmp_path_factory.mktemp("pack") / "stage1.zip"
    assert cli_main(["--db", url, "pack", str(aid), "-o", str(path)]) == 0
    return path


@pytest.fixture
def target(tmp_path):
    url = f"sqlite:///{tmp_path / 'target.db'}"
    Store(url).close()  # created and migrated: its row counts are what must not change
    return url


def counts(url: str) -> dict[str, int]:
    store = Store(url)
    try:
        with store.engine.connect() as conn:
            return {t: conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar() for t in TABLES}
    finally:
        store.close()


def exported(capsys, url: str, aid: int, path: Path) -> bytes:
    assert main(capsys, "--db", url, "export", aid, "-o", path)[0] == 0
    return path.read_bytes()


def files_of(url: str, aid: int) -> list[tuple]:
    store = Store(url)
    try:
        return [(r.item, r.entry, r.filename, r.size, r.sha256, r.media_type, r.note, r.to_reverify, r.added_at,
                 hashlib.sha256(store.evidence_content(r.id)[1]).hexdigest())
                for r in store.list_evidence(aid)]
    finally:
        store.close()


def test_a_pack_imported_into_a_fresh_database_gives_back_the_same_exchange_file_and_files(capsys, source, pack,
                                                                                           target, tmp_path):
    url, aid, _ = source
    code, out, err = main(capsys, "--db", target, "import", pack)
    assert code == 0, err
    assert f"{pack}: imported as assessment 1 with 5 evidence files" in out
    assert exported(capsys, url, aid, tmp_path / "a.json") == exported(capsys, target, 1, tmp_path / "b.json")
    before, after = files_of(url, aid), files_of(target, 1)
    assert after == before
    assert counts(target)["evidence_blobs"] == 4  # the same content twice is kept once


def test_the_manifest_carries_what_restoring_a_file_needs(pack):
    first = json.loads(zipfile.ZipFile(pack).read("manifest.json"))["files"][0]
    assert first["item"] == "1.1.1" and first["entry"] == "org-chart" and first["note"] == "2026 版"
    assert first["filename"] == "组织架构图.pdf" and first["media_type"] == "application/pdf"
    assert first["to_reverify"] is False  # linked from the first round, then confirmed
    assert first["added_at"]


def test_a_file_still_to_re_verify_is_restored_to_re_verify(capsys, tmp_path, target):
    url = f"sqlite:///{tmp_path / 'src.db'}"
    store = Store(url)
    first = usecases.import_assessment(store, read_assessment(EXAMPLE)).id
    store.add_evidence(first, "1.1.1", PDF, "chart.pdf")
    second = usecases.next_round(store, first, date(2026, 12, 1)).id
    store.close()
    assert main(capsys, "--db", url, "pack", second, "-o", tmp_path / "p.zip")[0] == 0
    assert main(capsys, "--db", target, "import", tmp_path / "p.zip")[0] == 0
    assert [f[7] for f in files_of(target, 1)] == [True]


def test_a_text_that_deflates_more_than_100_times_still_makes_a_pack_that_imports(capsys, tmp_path, target):
    url = f"sqlite:///{tmp_path / 'src.db'}"
    store = Store(url)
    aid = usecases.import_assessment(store, read_assessment(EXAMPLE)).id
    store.add_evidence(aid, "1.1.1", b"2026-01-01,ok\n" * 80_000, "log.csv")
    store.close()
    assert main(capsys, "--db", url, "pack", aid, "-o", tmp_path / "p.zip")[0] == 0
    info = zipfile.ZipFile(tmp_path / "p.zip").getinfo("evidence/1.1 组织架构/1.1.1/log.csv")
    assert info.compress_type == zipfile.ZIP_STORED
    code, out, err = main(capsys, "--db", target, "import", tmp_path / "p.zip")
    assert code == 0 and "with 1 evidence file (" in out, err


def test_the_pack_lays_out_its_files_as_the_contract_says(pack):
    with zipfile.ZipFile(pack) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        assert names[:4] == ["manifest.json", "assessment.json", "index.pdf", "index.xlsx"]
        assert manifest["format"] == "gbt27922-pack" and manifest["format_version"] == 1
        assert manifest["exchange_file"]["path"] == "assessment.json"
        assert manifest["exchange_file"]["sha256"] == hashlib.sha256(zf.read("assessment.json")).hexdigest()
        for f in manifest["files"]:
            assert f["size"] == len(zf.read(f["path"]))
            assert f["sha256"] == hashlib.sha256(zf.read(f["path"])).hexdigest()
        evidence = [f["path"] for f in manifest["files"]]
        assert evidence == [
            "evidence/1.1 组织架构/1.1.1/组织架构图.pdf",
            "evidence/1.1 组织架构/1.1.1/组织架构图 (2).pdf",
            "evidence/1.2 人员配置/1.2.1/培训照片.png",
            "evidence/1.2 人员配置/1.2.1/_CON.csv",
            "evidence/1.3 资源配置/1.3.1/同一内容.pdf",
        ]
        assert set(names) == {"manifest.json", "assessment.json", "index.pdf", "index.xlsx", *evidence}


def test_chinese_names_carry_the_zip_utf8_flag(pack):
    with zipfile.ZipFile(pack) as zf:
        chinese = [i for i in zf.infolist() if not i.filename.isascii()]
        assert len(chinese) == 5
        assert all(i.flag_bits & 0x800 for i in chinese)
        assert all(not i.filename.startswith("/") and ".." not in i.filename.split("/") for i in zf.infolist())


def test_the_exchange_file_in_the_pack_is_what_export_writes(capsys, source, pack, tmp_path):
    url, aid, _ = source
    assert zipfile.ZipFile(pack).read("assessment.json") == exported(capsys, url, aid, tmp_path / "e.json")


def test_pack_exits_2_for_an_unknown_id_or_an_unwritable_output(capsys, source, tmp_path, monkeypatch):
    url, aid, _ = source
    code, _, err = main(capsys, "--db", url, "pack", 999, "-o", tmp_path / "p.zip")
    assert code == 2 and "no stored assessment with id 999" in err
    code, _, err = main(capsys, "--db", url, "pack", aid, "-o", tmp_path / "missing" / "p.zip")
    assert code == 2 and "does not exist" in err
    code, _, err = main(capsys, "--db", url, "pack", aid, "-o", tmp_path)
    assert code == 2 and "is a folder" in err

    def refused(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.replace", refused)  # a folder that refuses the rename (tests may run as root)
    code, _, err = main(capsys, "--db", url, "pack", aid, "-o", tmp_path / "p.zip")
    assert code == 2 and "cannot write" in err and "Permission denied" in err
    assert list(tmp_path.iterdir()) == []  # the temporary file went too


def test_a_failed_pack_leaves_an_earlier_file_intact(capsys, source, tmp_path):
    url, _, _ = source
    out = tmp_path / "p.zip"
    out.write_bytes(b"earlier")
    assert main(capsys, "--db", url, "pack", 999, "-o", out)[0] == 2
    assert out.read_bytes() == b"earlier"


# --- hostile archives ---------------------------------------------------------------------------------------


def rebuilt(pack: Path, out: Path, *, drop=(), replace=None, add=(), manifest=None) -> Path:
    """The pack written again: entries dropped, replaced (name -> bytes) or added ((ZipInfo or name, bytes)), the
    manifest changed by `manifest(dict)`."""
    replace = replace or {}
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in drop:
                continue
            data = replace.get(info.filename, src.read(info))
            if info.filename == "manifest.json" and manifest is not None:
                raw = json.loads(data)
                changed = manifest(raw)
                data = changed if isinstance(changed, bytes) else json.dumps(raw, ensure_ascii=False).encode()
            dst.writestr(info.filename, data)
        for name, data in add:
            dst.writestr(name, data)
    return out


def first_file(raw: dict) -> dict:
    return raw["files"][0]


def _link() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("evidence/link")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _set(path, value):
    def change(raw):
        *head, last = path
        node = raw
        for key in head:
            node = node[key]
        node[last] = value
    return change


def _unknown_item(raw):
    raw["files"][0]["item"] = "9.9.9"


HOSTILE = {
    "traversal": (dict(add=[("../evil.txt", b"x")]), "'..'"),
    "traversal_inside": (dict(add=[("evidence/../../evil.txt", b"x")]), "'..'"),
    "absolute_posix": (dict(add=[("/etc/evil", b"x")]), "absolute"),
    "absolute_windows_drive": (dict(add=[("C:\\evil.txt", b"x")]), "absolute"),
    "absolute_unc": (dict(add=[("\\\\server\\share\\evil.txt", b"x")]), "absolute"),
    "symlink": (dict(add=[(_link(), b"/etc/passwd")]), "symbolic link"),
    "ratio_over_100": (dict(add=[("evidence/zeros.txt", bytes(10 * 1024 * 1024))]), "compressed"),
    "no_manifest": (dict(drop=["manifest.json"]), "no manifest.json"),
    "manifest_not_json": (dict(manifest=lambda raw: b"{ not json"), "not valid UTF-8 JSON"),
    "wrong_format": (dict(manifest=_set(["format"], "other-pack")), "format is 'other-pack'"),
    "wrong_version": (dict(manifest=_set(["format_version"], 2)), "format_version is 2"),
    "manifest_field_wrong_type": (dict(manifest=_set(["files", 0, "size"], "17")), "field files.0.size"),
    "listed_file_missing": (dict(drop=["index.xlsx"]), "not in the archive"),
    "unlisted_file": (dict(add=[("evidence/extra.pdf", PDF)]), "not in manifest.json"),
    "size_mismatch": (dict(manifest=_set(["files", 0, "size"], 5)), "in manifest.json"),
    "tampered_exchange_file_hash": (dict(manifest=_set(["exchange_file", "sha256"], "0" * 64)),
                                    "SHA-256 is not the one"),
    "unknown_item": (dict(manifest=_unknown_item), "not in catalog"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_archive_exits_2_naming_the_entry_and_writes_nothing(capsys, pack, target, tmp_path, case):
    change, words = HOSTILE[case]
    bad = rebuilt(pack, tmp_path / f"{case}.zip", **change)
    before = counts(target)
    code, out, err = main(capsys, "--db", target, "import", bad)
    assert code == 2, (out, err)
    assert str(bad) in err and words in err and "Traceback" not in err
    assert counts(target) == before


def test_a_tampered_evidence_file_is_refused_and_nothing_is_written(capsys, pack, target, tmp_path):
    with zipfile.ZipFile(pack) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    last = manifest["files"][-1]["path"]
    original = zipfile.ZipFile(pack).read(last)
    bad = rebuilt(pack, tmp_path / "tampered.zip", replace={last: original[:-1] + b"X"})
    before = counts(target)
    code, _, err = main(capsys, "--db", target, "import", bad)
    assert code == 2 and last in err and "SHA-256" in err
    assert counts(target) == before  # the four files before it were in the same, rolled back, unit of work


def test_a_program_disguised_with_a_matching_hash_still_fails_the_evidence_type_check(capsys, pack, target,
                                                                                      tmp_path):
    program = b"MZ\x90\x00" + bytes(64)
    path = json.loads(zipfile.ZipFile(pack).read("manifest.json"))["files"][3]["path"]

    def disguise(raw):
        f = raw["files"][3]
        f["size"], f["sha256"] = len(program), hashlib.sha256(program).hexdigest()

    bad = rebuilt(pack, tmp_path / "program.zip", replace={path: program}, manifest=disguise)
    before = counts(target)
    code, _, err = main(capsys, "--db", target, "import", bad)
    assert code == 2 and "Windows program" in err and path in err
    assert counts(target) == before


def test_more_than_10000_entries_are_refused(capsys, target, tmp_path):
    bad = tmp_path / "many.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        for n in range(10_001):
            zf.writestr(f"evidence/{n}.txt", b"")
    before = counts(target)
    code, _, err = main(capsys, "--db", target, "import", bad)
    assert code == 2 and "10,001 entries" in err and str(bad) in err
    assert counts(target) == before


def test_more_than_the_uncompressed_limit_by_the_directory_is_refused(capsys, pack, target, tmp_path, monkeypatch):
    import assessment.pack

    total = sum(i.file_size for i in zipfile.ZipFile(pack).infolist())
    monkeypatch.setattr(assessment.pack, "MAX_TOTAL_BYTES", total - 1)  # 2 GB is not written to test it
    before = counts(target)
    code, _, err = main(capsys, "--db", target, "import", pack)
    assert code == 2 and "bytes uncompressed" in err
    assert counts(target) == before


def test_the_uncompressed_limit_is_counted_while_reading_too(pack):
    from assessment.pack import PackRefused
    from assessment.pack.reading import open_pack

    with open_pack(pack) as reader:
        reader.max_total = reader.read_total + 100  # as if the directory had promised fewer bytes than come
        with pytest.raises(PackRefused, match="unpacks to more than") as caught:
            reader.exchange_text(10 ** 7)
    assert caught.value.entry == "assessment.json"


def _lie_about_size(data: bytes, name: str, size: int) -> bytes:
    """The archive with `name`'s uncompressed size given as `size` in both headers (the content unchanged)."""
    out = bytearray(data)
    encoded = name.encode("utf-8")
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        at = out.find(signature)
        while at >= 0:
            name_at = at + (46 if signature == b"PK\x01\x02" else 30)
            if out[name_at:name_at + len(encoded)] == encoded:
                struct.pack_into("<I", out, at + offset, size)
            at = out.find(signature, at + 4)
    return bytes(out)


def test_a_directory_that_lies_about_a_size_is_refused(capsys, pack, target, tmp_path):
    name = "evidence/1.2 人员配置/1.2.1/培训照片.png"

    def promise_100_bytes(raw):
        next(f for f in raw["files"] if f["path"] == name)["size"] = 100

    honest = rebuilt(pack, tmp_path / "honest.zip", manifest=promise_100_bytes)
    bad = tmp_path / "lying.zip"
    bad.write_bytes(_lie_about_size(honest.read_bytes(), name, 100))
    assert zipfile.ZipFile(bad).getinfo(name).file_size == 100
    before = counts(target)
    code, _, err = main(capsys, "--db", target, "import", bad)
    assert code == 2 and name in err and "cannot be read" in err  # zipfile stops at the size given: bad CRC
    assert counts(target) == before


def test_an_exchange_file_that_does_not_validate_is_refused(capsys, pack, target, tmp_path):
    text = json.loads(zipfile.ZipFile(pack).read("assessment.json"))
    text["responses"][0]["item"] = "<script>"
    data = json.dumps(text, ensure_ascii=False).encode()
    bad = rebuilt(pack, tmp_path / "invalid.zip", replace={"assessment.json": data},
                  manifest=_set(["exchange_file"], {"path": "assessment.json", "size": len(data),
                                                    "sha256": hashlib.sha256(data).hexdigest()}))
    before = counts(target)
    code, _, err = main(capsys, "--db", target, "import", bad)
    assert code == 2 and "assessment.json" in err and "no such item" in err
    assert counts(target) == before


def test_an_xlsx_named_json_is_still_refused_as_an_exchange_file(capsys, target, tmp_path):
    bad = tmp_path / "book.json"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    code, _, err = main(capsys, "--db", target, "import", bad)
    assert code == 2 and "not UTF-8" in err
