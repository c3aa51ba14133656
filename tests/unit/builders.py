"""Small synthetic catalogs and assessments for unit tests, built through the real parser.

`catalog_data(items)` builds a catalog mapping from (item id, points, method, excludable) tuples; area and
indicator ids come from the item ids ("1.2.3" -> area "1", indicator "1.2") and their points are the sums, so
a test states only what it is about. `make_catalog` parses it with `criteria.parse_catalog`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Iterable, Optional

import yaml

from assessment.models import Assessment, Certificate, Response, SpecialBonus, SpecialDeduction
from criteria import Catalog, parse_catalog

LEVELS = [("compliant", 70, 0), ("three_star", 80, 3), ("four_star", 90, 4), ("five_star", 95, 5)]


def text(s: str) -> dict[str, str]:
    return {"zh": f"{s}（中）", "en": s, "es": f"{s} (es)"}


def catalog_data(
    items: Iterable[tuple],
    *,
    catalog_id: str = "test-catalog",
    version: str = "1",
    **rules: Any,
) -> dict:
    """A catalog mapping. Each item: (id, points[, method[, excludable]]); points as str/int for exactness."""
    areas: dict[str, dict[str, list[dict]]] = {}
    for spec in items:
        item_id, points = spec[0], spec[1]
        method = spec[2] if len(spec) > 2 else "qualitative"
        excludable = spec[3] if len(spec) > 3 else False
        area_id = item_id.split(".")[0]
        indicator_id = ".".join(item_id.split(".")[:2])
        areas.setdefault(area_id, {}).setdefault(indicator_id, []).append(
            {
                "id": item_id,
                "points": str(Decimal(str(points))),
                "method": method,
                "excludable": excludable,
                "requirement": text(f"requirement {item_id}"),
                "guidance": text(f"guidance {item_id}"),
                "evidence": [{"id": "e1", "kind": "document", "text": text(f"evidence {item_id}")}],
            }
        )
    area_list = []
    total = Decimal(0)
    for area_id, indicators in areas.items():
        ind_list = []
        a_points = Decimal(0)
        for ind_id, its in indicators.items():
            p = sum(Decimal(i["points"]) for i in its)
            a_points += p
            ind_list.append({"id": ind_id, "name": text(f"indicator {ind_id}"), "points": str(p), "items": its})
        total += a_points
        area_list.append({"id": area_id, "name": text(f"area {area_id}"), "points": str(a_points),
                          "indicators": ind_list})
    rule_data = {
        "total_points": str(total),
        "levels": [{"id": i, "min_score": m, "stars": s, "name": text(i)} for i, m, s in LEVELS],
        "not_passed_name": text("not passed"),
        **rules,
    }
    return {
        "catalog": {
            "id": catalog_id,
            "version": version,
            "title": text("test catalog"),
            "standard": "GB/T 27922-2011",
            "published": "2011-12-30",
            "weighting": "scoring_sheet",
            "note": text("synthetic"),
        },
        "rules": rule_data,
        "areas": area_list,
    }


def to_yaml(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def make_catalog(items: Iterable[tuple], **kwargs: Any) -> Catalog:
    return parse_catalog(to_yaml(catalog_data(items, **kwargs)), source="<test catalog>")


# A small catalog of 100 points with every kind of item.
SMALL_ITEMS = [
    ("1.1.1", 10, "qualitative", False),
    ("1.1.2", 4, "sampled", False),
    ("1.1.3", 16, "sampled", True),
    ("1.2.1", 20, "qualitative", True),
    ("1.2.2", 10, "qualitative", False),
    ("2.1.1", 25, "sampled", False),
    ("2.1.2", 15, "qualitative", True),
]


def small_catalog(**kwargs: Any) -> Catalog:
    return make_catalog(SMALL_ITEMS, **kwargs)


def response(item: str, result: str = "met", **fields: Any) -> Response:
    if result == "excluded":
        fields.setdefault("justification", "not applicable to this business")
    return Response(item=item, result=result, **fields)


def make_assessment(
    catalog: Catalog,
    answers: Optional[dict[str, Any]] = None,
    *,
    all_met: bool = False,
    deductions: int = 0,
    bonus: bool = False,
    certificate: Optional[Certificate] = None,
    assessed_on: date = date(2025, 6, 30),
) -> Assessment:
    """answers: item id -> result string, or -> dict of Response fields (with 'result')."""
    answers = dict(answers or {})
    if all_met:
        for _, _, item in catalog.iter_items():
            answers.setdefault(item.id, "met")
    responses = []
    for item_id, spec in answers.items():
        if isinstance(spec, str):
            responses.append(response(item_id, spec))
        else:
            spec = dict(spec)
            responses.append(response(item_id, spec.pop("result"), **spec))
    return Assessment(
        catalog={"id": catalog.id, "version": catalog.version},
        enterprise={"name": "测试企业有限公司", "credit_code": "91110000MA00000000"},
        assessed_on=assessed_on,
        assessor="测试员",
        responses=tuple(responses),
        special_deductions=tuple(
            SpecialDeduction(category="own_rules", description=f"breach {n}", corrective_action="fix it")
            for n in range(deductions)
        ),
        special_bonus=SpecialBonus(description="leads the trade") if bonus else None,
        certificate=certificate,
    )


def base_catalog(base: str) -> Catalog:
    """A catalog where meeting item 1.1.1 and failing 1.1.2 gives exactly `base` (a decimal string)."""
    b = Decimal(base)
    if b == 100:
        return make_catalog([("1.1.1", 100)])
    if b == 0:
        return make_catalog([("1.1.2", 100)])
    return make_catalog([("1.1.1", b), ("1.1.2", Decimal(100) - b)])


def base_assessment(catalog: Catalog, **kwargs: Any) -> Assessment:
    answers = {}
    for _, _, item in catalog.iter_items():
        answers[item.id] = "met" if item.id == "1.1.1" else "not_met"
    return make_assessment(catalog, answers, **kwargs)


def base_case(base: str) -> tuple[Catalog, Assessment]:
    """A catalog and an assessment of it whose base score is exactly `base` (a decimal string).

    Catalog points have at most two decimals, so a finer base comes from a sampled item worth `base` rounded up
    to two decimals: 69.949 = 69.95 x 69949 / 69950 conforming samples."""
    b = Decimal(base)
    p = b.quantize(Decimal("0.01"), rounding="ROUND_CEILING")
    if p == b:
        catalog = base_catalog(base)
        return catalog, base_assessment(catalog)
    share = Fraction(b) / Fraction(p)
    catalog = make_catalog([("1.1.1", p, "sampled"), ("1.1.2", Decimal(100) - p)])
    answer = {"result": "partial", "samples": share.denominator,
              "failed_samples": share.denominator - share.numerator}
    return catalog, make_assessment(catalog, {"1.1.1": answer, "1.1.2": "not_met"})


def answers_for(catalog, weak: set[str] = frozenset(), sampled: dict[str, tuple[int, int]] | None = None):
    """Every item of `catalog` answered: met with all its evidence, not met for `weak`, partial with
    (samples, failed) for `sampled`."""
    responses = []
    for _, _, item in catalog.iter_items():
        if item.id in (sampled or {}):
            n, failed = sampled[item.id]
            responses.append(Response(item=item.id, result="partial", samples=n, failed_samples=failed))
        else:
            responses.append(Response(item=item.id, result="not_met" if item.id in weak else "met",
                                      evidence=tuple(e.id for e in item.evidence)))
    return tuple(responses)
