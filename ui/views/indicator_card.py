"""One indicator (27, 28 or 29) on the dashboard: numerator, denominator, rate, target, met.

A row per period (本月, 本年至今 and, when one is chosen, 自定义). Numerator and
denominator are link buttons: a click asks for the list of cases behind them
(``figure_clicked``). A rate with denominator 0 is "—" and the card says why.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from xinxiang_arbitration.statistics.indicators import FORMULAS, NAMES, Indicator

MET_COLOUR, NOT_MET_COLOUR, MUTED_COLOUR = "#1e7b34", "#b02a37", "#6c757d"
LINK_STYLE = (
    "QPushButton { border: none; color: #0b5ed7; text-decoration: underline;"
    " padding: 0 2px; text-align: right; }"
    "QPushButton:hover { color: #084298; }"
    "QPushButton:disabled { color: #212529; text-decoration: none; }"
)
PARTS = ("numerator", "denominator")


def percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}%"


def target_text(target: Decimal) -> str:
    return f"＞ {target.normalize():f}%"


class IndicatorCard(QFrame):
    """The figures of one indicator for up to three periods."""

    figure_clicked = Signal(int, str, str)  # indicator id, period key, "numerator"/"denominator"

    def __init__(self, indicator_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator_id = indicator_id
        self.setObjectName(f"indicatorCard{indicator_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#indicatorCard{indicator_id} {{ background: #ffffff; border: 1px solid #d0d7de;"
            " border-radius: 6px; }"
        )
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        self.rate_labels: dict[str, QLabel] = {}
        self.met_labels: dict[str, QLabel] = {}
        self._period_labels: dict[str, QLabel] = {}
        self._grid_rows: dict[str, int] = {}
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        formula = FORMULAS[self.indicator_id]
        self.title = QLabel(
            self.tr("指标 {id}　{name}").format(
                id=self.indicator_id, name=NAMES[self.indicator_id]
            ),
            self,
        )
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setToolTip(formula)
        layout.addWidget(self.title)
        self.target_label = QLabel(self)
        self.target_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.target_label.setToolTip(formula)
        layout.addWidget(self.target_label)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        headers = (
            self.tr("期间"),
            self.tr("分子"),
            self.tr("分母"),
            self.tr("比率"),
            self.tr("达标"),
        )
        for column, text in enumerate(headers):
            label = QLabel(text, self)
            label.setStyleSheet(f"color: {MUTED_COLOUR};")
            align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
            label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(0, 1)
        layout.addLayout(self.grid)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("indicatorNote")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.note_label.setVisible(False)
        layout.addWidget(self.note_label)
        layout.addStretch(1)

    def _row(self, key: str) -> int:
        """The grid row of a period, made on first use."""
        if key in self._grid_rows:
            return self._grid_rows[key]
        row = self._grid_rows[key] = len(self._grid_rows) + 1
        self._period_labels[key] = QLabel(self)
        self.grid.addWidget(self._period_labels[key], row, 0)
        for column, part in enumerate(PARTS, start=1):
            button = QPushButton(self)
            button.setObjectName(f"indicator{self.indicator_id}_{key}_{part}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(LINK_STYLE)
            button.clicked.connect(
                lambda _checked=False, k=key, p=part: self.figure_clicked.emit(
                    self.indicator_id, k, p
                )
            )
            self.buttons[(key, part)] = button
            self.grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignRight)
        for column, store in ((3, self.rate_labels), (4, self.met_labels)):
            label = QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            store[key] = label
            self.grid.addWidget(label, row, column)
        return row

    def button(self, key: str, part: str) -> QPushButton:
        return self.buttons[(key, part)]

    def set_rows(
        self,
        rows: list[tuple[str, str, str, Indicator]],
        selected: str,
        empty_reason: str,
    ) -> None:
        """(period key, label, its dates, figures) per row; the selected period in bold."""
        empty: list[str] = []
        for key, label, dates, figures in rows:
            self._row(key)
            self._show(key, label, dates, figures, key == selected)
            if figures.denominator == 0:
                empty.append(label)
        shown = {key for key, _label, _dates, _figures in rows}
        for key, widget in self._period_labels.items():
            for w in (
                widget,
                self.buttons[(key, "numerator")],
                self.buttons[(key, "denominator")],
                self.rate_labels[key],
                self.met_labels[key],
            ):
                w.setVisible(key in shown)  # explicitly: a new row is not shown by itself
        if rows:
            self.target_label.setText(
                self.tr("目标 {target}（预期性）· 鼠标停在比率上可看公式").format(
                    target=target_text(rows[0][3].target)
                )
            )
        self.note_label.setVisible(bool(empty))
        if empty:
            self.note_label.setText(
                self.tr("{periods}：{reason}，比率无法计算，显示为“—”。").format(
                    periods="、".join(empty), reason=empty_reason
                )
            )

    def _show(self, key: str, label: str, dates: str, figures: Indicator, bold: bool) -> None:
        period_label = self._period_labels[key]
        period_label.setText(label)
        period_label.setToolTip(dates)
        widgets: list[QWidget] = [period_label, self.rate_labels[key], self.met_labels[key]]
        for part, value in (("numerator", figures.numerator), ("denominator", figures.denominator)):
            button = self.buttons[(key, part)]
            button.setText(format(value, ","))
            button.setEnabled(value > 0)  # an empty list is not worth a window
            what = self.tr("分子") if part == "numerator" else self.tr("分母")
            button.setToolTip(
                self.tr("{what}：{dates}\n点击查看这些案件").format(what=what, dates=dates)
            )
            widgets.append(button)
        rate = self.rate_labels[key]
        rate.setText(percent(figures.rate))
        rate.setToolTip(figures.formula)
        met = self.met_labels[key]
        if figures.met is None:
            met.setText("—")
            met.setStyleSheet(f"color: {MUTED_COLOUR};")
        else:
            met.setText(self.tr("达标") if figures.met else self.tr("未达标"))
            colour = MET_COLOUR if figures.met else NOT_MET_COLOUR
            met.setStyleSheet(f"color: {colour}; font-weight: bold;")
        for widget in widgets:
            font = widget.font()
            font.setBold(bold or (widget is met and figures.met is not None))
            widget.setFont(font)
