"""The monthly report acting as a supervisor: generate, page, save, print, close the month,
correct an old case and see the frozen figures with the notice (pytest-qt)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from tests.core.test_statistics import ROWS
from tests.helpers import write_ledger
from ui.ops import Ops
from ui.views import pdf_preview
from ui.views.monthly_report import MonthlyReportView
from ui.views.pdf_preview import PdfPreview, has_renderer, render_pages
from xinxiang_arbitration.case_detail import case_id_by_number
from xinxiang_arbitration.cases import life as case_life
from xinxiang_arbitration.domain import ClosureMode
from xinxiang_arbitration.ledger.importing import import_ledger
from xinxiang_arbitration.statistics.month_close import closed_month
from xinxiang_arbitration.storage.db import Database, open_database

TODAY = dt.date(2026, 4, 15)  # the report of March 2026 is "last month"
LEFT = Qt.MouseButton.LeftButton
needs_renderer = pytest.mark.skipif(not has_renderer(), reason="no PDF renderer on this PC")


@pytest.fixture
def march_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "cases.sqlite3"))
    import_ledger(database, write_ledger(tmp_path / "ledger.csv", ROWS))
    try:
        yield database
    finally:
        database.dispose()


class Confirmations:
    """Stands in for the yes/no box: records what it was asked and answers ``answer``."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent: QWidget, title: str, text: str) -> bool:
        self.asked.append((title, text))
        return self.answer


def make_view(
    qtbot: QtBot, db: Database, confirm: Confirmations | None = None
) -> MonthlyReportView:
    ops = Ops()
    view = MonthlyReportView(
        db, ops, "主任", today=lambda: TODAY, confirm=confirm or Confirmations(False)
    )
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(
        lambda: "未结账" in view.status_label.text() or "已结账" in view.status_label.text()
    )
    return view


def generate(qtbot: QtBot, view: MonthlyReportView) -> None:
    before = view._serial
    qtbot.mouseClick(view.generate_button, LEFT)
    assert view._serial == before + 1
    qtbot.waitUntil(
        lambda: not view.busy_bar.isVisible() and view.save_pdf_button.isEnabled(), timeout=30_000
    )


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))


@needs_renderer
def test_close_a_month_correct_a_case_and_see_the_frozen_figures(
    qtbot: QtBot, march_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    confirm = Confirmations(True)
    view = make_view(qtbot, march_db, confirm)
    assert view.month == "2026-03" and "2026年3月未结账" in view.status_label.text()
    generate(qtbot, view)
    assert view.preview.page_count >= 1 and view.preview.current_page == 0
    assert view.preview.position_label.text().startswith("第 1 页 共 ")
    assert not view.preview.page_label.pixmap().isNull()

    save_as(monkeypatch, tmp_path / "三月")  # the suffix is added
    qtbot.mouseClick(view.save_pdf_button, LEFT)
    qtbot.waitUntil(lambda: "已保存" in view.message_label.text())
    assert (tmp_path / "三月.pdf").read_bytes().startswith(b"%PDF")

    save_as(monkeypatch, tmp_path / "三月.xlsx")
    qtbot.mouseClick(view.export_button, LEFT)
    qtbot.waitUntil(lambda: "已导出" in view.message_label.text())
    assert "2026年3月" in load_workbook(tmp_path / "三月.xlsx").properties.title

    qtbot.mouseClick(view.close_month_button, LEFT)
    qtbot.waitUntil(lambda: "已结账" in view.status_label.text(), timeout=30_000)
    ((title, text),) = confirm.asked
    assert title == "月度结账" and text.startswith("结账后，本月报表将始终显示结账时的数字")
    assert "主任" in view.status_label.text() and not view.close_month_button.isEnabled()
    assert not view.notice.isVisible()
    closed = closed_month(march_db, "2026-03")
    assert closed is not None and closed.closed_by == "主任"
    qtbot.waitUntil(lambda: view.save_pdf_button.isEnabled(), timeout=30_000)  # regenerated

    # in April a clerk records that case G had in fact been closed on 30 March
    case_life.close(march_db, "G", dt.date(2026, 3, 30), mode=ClosureMode.WITHDRAWN, actor="书记员")
    generate(qtbot, view)
    qtbot.waitUntil(view.notice.isVisible)
    notice = view.notice_label.text()
    assert "结账后数据有变动" in notice
    assert "指标28 劳动人事争议仲裁结案率：结账时 2/4（50.0%），按今日数据 3/4（75.0%）" in notice
    assert [view.changed_list.item(i).text() for i in range(view.changed_list.count())] == ["G"]
    saved = tmp_path / "closed.pdf"
    save_as(monkeypatch, saved)
    qtbot.mouseClick(view.save_pdf_button, LEFT)
    qtbot.waitUntil(lambda: saved.exists())
    if shutil.which("pdftotext"):  # the printed report shows the frozen figure and the notice
        out = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True)
        assert "结账后数据有变动" in out.stdout and "由主任结账" in out.stdout

    opened: list[int] = []
    view.case_opened.connect(opened.append)
    where = view.changed_list.visualItemRect(view.changed_list.item(0)).center()
    viewport = view.changed_list.viewport()
    qtbot.mouseClick(viewport, LEFT, pos=where)
    qtbot.mouseDClick(viewport, LEFT, pos=where)
    qtbot.waitUntil(lambda: len(opened) > 0, timeout=10_000)
    view.ops.wait()
    qtbot.wait(50)
    assert opened == [case_id_by_number(march_db, "G")]  # once
    view.shutdown()


