"""The fill-in workbook in the app (AppTest): uploaded, its problems or a preview of its changes shown, applied with
the version read at preview time, and "saved" only once the store has saved it."""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import load_workbook

from assessment.fillin.layout import column_letter
from reports.fillin import fill_workbook
from tests.ui.conftest import make_app, no_exceptions, open_page

PAGE = "ui/transfer.py"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def workbook(store, stored, cells: dict, lang: str = "en") -> bytes:
    catalog = store.catalog(stored.assessment.catalog.id, stored.assessment.catalog.version)
    wb = load_workbook(io.BytesIO(fill_workbook(catalog, stored, lang, datetime(2026, 12, 2, 9, 0))))
    ws = wb.worksheets[1]
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    for (item, field), value in cells.items():
        ws[f"{column_letter(field)}{rows[item]}"] = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def uploaded(stored, data: bytes):
    at = open_page(make_app("en", stored.id), PAGE)
    return at.file_uploader(key="trf_upload").upload("fill.xlsx", data, XLSX).run()


def texts(elements) -> str:
    """The texts of alerts, their Markdown escapes removed."""
    return "\n".join(e.value for e in elements).replace("\\", "")


def test_an_uploaded_workbook_is_previewed_then_applied_and_saved(store, certified_world):
    second = certified_world["second"]
    assert second.assessment.response_map()["1.1.1"].result == "not_met"
    data = workbook(store, second, {("1.1.1", "result"): "Met", ("1.1.1", "note"): "=HYPERLINK(\"x\")"})
    at = uploaded(second, data)
    no_exceptions(at)
    (table,) = at.dataframe  # the changes (no conflicts: the workbook is not stale)
    frame = table.value
    assert list(frame["Item"]) == ["1.1.1", "1.1.1"] and list(frame["After"]) == ["Met", "'=HYPERLINK(\"x\")'"]
    assert store.get_assessment(second.id).version == second.version  # a preview writes nothing
    at = at.button(key="trf_apply").click().run()
    no_exceptions(at)
    saved = store.get_assessment(second.id)
    assert saved.version == second.version + 1
    assert saved.assessment.response_map()["1.1.1"].result == "met"
    assert saved.assessment.response_map()["1.1.1"].note == '=HYPERLINK("x")'
    assert "Saved. Cells changed: 2" in texts(at.success)


def test_bad_cells_are_listed_by_sheet_row_and_column_and_nothing_can_be_applied(store, certified_world):
    second = certified_world["second"]
    at = uploaded(second, workbook(store, second, {("1.2.1", "samples"): "twelve"}))
    no_exceptions(at)
    assert "nothing was written" in texts(at.error) and "column G (Samples): 'twelve' is not a whole number" in \
        texts(at.error)
    assert not [b for b in at.button if b.key == "trf_apply"]


def test_a_change_saved_elsewhere_after_the_preview_stops_the_apply(store, certified_world):
    second = certified_world["second"]
    at = uploaded(second, workbook(store, second, {("1.1.1", "note"): "from the workbook"}))
    assert [b for b in at.button if b.key == "trf_apply"]
    store.update_header(second.id, second.version, second.assessment.assessed_on, "另一位评价员")  # another tab
    at = at.button(key="trf_apply").click().run()
    no_exceptions(at)
    assert "changed elsewhere since this preview; nothing was saved" in texts(at.error)
    assert store.get_assessment(second.id).assessment.response_map()["1.1.1"].note != "from the workbook"
    assert not at.success


def test_a_file_that_is_not_a_fill_in_workbook_is_refused(store, certified_world):
    from openpyxl import Workbook

    buf = io.BytesIO()
    Workbook().save(buf)
    at = uploaded(certified_world["second"], buf.getvalue())
    no_exceptions(at)
    assert "not a fill-in workbook of this app" in texts(at.error)

