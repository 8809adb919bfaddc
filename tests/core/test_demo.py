"""Demo data: reproducible, realistic, valid under the schema and the ledger format."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import aliased
from stdnum.cn import ric, uscc

from xinxiang_arbitration.demo import build as demo
from xinxiang_arbitration.demo.build import ANCHOR, START, generate_demo_data
from xinxiang_arbitration.domain import (
    CLOSURE_MODES_BY_KIND,
    COLLECTIVE_HEADCOUNT,
    CaseKind,
    CaseStatus,
    DisputeType,
    PartyKind,
)
from xinxiang_arbitration.models import (
    CalendarDay,
    Case,
    CaseDisputeType,
    CaseEvent,
    CaseNumberCounter,
    CaseNumberPattern,
    MediationOrg,
    Party,
    Staff,
    Suspension,
)
from xinxiang_arbitration.storage.db import Database, open_database

Applicant, Respondent = aliased(Party), aliased(Party)


@contextmanager
def fresh_database(like: Database, tmp_path: Path) -> Iterator[Database]:
    """Another empty database on the same server (or a new SQLite file)."""
    if like.dialect == "sqlite":
        other = open_database(f"sqlite:///{tmp_path / f'{uuid.uuid4().hex}.sqlite3'}")
        try:
            yield other
        finally:
            other.dispose()
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    base = like.url.difference_update_query(["options"])
    dsn = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    other = open_database(base.update_query_dict({"options": f"-csearch_path={schema}"}))
    try:
        yield other
    finally:
        other.dispose()
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Everything the generator writes, ordered, with names instead of ids."""
    with db.engine.connect() as conn:
        cases = conn.execute(
            select(
                Case.id,
                Case.number,
                Case.kind,
                Case.status,
                Applicant.name,
                Applicant.id_number,
                Applicant.address,
                Applicant.phone,
                Applicant.created_at,
                Respondent.name,
                Respondent.credit_code,
                Respondent.address,
                Case.headcount,
                Case.claim_amount,
                MediationOrg.name,
                Case.received_on,
                Case.accepted_on,
                Case.refused,
                Case.extended,
                Case.closed_on,
                Case.closure_mode,
                Staff.name,
                Case.notes,
                Case.created_at,
                Case.updated_at,
            )
            .join(Applicant, Case.applicant_id == Applicant.id)
            .join(Respondent, Case.respondent_id == Respondent.id)
            .outerjoin(MediationOrg, Case.mediation_org_id == MediationOrg.id)
            .outerjoin(Staff, Case.handler_id == Staff.id)
            .order_by(Case.id)
        ).all()
        disputes = conn.execute(
            select(
                CaseDisputeType.case_id, CaseDisputeType.position, CaseDisputeType.dispute_type
            ).order_by(CaseDisputeType.case_id, CaseDisputeType.position)
        ).all()
        suspensions = conn.execute(
            select(
                Suspension.id,
                Suspension.case_id,
                Suspension.started_on,
                Suspension.ended_on,
                Suspension.reason,
            ).order_by(Suspension.id)
        ).all()
        events = conn.execute(
            select(
                CaseEvent.id,
                CaseEvent.case_id,
                CaseEvent.recorded_at,
                CaseEvent.occurred_on,
                CaseEvent.to_status,
            ).order_by(CaseEvent.id)
        ).all()
        counters = conn.execute(
            select(
                CaseNumberCounter.kind, CaseNumberCounter.year, CaseNumberCounter.last_n
            ).order_by(CaseNumberCounter.kind, CaseNumberCounter.year)
        ).all()
    return {
        "cases": [tuple(r) for r in cases],
        "disputes": [tuple(r) for r in disputes],
        "suspensions": [tuple(r) for r in suspensions],
        "events": [tuple(r) for r in events],
        "counters": [tuple(r) for r in counters],
    }


