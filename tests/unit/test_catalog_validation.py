"""Catalogs are validated once; a broken one raises CatalogError naming every problem with its node."""

from __future__ import annotations

import copy
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
