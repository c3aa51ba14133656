"""The command line: `python -m assessment VERB ...`.

Every verb reads, calls the domain core and prints; no business rule lives here. Bad input of any kind ends
with exit status 2 and one message on stderr naming the file, the item or field and what is wrong.
Identifiers and JSON output are language-neutral; `--lang` only changes the human-readable text.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence

from criteria import LANGUAGES, Catalog, CatalogError, default_catalog, load_catalog

from .exchange import (
    ExchangeError,
    read_assessment,
    read_json,
    validate_for_catalog,
    write_assessment,
    write_atomically,
)
from .models import Assessment
from .reasons import reason_label
from .vocabulary import label, level_label
from .scoring import InvalidResponse, Result, round_half_up, score

EXIT_OK = 0
EXIT_BAD_INPUT = 2
MAX_EFFORT = 1_000_000  # effort units per item in an effort map
DEFAULT_LANG = "zh"

VERBS = ("catalog", "score", "gaps", "whatif", "calendar", "import", "export", "list", "report")


class CliError(Exception):
    """Bad input found by the command line itself; the message names the place and the problem."""


# --- entry point -----------------------------------------------------------------------------------------


def main(argv: Optional[Sequence[str]] = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a terminal that cannot show a character never crashes a verb
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    try:
        return args.handler(args)
    except (CliError, ExchangeError, CatalogError, InvalidResponse) as exc:
        _fail(str(exc))
    except BrokenPipeError:  # `... | head`: stop quietly, and keep the interpreter from flushing again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    return EXIT_BAD_INPUT


def _fail(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    # Global options may come before or after the verb: the parent parser suppresses its defaults so a
    # verb's copy never overwrites a value given before the verb.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help=f"language of human-readable output (default {DEFAULT_LANG})")
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (default: DATABASE_URL, else the local SQLite file)")

    parser = argparse.ArgumentParser(
        prog="python -m assessment",
        description="GB/T 27922-2011 after-sales service self-assessment: score, gaps, calendar, store.",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANG,
                        help=f"language of human-readable output (default {DEFAULT_LANG})")
    parser.add_argument("--db", metavar="URL", default=None,
                        help="database URL (default: DATABASE_URL, else the local SQLite file)")
    verbs = parser.add_subparsers(title="verbs", metavar="VERB")

    def verb(name: str, handler, help: str) -> argparse.ArgumentParser:
        p = verbs.add_parser(name, parents=[common], help=help, description=help)
        p.set_defaults(handler=handler)
        return p

    file_help = "an assessment exchange file (.json), or the id of a stored assessment"
    catalog_help = "catalog file (default: the built-in catalog when the file's catalog id matches)"

    p = verb("catalog", None, "validate or show a criteria catalog")
    sub = p.add_subparsers(title="catalog verbs", metavar="ACTION")
    q = sub.add_parser("validate", parents=[common], help="check a catalog file and list every problem")
    q.add_argument("path", metavar="PATH")
    q.set_defaults(handler=cmd_catalog_validate)
    q = sub.add_parser("show", parents=[common], help="print the catalog tree with points")
    q.add_argument("path", metavar="PATH")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=cmd_catalog_show)
    p.set_defaults(handler=lambda args, parser=p: _usage(parser))

    p = verb("score", cmd_score, "score an assessment: base, deductions, bonus, final score and level")
    p.add_argument("file", metavar="FILE", help=file_help)
    p.add_argument("--catalog", metavar="PATH", help=catalog_help)
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("gaps", cmd_gaps, "items that lost points, by indicator, and the cheapest path to each higher level")
    p.add_argument("file", metavar="FILE", help=file_help)
    p.add_argument("--catalog", metavar="PATH", help=catalog_help)
    p.add_argument("--effort", metavar="FILE", help="JSON object mapping item id to effort (a whole number >= 1)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("whatif", cmd_whatif, "the score and level if the given items were met")
    p.add_argument("file", metavar="FILE", help=file_help)
    p.add_argument("--fix", metavar="ID", action="append", required=True, help="item id (repeatable)")
    p.add_argument("--catalog", metavar="PATH", help=catalog_help)
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("calendar", cmd_calendar, "surveillance, recertification and expiry dates of the file's certificate")
    p.add_argument("file", metavar="FILE", help=file_help)
    p.add_argument("--today", metavar="DATE", type=_iso_date, help="the day to judge statuses on (YYYY-MM-DD)")
    p.add_argument("--ics", metavar="OUT", help="also write an iCalendar file with reminders")
    p.add_argument("--catalog", metavar="PATH", help="catalog whose cycle rules apply (default: built-in)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("import", cmd_import, "import exchange files into the database")
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--force", action="store_true",
                   help="store a file even when an identical round is already stored (default: skip it)")

    p = verb("export", cmd_export, "export a stored assessment as an exchange file")
    p.add_argument("id", metavar="ID", type=_positive_int)
    p.add_argument("-o", "--output", metavar="FILE", required=True)

    p = verb("list", cmd_list, "list stored assessments")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("report", cmd_report, "write a PDF (and HTML) report of one assessment, or of all stored ones")
    p.add_argument("source", metavar="FILE_OR_ID", nargs="?", help=file_help)
    p.add_argument("-o", "--output", metavar="OUT.pdf", help="PDF file to write")
    p.add_argument("--html", metavar="OUT.html", help="also (or only) write the HTML")
    p.add_argument("--all", action="store_true", help="one report per stored assessment")
    p.add_argument("--out-dir", metavar="DIR", help="folder for --all")
    p.add_argument("--jobs", metavar="N", type=_positive_int, help="worker processes for --all (default: CPUs)")
    p.add_argument("--catalog", metavar="PATH", help=catalog_help)
    p.add_argument("--today", metavar="DATE", type=_iso_date, help="report date (default: today)")
    return parser


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    _fail(f"{parser.prog}: choose an action")
    return EXIT_BAD_INPUT


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: use YYYY-MM-DD") from None


def _positive_int(text: str) -> int:
    if not re.fullmatch(r"[0-9]+", text) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"invalid value {text!r}: expected a positive whole number")
    return int(text)


def _lang(args) -> str:
    return getattr(args, "lang", DEFAULT_LANG)


def _out(text: str = "") -> None:
    print(text)


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def _json_default(value: Any):
    if isinstance(value, (date,)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return _num(value)
    if isinstance(value, Fraction):
        return float(round_half_up(value, 2))
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _num(value: Decimal | Fraction | int | None):
    if value is None:
        return None
    d = value if isinstance(value, Decimal) else round_half_up(value, 2)
    return int(d) if d == d.to_integral_value() else float(d)


def _fmt(value: Decimal | Fraction | None, decimals: int = 2) -> str:
    if value is None:
        return "-"
    d = round_half_up(value, decimals) if not isinstance(value, Decimal) else value
    text = f"{d:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# --- loading ---------------------------------------------------------------------------------------------


@contextmanager
def _store(args) -> Iterator[Any]:
    """The store, opened lazily (SQLAlchemy is imported only by the verbs that need it)."""
    from sqlalchemy.exc import SQLAlchemyError

    from .store import Store, StoreError

    url = getattr(args, "db", None)
    try:
        store = Store(url=url)
    except StoreError as exc:  # StorageUnavailable: names the database and why
        raise CliError(str(exc)) from None
    except (SQLAlchemyError, ValueError, OSError) as exc:
        raise CliError(f"database {_safe_url(url)}: cannot open: {_first_line(exc)}") from None
    try:
        yield store
    except StoreError as exc:
        raise CliError(str(exc)) from None
    except SQLAlchemyError as exc:
        raise CliError(f"database: {_first_line(exc)}") from None
    finally:
        store.close()


def _safe_url(url: Optional[str]) -> str:
    shown = url or os.environ.get("DATABASE_URL") or "(default SQLite file)"
    return re.sub(r"//([^:/@]*):[^@/]*@", r"//\1:***@", shown)  # never print a password


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _is_stored_id(text: str) -> bool:
    return bool(re.fullmatch(r"[0-9]+", text)) and not Path(text).exists()


def _load(args) -> tuple[Assessment, Catalog, str]:
    """The assessment named by FILE (a file, or a stored id), the catalog to score it with, and its name."""
    source = args.file
    if _is_stored_id(source):
        with _store(args) as store:
            assessment = store.export_assessment(int(source))
            source = f"assessment {source}"
            catalog = _catalog_for(args, assessment, source, store)
        return assessment, catalog, source
    assessment = read_assessment(source)
    return assessment, _catalog_for(args, assessment, source), source


def _catalog_for(args, assessment: Assessment, source: str, store=None) -> Catalog:
    """--catalog PATH; else the catalog the store knows by id and version; else the built-in one if the id matches."""
    path = getattr(args, "catalog", None)
    ref = assessment.catalog
    catalog = load_catalog(path) if path else None
    if catalog is None and store is not None:
        try:
            catalog = store.catalog(ref.id, ref.version)
        except LookupError:
            pass
    if catalog is None:
        catalog = default_catalog()
        if ref.id != catalog.id:
            raise CliError(
                f"{source}: field 'catalog.id': answered against catalog {ref.id!r}, not the built-in "
                f"{catalog.id!r}; pass --catalog PATH"
            )
    if assessment.catalog.id == catalog.id and assessment.catalog.version != catalog.version:
        print(
            f"warning: {source} was answered against {catalog.id} version {assessment.catalog.version}; "
            f"scoring with version {catalog.version}",
            file=sys.stderr,
        )
    validate_for_catalog(assessment, catalog, source)
    return catalog


def _score(catalog: Catalog, assessment: Assessment, source: str) -> Result:
    try:
        return score(catalog, assessment)
    except InvalidResponse as exc:
        raise ExchangeError(source, exc.problems) from None


# --- catalog ---------------------------------------------------------------------------------------------


def cmd_catalog_validate(args) -> int:
    cat = load_catalog(args.path)
    n_ind = sum(1 for _ in cat.indicators())
    n_items = sum(1 for _ in cat.iter_items())
    _out(
        f"{args.path}: ok — {cat.id} {cat.version}: {len(cat.areas)} areas, {n_ind} indicators, "
        f"{n_items} items, {_fmt(cat.rules.total_points)} points"
    )
    return EXIT_OK


def cmd_catalog_show(args) -> int:
    cat = load_catalog(args.path)
    if args.json:
        _print_json({
            "id": cat.id,
            "version": cat.version,
            "standard": cat.catalog.standard,
            "weighting": cat.catalog.weighting,
            "total_points": _num(cat.rules.total_points),
            "levels": [{"id": lv.id, "min_score": _num(lv.min_score), "stars": lv.stars} for lv in cat.rules.levels],
            "items": [
                {
                    "id": item.id,
                    "indicator": ind.id,
                    "area": area.id,
                    "points": _num(item.points),
                    "method": item.method,
                    "excludable": item.excludable,
                }
                for area, ind, item in cat.iter_items()
            ],
        })
        return EXIT_OK
    lang = _lang(args)
    _out(f"{cat.id} {cat.version} — {cat.catalog.title.get(lang)} ({_fmt(cat.rules.total_points)})")
    if cat.catalog.weighting == "toolkit_default":
        _out(f"  {label('default_weighting_note', lang)}")
    for area in cat.areas:
        _out(f"{area.id} {area.name.get(lang)} ({_fmt(area.points)})")
        for ind in area.indicators:
            _out(f"  {ind.id} {ind.name.get(lang)} ({_fmt(ind.points)})")
            for item in ind.items:
                tags = label(f"method.{item.method}", lang)
                if item.excludable:
                    tags += f", {label('excludable', lang)}"
                _out(f"    {item.id} ({_fmt(item.points)}) [{tags}] {_short(item.requirement.get(lang), 70)}")
    levels = ", ".join(f"{lv.name.get(lang)} >= {_fmt(lv.min_score)}" for lv in cat.rules.levels)
    _out(f"{label('level', lang)}: {levels}")
    return EXIT_OK


def _width(text: str) -> int:
    """Columns a string takes in a terminal: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _table(headers: list[str], rows: list[list[str]], right: tuple[int, ...] = ()) -> None:
    widths = [max(_width(r[i]) for r in [headers, *rows]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            out.append(" " * (widths[i] - _width(cell)) + cell if i in right else _pad(cell, widths[i]))
        return "  ".join(out).rstrip()

    _out(line(headers))
    for r in rows:
        _out(line(r))


def _short(text: str, width: int) -> str:
    """The text on one line, cut to `width` terminal columns."""
    text = " ".join(text.split())
    if _width(text) <= width:
        return text
    out, used = [], 1
    for ch in text:
        used += _width(ch)
        if used > width:
            break
        out.append(ch)
    return "".join(out) + "…"


# --- score, gaps, what-if --------------------------------------------------------------------------------


def cmd_score(args) -> int:
    assessment, catalog, source = _load(args)
    result = _score(catalog, assessment, source)
    if args.json:
        _print_json(result.to_dict())
        return EXIT_OK
    lang = _lang(args)
    L = lambda key: label(key, lang)  # noqa: E731
    _out(f"{L('enterprise')}: {assessment.enterprise.name}")
    _out(f"{L('assessed_on')}: {assessment.assessed_on.isoformat()}   {L('catalog')}: {catalog.id} {catalog.version}")
    _print_summary(catalog, result, lang)
    _out()
    for area in result.areas:
        a = next(x for x in catalog.areas if x.id == area.id)
        pct = "-" if area.percent is None else f"{_fmt(area.percent, 1)}%"
        _out(f"  {area.id} {a.name.get(lang)}: {_fmt(area.earned)} / {_fmt(area.applicable)}  ({pct})")
    return EXIT_OK


def _print_summary(catalog: Catalog, result: Result, lang: str) -> None:
    L = lambda key: label(key, lang)  # noqa: E731
    _out(f"{L('score.base')}: {_fmt(result.base)}")
    _out(f"{L('score.special_deductions')}: -{_fmt(result.deductions)} ({result.deduction_count})")
    _out(f"{L('score.special_bonus')}: +{_fmt(result.bonus)}")
    _out(f"{L('score.final')}: {_fmt(result.final, catalog.rules.rounding.decimals)}")
    _out(f"{L('level')}: {level_label(catalog, result.level, lang)}")
    eligible = L("yes") if result.eligible else (
        f"{L('no')} ({'; '.join(reason_label(r, lang) for r in result.ineligible_reasons)})"
    )
    _out(f"{L('eligible')}: {eligible}")
    complete = L("yes") if result.complete else (
        f"{L('no')} ({L('unanswered')}: {len(result.unanswered)}: {', '.join(result.unanswered)})"
    )
    _out(f"{L('complete')}: {complete}")
    if result.next_level:
        to_go = label("to_go", lang).format(n=_fmt(result.points_to_next_level))
        _out(f"{L('next_level')}: {level_label(catalog, result.next_level, lang)} ({to_go})")
    else:
        _out(f"{L('next_level')}: {L('top_level')}")
    for note in result.notes:
        _out(f"{L('notes')}: {reason_label(note, lang)}")


def _read_effort(path: str, catalog: Catalog) -> dict[str, int]:
    raw = read_json(path)  # the exchange file's rules: size cap, UTF-8, strict JSON, bounded numbers
    if not isinstance(raw, dict):
        raise CliError(f"{path}: the effort file must be a JSON object mapping item id to a whole number")
    known = {item.id for _, _, item in catalog.iter_items()}
    problems = []
    for key, value in raw.items():
        if key not in known:
            problems.append(f"{path}: item {key!r}: no such item in catalog {catalog.id} {catalog.version}")
        elif isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_EFFORT:
            problems.append(f"{path}: item {key!r}: effort must be a whole number >= 1 and <= {MAX_EFFORT:,}, "
                            f"got {_short(repr(value), 40)}")
    if problems:
        raise CliError("\n".join(problems))
    return dict(raw)


def cmd_gaps(args) -> int:
    from .gaps import cheapest_paths, gaps, gaps_by_indicator

    assessment, catalog, source = _load(args)
    effort = _read_effort(args.effort, catalog) if args.effort else None
    result = _score(catalog, assessment, source)
    paths = cheapest_paths(catalog, assessment, effort=effort, result=result)
    ranked = gaps(result)
    groups = gaps_by_indicator(result)
    if args.json:
        _print_json({
            "final": float(result.final),
            "level": result.level,
            "gaps": [
                {
                    "item": g.item_id,
                    "indicator": g.indicator_id,
                    "area": g.area_id,
                    "result": g.result,
                    "lost": float(g.lost_rounded),
                    "score_gain": float(g.gain_rounded),
                    "effort": None if effort is None else effort.get(g.item_id, 1),
                }
                for g in ranked
            ],
            "by_indicator": [
                {"indicator": ig.indicator_id, "lost": float(round_half_up(ig.lost, 2)),
                 "items": [g.item_id for g in ig.gaps]}
                for ig in groups
            ],
            "paths": [
                {
                    "level": p.level,
                    "reachable": p.reachable,
                    "items": list(p.items),
                    "effort": p.effort,
                    "projected_final": None if p.projected_final is None else float(p.projected_final),
                    "reason": p.reason,
                }
                for p in paths
            ],
        })
        return EXIT_OK
    lang = _lang(args)
    L = lambda key: label(key, lang)  # noqa: E731
    names = {ind.id: ind.name.get(lang) for ind in catalog.indicators()}
    texts = {item.id: item.requirement.get(lang) for _, _, item in catalog.iter_items()}
    _out(f"{assessment.enterprise.name}: {L('score.final')} {_fmt(result.final, 1)}, "
         f"{L('level')} {level_label(catalog, result.level, lang)}")
    _out()
    _out(f"{L('gaps')} ({L('lost')} / {L('score_gain')}):" if groups else L("no_gaps"))
    result_texts = {g.item_id: L(f"result.{g.result or 'unanswered'}") for ig in groups for g in ig.gaps}
    result_width = max(map(_width, result_texts.values()), default=0)
    for ig in groups:
        _out(f"  {ig.indicator_id} {names[ig.indicator_id]} — {L('lost')} {_fmt(ig.lost)}")
        for g in ig.gaps:
            result_text = _pad(result_texts[g.item_id], result_width)
            _out(f"    {g.item_id:<8} {result_text} -{_fmt(g.lost):<6} +{_fmt(g.score_gain):<6} "
                 f"{_short(texts[g.item_id], 50)}")
    _out()
    _out(f"{L('paths')}:")
    if not paths:
        _out(f"  {L('top_level')}")
    for p in paths:
        name = level_label(catalog, p.level, lang)
        if p.reachable:
            cost = f", {L('effort')} {p.effort}" if effort else ""
            items = ", ".join(p.items) if p.items else "-"
            _out(f"  {name}: {label('fix_items', lang).format(n=len(p.items))}{cost} ({items}) -> "
                 f"{L('projected')} {_fmt(p.projected_final, 1)}")
        else:
            _out(f"  {name}: {reason_label(p.reason or 'not_reachable_by_fixing_items', lang)}")
    return EXIT_OK


def cmd_whatif(args) -> int:
    from .gaps import what_if

    assessment, catalog, source = _load(args)
    known = {item.id for _, _, item in catalog.iter_items()}
    unknown = [i for i in args.fix if i not in known]
    if unknown:
        raise CliError("; ".join(f"--fix {i!r}: no such item in catalog {catalog.id} {catalog.version}"
                                 for i in unknown))
    before = _score(catalog, assessment, source)
    fixes = list(dict.fromkeys(args.fix))
    after = what_if(catalog, assessment, fixes)
    if args.json:
        _print_json({"fixed": fixes, "before": _summary_dict(before), "after": _summary_dict(after)})
        return EXIT_OK
    lang = _lang(args)
    _out(f"{assessment.enterprise.name} — {label('fixed_items', lang)}: {', '.join(fixes)}")
    for title, result in (("before", before), ("after", after)):
        _out()
        _out(f"[{label(title, lang)}]")
        _print_summary(catalog, result, lang)
    return EXIT_OK


def _summary_dict(result: Result) -> dict:
    data = result.to_dict()
    for key in ("items", "indicators", "areas"):
        data.pop(key, None)
    return data


# --- calendar --------------------------------------------------------------------------------------------


def cmd_calendar(args) -> int:
    from .cycle import certificate_events, certificate_state, due_reminders, to_ics

    source = args.file
    if _is_stored_id(source):
        with _store(args) as store:
            assessment = store.export_assessment(int(source))
        source = f"assessment {source}"
    else:
        assessment = read_assessment(source)
    cert = assessment.certificate
    if cert is None:
        raise CliError(f"{source}: field 'certificate': the file has no certificate, so there is no calendar")
    # A file answered against another catalog still gets a calendar: cycle rules default to the built-in ones.
    catalog = load_catalog(args.catalog) if args.catalog else default_catalog()
    rules = catalog.cycle
    today = args.today or date.today()  # the edge of the system: the only place the clock is read
    events = certificate_events(cert, today, rules)
    state = certificate_state(cert, today, rules)
    reminders = due_reminders([cert], today, rules)
    lang = _lang(args)
    if args.ics:
        titles = {
            "surveillance": label("event.surveillance", lang),
            "recertification_window": label("event.recertification_window", lang),
            "expiry": label("event.expiry", lang),
        }
        data = to_ics([(assessment.enterprise.name, cert)], today, rules, titles=titles)
        try:
            write_atomically(Path(args.ics), data)
        except OSError as exc:
            raise CliError(f"{args.ics}: cannot write: {exc.strerror or exc}") from None
    if args.json:
        _print_json({
            "certificate": {"number": cert.number, "issued_on": cert.issued_on, "level": cert.level},
            "today": today,
            "state": state,
            "events": [
                {"kind": e.kind, "sequence": e.sequence, "due_on": e.due_on, "status": e.status,
                 "done_on": e.done_on, "ends_on": e.ends_on}
                for e in events
            ],
            "reminders": [
                {"kind": r.event.kind, "sequence": r.event.sequence, "due_on": r.event.due_on,
                 "lead_days": r.lead_days, "remind_on": r.remind_on, "overdue": r.overdue}
                for r in reminders
            ],
        })
        return EXIT_OK
    L = lambda key: label(key, lang)  # noqa: E731
    level = level_label(catalog, cert.level, lang)
    _out(f"{assessment.enterprise.name} — {L('certificate')} {cert.number} ({level}), "
         f"{L('issued_on')} {cert.issued_on.isoformat()}")
    _out(f"{L('state')} ({today.isoformat()}): {L(f'certificate.{state}')}")
    _out()
    _table(
        [L("due"), L("status"), L("event"), L("done_on")],
        [
            [e.due_on.isoformat(), L(f"status.{e.status}"), L(f"event.{e.kind}").format(n=e.sequence),
             e.done_on.isoformat() if e.done_on else ""]
            for e in events
        ],
    )
    _out()
    _out(f"{L('reminders')}:")
    if not reminders:
        _out(f"  {L('none')}")
    for r in reminders:
        title = L(f"event.{r.event.kind}").format(n=r.event.sequence)
        when = L("status.overdue") if r.overdue else label("days_before", lang).format(n=r.lead_days)
        _out(f"  {r.event.due_on.isoformat()}  {title} ({when})")
    if args.ics:
        _out()
        _out(f"-> {args.ics}")
    return EXIT_OK


# --- the store -------------------------------------------------------------------------------------------


def cmd_import(args) -> int:
    """Import exchange files. Every file is read and checked against its catalog first: one bad file imports none.

    A file identical to a stored round (see Store.find_identical) is reported as already stored and skipped,
    so running an interrupted import again stores only the files it had not reached; --force stores it anyway.
    """
    from .store import StorageUnavailable

    with _store(args) as store:
        loaded: list[tuple[str, Assessment]] = []
        problems: list[str] = []
        for path in args.files:
            try:
                assessment = read_assessment(path)
                ref = assessment.catalog
                try:
                    catalog = store.catalog(ref.id, ref.version)
                except LookupError:
                    problems.append(f"{path}: field 'catalog': catalog {ref.id} {ref.version} is not known to this "
                                    f"database; register it first")
                    continue
                validate_for_catalog(assessment, catalog, path)
                loaded.append((path, assessment))
            except ExchangeError as exc:
                problems.extend(exc.problems)
        if problems:
            raise CliError(problems[0] if len(problems) == 1 else "\n  - ".join(["nothing imported:", *problems]))
        stored_any = False
        for path, assessment in loaded:
            try:
                same = None if args.force else store.find_identical(assessment)
                if same is not None:
                    _out(f"{path}: already stored as #{same.id} (enterprise {same.enterprise_id}, "
                         f"{assessment.enterprise.name}); not imported again (--force stores it anyway)")
                    stored_any = True
                    continue
                stored = store.import_assessment(assessment)
            except InvalidResponse as exc:
                raise ExchangeError(path, exc.problems) from None
            except StorageUnavailable as exc:
                if not stored_any:
                    raise
                raise CliError(f"{path}: {exc}; the files reported above are stored, and running the same "
                               "command again skips them") from None
            stored_any = True
            _out(f"{path}: imported as assessment {stored.id} (enterprise {stored.enterprise_id}, "
                 f"{assessment.enterprise.name})")
    return EXIT_OK


def cmd_export(args) -> int:
    with _store(args) as store:
        assessment = store.export_assessment(args.id)
        try:
            catalog = store.catalog(assessment.catalog.id, assessment.catalog.version)
        except LookupError:
            catalog = None  # written in stored order
    try:
        write_assessment(assessment, args.output, catalog)
    except OSError as exc:
        raise CliError(f"{args.output}: cannot write: {exc.strerror or exc}") from None
    _out(f"assessment {args.id} -> {args.output}")
    return EXIT_OK


def cmd_list(args) -> int:
    with _store(args) as store:
        rows = store.list_assessments()
        try:
            catalog = default_catalog()
        except CatalogError:
            catalog = None
    if args.json:
        _print_json([
            {
                "id": r.id,
                "enterprise_id": r.enterprise_id,
                "enterprise_name": r.enterprise_name,
                "assessed_on": r.assessed_on,
                "catalog": {"id": r.catalog_id, "version": r.catalog_version},
                "final": None if r.final is None else float(r.final),
                "level": r.level,
                "complete": r.complete,
            }
            for r in rows
        ])
        return EXIT_OK
    lang = _lang(args)
    if not rows:
        _out(label("none", lang))
        return EXIT_OK
    table = []
    for r in rows:
        level = level_label(catalog, r.level, lang) if (catalog and r.level) else (r.level or "-")
        complete = "-" if r.complete is None else label("yes" if r.complete else "no", lang)
        final = "-" if r.final is None else _fmt(r.final, 1)
        table.append([str(r.id), r.assessed_on.isoformat(), final, level, complete, r.enterprise_name])
    headers = ["id", "assessed_on", "score.final", "level", "complete", "enterprise"]
    _table([label(h, lang) for h in headers], table, right=(0, 2))
    return EXIT_OK


# --- report ----------------------------------------------------------------------------------------------


def cmd_report(args) -> int:
    """Check the arguments, then hand over to `reports.cli.run_report(args)` (imported only here).

    `args` carries: source (FILE_OR_ID or None), output, html, all, out_dir, jobs, catalog, today, lang, db.
    """
    if args.all:
        if args.source:
            raise CliError("report: give either FILE_OR_ID or --all, not both")
        if not args.out_dir:
            raise CliError("report --all: --out-dir DIR is required")
    else:
        if not args.source:
            raise CliError("report: FILE_OR_ID is required (or --all --out-dir DIR)")
        if not (args.output or args.html):
            raise CliError("report: -o OUT.pdf (or --html OUT.html) is required")
    args.lang = _lang(args)
    args.db = getattr(args, "db", None)
    try:
        from reports.cli import run_report
    except (ImportError, OSError) as exc:  # OSError: WeasyPrint without its system libraries
        raise CliError(f"report: the report module is not available ({exc})") from None
    from .storage import StoreError

    try:
        return int(run_report(args) or 0)
    except StoreError as exc:  # e.g. StorageUnavailable while reading a stored assessment
        raise CliError(f"report: {exc}") from None