def count(db: Database, stmt: Any) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def patterns(db: Database) -> dict[str, re.Pattern[str]]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(CaseNumberPattern.kind, CaseNumberPattern.pattern)).all()
    out = {}
    for kind, pattern in rows:
        regex = re.escape(pattern).replace(re.escape("{year}"), r"(?P<year>\d{4})")
        out[kind] = re.compile(regex.replace(re.escape("{n}"), r"(?P<n>\d+)") + r"\Z")
    return out


def test_makes_the_cases_asked_for_in_chunks(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "CHUNK_CASES", 1_000)
    calls: list[tuple[int, int]] = []
    made = generate_demo_data(db, 3_000, seed=11, progress=lambda d, t: calls.append((d, t)))
    assert made == 3_000
    assert calls == [(1_000, 3_000), (2_000, 3_000), (3_000, 3_000)]
    assert count(db, select(func.count()).select_from(Case)) == 3_000
    assert count(db, select(func.count()).select_from(CaseEvent)) == 3_000
    persons = select(func.count()).where(Party.kind == PartyKind.PERSON)
    assert count(db, persons) == 3_000
    employers = select(func.count()).where(Party.kind == PartyKind.ORGANISATION)
    assert count(db, employers) == 3_000 // 15
    assert count(db, select(func.count()).select_from(Staff)) == demo.STAFF_TARGET
    assert count(db, select(func.count()).select_from(MediationOrg)) == 2 + len(demo.DEMO_ORGS)
    assert generate_demo_data(db, 0) == 0
    with pytest.raises(ValueError):
        generate_demo_data(db, -1)


def test_same_seed_same_data(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "CHUNK_CASES", 700)
    generate_demo_data(db, 2_000, seed=3)
    first = snapshot(db)
    with fresh_database(db, tmp_path) as other:
        generate_demo_data(other, 2_000, seed=3)
        assert snapshot(other) == first
    with fresh_database(db, tmp_path) as other:
        generate_demo_data(other, 2_000, seed=4)
        different = snapshot(other)
    assert different["cases"] != first["cases"]
    assert len(different["cases"]) == len(first["cases"])


def test_second_run_appends_after_existing_numbers_and_ids(db: Database) -> None:
    # a case typed in (or imported) that the counters do not know about
    with db.engine.begin() as conn:
        conn.execute(
            insert(Party.__table__),  # type: ignore[arg-type]
            [
                {"id": 1, "kind": "person", "name": "张三", "created_at": dt.datetime.now(dt.UTC)},
                {
                    "id": 2,
                    "kind": "organisation",
                    "name": "某公司",
                    "created_at": dt.datetime.now(dt.UTC),
                },
            ],
        )
        conn.execute(
            insert(Case.__table__),  # type: ignore[arg-type]
            {
                "id": 1,
                "number": "新劳人仲案字〔2025〕第500号",
                "kind": "arbitration",
                "status": "received",
                "applicant_id": 1,
                "respondent_id": 2,
                "received_on": dt.date(2025, 1, 2),
            },
        )
    generate_demo_data(db, 1_500, seed=1)
    generate_demo_data(db, 1_500, seed=1)

    with db.engine.connect() as conn:
        numbers = conn.execute(select(Case.kind, Case.number, Case.received_on)).all()
        counters = {
            (k, y): n
            for k, y, n in conn.execute(
                select(CaseNumberCounter.kind, CaseNumberCounter.year, CaseNumberCounter.last_n)
            )
        }
        employers = conn.execute(
            select(Party.name, Party.credit_code).where(Party.kind == PartyKind.ORGANISATION)
        ).all()
        orgs = conn.execute(select(MediationOrg.name)).scalars().all()
    assert len(numbers) == 3_001
    assert len({n for _, n, _ in numbers}) == 3_001
    regexes = patterns(db)
    highest: dict[tuple[str, int], int] = {}
    per_key: Counter[tuple[str, int]] = Counter()
    for kind, number, received in numbers:
        m = regexes[kind].match(number)
        assert m, number
        key = (kind, int(m["year"]))
        assert key[1] == received.year
        highest[key] = max(highest.get(key, 0), int(m["n"]))
        per_key[key] += 1
    assert counters == highest  # later numbering carries on after every demo number
    # numbering continued after the stray 第500号 and after the first run, without gaps
    assert highest[("arbitration", 2025)] == 500 + per_key[("arbitration", 2025)] - 1
    assert highest[("mediation", 2024)] == per_key[("mediation", 2024)]

    assert len({name for name, _ in employers}) == len(employers)  # names never repeat
    assert len(orgs) == len(set(orgs)) == 2 + len(demo.DEMO_ORGS)
    assert count(db, select(func.count()).select_from(Staff)) == demo.STAFF_TARGET
    assert count(db, select(func.count()).select_from(CaseEvent)) == 3_000

    # rows added later without explicit ids get fresh ones (sequences moved on PostgreSQL)
    tables = (Staff, MediationOrg, Party, CaseEvent, Suspension)
    before = {m: count(db, select(func.max(m.id))) for m in tables}
    with db.transaction() as session:
        added = [
            Staff(name="新来的书记员"),
            MediationOrg(name="新建调解室"),
            Party(kind=PartyKind.PERSON, name="李四"),
            CaseEvent(case_id=1, actor="测试", action="note"),
            Suspension(case_id=1, started_on=dt.date(2025, 2, 1)),
        ]
        session.add_all(added)
        session.flush()
        assert all(row.id > before[type(row)] for row in added)


