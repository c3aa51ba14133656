"""The exchange file: round trip, stable output, every kind of bad file named precisely, schema, workbook."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from builders import make_assessment, response, small_catalog

from assessment import exchange
from assessment.exchange import (
    MAX_FILE_BYTES,
    ExchangeError,
    dump_assessment,
    json_schema,
    parse_assessment,
    read_assessment,
    validate_for_catalog,
    write_assessment,
)
from assessment.models import Audit, Certificate, Response
from assessment.scoring import score
from assessment.vocabulary import HEADINGS
from reports.workbook import result_workbook

CATALOG = small_catalog()


def full_assessment():
    """An assessment using every field of the format, extensions included."""
    a = make_assessment(
        CATALOG,
        {
            "1.1.1": {"result": "met", "note": "售后服务部组织架构图（2025版）", "evidence": ["e1", "现场照片-01"]},
            "1.1.2": {"result": "partial", "samples": 10, "failed_samples": 3, "note": "3份记录缺签字"},
            "1.1.3": {"result": "excluded", "justification": "本企业无此业务"},
            "1.2.1": {"result": "not_met", "action": "补充培训", "owner": "王芳", "due_on": date(2025, 9, 30),
                      "to_reverify": True},
        },
        deductions=1,
        bonus=True,
        certificate=Certificate(
            number="CSC-AS-2024-0099",
            issued_on=date(2024, 5, 20),
            level="four_star",
            audits=(Audit(kind="surveillance", on=date(2025, 5, 10)),),
        ),
    )
    return a.model_copy(update={"enterprise": a.enterprise.model_copy(update={
        "kind": "seller", "industry": "家用电器零售", "address": "上海市浦东新区世纪大道100号", "contact": "021-12345678",
    })})


def test_export_then_read_gives_an_identical_assessment(tmp_path):
    a = full_assessment()
    path = tmp_path / "a.json"
    write_assessment(a, path)
    assert read_assessment(path) == a


def test_dump_is_stable_utf8_indented_and_readable():
    a = full_assessment()
    text = dump_assessment(a)
    assert text == dump_assessment(a)
    assert "测试企业有限公司" in text and "\\u" not in text
    assert text.startswith('{\n  "format": "gbt27922-assessment",\n  "format_version": 1,\n')
    assert text.endswith("}\n")


def test_dump_leaves_out_extension_fields_at_their_defaults():
    data = json.loads(dump_assessment(full_assessment()))
    plain, reverify = data["responses"][0], data["responses"][3]
    assert set(plain) == {"item", "result", "samples", "failed_samples", "justification", "note", "evidence"}
    assert set(reverify) == set(plain) | {"to_reverify"} and reverify["to_reverify"] is True
    # The untracked action of an older file is lifted into the tracked plan, written with only what it holds.
    action = next(a for a in data["actions"] if a.get("item") == reverify["item"])
    assert action == {"item": reverify["item"], "description": "补充培训", "owner": "王芳", "due_on": "2025-09-30",
                      "status": "open"}


def test_dump_with_a_catalog_writes_responses_in_catalog_order():
    a = make_assessment(CATALOG, {"2.1.1": "met", "1.1.1": "met", "1.2.2": "not_met"})
    data = json.loads(dump_assessment(a, CATALOG))
    assert [r["item"] for r in data["responses"]] == ["1.1.1", "1.2.2", "2.1.1"]
    assert [r["item"] for r in json.loads(dump_assessment(a))["responses"]] == ["2.1.1", "1.1.1", "1.2.2"]


def test_write_is_atomic_and_replaces_an_existing_file(tmp_path):
    path = tmp_path / "a.json"
    path.write_text("old", encoding="utf-8")
    write_assessment(full_assessment(), path)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "gbt27922-assessment"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]  # no temporary file left behind


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "a.json"
    path.write_text("old", encoding="utf-8")

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(exchange.os, "replace", boom)
    with pytest.raises(OSError):
        write_assessment(full_assessment(), path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + dump_assessment(full_assessment()).encode("utf-8"))
    assert read_assessment(path) == full_assessment()


def _valid() -> dict:
    return json.loads(dump_assessment(full_assessment()))


def _set(path: str, value):
    """A mutation setting a dotted path ('responses.1.result') in the file's data; DELETE removes it."""

    def mutate(data):
        *parents, last = path.split(".")
        node = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        key = int(last) if isinstance(node, list) else last
        if value is DELETE:
            del node[key]
        else:
            node[key] = value

    return mutate


