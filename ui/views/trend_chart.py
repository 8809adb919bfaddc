"""The 12-month trend of indicators 27–29 against their targets, drawn with QPainter.

Months on x, rate in % on y (0–100). One solid line per indicator, its target as a
dashed line of the same colour. A month without data (denominator 0) is a gap in
the line and "—" in the tooltip. Hovering a month shows its figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from xinxiang_arbitration.statistics.dashboard import INDICATOR_IDS, TrendMonth

COLOURS = {27: QColor("#1f77b4"), 28: QColor("#d9480f"), 29: QColor("#2b8a3e")}
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 16, 34, 40
Y_STEPS = (0, 20, 40, 60, 80, 100)


class TrendChart(QWidget):
    """Rates of 27, 28, 29 month by month, with dashed target lines and a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setMouseTracking(True)
        self.setMinimumSize(420, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.months: tuple[TrendMonth, ...] = ()
        self.targets: dict[int, Decimal] = {}
        self._names = {
            27: self.tr("27 调解成功率"),
            28: self.tr("28 仲裁结案率"),
            29: self.tr("29 监察结案率"),
        }

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def set_data(self, months: Sequence[TrendMonth], targets: dict[int, Decimal]) -> None:
        self.months = tuple(months)
        self.targets = dict(targets)
        self.update()

    def points(self, indicator_id: int) -> list[Decimal | None]:
        """The rate of each month (None: no data, drawn as a gap)."""
        return [m.rate(indicator_id) for m in self.months]

    # -- geometry ---------------------------------------------------------------------------

    def _plot(self) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(1, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
            max(1, self.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )

    def _x(self, plot: QRectF, index: int) -> float:
        count = max(1, len(self.months))
        return plot.left() + plot.width() * (index + 0.5) / count

    @staticmethod
    def _y(plot: QRectF, rate: Decimal | float) -> float:
        clamped = min(100.0, max(0.0, float(rate)))
        return plot.bottom() - plot.height() * clamped / 100

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        plot = self._plot()
        self._draw_axes(painter, plot)
        if not self.months:
            painter.setPen(QColor("#6c757d"))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("正在读取…"))
        for indicator_id in INDICATOR_IDS:
            self._draw_target(painter, plot, indicator_id)
            self._draw_line(painter, plot, indicator_id)
        self._draw_legend(painter)
        painter.end()

    def _draw_axes(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetrics(painter.font())
        for step in Y_STEPS:
            y = self._y(plot, step)
            painter.setPen(QPen(QColor("#e9ecef"), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#495057"))
            text = f"{step}%"
            painter.drawText(
                QPointF(
                    plot.left() - 6 - metrics.horizontalAdvance(text), y + metrics.ascent() / 2 - 1
                ),
                text,
            )
        painter.setPen(QPen(QColor("#adb5bd"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(QColor("#495057"))
        for index, month in enumerate(self.months):
            x = self._x(plot, index)
            label = self.tr("{m}月").format(m=month.month)
            painter.drawText(
                QPointF(x - metrics.horizontalAdvance(label) / 2, plot.bottom() + metrics.height()),
                label,
            )
            if index == 0 or month.month == 1:
                year = str(month.year)
                painter.drawText(
                    QPointF(
                        x - metrics.horizontalAdvance(year) / 2,
                        plot.bottom() + 2 * metrics.height(),
                    ),
                    year,
                )

    def _draw_target(self, painter: QPainter, plot: QRectF, indicator_id: int) -> None:
        target = self.targets.get(indicator_id)
        if target is None:
            return
        pen = QPen(COLOURS[indicator_id], 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        y = self._y(plot, target)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        label = self.tr("目标 {target}%").format(target=f"{target.normalize():f}")
        metrics = QFontMetrics(painter.font())
        painter.setPen(COLOURS[indicator_id])
        painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(label) - 2, y - 3), label)

    def _draw_line(self, painter: QPainter, plot: QRectF, indicator_id: int) -> None:
        colour = COLOURS[indicator_id]
        path = QPainterPath()
        pen_down = False
        dots: list[QPointF] = []
        for index, rate in enumerate(self.points(indicator_id)):
            if rate is None:  # no data that month: the line breaks
                pen_down = False
                continue
            point = QPointF(self._x(plot, index), self._y(plot, rate))
            if pen_down:
                path.lineTo(point)
            else:
                path.moveTo(point)
            pen_down = True
            dots.append(point)
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(colour)
        for dot in dots:
            painter.drawEllipse(dot, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_legend(self, painter: QPainter) -> None:
        metrics = QFontMetrics(painter.font())
        x, y = float(MARGIN_LEFT), 8 + metrics.ascent()
        for indicator_id in INDICATOR_IDS:
            colour = COLOURS[indicator_id]
            painter.setPen(QPen(colour, 2))
            painter.drawLine(QPointF(x, y - 4), QPointF(x + 18, y - 4))
            painter.setPen(QColor("#212529"))
            name = self._names[indicator_id]
            painter.drawText(QPointF(x + 22, y), name)
            x += 22 + metrics.horizontalAdvance(name) + 18
        painter.setPen(QPen(QColor("#495057"), 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, y - 4), QPointF(x + 18, y - 4))
        painter.setPen(QColor("#212529"))
        painter.drawText(QPointF(x + 22, y), self.tr("目标（虚线，同色）"))

    # -- hover ------------------------------------------------------------------------------

    def month_at(self, x: float) -> int | None:
        plot = self._plot()
        if not self.months or not plot.left() <= x <= plot.right():
            return None
        index = int((x - plot.left()) / plot.width() * len(self.months))
        return min(index, len(self.months) - 1)

    def tooltip_text(self, index: int) -> str:
        month = self.months[index]
        lines = [month.label]
        for at, indicator_id in enumerate(INDICATOR_IDS):
            rate = month.rate(indicator_id)
            num, den = month.numerators[at], month.denominators[at]
            if rate is None:
                lines.append(
                    self.tr("{name}：—（本月无可统计的案件）").format(
                        name=self._names[indicator_id]
                    )
                )
            else:
                shown = rate.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
                lines.append(
                    self.tr("{name}：{rate}%（{num}/{den}）").format(
                        name=self._names[indicator_id], rate=shown, num=num, den=den
                    )
                )
        return "\n".join(lines)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.month_at(event.position().x())
        if index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_text(index), self)
        super().mouseMoveEvent(event)
