"""Issue 9, done when: "A permission test that walks the whole role × action table through
the core services".

For every action of ``permissions.ACTIONS``, every role, and (for the decisions bound to
the kind of case) every kind of case, a user holding just that role does the action
through the service that performs it (``PERFORM`` below: one or more services per
action). It is allowed exactly when ``role in allowed_roles(action, kind)``: then the
change is made (or the output is written or returned). Otherwise ``PermissionDenied``
is raised, nothing in the database has changed, no file was written, and one
``permission_denied`` audit row names the user, the action and their role.

One database per dialect for the whole walk, made once: the cases of ``make_doc_cases``
(before the accounts existed), then an administrator, a user holding every role who
prepares what each try needs (a fresh case in the right stage where the action uses
the stage up), and one user per role. Passwords are hashed with a cheap argon2 setting.

``stats.view`` is every role's, so the walk never sees it refused: the read outputs
(statistics, dashboard, breakdowns, monthly report, ledger export, audit check, backup)
are also tried by a user whose roles were taken away and by a plain name; and the
``stats``, ``report`` and ``export-ledger`` commands with and without ``--as``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import LargeBinary, Table, func, select
from sqlalchemy.engine import make_url

from tests.conftest import PG_SERVER, fresh_schema
from tests.doc_cases import DocCases, make_doc_cases
from tests.helpers import base_row, write_ledger
from xinxiang_arbitration import proceedings
from xinxiang_arbitration.admin import holidays as calendar_service
from xinxiang_arbitration.admin.audit_check import run_verify
from xinxiang_arbitration.admin.backups import run_backup
from xinxiang_arbitration.admin.calendar_years import clear_calendar_day
from xinxiang_arbitration.admin.targets import set_target
from xinxiang_arbitration.cases import life as case_life
from xinxiang_arbitration.cases.intake import NewCase, create_case
from xinxiang_arbitration.clocks.deadlines import Rule
from xinxiang_arbitration.documents import making
from xinxiang_arbitration.documents import templates as tmpl
from xinxiang_arbitration.domain import CLOSURE_MODES_BY_KIND, CaseKind, DisputeType
from xinxiang_arbitration.errors import InvalidInput, InvalidTransition, PermissionDenied
from xinxiang_arbitration.ledger.exporting import export_ledger
from xinxiang_arbitration.ledger.importing import import_ledger
from xinxiang_arbitration.models import AuditEntry, Base, ClockSetting, DocumentTemplate
from xinxiang_arbitration.proceedings import materials as case_materials
from xinxiang_arbitration.reports import write_monthly_report
from xinxiang_arbitration.reports.status import write_pdf_with_status
from xinxiang_arbitration.security import audit, users
from xinxiang_arbitration.security.permissions import (
    ACTIONS,
    DECISIONS_BY_KIND,
    KIND_LABELS,
    ROLES,
    SIGN_IN_REQUIRED,
    SignedIn,
    SignInRequired,
    allowed_roles,
)
from xinxiang_arbitration.statistics.breakdown_tables import breakdown_table
from xinxiang_arbitration.statistics.dashboard import load_dashboard, period_figures
from xinxiang_arbitration.statistics.indicators import Period, indicators, month_period
from xinxiang_arbitration.statistics.month_close import close_month
from xinxiang_arbitration.storage.db import Database, open_database

D = dt.date
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
AUDIT_TABLES = ("audit_log", "audit_chain_head")  # refusals are written there, on purpose
NOVEMBER = month_period("2026-11")
RECEIVED, ACCEPTED, SUSPENDED = D(2026, 3, 2), D(2026, 3, 3), D(2026, 3, 5)


# --- the database of the walk ------------------------------------------------------------


@dataclass
class Walk:
    db: Database
    folder: Path
    cases: DocCases
    boss: SignedIn  # holds every role: prepares what each try needs
    users: dict[str, SignedIn]  # role -> a user holding just that role
    serial: Iterator[int]

    def n(self) -> int:
        return next(self.serial)

    def file(self, name: str) -> Path:
        return self.folder / f"{self.n()}-{name}"


def _open(request: pytest.FixtureRequest, folder: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = open_database(make_url(f"sqlite:///{folder / 'walk.sqlite3'}"))
        try:
            yield database
        finally:
            database.dispose()
        return
    base = request.getfixturevalue("pg_database")
    if base is None:
        pytest.skip(f"PostgreSQL at {PG_SERVER} is unreachable (outside CI)")
    with fresh_schema(base, "w") as url:
        database = open_database(url)
        try:
            yield database
        finally:
            database.dispose()


def _user(db: Database, admin: SignedIn, login: str, roles: list[str]) -> SignedIn:
    users.create_user(db, login, f"{login}姓名", f"{login} password", roles, by=admin)
    return users.authenticate(db, login, f"{login} password", hasher=CHEAP)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def walk(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Walk]:
    folder = tmp_path_factory.mktemp(f"walk-{request.param}")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(users, "HASHER", CHEAP)  # the walk is about roles, not password hashing
        for db in _open(request, folder):
            cases = make_doc_cases(db)  # a single PC: made by plain names
            users.create_first_administrator(db, "admin", "王管理", "admin password")
            admin = users.authenticate(db, "admin", "admin password", hasher=CHEAP)
            boss = _user(db, admin, "boss", list(ROLES))
            people = {role: _user(db, admin, role, [role]) for role in ROLES}
            yield Walk(db, folder, cases, boss, people, itertools.count(1))


# --- what a try is ------------------------------------------------------------------------


@dataclass(frozen=True)
class Try:
    """One service call as a given user, with what is prepared for it already in place."""

    run: Callable[[SignedIn], Any]
    output: Path | None = None  # the file the service writes
    shown: Callable[[Any], bool] | None = None  # a read: is what it returned the output?
    rule_refuses: bool = False  # the role may, but the case's kind or stage does not allow it

    @property
    def reads(self) -> bool:
        return self.output is not None or self.shown is not None


Builder = Callable[[Walk, str | None], Try]


def _new_case(
    w: Walk, kind: str | None = "arbitration", *, accept: bool = False, suspend: bool = False
) -> str:
    """A fresh case of ``kind``, received; accepted and suspended when asked."""
    case_kind = CaseKind(kind or "arbitration")
    new = NewCase(
        kind=case_kind,
        applicant=f"申请人{w.n()}",
        respondent="新乡市某某机械有限公司",
        dispute_types=[DisputeType.REMUNERATION],
        received_on=RECEIVED,
        mediation_org="仲裁院调解中心" if case_kind is CaseKind.MEDIATION else None,
    )
    number = create_case(w.db, new, actor=w.boss).number
    if accept:
        case_life.accept(w.db, number, ACCEPTED, actor=w.boss)
    if suspend:
        case_life.suspend(
            w.db, number, SUSPENDED, reason="等待工伤认定", approver="主任", actor=w.boss
        )
    return number


# --- each action, through the services that perform it ------------------------------------


def _create(w: Walk, kind: str | None) -> Try:
    new = NewCase(
        kind=CaseKind.ARBITRATION,
        applicant=f"申请人{w.n()}",
        respondent="新乡市某某机械有限公司",
        dispute_types=[DisputeType.REMUNERATION],
        received_on=RECEIVED,
    )
    return Try(lambda u: create_case(w.db, new, actor=u))


def _accept(w: Walk, kind: str | None) -> Try:
    number = _new_case(w, kind)
    return Try(lambda u: case_life.accept(w.db, number, ACCEPTED, actor=u))


def _refuse(w: Walk, kind: str | None) -> Try:
    number = _new_case(w, kind)
    return Try(
        lambda u: case_life.refuse(w.db, number, ACCEPTED, reason="不属于受理范围", actor=u),
        rule_refuses=kind == "mediation",  # 调解案件没有不予受理的决定
    )


def _suspend(w: Walk, kind: str | None) -> Try:
    number = _new_case(w, accept=True)
    return Try(
        lambda u: case_life.suspend(
            w.db, number, SUSPENDED, reason="等待工伤认定", approver="主任", actor=u
        )
    )


def _resume(w: Walk, kind: str | None) -> Try:
    number = _new_case(w, accept=True, suspend=True)
    return Try(lambda u: case_life.resume(w.db, number, D(2026, 3, 9), actor=u))


def _extend(w: Walk, kind: str | None) -> Try:
    number = _new_case(w, accept=True)
    return Try(lambda u: case_life.extend(w.db, number, D(2026, 3, 10), approver="主任", actor=u))


def _restart_clock(w: Walk, kind: str | None) -> Try:
    number = _new_case(w, accept=True)
    return Try(
        lambda u: case_life.restart_award_clock(
            w.db, number, D(2026, 3, 10), reason="claim_changed", actor=u
        )
    )


def _close(w: Walk, kind: str | None) -> Try:
    case_kind = CaseKind(kind or "arbitration")
    number = _new_case(w, kind, accept=case_kind is not CaseKind.MEDIATION)
    mode = CLOSURE_MODES_BY_KIND[case_kind][0]
    return Try(lambda u: case_life.close(w.db, number, D(2026, 4, 1), mode=mode, actor=u))


def _transfer(w: Walk, kind: str | None) -> Try:
    number = _new_case(w, "mediation")
    return Try(lambda u: case_life.transfer_to_arbitration(w.db, number, D(2026, 3, 20), actor=u))


def _final_award(w: Walk, kind: str | None) -> Try:
    number = _new_case(w, accept=True)
    return Try(
        lambda u: case_life.confirm_final_award(w.db, number, True, on=D(2026, 3, 10), actor=u)
    )


def _set_text(w: Walk, kind: str | None) -> Try:
    body = f"第{w.n()}稿"
    number = w.cases.arbitration
    return Try(lambda u: case_materials.set_text(w.db, number, "facts", body, actor=u))


def _add_agent(w: Walk, kind: str | None) -> Try:
    name = f"代理人{w.n()}"
    number = w.cases.arbitration
    return Try(
        lambda u: case_materials.add_agent(
            w.db, number, side="applicant", name=name, role="律师", actor=u
        )
    )


def _set_tribunal(w: Walk, kind: str | None) -> Try:
    number = _new_case(w, accept=True)
    return Try(
        lambda u: proceedings.set_tribunal(
            w.db,
            number,
            appointed_on=D(2026, 3, 6),
            actor=u,
            presiding="孙晶",
            members=["姚瑶", "田博"],
            clerk="李明",
        )
    )


def _schedule_hearing(w: Walk, kind: str | None) -> Try:
    number, n = _new_case(w, accept=True), w.n()
    return Try(
        lambda u: proceedings.schedule_hearing(
            w.db,
            number,
            on=D(2026, 4, 1) + dt.timedelta(days=n),
            starts_at=dt.time(9, 0),
            ends_at=dt.time(10, 0),
            room=f"第{n}仲裁庭",
            actor=u,
            today=D(2026, 3, 10),
        )
    )


def _hearing_status(w: Walk, kind: str | None) -> Try:
    number, n = _new_case(w, accept=True), w.n()
    booked = proceedings.schedule_hearing(
        w.db,
        number,
        on=D(2026, 4, 1) + dt.timedelta(days=n),
        starts_at=dt.time(14, 0),
        ends_at=dt.time(15, 0),
        room=f"第{n}仲裁庭",
        actor=w.boss,
        today=D(2026, 3, 10),
    )
    return Try(
        lambda u: proceedings.set_hearing_status(w.db, number, booked.id, "cancelled", actor=u)
    )


def _log_mediation(w: Walk, kind: str | None) -> Try:
    number = w.cases.mediation
    return Try(
        lambda u: proceedings.log_mediation_session(
            w.db, number, on=D(2026, 11, 13), result="continue", actor=u
        )
    )


def _make_document(w: Walk, kind: str | None) -> Try:
    number = w.cases.arbitration
    return Try(
        lambda u: making.make_document(w.db, number, "受理通知书", actor=u, today=D(2026, 11, 25))
    )


def _import_template(w: Walk, kind: str | None) -> Try:
    content = tmpl.template_content(w.db, "受理通知书")
    name = f"检查模板{w.n()}"
    return Try(lambda u: tmpl.import_template(w.db, name, content, actor=u))


def _restore_template(w: Walk, kind: str | None) -> Try:
    content = tmpl.template_content(w.db, "受理通知书")
    name = "检查恢复模板"
    for _ in range(1 if _has_template(w.db, name) else 2):  # a newer version than 1, active
        tmpl.import_template(w.db, name, content, actor=w.boss)
    return Try(lambda u: tmpl.restore_template(w.db, name, 1, actor=u))


def _has_template(db: Database, name: str) -> bool:
    with db.transaction() as s:
        return (
            s.scalar(select(DocumentTemplate.id).where(DocumentTemplate.name == name)) is not None
        )


def _close_month(w: Walk, kind: str | None) -> Try:
    n = w.n()
    month = f"{2000 + n // 12}-{n % 12 + 1:02d}"  # a month of its own: a month closes once
    return Try(lambda u: close_month(w.db, month, actor=u))


def _set_day(w: Walk, kind: str | None) -> Try:
    day = D(2026, 7, 1) + dt.timedelta(days=w.n())  # a day of its own per try
    return Try(lambda u: calendar_service.set_day(w.db, day, "休息", "检查", actor=u))


def _clear_day(w: Walk, kind: str | None) -> Try:
    day = D(2026, 7, 1) + dt.timedelta(days=w.n())
    calendar_service.set_day(w.db, day, "休息", "检查", actor=w.boss)
    return Try(lambda u: clear_calendar_day(w.db, day, actor=u))


def _set_clock_rule(w: Walk, kind: str | None) -> Try:
    def run(u: SignedIn) -> None:  # the other rule than the one in force: a change
        with w.db.transaction() as s:
            row = s.get(ClockSetting, "acceptance")
            now = Rule(row.rule) if row is not None else None
        rule = Rule.CALENDAR_DAYS if now is Rule.WORKING_DAYS else Rule.WORKING_DAYS
        calendar_service.set_clock_rule(w.db, "acceptance", rule, actor=u)

    return Try(run)


def _set_target(w: Walk, kind: str | None) -> Try:
    target = Decimal(50) + Decimal(w.n() % 500) / 10  # a value of its own: a change
    return Try(lambda u: set_target(w.db, 27, target, actor=u))


def _create_user(w: Walk, kind: str | None) -> Try:
    login = f"new{w.n()}"
    return Try(lambda u: users.create_user(w.db, login, "新用户", "new password", ["clerk"], by=u))


def _set_roles(w: Walk, kind: str | None) -> Try:
    login = f"someone{w.n()}"
    users.create_user(w.db, login, "某人", "some password", ["clerk"], by=w.boss)
    return Try(lambda u: users.set_roles(w.db, login, ["mediator"], by=u))


def _backup(w: Walk, kind: str | None) -> Try:
    out = w.file("backup.zip")
    return Try(lambda u: run_backup(w.db, out, actor=u), output=out)


def _verify_audit(w: Walk, kind: str | None) -> Try:
    return Try(lambda u: run_verify(w.db, actor=u), shown=lambda result: result.ok)


def _import_ledger(w: Walk, kind: str | None) -> Try:
    path = write_ledger(w.file("ledger.csv"), [base_row(f"新劳人仲案字〔2024〕第{w.n()}号")])
    return Try(lambda u: import_ledger(w.db, path, actor=u))


def _export_ledger(w: Walk, kind: str | None) -> Try:
    out = w.file("ledger.xlsx")
    return Try(lambda u: export_ledger(w.db, out, actor=u), output=out)


def _indicators(w: Walk, kind: str | None) -> Try:
    return Try(
        lambda u: indicators(w.db, NOVEMBER, actor=u),
        shown=lambda figures: [f.id for f in figures] == [27, 28, 29],
    )


def _period_figures(w: Walk, kind: str | None) -> Try:
    return Try(
        lambda u: period_figures(w.db, Period(D(2026, 1, 1), D(2026, 11, 30)), actor=u),
        shown=lambda figures: len(figures.indicators) == 3,
    )


def _breakdown(w: Walk, kind: str | None) -> Try:
    return Try(
        lambda u: breakdown_table(w.db, "person", NOVEMBER, actor=u),
        shown=lambda table: bool(table.header),
    )


def _report_xlsx(w: Walk, kind: str | None) -> Try:
    out = w.file("report.xlsx")
    return Try(lambda u: write_monthly_report(w.db, "2026-11", out, actor=u), output=out)


def _report_pdf_preview(w: Walk, kind: str | None) -> Try:
    out = w.file("report.pdf")
    return Try(lambda u: write_pdf_with_status(w.db, "2026-11", out, actor=u), output=out)


# The heart of the walk: every action and the services that perform it. An action added
# to permissions.ACTIONS without an entry here fails test_every_action_is_walked.
# (``load_dashboard`` is left to test_read_outputs_*: it counts 24 months each time.)
PERFORM: dict[str, tuple[Builder, ...]] = {
    "case.create": (_create,),
    "case.accept": (_accept,),
    "case.refuse": (_refuse,),
    "case.suspend": (_suspend,),
    "case.resume": (_resume,),
    "case.extend": (_extend,),
    "case.restart_clock": (_restart_clock,),
    "case.close": (_close,),
    "case.transfer": (_transfer,),
    "case.final_award": (_final_award,),
    "case.edit": (_set_text, _add_agent),
    "tribunal.set": (_set_tribunal,),
    "hearing.schedule": (_schedule_hearing, _hearing_status),
    "mediation.log": (_log_mediation,),
    "document.make": (_make_document,),
    "template.import": (_import_template, _restore_template),
    "stats.view": (_indicators, _period_figures, _breakdown),
    "report.print": (_report_xlsx, _report_pdf_preview),
    "month.close": (_close_month,),
    "calendar.edit": (_set_day, _clear_day),
    "settings.edit": (_set_clock_rule, _set_target),
    "user.manage": (_create_user, _set_roles),
    "backup.run": (_backup,),
    "audit.verify": (_verify_audit,),
    "ledger.import": (_import_ledger,),
    "ledger.export": (_export_ledger,),
}


# --- the walk -----------------------------------------------------------------------------


def _table_query(table: Table) -> str:
    """All of a table's rows in key order; a file's bytes by their length (a template also
    has its sha256), which keeps the comparison cheap enough to take some 300 times."""
    columns = ", ".join(
        f"length({c.name})" if isinstance(c.type, LargeBinary) else c.name for c in table.columns
    )
    order = ", ".join(c.name for c in table.primary_key.columns)
    return f"SELECT {columns} FROM {table.name} ORDER BY {order}"


QUERIES = {
    t.name: _table_query(t) for t in Base.metadata.sorted_tables if t.name not in AUDIT_TABLES
}


def _data(db: Database) -> dict[str, str]:
    """Every table but the audit log's, row by row (like ``tests.helpers.fingerprint``)."""
    out: dict[str, str] = {}
    with db.engine.connect() as conn:
        for name, query in QUERIES.items():
            rows = conn.exec_driver_sql(query).all()
            out[name] = hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()
    return out


