"""Worked examples for every clock, on the 2025–2026 State Council calendars.

2025 National Day: Oct 1–8 off, Sep 28 (Sun) and Oct 11 (Sat) worked.
2026: Spring Festival Feb 15–23 off, Feb 14 (Sat) and Feb 28 (Sat) worked;
Labour Day May 1–5 off, May 9 (Sat) worked; Mid-Autumn Sep 25–27; National
Day Oct 1–7 off, Sep 20 (Sun) and Oct 10 (Sat) worked.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xinxiang_arbitration.clocks.calendar import WorkCalendar
from xinxiang_arbitration.clocks.calendar_seed import package_days, package_years
from xinxiang_arbitration.clocks.deadlines import (
    CLOCKS,
    ExcludedPeriod,
    Rule,
    compute,
    latest_notice_date,
)
from xinxiang_arbitration.errors import CalendarNotCovered

D = dt.date
CAL = WorkCalendar(package_years(), {s.day: (s.is_workday, s.name) for s in package_days()})


def test_law_art_29_acceptance_received_the_day_before_national_day() -> None:
    """Received 2025-09-30: the five working days are Oct 9, 10, 11 (make-up Sat), 13, 14."""
    deadline = compute(CAL, "acceptance", D(2025, 9, 30))
    assert deadline.due == D(2025, 10, 14)
    assert deadline.rule is Rule.WORKING_DAYS
    assert "国庆节" in deadline.explain() and "第二十九条" in deadline.explain()


def test_law_art_29_five_working_days_cross_a_make_up_working_saturday() -> None:
    """Received Wed 2026-02-11: Feb 12, 13, 14 (Sat, worked), then Spring Festival, Feb 24, 25."""
    assert compute(CAL, "acceptance", D(2026, 2, 11)).due == D(2026, 2, 25)


def test_law_art_43_award_limit_ending_inside_spring_festival_moves_to_next_working_day() -> None:
    """Accepted 2026-01-05: day 45 is Feb 19, inside the holiday; the limit ends Tue Feb 24."""
    deadline = compute(CAL, "award", D(2026, 1, 5))
    assert deadline.due == D(2026, 2, 24)
    assert [h.name for h in deadline.holidays][:1] == ["春节"]


def test_rules_art_46_two_suspensions_do_not_count() -> None:
    """Suspended Jan 10–20 and Jan 25–27: 12 days added, Jan 17 + 45 = Tue Mar 3."""
    periods = [
        ExcludedPeriod(D(2026, 1, 10), D(2026, 1, 20), "中止"),
        ExcludedPeriod(D(2026, 1, 25), D(2026, 1, 27), "中止"),
    ]
    deadline = compute(CAL, "award", D(2026, 1, 5), excluded=periods)
    assert deadline.excluded_days == 12
    assert deadline.due == D(2026, 3, 3)
    assert "扣除 12 日" in deadline.explain()


def test_rules_art_46_a_running_suspension_stops_the_clock() -> None:
    periods = [ExcludedPeriod(D(2026, 1, 10), None, "中止")]
    deadline = compute(CAL, "award", D(2026, 1, 5), excluded=periods)
    assert deadline.due is None and deadline.stopped
    assert "停止计算" in deadline.explain()


def test_law_art_43_extension_adds_fifteen_days() -> None:
    """Accepted 2026-03-02, extended: day 60 is May 1 (Labour Day), so Wed May 6."""
    deadline = compute(CAL, "award", D(2026, 3, 2), extended=True)
    assert deadline.length == 60 and deadline.due == D(2026, 5, 6)


def test_rules_art_46_changed_claim_restarts_from_its_acceptance() -> None:
    """A changed claim accepted 2026-03-20 restarts the 45 days: day 45 is May 4, off → May 6."""
    original = compute(CAL, "award", D(2026, 3, 2))
    restarted = compute(CAL, "award", D(2026, 3, 20), notes=["请求变更，自受理变更之日重新计算"])
    assert original.due == D(2026, 4, 16)
    assert restarted.due == D(2026, 5, 6)
    assert "重新计算" in restarted.explain()


def test_law_art_14_mediation_fifteen_days_over_national_day() -> None:
    """Received 2026-09-20: day 15 is Oct 5, a holiday, so the period ends Thu Oct 8."""
    assert compute(CAL, "mediation", D(2026, 9, 20)).due == D(2026, 10, 8)


def test_law_art_30_and_32_service_and_tribunal_notice_after_acceptance() -> None:
    """Accepted Fri 2026-04-30: May 1–5 off, May 6, 7, 8, 9 (Sat, worked), 11."""
    assert compute(CAL, "service_of_copy", D(2026, 4, 30)).due == D(2026, 5, 11)
    assert compute(CAL, "tribunal_notice", D(2026, 4, 30)).due == D(2026, 5, 11)


def test_law_art_30_defence_ten_working_days_after_receipt() -> None:
    """Copy received Mon 2026-09-21: Sep 22–24, 28–30, Oct 8, 9, 10 (Sat, worked), 12."""
    assert compute(CAL, "defence", D(2026, 9, 21)).due == D(2026, 10, 12)


def test_law_art_35_hearing_notice_at_least_five_working_days_ahead() -> None:
    """Hearing Fri 2026-10-09: notice by Thu Sep 24 (Oct 8, Sep 30, 29, 28, 24)."""
    deadline = latest_notice_date(CAL, D(2026, 10, 9))
    assert deadline.due == D(2026, 9, 24)
    assert "前 5 个工作日" in deadline.explain()


def test_law_art_35_hearing_notice_in_calendar_days_when_so_set() -> None:
    """As a setting: 5 calendar days before Mon 2026-10-12 is Oct 7, a holiday: notice by Sep 30."""
    deadline = latest_notice_date(
        CAL, D(2026, 10, 12), settings={"hearing_notice": Rule.CALENDAR_DAYS}
    )
    assert deadline.due == D(2026, 9, 30)


def test_inspection_rules_art_18_filing_within_five_working_days() -> None:
    """Complaint received Fri 2026-09-18: Sep 20 (Sun, worked), 21, 22, 23, 24."""
    assert compute(CAL, "inspection_filing", D(2026, 9, 18)).due == D(2026, 9, 24)


def test_inspection_regulation_art_17_sixty_plus_thirty_working_days() -> None:
    """立案 Mon 2026-06-01: 20 working days left in June (Jun 19 is 端午节), 23 in July,
    so the 60th is Tue Aug 25; the extension adds 30 more."""
    plain = compute(CAL, "inspection_closure", D(2026, 6, 1))
    extended = compute(CAL, "inspection_closure", D(2026, 6, 1), extended=True)
    assert plain.due is not None and extended.due is not None
    assert CAL.add_workdays(plain.due, 30) == extended.due
    assert plain.due == D(2026, 8, 25)


def test_a_clock_reaching_an_uncovered_year_is_not_guessed() -> None:
    deadline = compute(CAL, "award", D(2026, 12, 1))
    assert deadline.due is None and deadline.missing_year == 2027
    assert "缺少 2027 年节假日日历" in deadline.explain()
    with pytest.raises(CalendarNotCovered, match="2027"):
        CAL.is_workday(D(2027, 1, 4))


def test_counting_rule_is_a_setting() -> None:
    working = compute(CAL, "award", D(2026, 1, 5), settings={"award": Rule.WORKING_DAYS})
    assert working.due == CAL.add_workdays(D(2026, 1, 5), 45)


def test_every_clock_names_its_article() -> None:
    for spec in CLOCKS.values():
        assert "第" in spec.article and "条" in spec.article, spec.code


covered_dates = st.dates(D(2005, 1, 1), D(2026, 9, 30))


@given(start=covered_dates, n=st.integers(1, 60))
def test_working_day_deadline_lands_on_a_working_day_after_its_start(
    start: dt.date, n: int
) -> None:
    due = CAL.add_workdays(start, n)
    assert due > start
    assert CAL.is_workday(due)


@given(start=covered_dates, code=st.sampled_from(["award", "mediation", "acceptance"]))
def test_calendar_deadline_is_a_working_day(start: dt.date, code: str) -> None:
    deadline = compute(CAL, code, start)
    assert deadline.due is not None and deadline.due > start and CAL.is_workday(deadline.due)


periods = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 30)).map(
        lambda t: ExcludedPeriod(
            D(2025, 3, 1) + dt.timedelta(days=t[0]),
            D(2025, 3, 1) + dt.timedelta(days=t[0] + t[1]),
            "中止",
        )
    ),
    max_size=4,
)


@given(existing=periods, extra=periods)
def test_adding_a_suspension_never_moves_the_award_earlier(
    existing: list[ExcludedPeriod], extra: list[ExcludedPeriod]
) -> None:
    before = compute(CAL, "award", D(2025, 3, 1), excluded=existing)
    after = compute(CAL, "award", D(2025, 3, 1), excluded=existing + extra)
    assert before.due is not None and after.due is not None
    assert after.due >= before.due


@given(events=periods, order=st.randoms())
def test_the_same_events_in_any_order_give_the_same_deadline(
    events: list[ExcludedPeriod], order: object
) -> None:
    shuffled = list(events)
    order.shuffle(shuffled)  # type: ignore[attr-defined]
    assert (
        compute(CAL, "award", D(2025, 3, 1), excluded=events).due
        == compute(CAL, "award", D(2025, 3, 1), excluded=shuffled).due
    )
