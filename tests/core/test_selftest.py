"""``--self-test``: the steps it prints, its exit code, and how it reports a failure."""

from __future__ import annotations

import csv
import importlib.util
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from xinxiang_arbitration import selftest
from xinxiang_arbitration.inputs.values import parse_credit_code, parse_resident_id
from xinxiang_arbitration.ledger import columns as col
from xinxiang_arbitration.resources import is_frozen, resource_path
from xinxiang_arbitration.selftest import SAMPLE_LEDGER, SAMPLE_ROWS, run_self_test
from xinxiang_arbitration.storage.migrate import MIGRATIONS

ROOT = Path(__file__).resolve().parents[2]


def _run(**kwargs: Path) -> tuple[int, list[str]]:
    lines: list[str] = []
    code = run_self_test(lines.append, **kwargs)
    return code, lines


def _sample_rows() -> list[dict[str, str]]:
    with resource_path(*SAMPLE_LEDGER).open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_resources_resolve_to_the_source_tree() -> None:
    assert not is_frozen()
    assert resource_path(*SAMPLE_LEDGER) == ROOT / "resources" / "samples" / "self-test-ledger.csv"
    assert resource_path(*SAMPLE_LEDGER).is_file()
    assert MIGRATIONS == ROOT / "xinxiang_arbitration" / "storage" / "migrations"
    assert (MIGRATIONS / "env.py").is_file()


def test_the_sample_ledger_follows_the_contract() -> None:
    with resource_path(*SAMPLE_LEDGER).open(encoding="utf-8-sig", newline="") as fh:
        headers = next(csv.reader(fh))
    assert tuple(headers) == col.ALL
    rows = _sample_rows()
    assert len(rows) == SAMPLE_ROWS
    assert {r[col.KIND] for r in rows} == {"调解", "仲裁", "监察"}
    for r in rows:
        assert parse_resident_id(r[col.APPLICANT_ID]) == r[col.APPLICANT_ID]
        assert parse_credit_code(r[col.CREDIT_CODE]) == r[col.CREDIT_CODE]
    assert any(r[col.CLOSED_ON].startswith(selftest.SAMPLE_MONTH) for r in rows)


def test_self_test_passes_and_prints_each_step() -> None:
    code, lines = _run()
    assert code == 0, "\n".join(lines)
    assert lines[0].startswith("xinxiang-arbitration ") and "源代码" in lines[0]
    steps = [ln for ln in lines if ln.startswith("[")]
    assert [ln.split("：")[0] for ln in steps] == [
        "[1/5] 创建数据库",
        "[2/5] 导入样例台账",
        "[3/5] 计算 2025 年指标 27–29",
        "[4/5] 生成文书（受理通知书）",
        "[5/5] 生成 2025-06 月度结案统计表 PDF",
    ]
    assert "：通过 · " in steps[0] and "结构版本" in steps[0]
    assert steps[1].endswith("self-test-ledger.csv：新增 16 件")
    assert "指标27 3/8 = 37.5%，指标28 4/6 = 66.7%，指标29 2/3 = 66.7%" in steps[2]
    assert "：通过 · 新劳人仲案字〔2025〕第1号，受理通知书.docx" in steps[3]
    assert "：通过 · 2025-06.pdf" in steps[4]
    assert lines[-1].startswith("自检通过")


def test_the_report_it_writes_is_a_pdf(tmp_path: Path) -> None:
    code, lines = _run(workdir=tmp_path)
    assert code == 0, "\n".join(lines)
    assert (tmp_path / "self-test.sqlite3").is_file()
    assert (tmp_path / "2025-06.pdf").read_bytes().startswith(b"%PDF-")


def test_a_missing_sample_fails_the_import_step_with_the_reason(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "ledger.csv"
    code, lines = _run(sample=missing, workdir=tmp_path / "work")
    assert code == 1
    assert f"[2/5] 导入样例台账：失败 · 找不到样例台账 {missing}（安装不完整？）" in lines
    assert not any(ln.startswith(("[3/5]", "[5/5]")) for ln in lines)
    assert lines[-1].startswith("自检失败")
    assert not any("Traceback" in ln for ln in lines)


def test_a_damaged_sample_fails_with_the_row_problem(tmp_path: Path) -> None:
    rows = _sample_rows()
    rows[0][col.APPLICANT_ID] = rows[0][col.APPLICANT_ID][:17] + "9"
    broken = tmp_path / "broken.csv"
    with broken.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(col.ALL))
        writer.writeheader()
        writer.writerows(rows)
    code, lines = _run(sample=broken, workdir=tmp_path / "work")
    assert code == 1
    failed = next(ln for ln in lines if "：失败 · " in ln)
    assert failed.startswith("[2/5] 导入样例台账：失败 · 第 2 行 · 申请人证件号：校验码错误")


def test_an_unexpected_error_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from xinxiang_arbitration import reports

    def boom(*_args: object, **_kwargs: object) -> Path:
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(reports, "write_monthly_report", boom)
    code, lines = _run(workdir=tmp_path)
    assert code == 1
    failed = "[5/5] 生成 2025-06 月度结案统计表 PDF：失败 · 意外错误 RuntimeError: disk on fire"
    assert failed in lines


def test_an_unwritable_work_folder_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, lines = _run(workdir=blocker / "work")
    assert code == 1
    failed = next(ln for ln in lines if "：失败 · " in ln)
    assert failed.startswith("[1/5] 建立临时文件夹：失败 · ")
    assert lines[-1].startswith("自检失败")


def test_without_stdout_the_lines_go_to_a_log_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = selftest.console_out()
    out("第一行")
    out("第二行")
    log = tmp_path / "xinxiang-arbitration-self-test.log"
    assert log.read_text(encoding="utf-8") == "第一行\n第二行\n"


def test_a_console_that_cannot_show_chinese_gets_escapes(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii"))
    selftest.console_out()("自检")
    sys.stdout.flush()
    assert raw.getvalue() == b"\\u81ea\\u68c0\n"


@pytest.mark.skipif(importlib.util.find_spec("PySide6") is None, reason="client not installed")
def test_the_client_runs_it_without_a_display() -> None:
    """No QApplication is made: without a display and without the offscreen platform it works."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[5/5]" in done.stdout and done.stdout.rstrip().splitlines()[-1].startswith("自检通过")
    assert done.stderr == ""