def _audit_after(db: Database, last_id: int) -> list[tuple[str, str, dict[str, Any]]]:
    with db.transaction() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id))
        return [(e.actor, e.action, dict(e.details or {})) for e in rows]


def _last_audit_id(db: Database) -> int:
    with db.transaction() as s:
        return int(s.scalar(select(func.max(AuditEntry.id))) or 0)


def _refused(w: Walk, action: str, kind: str | None, role: str, attempt: Try, where: str) -> None:
    """Refused with the reason, logged once as this user, and no file written (the data are
    compared by the caller, once for all the roles refused)."""
    user, last_id = w.users[role], _last_audit_id(w.db)
    with pytest.raises(PermissionDenied) as refused:
        attempt.run(user)
    message = refused.value.message
    assert not isinstance(refused.value, SignInRequired), where
    assert f"（{action}）" in message and "您的角色：" in message, (where, message)
    if kind is not None and role in allowed_roles(action):  # a role bound to another kind
        assert f"（{KIND_LABELS[kind]}案件）" in message, (where, message)
    if attempt.output is not None:
        assert not attempt.output.exists(), f"{where}: refused, yet the file was written"
    logged = _audit_after(w.db, last_id)
    assert [(actor, what) for actor, what, _ in logged] == [(user.login, "permission_denied")], (
        where,
        logged,
    )
    details = logged[0][2]
    assert (details.get("action"), details.get("roles")) == (action, [role]), (where, details)


