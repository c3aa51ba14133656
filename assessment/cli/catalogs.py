"""`catalog validate|show PATH`, `catalog add PATH`, `catalog list`: catalog files and the store's registry."""

from __future__ import annotations

from pathlib import Path

from criteria import CatalogError, load_catalog

from ..vocabulary import label
from .common import EXIT_OK, fmt, lang, num, open_store, out, print_json, short, table


def cmd_catalog_validate(args) -> int:
    cat = load_catalog(args.path)
    n_ind = sum(1 for _ in cat.indicators())
    n_items = sum(1 for _ in cat.iter_items())
    out(
        f"{args.path}: ok — {cat.id} {cat.version}: {len(cat.areas)} areas, {n_ind} indicators, "
        f"{n_items} items, {fmt(cat.rules.total_points)} points"
    )
    return EXIT_OK


def cmd_catalog_show(args) -> int:
    cat = load_catalog(args.path)
    if args.json:
        print_json({
            "id": cat.id,
            "version": cat.version,
            "standard": cat.catalog.standard,
            "weighting": cat.catalog.weighting,
            "total_points": num(cat.rules.total_points),
            "levels": [{"id": lv.id, "min_score": num(lv.min_score), "stars": lv.stars} for lv in cat.rules.levels],
            "items": [
                {
                    "id": item.id,
                    "indicator": ind.id,
                    "area": area.id,
                    "points": num(item.points),
                    "method": item.method,
                    "excludable": item.excludable,
                }
                for area, ind, item in cat.iter_items()
            ],
        })
        return EXIT_OK
    lg = lang(args)
    out(f"{cat.id} {cat.version} — {cat.catalog.title.get(lg)} ({fmt(cat.rules.total_points)})")
    if cat.catalog.weighting == "toolkit_default":
        out(f"  {label('default_weighting_note', lg)}")
    for area in cat.areas:
        out(f"{area.id} {area.name.get(lg)} ({fmt(area.points)})")
        for ind in area.indicators:
            out(f"  {ind.id} {ind.name.get(lg)} ({fmt(ind.points)})")
            for item in ind.items:
                tags = label(f"method.{item.method}", lg)
                if item.excludable:
                    tags += f", {label('excludable', lg)}"
                out(f"    {item.id} ({fmt(item.points)}) [{tags}] {short(item.requirement.get(lg), 70)}")
    levels = ", ".join(f"{lv.name.get(lg)} >= {fmt(lv.min_score)}" for lv in cat.rules.levels)
    out(f"{label('level', lg)}: {levels}")
    return EXIT_OK


def cmd_catalog_add(args) -> int:
    """Validate a catalog file (every problem listed, naming the file) and register it in the store."""
    cat = load_catalog(args.path)
    text = Path(args.path).read_text(encoding="utf-8")  # load_catalog has read it as UTF-8 already
    with open_store(args) as store:
        try:
            store.register_catalog(text)
        except CatalogError as exc:  # the same id and version already stored with other content
            raise CatalogError(args.path, exc.problems) from None
    out(f"{args.path}: registered catalog {cat.id} {cat.version} — {cat.catalog.title.get(lang(args))}")
    return EXIT_OK


def cmd_catalog_list(args) -> int:
    """Every catalog the store knows (the built-in one first): id, version, title (in --lang), default."""
    lg = lang(args)
    with open_store(args) as store:
        rows = [c.to_dict() for c in store.registered_catalogs(lg)]
    if args.json:
        print_json(rows)
        return EXIT_OK
    table(
        ["id", label("version", lg), label("title", lg), label("default", lg)],
        [[r["id"], r["version"], r["title"], "*" if r["default"] else ""] for r in rows],
    )
    return EXIT_OK
