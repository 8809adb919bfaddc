"""月度结案统计表: pick a month, see the report page by page, print it, save it, close the month.

The PDF on screen is the file that is printed and saved (one path for screen, print and
file). Counting, writing and rendering run on a worker; the window stays responsive.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.ops import Ops
from ui.views.pdf_preview import PdfPreview, RenderedPdf, print_pdf, render_pages
from xinxiang_arbitration.case_detail import case_id_by_number
from xinxiang_arbitration.reports import write_monthly_report
from xinxiang_arbitration.reports.monthly_pdf import local_time
from xinxiang_arbitration.reports.status import MonthStatus, month_status, write_pdf_with_status
from xinxiang_arbitration.security.permissions import SignedIn, actor_name
from xinxiang_arbitration.statistics.indicators import Indicator
from xinxiang_arbitration.statistics.month_close import close_month
from xinxiang_arbitration.storage.db import Database
from xinxiang_arbitration.storage.output import atomic_output

NOTICE_STYLE = "QFrame#closedNotice { background: #fff4e5; border: 1px solid #d9822b; }"
Confirm = Callable[[QWidget, str, str], bool]  # (parent, title, text) → go ahead?


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)  # closing cannot be undone
    return box.exec() == QMessageBox.StandardButton.Yes


def last_month(today: dt.date) -> dt.date:
    return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


def _figure(i: Indicator) -> str:
    rate = "—" if i.rate is None else f"{i.rate}%"
    return f"{i.numerator}/{i.denominator}（{rate}）"


class MonthlyReportView(QWidget):
    """The monthly report of one month, with its closed/open status above the pages."""

    case_opened = Signal(int)  # a case id, on double-click of a changed case

    def __init__(
        self,
        db: Database,
        ops: Ops,
        actor: SignedIn | str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        confirm: Confirm = ask_yes_no,
    ) -> None:
        super().__init__(parent)
        self._db, self.ops, self._actor, self._confirm = db, ops, actor, confirm
        self._folder = Path(tempfile.mkdtemp(prefix="xinxiang-report-"))
        self._serial = 0
        self._rendered: RenderedPdf | None = None
        self._status: MonthStatus | None = None
        self._printer: QPrinter | None = None  # kept alive while a worker prints on it
        self._busy_text = ""
        self._build(last_month(today()))
        self.month_edit.dateChanged.connect(self._month_changed)
        self._month_changed()

    # -- building -------------------------------------------------------------------------

    def _build(self, month: dt.date) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(self._build_toolbar(month))
        layout.addWidget(self._build_status())
        self.preview = PdfPreview(self)
        self.preview.message.setText(self.tr("选择月份后点击“生成”，报表将在这里逐页显示。"))
        layout.addWidget(self.preview, 1)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("reportMessage")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)

    def _build_toolbar(self, month: dt.date) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("月份"), self))
        self.month_edit = QDateEdit(QDate(month.year, month.month, 1), self)
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setMinimumDate(QDate(2000, 1, 1))
        row.addWidget(self.month_edit)

        def button(text: str, slot: Callable[[], None]) -> QPushButton:
            made = QPushButton(text, self)
            made.clicked.connect(slot)
            row.addWidget(made)
            return made

        self.generate_button = button(self.tr("生成"), self.generate)
        self.print_button = button(self.tr("打印…"), self.print_report)
        self.save_pdf_button = button(self.tr("另存为 PDF…"), self.save_pdf)
        self.export_button = button(self.tr("导出 Excel…"), self.export_xlsx)
        self.close_month_button = button(self.tr("月度结账…"), self.close_selected_month)
        row.addStretch(1)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # busy: counting has no known length
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setVisible(False)
        row.addWidget(self.busy_bar)
        return row

    def _build_status(self) -> QWidget:
        panel = QWidget(self)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 4, 0, 4)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("monthStatus")
        self.status_label.setWordWrap(True)
        box.addWidget(self.status_label)
        self.notice = QFrame(self)
        self.notice.setObjectName("closedNotice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        inner = QHBoxLayout(self.notice)
        self.notice_label = QLabel(self.notice)
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        inner.addWidget(self.notice_label, 3)
        self.changed_list = QListWidget(self.notice)
        self.changed_list.setObjectName("changedCases")
        self.changed_list.setMaximumHeight(72)
        self.changed_list.setMaximumWidth(320)
        self.changed_list.setToolTip(self.tr("双击打开案件"))
        # activated: a double-click or Enter (connecting itemDoubleClicked too would open twice)
        self.changed_list.itemActivated.connect(self._open_case)
        inner.addWidget(self.changed_list, 1)
        self.notice.setVisible(False)
        box.addWidget(self.notice)
        return panel

    # -- the month and its status ---------------------------------------------------------

    @property
    def month(self) -> str:
        d = self.month_edit.date()
        return f"{d.year():04d}-{d.month():02d}"

    def _month_changed(self) -> None:
        self.ops.cancel("monthly-report")
        self._rendered = None
        self.preview.show_message(self.tr("选择月份后点击“生成”，报表将在这里逐页显示。"))
        self.message_label.clear()
        self._set_busy(False)
        month = self.month
        self.ops.run(
            lambda: month_status(self._db, month), self._show_status, self._fail, channel="status"
        )

    def _show_status(self, status: MonthStatus) -> None:
        self._status = status
        self.close_month_button.setEnabled(not status.closed and not self.busy_bar.isVisible())
        label = f"{status.month[:4]}年{int(status.month[5:])}月"
        if status.closed_at is None:
            self.status_label.setText(
                self.tr("{month}未结账：报表按今日数据统计。").format(month=label)
            )
            self.notice.setVisible(False)
            return
        self.status_label.setText(
            self.tr("已结账：{month}由 {by} 于 {at} 结账；报表显示结账时冻结的数字。").format(
                month=label, by=status.closed_by, at=local_time(status.closed_at)
            )
        )
        self._show_notice(status)

    def _show_notice(self, status: MonthStatus) -> None:
        self.notice.setVisible(status.differs)
        self.changed_list.clear()
        if not status.differs:
            return
        lines = [self.tr("注意：结账后数据有变动，今日数据与结账时的数字不同。")]
        for change in status.changed_figures:
            lines.append(
                self.tr("指标{id} {name}：结账时 {frozen}，按今日数据 {current}").format(
                    id=change.frozen.id,
                    name=change.frozen.name,
                    frozen=_figure(change.frozen),
                    current=_figure(change.current),
                )
            )
        lines.append(
            self.tr("结账后进入或离开统计的案件 {n} 件（双击打开）→").format(
                n=len(status.changed_cases)
            )
        )
        self.notice_label.setText("\n".join(lines))
        for number in status.changed_cases:
            self.changed_list.addItem(QListWidgetItem(number))

    def _open_case(self, item: QListWidgetItem) -> None:
        number = item.text()
        self.ops.run(lambda: case_id_by_number(self._db, number), self.case_opened.emit, self._fail)

    # -- generating -----------------------------------------------------------------------

    def generate(self) -> None:
        month = self.month
        self._serial += 1
        out = self._folder / f"月度结案统计表-{month}-{self._serial}.pdf"

        def work() -> tuple[MonthStatus, RenderedPdf]:
            status = write_pdf_with_status(self._db, month, out, actor=self._actor)
            return status, render_pages(out)

        self._set_busy(True, self.tr("正在生成 {month} 的报表…").format(month=month))
        self.ops.run(work, self._generated, self._fail, channel="monthly-report")

    def _generated(self, result: tuple[MonthStatus, RenderedPdf]) -> None:
        status, rendered = result
        self._rendered = rendered
        self._set_busy(False)
        self._show_status(status)
        self.preview.show_rendered(rendered)
        self.print_button.setToolTip(
            ""
            if rendered.renderer
            else self.tr("本机无法在程序内打印：请用系统的 PDF 阅读器打开后打印")
        )

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy_bar.setVisible(busy)
        if busy:
            self.message_label.setText(text)
        elif self.message_label.text() == self._busy_text:
            self.message_label.clear()
        self._busy_text = text
        rendered = None if busy else self._rendered
        self.generate_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.print_button.setEnabled(rendered is not None and rendered.renderer is not None)
        self.save_pdf_button.setEnabled(rendered is not None)
        closed = self._status is not None and self._status.closed
        self.close_month_button.setEnabled(not busy and not closed)

    def _fail(self, message: str) -> None:
        self._set_busy(False)
        self.message_label.setText(message)

    def _done(self, text: str) -> Callable[[object], None]:
        def show(_result: object) -> None:
            self._set_busy(False)
            self.message_label.setText(text)

        return show

    # -- print, save, export, close ------------------------------------------------------

    def print_report(self) -> None:
        if self._rendered is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._rendered.path.stem)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self._printer, path = printer, self._rendered.path
        self._set_busy(True, self.tr("正在打印…"))
        self.ops.run(lambda: print_pdf(path, printer), self._printed, self._fail)

    def _printed(self, pages: int) -> None:
        self._printer = None
        self._done(self.tr("已送往打印机：{n} 页").format(n=pages))(pages)

    def _ask_target(self, title: str, name: str, kind: str, suffix: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self, title, name, kind)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def save_pdf(self) -> None:
        if self._rendered is None:
            return
        source = self._rendered.path
        name = f"月度结案统计表-{self.month}.pdf"
        target = self._ask_target(self.tr("另存为 PDF"), name, self.tr("PDF 文件 (*.pdf)"), ".pdf")
        if target is None:
            return

        def work() -> None:
            with atomic_output(target) as temporary:
                shutil.copyfile(source, temporary)

        self._set_busy(True, self.tr("正在保存…"))
        saved = self.tr("已保存：{path}").format(path=target)
        self.ops.run(work, self._done(saved), self._fail)

    def export_xlsx(self) -> None:
        month = self.month
        name = f"月度结案统计表-{month}.xlsx"
        kind = self.tr("Excel 工作簿 (*.xlsx)")
        target = self._ask_target(self.tr("导出 Excel"), name, kind, ".xlsx")
        if target is None:
            return
        self._set_busy(True, self.tr("正在导出…"))
        saved = self.tr("已导出：{path}").format(path=target)
        self.ops.run(
            lambda: write_monthly_report(self._db, month, target, actor=self._actor),
            self._done(saved),
            self._fail,
        )

    def close_selected_month(self) -> None:
        month, actor = self.month, self._actor
        text = self.tr(
            "结账后，本月报表将始终显示结账时的数字（指标27–29 的分子、分母和比率），"
            "并记录结账人“{actor}”和结账时间。\n\n"
            "以后更正本月的旧案件，不会悄悄改变已结账的报表：报表仍显示结账时的数字，"
            "并注明今日数据哪里不同、涉及哪些案件。\n\n"
            "同一月份只能结账一次，结账不能撤销。确定要对 {month} 结账吗？"
        ).format(actor=actor_name(actor), month=month)
        if not self._confirm(self, self.tr("月度结账"), text):
            return
        self._set_busy(True, self.tr("正在结账…"))
        self.ops.run(lambda: close_month(self._db, month, actor=actor), self._closed, self._fail)

    def _closed(self, _result: object) -> None:
        self._set_busy(False)
        self.generate()

    # -- closing the window ---------------------------------------------------------------

    def shutdown(self) -> None:
        """Forget pending answers, wait for the workers, remove the temporary reports."""
        for channel in ("monthly-report", "status"):
            self.ops.cancel(channel)
        self.ops.wait()
        shutil.rmtree(self._folder, ignore_errors=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
