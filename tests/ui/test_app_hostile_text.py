"""Hostile text in any field (HTML, script tags, markdown, very long strings, emoji, right-to-left) is shown as
text on every page."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.models import Assessment, CatalogRef, Certificate, Enterprise, Response, SpecialBonus, SpecialDeduction
from criteria import default_catalog

from tests.ui.conftest import PAGES, make_app, no_exceptions, open_page

HOSTILE = (
    '<script>alert("x")</script><img src=x onerror=alert(1)> **bold** :red[red] [link](javascript:alert(1)) '
    "![img](http://example.invalid/x.png) # heading `code` $x^2$ مرحبا بالعالم 😀🎉 "
)
LONG = HOSTILE + "长" * 400


@pytest.fixture
def hostile_world(store):
    catalog = default_catalog()
    ent_value = Enterprise(name=LONG[:500], credit_code="<b>x</b>", industry=HOSTILE, address=HOSTILE, contact=HOSTILE)
    ent = store.add_enterprise(ent_value)
    responses = (
        Response(item="1.1.1", result="met", note=LONG * 5, evidence=("<script>", "e1")),
        Response(item="1.1.2", result="excluded", justification=HOSTILE),
        Response(item="1.2.1", result="partial", samples=10, failed_samples=3, note=HOSTILE, action=HOSTILE, owner=HOSTILE),
    )
    stored = store.add_assessment(
        ent.id,
        Assessment(
            catalog=CatalogRef(id=catalog.id, version=catalog.version), enterprise=ent_value,
            assessed_on=date(2026, 1, 2), assessor=HOSTILE, responses=responses,
            special_deductions=(SpecialDeduction(category="law", description=HOSTILE, corrective_action=LONG),),
            special_bonus=SpecialBonus(description=HOSTILE),
        ),
    )
    store.next_round(stored.id, date(2026, 6, 1))
    store.add_certificate(ent.id, Certificate(number="<i>N</i>-1", issued_on=date(2025, 1, 1), level="three_star"))
    return stored


def _texts(at) -> list[str]:
    out = []
    for kind in ("markdown", "caption", "error", "warning", "info", "success", "subheader", "title", "header"):
        out += [str(e.value) for e in getattr(at, kind)]
    return out


@pytest.mark.parametrize("page", PAGES)
def test_hostile_text_is_shown_as_text_on_every_page(hostile_world, page):
    at = open_page(make_app("en", hostile_world.id), page)
    no_exceptions(at)
    assert not at.get("html"), "no raw HTML element is ever drawn"
    for text in _texts(at):
        assert "<script>" not in text, text[:200]
        assert "](javascript:" not in text, text[:200]
        assert ":red[" not in text, text[:200]


def test_very_long_names_are_shortened_in_headings(hostile_world):
    at = open_page(make_app("en", hostile_world.id), "ui/wizard.py")
    assert all(len(h.value) < 400 for h in at.subheader)