DELETE = object()


@pytest.mark.parametrize(
    "mutate, place, words",
    [
        (_set("format", "something-else"), "field 'format'", "not an assessment exchange file"),
        (_set("format_version", 2), "field 'format_version'", "version 2 is not supported"),
        (_set("enterprise", DELETE), "field 'enterprise'", "required field is missing"),
        (_set("enterprise.name", "   "), "field 'enterprise'", "name must not be blank"),
        (_set("enterprise.name", "x" * 501), "field 'enterprise.name'", "at most 500"),
        (_set("enterprise.kind", "retailer"), "field 'enterprise.kind'", "'retailer'"),
        (_set("assessed_on", "2025-02-30"), "field 'assessed_on'", "2025-02-30"),
        (_set("catalog.version", ""), "field 'catalog.version'", "at least 1 character"),
        (_set("responses.1.result", "pass"), "responses[1] (item '1.1.2') field 'result'", "'pass'"),
        (_set("responses.1.failed_samples", 11), "responses[1] (item '1.1.2') field 'failed_samples'",
         "failed_samples (11) is more than samples (10)"),
        (_set("responses.1.samples", None), "responses[1] (item '1.1.2') field 'samples'", "needs samples >= 1"),
        (_set("responses.1.samples", "ten"), "responses[1] (item '1.1.2') field 'samples'", "'ten'"),
        (_set("responses.1.samples", -1), "responses[1] (item '1.1.2') field 'samples'", "greater than or equal"),
        (_set("responses.2.justification", ""), "responses[2] (item '1.1.3') field 'justification'",
         "needs a justification"),
        (_set("responses.0.colour", "red"), "responses[0] (item '1.1.1') field 'colour'", "unknown field"),
        (_set("responses.0.evidence", "e1"), "responses[0] (item '1.1.1') field 'evidence'", "valid"),
        (_set("responses.3.due_on", "soon"), "responses[3] (item '1.2.1') field 'due_on'", "'soon'"),
        (_set("responses.1.item", "1.1.1"), "responses[1]", "item '1.1.1' is answered more than once"),
        (_set("responses.0", "met"), "responses[0]: ", "valid dictionary"),
        (_set("special_deductions.0.category", "tax"), "field 'special_deductions[0].category'", "'tax'"),
        (_set("special_deductions.0.description", ""), "field 'special_deductions[0].description'", "at least 1"),
        (_set("special_bonus", {"description": ""}), "field 'special_bonus.description'", "at least 1"),
        (_set("certificate.level", "Six Star!"), "field 'certificate.level'", "'Six Star!'"),
        (_set("certificate.audits.0.kind", "spot"), "field 'certificate.audits[0].kind'", "'spot'"),
        (_set("extra_top_level", 1), "field 'extra_top_level'", "unknown field"),
    ],
)
def test_every_kind_of_bad_field_names_the_file_and_the_place(tmp_path, mutate, place, words):
    data = _valid()
    mutate(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ExchangeError) as info:
        read_assessment(path)
    problems = info.value.problems
    assert any(p.startswith(f"{path}: {place}") and words in p for p in problems), problems


