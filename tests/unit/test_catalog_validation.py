"""Catalogs are validated once; a broken one raises CatalogError naming every problem with its node."""

from __future__ import annotations

import copy
import signal
from contextlib import contextmanager
from decimal import Decimal

import pytest
from builders import SMALL_ITEMS, catalog_data, to_yaml

from criteria import CatalogError, load_catalog, parse_catalog


def _good() -> dict:
    return catalog_data(SMALL_ITEMS)


def _item(data: dict, item_id: str) -> dict:
    for area in data["areas"]:
        for ind in area["indicators"]:
            for item in ind["items"]:
                if item["id"] == item_id:
                    return item
    raise KeyError(item_id)


def _indicator(data: dict, indicator_id: str) -> dict:
    return next(i for a in data["areas"] for i in a["indicators"] if i["id"] == indicator_id)


def _problems(data: dict) -> list[str]:
    with pytest.raises(CatalogError) as info:
        parse_catalog(to_yaml(data), source="broken.yaml")
    assert str(info.value).startswith("broken.yaml:")
    return info.value.problems


def duplicate_item_id(d):
    _item(d, "1.1.2")["id"] = "1.1.1"


def duplicate_indicator_id(d):
    d["areas"][1]["indicators"][0]["id"] = "1.1"


def item_points_do_not_sum(d):
    _item(d, "1.2.2")["points"] = "11"


def indicator_points_do_not_sum(d):
    _indicator(d, "2.1")["points"] = "41"


def total_points_do_not_sum(d):
    d["rules"]["total_points"] = "99"


def missing_translation(d):
    del _item(d, "1.1.3")["requirement"]["es"]


def empty_translation(d):
    _indicator(d, "1.2")["name"]["en"] = ""


def unknown_method(d):
    _item(d, "2.1.1")["method"] = "weighted"


def thresholds_out_of_order(d):
    d["rules"]["levels"][2]["min_score"] = 85
    d["rules"]["levels"][3]["min_score"] = 84


def duplicate_level(d):
    d["rules"]["levels"][1]["id"] = "compliant"


def negative_points(d):
    _item(d, "1.1.1")["points"] = "-10"


def unknown_field(d):
    _item(d, "1.1.1")["weight"] = 3


def duplicate_evidence_id(d):
    item = _item(d, "1.2.1")
    item["evidence"].append(copy.deepcopy(item["evidence"][0]))


def indicator_without_items(d):
    ind = _indicator(d, "1.2")
    ind["items"] = []
    ind["points"] = "30"


@pytest.mark.parametrize(
    "break_it, node, words",
    [
        (duplicate_item_id, "'1.1.1'", "duplicate id"),
        (duplicate_indicator_id, "'1.1'", "duplicate id"),
        (item_points_do_not_sum, "'1.2'", "items sum to 31"),
        (indicator_points_do_not_sum, "'2.1'", "indicator says 41"),
        (total_points_do_not_sum, "total_points", "99"),
        (missing_translation, "'1.1.3'", "requirement.es"),
        (empty_translation, "'1.2'", "name.en"),
        (unknown_method, "'2.1.1'", "method"),
        (thresholds_out_of_order, "thresholds out of order", "four_star"),
        (duplicate_level, "rules.levels", "'compliant' appears 2 times"),
        (negative_points, "'1.1.1'", "points"),
        (unknown_field, "'1.1.1'", "weight"),
        (duplicate_evidence_id, "'1.2.1'", "duplicate evidence id"),
        (indicator_without_items, "'1.2'", "no items"),
    ],
    ids=lambda v: v.__name__ if callable(v) else None,
)
def test_broken_catalog_raises_catalog_error_naming_the_node(break_it, node, words):
    data = _good()
    break_it(data)
    problems = _problems(data)
    assert any(node in p and words in p for p in problems), problems


def test_catalog_with_several_problems_lists_all_of_them():
    data = _good()
    _item(data, "1.1.2")["id"] = "1.1.1"  # duplicate id (structural)
    del _item(data, "2.1.2")["guidance"]["zh"]  # missing translation (schema)
    problems = _problems(data)
    assert any("'1.1.1'" in p and "duplicate id" in p for p in problems)
    assert any("'2.1.2'" in p and "guidance.zh" in p for p in problems)


