"""Reference data an administrator edits (基础数据): minimum wages, indicator targets,
case-number patterns, mediation organisations, office settings, and the holiday
calendar's years.

Rules that are data stay data: every function here checks what was typed first and
refuses it whole with the reason (``ValueRefused``), so nothing half-saved ever
reaches the table; each change is one transaction with its audit entry. The
``parse_*``/``check_*`` helpers are pure, so a form can call them on every keystroke.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from xinxiang_arbitration.cases.numbers import format_number, pattern_regex
from xinxiang_arbitration.clocks.deadlines import CLOCKS, Deadline, compute
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.errors import (
    CalendarNotCovered,
    ImportRejected,
    InvalidInput,
    RowProblem,
    StaleRecord,
)
from xinxiang_arbitration.models import (
    CalendarDay,
    CalendarYear,
    CaseNumberCounter,
    CaseNumberPattern,
    IndicatorTarget,
    MediationOrg,
    MinimumWage,
)
from xinxiang_arbitration.models.base import utcnow
from xinxiang_arbitration.models.documents import OfficeSetting
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import SignedIn, audit_actor, require
from xinxiang_arbitration.storage.db import Database
from xinxiang_arbitration.storage.record_check import refuse_if_changed

PATTERN_MAX_LENGTH = 100  # CaseNumberPattern.pattern is String(100)
WAGE_MAX = Decimal("99999999.99")  # Numeric(10, 2)
OFFICE_LABELS = {  # the keys documents read (documents/context.py), in form order
    "commission_name": "委员会名称",
    "commission_short": "简称（案号用字）",
    "commission_address": "地址",
    "commission_phone": "电话",
    "inspection_office_name": "劳动保障监察机构名称",
    "hearing_place": "开庭地点",
}
OFFICE_REQUIRED = frozenset({"commission_name", "commission_short"})


class ValueRefused(InvalidInput):
    """A typed value that cannot be saved; ``field`` says which one (for the form)."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field


def _audit(session: Session, actor: SignedIn | str, action: str, **details: object) -> None:
    audit.append(session, audit_actor(actor), action, dict(details))


def _text(value: str, field: str, label: str, max_length: int) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ValueRefused(field, f"请填写{label}")
    if len(cleaned) > max_length:
        raise ValueRefused(field, f"{label}过长（最多 {max_length} 个字）")
    return cleaned


# --- minimum wages (月最低工资标准) ---------------------------------------------------


@dataclass(frozen=True)
class WageRow:
    id: int
    region: str
    monthly: Decimal
    effective_from: dt.date
    source: str


def parse_amount(text: str | Decimal) -> Decimal:
    """A monthly minimum wage: a positive amount in yuan with at most two decimals."""
    raw = text if isinstance(text, Decimal) else str(text).strip().replace(",", "")
    if raw == "":
        raise ValueRefused("monthly", "请填写月最低工资金额")
    try:
        amount = Decimal(raw)
    except InvalidOperation:
        raise ValueRefused("monthly", f"金额应为数字，例如 2100：{text}") from None
    if not amount.is_finite() or amount <= 0:
        raise ValueRefused("monthly", "月最低工资必须是大于 0 的金额")
    if amount > WAGE_MAX:
        raise ValueRefused("monthly", "金额过大")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueRefused("monthly", "金额最多两位小数（元、角、分）")
    return amount.quantize(Decimal("0.01"))


def _wage(row: MinimumWage) -> WageRow:
    return WageRow(row.id, row.region, row.monthly, row.effective_from, row.source)


WAGE_FIELDS = {
    "region": "适用区域",
    "monthly": "月最低工资",
    "effective_from": "执行日期",
    "source": "依据文件",
}


def list_wages(db: Database) -> list[WageRow]:
    with db.transaction() as s:
        rows = s.scalars(
            select(MinimumWage).order_by(MinimumWage.region, MinimumWage.effective_from.desc())
        )
        return [_wage(r) for r in rows]


def _check_wage(
    s: Session, region: str, effective_from: dt.date, source: str, ignore: int | None
) -> tuple[str, str]:
    region = _text(region, "region", "适用区域", 100)
    source = _text(source, "source", "依据文件", 200)
    clash = s.scalar(
        select(MinimumWage.id).where(
            MinimumWage.region == region,
            MinimumWage.effective_from == effective_from,
            MinimumWage.id != (ignore or 0),
        )
    )
    if clash is not None:
        raise ValueRefused(
            "effective_from", f"{region}已有自 {effective_from.isoformat()} 起执行的标准"
        )
    return region, source


