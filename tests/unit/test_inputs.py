"""ui/inputs.py's pure helpers: reading a typed date, quoting text into a style sheet."""

from __future__ import annotations

from datetime import date

import pytest

from ui.inputs import DateProblem, css_string, parse_date


@pytest.mark.parametrize("text, expected", [
    ("2026-03-01", date(2026, 3, 1)),
    (" 2026-3-1 ", date(2026, 3, 1)),
    ("2026/03/01", date(2026, 3, 1)),
    ("2026.03.01", date(2026, 3, 1)),
    ("２０２６－０３－０１", date(2026, 3, 1)),
    ("1990-01-01", date(1990, 1, 1)),
    ("2199-12-31", date(2199, 12, 31)),
    ("2024-02-29", date(2024, 2, 29)),
])
def test_a_date_is_read_as_year_month_day(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2025-02-29", "2026-04-31", "2026-00-10", "1989-12-31", "2200-01-01", "01/03/2026",
                                  "2026-03", "tomorrow", "2026-03-01T10:00", "20260301"])
def test_anything_but_a_calendar_day_in_range_is_refused(text):
    with pytest.raises(DateProblem):
        parse_date(text)


def test_an_empty_optional_date_is_none_and_a_required_one_is_refused():
    assert parse_date("  ", required=False) is None
    with pytest.raises(DateProblem):
        parse_date("", required=True)


def test_css_strings_cannot_end_the_string_or_the_style_sheet():
    hostile = 'a"b\\c\n</style><script>x</script>\'; } body { display:none'
    quoted = css_string(hostile)
    inner = quoted[1:-1]
    assert quoted.startswith('"') and quoted.endswith('"')
    assert not set(inner) & set("\"'\\<>{};\n") - {"\\"}
    assert all(part[:6].isalnum() for part in inner.split("\\")[1:])  # every backslash starts a 6-digit escape
    assert css_string("选择文件 A1") == '"选择文件\\000020A1"'


def test_the_upload_box_hides_streamlits_english_texts_from_screen_readers_too():
    from ui.inputs import upload_css

    css = upload_css("imp_file", {"button": "选择文件", "limit": "每个文件最大 5 MB", "drop": "拖放", "refused": "拒绝"})
    assert "input[type='file'] { visibility: hidden; }" in css  # its aria-label is the English "file upload"
    [limit] = [line for line in css.splitlines() if "stFileUploaderDropzoneInstructions'] span {" in line]
    assert "visibility: hidden" in limit
    assert "visibility: visible" in css.split("stFileUploaderDropzoneInstructions'] span::after")[1].splitlines()[0]
