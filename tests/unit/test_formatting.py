"""Numbers and widths for display: one module, used by the report, the workbook and the app."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from assessment.formatting import clip, display_width, fixed, long_date, num, one_line, signed


def test_a_chinese_character_takes_two_cells_and_a_latin_letter_one():
    assert display_width("售后ab") == 6


def test_clipping_mixed_text_never_exceeds_the_cells_it_is_given():
    text = "售后服务 after-sales service 评价体系"
    for cells in range(2, 40):
        clipped = clip(text, cells)
        assert display_width(clipped) <= cells, (cells, clipped)
    assert clip("short", 10) == "short"


def test_one_line_flattens_whitespace_and_shortens_to_the_limit():
    assert one_line("a\n\nb   c", 80) == "a b c"
    assert one_line("abcdefghij", 5) == "abcd…"


def test_points_round_half_up_with_a_decimal_comma_in_spanish():
    assert num(Fraction(5, 2), "es", 0) == "3"
    assert num(Fraction(1234, 100), "es") == "12,34"
    assert fixed(Fraction(1, 2), "en", 1) == "0.5"
    assert signed(Fraction(-1, 20), "en", 1) == "−0.1"
    assert signed(Fraction(1, 100), "en", 1) == "0.0"


def test_a_long_date_in_each_language():
    d = date(2025, 3, 5)
    assert [long_date(d, lang) for lang in ("zh", "en", "es")] == ["2025年3月5日", "5 March 2025", "5 de marzo de 2025"]
