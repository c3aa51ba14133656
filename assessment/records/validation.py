"""Every row of an import checked before anything is written: a typed data frame of records, or the list of
problems, each naming its file row, its column and what is wrong (in zh, en or es).

Times are read as `YYYY-MM-DD HH:MM[:SS]` (also with `/` between the date's parts, as Chinese Excel writes them)
or ISO 8601 (`2026-03-05T09:30:00+08:00`, `...Z`); a time without an offset is local time in the given zone.
Stored times are UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

import pandas as pd

from ..models import EARLIEST_DATE, LATEST_DATE
from ..vocabulary import term
from .fields import COLUMNS, KINDS, MAX_ID_LENGTH, MAX_TEXT_LENGTH, TEXT_COLUMNS, TIME_COLUMNS
from .mapping import ColumnMapping, check_zone
from .reading import RawTable

MAX_PROBLEMS = 200

KIND_ALIASES = {
    "complaint": "complaint", "投诉": "complaint", "repair": "repair", "维修": "repair", "报修": "repair",
    "delivery": "delivery", "送货": "delivery", "配送": "delivery", "installation": "installation",
    "安装": "installation", "return": "return", "退货": "return", "换货": "return", "退换货": "return",
}
TRUE = {"1", "true", "yes", "y", "是", "满意", "非常满意", "sí", "si"}
FALSE = {"0", "false", "no", "n", "否", "不满意", "非常不满意"}

_TIME = r"\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?"
_OFFSET = r"(?:Z|[+-]\d{2}:?\d{2})"


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    code: str
    values: dict = field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        return term("record.problem.place", lang, row=self.row, column=self.column,
                    message=term(f"record.problem.{self.code}", lang, **self.values))


class RecordsInvalid(ValueError):
    """The file's rows broke the rules; nothing was stored. `problems` name row, column and what."""

    def __init__(self, source: str, problems: list[RowProblem], more: int = 0):
        self.source, self.problems, self.more = source, problems, more
        super().__init__("\n".join(self.messages("en")))

    def messages(self, lang: str = "en") -> list[str]:
        out = [f"{self.source}: {p.message(lang)}" for p in self.problems]
        if self.more:
            out.append(f"{self.source}: {term('record.problem.more', lang, n=self.more)}")
        return out


def validate(table: RawTable, mapping: ColumnMapping, kind: Optional[str] = None,
             time_zone: str = "Asia/Shanghai") -> pd.DataFrame:
    """The records of `table` as a data frame (columns: row, id, kind, the three times in UTC, the texts,
    satisfied, extra), or RecordsInvalid listing every problem (the first MAX_PROBLEMS of them)."""
    zone = check_zone(mapping.time_zone or time_zone)
    columns = mapping.resolve(table.headers)
    problems: list[RowProblem] = []
    index = {h: n for n, h in enumerate(table.headers)}
    for fld, header in list(columns.items()) + list(mapping.extra.items()):
        if header not in index:
            problems.append(RowProblem(1, header, "no_column", {"headers": ", ".join(table.headers)}))
    for required in ("id", "received_at"):
        if required not in columns:
            problems.append(RowProblem(1, required, "no_column", {"headers": ", ".join(table.headers)}))
    if "kind" not in columns and kind is None:
        problems.append(RowProblem(1, "kind", "no_kind"))
    if problems:
        raise RecordsInvalid(table.source, problems)

    frame = pd.DataFrame(table.rows, columns=list(table.headers), dtype="string") if table.rows else \
        pd.DataFrame({h: pd.Series([], dtype="string") for h in table.headers})
    rows = pd.RangeIndex(table.first_row, table.first_row + len(frame))
    out = pd.DataFrame({"row": rows.to_numpy()})

    def col(fld: str) -> pd.Series:
        header = columns.get(fld)
        if header is None:
            return pd.Series([""] * len(frame), dtype="string")
        return frame[header].fillna("").str.strip().reset_index(drop=True)

    def bad(mask: pd.Series, fld: str, code: str, **values_of) -> None:
        for i in mask[mask].index[: MAX_PROBLEMS + 1]:
            values = {k: (v[i] if isinstance(v, pd.Series) else v) for k, v in values_of.items()}
            problems.append(RowProblem(int(out["row"][i]), columns.get(fld, fld), code, values))

    ids = col("id")
    bad(ids == "", "id", "required")
    lengths = ids.str.len()
    bad(lengths > MAX_ID_LENGTH, "id", "too_long", length=lengths, limit=MAX_ID_LENGTH)
    out["id"] = ids

    kinds = _kinds(col("kind"), kind, bad)
    out["kind"] = kinds
    dup = (ids != "") & pd.Series(list(zip(kinds, ids))).duplicated(keep="first")
    if dup.any():
        first_rows = {}
        for i, key in enumerate(zip(kinds, ids)):
            first_rows.setdefault(key, int(out["row"][i]))
        firsts = pd.Series([first_rows[k] for k in zip(kinds, ids)])
        bad(dup, "id", "duplicate_id", value=ids, first=firsts)

    for fld in TIME_COLUMNS:
        out[fld] = _times(col(fld), zone, fld, bad, required=(fld == "received_at"))
    received = out["received_at"]
    text_of = {f: col(f) for f in TIME_COLUMNS}
    for fld in ("acknowledged_at", "resolved_at"):
        early = out[fld].notna() & received.notna() & (out[fld] < received)
        bad(early, fld, "before_receipt", received=text_of["received_at"])
    early = out["resolved_at"].notna() & out["acknowledged_at"].notna() & (out["resolved_at"] < out["acknowledged_at"])
    bad(early, "resolved_at", "before_acknowledgement", acknowledged=text_of["acknowledged_at"])

    for fld in TEXT_COLUMNS:
        values = col(fld)
        lengths = values.str.len()
        bad(lengths > MAX_TEXT_LENGTH, fld, "too_long", length=lengths, limit=MAX_TEXT_LENGTH)
        out[fld] = values
    out["satisfied"] = _satisfied(col("satisfied"), bad)
    if mapping.extra:
        extra = pd.DataFrame({name: frame[header].fillna("").reset_index(drop=True)
                              for name, header in mapping.extra.items()})
        out["extra"] = extra.to_dict("records")
    else:
        out["extra"] = None

    if problems:
        problems.sort(key=lambda p: (p.row, COLUMNS.index(_field_of(p.column, columns))
                                     if _field_of(p.column, columns) in COLUMNS else 99))
        raise RecordsInvalid(table.source, problems[:MAX_PROBLEMS], max(0, len(problems) - MAX_PROBLEMS))
    return out


