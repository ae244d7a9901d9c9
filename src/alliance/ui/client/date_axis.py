"""The timeline's date axis: session dates are whole days (noon UTC as seconds since the epoch), so its ticks are
days, weeks, months or years, chosen to fit the width, and labelled in the user's language.

pyqtgraph's DateAxisItem works out a time-zone offset for every candidate tick at every zoom level it considers
(thousands of calendar conversions per paint); a timeline of dates needs none of that.
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

DAY = 86_400.0
MIN_TICK_PX = 90  # room for the longest label ("30 Sep 2025") and a gap
DAY_STEPS = (1, 2, 7, 14)
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)
EPOCH = dt.date(1970, 1, 1)


def to_x(day: dt.date) -> float:
    """A date's place on the axis (its start, 00:00 UTC)."""
    return (day - EPOCH).days * DAY


def _day(x: float) -> dt.date:
    return EPOCH + dt.timedelta(days=int(x // DAY))


def _months(first: dt.date, last: dt.date, step: int) -> list[dt.date]:
    index = first.year * 12 + first.month - 1
    index += -index % step  # the first month on the step (January for yearly steps)
    out: list[dt.date] = []
    while True:
        day = dt.date(index // 12, index % 12 + 1, 1)
        if day > last:
            return out
        if day >= first:
            out.append(day)
        index += step


def tick_days(low: float, high: float, pixels: float, min_px: float = MIN_TICK_PX) -> tuple[int, list[dt.date]]:
    """(step: days when positive, months when negative; the ticks) for the range low..high drawn ``pixels``
    wide: the finest step whose ticks are at least ``min_px`` apart."""
    if high <= low or pixels <= 0:
        return 1, []
    first = _day(low) if low % DAY == 0 else _day(low) + dt.timedelta(days=1)  # the first whole day in range
    last = _day(high)
    if first > last:
        return 1, []
    most = max(1, int(pixels // min_px))
    span_days = (high - low) / DAY
    for step in DAY_STEPS:
        if span_days / step <= most:
            start = first + dt.timedelta(days=(-first.weekday()) % 7) if step >= 7 else first
            return step, [start + dt.timedelta(days=i) for i in range(0, (last - start).days + 1, step)]
    for months in MONTH_STEPS:
        if span_days / (30.44 * months) <= most:
            return -months, _months(first, last, months)
    return -MONTH_STEPS[-1], _months(first, last, MONTH_STEPS[-1])


class DayAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no types
    """A bottom axis for dates: day and week ticks read "3 Mar", month ticks "Mar 2025", yearly ones "2025"."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation)
        self._step = 1
        self._room: tuple[str, float] = ("", MIN_TICK_PX)  # (font and locale, the room a label needs)

    def _label_room(self) -> float:
        """The widest label this axis can write, in the text size and language of the moment, and a gap: German
        month names ("Sept. 2026") and a 16 pt text need more than MIN_TICK_PX."""
        locale, font = QLocale(), QApplication.font()
        key = f"{font.key()} {locale.name()}"
        if self._room[0] != key:
            metrics = QFontMetrics(font)
            names = [locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
            widest = max(metrics.horizontalAdvance(t) for n in names for t in (f"{n} 2026", f"30 {n}"))
            self._room = (key, max(float(MIN_TICK_PX), widest + 2.0 * metrics.averageCharWidth()))
        return self._room[1]

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        self._step, days = tick_days(minVal, maxVal, size, self._label_room())
        spacing = self._step * DAY if self._step > 0 else -self._step * 30.44 * DAY
        return [(spacing, [to_x(d) for d in days])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        locale = QLocale()
        out = []
        for x in values:
            day = _day(x)
            if self._step > 0:
                out.append(f"{day.day} {locale.monthName(day.month, QLocale.FormatType.ShortFormat)}")
            elif self._step > -12:
                out.append(f"{locale.monthName(day.month, QLocale.FormatType.ShortFormat)} {day.year}")
            else:
                out.append(str(day.year))
        return out