def _allowed(w: Walk, role: str, attempt: Try, before: dict[str, str], where: str) -> None:
    """Done: the data changed, or (a read) the output is there and the data did not."""
    last_id = _last_audit_id(w.db)
    if attempt.rule_refuses:  # permitted: the case's kind or stage speaks, not the role table
        with pytest.raises((InvalidTransition, InvalidInput)) as rule:
            attempt.run(w.users[role])
        assert not isinstance(rule.value, PermissionDenied), where
        assert _data(w.db) == before, where
        return
    result = attempt.run(w.users[role])
    assert "permission_denied" not in [what for _, what, _ in _audit_after(w.db, last_id)], where
    if attempt.output is not None:
        assert attempt.output.is_file() and attempt.output.stat().st_size > 0, where
    if attempt.shown is not None:
        assert attempt.shown(result), f"{where}: returned {result!r}"
    if attempt.reads:
        assert _data(w.db) == before, f"{where}: a read changed the data"
    else:
        assert _data(w.db) != before, f"{where}: allowed, yet nothing changed"


def _walk_one(w: Walk, action: str, kind: str | None, build: Builder) -> None:
    """Every role tries ``build``'s service once, each on what was prepared for it: first
    all the roles refused (the data compared once for them all), then each role allowed,
    prepared just before its own try (a try may use up what the previous one left)."""
    refused = [r for r in ROLES if r not in allowed_roles(action, kind)]
    what = f"{action} ({build.__name__})" + (f" on a {kind} case" if kind else "")
    attempts = {role: build(w, kind) for role in refused}  # prepared by the boss, first
    before = _data(w.db)
    for role in refused:
        _refused(w, action, kind, role, attempts[role], f"{what} as {role}")
    assert _data(w.db) == before, f"{what}: refused to {', '.join(refused)}, yet data changed"
    for role in ROLES:
        if role not in refused:
            attempt = build(w, kind)
            _allowed(w, role, attempt, _data(w.db), f"{what} as {role}")


