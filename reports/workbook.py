"""The Excel result workbook: the summary, every item and the action plan, in zh, en or es.

Every text cell is written as text (a note starting with '=' is never a formula) and control characters are removed.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any, Optional

from assessment.actions import actions_of_item, is_overdue, planned
from assessment.models import Assessment
from assessment.scoring import Result, round_half_up
from assessment.reasons import reason_label
from assessment.vocabulary import label, level_label
from criteria import Catalog

__all__ = ["result_workbook"]


def result_workbook(catalog: Catalog, assessment: Assessment, result: Result, lang: str = "zh",
                    today: Optional[date] = None) -> bytes:
    """An .xlsx workbook of three sheets named in `lang`: the summary, every item, and the action plan (gaps ranked
    by points lost, one row for each of a gap's corrective actions, blanks where it has none; then the actions on
    special deductions and other items), each action with its status. The action plan is the last sheet.
    `today` is the day overdue actions are marked on (none are without it)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from assessment.gaps import gaps

    L = lambda key: label(key, lang)  # noqa: E731
    wb = Workbook()
    bold = Font(bold=True)

    ws = wb.active
    ws.title = L("summary")
    ent = assessment.enterprise
    rows: list[tuple[str, Any]] = [
        (L("enterprise"), ent.name),
        (L("credit_code"), ent.credit_code),
        (L("kind"), L(f"enterprise.{ent.kind}")),
        (L("industry"), ent.industry),
        (L("address"), ent.address),
        (L("assessed_on"), assessment.assessed_on),
        (L("assessor"), assessment.assessor),
        (L("catalog"), f"{catalog.id} {catalog.version}"),
        (L("applicable_points"), float(result.applicable_points)),
        (L("earned_points"), float(round_half_up(result.earned_points, 2))),
        (L("score.base"), float(round_half_up(result.base, 2))),
        (L("score.special_deductions"), float(result.deductions)),
        (L("score.special_bonus"), float(result.bonus)),
        (L("score.final"), float(result.final)),
        (L("level"), level_label(catalog, result.level, lang)),
        (L("score_level"), level_label(catalog, result.score_level, lang)),
        (L("eligible"), L("yes" if result.eligible else "no")),
        (L("reasons"), "; ".join(reason_label(r, lang) for r in result.ineligible_reasons)),
        (L("complete"), L("yes" if result.complete else "no")),
        (L("unanswered"), ", ".join(result.unanswered)),
        (L("next_level"), level_label(catalog, result.next_level, lang)),
        (
            L("points_to_next_level"),
            None if result.points_to_next_level is None else float(result.points_to_next_level),
        ),
        (L("notes"), "; ".join(reason_label(n, lang) for n in result.notes)),
    ]
    if catalog.catalog.weighting == "toolkit_default":
        rows.append((L("notes"), L("default_weighting_note")))
    for r, (label_text, value) in enumerate(rows, start=1):
        put_cell(ws.cell(r, 1), label_text).font = bold
        put_cell(ws.cell(r, 2), value)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 60

    ws = wb.create_sheet(L("items"))
    headers = ["area", "indicator", "item", "requirement", "method", "result", "samples", "failed", "points",
               "earned", "lost", "note"]
    _header_row(ws, [L(h) for h in headers], bold)
    responses = assessment.response_map()
    texts = {item.id: (area, ind, item) for area, ind, item in catalog.iter_items()}
    for it in result.items:
        area, ind, item = texts[it.item_id]
        resp = responses.get(it.item_id)
        _append(ws, [
            f"{area.id} {area.name.get(lang)}",
            f"{ind.id} {ind.name.get(lang)}",
            it.item_id,
            item.requirement.get(lang),
            L(f"method.{it.method}"),
            L(f"result.{it.result or 'unanswered'}"),
            it.samples,
            it.failed_samples,
            float(it.points),
            float(round_half_up(it.earned, 2)) if it.applicable else None,
            float(round_half_up(it.lost, 2)) if it.applicable else None,
            resp.note if resp else "",
        ])
    _widths(ws, [22, 22, 9, 60, 10, 10, 8, 8, 8, 8, 8, 50])
    ws.freeze_panes = "A2"

    ws = wb.create_sheet(L("action_plan"))
    headers = ["rank", "item", "indicator", "requirement", "result", "lost", "score_gain", "plan.corrective_action",
               "owner", "due_on", "status", "done_on", "action.verified_by", "action.verification_note",
               "status.overdue"]
    _header_row(ws, [L(h) for h in headers], bold)

    def plan_cells(a) -> list:
        if a is None:  # a gap with no action yet: blanks to fill in
            return ["", "", None, "", None, "", "", ""]
        return [a.description, a.owner, a.due_on, L(f"action_status.{a.status}"), a.done_on, a.verified_by,
                a.verification_note, L("yes") if today is not None and is_overdue(a, today) else ""]

    gap_items = set()
    for n, g in enumerate(gaps(result), start=1):
        _, ind, item = texts[g.item_id]
        gap_items.add(g.item_id)
        gap_cells = [n, g.item_id, f"{ind.id} {ind.name.get(lang)}", item.requirement.get(lang),
                     L(f"result.{g.result or 'unanswered'}"), float(g.lost_rounded), float(g.gain_rounded)]
        for p in actions_of_item(assessment, g.item_id) or (None,):
            _append(ws, gap_cells + plan_cells(p.action if p else None))
    for p in planned(assessment):  # the actions on special deductions and on items that lost no points
        a = p.action
        if a.deduction is None and a.item in gap_items:
            continue
        if a.item is not None:
            _, ind, item = texts[a.item]
            target = [None, a.item, f"{ind.id} {ind.name.get(lang)}", item.requirement.get(lang), "", None, None]
        else:
            d = assessment.special_deductions[a.deduction]
            target = [None, L("action.deduction_n").format(n=a.deduction + 1), L(f"deduction.{d.category}"),
                      d.description, "", None, None]
        _append(ws, target + plan_cells(a))
    _widths(ws, [6, 9, 22, 60, 10, 8, 10, 40, 14, 12, 10, 12, 14, 30, 8])
    ws.freeze_panes = "A2"
    for sheet in wb.worksheets:
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")

    # Reproducible bytes: the document's timestamps are the assessment date, not the clock.
    stamp = _midnight(assessment.assessed_on)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "gbt27922-toolkit"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _midnight(d: date):
    from datetime import datetime

    return datetime(d.year, d.month, d.day)


def put_cell(cell, value):
    """Set a cell; text is always text (a note starting with '=' is never a formula) and control characters go."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"
    else:
        cell.value = value
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
    return cell


def _append(ws, values: list) -> None:
    r = ws.max_row + 1
    for c, value in enumerate(values, start=1):
        put_cell(ws.cell(r, c), value)


def _header_row(ws, values: list[str], font) -> None:
    for c, value in enumerate(values, start=1):
        put_cell(ws.cell(1, c), value).font = font


def _widths(ws, widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    for n, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(n)].width = w