def add_wage(
    db: Database,
    region: str,
    monthly: str | Decimal,
    effective_from: dt.date,
    source: str,
    *,
    actor: SignedIn | str,
) -> WageRow:
    amount = parse_amount(monthly)
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        region, source = _check_wage(s, region, effective_from, source, None)
        row = MinimumWage(
            region=region, monthly=amount, effective_from=effective_from, source=source
        )
        s.add(row)
        s.flush()
        _audit(
            s,
            actor,
            "minimum_wage_add",
            region=region,
            monthly=str(amount),
            effective_from=effective_from.isoformat(),
            source=source,
        )
        return _wage(row)


def update_wage(
    db: Database,
    wage_id: int,
    region: str,
    monthly: str | Decimal,
    effective_from: dt.date,
    source: str,
    *,
    actor: SignedIn | str,
    seen: WageRow | None = None,
) -> WageRow:
    """Change a standard; ``seen`` is the row as the user read it (see ``record_check``)."""
    amount = parse_amount(monthly)
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        row = s.get(MinimumWage, wage_id, with_for_update=seen is not None)
        if row is None:
            raise InvalidInput(f"没有编号为 {wage_id} 的最低工资标准（可能已被他人删除）")
        refuse_if_changed(f"最低工资标准 {row.region}", seen, _wage(row), WAGE_FIELDS)
        region, source = _check_wage(s, region, effective_from, source, wage_id)
        before = {"region": row.region, "monthly": str(row.monthly)}
        row.region, row.monthly, row.effective_from, row.source = (
            region,
            amount,
            effective_from,
            source,
        )
        _audit(
            s,
            actor,
            "minimum_wage_update",
            id=wage_id,
            before=before,
            region=region,
            monthly=str(amount),
            effective_from=effective_from.isoformat(),
        )
        return _wage(row)


# --- indicator targets (指标目标值) ----------------------------------------------------


@dataclass(frozen=True)
class TargetRow:
    indicator_id: int
    name: str
    target: Decimal  # percent; a rate meets it only when strictly greater (the plan's ">")
    updated_at: dt.datetime


def parse_target(text: str | Decimal) -> Decimal:
    """A target percentage from 0 to 100 with at most two decimals."""
    raw = text if isinstance(text, Decimal) else str(text).strip().rstrip("%％").strip()
    if raw == "":
        raise ValueRefused("target", "请填写目标值（0–100）")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValueRefused("target", f"目标值应为数字，例如 90：{text}") from None
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        raise ValueRefused("target", "目标值应在 0 到 100 之间（百分比）")
    if value != value.quantize(Decimal("0.01")):
        raise ValueRefused("target", "目标值最多两位小数")
    return value.quantize(Decimal("0.01"))


def list_targets(db: Database) -> list[TargetRow]:
    with db.transaction() as s:
        rows = s.scalars(select(IndicatorTarget).order_by(IndicatorTarget.indicator_id))
        return [TargetRow(r.indicator_id, r.name, r.target, r.updated_at) for r in rows]


def set_target(
    db: Database,
    indicator_id: int,
    target: str | Decimal,
    *,
    actor: SignedIn | str,
    seen: TargetRow | None = None,
) -> TargetRow:
    value = parse_target(target)
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        row = s.get(IndicatorTarget, indicator_id, with_for_update=seen is not None)
        if row is None:
            raise InvalidInput(f"没有第 {indicator_id} 项指标")
        now = TargetRow(row.indicator_id, row.name, row.target, row.updated_at)
        refuse_if_changed(f"指标 {row.indicator_id} 的目标值", seen, now, {"target": "目标值（%）"})
        before = str(row.target)
        row.target, row.updated_at = value, utcnow()
        _audit(s, actor, "target_set", indicator=indicator_id, before=before, after=str(value))
        s.flush()
        return TargetRow(row.indicator_id, row.name, row.target, row.updated_at)


# --- case-number patterns (案号格式) ---------------------------------------------------


@dataclass(frozen=True)
class PatternRow:
    kind: str
    label: str
    pattern: str
    year: int
    next_n: int  # the number the next case of this kind and year would get

    @property
    def example(self) -> str:
        return format_number(self.pattern, self.year, self.next_n)


