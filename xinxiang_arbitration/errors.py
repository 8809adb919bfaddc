"""Typed errors. Each carries a sentence in Chinese the CLI prints and the UI shows."""

from __future__ import annotations

from dataclasses import dataclass


class AppError(Exception):
    """Base of every error the user should see as a sentence, not a traceback."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseUnavailable(AppError):
    """The database server or file cannot be reached or opened."""

    exit_code = 2


class NotSaved(AppError):
    """A unit of work did not commit: the connection went away, or the database was busy.

    Nothing of it was saved; the same action can simply be tried again.
    """

    exit_code = 2


STALE_PREFIX = "案件在您打开之后已被修改"


class StaleEdit(AppError):
    """Someone else changed the case after the user read it: nothing is overwritten unseen.

    ``changes`` lists what happened since, one line each (who, when, what).
    """

    def __init__(self, number: str, changes: list[str]) -> None:
        self.changes = changes
        listed = "；".join(changes) if changes else "（同时保存）"
        super().__init__(
            f"{STALE_PREFIX}（{number}）：{listed}。请刷新后再操作，您填写的内容仍保留。"
        )


STALE_RECORD_PREFIX = "此项在您打开之后已被他人修改"


class StaleRecord(AppError):
    """A setting or list entry (a wage, a target, a user's roles …) changed after the user
    read it: the save is refused with what differs now, instead of overwriting it unseen.
    """

    def __init__(self, what: str, changes: list[str]) -> None:
        self.changes = changes
        listed = "；".join(changes) if changes else "（同时保存）"
        super().__init__(
            f"{STALE_RECORD_PREFIX}（{what}）：{listed}。已显示最新内容，请核对后再保存。"
        )


class NotOurDatabase(AppError):
    """The file or database exists but was not made by this application."""

    exit_code = 2


class DatabaseDamaged(AppError):
    """A SQLite file of the right kind whose content is damaged (truncated, overwritten)."""

    exit_code = 2


class DatabaseTooNew(AppError):
    """The database was made by a newer version of the application."""

    exit_code = 2


class CalendarNotCovered(AppError):
    """The holiday calendar has no data for the year a question needs."""

    exit_code = 2

    def __init__(self, year: int) -> None:
        super().__init__(
            f"节假日日历缺少 {year} 年的数据：请管理员录入该年的国务院放假通知"
            "（设置 → 节假日，或命令 calendar import FILE）"
        )
        self.year = year


class CaseNotFound(AppError):
    def __init__(self, number: str) -> None:
        super().__init__(f"找不到案件：{number}")
        self.number = number


class InvalidInput(AppError):
    """A command-line argument or form value that cannot be used."""


@dataclass(frozen=True)
class RowProblem:
    """One problem of an imported ledger row: ``第 N 行 · 列名：问题``."""

    row: int
    column: str
    problem: str

    def __str__(self) -> str:
        return f"第 {self.row} 行 · {self.column}：{self.problem}"


class ImportRejected(AppError):
    """A ledger with at least one bad row: nothing was written."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class InvalidTransition(AppError):
    """An action the case's kind or current stage does not allow; the message says why."""


class SignInRefused(AppError):
    """Sign-in refused: one sentence for an unknown user and a wrong password alike."""


class PermissionDenied(AppError):
    """An action the user's roles do not allow; the message names the action and who may."""

    def __init__(self, action: str, label: str, allowed: list[str], held: list[str]) -> None:
        mine = "、".join(held) if held else "无"
        super().__init__(
            f"无权执行“{label}”（{action}）：只有{'、'.join(allowed)}可以执行；您的角色：{mine}"
        )
        self.action = action
        self.allowed = allowed


class BackupRejected(AppError):
    """A backup file that is not ours, is damaged, or is from a newer schema: nothing replaced."""

    exit_code = 2
