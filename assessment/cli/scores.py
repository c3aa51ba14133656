"""`score` and `whatif`: the score of an assessment, and what it would be if the given items were met."""

from __future__ import annotations

from criteria import Catalog

from ..reasons import reason_label
from ..vocabulary import label, level_label
from ..scoring import Result
from .common import EXIT_OK, CliError, fmt, lang, out, print_json
from .resolve import load, scored


def cmd_score(args) -> int:
    loaded = load(args, args.file)
    assessment, catalog = loaded.assessment, loaded.catalog
    result = scored(loaded)
    if args.json:
        print_json(result.to_dict())
        return EXIT_OK
    lg = lang(args)
    L = lambda key: label(key, lg)  # noqa: E731
    out(f"{L('enterprise')}: {assessment.enterprise.name}")
    out(f"{L('assessed_on')}: {assessment.assessed_on.isoformat()}   {L('catalog')}: {catalog.id} {catalog.version}")
    print_summary(catalog, result, lg)
    out()
    for area in result.areas:
        a = next(x for x in catalog.areas if x.id == area.id)
        pct = "-" if area.percent is None else f"{fmt(area.percent, 1)}%"
        out(f"  {area.id} {a.name.get(lg)}: {fmt(area.earned)} / {fmt(area.applicable)}  ({pct})")
    return EXIT_OK


def print_summary(catalog: Catalog, result: Result, lg: str) -> None:
    L = lambda key: label(key, lg)  # noqa: E731
    out(f"{L('score.base')}: {fmt(result.base)}")
    out(f"{L('score.special_deductions')}: -{fmt(result.deductions)} ({result.deduction_count})")
    out(f"{L('score.special_bonus')}: +{fmt(result.bonus)}")
    out(f"{L('score.final')}: {fmt(result.final, catalog.rules.rounding.decimals)}")
    out(f"{L('level')}: {level_label(catalog, result.level, lg)}")
    eligible = L("yes") if result.eligible else (
        f"{L('no')} ({'; '.join(reason_label(r, lg) for r in result.ineligible_reasons)})"
    )
    out(f"{L('eligible')}: {eligible}")
    complete = L("yes") if result.complete else (
        f"{L('no')} ({L('unanswered')}: {len(result.unanswered)}: {', '.join(result.unanswered)})"
    )
    out(f"{L('complete')}: {complete}")
    if result.next_level:
        to_go = label("to_go", lg).format(n=fmt(result.points_to_next_level))
        out(f"{L('next_level')}: {level_label(catalog, result.next_level, lg)} ({to_go})")
    else:
        out(f"{L('next_level')}: {L('top_level')}")
    for note in result.notes:
        out(f"{L('notes')}: {reason_label(note, lg)}")


def cmd_whatif(args) -> int:
    from ..gaps import what_if

    loaded = load(args, args.file)
    assessment, catalog = loaded.assessment, loaded.catalog
    known = {item.id for _, _, item in catalog.iter_items()}
    unknown = [i for i in args.fix if i not in known]
    if unknown:
        raise CliError("; ".join(f"--fix {i!r}: no such item in catalog {catalog.id} {catalog.version}"
                                 for i in unknown))
    before = scored(loaded)
    fixes = list(dict.fromkeys(args.fix))
    after = what_if(catalog, assessment, fixes)
    if args.json:
        print_json({"fixed": fixes, "before": before.summary_dict(), "after": after.summary_dict()})
        return EXIT_OK
    lg = lang(args)
    out(f"{assessment.enterprise.name} — {label('fixed_items', lg)}: {', '.join(fixes)}")
    for title, result in (("before", before), ("after", after)):
        out()
        out(f"[{label(title, lg)}]")
        print_summary(catalog, result, lg)
    return EXIT_OK
