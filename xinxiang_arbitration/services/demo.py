"""Synthetic, reproducible demo cases (the ``demo-data`` command and the benchmarks).

Everything comes from ``random.Random(seed)`` and the fixed ``ANCHOR`` date, never
from today's date, so one seed on an empty database always gives the same rows.
Rows are written with SQLAlchemy Core executemany in chunks, with primary keys
assigned here (no RETURNING round trips). Every row is valid under the ledger
format (shared/domain/ledger-format.md) and the schema's check constraints.

The case loop is written for speed (a million cases on SQLite in about two
minutes): plain ``rand()`` arithmetic instead of ``random.choice``/``choices``,
kinds as small ints, dates looked up by ordinal.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import queue as queue_module
import random
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Generator as GeneratorType
from contextlib import closing
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Table, func, insert, select, text, update

from xinxiang_arbitration.db import Database
from xinxiang_arbitration.domain import (
    COLLECTIVE_HEADCOUNT,
    CaseKind,
    CaseStatus,
    ClosureMode,
    DisputeType,
    PartyKind,
)
from xinxiang_arbitration.models import Base
from xinxiang_arbitration.services.case_numbers import format_number, pattern_regex

ANCHOR = dt.date(2026, 11, 20)  # "today" of the demo data: nothing happens after it
START = dt.date(2021, 1, 1)  # earliest received date
CHUNK_CASES = 20_000  # cases per transaction
CHUNK_ROWS = 20_000  # rows per executemany
PARALLEL_FROM = 100_000  # cases; below this a worker process costs more than it saves
STAFF_TARGET = 40
EVENT_ACTION = "demo-data"
EVENT_ACTOR = "演示数据"

_T = Base.metadata.tables
PARTIES, STAFF, ORGS = _T["parties"], _T["staff"], _T["mediation_orgs"]
CASES, DISPUTES = _T["cases"], _T["case_dispute_types"]
SUSPENSIONS, EVENTS = _T["suspensions"], _T["case_events"]
COUNTERS, PATTERNS, CALENDAR = (
    _T["case_number_counters"],
    _T["case_number_patterns"],
    _T["calendar_days"],
)
# tables given explicit ids, whose PostgreSQL sequences must then be moved past them
ID_TABLES = ("parties", "staff", "mediation_orgs", "cases", "suspensions", "case_events")

Item = TypeVar("Item")
Rand = Callable[[], float]


@dataclass(frozen=True)
class Weighted(Generic[Item]):
    """Items with weights, picked by bisecting the cumulative weights (faster than choices)."""

    items: tuple[Item, ...]
    cum: tuple[float, ...]

    @classmethod
    def of(cls, pairs: Iterable[tuple[Item, float]]) -> Weighted[Item]:
        items: list[Item] = []
        cum: list[float] = []
        total = 0.0
        for item, weight in pairs:
            total += weight
            items.append(item)
            cum.append(total)
        return cls(tuple(items), tuple(cum))

    def pick(self, rand: Rand) -> Item:
        return self.items[bisect_right(self.cum, rand() * self.cum[-1])]


def pick(rand: Rand, seq: Sequence[Item]) -> Item:
    return seq[int(rand() * len(seq))]


def between(rand: Rand, low: int, high: int) -> int:
    """A whole number from low to high, both included."""
    return low + int(rand() * (high - low + 1))


# --- names and places -----------------------------------------------------------

SURNAMES = Weighted.of(
    (m[1], int(m[2]))
    for m in re.finditer(
        r"(\D+?)(\d+)\s*",
        "王75 李74 张71 刘54 陈32 杨30 赵25 郭16 孙16 黄15 周14 吴13 徐13 高13 胡12 马12 "
        "朱11 宋10 何9 郑9 韩9 许8 梁8 冯8 贾7 董7 曹7 吕6 程6 魏6 于6 谢6 林6 罗6 田6 "
        "任6 袁6 丁5 杜5 范5 石5 郝5 白5 崔5 孟5 侯5 常5 武5 阎5 苏5 卢5 唐5 牛4 姚4 薛4 "
        "彭4 蒋4 蔡4 沈4 康4 乔4 贺4 孔4 秦4 史4 段4 姜4 夏4 邓4 申3 翟3 耿3 岳3 邵3 尹3 "
        "雷3 毛3 潘3 方3 汪3 余3 叶3 戴3 傅3 金3 陆2 钱2 汤2 江2 顾2 万2 邱2 钟2 熊2 邹2 "
        "谭2 文2 赖1 龚1 廖1 龙1 易1 黎1 司马1 欧阳1",
    )
)
MALE_CHARS = (
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋"
    "建国志新海文东亮振永峰成森晨博豪坤栋金卫庆春生德宏彬阳毅"
)
FEMALE_CHARS = (
    "芳娜敏静丽艳娟霞秀玲桂英萍红燕梅琳雪婷慧颖倩玉兰凤洁琴丹莉月云璐晶瑶佳欣怡荣美秋爽冉梦"
)

# employers' places, with the region codes of their districts/counties (for credit codes)
PLACES = Weighted.of(
    [
        (("新乡市", ("410702", "410703", "410704", "410711", "410771", "410772")), 50),
        (("新乡县", ("410721",)), 6),
        (("获嘉县", ("410724",)), 5),
        (("原阳县", ("410725",)), 5),
        (("延津县", ("410726",)), 4),
        (("封丘县", ("410727",)), 4),
        (("卫辉市", ("410781",)), 6),
        (("辉县市", ("410782",)), 7),
        (("长垣市", ("410783",)), 8),
    ]
)
DISTRICTS = (("红旗区", "410702"), ("卫滨区", "410703"), ("凤泉区", "410704"), ("牧野区", "410711"))
BRAND_CHARS = (
    "华兴金龙瑞丰宏达恒泰鑫盛永昌隆鼎新源福康安嘉宝利顺"
    "通天宇中豪正祥和润亿辉明远博创凯诚信德荣万佳汇聚晨光益腾飞亚太银海"
)
# (industry, is construction: wage-arrears complaints go to builders more often)
INDUSTRIES = (
    ("机械制造", False),
    ("起重机械", False),
    ("建筑工程", True),
    ("建筑劳务", True),
    ("建设工程", True),
    ("市政工程", True),
    ("房地产开发", False),
    ("物业服务", False),
    ("食品", False),
    ("纺织", False),
    ("化纤", False),
    ("电池", False),
    ("电子科技", False),
    ("汽车零部件", False),
    ("制冷设备", False),
    ("医药", False),
    ("生物科技", False),
    ("物流", False),
    ("商贸", False),
    ("餐饮管理", False),
    ("酒店管理", False),
    ("保安服务", False),
    ("家政服务", False),
    ("环保科技", False),
    ("包装", False),
    ("塑业", False),
    ("农业开发", False),
    ("网络科技", False),
)
FORMS = Weighted.of([("有限公司", 75), ("有限责任公司", 15), ("股份有限公司", 5), ("厂", 5)])
SHOPS = ("烩面馆", "超市", "饭店", "理发店", "汽修部", "五金店", "洗车行", "便利店", "烧烤店")
SHOP_OWNERS = ("老王", "老李", "老张", "小刘", "老陈", "老杨", "大赵", "老郭", "阿强", "二妮")
PUBLIC_BODIES = ("第一中学", "第二中学", "第三中学", "实验学校", "人民医院", "中医院", "妇幼保健院")
STREETS = (
    "人民路",
    "平原路",
    "胜利路",
    "金穗大道",
    "新中大道",
    "宏力大道",
    "劳动路",
    "自由路",
    "和平路",
    "健康路",
    "南干道",
    "北干道",
    "东干道",
    "中同街",
    "向阳路",
    "新二街",
    "牧野大道",
    "华兰大道",
)

# GB 11643 region codes that python-stdnum accepts for a birth year: (code, first, last).
# People born before the 1983/1986 reorganisation keep the codes of the former 新乡地区.
RIC_REGIONS = (
    ("410700", 1900, 2100),
    ("410702", 1983, 2100),
    ("410703", 1983, 2100),
    ("410704", 1983, 2100),
    ("410711", 1983, 2100),
    ("410721", 1983, 2100),
    ("410724", 1986, 2100),
    ("410725", 1986, 2100),
    ("410726", 1986, 2100),
    ("410727", 1986, 2100),
    ("410728", 1986, 2019),
    ("410781", 1989, 2100),
    ("410782", 1989, 2100),
    ("412228", 1900, 1986),
    ("412229", 1900, 1983),
    ("412230", 1900, 1986),
    ("412232", 1900, 1986),
    ("412233", 1900, 1986),
    ("412234", 1900, 1986),
)
BIRTH_FIRST, BIRTH_LAST = dt.date(1960, 1, 1), dt.date(2004, 12, 31)
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)  # GB 11714

DEMO_ORGS = (
    ("新乡市红旗区渠东街道劳动就业社会保障服务所调解室", "乡镇街道劳动就业社会保障服务所"),
    ("新乡市卫滨区胜利路街道劳动就业社会保障服务所调解室", "乡镇街道劳动就业社会保障服务所"),
    ("新乡市牧野区王村镇劳动就业社会保障服务所调解室", "乡镇街道劳动就业社会保障服务所"),
    ("辉县市孟庄镇劳动就业社会保障服务所调解室", "乡镇街道劳动就业社会保障服务所"),
    ("长垣市人民调解委员会", "基层人民调解组织"),
    ("获嘉县照镜镇人民调解委员会", "基层人民调解组织"),
    ("新乡市华兴机械制造有限公司劳动争议调解委员会", "企业劳动争议调解委员会"),
    ("河南宏达纺织有限公司劳动争议调解委员会", "企业劳动争议调解委员会"),
)

# --- case shapes ----------------------------------------------------------------

KIND_SHARES = Weighted.of([(0, 25), (1, 55), (2, 20)])  # index into KINDS
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
# plain codes for the case loop (enum attribute access is slow there)
REMUNERATION, WORK_INJURY = D.REMUNERATION.value, D.WORK_INJURY.value
RELATIONSHIP, PERSONNEL = D.RELATIONSHIP.value, D.PERSONNEL.value
CLOSED, REFUSED, SUSPENDED = (
    CaseStatus.CLOSED.value,
    CaseStatus.REFUSED.value,
    CaseStatus.SUSPENDED.value,
)
ACCEPTED, RECEIVED = CaseStatus.ACCEPTED.value, CaseStatus.RECEIVED.value

YEAR_FACTOR = {2021: 0.8, 2022: 0.9, 2023: 1.0, 2024: 1.1, 2025: 1.2, 2026: 1.25}
OFF_DAY_FACTOR = 0.08  # online and 12333 submissions on days off
ACCEPT_WORKDAYS = Weighted.of(enumerate((10, 15, 20, 20, 15, 12, 5, 3)))  # 0..7 working days
CALENDAR_OFFSET_SHARE = 0.10  # acceptance in calendar days: may fall on a holiday
LONG_BREAK_DAYS = 7
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
SUSPENSION_REASONS = Weighted.of(  # the Rules Art. 47
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

# --- check characters -------------------------------------------------------------


def ric_check(body: str) -> str:
    """GB 11643 check character of a 17-digit resident ID body.

    The weights are 2^(18-i) mod 11, and 13 = 2 (mod 11), so the weighted sum is
    2 * int(body, 13) (mod 11); the check value makes the total 1 (mod 11).
    """
    value = (1 - 2 * int(body, 13)) % 11
    return "X" if value == 10 else str(value)


def uscc_check(body: str) -> str:
    """GB 32100 check character of a 17-character credit code body."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[-total % 31]