def test_closure_modes_shares_and_collective_cases(db: Database) -> None:
    generate_demo_data(db, 4_000, seed=2)
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(
                Case.kind,
                Case.closure_mode,
                Case.headcount,
                Case.refused,
                Case.accepted_on,
                Case.closed_on,
                Case.extended,
                Case.claim_amount,
                Case.handler_id,
                Case.received_on,
            )
        ).all()
        off = select(CalendarDay.day, CalendarDay.name).where(~CalendarDay.is_workday)
        holidays = {day: name for day, name in conn.execute(off)}
        first_types = {
            kind: n
            for kind, n in conn.execute(
                select(Case.kind, func.count())
                .join(CaseDisputeType, CaseDisputeType.case_id == Case.id)
                .where(
                    CaseDisputeType.position == 0,
                    CaseDisputeType.dispute_type == DisputeType.REMUNERATION,
                )
                .group_by(Case.kind)
            )
        }
    kinds = Counter(r.kind for r in rows)
    assert 0.20 < kinds[CaseKind.MEDIATION] / 4_000 < 0.30
    assert 0.50 < kinds[CaseKind.ARBITRATION] / 4_000 < 0.60
    assert 0.15 < kinds[CaseKind.INSPECTION] / 4_000 < 0.25

    modes = Counter((r.kind, r.closure_mode) for r in rows if r.closure_mode is not None)
    assert set(modes) == {(k, m) for k, ms in CLOSURE_MODES_BY_KIND.items() for m in ms}

    def share(kind: CaseKind, mode: str) -> float:
        closed = sum(n for (k, _), n in modes.items() if k == kind)
        return modes[(kind, mode)] / closed

    assert 0.55 < share(CaseKind.MEDIATION, "agreement") < 0.75
    assert 0.35 < share(CaseKind.ARBITRATION, "award") < 0.55
    assert 0.25 < share(CaseKind.ARBITRATION, "mediated") < 0.45
    assert 0.06 < share(CaseKind.ARBITRATION, "withdrawn") < 0.18
    assert share(CaseKind.INSPECTION, "rectification") > 0.55
    assert first_types[CaseKind.INSPECTION] / kinds[CaseKind.INSPECTION] > 0.75

    headcounts = [r.headcount for r in rows]
    assert min(headcounts) >= 1 and max(headcounts) <= 60
    collective = sum(h >= COLLECTIVE_HEADCOUNT for h in headcounts) / len(rows)
    assert 0.015 < collective < 0.05
    assert 0.015 < sum(r.refused for r in rows) / len(rows) < 0.05

    accepted = [r for r in rows if r.accepted_on is not None]
    later_kinds = [r for r in accepted if r.kind is not CaseKind.MEDIATION]
    assert not any(r.extended for r in rows if r.accepted_on is None or r.kind == "mediation")
    assert 0.04 < sum(r.extended for r in later_kinds) / len(later_kinds) < 0.13
    # open long past every time limit (45 days / 60 working days + extension)
    overdue = [r for r in accepted if r.closed_on is None and (ANCHOR - r.accepted_on).days > 150]
    assert 0.03 < len(overdue) / len(accepted) < 0.08
    # recent cases are more often open than old ones
    recent = [r for r in accepted if (ANCHOR - r.received_on).days < 60]
    old = [r for r in accepted if r.received_on.year < 2025]
    open_share = [sum(r.closed_on is None for r in g) / len(g) for g in (recent, old)]
    assert open_share[0] > 3 * open_share[1]
    # acceptance also falls into holidays, Spring Festival and National Day included
    on_holidays = Counter(holidays[r.accepted_on] for r in accepted if r.accepted_on in holidays)
    assert on_holidays["春节"] and on_holidays["国庆节"]
    assert all(0 <= (r.accepted_on - r.received_on).days <= 20 for r in accepted)

    amounts = [r.claim_amount for r in rows if r.claim_amount is not None]
    assert 0.5 < len(amounts) / len(rows) < 0.95
    assert all(
        isinstance(a, Decimal) and a >= 0 and a == a.quantize(Decimal("0.01")) for a in amounts
    )
    inspection_amounts = [r.claim_amount for r in rows if r.kind is CaseKind.INSPECTION]
    assert 0.2 < sum(a is None for a in inspection_amounts) / len(inspection_amounts) < 0.8
    assert sum(r.handler_id is not None for r in rows) / len(rows) > 0.85


