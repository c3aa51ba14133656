"""A year of service records for each demo enterprise, as its helpdesk would export them.

The seller (household appliances) logs complaints, deliveries, installations and returns across its stores and
the brands it sells; the producer (machinery) logs repair orders and complaints at its service centre and its
authorised service stations. Most records meet the company's own limits, a realistic share is late (more at
one store or station, less as the year goes on), a few recent ones are still open and past their limit,
part of them carry a satisfaction answer, and the volume follows the season. Deterministic by `seed`.

`demo_records` returns a RawTable with the default headers, so the demo goes through the real import
(`assessment.records_usecases.import_records`): every row is validated as a company's own file would be.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Optional

from .models import Enterprise
from .profile import ServiceProfile
from .records.fields import COLUMNS, LIMIT_KEYS, limit_of
from .records.reading import RawTable

_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class KindPlan:
    kind: str
    prefix: str  # of the record ids
    count: int
    categories: tuple[tuple[str, float], ...]  # category, weight
    late_share: float  # the share resolved after the limit early in the year (it falls to about half by today)
    overdue: int  # records received recently and still open past their limit
    surveyed: float  # the share of resolved records with a satisfaction answer
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Shape:
    """What an enterprise's records look like."""

    kinds: tuple[KindPlan, ...]
    outlets: tuple[tuple[str, float], ...]  # outlet, how much later it is than the others (1 = as the others)
    suppliers: tuple[str, ...]
    products: tuple[str, ...]
    channels: tuple[tuple[str, float], ...]
    season: tuple[float, ...]  # relative volume per month, January first
    weekend: float  # relative volume on Saturdays and Sundays
    hours: tuple[int, int]  # first and last hour a record is received


SELLER = Shape(
    kinds=(
        KindPlan("complaint", "TS", 320,
                 (("商品质量", 0.34), ("送货延误", 0.2), ("安装服务", 0.16), ("服务态度", 0.14), ("价格争议", 0.1),
                  ("退换货", 0.06)),
                 0.16, 3, 0.7, ("顾客来电投诉，已登记并转门店跟进。", "已与品牌商售后联系，安排上门检测。",
                                "已致歉并说明处理进度。", "")),
        KindPlan("delivery", "PS", 760,
                 (("大家电配送", 0.62), ("小家电配送", 0.28), ("跨区配送", 0.1)), 0.09, 2, 0.35, ("", "", "预约改期一次。")),
        KindPlan("installation", "AZ", 480,
                 (("空调安装", 0.46), ("热水器安装", 0.22), ("烟灶安装", 0.18), ("电视挂装", 0.14)), 0.11, 2, 0.45,
                 ("", "需加装铜管，已告知费用标准。", "")),
        KindPlan("return", "TH", 150,
                 (("七日无理由退货", 0.46), ("质量问题换货", 0.36), ("商品与描述不符", 0.18)), 0.12, 0, 0.3, ("",)),
    ),
    outlets=(("文三路旗舰店", 1.0), ("滨江星光店", 0.8), ("萧山万象汇店", 1.9), ("余杭未来科技城店", 1.1)),
    suppliers=("美凌电器", "海尔斯家电", "格立达空调", "松夏电器", "方泰厨电", "星澜视讯", "万和达热水器", "小羚智能"),
    products=("变频空调", "对开门冰箱", "滚筒洗衣机", "燃气热水器", "吸油烟机", "液晶电视", "扫地机器人", "电饭煲"),
    channels=(("门店", 0.42), ("400 热线", 0.26), ("微信小程序", 0.2), ("天猫旗舰店", 0.12)),
    season=(1.0, 0.7, 0.8, 0.9, 1.1, 1.5, 1.6, 1.3, 0.9, 1.1, 1.4, 1.0),
    weekend=1.35,
    hours=(9, 21),
)

PRODUCER = Shape(
    kinds=(
        KindPlan("repair", "WX", 520,
                 (("主轴故障", 0.22), ("数控系统报警", 0.26), ("液压系统", 0.14), ("电气故障", 0.18),
                  ("刀库换刀", 0.12), ("润滑系统", 0.08)),
                 0.12, 3, 0.6, ("", "已远程诊断，安排工程师上门。", "更换备件后试机正常。", "")),
        KindPlan("complaint", "TS", 110,
                 (("维修质量", 0.34), ("响应不及时", 0.28), ("备件供应", 0.22), ("服务态度", 0.1), ("收费争议", 0.06)),
                 0.14, 1, 0.8, ("", "已由客户服务部经理回访。", "")),
    ),
    outlets=(("苏州服务中心", 1.0), ("广州授权服务站", 1.4), ("成都授权服务站", 1.8)),
    suppliers=(),
    products=("CK6150 数控车床", "CK6163 数控车床", "VMC850 立式加工中心", "HMC630 卧式加工中心", "配套零部件"),
    channels=(("服务热线", 0.58), ("微信公众号", 0.27), ("现场报修", 0.15)),
    season=(0.9, 0.6, 1.1, 1.1, 1.0, 1.0, 1.2, 1.2, 1.0, 0.8, 1.0, 1.1),
    weekend=0.45,
    hours=(8, 20),
)