def test_catalog_with_several_arithmetic_problems_lists_all_of_them():
    data = _good()
    _item(data, "1.2.2")["points"] = "11"
    _item(data, "2.1.2")["points"] = "14"
    thresholds_out_of_order(data)
    problems = _problems(data)
    assert len(problems) >= 3
    assert any("'1.2'" in p for p in problems)
    assert any("'2.1'" in p for p in problems)
    assert any("thresholds out of order" in p for p in problems)


@pytest.mark.parametrize(
    "text, where",
    [
        ("catalog:\n  id: x\n  version: 1\n  title: a: b\nrules: {}\n", "line 4, column 11"),
        ("catalog:\n  id: x\n\tversion: 1\n", "line 3, column 1"),
        ("areas:\n  - id: '1'\n    name: {zh: a, en: b\n", "line 4"),
    ],
)
def test_yaml_syntax_error_names_the_line(text, where):
    problems = _problems_of_text(text)
    assert len(problems) == 1
    assert problems[0].startswith(f"YAML syntax error at {where}")


def _problems_of_text(text: str) -> list[str]:
    with pytest.raises(CatalogError) as info:
        parse_catalog(text, source="broken.yaml")
    return info.value.problems


@pytest.mark.parametrize("text", ["", "just a string", "- a\n- list\n"])
def test_a_file_that_is_not_a_mapping_is_refused(text):
    assert _problems_of_text(text)


def test_missing_catalog_file_is_a_catalog_error(tmp_path):
    with pytest.raises(CatalogError, match="file not found"):
        load_catalog(tmp_path / "nope.yaml")


def test_points_may_be_decimals_and_sum_exactly():
    data = catalog_data([("1.1.1", "33.3"), ("1.1.2", "33.3"), ("1.1.3", "33.4")])
    catalog = parse_catalog(to_yaml(data))
    assert catalog.rules.total_points == Decimal("100.0")


def test_default_catalog_is_valid_and_shaped_like_the_standard(the_default_catalog):
    cat = the_default_catalog
    assert cat.id == "gbt27922-2011"
    assert [a.id for a in cat.areas] == ["1", "2", "3"]
    assert [a.points for a in cat.areas] == [40, 35, 25]
    assert len(list(cat.indicators())) == 15
    assert sum(item.points for _, _, item in cat.iter_items()) == 100
    assert [lv.min_score for lv in cat.rules.levels] == [70, 80, 90, 95]
    assert cat.catalog.weighting == "toolkit_default"


# --- catalogs that expand, never finish, or overflow ---


