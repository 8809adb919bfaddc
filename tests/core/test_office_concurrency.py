"""Issue 9's concurrency tests against the real PostgreSQL server: several processes (PCs)
registering cases at once, and several people acting on one case at once."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import threading

import pytest
from sqlalchemy import select
from sqlalchemy.engine import URL

from tests.doc_cases import make_doc_cases
from xinxiang_arbitration.case_detail import case_detail, case_id_by_number
from xinxiang_arbitration.cases import life as life
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.domain import CaseKind, DisputeType
from xinxiang_arbitration.errors import StaleEdit
from xinxiang_arbitration.models import Case, CaseEvent
from xinxiang_arbitration.storage.db import Database, open_database

PROCESSES = 8
CASES_EACH = 200


def _register(url: str, worker: int, how_many: int) -> list[str]:
    """One PC: its own process, its own connections, registering cases one by one."""
    db = open_database(url)
    try:
        return [
            create_case(
                db,
                NewCase(
                    kind=CaseKind.ARBITRATION,
                    applicant=f"工人{worker}-{i}",
                    respondent="新乡市华兴机械制造有限公司",
                    dispute_types=[DisputeType.REMUNERATION],
                    received_on=dt.date(2026, 11, 20),
                ),
                actor=f"书记员{worker}",
            ).number
            for i in range(how_many)
        ]
    finally:
        db.dispose()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # the shared office server
def test_eight_pcs_registering_at_once_get_distinct_gap_free_numbers(
    db: Database, db_url: URL
) -> None:
    url = db_url.render_as_string(hide_password=False)
    with multiprocessing.get_context("spawn").Pool(PROCESSES) as pool:
        results = pool.starmap(_register, [(url, w, CASES_EACH) for w in range(PROCESSES)])
    numbers = [n for batch in results for n in batch]
    assert len(numbers) == len(set(numbers)) == PROCESSES * CASES_EACH
    sequence = sorted(int(n.split("第")[1].rstrip("号")) for n in numbers)
    assert sequence == list(range(1, PROCESSES * CASES_EACH + 1))  # no gap, no repeat
    with db.transaction() as s:
        assert len(s.scalars(select(Case.number)).all()) == PROCESSES * CASES_EACH


def test_people_acting_on_one_case_at_once_give_one_success_and_no_lost_change(
    db: Database,
) -> None:
    number = make_doc_cases(db).arbitration
    seen = case_detail(db, case_id_by_number(db, number)).last_event_id
    people = ["王芳", "李明", "孙晶", "姚瑶"]
    outcomes: dict[str, str] = {}
    start = threading.Barrier(len(people))

    def act(person: str) -> None:
        start.wait()  # everyone presses 确认 at the same moment, having read the same case
        try:
            life.extend(
                db, number, dt.date(2026, 11, 24), approver="主任", actor=person, seen_event_id=seen
            )
            outcomes[person] = "ok"
        except StaleEdit:
            outcomes[person] = "stale"
        except Exception as exc:  # anything else (a lock error) fails the test
            outcomes[person] = f"{type(exc).__name__}: {exc}"

    threads = [threading.Thread(target=act, args=(p,)) for p in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes.values()) == ["ok", "stale", "stale", "stale"], outcomes
    winner = next(p for p, o in outcomes.items() if o == "ok")
    with db.transaction() as s:
        case = s.scalars(select(Case).where(Case.number == number)).one()
        extends = s.scalars(
            select(CaseEvent.actor).where(
                CaseEvent.case_id == case.id, CaseEvent.action == "extend"
            )
        ).all()
    assert case.extended and extends == [winner]  # one change, recorded once, by its author
