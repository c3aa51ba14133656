"""`build_report(...) -> ReportData`: everything the report shows, computed once, texts in one language.

Pure: no I/O, no clock (the report date is a parameter), no Jinja, no WeasyPrint. Numbers are formatted here
(with `assessment.formatting`) so that tests read exactly what the PDF prints; the charts get the raw percentages
as floats. The comparison with the previous round is `reports.rounds`, the certification calendar
`reports.certification`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timezone, tzinfo
from typing import Iterable, Mapping, Optional

from assessment.formatting import fixed, long_date, num, one_line
from assessment.actions import PlannedAction, actions_of_deduction, actions_of_item, planned, status_counts
from assessment.gaps import Gap, cheapest_paths, gaps
from assessment.models import ACTION_STATUSES, Assessment, Response
from assessment.proof import unproven_claims
from assessment.reasons import reason_label
from assessment.scoring import Result, Subtotal, score
from criteria import Catalog, CycleRules

from . import i18n
from .authorship import section_authorship
from .certification import calendar_view
from .rounds import comparison_view
from .data import (
    ActionView,
    AreaView,
    CatalogView,
    DeductionView,
    EnterpriseView,
    EvidenceView,
    ExclusionView,
    GapView,
    IndicatorView,
    ItemView,
    LevelRow,
    MethodView,
    PathView,
    ReportData,
    ScoreView,
    UnprovenView,
)

TOP_GAPS = 5


def build_report(
    catalog: Catalog,
    assessment: Assessment,
    *,
    previous: Optional[Assessment] = None,
    previous_catalog: Optional[Catalog] = None,
    today: date,
    lang: str = "zh",
    result: Optional[Result] = None,
    certificate_rules: Optional[CycleRules] = None,
    evidence_files: Optional[Mapping[str, int]] = None,
    history: Optional[Iterable] = None,
    zone: tzinfo = timezone.utc,
) -> ReportData:
    """Everything the report shows. Raises InvalidResponse (from `score`) when the answers do not fit the catalog.

    `previous` is the enterprise's earlier assessment for the round comparison (scored against
    `previous_catalog`, or `catalog` when not given). `today` is the report date: what is due and overdue in the
    certification calendar is as of that day. `result` is `score(catalog, assessment)` when the caller already has
    it (the app caches it); it is computed here otherwise. `certificate_rules` are the cycle rules of the catalog
    governing the assessment's certificate (a stored certificate records its own); without them, a certificate
    carried in an exchange file follows the file's catalog. `evidence_files` (item id -> number of evidence
    files) lists the claims without proof in a section of their own; without it the report has no such section.
    `history` (the audit entries of a stored assessment) adds to each section who answered it and who changed it
    last, at times in `zone`.
    """
    L = i18n.labels(lang)
    result = result or score(catalog, assessment)
    responses = assessment.response_map()
    ind_names = {ind.id: ind.name.get(lang) for ind in catalog.indicators()}
    items_by_id = {item.id: item for _, _, item in catalog.iter_items()}
    ind_of = {item.id: ind.id for _, ind, item in catalog.iter_items()}
    result_labels = {r: L[f"result.{r or 'unanswered'}"] for r in (None, "met", "not_met", "partial", "excluded")}

    def level_name(level_id: Optional[str]) -> str:
        return catalog.level_name(level_id, lang) if level_id else ""

    def gap_view(g: Gap) -> GapView:
        resp = responses.get(g.item_id)
        return GapView(
            item_id=g.item_id,
            indicator=f"{g.indicator_id} {ind_names[g.indicator_id]}",
            requirement=items_by_id[g.item_id].requirement.get(lang),
            result_label=result_labels[g.result],
            lost=num(g.lost, lang),
            gain=num(g.score_gain, lang),
            actions=tuple(views[p.position] for p in actions_of_item(assessment, g.item_id)),
        )

    all_gaps = gaps(result)
    views = {p.position: _action_view(p, today, L) for p in planned(assessment)}
    gap_items = {g.item_id for g in all_gaps}
    reverify = sum(1 for r in assessment.responses if r.to_reverify)
    cert_rules = certificate_rules or catalog.cycle
    unproven = None if evidence_files is None else tuple(
        UnprovenView(item_id=i, indicator=f"{ind_of[i]} {ind_names[ind_of[i]]}",
                     requirement=items_by_id[i].requirement.get(lang), result_label=result_labels[responses[i].result])
        for i in unproven_claims(catalog, assessment, evidence_files))
    calendar = calendar_view(assessment, today, cert_rules, catalog, lang, L)

    return ReportData(
        lang=lang,
        html_lang=i18n.HTML_LANG[lang],
        labels=L,
        title=L["title"],
        report_date=today,
        report_date_text=long_date(today, lang),
        assessed_on_text=long_date(assessment.assessed_on, lang),
        assessor=assessment.assessor,
        enterprise=EnterpriseView(
            name=assessment.enterprise.name,
            running_name=one_line(assessment.enterprise.name, 60),
            credit_code=assessment.enterprise.credit_code,
            kind=L["enterprise." + assessment.enterprise.kind],
            industry=assessment.enterprise.industry,
            address=assessment.enterprise.address,
            contact=assessment.enterprise.contact,
        ),
        catalog=_catalog_view(catalog, lang, L),
        score=_score_view(catalog, result, lang, L),
        draft=not result.complete or reverify > 0,
        draft_notice=L["draft_notice"].format(n=len(result.unanswered)) if not result.complete else "",
        reverify_count=reverify,
        reverify_notice=i18n.plural(L, "reverify_notice", reverify) if reverify else "",
        top_gaps=tuple(gap_view(g) for g in all_gaps[:TOP_GAPS]),
        path=_path_view(catalog, assessment, result, lang, L, items_by_id),
        areas=_with_authorship(_areas(catalog, result, responses, lang, L, result_labels),
                               None if history is None else section_authorship(catalog, history, lang, zone, L)),
        unproven=unproven,
        exclusions=tuple(
            ExclusionView(
                item_id=it.item_id,
                indicator=f"{it.indicator_id} {ind_names[it.indicator_id]}",
                requirement=items_by_id[it.item_id].requirement.get(lang),
                points=num(it.points, lang),
                justification=responses[it.item_id].justification,
            )
            for it in result.items
            if it.result == "excluded"
        ),
        deductions=tuple(
            DeductionView(L["deduction." + d.category], d.description,
                          tuple(views[p.position] for p in actions_of_deduction(assessment, n)))
            for n, d in enumerate(assessment.special_deductions)
        ),
        deduction_rule=L["each_deduction"].format(points=num(catalog.rules.special_deduction_points, lang)),
        bonus=assessment.special_bonus.description if assessment.special_bonus else None,
        bonus_points=num(result.bonus, lang),
        actions=tuple(gap_view(g) for g in all_gaps),
        other_actions=tuple(v for p, v in views.items()
                            if assessment.actions[p].item not in gap_items or assessment.actions[p].deduction is not None),
        action_summary=_action_summary(assessment, today, lang, L),
        comparison=comparison_view(catalog, result, previous, previous_catalog, lang, L),
        calendar=calendar,
        method=_method(catalog, lang, L),
    )


def _with_authorship(areas: tuple[AreaView, ...], authorship: Optional[Mapping[str, str]]) -> tuple[AreaView, ...]:
    if not authorship:
        return areas
    return tuple(replace(a, indicators=tuple(replace(i, authorship=authorship.get(i.id, "")) for i in a.indicators))
                 for a in areas)


def _action_view(p: PlannedAction, today: date, L: Mapping[str, str]) -> ActionView:
    a = p.action
    return ActionView(
        number=p.position + 1,
        target=a.item if a.item is not None else L["action.deduction_n"].format(n=a.deduction + 1),
        description=a.description,
        owner=a.owner,
        due_on=a.due_on.isoformat() if a.due_on else "",
        status=a.status,
        status_label=L["action_status." + a.status],
        done_on=a.done_on.isoformat() if a.done_on else "",
        verified_by=a.verified_by,
        verification_note=a.verification_note,
        overdue=p.overdue(today),
        carried_over=a.carried_over,
    )


def _action_summary(assessment: Assessment, today: date, lang: str, L: Mapping[str, str]) -> str:
    """How many actions the plan holds, by status, and how many are overdue on the report date."""
    counts = status_counts(assessment.actions, today)
    if not counts["total"]:
        return ""
    parts = [f"{L['action_status.' + s]} {counts[s]}" for s in ACTION_STATUSES if counts[s]]
    text = L[f"action_summary.{'one' if counts['total'] == 1 else 'other'}"].format(
        n=counts["total"], statuses=L["list_sep"].join(parts))
    if counts["overdue"]:
        text += L["list_sep"] + f"{L['status.overdue']} {counts['overdue']}"
    return text


def _catalog_view(catalog: Catalog, lang: str, L: Mapping[str, str]) -> CatalogView:
    header = catalog.catalog
    if header.weighting == "toolkit_default":
        weighting_text = L["weighting_default"]
    else:
        weighting_text = L["weighting_sheet"].format(
            title=header.title.get(lang), catalog=header.id, version=header.version
        )
    return CatalogView(
        id=header.id,
        version=header.version,
        title=header.title.get(lang),
        standard=header.standard,
        weighting=header.weighting,
        weighting_text=weighting_text,
        note=header.note.get(lang),
    )


def _score_view(catalog: Catalog, result: Result, lang: str, L: Mapping[str, str]) -> ScoreView:
    rules = catalog.rules
    decimals = rules.rounding.decimals
    stars = {lv.id: lv.stars for lv in rules.levels}.get(result.level, 0)  # 0 when not passed
    # a reason a newer scoring module knows and this report does not shows its id
    reasons = [reason_label(reason, lang, catalog, result) for reason in result.ineligible_reasons]
    notes = [reason_label(note, lang, catalog, result) for note in result.notes]
    if result.next_level is not None and result.points_to_next_level is not None:
        next_text = L["points_to_level"].format(
            level=catalog.level_name(result.next_level, lang), points=num(result.points_to_next_level, lang)
        )
    else:
        next_text = L["top_level_reached"]
    return ScoreView(
        final=fixed(result.final, lang, decimals),
        base=fixed(result.base, lang, 2),
        deductions=num(result.deductions, lang),
        deductions_text=("−" + num(result.deductions, lang)) if result.deductions else "0",
        deduction_count=result.deduction_count,
        bonus=num(result.bonus, lang),
        bonus_text=("+" + num(result.bonus, lang)) if result.bonus else "0",
        level_id=result.level,
        level_name=catalog.level_name(result.level, lang),
        stars=stars,
        max_stars=catalog.max_stars,
        score_level_name=catalog.level_name(result.score_level, lang),
        eligible=result.eligible,
        ineligible_reasons=tuple(reasons),
        notes=tuple(notes),
        next_level_text=next_text,
        answered=sum(1 for it in result.items if it.answered),
        total_items=len(result.items),
    )


def _path_view(catalog, assessment, result, lang, L, items_by_id) -> Optional[PathView]:
    if result.next_level is None:
        return None
    paths = cheapest_paths(catalog, assessment, result=result)
    path = next((p for p in paths if p.level == result.next_level), paths[0] if paths else None)
    if path is None:
        return None
    name = catalog.level_name(path.level, lang)
    if path.reachable:
        text = L["path_intro"].format(
            n=len(path.items), level=name, score=fixed(path.projected_final, lang, catalog.rules.rounding.decimals)
        )
    elif path.reason == "too_many_special_deductions":
        text = L["path_blocked"]
    else:
        text = L["path_unreachable"].format(level=name)
    items = tuple((i, items_by_id[i].requirement.get(lang)) for i in path.items)
    return PathView(level_name=name, reachable=path.reachable, text=text, items=items)


def _subtotal_fields(sub: Subtotal, lang: str, L: Mapping[str, str]) -> dict:
    """The figures an area or indicator row shows, formatted for the language."""
    pct = sub.percent
    return {
        "points": num(sub.points, lang),
        "applicable": num(sub.applicable, lang),
        "earned": num(sub.earned, lang),
        "percent": L["not_applicable_short"] if pct is None else fixed(pct, lang, 1),
        "percent_value": None if pct is None else float(pct),
    }


def _areas(catalog, result: Result, responses: Mapping[str, Response], lang, L, result_labels):
    item_scores = {it.item_id: it for it in result.items}
    ind_subs = {s.id: s for s in result.indicators}
    area_subs = {s.id: s for s in result.areas}
    evidence_kind = {k: L["evidence." + k] for k in ("document", "record", "onsite", "interview")}
    areas = []
    for area in catalog.areas:
        indicators = []
        for ind in area.indicators:
            items = []
            for item in ind.items:
                sc = item_scores[item.id]
                resp = responses.get(item.id)
                held = set(resp.evidence) if resp else set()
                catalog_ids = {e.id for e in item.evidence}
                items.append(
                    ItemView(
                        id=item.id,
                        requirement=item.requirement.get(lang),
                        guidance=item.guidance.get(lang),
                        method=item.method,
                        method_label=L["method." + item.method],
                        points=num(item.points, lang),
                        result=sc.result,
                        result_label=result_labels[sc.result],
                        earned=num(sc.earned, lang) if sc.applicable and sc.answered else "—",
                        applicable=sc.applicable,
                        samples=sc.samples,
                        failed_samples=sc.failed_samples,
                        note=resp.note if resp else "",
                        justification=resp.justification if resp else "",
                        evidence=tuple(
                            EvidenceView(e.text.get(lang), evidence_kind[e.kind], e.id in held) for e in item.evidence
                        ),
                        extra_evidence=tuple(e for e in (resp.evidence if resp else ()) if e not in catalog_ids),
                        to_reverify=bool(resp and resp.to_reverify),
                    )
                )
            indicators.append(
                IndicatorView(
                    id=ind.id,
                    name=ind.name.get(lang),
                    items=tuple(items),
                    **_subtotal_fields(ind_subs[ind.id], lang, L),
                )
            )
        areas.append(
            AreaView(
                id=area.id,
                name=area.name.get(lang),
                indicators=tuple(indicators),
                **_subtotal_fields(area_subs[area.id], lang, L),
            )
        )
    return tuple(areas)


def _method(catalog: Catalog, lang: str, L: Mapping[str, str]) -> MethodView:
    rules = catalog.rules
    lines = [
        L["rule_qualitative"],
        L["rule_sampled"],
        L["rule_exclusion"],
        L["rule_formula"].format(total=num(rules.total_points, lang), decimals=rules.rounding.decimals),
        L["rule_deduction"].format(points=num(rules.special_deduction_points, lang), limit=rules.deductions_for_no_grade),
        L["rule_bonus"].format(max=rules.max_bonus, points=num(rules.bonus_points, lang)),
    ]
    if rules.compliant_year_before_stars:
        lines.append(L["rule_compliant_year"])
    lowest = rules.levels[0]
    return MethodView(
        rules=tuple(lines),
        levels=tuple(LevelRow(lv.name.get(lang), num(lv.min_score, lang), lv.stars) for lv in rules.levels),
        not_passed=LevelRow(
            rules.not_passed_name.get(lang), L["below"].format(min=num(lowest.min_score, lang)), 0
        ),
        weighting_text=_catalog_view(catalog, lang, L).weighting_text,
        catalog_note=catalog.catalog.note.get(lang),
    )