def test_statuses_dates_parties_and_constraints_are_consistent(db: Database) -> None:
    generate_demo_data(db, 4_000, seed=5)
    with db.engine.connect() as conn:
        cases = {r.id: r for r in conn.execute(select(Case.__table__))}
        suspensions = conn.execute(select(Suspension.__table__)).all()
        disputes = conn.execute(select(CaseDisputeType.__table__)).all()
        events = conn.execute(select(CaseEvent.__table__)).all()
        null_changes = conn.execute(
            select(func.count()).select_from(CaseEvent).where(CaseEvent.changes.is_(None))
        ).scalar_one()
        parties = {r.id: r for r in conn.execute(select(Party.__table__))}
        if db.dialect == "sqlite":
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"

    by_case = {s.case_id: s for s in suspensions}
    assert len(by_case) == len(suspensions)  # at most one per case (the ledger holds one)
    statuses: Counter[str] = Counter()
    for c in cases.values():
        s = by_case.get(c.id)
        if c.closed_on is not None:
            expected = CaseStatus.CLOSED
        elif c.refused:
            expected = CaseStatus.REFUSED
        elif s is not None and s.ended_on is None:
            expected = CaseStatus.SUSPENDED
        elif c.accepted_on is not None:
            expected = CaseStatus.ACCEPTED
        else:
            expected = CaseStatus.RECEIVED
        assert c.status == expected, c
        statuses[c.status] += 1
        assert (c.closed_on is None) == (c.closure_mode is None)
        assert START <= c.received_on <= ANCHOR
        for day in (c.accepted_on, c.closed_on):
            assert day is None or c.received_on <= day <= ANCHOR
        if c.refused:
            assert c.accepted_on is None and c.closed_on is None
        if c.closed_on is not None and c.kind != CaseKind.MEDIATION:
            assert c.accepted_on is not None and c.closed_on >= c.accepted_on
        if c.closure_mode is not None:
            assert c.closure_mode in CLOSURE_MODES_BY_KIND[CaseKind(c.kind)]
        assert (c.mediation_org_id is not None) == (c.kind == CaseKind.MEDIATION)
        assert c.version == 1
        assert c.created_at.tzinfo is not None and c.created_at <= c.updated_at
        assert c.updated_at.date() <= ANCHOR
        assert parties[c.applicant_id].kind == PartyKind.PERSON
        assert parties[c.respondent_id].kind == PartyKind.ORGANISATION
    assert set(statuses) == {s.value for s in CaseStatus}

    accepted_arbitration = [
        c for c in cases.values() if c.kind == CaseKind.ARBITRATION and c.accepted_on
    ]
    assert 0.03 < len(suspensions) / len(accepted_arbitration) < 0.08
    for s in suspensions:
        c = cases[s.case_id]
        assert c.kind == CaseKind.ARBITRATION
        assert c.accepted_on is not None and s.started_on >= c.accepted_on
        assert s.started_on <= ANCHOR and s.reason
        if s.ended_on is not None:
            assert s.started_on <= s.ended_on <= ANCHOR
        if c.closed_on is not None:
            assert s.ended_on is not None and s.ended_on <= c.closed_on

    per_case: dict[int, list[Any]] = {}
    for d in disputes:
        per_case.setdefault(d.case_id, []).append(d)
    assert per_case.keys() == cases.keys()
    for rows in per_case.values():
        assert sorted(d.position for d in rows) in ([0], [0, 1])
        assert len({d.dispute_type for d in rows}) == len(rows)
    assert 0.15 < sum(len(r) == 2 for r in per_case.values()) / len(cases) < 0.4

    assert len(events) == len(cases) == null_changes  # changes is SQL NULL, not JSON null
    for e in events:
        c = cases[e.case_id]
        assert (e.action, e.actor, e.occurred_on) == ("demo-data", "演示数据", c.received_on)
        assert e.from_status is None and e.to_status == c.status
        assert e.recorded_at == c.updated_at

    persons = [p for p in parties.values() if p.kind == PartyKind.PERSON]
    employers = [p for p in parties.values() if p.kind == PartyKind.ORGANISATION]
    ids = [p.id_number for p in persons if p.id_number]
    assert all(ric.is_valid(i) and i[:4] in ("4107", "4122") for i in ids)
    assert 0.5 < len(ids) / len(persons) < 0.7
    born = [ric.get_birth_date(i) for i in ids]
    assert dt.date(1960, 1, 1) <= min(born) and max(born) <= dt.date(2004, 12, 31)
    codes = [p.credit_code for p in employers if p.credit_code]
    assert all(uscc.is_valid(code) and code[2:6] == "4107" for code in codes)
    assert len(set(codes)) == len(codes)
    assert 0.6 < len(codes) / len(employers) < 0.8
    assert len({p.name for p in employers}) == len(employers)
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", p.name) for p in persons)
    repeat = Counter(c.respondent_id for c in cases.values()).most_common(1)[0][1]
    assert repeat >= 10  # some employers are respondents again and again

    # numbers follow each kind's pattern, n restarting per kind and year in date order
    regexes = patterns(db)
    seen: dict[tuple[str, int], list[tuple[dt.date, int]]] = {}
    for c in cases.values():
        m = regexes[c.kind].match(c.number)
        assert m and int(m["year"]) == c.received_on.year
        seen.setdefault((c.kind, c.received_on.year), []).append((c.received_on, int(m["n"])))
    for numbered in seen.values():
        numbered.sort()
        assert [n for _, n in numbered] == list(range(1, len(numbered) + 1))


def test_demo_data_passes_the_ledger_round_trip(db: Database, tmp_path: Path) -> None:
    from xinxiang_arbitration.ledger.exporting import export_ledger
    from xinxiang_arbitration.ledger.importing import import_ledger

    generate_demo_data(db, 1_000, seed=8)
    exported = tmp_path / "demo.csv"
    assert export_ledger(db, exported, actor="测试").rows == 1_000
    with fresh_database(db, tmp_path) as other:
        result = import_ledger(other, exported)
        assert result.created == 1_000
        again = tmp_path / "again.csv"
        export_ledger(other, again, actor="测试")
    assert again.read_bytes() == exported.read_bytes()
