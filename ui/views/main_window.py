"""The main window: 我的案件 (the caseload), 今日到期, 案件概况, and a tab per opened case.

The window builds its menus, the fixed tabs and the status bar; a case's tab and the
closing of tabs are ``ui.views.window_tabs``, the statistics and administration tabs
``ui.views.tool_tabs``.

Who is signed in (``ui.session.CurrentUser``) decides what 我的案件 and 今日到期 show
first and is the actor of what is done; switching the database is the application's
business (``ui.app``), the window only asks for it with ``database_switch_requested``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from ui.dialogs.sign_in_dialog import SignInDialog
from ui.live_refresh import LiveRefresh
from ui.ops import Ops
from ui.session import CurrentUser
from ui.views.caseload_view import CaseloadView
from ui.views.due_today import DueTodayView
from ui.views.hearing_week import HearingWeekView
from ui.views.overview import OverviewPage
from ui.views.tool_tabs import ToolOpeners, ToolTabs
from ui.views.window_tabs import FIXED_TABS, WindowTabs, optional_class
from xinxiang_arbitration import __version__
from xinxiang_arbitration.storage.db import Database

GEOMETRY_KEY = "main_window/geometry"
DEFAULT_SIZE = (1100, 700)


class MainWindow(WindowTabs, ToolOpeners, QMainWindow):
    """The application's one window (its tabs: ``WindowTabs``, ``ToolOpeners``)."""

    database_switch_requested = Signal()
    user_changed = Signal(object)  # CurrentUser | None

    def __init__(
        self,
        db: Database,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        user: CurrentUser | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._settings = settings if settings is not None else QSettings()
        self._today = today
        self.user: CurrentUser | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.ops = Ops(self, max_threads=3)
        self._case_ops: dict[QWidget, Ops] = {}  # each case tab's workers
        self._build_central()
        self.tools = ToolTabs(self.tabs)
        self.live = LiveRefresh(db, self)
        self.live.changed.connect(self._others_changed)
        self.live.start()
        self._build_menu()
        self._build_status_bar()
        self._restore_geometry()
        self.set_user(user)
        self.refresh_overview()

    # -- building ---------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], Any], shortcut: str = "", tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.switch_database_action = self._action(
            self.tr("切换数据库…"),
            self.database_switch_requested.emit,
            tip=self.tr("打开本机、其他文件或办公室服务器上的数据库"),
        )
        self.switch_user_action = self._action(
            self.tr("切换用户…"), self.ask_who, tip=self.tr("以另一位承办人的身份使用")
        )
        self.quit_action = self._action(self.tr("退出"), self.close, "Ctrl+Q", self.tr("关闭程序"))
        file_menu.addAction(self.switch_database_action)
        file_menu.addAction(self.switch_user_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        case_menu = self.menuBar().addMenu(self.tr("案件(&C)"))
        self.new_case_action = self._action(
            self.tr("新建案件…"), self.new_case, "Ctrl+N", self.tr("收件登记：登记一件新案件")
        )
        self.new_case_action.setVisible(self._intake_dialog() is not None)
        self.find_action = self._action(
            self.tr("查找"), self.focus_search, "Ctrl+F", self.tr("按案号或当事人查找案件")
        )
        self.refresh_action = self._action(
            self.tr("刷新"), self.refresh, "F5", self.tr("重新读取案件列表、到期期限和案件数")
        )
        for action in (self.new_case_action, self.find_action, self.refresh_action):
            case_menu.addAction(action)

        stats_menu = self.menuBar().addMenu(self.tr("统计(&S)"))
        self.dashboard_action = self._action(
            self.tr("统计看板"), self.show_dashboard, "Ctrl+1", self.tr("指标27–29、趋势与逾期")
        )
        self.breakdowns_action = self._action(
            self.tr("分类统计"), self.show_breakdowns, "Ctrl+2", self.tr("按承办人、类型等分类")
        )
        self.report_action = self._action(
            self.tr("月度报表"), self.show_monthly_report, "Ctrl+3", self.tr("预览、打印、结账")
        )
        for action in (self.dashboard_action, self.breakdowns_action, self.report_action):
            stats_menu.addAction(action)

        admin_menu = self.menuBar().addMenu(self.tr("管理(&A)"))
        self.admin_action = self._action(
            self.tr("系统管理…"),
            self.show_admin,
            tip=self.tr("节假日、最低工资、目标、案号、调解组织、模板、用户、备份"),
        )
        admin_menu.addAction(self.admin_action)

        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.about_action = self._action(self.tr("关于"), self.about)
        help_menu.addAction(self.about_action)

    def _build_central(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.caseload_view = CaseloadView(
            self._db, me=None, ops=self.ops, today=self._today, parent=self.tabs
        )
        self.due_view = DueTodayView(self._db, ops=self.ops, today=self._today, parent=self.tabs)
        self.tabs.addTab(self.caseload_view, self.tr("我的案件"))
        self.tabs.addTab(self.due_view, self.tr("今日到期"))
        self.hearing_week = HearingWeekView(self._db, self.ops, parent=self.tabs)
        self.tabs.addTab(self.hearing_week, self.tr("开庭安排"))
        self.overview = OverviewPage(self._db, self.ops, parent=self.tabs)
        self.tabs.addTab(self.overview, self.tr("案件概况"))
        self.tabs.setTabsClosable(True)
        for fixed in range(FIXED_TABS):  # only the case tabs can be closed
            self.tabs.tabBar().setTabButton(
                fixed, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.caseload_view.case_opened.connect(self.open_case)
        self.due_view.case_opened.connect(self.open_case)
        self.hearing_week.case_opened.connect(self.open_case_number)
        self.setCentralWidget(self.tabs)

    def _build_status_bar(self) -> None:
        # labels, not showMessage(): a shown message is wiped by the first menu status tip
        self.database_label = QLabel(
            self.tr("数据库：{location}").format(location=self._db.describe()), self
        )
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addWidget(self.database_label, 1)
        self.busy_label = QLabel(self.tr("正在读取…"), self)
        self.busy_label.setVisible(False)
        self.ops.busy_changed.connect(self.busy_label.setVisible)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userLabel")
        self.statusBar().addPermanentWidget(self.user_label)

    # -- who is using it --------------------------------------------------------------------

    def set_user(self, user: CurrentUser | None) -> None:
        """Show ``user`` in the title and status bar; 我的案件 and 今日到期 follow them."""
        self.user = user
        title = self.tr("新乡市劳动人事争议仲裁委员会 · 案件管理系统")
        if user is not None:
            title = self.tr("{title} — {name}").format(title=title, name=user.name)
        self.setWindowTitle(title)
        self.user_label.setText(
            self.tr("用户：{name}").format(name=user.name) if user else self.tr("未选择用户")
        )
        self.caseload_view.set_me(user.staff_id if user is not None else None)
        self.due_view.set_me(user.name if user is not None else None)
        self._close_tabs_acting_for_the_previous_user()
        self.user_changed.emit(user)

    def ask_who(self, *, at_start: bool = False) -> SignInDialog:
        """Open the sign-in dialog over the window; at start-up, declining it closes the app."""
        dialog = SignInDialog(
            self._db, self._settings, ops=self.ops, at_start=at_start, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_user(dialog.user))
        if at_start:
            dialog.rejected.connect(self.close)
        self.sign_in_dialog = dialog
        dialog.open()
        return dialog

    # -- the case menu ----------------------------------------------------------------------

    @staticmethod
    def _intake_dialog() -> Any | None:
        return optional_class("ui.dialogs.intake_dialog", "IntakeDialog")

    def new_case(self) -> None:
        """收件登记: the intake dialog, as the signed-in user; the lists refresh after it."""
        dialog_class = self._intake_dialog()
        if dialog_class is None:
            return
        if self.user is None:
            self.ask_who()
            return
        dialog = dialog_class(self._db, self.ops, self.user.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.caseload_view)
        self.caseload_view.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.caseload_view.search_box.selectAll()

    def refresh(self) -> None:
        """Read everything shown again (F5): the caseload, the due queue, the counts."""
        self.caseload_view.model.refresh()
        self.due_view.reload()
        self.refresh_overview()

    @property
    def counts_table(self) -> QTableWidget:
        return self.overview.counts_table

    @property
    def total_label(self) -> QLabel:
        return self.overview.total_label

    @property
    def welcome_label(self) -> QLabel:
        return self.overview.welcome_label

    def refresh_overview(self) -> None:
        self.overview.refresh()

    def _others_changed(self) -> None:
        """Another PC changed the data: read the lists again (not the open case tabs,
        where the user may be typing; they refresh on their own actions)."""
        self.caseload_view.model.refresh()
        self.due_view.reload()
        self.hearing_week.show_week(self.hearing_week.monday)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr(
                "新乡市劳动人事争议仲裁委员会 案件管理系统\n版本 {version}\n\n数据库：{location}"
            ).format(version=__version__, location=self._db.describe()),
        )

    # -- closing ----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = self._settings.value(GEOMETRY_KEY)
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            return
        self.resize(*DEFAULT_SIZE)

    def shutdown(self) -> None:
        """Forget pending answers and wait for the workers (before the database closes)."""
        self.live.stop()
        self.tools.shutdown()
        self.due_view.shutdown()
        self.hearing_week.shutdown()
        self.ops.cancel("overview")
        self.caseload_view.shutdown()  # waits for the shared workers too
        self.ops.wait()
        for ops in self._case_ops.values():
            ops.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.sync()
        self.shutdown()
        super().closeEvent(event)