def org_code_check(body: str) -> str:
    """GB 11714 check character of an 8-character organisation code body."""
    total = sum(
        (int(c) if c.isdigit() else ord(c) - 55) * w
        for c, w in zip(body, ORG_CODE_WEIGHTS, strict=True)
    )
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


# --- calendar ---------------------------------------------------------------------


@dataclass
class Calendar:
    """Working days from the app's holiday calendar, indexed by date ordinal."""

    base: int  # ordinal of index 0
    days: list[dt.date]
    workday: list[bool]
    workdays: list[int]  # ordinals of the working days
    after: list[int]  # index in workdays of the first working day after each day
    long_break: list[int]  # first day of a 7+ day holiday starting 1-7 days later, or 0

    @classmethod
    def load(cls, conn: Connection, first: dt.date, last: dt.date) -> Calendar:
        query = select(CALENDAR.c.day, CALENDAR.c.is_workday).where(
            CALENDAR.c.day.between(first, last)
        )
        special = {day: bool(is_workday) for day, is_workday in conn.execute(query)}
        base = first.toordinal()
        days = [dt.date.fromordinal(o) for o in range(base, last.toordinal() + 1)]
        workday = [special.get(d, d.weekday() < 5) for d in days]
        workdays = [base + i for i, w in enumerate(workday) if w]
        after = [bisect_right(workdays, base + i) for i in range(len(days))]
        # Spring Festival and National Day: runs of at least 7 days off
        long_break = [0] * len(days)
        run = 0
        for i in range(len(days) - 1, -1, -1):
            run = 0 if workday[i] else run + 1
            if run >= LONG_BREAK_DAYS and (i == 0 or workday[i - 1]):
                for j in range(max(0, i - 7), i):
                    long_break[j] = base + i
        return cls(base, days, workday, workdays, after, long_break)

    def add_workdays(self, ordinal: int, n: int) -> int:
        """The n-th working day after the day (the day itself for n = 0)."""
        if n == 0:
            return ordinal
        i = self.after[ordinal - self.base] + n - 1
        return self.workdays[i] if i < len(self.workdays) else ordinal + n * 7 // 5 + 1

    def roll(self, ordinal: int) -> int:
        """The day, moved forward to the next working day if it is not one."""
        i = ordinal - self.base
        if i >= len(self.workday) or self.workday[i]:
            return ordinal
        return self.add_workdays(ordinal, 1)


