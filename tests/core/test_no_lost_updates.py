"""Two people on one case: the second action, based on what they read before the first,
is refused with what changed and by whom; nothing is overwritten unseen (issue 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.doc_cases import make_doc_cases
from xinxiang_arbitration.case_detail import case_detail, case_id_by_number
from xinxiang_arbitration.cases import life as life
from xinxiang_arbitration.domain import CaseStatus, ClosureMode
from xinxiang_arbitration.errors import StaleEdit
from xinxiang_arbitration.storage.db import Database

D = dt.date


def test_the_second_of_two_readers_is_told_who_changed_the_case(db: Database) -> None:
    number = make_doc_cases(db).arbitration
    case_id = case_id_by_number(db, number)
    wang_read = case_detail(db, case_id).last_event_id  # 王芳 and 李明 open the case
    li_read = case_detail(db, case_id).last_event_id
    assert wang_read == li_read > 0

    life.close(
        db, number, D(2026, 11, 24), mode=ClosureMode.AWARD, actor="王芳", seen_event_id=wang_read
    )
    with pytest.raises(StaleEdit) as refused:
        life.suspend(
            db,
            number,
            D(2026, 11, 24),
            reason="等待鉴定",
            approver="主任",
            actor="李明",
            seen_event_id=li_read,
        )
    assert refused.value.changes and refused.value.changes[0].startswith("王芳 于 ")
    assert refused.value.changes[0].endswith("结案")
    assert "请刷新后再操作" in str(refused.value)
    detail = case_detail(db, case_id)
    assert detail.header.status is CaseStatus.CLOSED  # 李明's suspension was not applied
    assert [e.action for e in detail.timeline][-1] == "close"
    # having read it again, 李明 sees the close; an action the stage allows now goes through
    assert detail.last_event_id > li_read
    life.confirm_final_award(
        db, number, True, on=D(2026, 11, 25), actor="李明", seen_event_id=detail.last_event_id
    )


def test_without_a_reading_the_action_is_not_checked(db: Database) -> None:
    number = make_doc_cases(db).arbitration
    life.close(db, number, D(2026, 11, 24), mode=ClosureMode.AWARD, actor="王芳")
