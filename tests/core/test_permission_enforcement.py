"""Issue 9: the services enforce the role table, in two modes decided by the data.

A database without user accounts is a single PC: a plain name may do everything. Once
an administrator has created a user, every guarded service needs a signed-in user whose
roles (read at that moment) allow the action; refusals change nothing and are audited,
and every case change is in the audit chain with its fields before and after.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from xinxiang_arbitration.admin.holidays import set_clock_rule
from xinxiang_arbitration.cases import life as case_life
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.clocks.deadlines import Rule
from xinxiang_arbitration.domain import CaseKind, CaseStatus, ClosureMode, DisputeType
from xinxiang_arbitration.errors import PermissionDenied
from xinxiang_arbitration.models import AuditEntry, Case, CaseEvent, MonthClose
from xinxiang_arbitration.proceedings import materials as case_materials
from xinxiang_arbitration.security import audit, users
from xinxiang_arbitration.security.permissions import SIGN_IN_REQUIRED, SignedIn
from xinxiang_arbitration.statistics.month_close import close_month
from xinxiang_arbitration.storage.db import Database

D = dt.date


def _new_case(db: Database, actor: SignedIn | str, kind: CaseKind = CaseKind.ARBITRATION) -> str:
    new = NewCase(
        kind=kind,
        applicant="张三",
        respondent="新乡市某某机械有限公司",
        dispute_types=[next(iter(DisputeType))],
        received_on=D(2026, 3, 2),
        mediation_org="仲裁院调解中心" if kind is CaseKind.MEDIATION else None,
    )
    return create_case(db, new, actor=actor).number


def _open_case(db: Database, actor: SignedIn | str) -> str:
    number = _new_case(db, actor)
    case_life.accept(db, number, D(2026, 3, 3), actor=actor)
    return number


def _case_row(db: Database, number: str) -> tuple[str, dt.date | None, ClosureMode | None]:
    with db.transaction() as s:
        case = s.scalars(select(Case).where(Case.number == number)).one()
        return case.status, case.closed_on, case.closure_mode


def _events(db: Database, number: str) -> list[tuple[str, str]]:
    with db.transaction() as s:
        case_id = s.scalars(select(Case.id).where(Case.number == number)).one()
        rows = s.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
        )
        return [(e.action, e.actor) for e in rows]


def _last_audit(db: Database, action: str) -> AuditEntry:
    with db.transaction() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id.desc())
        ).first()
        assert entry is not None, action
        s.expunge(entry)
        return entry


def _accounts(db: Database) -> SignedIn:
    """Turn the database into accounts mode: its first administrator, signed in."""
    users.create_first_administrator(db, "admin", "王管理", "admin password")
    return users.authenticate(db, "admin", "admin password")


def _person(db: Database, admin: SignedIn, login: str, name: str, roles: list[str]) -> SignedIn:
    users.create_user(db, login, name, f"{login} password", roles, by=admin)
    return users.authenticate(db, login, f"{login} password")


# --- single PC: no user accounts, today's behaviour ------------------------------------


def test_single_pc_a_plain_name_may_do_everything(db: Database) -> None:
    number = _open_case(db, "王芳")
    case_life.close(db, number, D(2026, 4, 1), mode=ClosureMode.AWARD, actor="王芳")
    case_materials.set_text(db, number, next(iter(case_materials.TEXT_NAMES)), "正文", actor="王芳")
    close_month(db, "2026-04", actor="王芳")
    assert _case_row(db, number)[0] == CaseStatus.CLOSED.value
    assert {actor for _, actor in _events(db, number)} == {"王芳"}
    entry = _last_audit(db, "case.close")
    assert entry.actor == "王芳"
    assert audit.verify(db).ok


# --- accounts mode ----------------------------------------------------------------------


def test_a_mediator_cannot_close_an_arbitration_case(db: Database) -> None:
    number = _open_case(db, "王芳")  # made before the accounts existed
    admin = _accounts(db)
    mediator = _person(db, admin, "li", "李调解", ["mediator"])
    before = (_case_row(db, number), _events(db, number))

    with pytest.raises(PermissionDenied) as refused:
        case_life.close(db, number, D(2026, 4, 1), mode=ClosureMode.AWARD, actor=mediator)

    message = refused.value.message
    assert "结案" in message and "case.close" in message
    assert "只有负责人、仲裁员可以执行" in message and "您的角色：调解员" in message
    assert (_case_row(db, number), _events(db, number)) == before  # nothing changed
    entry = _last_audit(db, "permission_denied")
    assert entry.actor == "li"
    assert entry.details == {"action": "case.close", "subject": number, "roles": ["mediator"]}
    assert audit.verify(db).ok


def test_a_mediator_may_close_a_mediation_case(db: Database) -> None:
    number = _new_case(db, "王芳", CaseKind.MEDIATION)
    admin = _accounts(db)
    mediator = _person(db, admin, "li", "李调解", ["mediator"])
    state = case_life.close(db, number, D(2026, 3, 20), mode=ClosureMode.AGREEMENT, actor=mediator)
    assert state.status is CaseStatus.CLOSED


def test_an_arbitrator_closes_and_the_audit_has_before_and_after(db: Database) -> None:
    admin = _accounts(db)
    arbitrator = _person(db, admin, "zhao", "赵仲裁", ["arbitrator"])
    number = _open_case(db, arbitrator)

    case_life.close(db, number, D(2026, 4, 1), mode=ClosureMode.AWARD, actor=arbitrator)

    assert _case_row(db, number) == (CaseStatus.CLOSED.value, D(2026, 4, 1), ClosureMode.AWARD)
    assert _events(db, number) == [
        ("create", "赵仲裁"),
        ("accept", "赵仲裁"),
        ("close", "赵仲裁"),
    ]  # the display name, not the login
    entry = _last_audit(db, "case.close")
    assert entry.actor == "zhao"
    assert entry.details is not None and entry.details["case"] == number
    assert entry.before_state == {
        "status": "accepted",
        "closed_on": None,
        "closure_mode": None,
    }
    assert entry.after_state == {
        "status": "closed",
        "closed_on": "2026-04-01",
        "closure_mode": ClosureMode.AWARD.value,
    }
    assert audit.verify(db).ok


def test_proceedings_record_before_and_after(db: Database) -> None:
    admin = _accounts(db)
    arbitrator = _person(db, admin, "zhao", "赵仲裁", ["arbitrator"])
    number = _open_case(db, arbitrator)
    name = next(iter(case_materials.TEXT_NAMES))
    case_materials.set_text(db, number, name, "第一稿", actor=arbitrator)
    case_materials.set_text(db, number, name, "第二稿", actor=arbitrator)
    entry = _last_audit(db, "case.text")
    assert (entry.before_state, entry.after_state) == ({"body": "第一稿"}, {"body": "第二稿"})
    assert entry.actor == "zhao"
    assert audit.verify(db).ok


def test_a_plain_name_is_refused_once_there_are_accounts(db: Database) -> None:
    number = _open_case(db, "王芳")
    _accounts(db)
    with pytest.raises(PermissionDenied) as refused:
        case_life.close(db, number, D(2026, 4, 1), mode=ClosureMode.AWARD, actor="王芳")
    assert refused.value.message == SIGN_IN_REQUIRED
    entry = _last_audit(db, "permission_denied")
    assert entry.actor == "王芳"
    assert entry.details == {"action": "case.close", "subject": number, "reason": "not_signed_in"}
    assert _case_row(db, number)[0] == CaseStatus.ACCEPTED.value
    with pytest.raises(PermissionDenied, match="请先登录"):
        _new_case(db, "王芳")
    with pytest.raises(PermissionDenied, match="请先登录"):
        set_clock_rule(db, "acceptance", Rule.CALENDAR_DAYS)  # the default actor is a name
    assert audit.verify(db).ok


def test_a_deactivated_user_is_refused(db: Database) -> None:
    admin = _accounts(db)
    supervisor = _person(db, admin, "sun", "孙主任", ["supervisor"])
    close_month(db, "2026-03", actor=supervisor)
    users.deactivate(db, "sun", by=admin)
    with pytest.raises(PermissionDenied, match="您的角色：无"):
        close_month(db, "2026-04", actor=supervisor)  # signed in before, stopped since
    with db.transaction() as s:
        assert s.scalars(select(MonthClose.month)).all() == ["2026-03"]
        assert s.get(MonthClose, "2026-03").closed_by == "孙主任"  # type: ignore[union-attr]


def test_roles_are_read_at_the_moment_of_the_action(db: Database) -> None:
    admin = _accounts(db)
    person = _person(db, admin, "qian", "钱书记", ["clerk", "arbitrator"])
    number = _open_case(db, person)
    users.set_roles(db, "qian", ["clerk"], by=admin)
    with pytest.raises(PermissionDenied, match="您的角色：书记员"):
        case_life.extend(db, number, D(2026, 3, 20), approver="孙主任", actor=person)


# --- the command line -------------------------------------------------------------------


def test_cli_close_month_needs_as_once_there_are_accounts(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from xinxiang_arbitration.cli import commands as cli
    from xinxiang_arbitration.cli.admin import PASSWORD_ENV

    url = db.url.render_as_string(hide_password=False)
    close = ["--db", url, "close-month", "--month"]
    assert cli.main([*close, "2026-02", "--by", "主任"]) == 0  # a single PC: --by as before
    assert "2026-02 已结账（主任）" in capsys.readouterr().out

    admin = _accounts(db)
    _person(db, admin, "qian", "钱书记", ["clerk"])
    _person(db, admin, "sun", "孙主任", ["supervisor"])

    assert cli.main([*close, "2026-03", "--by", "主任"]) == 1
    assert capsys.readouterr().err.strip() == f"{SIGN_IN_REQUIRED}，请加 --as 用户名"

    monkeypatch.setenv(PASSWORD_ENV, "qian password")
    assert cli.main([*close, "2026-03", "--as", "qian"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "无权执行“月度结账”（month.close）：只有负责人可以执行；您的角色：书记员"

    monkeypatch.setenv(PASSWORD_ENV, "wrong password")
    assert cli.main([*close, "2026-03", "--as", "sun"]) == 1
    assert capsys.readouterr().err.strip() == users.WRONG_CREDENTIALS

    monkeypatch.setenv(PASSWORD_ENV, "sun password")
    assert cli.main([*close, "2026-03", "--as", "sun"]) == 0
    assert "2026-03 已结账（孙主任）" in capsys.readouterr().out
    with db.transaction() as s:
        assert s.get(MonthClose, "2026-03").closed_by == "孙主任"  # type: ignore[union-attr]
    assert audit.verify(db).ok


def test_the_case_views_try_of_each_action_asks_the_stage_not_the_user(db: Database) -> None:
    """case_detail tries every action on rolled-back transactions: with accounts it still
    says what the stage allows, and neither refuses nor logs anything."""
    from xinxiang_arbitration.case_detail import case_detail, case_id_by_number

    number = _open_case(db, "王芳")
    _accounts(db)
    with db.transaction() as s:
        rows_before = len(s.scalars(select(AuditEntry.id)).all())
    detail = case_detail(db, case_id_by_number(db, number), today=D(2026, 3, 10))
    assert "close" in detail.allowed_actions and "accept" not in detail.allowed_actions
    with db.transaction() as s:
        assert len(s.scalars(select(AuditEntry.id)).all()) == rows_before
    assert audit.verify(db).ok