# --- case numbers -----------------------------------------------------------------


@dataclass
class Numbering:
    """案号 per kind: the pattern, and the last n handed out per sequence."""

    patterns: dict[str, str]
    last: dict[tuple[str, int], int]  # (kind, year or 0) -> last n
    counter_rows: set[tuple[str, int]]  # rows already in case_number_counters
    touched: dict[tuple[str, int], int] = field(default_factory=dict)  # (kind, year) -> n

    def key(self, kind: str, year: int) -> tuple[str, int]:
        # a pattern without {year} numbers straight through the years
        return (kind, year) if "{year}" in self.patterns[kind] else (kind, 0)

    def next(self, kind: str, year: int) -> str:
        key = self.key(kind, year)
        n = self.last.get(key, 0) + 1
        self.last[key] = n
        self.touched[(kind, year)] = n
        return format_number(self.patterns[kind], year, n)

    @classmethod
    def read(cls, conn: Connection) -> Numbering:
        patterns = {k: p for k, p in conn.execute(select(PATTERNS.c.kind, PATTERNS.c.pattern))}
        for shape in SHAPES:
            pattern = patterns.get(shape.kind.value)
            if pattern is None or "{n}" not in pattern:
                raise ValueError(f"案号格式缺少 {{n}}：{shape.kind.label} {pattern!r}")
        numbering = cls(patterns, {}, set())
        counters = select(COUNTERS.c.kind, COUNTERS.c.year, COUNTERS.c.last_n)
        for kind, year, last_n in conn.execute(counters):
            numbering.counter_rows.add((kind, year))
            if kind in patterns:
                numbering.raise_to(kind, year, last_n)
        # numbers in use (imported, typed in) that the counters do not know about
        regexes = {kind: pattern_regex(pattern) for kind, pattern in patterns.items()}
        if conn.execute(select(func.count()).select_from(CASES)).scalar_one():
            for (number,) in conn.execute(select(CASES.c.number)):
                for kind, regex in regexes.items():
                    m = regex.match(number)
                    if m:
                        year = int(m["year"]) if "year" in regex.groupindex else 0
                        numbering.raise_to(kind, year, int(m["n"]))
        return numbering

    def raise_to(self, kind: str, year: int, n: int) -> None:
        key = self.key(kind, year)
        self.last[key] = max(self.last.get(key, 0), n)


