"""Files the app offers for download: cached per assessment id + version + language, built on demand."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Optional

import streamlit as st

from assessment import usecases
from assessment.exchange import dump_assessment
from reports.workbook import result_workbook

from ui import state


def safe_filename(text: str, fallback: str = "assessment") -> str:
    """A file name from user text: letters (any script), digits, dash and underscore only."""
    name = re.sub(r"[^\w\-]+", "_", text, flags=re.UNICODE).strip("_")[:60]
    return name or fallback


def result_xlsx(url: str, assessment_id: int, version: int, lang: str, today: Optional[date] = None) -> bytes:
    """The result workbook; its action plan marks the actions overdue on `today` (none without it). The cache
    is shared by every session, so the user's right to read the assessment is checked first, on every call."""
    state.store().get_assessment(assessment_id)  # Forbidden for an assessment the user may not read
    return _result_xlsx(url, assessment_id, version, lang, today)


def action_plan_xlsx(url: str, assessment_id: int, version: int, lang: str, today: Optional[date] = None) -> bytes:
    state.store().get_assessment(assessment_id)  # checked as result_xlsx
    return _action_plan_xlsx(url, assessment_id, version, lang, today)


@st.cache_data(max_entries=64, show_spinner=False)
def _result_xlsx(url: str, assessment_id: int, version: int, lang: str, today: Optional[date] = None) -> bytes:
    stored = state.store().get_assessment(assessment_id)
    catalog = state.catalog_of(stored)
    return result_workbook(catalog, stored.assessment, state.scored(stored), lang, today=today)


@st.cache_data(max_entries=64, show_spinner=False)
def _action_plan_xlsx(url: str, assessment_id: int, version: int, lang: str, today: Optional[date] = None) -> bytes:
    """The result workbook cut down to its action-plan sheet (the last one)."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(_result_xlsx(url, assessment_id, version, lang, today)))
    for ws in wb.worksheets[:-1]:
        wb.remove(ws)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def exchange_json(url: str, assessment_id: int, version: int) -> bytes:
    """The exchange file of the assessment at `version`, with the enterprise's current service profile (a saved
    profile makes a new file)."""
    enterprise_id = state.store().get_assessment(assessment_id).enterprise_id
    profile = state.store().service_profile(enterprise_id)
    return _exchange_json(url, assessment_id, version, profile.version if profile else 0)


@st.cache_data(max_entries=64, show_spinner=False)
def _exchange_json(url: str, assessment_id: int, version: int, profile_version: int) -> bytes:
    assessment = usecases.export_assessment(state.store(), assessment_id)
    stored = state.store().get_assessment(assessment_id)
    return dump_assessment(assessment, state.catalog_of(stored)).encode("utf-8")


def base_name(stored) -> str:
    a = stored.assessment
    return f"{safe_filename(a.enterprise.name)}_{a.assessed_on.isoformat()}"


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value) -> str:
    """A cell's text that no spreadsheet reads as a formula: one starting with = + - @ (or a tab or a carriage
    return) gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_bytes(frame) -> bytes:
    """A data frame as CSV for Excel (UTF-8 with BOM), every cell formula-safe."""
    import csv

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([formula_safe(c) for c in frame.columns])
    for row in frame.itertuples(index=False):
        writer.writerow([formula_safe(v) for v in row])
    return out.getvalue().encode("utf-8-sig")
