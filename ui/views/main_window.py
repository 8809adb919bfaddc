"""The main window: the caseload (我的案件) first, then the overview of counts per kind."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ui.views.caseload_view import CaseloadView
from xinxiang_arbitration.db import Database
from xinxiang_arbitration.domain import CaseKind
from xinxiang_arbitration.errors import AppError
from xinxiang_arbitration.services.overview import count_by_kind

GEOMETRY_KEY = "main_window/geometry"
DEFAULT_SIZE = (1100, 700)
KINDS: tuple[CaseKind, ...] = tuple(CaseKind)


def _first_line(exc: BaseException) -> str:
    if isinstance(exc, AppError):
        return exc.message
    origin = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(origin).splitlines() if line.strip()]
    return lines[0] if lines else type(origin).__name__


class MainWindow(QMainWindow):
    """The application's one window; later versions put the case desk here."""

    def __init__(
        self,
        db: Database,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings if settings is not None else QSettings()
        self.setWindowTitle(self.tr("新乡市劳动人事争议仲裁委员会 · 案件管理系统"))
        self._build_menu()
        self._build_central()
        self._build_status_bar()
        self._restore_geometry()
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.refresh_action = QAction(self.tr("刷新"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setStatusTip(self.tr("重新读取案件数"))
        self.refresh_action.triggered.connect(self.refresh)
        file_menu.addAction(self.refresh_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("退出"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setStatusTip(self.tr("关闭程序"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)

        self.welcome_label = QLabel(
            self.tr("欢迎使用案件管理系统。当前数据库：{location}").format(
                location=self._db.describe()
            ),
            central,
        )
        self.welcome_label.setObjectName("welcomeLabel")
        self.welcome_label.setWordWrap(True)
        self.welcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.welcome_label)

        heading = QLabel(self.tr("案件概况"), central)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        self.counts_table = self._make_counts_table(central)
        layout.addWidget(self.counts_table, 0, Qt.AlignmentFlag.AlignLeft)

        self.total_label = QLabel(central)
        self.total_label.setObjectName("totalLabel")
        layout.addWidget(self.total_label)
        layout.addStretch(1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        # no sign-in yet: "only mine" waits for the shared-office accounts
        self.caseload_view = CaseloadView(self._db, me=None, parent=self.tabs)
        self.tabs.addTab(self.caseload_view, self.tr("我的案件"))
        self.tabs.addTab(central, self.tr("案件概况"))
        self.setCentralWidget(self.tabs)

    def _make_counts_table(self, parent: QWidget) -> QTableWidget:
        table = QTableWidget(len(KINDS), 1, parent)
        table.setObjectName("overviewTable")
        table.setHorizontalHeaderLabels([self.tr("案件数")])
        table.setVerticalHeaderLabels([kind.label for kind in KINDS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().resizeSection(0, 160)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setMinimumWidth(64)
        table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._count_items: dict[CaseKind, QTableWidgetItem] = {}
        for row, kind in enumerate(KINDS):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 0, item)
            self._count_items[kind] = item
        return table

    def _build_status_bar(self) -> None:
        # a label, not showMessage(): a shown message is wiped by the first menu status tip
        self.database_label = QLabel(
            self.tr("数据库：{location}").format(location=self._db.describe()), self
        )
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addWidget(self.database_label, 1)

    # -- behaviour --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the counts again; on failure keep the old ones and say why."""
        try:
            counts = count_by_kind(self._db)
        except (AppError, SQLAlchemyError) as exc:
            QMessageBox.warning(
                self,
                self.tr("刷新失败"),
                self.tr("无法读取案件数：{reason}").format(reason=_first_line(exc)),
            )
            return
        for kind, item in self._count_items.items():
            item.setText(format(counts.get(kind, 0), ","))
        total = sum(counts.values())
        self.total_label.setText(self.tr("合计：{total} 件").format(total=format(total, ",")))

    def _restore_geometry(self) -> None:
        saved = self._settings.value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            return
        self.resize(*DEFAULT_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.sync()
        self.caseload_view.shutdown()
        super().closeEvent(event)
