"""`gaps`: the items that lost points, by indicator, and the cheapest path to each higher level."""

from __future__ import annotations

from criteria import Catalog

from ..exchange import read_json
from ..reasons import reason_label
from ..vocabulary import label, level_label
from .common import EXIT_OK, MAX_EFFORT, CliError, fmt, lang, out, pad, print_json, short, width
from .resolve import load, scored


def read_effort(path: str, catalog: Catalog) -> dict[str, int]:
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
                            f"got {short(repr(value), 40)}")
    if problems:
        raise CliError("\n".join(problems))
    return dict(raw)


def cmd_gaps(args) -> int:
    from ..gaps import cheapest_paths, gaps, gaps_by_indicator

    loaded = load(args, args.file)
    assessment, catalog = loaded.assessment, loaded.catalog
    effort = read_effort(args.effort, catalog) if args.effort else None
    result = scored(loaded)
    paths = cheapest_paths(catalog, assessment, effort=effort, result=result)
    ranked = gaps(result)
    groups = gaps_by_indicator(result)
    if args.json:
        print_json({
            "final": float(result.final),
            "level": result.level,
            "gaps": [g.to_dict(None if effort is None else effort.get(g.item_id, 1)) for g in ranked],
            "by_indicator": [ig.to_dict() for ig in groups],
            "paths": [p.to_dict() for p in paths],
        })
        return EXIT_OK
    lg = lang(args)
    L = lambda key: label(key, lg)  # noqa: E731
    names = {ind.id: ind.name.get(lg) for ind in catalog.indicators()}
    texts = {item.id: item.requirement.get(lg) for _, _, item in catalog.iter_items()}
    out(f"{assessment.enterprise.name}: {L('score.final')} {fmt(result.final, 1)}, "
        f"{L('level')} {level_label(catalog, result.level, lg)}")
    out()
    out(f"{L('gaps')} ({L('lost')} / {L('score_gain')}):" if groups else L("no_gaps"))
    result_texts = {g.item_id: L(f"result.{g.result or 'unanswered'}") for ig in groups for g in ig.gaps}
    result_width = max(map(width, result_texts.values()), default=0)
    for ig in groups:
        out(f"  {ig.indicator_id} {names[ig.indicator_id]} — {L('lost')} {fmt(ig.lost)}")
        for g in ig.gaps:
            result_text = pad(result_texts[g.item_id], result_width)
            out(f"    {g.item_id:<8} {result_text} -{fmt(g.lost):<6} +{fmt(g.score_gain):<6} "
                f"{short(texts[g.item_id], 50)}")
    out()
    out(f"{L('paths')}:")
    if not paths:
        out(f"  {L('top_level')}")
    for p in paths:
        name = level_label(catalog, p.level, lg)
        if p.reachable:
            cost = f", {L('effort')} {p.effort}" if effort else ""
            items = ", ".join(p.items) if p.items else "-"
            out(f"  {name}: {label('fix_items', lg).format(n=len(p.items))}{cost} ({items}) -> "
                f"{L('projected')} {fmt(p.projected_final, 1)}")
        else:
            out(f"  {name}: {reason_label(p.reason or 'not_reachable_by_fixing_items', lg)}")
    return EXIT_OK