# --- the generator ----------------------------------------------------------------


@dataclass
class Batch:
    parties: list[dict[str, Any]] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    disputes: list[dict[str, Any]] = field(default_factory=list)
    suspensions: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    counters: dict[tuple[str, int], int] = field(default_factory=dict)  # (kind, year) -> last n


class Generator:
    """Makes the rows; all randomness comes from one ``random.Random``, in a fixed order."""

    def __init__(self, rng: random.Random, calendar: Calendar, last_ids: dict[str, int]) -> None:
        self.rng = rng
        self.rand = rng.random
        self.cal = calendar
        self.last_id = dict(last_ids)
        self.epoch = dt.date(1970, 1, 1).toordinal()
        self.ric_regions = {
            year: [code for code, first, last in RIC_REGIONS if first <= year <= last]
            for year in range(BIRTH_FIRST.year, BIRTH_LAST.year + 1)
        }
        self.employers: list[int] = []
        self.builders: list[int] = []  # construction companies
        self.public: list[int] = []  # public institutions (personnel disputes)
        self.handlers: tuple[list[int], ...] = ([], [], [])  # staff per kind
        self.orgs = Weighted[int]((), ())
        self.disputes = [
            Weighted(tuple(t.value for t in s.disputes.items), s.disputes.cum) for s in SHAPES
        ]
        self.closures = [
            Weighted(tuple((m.value, a, b) for m, a, b in s.closures.items), s.closures.cum)
            for s in SHAPES
        ]
        self.kind_codes = [s.kind.value for s in SHAPES]

    def take_id(self, table: str) -> int:
        self.last_id[table] += 1
        return self.last_id[table]

    def timestamp(self, ordinal: int) -> dt.datetime:
        """A moment in office hours (08:30-17:30 Beijing time) of that day, in UTC."""
        seconds = (ordinal - self.epoch) * 86_400 + 1_800 + int(self.rand() * 32_400)
        return dt.datetime.fromtimestamp(seconds, dt.UTC)

    def person_name(self) -> tuple[str, bool]:
        rand = self.rand
        male = rand() < 0.58  # applicants are more often men
        chars = MALE_CHARS if male else FEMALE_CHARS
        given = pick(rand, chars)
        if rand() < 0.7:
            given += pick(rand, chars)
        return SURNAMES.pick(rand) + given, male

    def resident_id(self, male: bool) -> str:
        rand = self.rand
        birth = dt.date.fromordinal(between(rand, BIRTH_FIRST.toordinal(), BIRTH_LAST.toordinal()))
        region = pick(rand, self.ric_regions[birth.year])
        sequence = int(rand() * 500) * 2 + male  # odd for men
        body = f"{region}{birth.year}{birth.month:02d}{birth.day:02d}{sequence:03d}"
        return body + ric_check(body)

    def phone(self) -> str:
        return f"1{pick(self.rand, '35789')}{int(self.rand() * 10**9):09d}"

    def address(self, place: str) -> str:
        return f"{place}{pick(self.rand, STREETS)}{between(self.rand, 1, 300)}号"

    def credit_code(self, authority_type: str, region: str) -> str:
        rand = self.rand
        if rand() < 0.6:
            body8 = f"{int(rand() * 10**8):08d}"
        else:  # organisation codes issued since 2015 start with MA
            body8 = "MA" + "".join(pick(rand, USCC_ALPHABET) for _ in range(6))
        body = authority_type + region + body8 + org_code_check(body8)
        return body + uscc_check(body)

    # reference rows

    def staff_rows(self, taken: set[str], count: int, at: dt.datetime) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        while len(rows) < count:
            name, _ = self.person_name()
            if name not in taken:
                taken.add(name)
                row = {"id": self.take_id("staff"), "name": name, "active": True, "created_at": at}
                rows.append(row)
        return rows

    def employer_rows(
        self, count: int, taken_names: set[str], taken_codes: set[str], at: dt.datetime
    ) -> list[dict[str, Any]]:
        """The pool of employers; names never repeat (nor match existing organisations)."""
        rand = self.rand
        rows: list[dict[str, Any]] = []
        shops: list[int] = []
        while len(rows) < count:
            place, regions = PLACES.pick(rand)
            region = pick(rand, regions)
            construction = False
            u = rand()
            if u < 0.03:  # public institution (事业单位), registered by 机构编制
                authority = "12"
                if rand() < 0.5:
                    name = place + pick(rand, PUBLIC_BODIES)
                else:
                    name = place + pick(rand, BRAND_CHARS) + pick(rand, "庄店营屯集") + "镇中心学校"
            elif u < 0.11:  # individual business (个体工商户)
                authority = "92"
                district, region = pick(rand, DISTRICTS)
                owner = pick(rand, SHOP_OWNERS) if rand() < 0.5 else self.brand()
                name = district + owner + pick(rand, SHOPS)
            else:
                authority = "91"
                industry, construction = pick(rand, INDUSTRIES)
                prefix = place
                if place == "新乡市" and rand() < 0.3:
                    district, region = pick(rand, DISTRICTS)
                    prefix += district
                elif rand() < 0.08:
                    prefix = "河南"
                name = prefix + self.brand() + industry + FORMS.pick(rand)
            if name in taken_names:
                continue
            code: str | None = None
            if rand() < CREDIT_CODE_SHARE:
                code = self.credit_code(authority, region)
                if code in taken_codes:
                    continue
                taken_codes.add(code)
            taken_names.add(name)
            party_id = self.take_id("parties")
            rows.append(
                {
                    "id": party_id,
                    "kind": PartyKind.ORGANISATION.value,
                    "name": name,
                    "id_number": None,
                    "credit_code": code,
                    "address": self.address(place) if rand() < 0.6 else None,
                    "phone": f"0373-{int(rand() * 10**7):07d}" if rand() < 0.4 else None,
                    "created_at": at,
                }
            )
            if authority == "92":
                shops.append(party_id)
            else:
                self.employers.append(party_id)
            if construction:
                self.builders.append(party_id)
            if authority == "12":
                self.public.append(party_id)
        self.employers += shops  # small shops last: they are rarely respondents
        return rows

    def brand(self) -> str:
        first = pick(self.rand, BRAND_CHARS)
        second = pick(self.rand, BRAND_CHARS)
        return first + second if second != first else first + "达"

    def employer(self, pool: list[int]) -> int:
        # skewed: a few employers are respondents again and again
        return pool[int(len(pool) * self.rand() ** EMPLOYER_SKEW)]

    # the plan: received date and kind of every case, sorted by date

    def plan(self, cases: int) -> list[int]:
        """``ordinal * 3 + kind index`` per case, in date order (so numbers follow dates)."""
        rand = self.rand
        cal = self.cal
        kinds = [KIND_SHARES.pick(rand) for _ in range(cases)]
        packed: list[int] = []
        ordinals = range(START.toordinal(), ANCHOR.toordinal() + 1)
        for k, shape in enumerate(SHAPES):
            weights = []
            for o in ordinals:
                day = cal.days[o - cal.base]
                weight = YEAR_FACTOR[day.year] * shape.months[day.month - 1]
                weights.append(weight if cal.workday[o - cal.base] else weight * OFF_DAY_FACTOR)
            dates = Weighted.of(zip(ordinals, weights, strict=True))
            packed += [dates.pick(rand) * 3 + k for _ in range(kinds.count(k))]
        packed.sort()
        return packed

    # the cases

    def batch(self, plan: Sequence[int], numbering: Numbering) -> Batch:
        rand = self.rand
        cal = self.cal
        base, days = cal.base, cal.days
        anchor = ANCHOR.toordinal()
        out = Batch()
        for packed in plan:
            received, k = divmod(packed, 3)
            shape = SHAPES[k]
            received_day = days[received - base]

            name, male = self.person_name()
            applicant_id = self.take_id("parties")
            applicant = {
                "id": applicant_id,
                "kind": "person",
                "name": name,
                "id_number": self.resident_id(male) if rand() < ID_NUMBER_SHARE else None,
                "address": self.address("新乡市") if rand() < 0.3 else None,
                "phone": self.phone() if rand() < 0.6 else None,
            }

            disputes = self.disputes[k]
            first_type = disputes.pick(rand)
            dispute = [first_type]
            if rand() < shape.second_dispute:
                second = disputes.pick(rand)
                if second != first_type:
                    dispute.append(second)

            if first_type == PERSONNEL and self.public:
                respondent_id = self.employer(self.public)
            elif k == INSPECTION and self.builders and rand() < 0.4:
                respondent_id = self.employer(self.builders)
            else:
                respondent_id = self.employer(self.employers)

            headcount = 1
            u = rand()
            if u < shape.collective:
                headcount = between(rand, COLLECTIVE_HEADCOUNT, 60)
            elif u < 0.1:
                headcount = between(rand, 2, COLLECTIVE_HEADCOUNT - 1)
            amount = self.amount(k, first_type, headcount)

            # acceptance (受理; 立案 for inspection): the Law Art. 29, 5 working days
            holiday = cal.long_break[received - base]
            if k == MEDIATION:
                decided = cal.add_workdays(received, 0 if rand() < 0.6 else between(rand, 1, 2))
            elif holiday and rand() < HOLIDAY_DUTY_SHARE:
                decided = holiday + between(rand, 0, 2)
            elif rand() < CALENDAR_OFFSET_SHARE:
                decided = received + between(rand, 0, 7)
            else:
                decided = cal.add_workdays(received, ACCEPT_WORKDAYS.pick(rand))
            if k != MEDIATION and rand() < UNDECIDED_SHARE:
                decided = anchor + 1
            accepted: int | None = None
            refused = False
            if decided <= anchor:
                if rand() < shape.refused:
                    refused = True
                else:
                    accepted = decided

            extended = False
            closed: int | None = None
            mode: str | None = None
            suspension: tuple[int, int | None] | None = None
            if accepted is not None:
                extended = k != MEDIATION and rand() < EXTENDED_SHARE
                mode, plain, longer = self.closures[k].pick(rand)
                length = between(rand, *(longer if extended else plain))
                if rand() < LATE_SHARE:
                    length += between(rand, 1, 60)
                if k == INSPECTION:  # 条例 Art. 17: working days
                    close_at = cal.add_workdays(accepted, length)
                else:
                    close_at = cal.roll(accepted + length)
                if k == ARBITRATION and rand() < SUSPENDED_SHARE:
                    start = accepted + between(rand, 3, 30)
                    if start <= anchor:
                        pause = between(rand, 10, 120)
                        # suspended days do not count (the Rules Art. 46)
                        close_at = cal.roll(
                            max(close_at + pause, start + pause + between(rand, 1, 20))
                        )
                        suspension = (start, start + pause)
                stuck = rand() < OVERDUE_SHARE
                if stuck or close_at > anchor:
                    mode = None
                    if suspension is not None:
                        start, end = suspension
                        resumed = end is not None and end <= anchor
                        if resumed and rand() < OPEN_SUSPENSION_SHARE[stuck]:
                            resumed = False
                        suspension = (start, end if resumed else None)
                else:
                    closed = close_at

            if closed is not None:
                status = CLOSED
            elif refused:
                status = REFUSED
            elif suspension is not None and suspension[1] is None:
                status = SUSPENDED
            elif accepted is not None:
                status = ACCEPTED
            else:
                status = RECEIVED

            handler_id = None
            if rand() < (0.95 if accepted is not None else 0.6):
                handler_id = pick(rand, self.handlers[k])
            notes = None
            if headcount >= COLLECTIVE_HEADCOUNT and rand() < 0.6:
                notes = (
                    "农民工集体讨薪"
                    if k == INSPECTION
                    else f"集体争议，推选代表人{between(rand, 3, 5)}名"
                )
            elif rand() < NOTE_SHARE:
                notes = pick(rand, shape.notes)

            last = closed or accepted or received
            if suspension is not None:
                last = max(last, suspension[1] or suspension[0])
            created_at = self.timestamp(received)
            updated_at = created_at if last == received else self.timestamp(last)
            applicant["created_at"] = created_at
            out.parties.append(applicant)

            case_id = self.take_id("cases")
            kind_code = self.kind_codes[k]
            out.cases.append(
                {
                    "id": case_id,
                    "number": numbering.next(kind_code, received_day.year),
                    "kind": kind_code,
                    "status": status,
                    "applicant_id": applicant_id,
                    "respondent_id": respondent_id,
                    "headcount": headcount,
                    "claim_amount": amount,
                    "mediation_org_id": self.orgs.pick(rand) if k == MEDIATION else None,
                    "received_on": received_day,
                    "accepted_on": None if accepted is None else days[accepted - base],
                    "refused": refused,
                    "extended": extended,
                    "closed_on": None if closed is None else days[closed - base],
                    "closure_mode": mode,
                    "handler_id": handler_id,
                    "notes": notes,
                    "created_at": created_at,
                    "updated_at": updated_at,
                    "version": 1,
                }
            )
            for position, dispute_type in enumerate(dispute):
                out.disputes.append(
                    {"case_id": case_id, "position": position, "dispute_type": dispute_type}
                )
            if suspension is not None:
                start, end = suspension
                out.suspensions.append(
                    {
                        "id": self.take_id("suspensions"),
                        "case_id": case_id,
                        "started_on": days[start - base],
                        "ended_on": None if end is None else days[end - base],
                        "reason": self.suspension_reason(dispute),
                    }
                )
            out.events.append(
                {
                    "id": self.take_id("case_events"),
                    "case_id": case_id,
                    "recorded_at": updated_at,
                    "actor": EVENT_ACTOR,
                    "action": EVENT_ACTION,
                    "occurred_on": received_day,
                    "to_status": status,
                    # no "changes" key: an explicit None would be stored as JSON null
                }
            )
        out.counters, numbering.touched = numbering.touched, {}
        return out

    def amount(self, k: int, first_type: str, headcount: int) -> Decimal | None:
        rand = self.rand
        median, sigma, none_share = SHAPES[k].amount
        if k == INSPECTION and first_type != REMUNERATION:
            return None  # only wage-arrears complaints name a sum
        if first_type == RELATIONSHIP and rand() < 0.7:
            return None
        if rand() < none_share:
            return None
        yuan = self.rng.lognormvariate(0.0, sigma) * median
        if headcount > 1:
            yuan *= headcount * (0.5 + 0.4 * rand())
        cents = min(int(yuan * 100), 999_999_999)
        u = rand()
        if u < 0.4:
            cents = max(cents // 10_000 * 10_000, 10_000)  # whole hundreds of yuan
        elif u < 0.7:
            cents = cents // 100 * 100  # whole yuan
        return Decimal(cents).scaleb(-2)  # exactly two decimals

    def suspension_reason(self, dispute: list[str]) -> str:
        if WORK_INJURY in dispute and self.rand() < 0.7:
            return SUSPENSION_REASONS.items[int(self.rand() * 2)]  # injury findings
        return SUSPENSION_REASONS.pick(self.rand)


# --- writing ----------------------------------------------------------------------


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK_ROWS):
        conn.execute(insert(table), rows[start : start + CHUNK_ROWS])


