"""No lost updates for what the administrator keeps (issue 9): two administrators with the
same page open — the second save, based on what they read before the first, is refused
with what differs now, and nothing of it is saved; read again, it goes through."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

import pytest

from tests.helpers import fingerprint
from xinxiang_arbitration.admin.office import list_office_settings, set_office_settings
from xinxiang_arbitration.admin.organisations import (
    OrgRow,
    add_org,
    list_orgs,
    set_org_active,
    update_org,
)
from xinxiang_arbitration.admin.patterns import list_patterns, set_pattern
from xinxiang_arbitration.admin.targets import list_targets, set_target
from xinxiang_arbitration.admin.wages import list_wages, update_wage
from xinxiang_arbitration.errors import InvalidInput, StaleRecord
from xinxiang_arbitration.models import MediationOrg
from xinxiang_arbitration.storage.db import Database
from xinxiang_arbitration.storage.record_check import locked_row

A, B = "管理员甲", "管理员乙"


def _refused(db: Database, save: Callable[[], object]) -> str:
    before = fingerprint(db)
    with pytest.raises(StaleRecord) as refused:
        save()
    assert fingerprint(db) == before  # nothing of the save was written
    return str(refused.value)


def test_a_wage_changed_by_someone_else_is_not_overwritten(db: Database) -> None:
    seen = list_wages(db)[0]  # both open 最低工资标准 on the same row
    update_wage(
        db, seen.id, seen.region, "2300", seen.effective_from, seen.source, actor=A, seen=seen
    )
    message = _refused(
        db,
        lambda: update_wage(
            db, seen.id, seen.region, "2250", seen.effective_from, "新文件", actor=B, seen=seen
        ),
    )
    assert message.startswith("此项在您打开之后已被他人修改（最低工资标准 ")
    assert f"月最低工资 {seen.monthly} → 2300.00" in message
    fresh = next(w for w in list_wages(db) if w.id == seen.id)
    saved = update_wage(
        db, seen.id, seen.region, "2250", seen.effective_from, "新文件", actor=B, seen=fresh
    )
    assert saved.monthly == Decimal("2250.00")


def test_targets_patterns_and_organisations(db: Database) -> None:
    target = next(t for t in list_targets(db) if t.indicator_id == 28)
    set_target(db, 28, "92.5", actor=A, seen=target)
    assert "目标值（%） 90.00 → 92.50" in _refused(
        db, lambda: set_target(db, 28, "95", actor=B, seen=target)
    )

    pattern = next(p for p in list_patterns(db) if p.kind == "arbitration")
    set_pattern(db, "arbitration", "新劳人仲字〔{year}〕第{n}号", actor=A, seen=pattern)
    assert "新劳人仲案字〔{year}〕第{n}号 → 新劳人仲字〔{year}〕第{n}号" in _refused(
        db, lambda: set_pattern(db, "arbitration", "仲〔{year}〕{n}号", actor=B, seen=pattern)
    )

    org = add_org(db, "红旗区调解委员会", "街道", actor=A)
    set_org_active(db, org.id, False, actor=A, seen=org)
    message = _refused(
        db, lambda: update_org(db, org.id, "红旗区人民调解委员会", actor=B, seen=org)
    )
    assert "在用 是 → 否" in message
    renamed = update_org(db, org.id, "红旗区人民调解委员会", actor=B, seen=list_orgs(db)[-1])
    assert renamed.name == "红旗区人民调解委员会" and not renamed.active


def test_office_settings_keep_a_colleagues_value(db: Database) -> None:
    seen = list_office_settings(db)
    key = seen[0].key
    set_office_settings(db, {key: "新乡市劳动人事争议仲裁委员会（新）"}, actor=A, seen=seen)
    message = _refused(db, lambda: set_office_settings(db, {key: "别的名称"}, actor=B, seen=seen))
    assert "→ 新乡市劳动人事争议仲裁委员会（新）" in message
    # a key nobody else touched is saved even from the old reading
    other = seen[1]
    saved = set_office_settings(db, {other.key: other.value + "（补）"}, actor=B, seen=seen)
    assert next(r for r in saved if r.key == other.key).value == other.value + "（补）"


def test_two_administrators_saving_at_once_keep_one(db: Database) -> None:
    seen = next(t for t in list_targets(db) if t.indicator_id == 27)
    outcomes: dict[str, str] = {}
    start = threading.Barrier(2)

    def save(who: str, value: str) -> None:
        start.wait()
        try:
            set_target(db, 27, value, actor=who, seen=seen)
            outcomes[who] = "ok"
        except StaleRecord:
            outcomes[who] = "stale"
        except Exception as exc:  # a lock error or anything else fails the test
            outcomes[who] = f"{type(exc).__name__}: {exc}"

    threads = [threading.Thread(target=save, args=a) for a in ((A, "61"), (B, "65"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes.values()) == ["ok", "stale"], outcomes
    winner = next(w for w, o in outcomes.items() if o == "ok")
    kept = next(t for t in list_targets(db) if t.indicator_id == 27).target
    assert kept == (Decimal("61.00") if winner == A else Decimal("65.00"))


def test_without_a_reading_nothing_is_compared(db: Database) -> None:
    """The command line and imports save what they are given (``seen`` omitted)."""
    set_target(db, 29, "98.5", actor=A)
    assert set_target(db, 29, "99", actor=B).target == Decimal("99.00")


def test_locked_row_finds_checks_and_names_the_missing_row(db: Database) -> None:
    """The start every such save shares (``record_check.locked_row``)."""
    org = add_org(db, "卫滨区调解委员会", "街道", actor=A)

    def lock(key: int, seen: object | None) -> str:
        with db.transaction() as s:
            row = locked_row(
                s,
                MediationOrg,
                key,
                seen=seen,
                shown=lambda r: OrgRow(r.id, r.name, r.category, bool(r.active)),
                what=lambda r: f"调解组织 {r.name}",
                labels={"name": "名称", "category": "类别"},
                missing=f"没有编号为 {key} 的调解组织",
            )
            return row.name

    assert lock(org.id, org) == org.name  # as it was seen: the row
    assert lock(org.id, None) == org.name  # without a seen: nothing compared
    with pytest.raises(StaleRecord) as stale:
        lock(org.id, replace(org, category="乡镇"))
    assert "调解组织 卫滨区调解委员会" in str(stale.value)
    assert stale.value.changes == ["类别 乡镇 → 街道"]
    with pytest.raises(InvalidInput, match="没有编号为 99999 的调解组织"):
        lock(99999, None)
    with pytest.raises(TypeError):  # a seen of another kind of row is a programming error
        lock(org.id, list_wages(db)[0])
