"""What the reference-data modules share (``wages``, ``targets``, ``patterns``,
``organisations``, ``office``, ``calendar_years``).

Rules that are data stay data: every function there checks what was typed first and
refuses it whole with the reason (``ValueRefused``), so nothing half-saved ever reaches
the table; each change is one transaction with its audit entry (``audit_change``). The
``parse_*``/``check_*`` helpers are pure, so a form can call them on every keystroke.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.inputs.text import forbidden_character, normalise_breaks
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.security.permissions import SignedIn, audit_actor


class ValueRefused(InvalidInput):
    """A typed value that cannot be saved; ``field`` says which one (for the form)."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field


def audit_change(session: Session, actor: SignedIn | str, action: str, **details: object) -> None:
    """The change's audit entry, in the change's transaction."""
    audit.append(session, audit_actor(actor), action, dict(details))


def printable(value: str, field: str, label: str) -> str:
    """``value`` under the one text policy (``inputs.text``) for a one-line field: pasted
    breaks made spaces, zero-width characters dropped, control characters refused."""
    text = normalise_breaks(value, multiline=False)
    found = forbidden_character(text.replace("\t", " "), multiline=False)
    if found is not None:
        position, what = found
        raise ValueRefused(field, f"{label}含有{what}（第 {position} 个字符），请删除后重新填写")
    return text


def checked_text(value: str, field: str, label: str, max_length: int) -> str:
    """``value`` with its runs of white space made one space; refused when empty, longer
    than ``max_length`` or holding a control character."""
    cleaned = " ".join(printable(value, field, label).split())
    if not cleaned:
        raise ValueRefused(field, f"请填写{label}")
    if len(cleaned) > max_length:
        raise ValueRefused(field, f"{label}过长（最多 {max_length} 个字）")
    return cleaned


__all__ = ["ValueRefused", "audit_change", "checked_text", "printable"]
