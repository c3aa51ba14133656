"""Criteria catalogs as validated data: `load_catalog(path)` and the default GB/T 27922-2011 catalog."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal, Inexact, localcontext
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .schema import (
    LANGUAGES,
    MAX_POINTS,
    POINTS_DECIMALS,
    Area,
    Catalog,
    CycleRules,
    Evidence,
    Indicator,
    Item,
    Level,
    Rules,
    Text,
)

__all__ = [
    "DEFAULT_CATALOG_PATH",
    "LANGUAGES",
    "MAX_CATALOG_BYTES",
    "MAX_POINTS",
    "POINTS_DECIMALS",
    "Area",
    "Catalog",
    "CatalogError",
    "CycleRules",
    "Evidence",
    "Indicator",
    "Item",
    "Level",
    "Rules",
    "Text",
    "default_catalog",
    "load_catalog",
    "parse_catalog",
]

DEFAULT_CATALOG_PATH = Path(__file__).with_name("gbt27922-2011.yaml")
# A catalog file is at most this size, wherever it comes from (a path, an upload, the database).
MAX_CATALOG_BYTES = 1024 * 1024
# No number in a catalog needs more digits; Python refuses to convert much longer ones.
_MAX_NUMBER_DIGITS = 100

# libyaml's safe loader is ten times faster than the pure-Python one and builds the same data.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, refusing aliases (a few kilobytes of them expand to gigabytes) and naming the line of a
    value that cannot be built (a date that does not exist, a number too long to convert)."""

    def construct_object(self, node, deep=False):
        if node in self.constructed_objects or node in self.recursive_objects:
            raise _AliasError(None, None, _ALIASES, node.start_mark)
        if isinstance(node, yaml.ScalarNode) and len(node.value) > _MAX_NUMBER_DIGITS and node.tag in _NUMBER_TAGS:
            raise yaml.constructor.ConstructorError(
                None, None, f"a number of {len(node.value)} characters is too long", node.start_mark
            )
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as exc:
            shown = repr(node.value[:40]) if isinstance(node, yaml.ScalarNode) else node.tag
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read the value {shown}: {exc}", node.start_mark
            ) from None


_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_ALIASES = "YAML aliases (*name) are not allowed in a catalog; write the value out in full"


class _AliasError(yaml.constructor.ConstructorError):
    pass


def _first_alias(text: str):
    """The mark of the first alias in the text (the error is found at the anchor; the reader needs the alias)."""
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.AliasEvent):
            return event.start_mark
    return None


