"""Statutory clocks (pure functions: no database). See shared/domain/procedure.md.

Periods follow the civil-procedure rules (the Rules Art. 19; 民事诉讼法 Art. 85):
the start day does not count, and a period whose last day is not a working day
ends on the next working day. Each clock is counted either in working days or
in calendar days with the last day rolled forward; which one is a setting, with
the defaults of procedure.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from xinxiang_arbitration.clocks.calendar import Holiday, WorkCalendar
from xinxiang_arbitration.errors import CalendarNotCovered


class Rule(enum.StrEnum):
    WORKING_DAYS = "working_days"  # W(d, n): the n-th working day after d
    CALENDAR_DAYS = "calendar_days"  # C(d, n): d + n days, rolled forward to a working day

    @property
    def label(self) -> str:
        return "工作日" if self is Rule.WORKING_DAYS else "自然日（期满日遇节假日顺延）"


@dataclass(frozen=True)
class ClockSpec:
    code: str
    name: str
    length: int
    default_rule: Rule
    article: str
    start_event: str
    extension: int = 0  # days added when an extension was approved


LAW = "《劳动争议调解仲裁法》"
RULES = "《劳动人事争议仲裁办案规则》"
INSPECTION_RULES = "《关于实施〈劳动保障监察条例〉若干规定》"
INSPECTION_REGULATION = "《劳动保障监察条例》"

CLOCKS: dict[str, ClockSpec] = {
    spec.code: spec
    for spec in (
        ClockSpec("acceptance", "受理审查期限", 5, Rule.WORKING_DAYS, f"{LAW}第二十九条", "收件"),
        ClockSpec(
            "service_of_copy", "送达申请书副本", 5, Rule.WORKING_DAYS, f"{LAW}第三十条", "受理"
        ),
        ClockSpec(
            "tribunal_notice",
            "告知仲裁庭组成",
            5,
            Rule.WORKING_DAYS,
            f"{LAW}第三十二条；{RULES}第三十七条",
            "受理",
        ),
        ClockSpec(
            "defence",
            "被申请人答辩期限",
            10,
            Rule.WORKING_DAYS,
            f"{LAW}第三十条",
            "被申请人收到申请书副本",
        ),
        ClockSpec(
            "defence_copy", "送达答辩书副本", 5, Rule.WORKING_DAYS, f"{LAW}第三十条", "收到答辩书"
        ),
        ClockSpec(
            "hearing_notice",
            "开庭通知最迟送达",
            5,
            Rule.WORKING_DAYS,
            f"{LAW}第三十五条",
            "开庭日期",
        ),
        ClockSpec(
            "postpone_request",
            "请求延期开庭最迟提出",
            3,
            Rule.WORKING_DAYS,
            f"{LAW}第三十五条",
            "开庭日期",
        ),
        ClockSpec(
            "award",
            "仲裁审理期限",
            45,
            Rule.CALENDAR_DAYS,
            f"{LAW}第四十三条；{RULES}第四十六条",
            "受理",
            extension=15,
        ),
        ClockSpec(
            "mediation", "调解期限", 15, Rule.CALENDAR_DAYS, f"{LAW}第十四条", "调解组织收到申请"
        ),
        ClockSpec(
            "inspection_filing",
            "立案审查期限",
            5,
            Rule.WORKING_DAYS,
            f"{INSPECTION_RULES}第十八条",
            "收到举报投诉",
        ),
        ClockSpec(
            "inspection_closure",
            "监察办结期限",
            60,
            Rule.WORKING_DAYS,
            f"{INSPECTION_REGULATION}第十七条",
            "立案",
            extension=30,
        ),
        ClockSpec(
            "sue_non_final",
            "不服非终局裁决起诉期限",
            15,
            Rule.CALENDAR_DAYS,
            f"{LAW}第五十条",
            "收到裁决书",
        ),
        ClockSpec(
            "revoke_final",
            "申请撤销终局裁决期限",
            30,
            Rule.CALENDAR_DAYS,
            f"{LAW}第四十九条",
            "收到裁决书",
        ),
    )
}


# the kinds of period that do not count toward a limit, as stored in ``suspensions.kind``
EXCLUSION_KINDS = {"suspension": "中止", "public_notice": "公告送达"}


@dataclass(frozen=True)
class ExcludedPeriod:
    """Days that do not count (中止, 公告送达); ``end`` None: still running."""

    start: dt.date
    end: dt.date | None
    reason: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days if self.end else 0


@dataclass(frozen=True)
class Deadline:
    """A computed date that can explain itself."""

    clock: str
    name: str
    start_event: str
    start: dt.date
    rule: Rule
    length: int
    article: str
    due: dt.date | None  # None: stopped (still suspended) or the calendar lacks a year
    excluded: tuple[ExcludedPeriod, ...] = ()
    holidays: tuple[Holiday, ...] = ()
    missing_year: int | None = None
    stopped: bool = False
    backward: bool = False  # counted back from the start (hearing notice)
    notes: tuple[str, ...] = field(default=())

    @property
    def excluded_days(self) -> int:
        return sum(p.days for p in self.excluded)

    def explain(self) -> str:
        if self.backward:
            unit = "工作日" if self.rule is Rule.WORKING_DAYS else "日（遇节假日提前）"
            start = f"{self.start_event}（{self.start.isoformat()}）"
            parts = [f"{self.name}：{start}前 {self.length} 个{unit}"]
        else:
            parts = [f"{self.name}：自{self.start_event}（{self.start.isoformat()}）次日起算"]
            parts.append(f"{self.length} 个{self.rule.label}")
        if self.excluded:
            spans = "、".join(
                f"{p.reason} {p.start.isoformat()}至{p.end.isoformat() if p.end else '今'}"
                for p in self.excluded
            )
            parts.append(f"扣除 {self.excluded_days} 日（{spans}）")
        if self.holidays:
            names = sorted({h.name for h in self.holidays})
            parts.append(f"期间经过节假日 {len(self.holidays)} 天（{'、'.join(names)}）")
        parts += list(self.notes)
        if self.stopped:
            parts.append("案件中止中，期限停止计算")
        elif self.missing_year is not None:
            parts.append(f"尚无法确定（缺少 {self.missing_year} 年节假日日历）")
        elif self.due is not None:
            parts.append(f"届满日 {self.due.isoformat()}")
        parts.append(f"依据：{self.article}")
        return "；".join(parts)


Settings = Mapping[str, Rule]


def rule_for(code: str, settings: Settings | None = None) -> Rule:
    if settings and code in settings:
        return settings[code]
    return CLOCKS[code].default_rule


def count_forward(cal: WorkCalendar, start: dt.date, n: int, rule: Rule) -> dt.date:
    """W(start, n) or C(start, n)."""
    if rule is Rule.WORKING_DAYS:
        return cal.add_workdays(start, n)
    return cal.add_calendar_days(start, n)


def compute(
    cal: WorkCalendar,
    code: str,
    start: dt.date,
    *,
    settings: Settings | None = None,
    extended: bool = False,
    excluded: Sequence[ExcludedPeriod] = (),
    notes: Sequence[str] = (),
    explain: bool = True,
) -> Deadline:
    """A forward clock: ``length`` (+ extension) from ``start``, excluded days added first.

    ``explain=False`` skips listing the holidays passed (lists of thousands of
    deadlines need only the dates).
    """
    spec = CLOCKS[code]
    rule = rule_for(code, settings)
    length = spec.length + (spec.extension if extended else 0)
    if extended and spec.extension:
        notes = (*notes, f"已批准延长 {spec.extension} 日")
    due: dt.date | None = None
    missing_year: int | None = None
    holidays: tuple[Holiday, ...] = ()
    stopped = any(p.end is None for p in excluded)
    if not stopped:
        shifted = start + dt.timedelta(days=sum(p.days for p in excluded))
        try:
            due = count_forward(cal, shifted, length, rule)
        except CalendarNotCovered as exc:
            missing_year = exc.year
        if due is not None and explain:
            holidays = tuple(cal.holidays_between(start + dt.timedelta(days=1), due))
    return Deadline(
        clock=code,
        name=spec.name,
        start_event=spec.start_event,
        start=start,
        rule=rule,
        length=length,
        article=spec.article,
        due=due,
        excluded=tuple(excluded),
        holidays=holidays,
        missing_year=missing_year,
        stopped=stopped,
        notes=tuple(notes),
    )


def latest_notice_date(
    cal: WorkCalendar,
    hearing: dt.date,
    *,
    code: str = "hearing_notice",
    settings: Settings | None = None,
) -> Deadline:
    """A backward clock: the last day to give notice (or ask to postpone) before a hearing."""
    spec = CLOCKS[code]
    rule = rule_for(code, settings)
    base = Deadline(
        clock=code,
        name=spec.name,
        start_event=spec.start_event,
        start=hearing,
        rule=rule,
        length=spec.length,
        article=spec.article,
        due=None,
        backward=True,
    )
    try:
        if rule is Rule.WORKING_DAYS:
            due = cal.subtract_workdays(hearing, spec.length)
        else:
            due = cal.roll_back(hearing - dt.timedelta(days=spec.length))
    except CalendarNotCovered as exc:
        return _replace(base, missing_year=exc.year)
    return _replace(base, due=due)


def _replace(deadline: Deadline, **changes: object) -> Deadline:
    return dataclasses.replace(deadline, **changes)  # type: ignore[arg-type]