def _advance_sequences(conn: Connection, tables: Iterable[str]) -> None:
    """PostgreSQL: move each serial sequence past the ids we gave explicitly."""
    if conn.dialect.name != "postgresql":
        return
    for name in tables:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT max(id) FROM {name}))"
            )
        )


def _save_counters(
    conn: Connection, counters: dict[tuple[str, int], int], existing: set[tuple[str, int]]
) -> None:
    for (kind, year), last_n in sorted(counters.items()):
        if (kind, year) in existing:
            conn.execute(
                update(COUNTERS)
                .where(COUNTERS.c.kind == kind, COUNTERS.c.year == year)
                .values(last_n=last_n)
            )
        else:
            conn.execute(insert(COUNTERS).values(kind=kind, year=year, last_n=last_n))
            existing.add((kind, year))


def _max_id(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())


# --- the optional worker process ---------------------------------------------------


def _produce(gen: Generator, numbering: Numbering, chunks: list[list[int]], queue: Any) -> None:
    """Worker process: make every chunk's rows, in order, and hand them over."""
    for chunk in chunks:
        queue.put(gen.batch(chunk, numbering))


class _WorkerStopped(Exception):
    def __init__(self, delivered: int) -> None:
        super().__init__(f"demo-data worker stopped after {delivered} chunks")
        self.delivered = delivered