@pytest.mark.parametrize(
    "text, words",
    [
        ('{"format": "gbt27922-assessment",\n  "catalog": {\n    "id": "x",,\n', "invalid JSON at line 3, column 15"),
        ("", "invalid JSON at line 1, column 1"),
        ("[1, 2]", "must hold a JSON object, not an array"),
        ('"text"', "not a string"),
        ('{"format": "gbt27922-assessment", "format": "x"}', "key 'format' appears twice"),
        ('{"samples": NaN}', "NaN is not a number JSON allows"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_unreadable_json_names_the_file_and_the_position(text, words):
    with pytest.raises(ExchangeError) as info:
        parse_assessment(text, "upload.json")
    assert str(info.value).startswith("upload.json: ")
    assert words in str(info.value)


def test_several_problems_are_all_listed():
    data = _valid()
    data["responses"][0]["result"] = "yes"
    data["responses"][1]["failed_samples"] = 99
    data["assessed_on"] = "tomorrow"
    with pytest.raises(ExchangeError) as info:
        parse_assessment(json.dumps(data), "x.json")
    assert len(info.value.problems) == 3
    assert "3 problems" in str(info.value)


def test_a_file_over_five_megabytes_is_refused_before_it_is_parsed(tmp_path):
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(ExchangeError, match="limited to 5 MB"):
        read_assessment(path)
    with pytest.raises(ExchangeError, match="limited to 5 MB"):
        parse_assessment(" " * (MAX_FILE_BYTES + 1), "big.json")


@pytest.mark.parametrize(
    "content, words",
    [
        (None, "file not found"),
        (b"\xff\xfe{\x00}\x00", "not UTF-8"),
    ],
)
def test_a_missing_or_binary_file_is_named(tmp_path, content, words):
    path = tmp_path / "f.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ExchangeError, match=words) as info:
        read_assessment(path)
    assert str(path) in str(info.value)


def test_a_directory_is_not_an_exchange_file(tmp_path):
    with pytest.raises(ExchangeError, match="directory"):
        read_assessment(tmp_path)


@pytest.mark.parametrize(
    "answer, place, words",
    [
        (response("1.1.1", "partial", samples=3, failed_samples=1), "responses[0] (item '1.1.1')",
         "only for sampled items"),
        (response("1.1.2", "excluded"), "responses[0] (item '1.1.2')", "cannot be excluded"),
        (response("7.7.7"), "responses[0] (item '7.7.7')", "no such item"),
    ],
)
def test_responses_that_do_not_fit_the_catalog_are_named(answer, place, words):
    a = make_assessment(CATALOG).model_copy(update={"responses": (answer,)})
    with pytest.raises(ExchangeError) as info:
        validate_for_catalog(a, CATALOG, "x.json")
    assert info.value.problems[0].startswith(f"x.json: {place}: ")
    assert words in info.value.problems[0]


def test_a_file_for_another_catalog_is_named():
    a = make_assessment(small_catalog(catalog_id="another"))
    with pytest.raises(ExchangeError, match="x.json: catalog: .*'another'"):
        validate_for_catalog(a, CATALOG, "x.json")


def test_committed_json_schema_matches_the_models(repo_root):
    committed = json.loads((repo_root / "assessment" / "schema" / "assessment.schema.json").read_text("utf-8"))
    assert committed == json_schema(), "run: python -c 'from assessment.exchange import write_json_schema; " \
                                       "write_json_schema()'"


def test_json_schema_accepts_an_exported_file_and_refuses_a_broken_one():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json_schema()
    jsonschema.validate(_valid(), schema)
    bad = _valid()
    bad["responses"][0]["result"] = "pass"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_json_schema_names_the_public_fields():
    props = json_schema()["properties"]
    assert {"format", "format_version", "catalog", "enterprise", "assessed_on", "assessor", "responses",
            "special_deductions", "special_bonus", "certificate"} <= set(props)
    response_props = json_schema()["$defs"]["Response"]["properties"]
    assert {"item", "result", "samples", "failed_samples", "justification", "note", "evidence"} <= set(response_props)


# --- the Excel workbook ---


def _workbook(lang="zh", assessment=None):
    from openpyxl import load_workbook

    a = assessment or full_assessment()
    return load_workbook(io.BytesIO(result_workbook(CATALOG, a, score(CATALOG, a), lang)))


@pytest.mark.parametrize(
    "lang, names",
    [("zh", ["概要", "条款", "整改计划"]), ("en", ["Summary", "Items", "Action plan"]),
     ("es", ["Resumen", "Ítems", "Plan de acción"])],
)
def test_workbook_sheet_names_are_in_the_workbook_language(lang, names):
    assert _workbook(lang).sheetnames == names


def test_workbook_has_summary_items_and_action_plan_sheets():
    wb = _workbook()
    assert wb.sheetnames == ["概要", "条款", "整改计划"]
    summary = {row[0]: row[1] for row in wb["概要"].iter_rows(values_only=True)}
    a = full_assessment()
    result = score(CATALOG, a)
    assert summary["企业名称"] == "测试企业有限公司"
    assert summary["最终得分"] == float(result.final)
    assert summary["特别扣分"] == 1 and summary["特别加分"] == 1


def test_workbook_items_sheet_lists_every_item_in_catalog_order():
    rows = list(_workbook("en")["Items"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:6] == ("Area", "Indicator", "Item", "Requirement", "Method", "Result")
    assert [r[2] for r in body] == [item.id for _, _, item in CATALOG.iter_items()]
    by_id = {r[2]: r for r in body}
    assert by_id["1.1.2"][4:11] == ("Sampled", "Partly met", 10, 3, 4, 2.8, 1.2)
    assert by_id["1.1.3"][5] == "Excluded (not applicable)" and by_id["1.1.3"][9] is None
    assert by_id["2.1.1"][5] == "Not assessed"
    assert by_id["1.1.1"][3] == "requirement 1.1.1"


def test_workbook_action_plan_ranks_gaps_with_the_recorded_plan():
    rows = list(_workbook("en")["Action plan"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header == ("Rank", "Item", "Indicator", "Requirement", "Result", "Lost", "Score gain", "Corrective action",
                      "Owner", "Due", "Status", "Done on", "Verified by", "Verification note", "Overdue")
    ranked = [r for r in body if r[0] is not None]
    lost = [r[5] for r in ranked]
    assert lost == sorted(lost, reverse=True)
    plan = next(r for r in body if r[1] == "1.2.1")
    assert plan[7:9] == ("补充培训", "王芳")  # the older file's untracked action, lifted into the plan
    assert plan[9].date() == date(2025, 9, 30)
    assert plan[10] == "Open"
    other = next(r for r in body if r[1] == "2.1.1")
    assert other[7:11] == (None, None, None, None)  # blank when no plan was recorded
    deduction = next(r for r in body if r[1] == "Special deduction 1")
    assert (deduction[0], deduction[7], deduction[10]) == (None, "fix it", "Open")


def test_workbook_action_plan_shows_each_actions_status_and_marks_the_overdue_ones():
    from assessment.models import CorrectiveAction

    a = full_assessment()
    a = a.model_copy(update={"actions": a.actions + (
        CorrectiveAction(item="1.2.1", description="复训考核", status="verified", done_on=date(2025, 8, 1),
                         verified_by="李审核", verification_note="抽查合格"),
        CorrectiveAction(item="1.1.2", description="补签字", due_on=date(2025, 7, 1), status="in_progress"),
    )})
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(result_workbook(CATALOG, a, score(CATALOG, a), "en", today=date(2025, 7, 2))))
    body = list(wb["Action plan"].iter_rows(values_only=True))[1:]
    verified = next(r for r in body if r[7] == "复训考核")
    assert verified[1] == "1.2.1" and verified[10] == "Verified" and verified[11].date() == date(2025, 8, 1)
    assert verified[12:15] == ("李审核", "抽查合格", None)
    late = next(r for r in body if r[7] == "补签字")
    assert (late[10], late[14]) == ("In progress", "yes")
    on_time = next(r for r in body if r[7] == "补充培训")  # due 2025-09-30
    assert on_time[14] is None


@pytest.mark.parametrize("lang, first", [("zh", "序号"), ("en", "Rank"), ("es", "Orden")])
def test_workbook_headers_follow_the_language(lang, first):
    assert _workbook(lang).worksheets[-1]["A1"].value == first


def test_workbook_keeps_formula_like_text_as_text():
    a = full_assessment().with_response(Response(item="2.1.1", result="not_met", note="=HYPERLINK(\"x\")\x07"))
    cell = next(c for c in _workbook("en", a)["Items"]["L"] if c.value and str(c.value).startswith("=HYP"))
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("x")'


def test_every_label_has_three_languages():
    for key, values in HEADINGS.items():
        assert len(values) == 3 and all(values), key


def test_example_files_pass_the_schema(examples_dir: Path):
    jsonschema = pytest.importorskip("jsonschema")
    files = sorted(examples_dir.glob("*.json"))
    for f in files:
        jsonschema.validate(json.loads(f.read_text("utf-8")), json_schema())


# --- strict values: dates in the calendar, counts as whole numbers, no number too long ---

DATE_FIELDS = ["assessed_on", "certificate.issued_on", "certificate.audits.0.on", "responses.3.due_on",
               "actions.0.due_on"]


def _problems_of(data) -> list[str]:
    with pytest.raises(ExchangeError) as info:
        parse_assessment(json.dumps(data, ensure_ascii=False), "x.json")
    return info.value.problems


def _place(path: str) -> str:
    """The place a problem names for a dotted path of `_set` ('responses.3.due_on', 'certificate.audits.0.on')."""
    if path.startswith("responses."):
        index, field = path.split(".")[1:]
        item = _valid()["responses"][int(index)]["item"]
        return f"responses[{index}] (item '{item}') field '{field}'"
    return "field '" + path.replace(".0.", "[0].") + "'"


def test_certificate_issued_9999_12_31_is_refused_naming_the_field():
    data = _valid()
    data["certificate"]["issued_on"] = "9999-12-31"
    assert _problems_of(data) == [
        "x.json: field 'certificate.issued_on': should be a date from 1990-01-01 to 2199-12-31 (got '9999-12-31')"
    ]


@pytest.mark.parametrize("field", DATE_FIELDS)
@pytest.mark.parametrize("value", ["9999-12-31", "2200-01-01", "1989-12-31", "0001-01-01"])
def test_every_date_outside_1990_to_2199_is_refused_naming_the_field(field, value):
    data = _valid()
    _set(field, value)(data)
    problems = _problems_of(data)
    assert problems == [f"x.json: {_place(field)}: should be a date from 1990-01-01 to 2199-12-31 (got {value!r})"]


@pytest.mark.parametrize("field", DATE_FIELDS)
@pytest.mark.parametrize("value", ["1990-01-01", "2199-12-31"])
def test_the_first_and_last_day_of_the_range_are_accepted(field, value):
    data = _valid()
    _set(field, value)(data)
    parse_assessment(json.dumps(data), "x.json")


@pytest.mark.parametrize("field", DATE_FIELDS)
@pytest.mark.parametrize("value", [1750204800, 1750204800.0, "2025-06-18T00:00:00", "20250618", "2025-6-18", True])
def test_a_date_as_unix_time_or_another_format_is_refused_not_coerced(field, value):
    data = _valid()
    _set(field, value)(data)
    assert any(p.startswith(f"x.json: {_place(field)}: should be a date written YYYY-MM-DD") for p in _problems_of(data))


def test_a_date_that_is_not_on_the_calendar_is_named():
    data = _valid()
    data["assessed_on"] = "2025-02-29"
    assert _problems_of(data) == ["x.json: field 'assessed_on': is not a date of the calendar (got '2025-02-29')"]


@pytest.mark.parametrize("model, field", [(Certificate, "issued_on"), (Audit, "on"), (Response, "due_on")])
@pytest.mark.parametrize("day", [date(9999, 12, 31), date(1989, 12, 31)])
def test_a_form_building_a_model_gets_the_same_date_check(model, field, day):
    from pydantic import ValidationError

    fields = {
        Certificate: {"number": "C-1", "level": "compliant"},
        Audit: {"kind": "surveillance"},
        Response: {"item": "1.1.1", "result": "met"},
    }[model]
    with pytest.raises(ValidationError) as info:
        model(**fields, **{field: day})
    assert info.value.errors()[0]["loc"] == (field,)
    assert "1990-01-01 to 2199-12-31" in info.value.errors()[0]["msg"]


def test_the_date_bounds_are_one_pair_of_constants():
    from assessment import models

    assert (models.EARLIEST_DATE, models.LATEST_DATE) == (date(1990, 1, 1), date(2199, 12, 31))
    described = json.dumps(json_schema())
    # assessed_on, issued_on, audits[].on, a response's due_on (older files), an action's due_on and done_on,
    # and the service profile's document.issued_on
    assert described.count("from 1990-01-01 to 2199-12-31") == 7


@pytest.mark.parametrize(
    "value, got",
    [(True, "true"), ("12", "'12'"), (12.0, "12.0"), ("ten", "'ten'"), (None, None)],
)
def test_samples_as_boolean_text_or_float_is_refused_not_coerced(value, got):
    data = _valid()
    data["responses"][1]["samples"] = value
    problems = _problems_of(data)
    place = "x.json: responses[1] (item '1.1.2') field 'samples'"
    if got is None:  # null on a partial result: the rule of partial results says what is missing
        assert problems == [f"{place}: a 'partial' result needs samples >= 1"]
    else:
        assert problems == [f"{place}: should be a whole number (got {got})"]


@pytest.mark.parametrize("field", ["samples", "failed_samples"])
def test_a_count_over_one_million_is_refused_naming_the_field(field):
    data = _valid()
    data["responses"][1].update({"samples": 10**7, "failed_samples": 3})
    data["responses"][1][field] = 10**7
    problems = _problems_of(data)
    assert f"x.json: responses[1] (item '1.1.2') field '{field}': should be less than or equal to 1000000 " \
           f"(got 10000000)" in problems


def test_one_million_samples_are_accepted():
    data = _valid()
    data["responses"][1].update({"samples": 1_000_000, "failed_samples": 999_999})
    assert parse_assessment(json.dumps(data)).responses[1].samples == 1_000_000


@pytest.mark.parametrize("value", ["yes", 1, "true"])
def test_to_reverify_must_be_true_or_false(value):
    data = _valid()
    data["responses"][3]["to_reverify"] = value
    assert any("field 'to_reverify': should be true or false" in p for p in _problems_of(data))


def test_a_5000_digit_number_is_refused_naming_the_field_without_converting_it():
    import time

    text = dump_assessment(full_assessment()).replace('"samples": 10,', '"samples": ' + "9" * 5000 + ",", 1)
    start = time.perf_counter()
    with pytest.raises(ExchangeError) as info:
        parse_assessment(text, "x.json")
    assert time.perf_counter() - start < 1
    assert info.value.problems == [
        "x.json: responses[1] (item '1.1.2') field 'samples': a number of 5000 digits is too long (at most 100 digits)"
    ]


@pytest.mark.parametrize("text", ["9" * 5000, "[" + "-" + "9" * 4400 + "]", '{"a": {"b": [1, ' + "7" * 101 + "]}}"])
def test_a_number_too_long_anywhere_is_an_exchange_error(text):
    with pytest.raises(ExchangeError, match="digits is too long"):
        parse_assessment(text, "x.json")


def test_read_json_reads_other_small_json_inputs_with_the_same_rules(tmp_path):
    path = tmp_path / "effort.json"
    path.write_text('{"1.1.1": 2}', encoding="utf-8")
    assert exchange.read_json(path) == {"1.1.1": 2}
    path.write_text('{"1.1.1": ' + "9" * 5000 + "}", encoding="utf-8")
    with pytest.raises(ExchangeError, match=r"field '1\.1\.1': a number of 5000 digits is too long"):
        exchange.read_json(path)


# --- problems in every language ---


def _error_of(mutate) -> ExchangeError:
    data = _valid()
    mutate(data)
    with pytest.raises(ExchangeError) as info:
        parse_assessment(json.dumps(data, ensure_ascii=False), "x.json")
    return info.value


@pytest.mark.parametrize(
    "mutate, zh, es",
    [
        (_set("certificate.issued_on", "9999-12-31"),
         "x.json：字段 'certificate.issued_on'：日期应在 1990-01-01 至 2199-12-31 之间（实际为 '9999-12-31'）",
         "x.json: campo 'certificate.issued_on': debe ser una fecha entre el 1990-01-01 y el 2199-12-31 "
         "(valor recibido: '9999-12-31')"),
        (_set("responses.1.samples", True),
         "x.json：responses[1]（条款 '1.1.2'）字段 'samples'：应为整数（实际为 true）",
         "x.json: responses[1] (ítem '1.1.2'), campo 'samples': debe ser un número entero (valor recibido: true)"),
        (_set("responses.1.result", "pass"),
         "x.json：responses[1]（条款 '1.1.2'）字段 'result'：应为以下值之一：'met'、'not_met'、'partial'、'excluded'"
         "（实际为 'pass'）",
         "x.json: responses[1] (ítem '1.1.2'), campo 'result': debe ser uno de estos valores: 'met', 'not_met', "
         "'partial', 'excluded' (valor recibido: 'pass')"),
        (_set("responses.1.failed_samples", 11),
         "x.json：responses[1]（条款 '1.1.2'）字段 'failed_samples'：failed_samples（11）大于 samples（10）",
         "x.json: responses[1] (ítem '1.1.2'), campo 'failed_samples': failed_samples (11) es mayor que samples (10)"),
        (_set("enterprise", DELETE), "x.json：字段 'enterprise'：缺少必填字段",
         "x.json: campo 'enterprise': falta este campo obligatorio"),
        (_set("colour", "red"), "x.json：字段 'colour'：未知字段（不属于交换格式）",
         "x.json: campo 'colour': campo desconocido (no forma parte del formato de intercambio)"),
    ],
)
def test_validation_problems_are_worded_in_chinese_and_spanish(mutate, zh, es):
    error = _error_of(mutate)
    assert error.messages("zh") == [zh]
    assert error.messages("es") == [es]
    assert error.messages("en") == error.messages() == error.problems


@pytest.mark.parametrize(
    "text, zh",
    [
        ("", "upload.json：JSON 格式错误（第 1 行第 1 列）：Expecting value"),
        ("[1]", "upload.json：文件内容必须是一个 JSON 对象，而不是数组"),
        ('{"a": 1, "a": 2}', "upload.json：JSON 格式错误：同一对象中键 'a' 出现了两次"),
        ('{"format": "other"}', "upload.json：字段 'format'：应为 'gbt27922-assessment'，实际为 'other'；这不是评价交换文件"),
    ],
)
def test_file_problems_are_worded_in_chinese(text, zh):
    with pytest.raises(ExchangeError) as info:
        parse_assessment(text, "upload.json")
    assert info.value.messages("zh") == [zh]


def test_problems_that_do_not_fit_the_catalog_are_translated_and_keep_their_english():
    a = make_assessment(CATALOG).model_copy(update={"responses": (response("7.7.7"), response("1.1.2", "excluded"))})
    with pytest.raises(ExchangeError) as info:
        validate_for_catalog(a, CATALOG, "x.json")
    assert info.value.problems == [
        "x.json: responses[0] (item '7.7.7'): no such item in catalog test-catalog 1",
        "x.json: responses[1] (item '1.1.2'): this item cannot be excluded",
    ]
    assert info.value.messages("zh") == [
        "x.json：responses[0]（条款 '7.7.7'）：准则 test-catalog 1 中没有此条款",
        "x.json：responses[1]（条款 '1.1.2'）：本条款不可删减",
    ]
    assert info.value.messages("es")[1] == "x.json: responses[1] (ítem '1.1.2'): este ítem no se puede excluir"


def test_a_problem_worded_elsewhere_stays_in_english_in_every_language():
    error = ExchangeError("x.json", ["catalog gbt 9 is not known to this database"])
    assert error.messages("zh") == ["x.json：catalog gbt 9 is not known to this database"]
    assert error.problems == ["x.json: catalog gbt 9 is not known to this database"]


def test_every_rule_of_the_models_has_words_in_the_vocabulary():
    import ast

    from assessment import days, models, profile
    from assessment.vocabulary import TERMS

    codes = {
        node.args[0].value
        for module in (models, days, profile)
        for node in ast.walk(ast.parse(Path(module.__file__).read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "InvalidValue"
    }
    assert len(codes) >= 10
    assert not [c for c in codes if f"problem.{c}" not in TERMS]


def test_a_form_can_show_a_models_problems_in_its_language():
    from pydantic import ValidationError

    from assessment.problems import validation_messages

    with pytest.raises(ValidationError) as info:
        Certificate(number="", issued_on=date(9999, 12, 31), level="compliant")
    assert validation_messages(info.value, "zh") == [
        "字段 'number'：不能为空（至少 1 个字符）",
        "字段 'issued_on'：日期应在 1990-01-01 至 2199-12-31 之间",
    ]
    assert validation_messages(info.value, "en")[1] == "field 'issued_on': should be a date from 1990-01-01 to 2199-12-31"


def test_an_enterprises_contact_email_and_language_travel_in_the_file_and_stay_out_at_their_default():
    plain = make_assessment(CATALOG)
    assert set(json.loads(exchange.dump_assessment(plain))["enterprise"]) >= {"name"}
    assert not {"contact_email", "language"} & set(json.loads(exchange.dump_assessment(plain))["enterprise"])
    ent = plain.enterprise.model_copy(update={"contact_email": "qm@example.com", "language": "es"})
    text = exchange.dump_assessment(plain.model_copy(update={"enterprise": ent}))
    back = exchange.parse_assessment(text)
    assert (back.enterprise.contact_email, back.enterprise.language) == ("qm@example.com", "es")
    data = json.loads(text)
    data["enterprise"]["contact_email"] = "qm@example.com\r\nBcc: x@example.com"
    with pytest.raises(exchange.ExchangeError, match=r"enterprise\.contact_email.*e-mail address"):
        exchange.parse_assessment(json.dumps(data))
    data["enterprise"]["contact_email"], data["enterprise"]["language"] = "qm@example.com", "fr"
    with pytest.raises(exchange.ExchangeError, match=r"enterprise\.language"):
        exchange.parse_assessment(json.dumps(data))
