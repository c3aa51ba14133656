"""The fill-in workbook round trip, pure: written by reports.fillin, edited with openpyxl as a user's spreadsheet
program would, read back and checked against the assessment it was made from."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

from assessment.actions import actions_of_item
from assessment.exchange import read_assessment
from assessment.fillin.changes import change_line, plan_import
from assessment.fillin.layout import COLUMNS, HIDDEN_SHEET, column_letter
from assessment.fillin.reading import FillError, is_fill_workbook, read_workbook
from assessment.models import CorrectiveAction
from criteria import default_catalog
from reports.fillin import fill_workbook

ROOT = Path(__file__).resolve().parents[2]
CATALOG = default_catalog()
ASSESSMENT = read_assessment(str(ROOT / "examples" / "03-three-star.json"))
CREATED = datetime(2026, 12, 2, 9, 30)


def export(assessment=ASSESSMENT, version=3, lang="zh") -> bytes:
    return fill_workbook(CATALOG, SimpleNamespace(id=7, version=version, assessment=assessment), lang, CREATED)


def row_of(ws, item_id: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == item_id)


def edited(data: bytes, cells: dict) -> bytes:
    """The workbook with `cells` ((item, field) -> value) set on its item sheet, saved again by openpyxl."""
    wb = load_workbook(io.BytesIO(data))
    ws = wb.worksheets[1]
    for (item, field), value in cells.items():
        ws[f"{column_letter(field)}{row_of(ws, item)}"] = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def plan_of(data: bytes, current=ASSESSMENT, version=3, lang="en"):
    return plan_import(CATALOG, read_workbook(data, "fill.xlsx"), current, version, lang)


def first(kind_method: str, excludable: bool):
    return next(it.id for _, _, it in CATALOG.iter_items() if it.method == kind_method and it.excludable == excludable)


SAMPLED = first("sampled", False)
QUALITATIVE = first("qualitative", False)
EXCLUDABLE = next(it.id for _, _, it in CATALOG.iter_items() if it.excludable)


def test_an_unchanged_workbook_changes_nothing():
    plan = plan_of(export())
    assert (plan.problems, plan.changes, plan.conflicts, plan.count) == ((), (), (), 0)
    assert plan.updated == ASSESSMENT


def test_edited_result_samples_justification_and_action_cells_come_back_as_changes():
    data = edited(export(), {
        (QUALITATIVE, "result"): "不符合",
        (SAMPLED, "result"): "partial", (SAMPLED, "samples"): 20, (SAMPLED, "failed_samples"): "3",
        (EXCLUDABLE, "result"): "Excluido (no aplicable)", (EXCLUDABLE, "justification"): "只在网上销售，不设网点",
        (QUALITATIVE, "action"): "修订岗位说明书", (QUALITATIVE, "owner"): "王丽",
        (QUALITATIVE, "due_on"): datetime(2027, 3, 31),
    })
    plan = plan_of(data)
    assert plan.problems == ()
    answers = plan.updated.response_map()
    assert answers[QUALITATIVE].result == "not_met"
    assert (answers[SAMPLED].result, answers[SAMPLED].samples, answers[SAMPLED].failed_samples) == ("partial", 20, 3)
    assert (answers[EXCLUDABLE].result, answers[EXCLUDABLE].justification) == ("excluded", "只在网上销售，不设网点")
    (added,) = [p.action for p in actions_of_item(plan.updated, QUALITATIVE)]
    assert (added.description, added.owner, added.due_on, added.status) == ("修订岗位说明书", "王丽", date(2027, 3, 31),
                                                                            "open")
    assert answers[QUALITATIVE].action == "" and answers[QUALITATIVE].owner == ""  # the legacy fields stay empty
    assert {c.item for c in plan.changes} == {QUALITATIVE, SAMPLED, EXCLUDABLE}
    assert plan.updated.responses[0].item == ASSESSMENT.responses[0].item  # catalog order kept


def test_a_change_line_reads_each_cell_before_and_after():
    sampled_before = ASSESSMENT.response_map()[SAMPLED]
    assert ASSESSMENT.response_map()[QUALITATIVE].result == "met"
    data = edited(export(), {(QUALITATIVE, "result"): "Not met", (SAMPLED, "samples"): sampled_before.samples + 2})
    plan = plan_of(data, lang="zh")
    lines = {c.item: change_line(c, "zh") for c in plan.changes}
    assert lines[QUALITATIVE] == f"{QUALITATIVE}: result 符合 → 不符合"
    assert lines[SAMPLED] == f"{SAMPLED}: samples {sampled_before.samples} → {sampled_before.samples + 2}"


BAD_CELLS = {
    "result_not_in_the_list": ({(QUALITATIVE, "result"): "maybe"}, "result", "not a result of the list"),
    "samples_as_text": ({(SAMPLED, "samples"): "twelve"}, "samples", "not a whole number"),
    "samples_negative": ({(SAMPLED, "samples"): -1}, "samples", "may not be negative"),
    "samples_huge": ({(SAMPLED, "samples"): 10**9}, "samples", "more than the most allowed"),
    "samples_of_50_digits": ({(SAMPLED, "samples"): "9" * 50}, "samples", "more than the most allowed"),
    "samples_decimal": ({(SAMPLED, "samples"): 12.5}, "samples", "not a whole number"),
    "failed_more_than_samples": ({(SAMPLED, "samples"): 5, (SAMPLED, "failed_samples"): 6}, "failed_samples",
                                 "failed samples (6) are more than samples (5)"),
    "partial_without_samples": ({(SAMPLED, "result"): "partial", (SAMPLED, "samples"): None,
                                 (SAMPLED, "failed_samples"): None}, "samples", "needs the number of samples"),
    "partial_on_a_qualitative_item": ({(QUALITATIVE, "result"): "partial"}, "result", "this item is qualitative"),
    "excluded_without_justification": ({(EXCLUDABLE, "result"): "excluded", (EXCLUDABLE, "justification"): None},
                                       "justification", "needs a justification"),
    "excluding_an_item_that_cannot_be": ({(QUALITATIVE, "result"): "excluded",
                                          (QUALITATIVE, "justification"): "n/a"}, "result", "cannot be excluded"),
    "due_date_not_a_date": ({(QUALITATIVE, "action"): "fix", (QUALITATIVE, "due_on"): "next week"}, "due_on",
                            "'next week' is not a date"),
    "formula_as_result": ({(QUALITATIVE, "result"): '=HYPERLINK("http://x","met")'}, "result",
                          "not a result of the list"),
    "owner_without_an_action": ({(QUALITATIVE, "owner"): "王丽"}, "action", "without a corrective action"),
}


@pytest.mark.parametrize("case", sorted(BAD_CELLS))
def test_a_bad_cell_is_reported_with_its_sheet_row_and_column(case):
    cells, field, words = BAD_CELLS[case]
    data = edited(export(), cells)
    wb = load_workbook(io.BytesIO(data))
    item = next(iter(cells))[0]
    row = row_of(wb.worksheets[1], item)
    plan = plan_of(data)
    assert plan.updated is None
    texts = [p.text("en") for p in plan.problems]
    expected_place = f"sheet '{wb.worksheets[1].title}', row {row}, column {column_letter(field)}"
    assert any(t.startswith(expected_place) and words in t for t in texts), texts


def test_problems_are_worded_in_the_chosen_language():
    data = edited(export(), {(SAMPLED, "samples"): "abc"})
    (problem,) = plan_of(data, lang="zh").problems
    assert problem.text("zh").startswith("工作表“自评填写表”第 ") and "“abc”不是整数" in problem.text("zh")
    assert "no es un número entero" in problem.text("es")


def test_formula_looking_text_in_a_note_is_kept_as_text():
    formula = '=HYPERLINK("http://example.com","x")'
    plan = plan_of(edited(export(), {(QUALITATIVE, "note"): formula, (SAMPLED, "note"): "@x"}))
    assert plan.problems == ()
    assert plan.updated.response_map()[QUALITATIVE].note == formula
    wb = load_workbook(io.BytesIO(export(plan.updated)))
    cell = wb.worksheets[1][f"{column_letter('note')}{row_of(wb.worksheets[1], QUALITATIVE)}"]
    assert (cell.data_type, cell.value) == ("s", formula)


@pytest.mark.parametrize("hostile", ['=HYPERLINK("http://example.com","x")', "+1", "@x", "-1", "=1+1"])
def test_hostile_text_stays_text_in_every_exported_cell(hostile):
    r = ASSESSMENT.response_map()[QUALITATIVE].model_copy(update={"note": hostile, "justification": hostile})
    a = ASSESSMENT.with_response(r).model_copy(update={"actions": ASSESSMENT.actions + (
        CorrectiveAction(item=QUALITATIVE, description=hostile, owner=hostile),)})
    wb = load_workbook(io.BytesIO(export(a)))
    ws = wb.worksheets[1]
    row = row_of(ws, QUALITATIVE)
    for field in ("note", "justification", "action", "owner"):
        cell = ws[f"{column_letter(field)}{row}"]
        assert (cell.data_type, cell.value) == ("s", hostile), field
    hidden = [c for row in wb[HIDDEN_SHEET].iter_rows() for c in row if c.value == hostile]
    assert hidden and all(c.data_type == "s" for c in hidden)
    assert not any(c.data_type == "f" for s in wb.worksheets for row in s.iter_rows() for c in row)


def test_the_shown_action_is_the_first_open_one_and_clearing_it_removes_it():
    done = CorrectiveAction(item=QUALITATIVE, description="已完成的措施", status="done", done_on=date(2026, 1, 5))
    open_ = CorrectiveAction(item=QUALITATIVE, description="待办措施", owner="李")
    a = ASSESSMENT.model_copy(update={"actions": ASSESSMENT.actions + (done, open_)})
    data = export(a)
    ws = load_workbook(io.BytesIO(data)).worksheets[1]
    assert ws[f"{column_letter('action')}{row_of(ws, QUALITATIVE)}"].value == "待办措施"
    plan = plan_of(edited(data, {(QUALITATIVE, "action"): None}), current=a)
    assert plan.problems == ()
    assert [p.action.description for p in actions_of_item(plan.updated, QUALITATIVE)] == ["已完成的措施"]


def test_editing_the_shown_action_updates_it_in_place():
    shown = actions_of_item(ASSESSMENT, SAMPLED)[0]  # the example plans an action for it
    plan = plan_of(edited(export(), {(SAMPLED, "owner"): "质量部 张强"}))
    assert plan.problems == ()
    after = plan.updated.actions[shown.position]
    assert (after.description, after.owner) == (shown.action.description, "质量部 张强")
    assert len(plan.updated.actions) == len(ASSESSMENT.actions)


def stored_elsewhere(item: str, note: str):
    r = ASSESSMENT.response_map()[item].model_copy(update={"note": note})
    return ASSESSMENT.with_response(r)


def test_a_stale_workbook_applies_only_its_own_changes_and_lists_the_conflicts():
    data = edited(export(version=3), {(QUALITATIVE, "note"): "from the workbook", (SAMPLED, "note"): "workbook only"})
    current = stored_elsewhere(QUALITATIVE, "from the app")  # saved since as version 4
    current = current.with_response(current.response_map()[EXCLUDABLE].model_copy(update={"note": "app only"}))
    plan = plan_of(data, current=current, version=4)
    assert plan.stale and plan.problems == ()
    answers = plan.updated.response_map()
    assert answers[QUALITATIVE].note == "from the app"  # the store wins
    assert answers[SAMPLED].note == "workbook only"
    assert answers[EXCLUDABLE].note == "app only"  # not changed in the workbook: left as stored
    assert [(c.item, c.field, c.workbook, c.stored) for c in plan.conflicts] == [
        (QUALITATIVE, "note", "from the workbook", "from the app")]
    assert [(c.item, [f.field for f in c.fields]) for c in plan.changes] == [(SAMPLED, ["note"])]


def test_the_same_change_made_in_both_places_is_no_conflict():
    data = edited(export(version=3), {(QUALITATIVE, "note"): "same"})
    plan = plan_of(data, current=stored_elsewhere(QUALITATIVE, "same"), version=4)
    assert (plan.conflicts, plan.changes) == ((), ())


def test_the_workbook_is_laid_out_for_filling_in():
    wb = load_workbook(io.BytesIO(export(lang="en")))
    assert wb.sheetnames == ["Instructions", "Fill-in sheet", HIDDEN_SHEET]
    assert wb[HIDDEN_SHEET].sheet_state == "veryHidden"
    ws = wb["Fill-in sheet"]
    assert [c.value for c in ws[1]] == ["Item", "Requirement", "Guidance", "Method", "Points", "Result", "Samples",
                                        "Failed samples", "Justification for exclusion", "Note", "Corrective action",
                                        "Owner", "Due date"]
    assert ws.protection.sheet and ws.freeze_panes == "B2"
    row = row_of(ws, SAMPLED)
    assert all(ws.cell(row, c).protection.locked for c in range(1, 6))
    assert not any(ws.cell(row, c).protection.locked for c in range(6, len(COLUMNS) + 1))
    where = f"{column_letter('result')}{row}"
    (lists,) = [dv for dv in ws.data_validations.dataValidation if dv.type == "list" and where in dv.sqref]
    assert lists.formula1 == '"Met,Not met,Partly met,met,not_met,partial"'
    kinds = {dv.type for dv in ws.data_validations.dataValidation if f"{column_letter('samples')}{row}" in dv.sqref}
    assert kinds == {"whole"}
    hidden = {r[0].value: r[1].value for r in wb[HIDDEN_SHEET].iter_rows(max_row=8)}
    assert hidden == {"format_version": "1", "assessment_id": "7", "assessment_version": "3",
                      "catalog_id": CATALOG.id, "catalog_version": CATALOG.version,
                      "created": "2026-12-02T09:30:00", "lang": "en", "sheet": "Fill-in sheet"}


@pytest.mark.parametrize("lang, title", [("zh", "填写说明"), ("en", "Instructions"), ("es", "Instrucciones")])
def test_the_instructions_come_first_in_the_chosen_language(lang, title):
    wb = load_workbook(io.BytesIO(export(lang=lang)))
    assert wb.sheetnames[0] == title
    text = " ".join(str(c.value) for row in wb.worksheets[0].iter_rows() for c in row if c.value)
    assert {"zh": "白色单元格", "en": "white cells", "es": "celdas blancas"}[lang] in text


def _plain_xlsx() -> bytes:
    from openpyxl import Workbook

    out = io.BytesIO()
    Workbook().save(out)
    return out.getvalue()


def test_only_a_workbook_naming_the_hidden_sheet_is_claimed():
    data = export()
    assert is_fill_workbook(data)
    assert not is_fill_workbook(_plain_xlsx())
    assert not is_fill_workbook(data[: len(data) // 2])  # truncated: no zip directory
    assert not is_fill_workbook(b'{"format": "gbt27922-assessment"}')


def test_a_truncated_or_damaged_workbook_is_refused_with_a_message():
    data = export()
    with pytest.raises(FillError, match="not a readable .xlsx"):
        read_workbook(data[: len(data) // 2], "fill.xlsx")
    with pytest.raises(FillError, match="not a fill-in workbook"):
        read_workbook(_plain_xlsx(), "fill.xlsx")


def test_a_hidden_sheet_of_another_format_version_is_refused():
    wb = load_workbook(io.BytesIO(export()))
    wb[HIDDEN_SHEET]["B1"] = "2"
    out = io.BytesIO()
    wb.save(out)
    with pytest.raises(FillError, match="format_version 2 is not supported"):
        read_workbook(out.getvalue(), "fill.xlsx")


def test_a_moved_row_is_reported_at_its_item_cell():
    wb = load_workbook(io.BytesIO(export()))
    ws = wb.worksheets[1]
    row = row_of(ws, QUALITATIVE)
    ws.cell(row, 1).value = "9.9.9"
    out = io.BytesIO()
    wb.save(out)
    (problem,) = plan_of(out.getvalue()).problems
    assert problem.text("en").startswith(f"sheet '自评填写表', row {row}, column A") and "do not move" in \
        problem.text("en")


def test_a_zip_bomb_is_refused_before_openpyxl_reads_it():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", f'<workbook><sheets><sheet name="{HIDDEN_SHEET}"/></sheets></workbook>')
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 * 1024 * 1024))
    with pytest.raises(FillError, match="compression bomb"):
        read_workbook(out.getvalue(), "bomb.xlsx")
