"""render_html and the charts: the HTML given to WeasyPrint (fast: no PDF here)."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from report_fixtures import HOSTILE, LONG_NOTE, REPORT_DATE

from reports import ReportError, build_report, render_html
from reports import charts
from reports.breaks import break_long_runs
from reports.render import css_string, page_counter_content


@pytest.fixture(scope="module")
def html_zh(catalog, strong, previous):
    return render_html(build_report(catalog, strong, previous=previous, today=REPORT_DATE))


@pytest.fixture(scope="module")
def hostile_html(catalog, hostile):
    return render_html(build_report(catalog, hostile, today=REPORT_DATE, lang="en"))


class Elements(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict]]:
    parser = Elements()
    parser.feed(html)
    return parser.tags


def test_sections_come_in_the_order_of_the_issue(html_zh):
    ids = re.findall(r'<h2 id="(sec-[a-z]+)"', html_zh)
    assert ids == [
        "sec-summary", "sec-scores", "sec-findings", "sec-exclusions", "sec-actions", "sec-comparison",
        "sec-calendar", "sec-method",
    ]
    assert html_zh.index('id="cover"') < html_zh.index('id="contents"') < html_zh.index('id="sec-summary"')


def test_contents_link_to_every_section(html_zh):
    links = re.findall(r'<li><a href="#(sec-[a-z]+)">', html_zh)
    assert links == re.findall(r'<h2 id="(sec-[a-z]+)"', html_zh)


def test_the_comparison_is_left_out_without_an_earlier_round(catalog, strong):
    html = render_html(build_report(catalog, strong, today=REPORT_DATE))
    assert "sec-comparison" not in html


def test_html_is_chinese_first_and_self_contained(html_zh):
    assert html_zh.startswith("<!DOCTYPE html>")
    assert '<html lang="zh-CN">' in html_zh
    assert "Noto Sans CJK SC" in html_zh
    assert "<link" not in html_zh  # the stylesheet is inline: the --html file is exactly what WeasyPrint got
    assert "var(--" not in html_zh
    assert 'content: "第 " counter(page) " 页，共 " counter(pages) " 页"' in html_zh


def test_the_watermark_is_only_on_drafts(catalog, incomplete, html_zh):
    draft = render_html(build_report(catalog, incomplete, today=REPORT_DATE))
    assert '<div class="watermark" aria-hidden="true">草稿</div>' in draft
    assert 'class="watermark"' not in html_zh


def test_charts_are_inline_svg_with_the_indicator_names(html_zh, catalog):
    radar = re.search(r'<svg[^>]*class="chart radar".*?</svg>', html_zh, re.S).group(0)
    for ind in catalog.indicators():
        assert ind.name.zh in radar or all(part in radar for part in charts.wrap(f"{ind.id} {ind.name.zh}", 9.5, 150))
    assert radar.count("<circle") == sum(1 for _ in catalog.indicators())
    assert "Noto Sans CJK SC" in radar
    assert 'class="chart bars"' in html_zh


def test_rendering_in_another_language_than_the_data_is_refused(catalog, strong):
    data = build_report(catalog, strong, today=REPORT_DATE, lang="en")
    assert render_html(data, "en") == render_html(data)
    with pytest.raises(ReportError, match="build it again"):
        render_html(data, "zh")


def test_hostile_text_is_escaped_never_markup(hostile_html):
    tags = elements(hostile_html)
    assert not [t for t, a in tags if t == "img"]
    assert not [a for t, a in tags if t == "a" and a.get("rel") == "attachment"]
    assert [t for t, _ in tags].count("style") == 1
    assert "file:///etc/passwd" in hostile_html  # still shown, as text
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in hostile_html
    assert "{{ 7*7 }}" in hostile_html and ">49<" not in hostile_html
    assert HOSTILE["emoji"] in hostile_html and HOSTILE["rtl"] in hostile_html
    # the whole note, its 5,000-letter run with a line-break opportunity every few letters
    assert break_long_runs(LONG_NOTE).replace('"', "&#34;") in hostile_html


def test_chart_labels_are_escaped():
    svg = charts.radar([charts.Point(f"<b>{i}</b>&", 50.0, "50") for i in range(5)], 'a"b')
    assert "<b>" not in svg and "&lt;b&gt;" in svg and "&amp;" in svg and 'aria-label="a&quot;b"' in svg


def test_a_radar_with_too_few_points_is_an_empty_figure():
    assert "<polygon" not in charts.radar([charts.Point("a", 1.0, "1")])


def test_not_applicable_indicators_are_hollow_points():
    svg = charts.radar([charts.Point("a", None, "n/a"), charts.Point("b", 80.0, "80"), charts.Point("c", 100.0, "100")])
    assert 'fill="white"' in svg


@pytest.mark.parametrize(
    "text, width, lines",
    [
        ("组织架构", 100, ["组织架构"]),
        ("Take-back of end-of-life goods", 60, ["Take-back of", "end-of-life", "goods"]),
        ("Take-back of end-of-life goods", 400, ["Take-back of end-of-life goods"]),
        ("配送（含安装调试）", 50, ["配送（含安", "装调试）"]),
    ],
)
def test_labels_wrap_at_spaces_or_between_cjk_characters(text, width, lines):
    assert charts.wrap(text, 10, width) == lines


@pytest.mark.parametrize("value", ['a"b', "a\\b", "</style>", "x}y{z", "a\nb", "a'b;c", "页 1"])
def test_css_strings_cannot_break_out(value):
    literal = css_string(value)
    body = literal[1:-1]
    assert literal.startswith('"') and literal.endswith('"')
    assert not set('"\\<>{}\n\'') & set(re.sub(r"\\[0-9a-f]+ ", "", body))


def test_page_counter_content_alternates_strings_and_counters():
    assert page_counter_content("Page {page} of {pages}") == '"Page " counter(page) " of " counter(pages)'
    assert page_counter_content("{page}/{pages}") == 'counter(page) "/" counter(pages)'


def test_importing_the_report_cli_does_not_import_weasyprint():
    code = "import sys, reports.batch, assessment.cli.report_run, reports; assert 'weasyprint' not in sys.modules, 'weasyprint imported'"
    subprocess.run([sys.executable, "-c", code], check=True)
