"""The caseload service: filters, order, paging, search by number and name, the grams."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from xinxiang_arbitration.cases import caseload
from xinxiang_arbitration.cases.caseload import CaseloadQuery, DateField, SortKey
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.cases.life import accept, suspend
from xinxiang_arbitration.clocks.due import running_clocks
from xinxiang_arbitration.clocks.store import load_calendar, load_clock_settings
from xinxiang_arbitration.demo.build import generate_demo_data
from xinxiang_arbitration.domain import CaseKind, CaseStatus, DisputeType, PartyKind
from xinxiang_arbitration.models import Case, Party, PartyNameGram
from xinxiang_arbitration.storage.db import Database

D = dt.date
TODAY = D(2026, 11, 20)

# (kind, applicant, respondent, received, handler)
CASES = [
    (CaseKind.ARBITRATION, "张伟", "新乡市华兴机械制造有限公司", D(2026, 11, 2), "李娜"),
    (CaseKind.ARBITRATION, "王芳", "卫辉市鑫光生物科技有限公司", D(2026, 11, 16), "李娜"),
    (CaseKind.MEDIATION, "张伟明", "牧野区聚康五金店", D(2026, 11, 10), "赵强"),
    (CaseKind.INSPECTION, "刘张伟", "辉县市万聚电子科技有限公司", D(2026, 10, 9), "赵强"),
    (CaseKind.ARBITRATION, "陈静", "新乡市华兴机械制造有限公司", D(2026, 9, 1), None),
]


def _add_cases(db: Database) -> list[str]:
    numbers = []
    for kind, applicant, respondent, received, handler in CASES:
        created = create_case(
            db,
            NewCase(
                kind=kind,
                applicant=applicant,
                respondent=respondent,
                dispute_types=[DisputeType.REMUNERATION],
                received_on=received,
                handler=handler,
                mediation_org="新乡市劳动人事争议仲裁院调解中心"
                if kind is CaseKind.MEDIATION
                else None,
            ),
            actor="测试",
        )
        numbers.append(created.number)
    return numbers


def _numbers(db: Database, query: CaseloadQuery) -> list[str]:
    page = caseload.first_page(db, query, 100, today=TODAY)
    assert page.total == len(page.rows)
    return [r.number for r in page.rows]


def _applicants(db: Database, query: CaseloadQuery) -> set[str]:
    return {r.applicant for r in caseload.first_page(db, query, 100, today=TODAY).rows}


@pytest.fixture
def desk(db: Database) -> list[str]:
    numbers = _add_cases(db)
    accept(db, numbers[4], D(2026, 9, 3), actor="测试")  # 陈静: accepted, award clock
    return numbers


def test_search_two_character_name_finds_every_name_containing_it(
    db: Database, desk: list[str]
) -> None:
    # 张伟 is the whole name, the start of 张伟明 and the middle-to-end of 刘张伟
    assert _applicants(db, CaseloadQuery(search="张伟")) == {"张伟", "张伟明", "刘张伟"}
    assert _applicants(db, CaseloadQuery(search="王芳")) == {"王芳"}
    assert _applicants(db, CaseloadQuery(search="王伟")) == set()


def test_search_three_characters_and_a_term_in_the_middle(db: Database, desk: list[str]) -> None:
    assert _applicants(db, CaseloadQuery(search="张伟明")) == {"张伟明"}
    assert _applicants(db, CaseloadQuery(search="伟明")) == {"张伟明"}
    # grams 华兴, 兴机 are both in the name but 华兴机 must be contiguous: LIKE checks it
    assert _applicants(db, CaseloadQuery(search="华兴机械")) == {"张伟", "陈静"}
    assert _applicants(db, CaseloadQuery(search="兴华")) == set()
    # the respondent's name is searched too, in the middle of it
    assert _applicants(db, CaseloadQuery(search="鑫光生物")) == {"王芳"}


def test_search_by_case_number_fragment(db: Database, desk: list[str]) -> None:
    target = desk[1]
    fragment = target[target.index("〔") :]  # e.g. 〔2026〕第2号
    assert _numbers(db, CaseloadQuery(search=fragment)) == [target]
    assert _numbers(db, CaseloadQuery(search=target)) == [target]
    assert caseload.search_kinds("123") == (True, False)
    assert caseload.search_kinds("张伟") == (False, True)
    assert caseload.search_kinds("张") == (True, False)  # one character: numbers only


def test_filters_kind_stage_person_dates(db: Database, desk: list[str]) -> None:
    with db.transaction() as s:
        li_na = s.scalar(select(Case.handler_id).where(Case.number == desk[0]))
    assert li_na is not None
    assert _applicants(db, CaseloadQuery(handler_id=li_na)) == {"张伟", "王芳"}
    assert _applicants(db, CaseloadQuery(kinds=frozenset({CaseKind.MEDIATION}))) == {"张伟明"}
    accepted = CaseloadQuery(statuses=frozenset({CaseStatus.ACCEPTED}))
    assert _applicants(db, accepted) == {"陈静"}
    october = CaseloadQuery(date_from=D(2026, 10, 1), date_to=D(2026, 10, 31))
    assert _applicants(db, october) == {"刘张伟"}
    by_acceptance = CaseloadQuery(
        date_field=DateField.ACCEPTED, date_from=D(2026, 9, 1), date_to=D(2026, 9, 30)
    )
    assert _applicants(db, by_acceptance) == {"陈静"}
    assert caseload.count(db, CaseloadQuery()) == 5


def test_open_only_leaves_out_closed_cases(db: Database, desk: list[str]) -> None:
    with db.transaction() as s:
        s.execute(
            update(Case)
            .where(Case.number == desk[2])
            .values(
                status=CaseStatus.CLOSED.value, closed_on=D(2026, 11, 12), closure_mode="agreement"
            )
        )
    assert "张伟明" not in _applicants(db, CaseloadQuery())
    assert "张伟明" in _applicants(db, CaseloadQuery(open_only=False))
    closed = CaseloadQuery(open_only=False, statuses=frozenset({CaseStatus.CLOSED}))
    assert _applicants(db, closed) == {"张伟明"}


def test_rows_carry_the_running_clock_of_due_py(db: Database, desk: list[str]) -> None:
    rows = caseload.first_page(db, CaseloadQuery(), 100, today=TODAY).rows
    with db.transaction() as s:
        cal = load_calendar(s)
        expected = {
            c.case_number: c.deadline.due
            for c in running_clocks(s, cal, TODAY, load_clock_settings(s))
        }
    assert {r.number: r.deadline for r in rows} == expected
    by_name = {r.applicant: r for r in rows}
    # 陈静: accepted 2026-09-03, 45 calendar days (Law Art. 43) → 2026-10-18 (Sunday) → 10-19
    assert by_name["陈静"].deadline == D(2026, 10, 19)
    assert by_name["陈静"].clock == "仲裁审理期限"
    assert by_name["陈静"].overdue and by_name["陈静"].working_days_left == -24
    # 王芳: received Monday 2026-11-16, 5 working days (Law Art. 29) → Monday 11-23
    assert by_name["王芳"].deadline == D(2026, 11, 23)
    assert by_name["王芳"].working_days_left == 1 and by_name["王芳"].due_soon
    # 张伟明: mediation received 11-10, 15 days (Law Art. 14) → 11-25, 3 working days on
    assert by_name["张伟明"].working_days_left == 3 and by_name["张伟明"].due_soon


def test_sort_by_deadline_then_other_columns(db: Database, desk: list[str]) -> None:
    rows = caseload.first_page(db, CaseloadQuery(), 100, today=TODAY).rows
    dues = [r.deadline for r in rows]
    assert dues == sorted(dues, key=lambda d: d or D.max)
    # 刘张伟: complaint received Friday 10-09; 5 working days with Saturday 10-10 a make-up
    # working day (调休) → 10-15, the earliest
    assert (rows[0].applicant, rows[0].deadline) == ("刘张伟", D(2026, 10, 15))
    assert rows[0].clock == "立案审查期限"
    descending = caseload.first_page(db, CaseloadQuery(descending=True), 100, today=TODAY)
    assert [r.id for r in descending.rows] == [r.id for r in reversed(rows)]
    by_applicant = _applicants_in_order(db, CaseloadQuery(sort=SortKey.APPLICANT))
    assert by_applicant == sorted(by_applicant)
    by_received = caseload.first_page(db, CaseloadQuery(sort=SortKey.RECEIVED), 100, today=TODAY)
    received = [r.received_on for r in by_received.rows]
    assert received == sorted(received)
    by_number = caseload.first_page(
        db, CaseloadQuery(sort=SortKey.NUMBER, descending=True), 100, today=TODAY
    )
    assert [r.id for r in by_number.rows] == sorted((r.id for r in rows), reverse=True)


def _applicants_in_order(db: Database, query: CaseloadQuery) -> list[str]:
    return [r.applicant for r in caseload.first_page(db, query, 100, today=TODAY).rows]


def test_suspended_case_has_a_stopped_clock_and_sorts_last(db: Database, desk: list[str]) -> None:
    suspend(db, desk[4], D(2026, 10, 1), reason="等待工伤认定", approver="主任", actor="测试")
    rows = caseload.first_page(db, CaseloadQuery(), 100, today=TODAY).rows
    assert rows[-1].applicant == "陈静"
    assert rows[-1].deadline is None and rows[-1].stopped and rows[-1].stage == "中止"


def test_pages_are_stable_and_cover_the_list_once(db: Database) -> None:
    generate_demo_data(db, 400, seed=3)
    for sort in (SortKey.DEADLINE, SortKey.APPLICANT, SortKey.RECEIVED, SortKey.NUMBER):
        query = CaseloadQuery(open_only=False, sort=sort)
        total = caseload.count(db, query)
        assert total == 400
        pages = [
            caseload.case_ids(db, query, 37, offset, today=TODAY).ids
            for offset in range(0, total, 37)
        ]
        seen = [i for page in pages for i in page]
        assert len(seen) == len(set(seen)) == total, sort
        again = caseload.case_ids(db, query, 37, 74, today=TODAY).ids
        assert again == pages[2]


def test_deadline_order_falls_back_on_a_large_set(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo_data(db, 300, seed=4)
    query = CaseloadQuery(open_only=False)
    exact = caseload.first_page(db, query, 300, today=TODAY)
    assert exact.deadline_exact
    monkeypatch.setattr(caseload, "DEADLINE_SORT_LIMIT", 10)
    rough = caseload.first_page(db, query, 300, today=TODAY)
    assert not rough.deadline_exact
    assert sorted(r.id for r in rough.rows) == sorted(r.id for r in exact.rows)
    # the rough order is close: most of the ten most urgent stay in the first twenty
    first = {r.id for r in exact.rows[:10] if r.deadline is not None}
    assert len(first & {r.id for r in rough.rows[:20]}) >= len(first) // 2


def _grams_of(db: Database, name: str) -> set[str]:
    with db.transaction() as s:
        party = s.scalars(select(Party.id).where(Party.name == name)).first()
        return set(s.scalars(select(PartyNameGram.gram).where(PartyNameGram.party_id == party)))


def test_grams_follow_every_way_a_party_is_written(db: Database, desk: list[str]) -> None:
    # through the intake service (ORM)
    assert _grams_of(db, "张伟明") == {"张伟", "伟明"}
    with db.transaction() as s:
        s.add(Party(kind=PartyKind.PERSON, name="王王王"))  # a gram twice: stored once
    assert _grams_of(db, "王王王") == {"王王"}
    # through executemany (the demo generator and the ledger import write this way)
    generate_demo_data(db, 50, seed=5)
    with db.transaction() as s:
        names = dict(s.execute(select(Party.id, Party.name)).all())
        stored: dict[int, set[str]] = {}
        for party_id, gram in s.execute(select(PartyNameGram.party_id, PartyNameGram.gram)):
            stored.setdefault(party_id, set()).add(gram)
    assert len(names) > 50
    for party_id, name in names.items():
        assert stored.get(party_id, set()) == {name[i : i + 2] for i in range(len(name) - 1)}
    # a renamed party is found by its new name only
    with db.transaction() as s:
        s.execute(update(Party).where(Party.name == "王芳").values(name="王芳芳"))
    assert _grams_of(db, "王芳芳") == {"王芳", "芳芳"}
    assert _applicants(db, CaseloadQuery(search="芳芳")) == {"王芳芳"}
