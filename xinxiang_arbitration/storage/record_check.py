"""No lost updates for the administrator's records (issue 9): a save names the row as
the user saw it (``seen``, the same dataclass the list gave them); if it differs from
the row now, someone else saved in between and the save is refused with the fields that
differ, old → new. The service reads the row locked (``FOR UPDATE`` on PostgreSQL; on
SQLite a writing unit holds the file's write lock), so two saves at once are taken one
after the other and the later is refused.

``locked_row`` is the usual start of such a save: the row by its key, locked when a
``seen`` is given, a sentence when it is gone, then ``refuse_if_changed``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from xinxiang_arbitration.errors import InvalidInput, StaleRecord

Row = TypeVar("Row")


def _shown(value: object) -> str:
    if value is None or value == "":
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list | tuple | frozenset | set):
        return "、".join(sorted(str(v) for v in value)) or "（无）"
    return str(value)


def refuse_if_changed(
    what: str, seen: object | None, now: object, labels: Mapping[str, str]
) -> None:
    """Raise ``StaleRecord`` when ``seen`` (None: not checked) differs from ``now`` in any
    field named in ``labels`` (field → what the office calls it)."""
    if seen is None:
        return
    if type(seen) is not type(now):
        raise TypeError(f"seen is a {type(seen).__name__}, expected {type(now).__name__}")
    names = {f.name for f in fields(now)}  # type: ignore[arg-type]
    unknown = set(labels) - names
    if unknown:
        raise KeyError(f"no such fields: {sorted(unknown)}")
    changes = [
        f"{label} {_shown(getattr(seen, name))} → {_shown(getattr(now, name))}"
        for name, label in labels.items()
        if getattr(seen, name) != getattr(now, name)
    ]
    if changes:
        raise StaleRecord(what, changes)


def locked_row(
    session: Session,
    model: type[Row],
    key: Any,
    *,
    seen: object | None,
    shown: Callable[[Row], object],
    what: Callable[[Row], str],
    labels: Mapping[str, str],
    missing: str,
) -> Row:
    """The ``model`` row with primary key ``key``, for a save based on ``seen`` (the row as
    the user's page showed it; None: not checked). With ``seen`` the row is read ``FOR
    UPDATE`` and ``refuse_if_changed(what(row), seen, shown(row), labels)`` runs;
    ``InvalidInput(missing)`` when there is no such row."""
    row = session.get(model, key, with_for_update=seen is not None)
    if row is None:
        raise InvalidInput(missing)
    if seen is not None:
        refuse_if_changed(what(row), seen, shown(row), labels)
    return row
