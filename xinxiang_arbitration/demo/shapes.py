"""How the cases look: per-kind shares, time spans, amounts, wording, and their timing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.demo.weighted import Rand, Weighted
from xinxiang_arbitration.domain import CaseKind, ClosureMode, DisputeType

ANCHOR = dt.date(2026, 11, 20)  # "today" of the demo data: nothing happens after it
START = dt.date(2021, 1, 1)  # earliest received date
ONE_DAY = dt.timedelta(days=1)
EPOCH = dt.date(1970, 1, 1).toordinal()

D, M = DisputeType, ClosureMode


@dataclass(frozen=True)
class KindShape:
    """How the cases of one kind look: shares, time spans, amounts, wording."""

    kind: CaseKind
    disputes: Weighted[DisputeType]
    second_dispute: float  # share with a second dispute type
    # closure mode with (min, max) days from acceptance to closure, plain and extended;
    # calendar days (rolled to a working day), working days for inspection
    closures: Weighted[tuple[ClosureMode, tuple[int, int], tuple[int, int]]]
    refused: float
    collective: float
    amount: tuple[float, float, float]  # median yuan, log-normal sigma, share without amount
    months: tuple[float, ...]  # seasonal weight of each month
    notes: tuple[str, ...]


SHAPES = (
    KindShape(
        CaseKind.MEDIATION,
        Weighted.of(zip(DisputeType, (40, 15, 8, 6, 15, 5, 5, 1, 5), strict=True)),
        0.35,
        Weighted.of(
            [
                ((M.AGREEMENT, (0, 14), (0, 14)), 65),
                ((M.NO_AGREEMENT, (10, 15), (10, 15)), 25),
                ((M.WITHDRAWN, (1, 10), (1, 10)), 10),
            ]
        ),
        refused=0.01,
        collective=0.02,
        amount=(8_000.0, 0.9, 0.10),
        months=(1.1, 0.7, 1.3, 1.1, 1.0, 1.0, 1.0, 0.95, 1.0, 0.9, 1.0, 1.1),
        notes=("申请人要求支付拖欠工资", "电话调解", "双方同意现场调解", "申请人为外地务工人员"),
    ),
    KindShape(
        CaseKind.ARBITRATION,
        Weighted.of(zip(DisputeType, (33, 18, 10, 8, 16, 3, 7, 2, 3), strict=True)),
        0.35,
        Weighted.of(
            [
                ((M.AWARD, (25, 44), (40, 59)), 45),
                ((M.MEDIATED, (5, 40), (30, 55)), 35),
                ((M.WITHDRAWN, (2, 30), (20, 50)), 12),
                ((M.DEEMED_WITHDRAWN, (15, 44), (30, 55)), 4),
                ((M.CANCELLED, (3, 20), (3, 20)), 2),
                ((M.TERMINATED, (46, 90), (61, 100)), 2),  # Rules Art. 48: the award came late
            ]
        ),
        refused=0.04,
        collective=0.03,
        amount=(25_000.0, 1.0, 0.06),
        months=(1.1, 0.7, 1.3, 1.1, 1.0, 1.0, 1.0, 0.95, 1.0, 0.9, 1.0, 1.1),
        notes=(
            "简易处理",
            "一裁终局",
            "先予执行",
            "公告送达",
            "被申请人缺席",
            "申请人委托律师代理",
            "反申请已合并审理",
        ),
    ),
    KindShape(
        CaseKind.INSPECTION,
        Weighted.of(
            [(D.REMUNERATION, 85), (D.SOCIAL_INSURANCE, 7), (D.WORKING_TIME, 5), (D.OTHER, 3)]
        ),
        0.15,
        Weighted.of(
            [
                ((M.RECTIFICATION, (5, 55), (50, 88)), 70),
                ((M.PENALTY, (25, 58), (55, 88)), 12),
                ((M.REFERRAL, (10, 50), (40, 80)), 6),
                ((M.FILING_REVOKED, (3, 25), (3, 25)), 12),  # 条例 Art. 18
            ]
        ),
        refused=0.03,
        collective=0.045,
        amount=(6_000.0, 0.9, 0.35),
        # wage-arrears complaints pile up before the Spring Festival
        months=(1.6, 0.8, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1.2, 1.7),
        notes=("根治欠薪", "12333转办", "网上投诉", "窗口投诉", "农民工工资专用账户未设立"),
    ),
)
MEDIATION, ARBITRATION, INSPECTION = 0, 1, 2  # indexes into SHAPES
KIND_SHARES = Weighted.of([(MEDIATION, 25), (ARBITRATION, 55), (INSPECTION, 20)])

YEAR_FACTOR = {2021: 0.8, 2022: 0.9, 2023: 1.0, 2024: 1.1, 2025: 1.2, 2026: 1.25}
OFF_DAY_FACTOR = 0.08  # online and 12333 submissions on days off
ACCEPT_WORKDAYS = Weighted.of(enumerate((10, 15, 20, 20, 15, 12, 5, 3)))  # 0..7 working days
CALENDAR_OFFSET_SHARE = 0.10  # acceptance in calendar days: may fall on a holiday
LONG_BREAK_DAYS = 7  # Spring Festival and National Day
HOLIDAY_DUTY_SHARE = 0.3  # received just before a long holiday: accepted by the duty officer
UNDECIDED_SHARE = 0.004  # arbitration/inspection never decided (overdue acceptance)
OVERDUE_SHARE = 0.05  # accepted cases left open far beyond their time limit
LATE_SHARE = 0.04  # closed, but after the time limit
EXTENDED_SHARE = 0.08
SUSPENDED_SHARE = 0.05  # of accepted arbitration cases: exactly one suspension
OPEN_SUSPENSION_SHARE = (0.3, 0.6)  # of suspended open cases not resumed: (recent, overdue)
EMPLOYER_SKEW = 1.5  # > 1: the first employers of the pool get most of the cases
ID_NUMBER_SHARE = 0.6
CREDIT_CODE_SHARE = 0.7
NOTE_SHARE = 0.08
SUSPENSION_REASONS = Weighted.of(  # the Rules Art. 47; the first two: work-injury findings
    [
        ("等待工伤认定结论", 30),
        ("等待劳动能力鉴定结论", 20),
        ("本案须以另一案的审理结果为依据", 20),
        ("劳动者死亡，需等待继承人表明是否参加仲裁", 5),
        ("用人单位终止，尚无承继权利义务的单位", 10),
        ("不可抗力", 5),
        ("其他应当中止仲裁审理的情形", 10),
    ]
)


def check_covered(calendar: WorkCalendar) -> None:
    """The holiday calendar must cover the years of the cases (and the week after ANCHOR)."""
    for year in range(START.year, (ANCHOR + LONG_BREAK_DAYS * 2 * ONE_DAY).year + 1):
        calendar.check_year(year)


def received_dates(calendar: WorkCalendar, shape: KindShape) -> Weighted[int]:
    """Date ordinals from START to ANCHOR, weighted by year, season and days off."""
    pairs = []
    for ordinal in range(START.toordinal(), ANCHOR.toordinal() + 1):
        day = dt.date.fromordinal(ordinal)
        weight = YEAR_FACTOR[day.year] * shape.months[day.month - 1]
        pairs.append((ordinal, weight if calendar.is_workday(day) else weight * OFF_DAY_FACTOR))
    return Weighted.of(pairs)


def long_breaks(calendar: WorkCalendar) -> dict[dt.date, dt.date]:
    """Received days a week or less before a long holiday -> the holiday's first day."""
    out: dict[dt.date, dt.date] = {}
    day = ANCHOR + LONG_BREAK_DAYS * ONE_DAY
    while day > START:  # backwards: the nearer holiday wins
        run = range(LONG_BREAK_DAYS)
        if calendar.is_workday(day - ONE_DAY) and not any(
            calendar.is_workday(day + n * ONE_DAY) for n in run
        ):
            out.update((day - (n + 1) * ONE_DAY, day) for n in run)
        day -= ONE_DAY
    return out


def office_time(rand: Rand, day: dt.date) -> dt.datetime:
    """A moment in office hours (08:30-17:30 Beijing time) of that day, in UTC."""
    seconds = (day.toordinal() - EPOCH) * 86_400 + 1_800 + int(rand() * 32_400)
    return dt.datetime.fromtimestamp(seconds, dt.UTC)
