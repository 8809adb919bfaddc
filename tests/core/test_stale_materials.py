"""No lost updates for the case file's materials (issue 9): texts, award items, agents,
the parties' particulars, the tribunal, hearings and mediation sessions are refused
when the case changed since the user read it, exactly as the stage actions are; and of
two such saves at the same moment, one is kept and the other told."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.doc_cases import make_doc_cases
from xinxiang_arbitration import proceedings as pr
from xinxiang_arbitration.case_detail import case_detail, case_id_by_number
from xinxiang_arbitration.errors import InvalidInput, StaleEdit
from xinxiang_arbitration.models import Case, CaseAgent, CaseEvent, CaseText, Hearing
from xinxiang_arbitration.proceedings import materials as cm
from xinxiang_arbitration.storage.db import Database

D = dt.date
Edit = Callable[[Database, str, int], object]


def _agent_id(db: Database, number: str) -> int:
    with db.transaction() as s:
        return s.scalars(
            select(CaseAgent.id)
            .join(Case, Case.id == CaseAgent.case_id)
            .where(Case.number == number)
        ).first()  # type: ignore[return-value]


def _hearing_id(db: Database, number: str) -> int:
    with db.transaction() as s:
        found = s.scalars(
            select(Hearing.id).join(Case, Case.id == Hearing.case_id).where(Case.number == number)
        ).first()
        assert found is not None
        return found


# Each edit the case view offers, as 李明 would make it having read the case at ``seen``.
EDITS: dict[str, Edit] = {
    "text": lambda db, n, seen: cm.set_text(
        db, n, "facts", "李明改写的事实", actor="李明", seen_event_id=seen
    ),
    "award_items": lambda db, n, seen: cm.set_award_items(
        db,
        n,
        [cm.AwardItemInput("支付工资", Decimal("100.00"), 10)],
        actor="李明",
        seen_event_id=seen,
    ),
    "add_agent": lambda db, n, seen: cm.add_agent(
        db, n, side="applicant", name="孙律", role="律师", actor="李明", seen_event_id=seen
    ),
    "remove_agent": lambda db, n, seen: cm.remove_agent(
        db, n, _agent_id(db, n), actor="李明", seen_event_id=seen
    ),
    "party": lambda db, n, seen: cm.set_party_details(
        db, n, "applicant", phone="13800000000", actor="李明", seen_event_id=seen
    ),
    "tribunal": lambda db, n, seen: pr.set_tribunal(
        db,
        n,
        appointed_on=D(2026, 11, 7),
        sole="孙晶",
        clerk="李明",
        actor="李明",
        seen_event_id=seen,
    ),
    "hearing": lambda db, n, seen: pr.schedule_hearing(
        db,
        n,
        on=D(2026, 12, 10),
        starts_at=dt.time(14),
        ends_at=dt.time(15),
        room="第二仲裁庭",
        actor="李明",
        today=D(2026, 11, 20),
        seen_event_id=seen,
    ),
    "hearing_status": lambda db, n, seen: pr.set_hearing_status(
        db, n, _hearing_id(db, n), "postponed", actor="李明", seen_event_id=seen
    ),
    "mediation_session": lambda db, n, seen: pr.log_mediation_session(
        db, n, on=D(2026, 11, 21), result="continue", actor="李明", seen_event_id=seen
    ),
}


def _event_count(db: Database, number: str) -> int:
    with db.transaction() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(CaseEvent)
                .join(Case, Case.id == CaseEvent.case_id)
                .where(Case.number == number)
            )
            or 0
        )


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_edit_based_on_an_old_reading_is_refused_and_a_fresh_one_saves(
    db: Database, edit: str
) -> None:
    number = make_doc_cases(db).arbitration
    case_id = case_id_by_number(db, number)
    li_read = case_detail(db, case_id).last_event_id  # 李明 opens the case
    cm.set_text(db, number, "defence", "王芳补充的答辩意见", actor="王芳")  # 王芳 saves meanwhile
    events = _event_count(db, number)

    with pytest.raises(StaleEdit) as refused:
        EDITS[edit](db, number, li_read)
    assert refused.value.changes[0].startswith("王芳 于 ")
    assert "请刷新后再操作" in str(refused.value)
    assert _event_count(db, number) == events  # nothing of 李明's edit was recorded

    fresh = case_detail(db, case_id).last_event_id  # 李明 reloads and confirms again
    EDITS[edit](db, number, fresh)
    assert _event_count(db, number) == events + 1


def test_two_people_saving_the_same_text_at_once_keep_one_and_tell_the_other(
    db: Database,
) -> None:
    number = make_doc_cases(db).arbitration
    seen = case_detail(db, case_id_by_number(db, number)).last_event_id
    people = ["王芳", "李明", "孙晶"]
    outcomes: dict[str, str] = {}
    start = threading.Barrier(len(people))

    def save(person: str) -> None:
        start.wait()  # all three press 保存 at once, having read the same case
        try:
            cm.set_text(db, number, "facts", f"{person}的版本", actor=person, seen_event_id=seen)
            outcomes[person] = "ok"
        except StaleEdit:
            outcomes[person] = "stale"
        except Exception as exc:  # a lock error or anything else fails the test
            outcomes[person] = f"{type(exc).__name__}: {exc}"

    threads = [threading.Thread(target=save, args=(p,)) for p in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes.values()) == ["ok", "stale", "stale"], outcomes
    winner = next(p for p, o in outcomes.items() if o == "ok")
    with db.transaction() as s:
        case = s.scalars(select(Case).where(Case.number == number)).one()
        body = s.get(CaseText, (case.id, "facts"))
        assert body is not None and body.body == f"{winner}的版本"  # the kept one, whole


def test_removing_an_agent_and_marking_a_hearing(db: Database) -> None:
    number = make_doc_cases(db).arbitration
    agent = _agent_id(db, number)
    cm.remove_agent(db, number, agent, actor="王芳")
    with pytest.raises(InvalidInput, match="没有这名代理人"):
        cm.remove_agent(db, number, agent, actor="王芳")  # a colleague removed it already
    hearing = _hearing_id(db, number)  # 2026-12-03
    with pytest.raises(InvalidInput, match="尚未到"):
        pr.set_hearing_status(db, number, hearing, "held", actor="王芳", today=D(2026, 12, 2))
    pr.set_hearing_status(db, number, hearing, "held", actor="王芳", today=D(2026, 12, 3))
    with pytest.raises(InvalidInput, match="只有已排期"):
        pr.set_hearing_status(db, number, hearing, "cancelled", actor="王芳")
    detail = case_detail(db, case_id_by_number(db, number))
    assert detail.agents == ()
    assert [e.action for e in detail.timeline][-2:] == ["agent_removed", "hearing_status"]
