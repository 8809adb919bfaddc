"""The staff list and adding a name at sign-in (security/staff.py), on both dialects."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.models import Staff
from xinxiang_arbitration.security.staff import (
    NAME_MAX_LENGTH,
    StaffMember,
    clean_name,
    ensure_staff,
    list_staff,
)
from xinxiang_arbitration.storage.db import Database


def _add(db: Database, name: str, *, active: bool = True) -> int:
    with db.transaction() as session:
        staff = Staff(name=name, active=active)
        session.add(staff)
        session.flush()
        return staff.id


def _count(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(Staff)) or 0)


def test_list_staff_gives_the_active_ones_by_name(db: Database) -> None:
    wang = _add(db, "王芳")
    li = _add(db, "李强")
    gone = _add(db, "赵敏", active=False)

    names = [m.name for m in list_staff(db)]
    assert sorted(names) == names  # ordered by name (the database's collation)
    assert set(names) == {"王芳", "李强"}
    everyone = {m.id: m for m in list_staff(db, include_inactive=True)}
    assert everyone[gone] == StaffMember(gone, "赵敏", False)
    assert everyone[wang].active and everyone[li].active


def test_ensure_staff_returns_the_existing_member(db: Database) -> None:
    wang = _add(db, "王芳")
    assert ensure_staff(db, "  王芳 ") == StaffMember(wang, "王芳", True)
    assert _count(db) == 1


def test_ensure_staff_adds_a_new_name_once(db: Database) -> None:
    first = ensure_staff(db, "张  伟")
    assert first.name == "张 伟" and first.active
    assert ensure_staff(db, "张 伟") == first
    assert _count(db) == 1
    assert [m.name for m in list_staff(db)] == ["张 伟"]


def test_ensure_staff_makes_an_inactive_member_active_again(db: Database) -> None:
    gone = _add(db, "赵敏", active=False)
    assert ensure_staff(db, "赵敏") == StaffMember(gone, "赵敏", True)
    assert [m.id for m in list_staff(db)] == [gone]


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_an_empty_name_is_refused(db: Database, name: str) -> None:
    with pytest.raises(InvalidInput, match="姓名不能为空"):
        ensure_staff(db, name)
    assert _count(db) == 0


def test_an_over_long_name_is_refused() -> None:
    assert clean_name("甲" * NAME_MAX_LENGTH) == "甲" * NAME_MAX_LENGTH
    with pytest.raises(InvalidInput, match="姓名过长"):
        clean_name("甲" * (NAME_MAX_LENGTH + 1))
