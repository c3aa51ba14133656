"""The wizard item's evidence files: several uploaded at once, a refused one explained while the others are stored,
removal asked first, last round's files marked to re-verify and confirmed, and claims without proof flagged on the
card, in the step and counted on the results page."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from assessment import usecases
from assessment.models import Enterprise, Response

from tests.ui.conftest import make_app, no_exceptions, open_page
from tests.ui.test_app_wizard_saving import card, texts

ITEM = "1.1.1"  # qualitative; no on-site entry: a met answer is proven by a file only


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"  # a PDF by its content; too thin to draw a page
EXE = b"MZ\x90\x00" + b"\x00" * 64


@pytest.fixture
def claimed(store):
    ent = store.add_enterprise(Enterprise(name="甲公司"))
    stored = store.new_assessment(ent.id, date(2026, 3, 1))
    store.set_response(stored.id, stored.version, Response(item=ITEM, result="met"))
    return stored.id


def wizard(aid: int, lang: str = "en"):
    at = open_page(make_app(lang, aid), "ui/wizard.py")
    no_exceptions(at)
    return at


def box(at, aid: int):
    [found] = [u for u in at.get("file_uploader") if u.key.startswith(f"wz_files_{aid}_{ITEM}_")]
    return found


def upload(at, aid: int, files):
    box(at, aid).set_value(files).run()
    no_exceptions(at)
    return at


def test_two_files_are_stored_and_an_exe_named_pdf_is_refused_with_its_reason(store, claimed):
    at = upload(wizard(claimed), claimed, [("scan.pdf", PDF, "application/pdf"), ("photo.png", png_bytes(), "image/png"),
                                           ("invoice.pdf", EXE, "application/pdf")])
    stored = store.list_evidence(claimed, ITEM)
    assert sorted(r.filename for r in stored) == ["photo.png", "scan.pdf"]
    assert {r.media_type for r in stored} == {"application/pdf", "image/png"}
    [refused] = [e.value for e in at.error if "invoice" in e.value]
    assert "not accepted" in refused
    assert box(at, claimed).accept_multiple_files
    assert any("2 files stored." in s.value for s in at.success)
    assert box(at, claimed).value in (None, [])  # a fresh box: the next run stores nothing again
    at.run()
    assert len(store.list_evidence(claimed, ITEM)) == 2
    on_card = texts(card(at, claimed, ITEM), "Text")
    assert "photo.png" in on_card and "scan.pdf" in on_card


def test_downloads_are_served_with_the_stored_type_and_text_as_plain_text(store, claimed):
    store.add_evidence(claimed, ITEM, b"a,b\n1,2\n", "list.csv")
    store.add_evidence(claimed, ITEM, png_bytes(), "photo.png")
    at = wizard(claimed)
    served = {b.proto.label: b.proto for b in at.get("download_button")}
    assert len(served) >= 1
    from ui.wizard_files import download_type

    assert download_type("text/csv") == "text/plain" and download_type("image/png") == "image/png"
    assert download_type("text/html") == "text/plain"


def test_removing_a_file_asks_first_and_then_removes_only_that_file(store, claimed):
    keep = store.add_evidence(claimed, ITEM, png_bytes(), "keep.png")
    drop = store.add_evidence(claimed, ITEM, PDF, "drop.pdf")
    at = wizard(claimed)
    at.button(key=f"wz_file_remove_{drop.id}").click().run()
    assert len(store.list_evidence(claimed, ITEM)) == 2  # only asked
    at.button(key="wz_file_remove_yes").click().run()
    no_exceptions(at)
    assert [r.id for r in store.list_evidence(claimed, ITEM)] == [keep.id]


def test_a_next_round_shows_last_rounds_file_to_re_verify_and_confirm_clears_the_mark(store, claimed):
    store.add_evidence(claimed, ITEM, png_bytes(), "photo.png")
    nxt = usecases.next_round(store, claimed, date(2027, 3, 1))
    [linked] = store.list_evidence(nxt.id, ITEM)
    assert linked.to_reverify
    at = wizard(nxt.id, "zh_CN")
    assert any("待复核" in m for m in texts(card(at, nxt.id, ITEM), "Markdown"))
    at.button(key=f"wz_file_confirm_{linked.id}").click().run()
    no_exceptions(at)
    [after] = store.list_evidence(nxt.id, ITEM)
    assert not after.to_reverify
    assert not any(b.key == f"wz_file_confirm_{linked.id}" for b in at.button)


def test_a_claim_without_proof_is_flagged_until_a_file_is_added_and_counted_on_the_results_page(store, claimed):
    at = wizard(claimed)
    flag = "Claimed without proof"
    assert any(flag in w for w in texts(card(at, claimed, ITEM), "Warning"))
    assert any("1 item of this step is claimed without proof: 1.1.1" in w.value.replace("\\", "") for w in at.warning)
    results = open_page(make_app("en", claimed), "ui/results.py")
    no_exceptions(results)
    assert any("Claims without proof: 1" in m.value for m in results.markdown)
    upload(at, claimed, [("photo.png", png_bytes(), "image/png")])
    assert not any(flag in w for w in texts(card(at, claimed, ITEM), "Warning"))
    results = open_page(make_app("en", claimed), "ui/results.py")
    assert not any("Claims without proof" in m.value for m in results.markdown)


def test_hostile_file_names_are_shown_literally(store, claimed):
    long_name = "报" * 300 + ".png"
    store.add_evidence(claimed, ITEM, png_bytes(), "<script>alert(1)<script>.png")
    store.add_evidence(claimed, ITEM, png_bytes(), long_name)
    at = wizard(claimed)
    shown = texts(card(at, claimed, ITEM), "Text")
    assert "<script>alert(1)<script>.png" in shown
    assert any(s.startswith("报" * 40) and s.endswith("…") for s in shown)  # shortened on the card
    assert not any("<script>" in m for m in texts(card(at, claimed, ITEM), "Markdown"))


def test_the_portfolio_counts_the_latest_rounds_claims_without_proof(store, claimed):
    at = open_page(make_app("en"), "ui/portfolio.py")
    no_exceptions(at)
    [frame] = [d.value for d in at.dataframe]
    assert frame["unproven"].tolist() == [1]
    store.add_evidence(claimed, ITEM, png_bytes(), "photo.png")
    at.run()
    [frame] = [d.value for d in at.dataframe]
    assert frame["unproven"].tolist() == [0]


def test_a_refused_file_is_explained_in_the_ui_language(store, claimed):
    at = upload(wizard(claimed, "zh_CN"), claimed, [("报告.pdf", EXE, "application/pdf"),
                                                    ("page.txt", b"<html><script>x</script>", "text/plain")])
    errors = [e.value.replace("\\", "") for e in at.error]
    assert any("报告.pdf" in e and "不接受此类文件" in e for e in errors)
    assert any("page.txt" in e and "HTML、SVG 和 XML" in e for e in errors)
    assert store.list_evidence(claimed, ITEM) == []
    at = upload(wizard(claimed, "es"), claimed, [("foto.png", b"just text", "image/png")])
    assert any("la extensión .png" in e.value for e in at.error)
