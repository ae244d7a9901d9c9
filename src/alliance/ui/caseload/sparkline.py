"""A sparkline painted in a table cell: the alliance index of a client's last sessions, no chart library."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from alliance.ui.caseload.caseload_model import SPARKLINE_ROLE, TREND_ROLE
from alliance.ui.widgets import theme

MIN_SPAN = 3.0  # index points a sparkline spans at least, so noise of a few tenths does not look dramatic
_Index = QModelIndex | QPersistentModelIndex


def sparkline_points(values: Sequence[float], rect: QRectF) -> list[QPointF]:
    """Where each value goes inside rect: evenly spaced, scaled to the values' range (at least MIN_SPAN)."""
    if not values:
        return []
    lo, hi = min(values), max(values)
    if hi - lo < MIN_SPAN:
        mid = (hi + lo) / 2
        lo, hi = mid - MIN_SPAN / 2, mid + MIN_SPAN / 2
    step = rect.width() / (len(values) - 1) if len(values) > 1 else 0.0
    x0 = rect.left() if len(values) > 1 else rect.center().x()
    return [QPointF(x0 + i * step, rect.bottom() - (v - lo) / (hi - lo) * rect.height())
            for i, v in enumerate(values)]


class SparklineDelegate(QStyledItemDelegate):
    """Paints the list of floats in SPARKLINE_ROLE as a line with a dot on the latest session."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        values = index.data(SPARKLINE_ROLE) or []
        area = QRectF(opt.rect).adjusted(8, 7, -10, -7)
        points = sparkline_points([float(v) for v in values], area)
        if not points:
            return
        c = theme.current()
        colour = QColor(c.attention if index.data(TREND_ROLE) == "down" and len(points) > 2 else c.accent)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if len(points) > 1:
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.setPen(QPen(colour, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(points[-1], 2.8, 2.8)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(120, 28)
