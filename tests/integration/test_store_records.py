"""Service records in the store, through the use cases, on SQLite and PostgreSQL: an import inserts, a second
import of the same file changes nothing, a changed row is updated, the times and texts read back alike."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from assessment import records_usecases
from assessment.models import Enterprise
from assessment.records.mapping import ColumnMapping
from assessment.records.reading import parse_table
from assessment.store import Store

HEADER = "id,kind,received_at,acknowledged_at,resolved_at,category,supplier,satisfied\n"
ROWS = [
    "C1,complaint,2026-03-01 09:00,2026-03-01 13:00,2026-03-03 09:00,质量,美凌,是",
    "C2,complaint,2026-03-02 09:00,2026-03-02 14:00,2026-03-05 09:00,质量,美凌,否",
    "C3,complaint,2026-03-03 09:00,2026-03-03 10:00,2026-03-03 18:00,服务,海尔斯,是",
    "R1,repair,2026-03-04 09:00,,,服务,海尔斯,",
]


@pytest.fixture
def store(database_url):
    s = Store(database_url)
    yield s
    s.close()


def _table(rows):
    return parse_table((HEADER + "\n".join(rows) + "\n").encode("utf-8"), "records.csv")


def test_an_import_stores_every_record_and_reads_back_times_texts_and_answers(store):
    ent = store.add_enterprise(Enterprise(name="宁波售后服务有限公司")).id
    done = records_usecases.import_records(store, ent, _table(ROWS), mapping=ColumnMapping())
    assert (done.counts.new, done.counts.updated, done.counts.unchanged) == (4, 0, 0)
    assert store.count_records(ent) == {"complaint": 3, "repair": 1}
    frame = store.service_records(ent)
    assert list(frame["id"]) == ["C1", "C2", "C3", "R1"]  # oldest first
    assert frame["received_at"].iloc[0] == pd.Timestamp("2026-03-01 01:00", tz="UTC")  # Asia/Shanghai by default
    assert pd.isna(frame["resolved_at"].iloc[3])
    assert list(frame["supplier"]) == ["美凌", "美凌", "海尔斯", "海尔斯"]
    assert list(frame["satisfied"].astype(object)) == [True, False, True, pd.NA]
    assert store.record_mapping(ent) == ColumnMapping()


def test_importing_the_same_file_again_changes_nothing_and_a_changed_row_is_updated(store):
    ent = store.add_enterprise(Enterprise(name="宁波售后服务有限公司")).id
    records_usecases.import_records(store, ent, _table(ROWS))
    again = records_usecases.import_records(store, ent, _table(ROWS))
    assert (again.counts.new, again.counts.updated, again.counts.unchanged) == (0, 0, 4)
    changed = records_usecases.import_records(store, ent, _table([*ROWS[:3], ROWS[3].replace("服务", "安装")]))
    assert (changed.counts.new, changed.counts.updated) == (0, 1)
    assert list(store.service_records(ent, "repair")["category"]) == ["安装"]
    assert [e.action for e in store.audit_trail(enterprise_id=ent) if e.target == "records"] == [
        "records.import", "records.import"]


def test_the_kpi_use_case_reads_the_stored_records(store):
    ent = store.add_enterprise(Enterprise(name="宁波售后服务有限公司")).id
    records_usecases.import_records(store, ent, _table(ROWS))
    result = records_usecases.record_kpi(store, ent, today=date(2026, 4, 1), kind="complaint")
    assert result["enterprise_id"] == ent and (result["count"], result["acknowledged_on_time"], result["satisfied"]) == (3, 2, 2)


def test_deleting_records_of_one_kind_keeps_the_others(store):
    ent = store.add_enterprise(Enterprise(name="宁波售后服务有限公司")).id
    records_usecases.import_records(store, ent, _table(ROWS))
    assert store.delete_records(ent, "complaint") == 3
    assert store.count_records(ent) == {"repair": 1}
    assert store.count_records(2**40) == {}  # an id no row can have: nothing, on every database
