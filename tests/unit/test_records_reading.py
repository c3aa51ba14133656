"""Reading a company's export: encodings, .xlsx, mappings and every row checked with its place named."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook

from assessment.records.mapping import ColumnMapping, MappingError, parse_mapping
from assessment.records.reading import ReadError, parse_table
from assessment.records.validation import RecordsInvalid, validate

HEADER = "id,kind,received_at,acknowledged_at,resolved_at,category,satisfied\n"
ROW = "C1,complaint,2026-03-01 09:00,2026-03-01 10:00,2026-03-02 09:00,质量,是\n"


def frame(text: str, kind=None, mapping=None, encoding="utf-8"):
    return validate(parse_table(text.encode(encoding), "x.csv"), mapping or ColumnMapping(), kind=kind)


def problems(text: str, kind=None, mapping=None, lang="en"):
    with pytest.raises(RecordsInvalid) as info:
        frame(text, kind, mapping)
    return info.value.messages(lang)


@pytest.mark.parametrize("encoding, prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b"")])
def test_utf8_bom_and_gb18030_files_read_the_same(encoding, prefix):
    table = parse_table(prefix + (HEADER + ROW).encode(encoding), "x.csv")
    records = validate(table, ColumnMapping())
    assert records["category"][0] == "质量" and records["id"][0] == "C1"


def test_local_times_are_stored_in_utc_and_offsets_are_honoured():
    records = frame(HEADER + ROW + "C2,complaint,2026-03-01T09:00:00+00:00,,,质量,\n")
    assert str(records["received_at"][0]) == "2026-03-01 01:00:00+00:00"
    assert str(records["received_at"][1]) == "2026-03-01 09:00:00+00:00"


def test_slashes_and_seconds_as_chinese_excel_writes_them_are_read():
    records = frame(HEADER + "C1,complaint,2026/03/01 09:00:30,,,,\n")
    assert str(records["received_at"][0]) == "2026-03-01 01:00:30+00:00"


def test_an_xlsx_with_real_dates_and_chinese_headers_is_read():
    book = Workbook()
    sheet = book.active
    sheet.append(["工单号", "受理时间", "办结时间", "投诉类别"])
    from datetime import datetime
    sheet.append(["A-1", datetime(2026, 3, 1, 9, 0), datetime(2026, 3, 2, 9, 0), "质量"])
    sheet.append([None, None, None, None])
    buffer = io.BytesIO()
    book.save(buffer)
    records = validate(parse_table(buffer.getvalue(), "x.xlsx"), ColumnMapping(), kind="complaint")
    assert list(records["id"]) == ["A-1"] and records["category"][0] == "质量"


def test_every_bad_row_is_named_with_row_column_and_what_and_nothing_is_returned():
    text = HEADER + ROW + ("C2,complaint,2026-02-30 09:00,,,,\n"
                           "C1,complaint,2026-03-01 09:00,,,,\n"
                           "C3,nonsense,2026-03-01 09:00,,,,\n"
                           "C4,complaint,2026-03-05 09:00,,2026-03-04 09:00,,maybe\n"
                           ",complaint,,,,,\n")
    messages = problems(text)
    assert messages == [
        "x.csv: row 3, column 'received_at': '2026-02-30 09:00' is not a valid time (write YYYY-MM-DD HH:MM[:SS] "
        "or ISO 8601)",
        "x.csv: row 4, column 'id': the id 'C1' appears twice in the file (first in row 2)",
        "x.csv: row 5, column 'kind': unknown kind 'nonsense' (use one of: complaint, repair, delivery, "
        "installation, return)",
        "x.csv: row 6, column 'resolved_at': is before the time received (2026-03-05 09:00)",
        "x.csv: row 6, column 'satisfied': 'maybe' is not a satisfaction value (use yes/no, 1/0, true/false, 是/否)",
        "x.csv: row 7, column 'id': must not be empty",
        "x.csv: row 7, column 'received_at': must not be empty",
    ]
    assert problems(text, lang="zh")[0].startswith("x.csv: 第 3 行，“received_at”列：")


def test_a_kind_other_than_the_one_asked_for_is_refused():
    assert "asked for repair" in problems(HEADER + ROW, kind="repair")[0]


def test_a_file_without_kind_needs_the_kind_flag():
    text = "id,received_at\nC1,2026-03-01 09:00\n"
    assert "give --kind" in problems(text)[0]
    assert list(frame(text, kind="repair")["kind"]) == ["repair"]


def test_the_same_id_under_two_kinds_is_two_records():
    text = HEADER + ROW + ROW.replace("complaint", "repair")
    assert len(frame(text)) == 2


def test_far_dates_are_refused_by_name():
    assert "not between 1990-01-01 and 2199-12-31" in problems(HEADER + "C1,complaint,1900-01-01 09:00,,,,\n")[0]


def test_a_mapping_names_the_companys_own_headers_and_keeps_extra_columns_only_on_purpose():
    text = "单号,登记,客户姓名,电话\nA1,2026-03-01 09:00,张三,138\n"
    mapping = parse_mapping("columns:\n  id: 单号\n  received_at: 登记\nextra:\n  customer: 客户姓名\n")
    records = frame(text, kind="complaint", mapping=mapping)
    assert records["extra"][0] == {"customer": "张三"}
    assert "电话" not in str(records.to_dict())


def test_a_mapping_to_a_missing_header_names_the_headers_there_are():
    mapping = parse_mapping("id: 单号\nreceived_at: 受理\n")
    assert "the file has no such column" in problems("编号,受理时间\nA,2026-03-01 09:00\n", "complaint", mapping)[0]


@pytest.mark.parametrize("text, words", [
    ("columns: [1, 2]", "columns"),
    ("columns:\n  name: 客户\n", "unknown field"),
    ("id: &a 单号\nreceived_at: *a\n", "aliases"),
    ("time_zone: Mars/Base\n", "unknown time zone"),
    ("id: [unclosed\n", "not valid YAML"),
])
def test_a_bad_mapping_file_says_what_is_wrong(text, words):
    with pytest.raises(MappingError, match=words):
        parse_mapping(text, "m.yaml")


@pytest.mark.parametrize("data, words", [
    (b"%PDF-1.7 ...", "not a CSV"),
    (b"\x89PNG\r\n\x1a\n....", "not a CSV"),
    (b"id,received_at\x00\n", "NUL"),
    (b"", "empty"),
    (b"PK\x03\x04garbage", "not a readable archive"),
])
def test_a_file_that_is_not_what_its_name_says_is_refused(data, words):
    with pytest.raises(ReadError, match=words):
        parse_table(data, "x.csv")


def test_a_zip_that_is_not_a_workbook_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ReadError, match="not an Excel workbook"):
        parse_table(buffer.getvalue(), "x.xlsx")


def test_a_compression_bomb_workbook_is_refused_before_it_is_unpacked():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (50 * 1024 * 1024))
    with pytest.raises(ReadError, match="compression bomb"):
        parse_table(buffer.getvalue(), "x.xlsx")


def test_a_header_twice_is_refused():
    with pytest.raises(ReadError, match="appears twice"):
        parse_table(b"id,id\n1,2\n", "x.csv")


def test_hostile_text_is_kept_as_text():
    records = frame(HEADER + 'C1,complaint,2026-03-01 09:00,,,"=HYPERLINK(""x"")<script>",\n')
    assert records["category"][0] == '=HYPERLINK("x")<script>'
