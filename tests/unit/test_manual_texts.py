"""Every sentence the manual is drafted from exists in the three languages, with the same placeholders, and the
cover and the closing chapter come from the profile and the catalog."""

from __future__ import annotations

import importlib
import pkgutil
import string
from datetime import date

import pytest

import reports.manual
from assessment.models import Enterprise
from assessment.profile import DocumentControl, default_profile
from criteria import default_catalog
from reports.manual.build import build_manual

LANGS = ("zh", "en", "es")


def text_tables():
    for info in pkgutil.walk_packages(reports.manual.__path__, "reports.manual."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if name.endswith("TEXTS") and isinstance(value, dict):
                yield f"{info.name}.{name}", value


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


TABLES = dict(text_tables())


def test_the_manual_has_text_tables_to_check():
    assert "reports.manual.build.TEXTS" in TABLES and len(TABLES) >= 10


@pytest.mark.parametrize("table", sorted(TABLES))
def test_every_row_is_written_in_three_languages_with_the_same_placeholders(table):
    problems = []
    for key, row in TABLES[table].items():
        if not (isinstance(row, tuple) and len(row) == 3 and all(isinstance(t, str) and t.strip() for t in row)):
            problems.append(f"{key}: not three non-empty texts")
            continue
        fields = [placeholders(t) for t in row]
        if not fields[0] == fields[1] == fields[2]:
            problems.append(f"{key}: placeholders differ {fields}")
        if "None" in " ".join(row) or "TBD" in " ".join(row):
            problems.append(f"{key}: a placeholder word")
    assert not problems


def build(lang="zh", **update):
    profile = default_profile("producer").model_copy(update=update)
    return build_manual(profile, Enterprise(name="杭州示例电器有限公司"), default_catalog(), lang, date(2026, 12, 2))


@pytest.mark.parametrize("lang", LANGS)
def test_a_draft_cover_says_it_is_a_draft_not_yet_numbered_or_issued(lang):
    manual = build(lang)
    values = dict(manual.document).values()
    assert manual.draft_notice and all(v.strip() for v in values)
    assert not any("None" in v for v in values)


def test_the_cover_and_header_carry_the_document_control_of_the_profile():
    manual = build("en", document=DocumentControl(number="SH/QM-01", version="B/2", issued_on=date(2026, 11, 20),
                                                  approver="Wang Qiang"))
    assert dict(manual.document) == {"Document number": "SH/QM-01", "Version": "B/2",
                                     "Issue date": "20 November 2026", "Approved by": "Wang Qiang"}
    assert manual.header_text == "杭州示例电器有限公司  SH/QM-01"


def test_chapters_point_at_the_catalog_items_of_their_clauses():
    manual = build()
    assert [i.id for i in manual.chapter("complaints").items] == [
        item.id for indicator in default_catalog().indicators() if indicator.clause == "5.3.2"
        for item in indicator.items]
    served = {i.id for c in manual.chapters for i in c.items}
    assert served == {item.id for _, _, item in default_catalog().iter_items()}


def test_sampled_items_are_listed_as_records_to_keep():
    manual = build()
    listed = {need.item.id for need in manual.records}
    sampled = {item.id for _, _, item in default_catalog().iter_items() if item.method == "sampled"}
    assert sampled <= listed
    assert all(need.records and all(r.strip() for r in need.records) for need in manual.records)


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="language"):
        build("fr")
