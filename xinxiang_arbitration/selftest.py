"""``--self-test``: prove that this installation (source tree or bundle) works end to end.

In a temporary folder it creates a SQLite database, imports the sample ledger
``resources/samples/self-test-ledger.csv``, computes indicators 27–29 for the
sample's year and checks them against the figures the sample was built for,
writes the monthly report PDF for a month of the sample and checks the file.
One plain line per step; the exit code is 0 only if every step worked.
A failure names the step and the reason in one line, never a traceback.

No Qt here: the bundle runs this before any window or QApplication exists.
"""

from __future__ import annotations

import datetime as dt
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from xinxiang_arbitration import APP_NAME, __version__
from xinxiang_arbitration.errors import AppError
from xinxiang_arbitration.resources import is_frozen, resource_path

if TYPE_CHECKING:
    from xinxiang_arbitration.storage.db import Database

# The steps import what they use only when they run: in a bundle that lacks a module,
# the failing step is named with the missing module instead of the self-test not starting.

SAMPLE_LEDGER = ("samples", "self-test-ledger.csv")
SAMPLE_ROWS = 16
SAMPLE_YEAR = 2025
SAMPLE_MONTH = "2025-06"
# (numerator, denominator) of indicators 27–29 for SAMPLE_YEAR, counted by hand from the
# sample as shared/domain/statistics.md defines them (refused cases are left out).
EXPECTED_INDICATORS = {27: (3, 8), 28: (4, 6), 29: (2, 3)}

STEPS = 5
EXIT_OK = 0
EXIT_FAILED = 1

Out = Callable[[str], None]


class StepFailed(AppError):
    """A step that ran but gave a wrong result; the message says what was wrong."""


@dataclass
class _Steps:
    out: Out
    total: int
    done: int = 0

    def ok(self, name: str, detail: str) -> None:
        self.done += 1
        self.out(f"[{self.done}/{self.total}] {name}：通过 · {detail}")

    def skipped(self, name: str, why: str) -> None:
        self.done += 1
        self.out(f"[{self.done}/{self.total}] {name}：跳过 · {why}")

    def failed(self, name: str, why: str) -> None:
        self.out(f"[{self.done + 1}/{self.total}] {name}：失败 · {why}")


def _reason(exc: BaseException) -> str:
    """One line: the app's own sentence, or the exception's type and first line."""
    if isinstance(exc, AppError):
        lines = [ln for ln in exc.message.splitlines() if ln.strip()]
        more = f"（另有 {len(lines) - 3} 条）" if len(lines) > 3 else ""
        return "；".join(lines[:3]) + more
    text = next((ln.strip() for ln in str(exc).splitlines() if ln.strip()), "")
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def run_self_test(
    out: Out = print,
    *,
    sample: Path | None = None,
    workdir: Path | None = None,
) -> int:
    """Run every step; 0 if all worked, 1 (after naming the failed step and why) if not.

    ``sample`` replaces the shipped sample ledger and ``workdir`` the temporary
    folder (both for tests).
    """
    started = time.perf_counter()
    where = "安装包" if is_frozen() else "源代码"
    out(f"{APP_NAME} {__version__} 自检（{where}，Python {platform.python_version()}）")
    ledger = sample if sample is not None else resource_path(*SAMPLE_LEDGER)
    try:
        if workdir is not None:
            workdir.mkdir(parents=True, exist_ok=True)
            code = _run_steps(out, ledger, workdir)
        else:
            with tempfile.TemporaryDirectory(
                prefix="xinxiang-selftest-", ignore_cleanup_errors=True
            ) as tmp:
                code = _run_steps(out, ledger, Path(tmp))
    except OSError as exc:  # the temporary folder itself cannot be made
        _Steps(out, total=STEPS).failed("建立临时文件夹", _reason(exc))
        code = EXIT_FAILED
    seconds = time.perf_counter() - started
    if code == EXIT_OK:
        out(f"自检通过（用时 {seconds:.1f} 秒）")
    else:
        out(f"自检失败（用时 {seconds:.1f} 秒，退出码 {code}）")
    return code


