"""系统管理: the administrator's screens, one page per kind of data the rules depend on.

``AdminView(db, ops, actor)`` is a tab widget; each page reads its data when first shown
and after each change. The users page needs the signed-in administrator
(``signed_in=``): the core checks the permission on every change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.ops import Ops
from ui.views.admin.backup_page import BackupPage
from ui.views.admin.calendar_page import CalendarPage
from ui.views.admin.common import AdminPage
from ui.views.admin.office_page import OfficePage
from ui.views.admin.orgs_page import OrgsPage
from ui.views.admin.patterns_page import PatternsPage
from ui.views.admin.targets_page import TargetsPage
from ui.views.admin.templates_page import TemplatesPage
from ui.views.admin.users_page import UsersPage
from ui.views.admin.wages_page import WagesPage
from xinxiang_arbitration.security.permissions import SignedIn
from xinxiang_arbitration.storage.db import Database


class AdminView(QTabWidget):
    """节假日日历, 最低工资, 指标目标, 案号格式, 调解组织, 机构信息, 文书模板, 用户, 备份."""

    def __init__(
        self,
        db: Database,
        ops: Ops,
        actor: SignedIn | str,
        parent: QWidget | None = None,
        *,
        signed_in: SignedIn | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adminView")
        self.calendar = CalendarPage(db, ops, actor, self, today=today)
        self.wages = WagesPage(db, ops, actor, self)
        self.targets = TargetsPage(db, ops, actor, self)
        self.patterns = PatternsPage(db, ops, actor, self, today=today)
        self.orgs = OrgsPage(db, ops, actor, self)
        self.office = OfficePage(db, ops, actor, self)
        self.templates = TemplatesPage(db, ops, actor, self)
        self.users = UsersPage(db, ops, actor, self, signed_in=signed_in)
        self.backup = BackupPage(db, ops, actor, self)
        pages: tuple[tuple[AdminPage, str], ...] = (
            (self.calendar, self.tr("节假日日历")),
            (self.wages, self.tr("最低工资标准")),
            (self.targets, self.tr("指标目标值")),
            (self.patterns, self.tr("案号格式")),
            (self.orgs, self.tr("调解组织")),
            (self.office, self.tr("机构信息")),
            (self.templates, self.tr("文书模板")),
            (self.users, self.tr("用户与角色")),
            (self.backup, self.tr("备份与恢复")),
        )
        for page, title in pages:
            self.addTab(page, title)
        self.currentChanged.connect(self._page_shown)

    def _page_shown(self, index: int) -> None:
        page = self.widget(index)
        if isinstance(page, AdminPage):
            page.refresh()


__all__ = ["AdminView"]
