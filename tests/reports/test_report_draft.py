"""A round with answers still to re-verify is a draft: watermark on every page, and the count on the cover."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from report_fixtures import REPORT_DATE

from reports import build_report, render_html, write_pdf


def to_reverify(assessment, n: int):
    """`assessment` with its first `n` answers copied from the previous round and not yet re-verified."""
    responses = tuple(r.model_copy(update={"to_reverify": i < n}) for i, r in enumerate(assessment.responses))
    return assessment.model_copy(update={"responses": responses})


@pytest.mark.parametrize(
    "lang, n, notice",
    [
        ("en", 1, "Draft: 1 answer is still to re-verify (copied from the previous round)."),
        ("en", 3, "Draft: 3 answers are still to re-verify (copied from the previous round)."),
        ("es", 1, "Borrador: queda 1 respuesta por reverificar (copiada de la ronda anterior)."),
        ("es", 3, "Borrador: quedan 3 respuestas por reverificar (copiadas de la ronda anterior)."),
        ("zh", 3, "草稿：尚有 3 项回答待复核（沿用上一轮的结果）"),
    ],
)
def test_answers_to_reverify_make_a_complete_round_a_draft_with_the_count(catalog, strong, lang, n, notice):
    data = build_report(catalog, to_reverify(strong, n), today=REPORT_DATE, lang=lang)
    assert data.draft and data.reverify_count == n
    assert data.reverify_notice.startswith(notice)
    assert data.draft_notice == ""  # every item is assessed: only the re-verification makes it a draft


def test_a_round_with_nothing_to_reverify_and_nothing_unanswered_is_no_draft(catalog, strong):
    data = build_report(catalog, strong, today=REPORT_DATE, lang="en")
    assert not data.draft and data.reverify_count == 0 and data.reverify_notice == ""


def test_an_incomplete_round_to_reverify_gives_both_counts(catalog, incomplete):
    data = build_report(catalog, to_reverify(incomplete, 2), today=REPORT_DATE, lang="en")
    assert data.draft and data.draft_notice.startswith("Draft: items not yet assessed:")
    assert data.reverify_notice.startswith("Draft: 2 answers are still to re-verify")


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text without white space (pypdf reads the rotated watermark as one word, poppler does not)."""
    return [re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("lang, mark", [("es", "BORRADOR"), ("zh", "草稿")])
def test_report_of_a_round_to_reverify_is_marked_draft_with_the_count(catalog, strong, lang, mark):
    data = build_report(catalog, to_reverify(strong, 4), today=REPORT_DATE, lang=lang)
    html = render_html(data)
    assert html.count('class="watermark"') == 1  # one fixed element, repeated on every page by the layout
    pages = pages_text(write_pdf(html))
    assert len(pages) > 10 and all(mark in page for page in pages)
    notice = re.sub(r"\s+", "", data.reverify_notice)
    assert "4" in notice and notice in pages[0]  # the cover