class CatalogError(ValueError):
    """A catalog file that cannot be used. `problems` lists every problem found, each naming its place."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{source}: {len(self.problems)} problem(s) in catalog:\n{lines}")


def load_catalog(path: str | Path) -> Catalog:
    """Read, parse and validate a catalog file. Raises CatalogError listing every problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_CATALOG_BYTES:
            raise CatalogError(str(path), [_too_large(size)])
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CatalogError(str(path), ["file not found"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(str(path), [f"cannot read file: {exc}"]) from None
    return parse_catalog(text, source=str(path))


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    return load_catalog(DEFAULT_CATALOG_PATH)


def parse_catalog(text: str, source: str = "<catalog>") -> Catalog:
    """Parse and validate a catalog's YAML text (at most MAX_CATALOG_BYTES). Raises CatalogError listing every problem."""
    if len(text) > MAX_CATALOG_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_CATALOG_BYTES:
        raise CatalogError(source, [_too_large(len(text.encode("utf-8", "surrogatepass")))])
    try:
        raw = _load_yaml(text)
    except _AliasError as exc:
        raise CatalogError(source, [f"YAML error at {_where(_first_alias(text) or exc.problem_mark)}: {_ALIASES}"]) from None
    except yaml.constructor.ConstructorError as exc:
        raise CatalogError(source, [f"YAML error at {_where(exc.problem_mark)}: {exc.problem}"]) from None
    except yaml.MarkedYAMLError as exc:
        raise CatalogError(source, [f"YAML syntax error at {_where(exc.problem_mark)}: {exc.problem}"]) from None
    except yaml.YAMLError as exc:
        raise CatalogError(source, [f"YAML error: {exc}"]) from None
    except RecursionError:
        raise CatalogError(source, ["YAML error: nested too deeply"]) from None
    if not isinstance(raw, dict):
        raise CatalogError(source, ["the file must be a mapping with 'catalog', 'rules' and 'areas'"])

    problems = _structural_problems(raw)
    catalog = None
    try:
        catalog = Catalog.model_validate(raw)
    except ValidationError as exc:
        for err in exc.errors():
            problems.append(f"{_node_name(raw, err['loc'])}: {err['msg']}")
    if catalog is not None:
        problems.extend(_semantic_problems(catalog))
    if problems:
        raise CatalogError(source, _dedupe(problems))
    return catalog


def _load_yaml(text: str):
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def _where(mark) -> str:
    return f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"


def _too_large(size: int) -> str:
    return f"file is {size / 1024 / 1024:.1f} MB; catalog files are limited to {MAX_CATALOG_BYTES // 1024 // 1024} MB"


def _dedupe(problems: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for p in problems:
        seen.setdefault(p, None)
    return list(seen)


def _node_name(raw: Any, loc: tuple) -> str:
    """Turn a pydantic error location into a reader's place: the nearest node id plus the field path."""
    node_id = None
    node = raw
    rest: list[str] = []
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            node = None
        if isinstance(node, dict) and isinstance(node.get("id"), str) and part not in ("catalog",):
            node_id = node["id"]
            rest = []
        else:
            rest.append(str(part))
    field = ".".join(rest)
    if node_id:
        return f"node {node_id!r}" + (f" field {field!r}" if field else "")
    return f"field {'.'.join(str(p) for p in loc)!r}"


def _structural_problems(raw: dict) -> list[str]:
    """Problems pydantic cannot name well: duplicate ids anywhere in the tree."""
    problems: list[str] = []
    ids: Counter[str] = Counter()
    for area in raw.get("areas") or []:
        if not isinstance(area, dict):
            continue
        ids[str(area.get("id"))] += 1
        for ind in area.get("indicators") or []:
            if not isinstance(ind, dict):
                continue
            ids[str(ind.get("id"))] += 1
            for item in ind.get("items") or []:
                if not isinstance(item, dict):
                    continue
                ids[str(item.get("id"))] += 1
                ev_ids = Counter(str(e.get("id")) for e in item.get("evidence") or [] if isinstance(e, dict))
                for ev, n in ev_ids.items():
                    if n > 1:
                        problems.append(f"node {item.get('id')!r}: duplicate evidence id {ev!r}")
    for node_id, n in ids.items():
        if n > 1 and node_id != "None":
            problems.append(f"node {node_id!r}: duplicate id (used {n} times)")
    return problems


def _sum(values) -> Decimal:
    """An exact sum. Points have at most two decimals and are at most MAX_POINTS, and a catalog of at most
    MAX_CATALOG_BYTES holds fewer than a million nodes, so every sum has fewer than 15 significant digits: far
    inside this context's precision (the default 28 digits would round a sum of long decimals silently)."""
    with localcontext() as ctx:
        ctx.prec = 60
        ctx.traps[Inexact] = True  # cannot happen within the bounds above; if it did, it would never pass silently
        return sum(values, Decimal(0))


def _semantic_problems(cat: Catalog) -> list[str]:
    problems: list[str] = []
    total = _sum(a.points for a in cat.areas)
    if total != cat.rules.total_points:
        problems.append(f"catalog: areas sum to {total} points, rules.total_points is {cat.rules.total_points}")
    for area in cat.areas:
        if not area.indicators:
            problems.append(f"node {area.id!r}: area has no indicators")
        s = _sum(i.points for i in area.indicators)
        if s != area.points:
            problems.append(f"node {area.id!r}: indicators sum to {s} points, area says {area.points}")
        for ind in area.indicators:
            if not ind.items:
                problems.append(f"node {ind.id!r}: indicator has no items")
            s = _sum(i.points for i in ind.items)
            if s != ind.points:
                problems.append(f"node {ind.id!r}: items sum to {s} points, indicator says {ind.points}")
            for item in ind.items:
                if item.records is not None and item.method != "sampled":
                    problems.append(f"node {item.id!r}: records: only a sampled item is judged on a sample of "
                                    "records (method is qualitative)")
    levels = cat.rules.levels
    if not levels:
        problems.append("rules.levels: at least one level is required")
    level_ids = [lv.id for lv in levels]
    if "not_passed" in level_ids:
        problems.append("rules.levels: 'not_passed' is reserved for 'no level reached'; give the level another id")
    for lid, n in Counter(level_ids).items():
        if n > 1:
            problems.append(f"rules.levels: level {lid!r} appears {n} times")
    for lower, higher in zip(levels, levels[1:]):
        if not lower.min_score < higher.min_score:
            problems.append(
                f"rules.levels: thresholds out of order: {lower.id} ({lower.min_score}) must be below "
                f"{higher.id} ({higher.min_score})"
            )
        if lower.stars > higher.stars:
            problems.append(f"rules.levels: {higher.id} has fewer stars than {lower.id}")
    unknown = [lang for lang in cat.catalog.languages if lang not in LANGUAGES]
    if unknown:
        problems.append(f"catalog.languages: unsupported language(s) {unknown}; supported: {list(LANGUAGES)}")
    return problems
