"""The README cannot drift from the code: the verb list, the level table and the example scores are checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assessment.cli import VERBS, build_parser
from assessment.exchange import read_assessment
from assessment.scoring import score
from criteria import default_catalog

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(marker: str) -> str:
    match = re.search(rf"<!-- {marker} -->(.*?)<!-- /{marker} -->", README, re.S)
    assert match, f"README.md has no <!-- {marker} --> section"
    return match.group(1)


def _rows(marker: str) -> list[list[str]]:
    rows = []
    for line in _section(marker).strip().splitlines()[2:]:
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def test_the_readme_lists_every_cli_verb_and_no_other():
    documented = {re.match(r"`(\w+)", row[0]).group(1) for row in _rows("cli-verbs")}
    assert documented == set(VERBS)


def test_every_documented_verb_is_accepted_by_the_parser():
    parser = build_parser()
    subcommands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(VERBS) <= set(subcommands.choices)


def test_the_readme_level_table_matches_the_catalog_thresholds():
    catalog = default_catalog()
    rows = _rows("levels-table")
    thresholds = [int(re.search(r"\d+", row[0]).group()) for row in rows]
    assert thresholds[0] == catalog.rules.levels[0].min_score  # "below 70"
    assert thresholds[1:] == [lv.min_score for lv in catalog.rules.levels]
    names = [re.search(r"\((.+)\)", row[1]).group(1) for row in rows]
    assert names == [catalog.rules.not_passed_name.zh] + [lv.name.zh for lv in catalog.rules.levels]


@pytest.mark.parametrize("row", _rows("examples-table"), ids=lambda r: r[0])
def test_the_readme_example_scores_are_what_the_engine_computes(row):
    path = ROOT / "examples" / row[0].strip("`")
    assessment = read_assessment(path)
    result = score(default_catalog(), assessment)
    assert assessment.enterprise.name == row[1]
    assert str(result.final) == row[2]
    assert result.level == row[3]


def test_the_readme_gives_the_two_setup_commands():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    assert "make run" in quick and "make test" in quick