def shape_for(enterprise: Enterprise, profile: ServiceProfile) -> Shape:
    """The seller's or the producer's shape; the producer's outlets are those of its profile when it names any."""
    if enterprise.kind == "seller":
        return SELLER
    named = tuple(o.name for o in profile.organisation.outlets)
    if not named:
        return PRODUCER
    lateness = dict(PRODUCER.outlets)
    return replace(PRODUCER, outlets=tuple((n, lateness.get(n, 1.2)) for n in named))


def demo_records(enterprise: Enterprise, profile: ServiceProfile, today: date, seed: int = 0) -> RawTable:
    """The year up to yesterday of `enterprise`'s records (local times, default headers), judged later against
    `profile`'s limits."""
    rng = random.Random(f"{seed}:{enterprise.credit_code or enterprise.name}")
    shape = shape_for(enterprise, profile)
    days = [today - timedelta(days=n) for n in range(365, 0, -1)]
    weights = [shape.season[d.month - 1] * (shape.weekend if d.weekday() >= 5 else 1.0) for d in days]
    cutoff = datetime.combine(today, datetime.min.time())  # nothing has happened today yet
    rows: list[tuple[str, ...]] = []
    for plan in shape.kinds:
        rows.extend(_kind_rows(rng, shape, plan, profile, days, weights, cutoff))
    return RawTable(source="demo", headers=COLUMNS, rows=rows, encoding="utf-8")


def _kind_rows(rng: random.Random, shape: Shape, plan: KindPlan, profile: ServiceProfile, days: list[date],
               weights: list[float], cutoff: datetime) -> list[tuple[str, ...]]:
    ack_key, resolve_key = LIMIT_KEYS[plan.kind]
    ack_limit = limit_of(profile.time_limits, ack_key)
    resolve_limit = limit_of(profile.time_limits, resolve_key)
    received = sorted(_received(rng, day, shape.hours) for day in rng.choices(days, weights, k=plan.count))
    categories, category_weights = zip(*plan.categories)
    outlets, lateness = zip(*shape.outlets)
    channels, channel_weights = zip(*shape.channels)
    # a few recent records stay open past their limit (the overdue list is never empty in the demo)
    recent = [i for i, t in enumerate(received) if cutoff - timedelta(days=12) <= t <= cutoff - resolve_limit
              - timedelta(hours=6)]
    kept_open = set(rng.sample(recent, min(plan.overdue, len(recent))))
    first = received[0] if received else cutoff
    out = []
    for n, got in enumerate(received, start=1):
        outlet = rng.choices(outlets)[0]
        progress = (got - first) / (cutoff - first) if cutoff > first else 1.0
        late_share = plan.late_share * lateness[outlets.index(outlet)] * (1.0 - 0.5 * progress)
        ack = got + _took(rng, ack_limit, late_share * 0.8) if ack_limit is not None else None
        done = got + _took(rng, resolve_limit, late_share)
        if ack is not None and done < ack:
            done = ack + _took(rng, resolve_limit, 0.0) * 0.2
        if n - 1 in kept_open or done >= cutoff:
            done = None
        if ack is not None and ack >= cutoff:
            ack = None
        on_time = done is not None and done - got <= resolve_limit
        satisfied = ""
        if done is not None and rng.random() < plan.surveyed:
            satisfied = "满意" if rng.random() < (0.94 if on_time else 0.55) else "不满意"
        supplier = rng.choice(shape.suppliers) if shape.suppliers else ""
        out.append((
            f"{plan.prefix}{got:%y%m}{n:04d}", plan.kind, got.strftime(_FORMAT),
            ack.strftime(_FORMAT) if ack else "", done.strftime(_FORMAT) if done else "",
            rng.choices(categories, category_weights)[0], rng.choice(shape.products), supplier,
            rng.choices(channels, channel_weights)[0], outlet, satisfied, rng.choice(plan.notes) if plan.notes else "",
        ))
    return out


def _received(rng: random.Random, day: date, hours: tuple[int, int]) -> datetime:
    start, end = hours
    minute = rng.randrange(start * 60, end * 60)
    return datetime.combine(day, datetime.min.time()) + timedelta(minutes=minute)


def _took(rng: random.Random, limit: Optional[timedelta], late_share: float) -> timedelta:
    """How long a step took: within `limit` mostly (quick ones more often), past it with `late_share`."""
    if limit is None:
        return timedelta(0)
    if rng.random() < late_share:
        share = rng.uniform(1.05, 2.6)
    else:
        share = rng.triangular(0.05, 1.0, 0.3)
    return timedelta(minutes=max(1, round(limit.total_seconds() / 60 * share)))