def test_every_action_is_walked() -> None:
    assert set(PERFORM) == set(ACTIONS), "add the new action's services to PERFORM"
    assert all(PERFORM.values())


@pytest.mark.parametrize("action", list(ACTIONS))
def test_walk(walk: Walk, action: str) -> None:
    builders = PERFORM.get(action)
    assert builders, f"{action}: no service in PERFORM walks it"
    kinds: tuple[str | None, ...] = tuple(KIND_LABELS) if action in DECISIONS_BY_KIND else (None,)
    for build in builders:
        for kind in kinds:
            _walk_one(walk, action, kind, build)


# --- the read outputs: no role (stats.view is every role's) and no sign-in ---------------

READ_OUTPUTS: dict[str, Callable[[Walk, SignedIn | str, Path], Any]] = {
    "indicators": lambda w, u, out: indicators(w.db, NOVEMBER, actor=u),
    "load_dashboard": lambda w, u, out: load_dashboard(w.db, D(2026, 11, 30), actor=u),
    "period_figures": lambda w, u, out: period_figures(w.db, NOVEMBER, actor=u),
    "breakdown_table": lambda w, u, out: breakdown_table(w.db, "months", NOVEMBER, actor=u),
    "write_monthly_report": lambda w, u, out: write_monthly_report(
        w.db, "2026-11", out.with_suffix(".xlsx"), actor=u
    ),
    "write_pdf_with_status": lambda w, u, out: write_pdf_with_status(
        w.db, "2026-11", out.with_suffix(".pdf"), actor=u
    ),
    "export_ledger": lambda w, u, out: export_ledger(w.db, out.with_suffix(".csv"), actor=u),
    "run_verify": lambda w, u, out: run_verify(w.db, actor=u),
    "run_backup": lambda w, u, out: run_backup(w.db, out.with_suffix(".zip"), actor=u),
}