def check_pattern(pattern: str, year: int = 2026, n: int = 1) -> str:
    """The number ``pattern`` makes for (year, n), or ``ValueRefused`` saying what is wrong."""
    text = pattern.strip()
    if not text:
        raise ValueRefused("pattern", "请填写案号格式，例如 新劳人仲案字〔{year}〕第{n}号")
    if len(text) > PATTERN_MAX_LENGTH:
        raise ValueRefused("pattern", f"案号格式过长（最多 {PATTERN_MAX_LENGTH} 个字）")
    for part, meaning in (("{year}", "年份"), ("{n}", "序号")):
        count = text.count(part)
        if count != 1:
            missing = "缺少" if count == 0 else "只能出现一次"
            raise ValueRefused("pattern", f"案号格式{missing} {part}（{meaning}）")
    rest = text.replace("{year}", "").replace("{n}", "")
    if "{" in rest or "}" in rest:
        raise ValueRefused("pattern", "案号格式中只能使用 {year} 和 {n} 两个占位符")
    if re.search(r"\d\{n\}|\{n\}\d", text):
        raise ValueRefused("pattern", "{n} 前后不能紧挨数字，否则读不清序号")
    regex = pattern_regex(text)
    for sample in (1, 12, 123, n):
        match = regex.match(format_number(text, year, sample))
        if match is None or (int(match["year"]), int(match["n"])) != (year, sample):
            raise ValueRefused("pattern", "按此格式生成的案号无法读回年份和序号")
    return format_number(text, year, n)


def list_patterns(db: Database, *, today: dt.date | None = None) -> list[PatternRow]:
    year = (today or dt.date.today()).year
    with db.transaction() as s:
        patterns = dict(s.execute(select(CaseNumberPattern.kind, CaseNumberPattern.pattern)).all())
        counters = dict(
            s.execute(
                select(CaseNumberCounter.kind, CaseNumberCounter.last_n).where(
                    CaseNumberCounter.year == year
                )
            ).all()
        )
    return [
        PatternRow(k.value, k.label, patterns[k.value], year, counters.get(k.value, 0) + 1)
        for k in CaseKind
        if k.value in patterns
    ]


def set_pattern(
    db: Database,
    kind: str,
    pattern: str,
    *,
    actor: SignedIn | str,
    today: dt.date | None = None,
    seen: PatternRow | None = None,
) -> PatternRow:
    check_pattern(pattern)
    text = pattern.strip()
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        row = s.get(CaseNumberPattern, kind, with_for_update=seen is not None)
        if row is None:
            raise InvalidInput(f"未知的案件类型：{kind}")
        if seen is not None and seen.pattern != row.pattern:
            raise StaleRecord(f"{seen.label}案号格式", [f"案号格式 {seen.pattern} → {row.pattern}"])
        before = row.pattern
        row.pattern = text
        _audit(s, actor, "case_number_pattern", kind=kind, before=before, after=text)
    return next(p for p in list_patterns(db, today=today) if p.kind == kind)


# --- mediation organisations (调解组织) ------------------------------------------------


@dataclass(frozen=True)
class OrgRow:
    id: int
    name: str
    category: str | None
    active: bool


def list_orgs(db: Database, *, include_inactive: bool = True) -> list[OrgRow]:
    stmt = select(MediationOrg).order_by(MediationOrg.active.desc(), MediationOrg.name)
    if not include_inactive:
        stmt = stmt.where(MediationOrg.active.is_(True))
    with db.transaction() as s:
        return [OrgRow(o.id, o.name, o.category, bool(o.active)) for o in s.scalars(stmt)]


def _org_name(s: Session, name: str, ignore: int | None) -> str:
    cleaned = _text(name, "name", "调解组织名称", 200)
    clash = s.scalar(
        select(MediationOrg.id).where(
            MediationOrg.name == cleaned, MediationOrg.id != (ignore or 0)
        )
    )
    if clash is not None:
        raise ValueRefused("name", f"已有名为“{cleaned}”的调解组织")
    return cleaned


def _category(category: str | None) -> str | None:
    cleaned = " ".join((category or "").split())
    if len(cleaned) > 50:
        raise ValueRefused("category", "类别过长（最多 50 个字）")
    return cleaned or None


def add_org(
    db: Database, name: str, category: str | None = None, *, actor: SignedIn | str
) -> OrgRow:
    kind = _category(category)
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        row = MediationOrg(name=_org_name(s, name, None), category=kind, active=True)
        s.add(row)
        s.flush()
        _audit(s, actor, "mediation_org_add", id=row.id, name=row.name, category=kind)
        return OrgRow(row.id, row.name, row.category, True)


ORG_FIELDS = {"name": "名称", "category": "类别", "active": "在用"}


def _org(row: MediationOrg) -> OrgRow:
    return OrgRow(row.id, row.name, row.category, bool(row.active))


