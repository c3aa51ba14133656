"""What an evidence file is, decided by its content; the name it is shown under."""

from __future__ import annotations

import io
import zipfile

import pytest

from assessment.evidence import DOCX, JPEG, PDF, PNG, TEXT, CSV, XLSX, EvidenceRefused, clean_name, media_type


def office(member: str, extra: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(member, "<x/>")
        for name in extra:
            z.writestr(name, "x")
    return buffer.getvalue()


@pytest.mark.parametrize("data, name, kind", [
    (b"%PDF-1.7\n...", "报告.pdf", PDF),
    (b"\xff\xd8\xff\xe0....", "photo.jpg", JPEG),
    (b"\x89PNG\r\n\x1a\n....", "屏幕截图.png", PNG),
    (office("word/document.xml"), "manual.docx", DOCX),
    (office("xl/workbook.xml"), "台账.xlsx", XLSX),
    ("投诉登记，第 1 行\n".encode("gb18030"), "note.txt", TEXT),
    (b"id,received_at\n1,2026-03-01\n", "log.csv", CSV),
    (b"just words", "no-extension", TEXT),
])
def test_accepted_types_are_recognised_by_content(data, name, kind):
    assert media_type(data, name) == kind


@pytest.mark.parametrize("data, name, words", [
    (b"MZ\x90\x00\x03", "invoice.pdf", "Windows program"),  # an .exe named .pdf
    (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "logo.png", "SVG"),  # an SVG named .png
    (b"<!DOCTYPE html><html>", "page.txt", "HTML"),
    (b"\x7fELF\x02", "tool", "program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1", "old.doc", "old binary Office"),
    (office("word/document.xml", ("word/vbaProject.bin",)), "macro.docx", "macros"),
    (office("content.xml"), "x.zip", "zip archive"),
    (b"plain words", "fake.png", "named .png"),
    (b"%PDF-1.4", "report.docx", "named .docx"),
    (b"", "empty.txt", "empty"),
    (b"\x00\x01\x02", "data.bin", "binary"),
])
def test_anything_else_is_refused_with_what_it_is(data, name, words):
    with pytest.raises(EvidenceRefused, match=words):
        media_type(data, name)


def test_the_size_limit_applies_before_anything_else():
    with pytest.raises(EvidenceRefused, match="at most 1 MB"):
        media_type(b"%PDF-" + b"0" * (1024 * 1024), "big.pdf", max_bytes=1024 * 1024)


@pytest.mark.parametrize("given, shown", [
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\王丽\\组织架构图.pdf", "组织架构图.pdf"),
    ("re\u202eport\x00\x1f.pdf", "report.pdf"),
    ("...", "file"),
    ("  培训  记录 .docx ", "培训 记录.docx"),
])
def test_the_display_name_has_no_path_parts_or_control_characters(given, shown):
    assert clean_name(given) == shown


def test_a_long_name_keeps_its_extension():
    name = clean_name("a" * 500 + ".xlsx")
    assert len(name) == 200 and name.endswith(".xlsx")