def test_read_outputs_need_a_role_held_now_and_a_sign_in(walk: Walk) -> None:
    """A supervisor gets every output; the same user stopped since, or a plain name once
    there are accounts, gets none of them: refused, logged, no file written."""
    n = walk.n()
    person = _user(walk.db, walk.boss, f"head{n}", ["supervisor", "administrator"])
    for name, output in READ_OUTPUTS.items():
        out = walk.folder / f"{n}-{name}-allowed"
        assert output(walk, person, out) is not None, name
    users.deactivate(walk.db, person.login, by=walk.boss)
    before = _data(walk.db)
    for who, error, logged_as in (
        (person, "您的角色：无", person.login),
        ("王芳", "请先登录", "王芳"),
    ):
        for name, output in READ_OUTPUTS.items():
            out = walk.folder / f"{n}-{name}-refused"
            last_id = _last_audit_id(walk.db)
            with pytest.raises(PermissionDenied, match=error):
                output(walk, who, out)
            assert not list(walk.folder.glob(f"{out.name}.*")), name
            logged = _audit_after(walk.db, last_id)
            assert [(a, what) for a, what, _ in logged] == [(logged_as, "permission_denied")], name
    assert _data(walk.db) == before


def test_cli_read_commands_need_as_once_there_are_accounts(
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from xinxiang_arbitration.cli import commands as cli
    from xinxiang_arbitration.cli.admin import PASSWORD_ENV

    url = db.url.render_as_string(hide_password=False)
    stats = ["--db", url, "stats", "--from", "2026-03-01", "--to", "2026-03-31"]
    report = ["--db", url, "report", "--month", "2026-03", "--out"]
    export = ["--db", url, "export-ledger"]
    monkeypatch.delenv(PASSWORD_ENV, raising=False)

    # a single PC: as before, nobody asked
    assert cli.main(stats) == 0
    assert capsys.readouterr().out.startswith("统计期间：2026-03-01 至 2026-03-31")
    assert cli.main([*report, str(tmp_path / "a.xlsx")]) == 0
    assert "已生成 2026-03 月度结案统计表" in capsys.readouterr().out
    assert cli.main([*export, str(tmp_path / "a.csv")]) == 0
    assert capsys.readouterr().out.strip() == f"已导出 0 件案件到 {tmp_path / 'a.csv'}"
    assert cli.main([*stats, "--as", "zhao"]) == 1
    assert "此数据库尚未建立用户账户" in capsys.readouterr().err

    users.create_first_administrator(db, "admin", "王管理", "admin password")
    admin = users.authenticate(db, "admin", "admin password")
    users.create_user(db, "zhao", "赵仲裁", "zhao password", ["arbitrator"], by=admin)
    users.create_user(db, "qian", "钱书记", "qian password", ["clerk"], by=admin)

    assert cli.main(stats) == 1
    assert capsys.readouterr().err.strip() == f"{SIGN_IN_REQUIRED}，请加 --as 用户名"
    monkeypatch.setenv(PASSWORD_ENV, "zhao password")
    assert cli.main([*stats, "--as", "zhao"]) == 0
    assert "指标28" in capsys.readouterr().out
    assert cli.main([*report, str(tmp_path / "b.xlsx"), "--as", "zhao"]) == 1
    assert capsys.readouterr().err.strip() == (
        "无权执行“预览、打印和保存月度报表”（report.print）：只有负责人、书记员可以执行；您的角色：仲裁员"
    )
    assert cli.main([*export, str(tmp_path / "b.csv"), "--as", "zhao"]) == 1
    assert "导出办案台账" in capsys.readouterr().err
    assert not (tmp_path / "b.xlsx").exists() and not (tmp_path / "b.csv").exists()

    monkeypatch.setenv(PASSWORD_ENV, "qian password")
    assert cli.main([*report, str(tmp_path / "b.xlsx"), "--as", "qian"]) == 0
    assert cli.main([*export, str(tmp_path / "b.csv"), "--as", "qian"]) == 0
    assert (tmp_path / "b.xlsx").is_file() and (tmp_path / "b.csv").is_file()
    capsys.readouterr()
    assert audit.verify(db).ok