def test_declining_the_confirmation_leaves_the_month_open(qtbot: QtBot, march_db: Database) -> None:
    confirm = Confirmations(False)
    view = make_view(qtbot, march_db, confirm)
    qtbot.mouseClick(view.close_month_button, LEFT)
    assert len(confirm.asked) == 1
    view.ops.wait()
    assert closed_month(march_db, "2026-03") is None
    assert "未结账" in view.status_label.text()


def test_a_save_into_a_missing_folder_is_a_sentence(
    qtbot: QtBot, march_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, march_db)
    save_as(monkeypatch, tmp_path / "no-such-folder" / "report.xlsx")
    qtbot.mouseClick(view.export_button, LEFT)
    qtbot.waitUntil(lambda: "输出文件夹不存在" in view.message_label.text())
    assert not view.busy_bar.isVisible() and view.generate_button.isEnabled()


@needs_renderer
def test_print_goes_through_the_print_dialog(
    qtbot: QtBot, march_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:  # the user picks a printer: here, a PDF file
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    view = make_view(qtbot, march_db)
    generate(qtbot, view)
    qtbot.mouseClick(view.print_button, LEFT)
    qtbot.waitUntil(lambda: "已送往打印机" in view.message_label.text(), timeout=30_000)
    assert printed.read_bytes().startswith(b"%PDF")


def test_without_a_renderer_the_system_viewer_is_offered(
    qtbot: QtBot, march_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_preview, "RENDERERS", ())
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    view = make_view(qtbot, march_db)
    generate(qtbot, view)
    assert view.preview.page_count == 0 and "系统的 PDF 阅读器" in view.preview.message.text()
    assert view.preview.open_button.isVisible() and not view.print_button.isEnabled()
    qtbot.mouseClick(view.preview.open_button, LEFT)
    assert len(opened) == 1 and opened[0].toLocalFile().endswith(".pdf")


@needs_renderer
def test_pages_turn_with_previous_and_next(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "three.pdf"
    pdf = canvas.Canvas(str(path))
    for n in range(3):
        pdf.drawString(100, 700, f"page {n + 1}")
        pdf.showPage()
    pdf.save()
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(800, 600)
    preview.show()
    preview.show_rendered(render_pages(path, dpi=30))
    assert preview.position_label.text() == "第 1 页 共 3 页"
    assert not preview.previous_button.isEnabled()
    qtbot.mouseClick(preview.next_button, LEFT)
    qtbot.mouseClick(preview.next_button, LEFT)
    assert (
        preview.position_label.text() == "第 3 页 共 3 页" and not preview.next_button.isEnabled()
    )
    qtbot.mouseClick(preview.previous_button, LEFT)
    assert preview.current_page == 1