def _run_steps(out: Out, ledger: Path, folder: Path) -> int:
    from xinxiang_arbitration.storage.db import open_database

    steps = _Steps(out, total=STEPS)
    db: Database | None = None
    step = "创建数据库"
    try:
        path = folder / "self-test.sqlite3"
        db = open_database(str(path))
        if not path.is_file():
            raise StepFailed(f"数据库文件没有建立：{path}")
        from xinxiang_arbitration.storage.migrate import head_revision

        steps.ok(step, f"{path}（结构版本 {head_revision()}）")

        step = "导入样例台账"
        steps.ok(step, _import(db, ledger))

        step = f"计算 {SAMPLE_YEAR} 年指标 27–29"
        steps.ok(step, _indicators(db))

        step = "生成文书（受理通知书）"
        steps.ok(step, _document(db, folder / "受理通知书.docx"))

        step = f"生成 {SAMPLE_MONTH} 月度结案统计表 PDF"
        steps.ok(step, _report(db, folder / f"{SAMPLE_MONTH}.pdf"))
    except AppError as exc:  # StepFailed included: the sentence says what went wrong
        steps.failed(step, _reason(exc))
        return EXIT_FAILED
    except Exception as exc:  # a self-test reports any failure; it does not crash
        steps.failed(step, f"意外错误 {_reason(exc)}")
        return EXIT_FAILED
    finally:
        if db is not None:
            db.dispose()
    return EXIT_OK


def _import(db: Database, ledger: Path) -> str:
    from xinxiang_arbitration.ledger.importing import import_ledger

    if not ledger.is_file():
        raise StepFailed(f"找不到样例台账 {ledger}（安装不完整？）")
    result = import_ledger(db, ledger, actor="自检")
    if result.created != SAMPLE_ROWS or result.rows != SAMPLE_ROWS:
        raise StepFailed(
            f"{ledger.name} 应新增 {SAMPLE_ROWS} 件，"
            f"实际读到 {result.rows} 行、新增 {result.created} 件"
        )
    return f"{ledger.name}：新增 {result.created} 件"


def _indicators(db: Database) -> str:
    from xinxiang_arbitration.statistics.indicators import Period, indicators

    period = Period(dt.date(SAMPLE_YEAR, 1, 1), dt.date(SAMPLE_YEAR, 12, 31))
    got = {i.id: i for i in indicators(db, period, actor="自检")}
    wrong = [
        f"指标{i} 应为 {num}/{den}，实际 "
        + (f"{got[i].numerator}/{got[i].denominator}" if i in got else "没有算出")
        for i, (num, den) in EXPECTED_INDICATORS.items()
        if i not in got or (got[i].numerator, got[i].denominator) != (num, den)
    ]
    if wrong:
        raise StepFailed("；".join(wrong))
    return "，".join(
        f"指标{i} {got[i].numerator}/{got[i].denominator} = {got[i].rate}%"
        for i in EXPECTED_INDICATORS
    )


def _document(db: Database, target: Path) -> str:
    """Fill the shipped 受理通知书 for the sample's first accepted arbitration case."""
    import io

    from docx import Document
    from sqlalchemy import select

    from xinxiang_arbitration.documents.making import make_document
    from xinxiang_arbitration.domain import CaseKind
    from xinxiang_arbitration.models import Case

    with db.transaction() as session:
        number = session.scalars(
            select(Case.number)
            .where(Case.kind == CaseKind.ARBITRATION, Case.accepted_on.is_not(None))
            .order_by(Case.id)
        ).first()
    if number is None:
        raise StepFailed("样例台账中没有已受理的仲裁案件")
    made = make_document(db, number, "受理通知书", actor="自检", today=dt.date(SAMPLE_YEAR, 12, 31))
    text = "\n".join(p.text for p in Document(io.BytesIO(made.content)).paragraphs)
    if number not in text or "{{" in text:
        raise StepFailed(f"生成的受理通知书内容不对：{text[:80]}")
    target.write_bytes(made.content)
    return f"{number}，{target.name}，{len(made.content):,} 字节"


def _report(db: Database, target: Path) -> str:
    from xinxiang_arbitration.reports import write_monthly_report

    written = write_monthly_report(db, SAMPLE_MONTH, target, actor="自检")
    if not written.is_file():
        raise StepFailed(f"报表文件没有生成：{written}")
    with written.open("rb") as fh:
        head = fh.read(5)
    if head != b"%PDF-":
        raise StepFailed(f"{written.name} 不是 PDF 文件（开头为 {head!r}）")
    return f"{written.name}，{written.stat().st_size:,} 字节"


def console_out() -> Out:
    """Where the lines go when run from the app: stdout, or a log file when there is none.

    A windowed Windows executable has no stdout (``sys.stdout is None``); there the
    lines go to ``%TEMP%\\xinxiang-arbitration-self-test.log``. A console whose encoding
    cannot show Chinese gets escapes instead of an exception.
    """
    stream = sys.stdout
    if stream is None:
        log = Path(tempfile.gettempdir()) / f"{APP_NAME}-self-test.log"
        log.write_text("", encoding="utf-8")

        def to_log(line: str) -> None:
            with log.open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")

        return to_log
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")

    def to_stdout(line: str) -> None:
        print(line, flush=True)

    return to_stdout


def main() -> int:
    return run_self_test(console_out())


if __name__ == "__main__":
    sys.exit(main())
