"""The report's section of claims without proof: met or partial answers with no evidence file and no evidence seen
on site ticked, listed when the caller gives the files per item, absent when it does not."""

from __future__ import annotations

from report_fixtures import REPORT_DATE

from assessment.models import Response
from assessment.proof import unproven_claims
from reports import build_report, render_html


def _claimed(catalog, strong):
    """`strong` with 1.1.1 met on a document only (no file yet) and 1.1.2 partial with its on-site visit ticked."""
    responses = {r.item: r for r in strong.responses}
    responses["1.1.1"] = Response(item="1.1.1", result="met", evidence=("org-chart",))
    responses["1.1.2"] = Response(item="1.1.2", result="partial", samples=5, failed_samples=1,
                                  evidence=("outlet-visit",))
    return strong.model_copy(update={"responses": tuple(responses.values())})


def test_the_report_lists_the_claims_without_proof_in_a_section(catalog, strong):
    assessment = _claimed(catalog, strong)
    data = build_report(catalog, assessment, today=REPORT_DATE, lang="en", evidence_files={})
    ids = [u.item_id for u in data.unproven]
    assert ids == list(unproven_claims(catalog, assessment, {}))
    assert "1.1.1" in ids and "1.1.2" not in ids  # an on-site entry ticked is proof
    html = render_html(data)
    assert 'id="sec-unproven"' in html and "Claims without proof" in html
    assert f"{len(ids)} in all" in html
    assert '<td class="id">1.1.1</td>' in html


def test_a_file_for_the_item_takes_it_off_the_list(catalog, strong):
    assessment = _claimed(catalog, strong)
    before = build_report(catalog, assessment, today=REPORT_DATE, lang="zh", evidence_files={}).unproven
    after = build_report(catalog, assessment, today=REPORT_DATE, lang="zh", evidence_files={"1.1.1": 2}).unproven
    assert "1.1.1" in [u.item_id for u in before] and "1.1.1" not in [u.item_id for u in after]
    assert len(after) == len(before) - 1


def test_without_the_files_per_item_the_report_has_no_such_section(catalog, strong):
    html = render_html(build_report(catalog, strong, today=REPORT_DATE, lang="es"))
    assert "sec-unproven" not in html


def test_the_section_words_are_in_each_language(catalog, strong):
    for lang, title in (("zh", "无证据支撑的判定"), ("es", "Valoraciones sin evidencia")):
        html = render_html(build_report(catalog, _claimed(catalog, strong), today=REPORT_DATE, lang=lang,
                                        evidence_files={}))
        assert title in html