def _field_of(header: str, columns: dict[str, str]) -> str:
    return next((f for f, h in columns.items() if h == header), header)


def _kinds(values: pd.Series, kind: Optional[str], bad) -> pd.Series:
    normal = values.str.lower().map(lambda v: KIND_ALIASES.get(v, v if v else ""))
    if kind is not None:
        conflict = (normal != "") & (normal != kind)
        bad(conflict, "kind", "kind_conflict", value=values, kind=kind)
        return pd.Series([kind] * len(values), dtype="string")
    bad(normal == "", "kind", "required")
    unknown = (normal != "") & ~normal.isin(KINDS)
    bad(unknown, "kind", "unknown_kind", value=values, kinds=", ".join(KINDS))
    return normal.astype("string")


def _times(values: pd.Series, zone, fld: str, bad, required: bool) -> pd.Series:
    text = values.str.replace("/", "-", regex=False)
    empty = text == ""
    if required:
        bad(empty, fld, "required")
    shaped = text.str.fullmatch(f"{_TIME}{_OFFSET}?")
    bad(~empty & ~shaped, fld, "bad_time", value=values)
    with_offset = shaped & text.str.fullmatch(f"{_TIME}{_OFFSET}")
    local = shaped & ~with_offset
    result = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns, UTC]")
    if local.any():
        parsed = pd.to_datetime(text[local].str.replace("T", " ", regex=False), format="ISO8601", errors="coerce")
        result[local] = parsed.dt.tz_localize(zone, ambiguous="NaT", nonexistent="NaT").dt.tz_convert("UTC")
    if with_offset.any():
        result[with_offset] = pd.to_datetime(text[with_offset], format="ISO8601", utc=True, errors="coerce")
    invalid = shaped & result.isna()
    bad(invalid, fld, "bad_time", value=values)
    low = pd.Timestamp(datetime.combine(EARLIEST_DATE, datetime.min.time()), tz=timezone.utc)
    high = pd.Timestamp(datetime.combine(LATEST_DATE, datetime.max.time()), tz=timezone.utc)
    outside = result.notna() & ((result < low) | (result > high))
    bad(outside, fld, "time_out_of_range", value=values, earliest=EARLIEST_DATE.isoformat(),
        latest=LATEST_DATE.isoformat())
    return result.where(~outside)


def _satisfied(values: pd.Series, bad) -> pd.Series:
    lower = values.str.lower()
    result = pd.Series(pd.NA, index=values.index, dtype="boolean")
    result[lower.isin(TRUE)] = True
    result[lower.isin(FALSE)] = False
    unknown = (lower != "") & ~lower.isin(TRUE | FALSE)
    bad(unknown, "satisfied", "bad_satisfied", value=values)
    return result
