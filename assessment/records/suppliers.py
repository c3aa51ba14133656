"""Supplier measures of a seller or market organiser, from its complaint records and its own supplier rules
(`ServiceProfile.rules.suppliers`): per supplier, complaints about the same matter (supplier and category) in the
month and in the year so far, and the measure the rules call for:
- `warning`: more than `warning_after_complaints` complaints about the same matter in the month;
- `ultimatum`: more than `ultimatum_after_complaints`;
- `exit`: an ultimatum was due within the last `exit_after_months` months and the same matter has not improved
  (still above the warning line): the supplier leaves and its quality deposit is forfeited;
- `complaint_fund`: more than `complaint_fund_after` complaints in the year so far: the fund is due at once;
- `fine`: each complaint of the month not resolved within the company's limit costs `unresolved_fine_yuan`.
The suppliers with records in the year and no complaint are listed for the annual "no complaint" recognition.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

import pandas as pd

from ..profile import SupplierRules, TimeLimits
from .kpi import judge, select


def _months_back(month: date, k: int) -> date:
    index = month.year * 12 + month.month - 1 - k
    return date(index // 12, index % 12 + 1, 1)


def _month_end(month: date) -> date:
    following = _months_back(month, -1)
    return date.fromordinal(following.toordinal() - 1)


def supplier_measures(records: pd.DataFrame, rules: SupplierRules, limits: TimeLimits, *, month: date,
                      today: date, time_zone: str = "Asia/Shanghai", working_time: bool = False) -> dict:
    month = month.replace(day=1)
    year_start = date(month.year, 1, 1)
    complaints = records[(records["kind"] == "complaint") & (records["supplier"] != "")]
    this_month = judge(select(complaints, None, month, _month_end(month), time_zone), limits, today, time_zone,
                       working_time)
    year = select(complaints, None, year_start, _month_end(month), time_zone)
    out = []
    for supplier in sorted(set(this_month["supplier"]) | set(year["supplier"])):
        mine = this_month[this_month["supplier"] == supplier]
        measures = []
        matters = []
        for category, group in sorted(mine.groupby("category"), key=lambda kv: (-len(kv[1]), kv[0])):
            count = int(len(group))
            matters.append({"category": category, "complaints": count})
            measure = _matter_measure(complaints, supplier, category, count, rules, month, time_zone)
            if measure:
                measures.append({"measure": measure, "category": category, "complaints": count})
        year_count = int((year["supplier"] == supplier).sum())
        unresolved = int((~mine["resolved_ok"]).sum())
        fund_due = year_count > rules.complaint_fund_after
        if fund_due:
            measures.append({"measure": "complaint_fund", "category": None, "complaints": year_count,
                             "amount_yuan": rules.complaint_fund_yuan})
        if unresolved and rules.unresolved_fine_yuan:
            measures.append({"measure": "fine", "category": None, "complaints": unresolved,
                             "amount_yuan": unresolved * rules.unresolved_fine_yuan})
        out.append({"supplier": supplier, "complaints_month": int(len(mine)), "complaints_year": year_count,
                    "unresolved_month": unresolved, "matters": matters, "measures": measures})
    everyone = records[(records["supplier"] != "")]
    everyone = select(everyone, None, year_start, _month_end(month), time_zone)
    complained = set(year["supplier"])
    quiet = sorted(set(everyone["supplier"]) - complained) if rules.no_complaint_award else []
    return {"month": month.strftime("%Y-%m"), "rules": rules.model_dump(), "suppliers": out,
            "no_complaint": quiet}


def _matter_measure(complaints: pd.DataFrame, supplier: str, category: str, count: int, rules: SupplierRules,
                    month: date, time_zone: str) -> Optional[str]:
    """The strongest measure the same matter calls for this month: exit when an ultimatum was due within the last
    `exit_after_months` months and the matter has not improved (still above the warning line)."""
    if count > rules.warning_after_complaints:
        for back in range(1, rules.exit_after_months + 1):
            earlier = _months_back(month, back)
            before = select(complaints, None, earlier, _month_end(earlier), time_zone)
            same = int(((before["supplier"] == supplier) & (before["category"] == category)).sum())
            if same > rules.ultimatum_after_complaints:
                return "exit"
    if count > rules.ultimatum_after_complaints:
        return "ultimatum"
    if count > rules.warning_after_complaints:
        return "warning"
    return None