def update_org(
    db: Database,
    org_id: int,
    name: str,
    category: str | None = None,
    *,
    actor: SignedIn | str,
    seen: OrgRow | None = None,
) -> OrgRow:
    """Rename (or re-categorise) an organisation; its cases follow, they refer to its id."""
    kind = _category(category)
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        row = s.get(MediationOrg, org_id, with_for_update=seen is not None)
        if row is None:
            raise InvalidInput(f"没有编号为 {org_id} 的调解组织")
        refuse_if_changed(f"调解组织 {row.name}", seen, _org(row), ORG_FIELDS)
        before = row.name
        row.name, row.category = _org_name(s, name, org_id), kind
        _audit(s, actor, "mediation_org_update", id=org_id, before=before, after=row.name)
        return OrgRow(row.id, row.name, row.category, bool(row.active))


def set_org_active(
    db: Database,
    org_id: int,
    active: bool,
    *,
    actor: SignedIn | str,
    seen: OrgRow | None = None,
) -> OrgRow:
    """停用 / 启用: an inactive organisation is no longer offered for new cases."""
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        row = s.get(MediationOrg, org_id, with_for_update=seen is not None)
        if row is None:
            raise InvalidInput(f"没有编号为 {org_id} 的调解组织")
        refuse_if_changed(f"调解组织 {row.name}", seen, _org(row), ORG_FIELDS)
        row.active = active
        _audit(s, actor, "mediation_org_active", id=org_id, name=row.name, active=active)
        return OrgRow(row.id, row.name, row.category, active)


# --- office settings (机构信息) --------------------------------------------------------


@dataclass(frozen=True)
class OfficeRow:
    key: str
    label: str
    value: str


def list_office_settings(db: Database) -> list[OfficeRow]:
    with db.transaction() as s:
        stored = dict(s.execute(select(OfficeSetting.key, OfficeSetting.value)).all())
    return [OfficeRow(k, label, stored.get(k, "")) for k, label in OFFICE_LABELS.items()]


def check_office_value(key: str, value: str) -> str:
    if key not in OFFICE_LABELS:
        raise ValueRefused(key, f"未知的设置：{key}")
    cleaned = value.strip()
    if key in OFFICE_REQUIRED and not cleaned:
        raise ValueRefused(key, f"请填写{OFFICE_LABELS[key]}（文书中要用）")
    if len(cleaned) > 500:
        raise ValueRefused(key, f"{OFFICE_LABELS[key]}过长（最多 500 个字）")
    return cleaned


def set_office_settings(
    db: Database,
    values: dict[str, str],
    *,
    actor: SignedIn | str,
    seen: Sequence[OfficeRow] | None = None,
) -> list[OfficeRow]:
    """Save several settings at once: all are checked before any is written. ``seen`` is
    the page as the user read it: a value someone else changed since is not overwritten."""
    cleaned = {k: check_office_value(k, v) for k, v in values.items()}
    with db.transaction() as s:
        require(s, actor, "settings.edit")  # first: a refusal commits its record
        if seen is not None:
            stored = dict(
                s.execute(select(OfficeSetting.key, OfficeSetting.value).with_for_update()).all()
            )
            changes = [
                f"{row.label} {row.value or '（空）'} → {stored.get(row.key, '') or '（空）'}"
                for row in seen
                if row.key in cleaned and stored.get(row.key, "") != row.value
            ]
            if changes:
                raise StaleRecord("机构信息", changes)
        changed: dict[str, str] = {}
        for key, value in cleaned.items():
            row = s.get(OfficeSetting, key)
            if row is None:
                s.add(OfficeSetting(key=key, value=value))
            elif row.value != value:
                row.value = value
            else:
                continue
            changed[key] = value
        if changed:
            _audit(s, actor, "office_settings", changed=changed)
    return list_office_settings(db)


# --- the holiday calendar's years (节假日日历) -----------------------------------------


@dataclass(frozen=True)
class CoverageRow:
    year: int
    source: str
    holidays: int  # days off listed (weekends inside a holiday included)
    makeup_days: int  # 调休上班
    updated_at: dt.datetime


@dataclass(frozen=True)
class HolidaySpan:
    """One line of a State Council notice: ``name`` from ``first`` to ``last``, off or worked."""

    name: str
    first: dt.date
    last: dt.date
    is_workday: bool = False


def calendar_coverage(db: Database) -> list[CoverageRow]:
    with db.transaction() as s:
        counts: dict[tuple[int, bool], int] = {}
        for day, is_work in s.execute(select(CalendarDay.day, CalendarDay.is_workday)):
            counts[(day.year, bool(is_work))] = counts.get((day.year, bool(is_work)), 0) + 1
        return [
            CoverageRow(
                y.year,
                y.source,
                counts.get((y.year, False), 0),
                counts.get((y.year, True), 0),
                y.updated_at,
            )
            for y in s.scalars(select(CalendarYear).order_by(CalendarYear.year))
        ]


