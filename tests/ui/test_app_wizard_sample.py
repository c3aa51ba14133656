"""On a sampled item judged on service records, the wizard draws the sample from the enterprise's records and
writes it into the item, with a versioned save."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.models import Enterprise
from assessment.records.mapping import ColumnMapping
from assessment.records.reading import parse_table
from assessment.records.validation import validate

from tests.ui.conftest import make_app, no_exceptions, open_page

ROWS = "\n".join(
    f"C{i},complaint,2026-0{1 + i % 9}-{1 + i % 27:02d} 09:00,2026-0{1 + i % 9}-{1 + i % 27:02d} 10:00,"
    + ("" if i % 5 == 0 else f"2026-0{1 + i % 9}-{1 + i % 27:02d} 18:00") for i in range(40))
CSV = "id,kind,received_at,acknowledged_at,resolved_at\n" + ROWS + "\n"


@pytest.fixture
def with_records(store):
    ent = store.add_enterprise(Enterprise(name="甲公司", kind="seller"))
    aid = store.new_assessment(ent.id, date(2026, 11, 1)).id
    store.upsert_records(ent.id, validate(parse_table(CSV.encode(), "c.csv"), ColumnMapping()))
    return store, aid


def test_drawing_a_sample_writes_samples_failures_and_record_ids_into_the_item(with_records):
    store, aid = with_records
    at = open_page(make_app("en", aid), "ui/wizard.py")
    at.button(key=f"wz_step_{aid}_3.2").click().run()
    no_exceptions(at)
    assert any("Draw a sample from records (Complaint: 40)" in e.label for e in at.expander)
    go = next(b for b in at.button if b.key and b.key.endswith("3.2.2.sample_go"))
    go.click().run()
    no_exceptions(at)
    response = store.get_assessment(aid).assessment.response_map()["3.2.2"]
    assert response.samples == 10 and 0 < response.failed_samples <= 10  # a fifth of the records are open
    assert response.result == "partial"
    assert "[records sample]" in response.note
    assert any("Sample written: 10 records" in s.value for s in at.success)


def test_no_panel_without_records_of_the_items_kind(with_records):
    store, aid = with_records
    at = open_page(make_app("en", aid), "ui/wizard.py")
    at.button(key=f"wz_step_{aid}_2.4").click().run()  # repairs: none loaded
    no_exceptions(at)
    assert not any("Draw a sample from records" in e.label for e in at.expander)
