"""The command line in-process (no database): output, JSON contracts and exit status 2 on bad input."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from builders import SMALL_ITEMS, catalog_data, to_yaml
from icalendar import Calendar

from assessment.cli import VERBS, build_parser, main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FIVE = str(EXAMPLES / "05-five-star.json")
FOUR = str(EXAMPLES / "04-four-star.json")
THREE = str(EXAMPLES / "03-three-star.json")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv: str):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_help_lists_every_verb(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for verb in VERBS:
        assert f"    {verb} " in out or f"    {verb}\n" in out


@pytest.mark.parametrize("argv", [[], ["catalog"]])
def test_a_missing_verb_or_action_exits_2(capsys, argv):
    assert run(capsys, *argv)[0] == 2


def test_catalog_validate_accepts_the_default_catalog(capsys, repo_root):
    code, out, _ = run(capsys, "catalog", "validate", str(repo_root / "criteria" / "gbt27922-2011.yaml"))
    assert code == 0 and "ok" in out and "100" in out


def test_catalog_validate_lists_every_problem_of_a_broken_catalog(capsys, tmp_path):
    data = catalog_data(SMALL_ITEMS)
    data["areas"][0]["indicators"][0]["items"][0]["method"] = "guess"
    data["areas"][0]["indicators"][1]["items"][0]["id"] = "1.1.1"
    path = tmp_path / "broken.yaml"
    path.write_text(to_yaml(data), encoding="utf-8")
    code, out, err = run(capsys, "catalog", "validate", str(path))
    assert code == 2 and out == ""
    assert str(path) in err and "'1.1.1'" in err and "method" in err and "duplicate id" in err
    assert "Traceback" not in err


def test_catalog_show_json_gives_every_item(capsys, repo_root, the_default_catalog):
    data = run_json(capsys, "catalog", "show", str(repo_root / "criteria" / "gbt27922-2011.yaml"))
    assert (data["id"], data["version"]) == (the_default_catalog.id, the_default_catalog.version)
    assert [i["id"] for i in data["items"]] == [it.id for _, _, it in the_default_catalog.iter_items()]
    assert set(data["items"][0]) == {"id", "indicator", "area", "points", "method", "excludable"}
    assert sum(i["points"] for i in data["items"]) == 100


@pytest.mark.parametrize("lang, word", [("zh", "售后服务体系"), ("en", "After-sales service system")])
def test_catalog_show_prints_the_tree_in_the_chosen_language(capsys, repo_root, lang, word):
    code, out, _ = run(capsys, "--lang", lang, "catalog", "show", str(repo_root / "criteria" / "gbt27922-2011.yaml"))
    assert code == 0 and word in out and "1.2.2" in out


def test_score_json_has_the_public_keys(capsys):
    data = run_json(capsys, "score", FIVE)
    assert {"base", "deductions", "bonus", "final", "level", "eligible", "complete", "unanswered", "next_level",
            "points_to_next_level"} <= set(data)
    assert (data["final"], data["level"], data["bonus"]) == (96.3, "five_star", 1.0)


@pytest.mark.parametrize("where", ["before", "after"])
def test_global_options_work_before_or_after_the_verb(capsys, where):
    argv = ["--lang", "en", "score", THREE] if where == "before" else ["score", THREE, "--lang", "en"]
    code, out, _ = run(capsys, *argv)
    assert code == 0 and "Final score: 87.3" in out and "Three-star" in out


def test_score_in_chinese_by_default(capsys):
    code, out, _ = run(capsys, "score", THREE)
    assert code == 0 and "最终得分: 87.3" in out and "三星级" in out


def test_score_with_an_explicit_catalog(capsys, tmp_path):
    from builders import make_assessment, small_catalog

    from assessment.exchange import write_assessment

    catalog_path = tmp_path / "sheet.yaml"
    catalog_path.write_text(to_yaml(catalog_data(SMALL_ITEMS)), encoding="utf-8")
    file = tmp_path / "a.json"
    write_assessment(make_assessment(small_catalog(), all_met=True), file)
    # without --catalog the built-in catalog does not match: a clear error
    code, _, err = run(capsys, "score", str(file))
    assert code == 2 and "--catalog" in err and "'test-catalog'" in err
    data = run_json(capsys, "score", str(file), "--catalog", str(catalog_path))
    assert data["final"] == 100.0 and data["level"] == "five_star"


def test_gaps_json_ranks_and_gives_paths(capsys):
    data = run_json(capsys, "gaps", THREE)
    lost = [g["lost"] for g in data["gaps"]]
    assert lost == sorted(lost, reverse=True) and lost[0] == 5.0
    assert [p["level"] for p in data["paths"]] == ["four_star", "five_star"]
    assert data["paths"][0]["items"] == ["1.2.2"] and data["paths"][0]["reachable"]
    assert {g["indicator"] for g in data["by_indicator"]} == {g["indicator"] for g in data["gaps"]}


def test_gaps_with_an_effort_file(capsys, tmp_path):
    effort = tmp_path / "effort.json"
    effort.write_text(json.dumps({"1.2.2": 20}), encoding="utf-8")
    data = run_json(capsys, "gaps", THREE, "--effort", str(effort))
    four = data["paths"][0]
    assert "1.2.2" not in four["items"] and four["reachable"]
    assert four["effort"] == len(four["items"])


@pytest.mark.parametrize(
    "content, words",
    [
        ('{"9.9.9": 1}', "item '9.9.9': no such item"),
        ('{"1.2.2": 0}', "item '1.2.2': effort must be a whole number >= 1"),
        ('{"1.2.2": "a lot"}', "effort must be a whole number"),
        ("[1]", "must be a JSON object"),
        ("{", "invalid JSON at line 1"),
    ],
)
def test_a_bad_effort_file_exits_2_naming_the_item(capsys, tmp_path, content, words):
    effort = tmp_path / "effort.json"
    effort.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "gaps", THREE, "--effort", str(effort))
    assert code == 2 and words in err and str(effort) in err


def test_whatif_json_shows_before_and_after(capsys):
    data = run_json(capsys, "whatif", FOUR, "--fix", "1.5.3", "--fix", "2.1.3")
    assert data["fixed"] == ["1.5.3", "2.1.3"]
    assert (data["before"]["final"], data["before"]["level"]) == (92.9, "four_star")
    assert (data["after"]["final"], data["after"]["level"]) == (96.4, "five_star")


def test_whatif_with_an_unknown_item_exits_2(capsys):
    code, _, err = run(capsys, "whatif", FOUR, "--fix", "1.5.3", "--fix", "9.9.9")
    assert code == 2 and "--fix '9.9.9'" in err and "no such item" in err


def test_calendar_json_from_the_files_certificate(capsys):
    data = run_json(capsys, "calendar", FIVE, "--today", "2027-04-01")
    assert data["certificate"]["number"] == "FWRZ-GBT27922-2025-0618"
    assert data["state"] == "valid"
    kinds = [(e["kind"], e["due_on"], e["status"]) for e in data["events"]]
    assert kinds[0] == ("surveillance", "2026-06-18", "done")
    assert ("surveillance", "2027-06-18", "due_soon") in kinds
    assert data["reminders"][0]["lead_days"] == 90


def test_calendar_writes_an_ics_file(capsys, tmp_path):
    out = tmp_path / "cal.ics"
    code, _, err = run(capsys, "calendar", FOUR, "--today", "2026-11-28", "--ics", str(out))
    assert code == 0, err
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert events and all(len(list(e.walk("VALARM"))) == 3 for e in events)
    assert "青岛海岳商用冷柜有限公司" in str(events[0]["SUMMARY"])


def test_calendar_without_a_certificate_exits_2(capsys):
    code, _, err = run(capsys, "calendar", THREE)
    assert code == 2 and "field 'certificate'" in err and THREE in err


@pytest.mark.parametrize("today", ["2026-13-01", "tomorrow", "20261201", "2026-12-1", "9999-12-31", "1989-12-31"])
def test_calendar_with_a_bad_date_exits_2(capsys, today):
    with pytest.raises(SystemExit) as info:
        main(["calendar", FIVE, "--today", today])
    assert info.value.code == 2
    assert f"invalid date {today!r}" in capsys.readouterr().err


@pytest.mark.parametrize("verb", [["calendar", FIVE], ["portfolio"], ["report", FIVE, "-o", "x.pdf"]])
def test_a_today_outside_the_calendar_names_its_bounds(capsys, verb):
    with pytest.raises(SystemExit) as info:
        main([*verb, "--today", "2200-01-01"])
    assert info.value.code == 2
    assert "use a date from 1990-01-01 to 2199-12-31" in capsys.readouterr().err


@pytest.mark.parametrize("verb", ["score", "gaps", "calendar"])
def test_a_missing_file_exits_2_naming_it(capsys, tmp_path, verb):
    missing = tmp_path / "nope.json"
    code, out, err = run(capsys, verb, str(missing))
    assert code == 2 and out == ""
    assert err.startswith("error: ") and str(missing) in err and "file not found" in err


@pytest.mark.parametrize(
    "mutate, words",
    [
        (lambda d: d["responses"][2].update(failed_samples=99), "responses[2] (item '1.2.1') field 'failed_samples'"),
        (lambda d: d["responses"][0].update(result="partial", samples=3, failed_samples=1),
         "responses[0] (item '1.1.1'): 'partial' is only for sampled items"),
        (lambda d: d["responses"][0].update(item="8.8.8"), "responses[0] (item '8.8.8'): no such item"),
        (lambda d: d.update(format_version=9), "field 'format_version'"),
    ],
)
def test_a_bad_exchange_file_exits_2_naming_the_item_and_field(capsys, tmp_path, mutate, words):
    data = json.loads(Path(THREE).read_text("utf-8"))
    mutate(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "score", str(bad))
    assert code == 2
    assert str(bad) in err and words in err
    assert "Traceback" not in err


def test_report_without_the_reports_module_exits_2_with_a_message(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "assessment.cli.report_run", None)  # import fails as if the module were missing
    code, _, err = run(capsys, "report", FIVE, "-o", "out.pdf")
    assert code == 2 and "report" in err and "not available" in err


@pytest.mark.parametrize(
    "argv, words",
    [
        (["report", FIVE], "-o OUT.pdf"),
        (["report"], "FILE_OR_ID is required"),
        (["report", "--all"], "--out-dir DIR is required"),
        (["report", FIVE, "--all", "--out-dir", "x"], "not both"),
    ],
)
def test_report_arguments_are_checked_before_handing_over(capsys, argv, words):
    code, _, err = run(capsys, *argv)
    assert code == 2 and words in err


def test_report_hands_the_arguments_to_the_reports_module(capsys, monkeypatch):
    import types

    seen = {}
    fake = types.ModuleType("assessment.cli.report_run")
    fake.run_report = lambda args: seen.update(vars(args)) or 0
    monkeypatch.setitem(sys.modules, "assessment.cli.report_run", fake)
    code, _, _ = run(capsys, "--lang", "es", "report", FIVE, "-o", "x.pdf", "--html", "x.html")
    assert code == 0
    keys = ("source", "output", "html", "all", "out_dir", "jobs", "lang", "db")
    assert {k: seen[k] for k in keys} == {
        "source": FIVE, "output": "x.pdf", "html": "x.html", "all": False, "out_dir": None, "jobs": None,
        "lang": "es", "db": None,
    }


def test_parser_verbs_match_the_documented_list():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert tuple(sub.choices) == VERBS