def _batches_from_worker(
    gen: Generator, numbering: Numbering, chunks: list[list[int]]
) -> Iterator[Batch]:
    """The batches, made in a spawned process (so the database connection stays here).

    Raises _WorkerStopped when the process cannot start or dies; the caller carries on
    in-process from there. ``gen`` and ``numbering`` here are left untouched.
    """
    context = multiprocessing.get_context("spawn")  # no fork: the caller may run threads
    queue = context.Queue(maxsize=2)
    process = context.Process(
        target=_produce, args=(gen, numbering, chunks, queue), daemon=True, name="demo-data"
    )
    delivered = 0
    try:
        process.start()
        while delivered < len(chunks):
            try:
                batch = queue.get(timeout=0.5)
            except queue_module.Empty:
                if not process.is_alive():
                    raise _WorkerStopped(delivered) from None
                continue
            delivered += 1
            yield batch
    except (OSError, RuntimeError) as exc:  # could not start (e.g. a frozen app)
        raise _WorkerStopped(delivered) from exc
    finally:
        if process.is_alive():
            process.terminate()
        if process.pid is not None:
            process.join()
        queue.close()


def _batches(
    gen: Generator, numbering: Numbering, chunks: list[list[int]], parallel: bool
) -> GeneratorType[Batch, None, None]:
    start = 0
    if parallel:
        try:
            yield from _batches_from_worker(gen, numbering, chunks)
            return
        except _WorkerStopped as stopped:
            start = stopped.delivered
    for i, chunk in enumerate(chunks):
        batch = gen.batch(chunk, numbering)  # made again when skipped: keeps the sequence
        if i >= start:
            yield batch


