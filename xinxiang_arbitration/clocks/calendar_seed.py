"""The holiday calendar as the chinesecalendar package knows it (State Council notices).

Used to seed the ``calendar_days`` table; after that the table is the truth and
an administrator adds each new year's notice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import chinese_calendar

HOLIDAY_NAMES_ZH = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}

SOURCE = f"chinesecalendar {getattr(chinese_calendar, '__version__', '')}".strip()


@dataclass(frozen=True)
class SpecialDay:
    day: dt.date
    is_workday: bool
    name: str


def package_years() -> list[int]:
    """Years for which the package has the State Council's notice."""
    return sorted({d.year for d in chinese_calendar.holidays})


def package_days() -> list[SpecialDay]:
    """Holidays (off, weekends inside a holiday included) and make-up working days (调休)."""
    days = [
        SpecialDay(d, False, HOLIDAY_NAMES_ZH.get(name, name))
        for d, name in chinese_calendar.holidays.items()
    ]
    days += [
        SpecialDay(d, True, HOLIDAY_NAMES_ZH.get(name, name) + "调休上班")
        for d, name in chinese_calendar.workdays.items()
    ]
    return sorted(days, key=lambda s: s.day)
