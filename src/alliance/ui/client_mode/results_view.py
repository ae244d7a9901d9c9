"""Client-safe results: the client's own answers over time, drawn plainly for them at the end of a check-in (only
when the therapist has switched it on in Preferences). Only their own questionnaires: the check-in, the SRS and the
outcome measures' totals; never a therapist rating, a note or a rupture."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from alliance.services.handover import ResultSeries

ROW = 96  # pixels per questionnaire, at the window's text size


class ResultsView(QWidget):
    """One small line chart per questionnaire, oldest answer on the left, today's marked."""

    def __init__(self, series: tuple[ResultSeries, ...], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = series
        self.today = today
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Your answers over time"))
        self.setAccessibleDescription("; ".join(
            f"{s.name}: " + ", ".join(f"{v:g}" for _, v in s.points[-8:]) for s in series))

    def sizeHint(self) -> QSize:
        return QSize(720, max(1, len(self.series)) * self._row())

    def _row(self) -> int:
        return int(ROW * max(1.0, self.fontMetrics().height() / 16))

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().windowText().color()
        accent = QColor("#2F6F6B") if ink.lightness() < 128 else QColor("#FFD400")
        row = self._row()
        fm = self.fontMetrics()
        for i, s in enumerate(self.series):
            top = i * row
            p.setPen(ink)
            p.drawText(QRectF(0, top, self.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, s.name)
            plot = QRectF(8, top + fm.height() + 8, self.width() - 16 - fm.horizontalAdvance("0000"),
                          row - fm.height() - 24)
            p.setPen(QPen(ink, 1, Qt.PenStyle.DotLine))
            p.drawLine(plot.bottomLeft(), plot.bottomRight())
            pts = s.points[-12:]
            if not pts:
                continue
            span = (s.high - s.low) or 1.0
            step = plot.width() / max(1, len(pts) - 1)
            xy = [QPointF(plot.left() + (j * step if len(pts) > 1 else plot.width() / 2),
                          plot.bottom() - (v - s.low) / span * plot.height()) for j, (_d, v) in enumerate(pts)]
            p.setPen(QPen(accent, 2.5))
            for a, b in itertools.pairwise(xy):
                p.drawLine(a, b)
            for (day, _value), point in zip(pts, xy, strict=True):
                p.setBrush(accent)
                radius = 6.0 if day == self.today else 4.0
                p.drawEllipse(point, radius, radius)
            _last_day, last = pts[-1]
            p.setPen(ink)
            p.drawText(QPointF(xy[-1].x() + 10, xy[-1].y() + fm.ascent() / 2), f"{last:g}")
        p.end()