def generate_demo_data(
    db: Database,
    cases: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    *,
    parallel: bool | None = None,
) -> int:
    """Add ``cases`` synthetic cases (about 25 % mediation, 55 % arbitration, 20 % inspection).

    Appends to what is there: ids, case numbers and the number counters carry on after
    the existing ones. Each chunk of cases is one transaction, complete with its parties,
    dispute types, suspensions, events and counters. ``progress(done, total)`` is called
    after each chunk. Returns the number of cases made.

    ``parallel`` makes the rows in a second process while this one writes (the default
    for large runs); the rows are the same either way.
    """
    if cases < 0:
        raise ValueError("cases must not be negative")
    if cases == 0:
        return 0
    with db.engine.connect() as conn:
        calendar = Calendar.load(
            conn, START - dt.timedelta(days=7), ANCHOR + dt.timedelta(days=800)
        )
        numbering = Numbering.read(conn)
        gen = Generator(
            random.Random(seed), calendar, {name: _max_id(conn, _T[name]) for name in ID_TABLES}
        )
        staff = conn.execute(select(STAFF.c.id, STAFF.c.name, STAFF.c.active).order_by(STAFF.c.id))
        staff_names: set[str] = set()
        handlers: list[int] = []
        for staff_id, name, active in staff:
            staff_names.add(name)
            if active:
                handlers.append(staff_id)
        orgs = conn.execute(select(ORGS.c.id, ORGS.c.name, ORGS.c.active).order_by(ORGS.c.id)).all()
        organisations = conn.execute(
            select(PARTIES.c.name, PARTIES.c.credit_code).where(
                PARTIES.c.kind == PartyKind.ORGANISATION.value
            )
        ).all()

    setup_at = gen.timestamp(START.toordinal())
    staff_rows = gen.staff_rows(staff_names, max(0, STAFF_TARGET - len(handlers)), setup_at)
    org_names = {name for _, name, _ in orgs}
    org_rows = [
        {"id": gen.take_id("mediation_orgs"), "name": name, "category": category, "active": True}
        for name, category in DEMO_ORGS
        if name not in org_names
    ]
    employer_rows = gen.employer_rows(
        max(20, cases // 15),
        {name for name, _ in organisations},
        {code for _, code in organisations if code},
        setup_at,
    )

    # the office: about 30 % mediators, 50 % arbitrators and clerks, 20 % inspectors
    handlers += [row["id"] for row in staff_rows]
    cut1, cut2 = len(handlers) * 3 // 10, len(handlers) * 8 // 10
    gen.handlers = (handlers[:cut1] or handlers, handlers[cut1:cut2] or handlers, handlers[cut2:])
    usable_orgs = [(i, name) for i, name, active in orgs if active]
    usable_orgs += [(row["id"], row["name"]) for row in org_rows]
    # the commission's own mediation centre takes most cases
    gen.orgs = Weighted.of((i, 4.0 if "仲裁院" in name else 1.0) for i, name in usable_orgs)

    with db.engine.begin() as conn:
        _insert(conn, STAFF, staff_rows)
        _insert(conn, ORGS, org_rows)
        _insert(conn, PARTIES, employer_rows)
        _advance_sequences(conn, ("staff", "mediation_orgs", "parties"))

    plan = gen.plan(cases)
    chunks = [plan[i : i + CHUNK_CASES] for i in range(0, cases, CHUNK_CASES)]
    if parallel is None:
        # a frozen app would start itself again instead of the worker
        parallel = cases >= PARALLEL_FROM and not getattr(sys, "frozen", False)
    done = 0
    # closing: a failed write stops the worker process at once
    with closing(_batches(gen, numbering, chunks, parallel)) as batches:
        for batch in batches:
            with db.engine.begin() as conn:
                _insert(conn, PARTIES, batch.parties)
                _insert(conn, CASES, batch.cases)
                _insert(conn, DISPUTES, batch.disputes)
                _insert(conn, SUSPENSIONS, batch.suspensions)
                _insert(conn, EVENTS, batch.events)
                _save_counters(conn, batch.counters, numbering.counter_rows)
                _advance_sequences(conn, ("parties", "cases", "suspensions", "case_events"))
            done += len(batch.cases)
            if progress is not None:
                progress(done, cases)
    return done
