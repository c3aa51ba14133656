"""Drawing a sample of records the way an assessor does, reproducibly: the records of one kind received in the
period, in a fixed order (time of receipt, then id), `n` of them chosen by a seeded generator (the same seed and
the same records give the same sample). Each sampled record passes when it was acknowledged on time (where its
kind has an acknowledgement limit) and resolved on time; each failure says why."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import Optional

import pandas as pd

from ..profile import TimeLimits
from .fields import LIMIT_KEYS, limit_of
from .kpi import judge, select


@dataclass(frozen=True)
class SampledRecord:
    id: str
    received_at: str  # local time, "YYYY-MM-DD HH:MM"
    passed: bool
    reasons: tuple[str, ...]  # codes: not_acknowledged, acknowledged_late, not_resolved, resolved_late

    def to_dict(self) -> dict:
        return {"id": self.id, "received_at": self.received_at, "passed": self.passed, "reasons": list(self.reasons)}


@dataclass(frozen=True)
class Sample:
    kind: str
    seed: int
    population: int
    records: tuple[SampledRecord, ...]

    @property
    def failed(self) -> int:
        return sum(1 for r in self.records if not r.passed)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "seed": self.seed, "population": self.population, "n": len(self.records),
                "failed": self.failed, "records": [r.to_dict() for r in self.records]}


def draw(records: pd.DataFrame, limits: TimeLimits, *, kind: str, n: int, seed: int, today: date,
         date_from: Optional[date] = None, date_to: Optional[date] = None, time_zone: str = "Asia/Shanghai",
         working_time: bool = False) -> Sample:
    chosen = select(records, kind, date_from, date_to, time_zone)
    chosen = chosen.sort_values(["received_at", "id"], kind="stable").reset_index(drop=True)
    population = len(chosen)
    picks = sorted(random.Random(seed).sample(range(population), min(n, population)))
    judged = judge(chosen.iloc[picks], limits, today, time_zone, working_time)
    has_ack_limit = LIMIT_KEYS[kind][0] is not None and limit_of(limits, LIMIT_KEYS[kind][0]) is not None
    out = []
    for _, row in judged.iterrows():
        reasons = []
        if has_ack_limit and not row["ack_ok"]:
            reasons.append("not_acknowledged" if pd.isna(row["acknowledged_at"]) else "acknowledged_late")
        if not row["resolved_ok"]:
            reasons.append("not_resolved" if pd.isna(row["resolved_at"]) else "resolved_late")
        local = row["received_at"].tz_convert(time_zone).strftime("%Y-%m-%d %H:%M")
        out.append(SampledRecord(str(row["id"]), local, not reasons, tuple(reasons)))
    return Sample(kind, seed, population, tuple(out))