def _alias_bomb() -> str:
    """A few kilobytes of anchors and aliases that would expand to 9**9 (about 387 million) strings."""
    lines = ['lol: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    return "\n".join(lines) + "\n"


@contextmanager
def _never_hangs(seconds: int = 30):
    """Fail (instead of hanging the suite) if the block has not ended after `seconds`: a guard against an
    expansion that never finishes, not a speed target (those are in bench/)."""
    def _stop(_signum, _frame):
        raise AssertionError(f"still running after {seconds} s: the input was expanded, not refused")

    previous = signal.signal(signal.SIGALRM, _stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_yaml_alias_bomb_is_refused_without_expanding_it():
    with _never_hangs():
        problems = _problems_of_text(_alias_bomb())
    assert problems == ["YAML error at line 2, column 8: YAML aliases (*name) are not allowed in a catalog; "
                        "write the value out in full"]


def test_an_alias_in_an_otherwise_good_catalog_is_refused_naming_its_line():
    data = _good()
    text = to_yaml(data).replace("rules:\n", "shared: &shared {zh: a, en: b, es: c}\nrules:\n", 1)
    text = text.replace("not_passed_name:", "not_passed_name: *shared\n  old_name:", 1)
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if "*shared" in row)
    problems = _problems_of_text(text)
    assert len(problems) == 1 and problems[0].startswith(f"YAML error at line {line}, column ")
    assert "aliases" in problems[0]


@pytest.mark.parametrize(
    "points, words",
    [
        ("1E-99999999", "no more than 2 decimal places"),
        ("1.005", "no more than 2 decimal places"),
        ("33.33333333333333333333333333333", "no more than 2 decimal places"),
        ("1000.01", "less than or equal to 1000"),
        ("1E+4", "less than or equal to 1000"),
        ("-0.5", "greater than or equal to 0"),
        ("NaN", "finite number"),
    ],
)
def test_points_are_non_negative_with_at_most_two_decimals_and_at_most_1000(points, words):
    data = _good()
    _item(data, "1.1.1")["points"] = points
    with _never_hangs():  # 1E-99999999 must not become a 99,999,999-digit decimal
        problems = _problems(data)
    assert any("'1.1.1'" in p and "points" in p and words in p for p in problems), problems


@pytest.mark.parametrize("field", ["total_points", "special_deduction_points", "bonus_points"])
def test_rule_points_have_the_same_bounds(field):
    data = _good()
    data["rules"][field] = "1E-99999999"
    assert any(field in p and "decimal places" in p for p in _problems(data))


def test_a_level_threshold_with_more_than_two_decimals_is_refused():
    data = _good()
    data["rules"]["levels"][0]["min_score"] = "1E-99999999"
    assert any("min_score" in p for p in _problems(data))


def test_sums_are_checked_exactly_not_at_28_digits():
    from criteria import _sum

    # The default decimal context (28 digits) would round this sum to 1.000000000000000000000000000E+30.
    assert str(_sum([Decimal(10**30), Decimal("0.01")])) == "1000000000000000000000000000000.01"
    assert _sum([Decimal("33.33"), Decimal("33.33"), Decimal("33.33")]) != Decimal(100)


@pytest.mark.parametrize(
    "section, field, value",
    [
        ("cycle", "validity_years", 10**6),
        ("cycle", "surveillance_interval_months", 10**9),
        ("cycle", "recertification_window_months", 0),
        ("cycle", "reminder_lead_days", []),
        ("cycle", "reminder_lead_days", [10**9]),
        ("cycle", "reminder_lead_days", [-1]),
        ("rules", "deductions_for_no_grade", 10**30),
        ("rules", "max_bonus", 10**30),
    ],
)
def test_cycle_and_rule_figures_beyond_sane_bounds_are_refused(section, field, value):
    data = _good()
    data.setdefault(section, {})[field] = value
    assert any(field in p for p in _problems(data))


def test_an_id_longer_than_an_assessment_can_reference_is_refused():
    data = _good()
    data["catalog"]["version"] = "v" * 101
    _item(data, "1.1.1")["id"] = "1" * 101
    problems = _problems(data)
    assert any("catalog.version" in p and "at most 100" in p for p in problems)
    assert any("'" + "1" * 101 + "'" in p for p in problems)


def test_a_catalog_over_one_megabyte_is_refused_by_load_and_by_parse(tmp_path):
    from criteria import MAX_CATALOG_BYTES

    text = to_yaml(_good()) + "#" * MAX_CATALOG_BYTES
    path = tmp_path / "big.yaml"
    path.write_text(text, encoding="utf-8")
    for call in (lambda: load_catalog(path), lambda: parse_catalog(text, source=str(path))):
        with pytest.raises(CatalogError) as info:
            call()
        assert info.value.problems == ["file is 1.0 MB; catalog files are limited to 1 MB"]
    assert MAX_CATALOG_BYTES == 1024 * 1024


def test_a_catalog_of_just_under_one_megabyte_is_read():
    from criteria import MAX_CATALOG_BYTES

    text = to_yaml(_good())
    text += "#" * (MAX_CATALOG_BYTES - len(text.encode("utf-8")) - 1) + "\n"
    assert parse_catalog(text).id == "test-catalog"


@pytest.mark.parametrize(
    "old, new, words",
    [
        ("total_points: '100'", "total_points: " + "9" * 5000, "a number of 5000 characters is too long"),
        ("published: '2011-12-30'", "published: 2011-02-30", "cannot read the value '2011-02-30'"),
        ("stars: 3", "stars: !!int three", "cannot read the value 'three'"),
    ],
)
def test_a_value_yaml_cannot_build_is_named_with_its_line(old, new, words):
    text = to_yaml(_good())
    assert old in text, text[:600]
    text = text.replace(old, new, 1)
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if new in row)
    problems = _problems_of_text(text)
    assert len(problems) == 1
    assert problems[0].startswith(f"YAML error at line {line}, column ") and words in problems[0]
