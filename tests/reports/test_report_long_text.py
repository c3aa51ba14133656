"""Long unbroken text wraps inside the page (and stays whole); line-break opportunities only where they are needed.

No timing here: the time of such a report against a plain one is a figure of bench/bench_report.py.
"""

from __future__ import annotations

import subprocess
from html.parser import HTMLParser

import pytest
from report_fixtures import REPORT_DATE, long_text_assessment, unbroken

from reports import build_report, render_html, write_pdf
from reports.breaks import CHUNK, RUN_LIMIT, ZWSP, break_long_runs

LENGTH = 3_000  # enough for many lines in every column; the benchmark uses 20,000
A4_WIDTH_PT = 595.28
RIGHT_MARGIN_PT = 18 / 25.4 * 72


# --- break_long_runs --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Corrective action agreed with the service manager on 3 March.",
        "internacionalización responsabilidades",  # long words of running text
        "售后服务记录抽查说明。" * 50,  # CJK breaks between any two characters already
        "x" * RUN_LIMIT,
    ],
)
def test_ordinary_text_is_left_as_it_is(text):
    assert break_long_runs(text) == text


def test_a_long_run_gets_a_break_opportunity_every_few_characters_and_keeps_every_character():
    text = "Note: " + unbroken(1_000) + " end 服务" + unbroken(RUN_LIMIT + 1)
    out = break_long_runs(text)
    assert out.replace(ZWSP, "") == text
    pieces = [p for chunk in out.split() for p in chunk.split(ZWSP)]
    assert max(len(p) for p in pieces) <= CHUNK + len("服务")
    assert out.count(ZWSP) == 99 + 2  # cuts at 10, 20 ... 990 of the first run, 10 and 20 of the second


@pytest.mark.parametrize(
    "unit",
    [
        "e\u0301",  # e + combining acute
        "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # family emoji joined by ZWJ
        "\u2764\ufe0f",  # heart + variation selector
        "\U0001f44d\U0001f3fd",  # thumbs up + skin tone
        "\U0001f1e8\U0001f1f3",  # flag: two regional indicators
    ],
)
def test_no_break_goes_inside_a_character_that_draws_as_one(unit):
    for offset in range(3):  # wherever the units start against the chunk size
        text = "a" * offset + unit * 40
        out = break_long_runs(text)
        assert out.replace(ZWSP, "") == text
        for piece in out.split(ZWSP)[1:]:
            assert piece.startswith(unit), (offset, piece[:6])
        assert ZWSP in out


# --- the PDF ----------------------------------------------------------------------------------------------------


class Words(HTMLParser):
    """The words of `pdftotext -bbox` in reading order: (page number, yMin, xMax, text), and each page's size."""

    def __init__(self):
        super().__init__()
        self.pages: list[tuple[float, float]] = []
        self.words: list[tuple[int, float, float, str]] = []
        self._box = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "page":
            self.pages.append((float(a["width"]), float(a["height"])))
        elif tag == "word":
            self._box = (float(a["ymin"]), float(a["xmax"]))

    def handle_data(self, data):
        if self._box is not None:
            self.words.append((len(self.pages), *self._box, data.replace(ZWSP, "")))
            self._box = None


def pdf_words(pdf: bytes) -> Words:
    out = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True)
    parser = Words()
    parser.feed(out.stdout.decode("utf-8"))
    return parser


def printed_whole(fields: list[str], words: Words) -> list[str]:
    """The fields that cannot be read back whole from the page bodies (running header and footer left out).

    A field wrapped onto several lines is several words; where columns stand side by side their lines alternate in
    reading order. Each field is matched line by line from its first line on, forward only, and each word serves
    one field: a line missing from one column cannot be made up from the other."""
    body = [text for page, y, _, text in words.words if 60 < y < words.pages[page - 1][1] - 56]
    used = [False] * len(body)
    missing = []
    for field in fields:
        pos, i = 0, 0
        while pos < len(field) and i < len(body):
            word = body[i]
            if not used[i] and field.startswith(word, pos) and (len(word) > 1 or pos + 1 == len(field)):
                used[i] = True
                pos += len(word)
            i += 1
        if pos < len(field):
            missing.append(field[:12])
    return missing


@pytest.fixture(scope="module", params=["zh", "es"])
def long_report(request, catalog):
    assessment = long_text_assessment(catalog, length=LENGTH)
    data = build_report(catalog, assessment, today=REPORT_DATE, lang=request.param)
    pdf = write_pdf(render_html(data))
    return assessment, pdf


def test_long_unbroken_deduction_text_wraps_inside_the_page(long_report):
    assessment, pdf = long_report
    words = pdf_words(pdf)
    assert words.pages and all(abs(w - A4_WIDTH_PT) < 1 for w, _ in words.pages)
    right_edge = A4_WIDTH_PT - RIGHT_MARGIN_PT + 1  # the text area of a page (the cover's is narrower)
    beyond = [(page, round(x), text[:20]) for page, _, x, text in words.words if x > right_edge]
    assert not beyond, beyond[:5]
    deductions = [d.description for d in assessment.special_deductions]
    deductions += [a.description for a in assessment.actions if a.deduction is not None]
    assert printed_whole(deductions, words) == []


def test_every_long_field_of_the_findings_and_the_action_plan_is_printed_whole(long_report):
    assessment, pdf = long_report
    long_actions = [a for a in assessment.actions if a.item is not None and len(a.description) == LENGTH]
    assert len(long_actions) == 6
    long_ones = [r for r in assessment.responses if r.item in {a.item for a in long_actions}]
    justification = next(r.justification for r in assessment.responses if r.result == "excluded")
    fields = [t for r in long_ones for t in (r.note, r.evidence[0])] + [justification]
    fields += [t for a in long_actions for t in (a.description, a.owner)] + [assessment.special_bonus.description]
    assert printed_whole(fields, pdf_words(pdf)) == []


def test_a_long_corrective_action_gets_a_row_of_the_tables_whole_width(catalog, strong):
    html = render_html(build_report(catalog, long_text_assessment(catalog, length=LENGTH), today=REPORT_DATE,
                                    lang="en"))
    plan = html[html.index('id="sec-actions"'):html.index('id="sec-calendar"')]
    assert plan.count('<td colspan="5">') == plan.count("See below") == 6
    assert plan.count('class="odd long-head') + plan.count('class="even long-head') == 6
    short = render_html(build_report(catalog, strong, today=REPORT_DATE, lang="en"))
    short_plan = short[short.index('id="sec-actions"'):short.index('id="sec-calendar"')]
    assert "colspan" not in short_plan and "See below" not in short_plan
    assert "将服务文化培训纳入新员工入职培训" in short_plan  # a short action stays in its column
