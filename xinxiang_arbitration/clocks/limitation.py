"""The limitation period for applying for arbitration (仲裁时效, the Law Art. 27).

One year from the day the party knew or should have known of the infringement.
Wage claims during employment are not limited; once employment has ended, the
year runs from its end. At intake this gives a warning with the reason, never a
refusal: interruption and suspension of the period (Art. 27 ¶2–3) are for the
tribunal to weigh.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass

from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.errors import CalendarNotCovered

ARTICLE = "《劳动争议调解仲裁法》第二十七条"


@dataclass(frozen=True)
class LimitationCheck:
    expires_on: dt.date | None  # None: not limited (wages during employment)
    warning: str | None  # None: within the period

    @property
    def ok(self) -> bool:
        return self.warning is None


def _one_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February: the period ends on 28 February
        return day.replace(year=day.year + 1, day=28)


def check_limitation(
    cal: WorkCalendar,
    *,
    applied_on: dt.date,
    known_on: dt.date,
    wage_claim: bool = False,
    employment_ended_on: dt.date | None = None,
) -> LimitationCheck:
    if wage_claim and employment_ended_on is None:
        return LimitationCheck(None, None)
    start = employment_ended_on if wage_claim and employment_ended_on else known_on
    end = _one_year_after(start)
    # a period ending on a holiday ends on the next working day; beyond the calendar's
    # years the unrolled date is kept (right unless that day is a holiday)
    with contextlib.suppress(CalendarNotCovered):
        end = cal.roll_forward(end)
    if applied_on <= end:
        return LimitationCheck(end, None)
    basis = (
        "劳动关系终止之日" if wage_claim and employment_ended_on else "知道或应当知道权利被侵害之日"
    )
    return LimitationCheck(
        end,
        f"可能已超过仲裁时效：自{basis}（{start.isoformat()}）起一年，于 {end.isoformat()} 届满；"
        f"如有时效中断或中止的情形请记录（{ARTICLE}）",
    )