def _expand(year: int, spans: Sequence[HolidaySpan]) -> dict[dt.date, tuple[bool, str]]:
    problems: list[RowProblem] = []
    days: dict[dt.date, tuple[bool, str]] = {}
    for n, span in enumerate(spans, start=1):
        name = " ".join(span.name.split())
        if not name:
            problems.append(RowProblem(n, "名称", "必填，例如“春节”"))
            continue
        if len(name) > 50:
            problems.append(RowProblem(n, "名称", "过长（最多 50 个字）"))
            continue
        if span.last < span.first:
            problems.append(RowProblem(n, "日期", "结束日期早于开始日期"))
            continue
        if span.first.year != year or span.last.year != year:
            problems.append(RowProblem(n, "日期", f"不在 {year} 年内"))
            continue
        day = span.first
        while day <= span.last:
            if day in days:
                problems.append(RowProblem(n, "日期", f"{day.isoformat()} 已在前面的行中"))
            elif span.is_workday and day.weekday() < 5:
                problems.append(
                    RowProblem(n, "类型", f"{day.isoformat()} 是周一至周五，无需设为调休上班")
                )
            else:
                days[day] = (span.is_workday, name)
            day += dt.timedelta(days=1)
    if not problems and not any(not w for w, _ in days.values()):
        problems.append(RowProblem(1, "日期", f"{year} 年没有任何休息日，不像是完整的放假通知"))
    if problems:
        raise ImportRejected(problems)
    return days


def add_calendar_year(
    db: Database,
    year: int,
    spans: Iterable[HolidaySpan],
    source: str,
    *,
    actor: SignedIn | str,
    replace: bool = False,
) -> CoverageRow:
    """Cover ``year`` as typed from its notice: the spans' days off and make-up working
    days, Monday–Friday for the rest. A covered year is replaced only with ``replace``."""
    if not 1949 < year < 2200:
        raise ValueRefused("year", f"年份不对：{year}")
    cleaned_source = _text(source, "source", "依据（放假通知的名称）", 200)
    days = _expand(year, list(spans))
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.transaction() as s:
        require(s, actor, "calendar.edit")  # first: a refusal commits its record
        existing = s.get(CalendarYear, year)
        if existing is not None and not replace:
            raise ValueRefused(
                "year", f"{year} 年已在日历中（{existing.source}）；可在月历中逐日修改"
            )
        s.execute(delete(CalendarDay).where(CalendarDay.day.between(first, last)))
        s.merge(CalendarYear(year=year, source=cleaned_source, updated_at=utcnow()))
        s.add_all(CalendarDay(day=d, is_workday=w, name=n) for d, (w, n) in sorted(days.items()))
        _audit(
            s,
            actor,
            "calendar-add-year",
            year=year,
            source=cleaned_source,
            days=len(days),
            replaced=existing is not None,
        )
    return next(c for c in calendar_coverage(db) if c.year == year)


def clear_calendar_day(db: Database, day: dt.date, *, actor: SignedIn | str) -> None:
    """Make ``day`` an ordinary day again (Monday–Friday work, weekend off)."""
    with db.transaction() as s:
        require(s, actor, "calendar.edit")  # first: a refusal commits its record
        if s.get(CalendarYear, day.year) is None:
            raise CalendarNotCovered(day.year)
        row = s.get(CalendarDay, day)
        if row is None:
            return
        before = {"workday": row.is_workday, "name": row.name}
        s.delete(row)
        _audit(s, actor, "calendar-clear", day=day.isoformat(), before=before)


def trial_deadline(db: Database, code: str, start: dt.date) -> Deadline:
    """期限试算: how the calendar now counts clock ``code`` from ``start`` (nothing saved)."""
    if code not in CLOCKS:
        raise InvalidInput(f"未知的期限：{code}")
    with db.transaction() as s:
        cal, settings = load_calendar(s), load_clock_settings(s)
    return compute(cal, code, start, settings=settings)


__all__ = [
    "OFFICE_LABELS",
    "CoverageRow",
    "HolidaySpan",
    "OfficeRow",
    "OrgRow",
    "PatternRow",
    "TargetRow",
    "ValueRefused",
    "WageRow",
    "add_calendar_year",
    "add_org",
    "add_wage",
    "calendar_coverage",
    "check_office_value",
    "check_pattern",
    "clear_calendar_day",
    "list_office_settings",
    "list_orgs",
    "list_patterns",
    "list_targets",
    "list_wages",
    "parse_amount",
    "parse_target",
    "set_office_settings",
    "set_org_active",
    "set_pattern",
    "set_target",
    "trial_deadline",
    "update_wage",
]
