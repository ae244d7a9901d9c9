"""What the client timeline draws besides its lines: the shaded bands (open ruptures, inferred episodes), what a
rupture or repair marker stands for, and where a day sits on the date axis."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from alliance.core.taxonomy import RuptureKind

DAY_SECONDS = 86400.0


class Band(QGraphicsRectItem):
    """A shaded stretch of sessions between two x positions over a fixed height, in data coordinates.

    The chart's height never zooms (0 to TOP), so a plain rectangle draws what a pyqtgraph LinearRegionItem
    did at a fraction of the cost: that is three items that each follow the view, and a long timeline has
    dozens of spans.
    """

    def __init__(self, lo: float, hi: float, height: tuple[float, float], colour: QColor) -> None:
        super().__init__()
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.place(lo, hi, height, colour)

    def place(self, lo: float, hi: float, height: tuple[float, float], colour: QColor) -> None:
        self.setRect(QRectF(lo, height[0], hi - lo, height[1] - height[0]))
        self._region = (lo, hi)
        self.setBrush(colour)

    def getRegion(self) -> tuple[float, float]:
        """(first x, last x), as LinearRegionItem.getRegion."""
        return self._region


class Bands:
    """The chart's bands, made once and moved from client to client: a pyqtgraph addItem cost more than the paint
    (a long timeline has dozens of open spans)."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        self._plot = plot
        self._all: list[Band] = []
        self._used = 0

    def reset(self) -> None:
        """Every band hidden, to be taken again."""
        for band in self._all:
            band.hide()
        self._used = 0

    def take(self, lo: float, hi: float, height: tuple[float, float], colour: QColor, z: float) -> Band:
        """The next band, shown over this stretch; made and added to the plot only beyond those it has had."""
        if self._used < len(self._all):
            band = self._all[self._used]
            band.place(lo, hi, height, colour)
            band.show()
        else:
            band = Band(lo, hi, height, colour)
            self._plot.addItem(band)
            self._all.append(band)
        band.setZValue(z)
        self._used += 1
        return band

    def remove_all(self) -> None:
        for band in self._all:
            self._plot.removeItem(band)
        self._all, self._used = [], 0


_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


def epoch_seconds(d: dt.date) -> float:
    """Noon UTC of the day, in seconds since 1970 (the date axis's unit): from the day number, as it is asked for
    every session each time a chart is drawn."""
    return (d.toordinal() - _EPOCH_ORDINAL) * DAY_SECONDS + DAY_SECONDS / 2



@dataclass(frozen=True)
class MarkerInfo:
    """What one rupture or repair marker stands for (kept for hover text and for tests)."""

    rupture_id: int
    session_number: int
    x: float
    kind: RuptureKind
    size: float
