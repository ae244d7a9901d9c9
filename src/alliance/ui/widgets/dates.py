"""A date field typed as text in the app's one date format, with a calendar popup.

QDateEdit was tried first: it shows the locale's raw short format ("2 12 2026" under a C locale), Tab walks
its day, month and year sections instead of leaving the field, and typing over a date means typing into one
section at a time. This field takes a whole date as typed (the app's format, ISO 8601, or the locale's own
short form), says what is wrong with one it cannot read and keeps the text, moves by a day with Up/Down and
a month with Page Up/Down, and opens a calendar with Alt+Down or F4 (or the arrow inside it).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from alliance.i18n import date_format, translated
from alliance.ui.widgets.controls import set_invalid
from alliance.ui.widgets.look import DARK, applied, resource_folder

READ_FORMATS = ("yyyy-MM-dd", "yyyy-M-d")


def _tr(text: str) -> str:
    return translated(text)


def read_date(text: str, locale: QLocale | None = None) -> QDate | None:
    """The date ``text`` means in the app's format, ISO 8601 or the locale's short or long form; None if none."""
    loc = locale or QLocale()
    text = text.strip()
    if not text:
        return None
    formats = (date_format(loc), *READ_FORMATS, loc.dateFormat(QLocale.FormatType.ShortFormat),
               loc.dateFormat(QLocale.FormatType.LongFormat))
    for fmt in dict.fromkeys(formats):
        day = loc.toDate(text, fmt)
        if day.isValid():
            if "yyyy" not in fmt and day.year() < 1950:  # a two-digit year: this century, not the last but one
                day = day.addYears(100)
            return day
    return None


class _CalendarPopup(QCalendarWidget):
    """The calendar, as a popup window under the field: Enter or a click picks the day, Escape closes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)


class DateField(QLineEdit):
    """``date()`` and ``setDate()`` as on QDateEdit; ``dateChanged(QDate)`` when the date changes.

    ``refused(message)`` when typed text is not a date or out of range (the text stays, the field turns red,
    ``problem()`` says what is wrong until it is put right); ``refused("")`` once it is.
    """

    dateChanged = Signal(QDate)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self._minimum = QDate(1900, 1, 1)
        self._maximum = QDate(2999, 12, 31)
        self._problem = ""
        self.setPlaceholderText(self._example())
        scheme = "dark" if applied() is DARK else "light"
        self.calendar_action = self.addAction(QIcon(str(resource_folder() / "icons" / f"chevron-down-{scheme}.svg")),
                                              QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(_tr("Choose from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.calendar: _CalendarPopup | None = None
        self.editingFinished.connect(self._read)
        self.textEdited.connect(self._edited)
        self._show()

    # --- QDateEdit's interface ----------------------------------------------------------------------

    def date(self) -> QDate:
        """The date the text shows (as typed so far, when that reads as a date), else the last one that did."""
        return QDate(self._date)

    def setDate(self, day: QDate) -> None:
        day = max(self._minimum, min(self._maximum, day))
        changed = day != self._date
        self._date = QDate(day)
        self._show()
        self._set_problem("")
        if changed:
            self.dateChanged.emit(QDate(day))

    def setMinimumDate(self, day: QDate) -> None:
        self._minimum = QDate(day)

    def setMaximumDate(self, day: QDate) -> None:
        self._maximum = QDate(day)

    def minimumDate(self) -> QDate:
        return QDate(self._minimum)

    def maximumDate(self) -> QDate:
        return QDate(self._maximum)

    def problem(self) -> str:
        """Why the text typed is not taken as a date ('' when it is one)."""
        return self._check(self.text())[1]

    # --- typing ---------------------------------------------------------------------------------------

    def _example(self) -> str:
        return QLocale().toString(QDate.currentDate(), date_format())

    def _show(self) -> None:
        self.setText(QLocale().toString(self._date, date_format()))

    def _check(self, text: str) -> tuple[QDate | None, str]:
        """The date in ``text`` and '', or None and what is wrong with it."""
        day = read_date(text)
        if day is None:
            return None, _tr("\u201c{text}\u201d is not a date: type it as {example}, or press Alt+Down for a "
                             "calendar.").format(text=text.strip(), example=self._example())
        if not self._minimum <= day <= self._maximum:
            fmt = date_format()
            return None, _tr("{day} is outside {first} to {last}.").format(
                day=QLocale().toString(day, fmt), first=QLocale().toString(self._minimum, fmt),
                last=QLocale().toString(self._maximum, fmt))
        return day, ""

    def _edited(self, text: str) -> None:
        # Each keystroke that makes a date counts at once (Ctrl+S may follow without leaving the field); the text
        # is left as typed until the field is left, and a complaint waits for that too.
        day, _message = self._check(text)
        if day is None:
            return
        self._set_problem("")
        if day != self._date:
            self._date = day
            self.dateChanged.emit(QDate(day))

    def _read(self) -> None:
        day, message = self._check(self.text())
        if day is None:
            self._set_problem(message)
            return
        self.setDate(day)

    def _set_problem(self, message: str) -> None:
        if message == self._problem:
            return
        self._problem = message
        set_invalid(self, bool(message))
        self.setToolTip(message)
        self.refused.emit(message)

    def step(self, days: int = 0, months: int = 0) -> None:
        """Move the date by days or months (the arrow and page keys)."""
        self.setDate(self._date.addDays(days).addMonths(months))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = Qt.Key(event.key()), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0), Qt.Key.Key_PageUp: (0, 1),
                 Qt.Key.Key_PageDown: (0, -1)}
        if key in steps and not mods & Qt.KeyboardModifier.AltModifier:
            self._read()  # what was typed counts before the step
            if not self._problem:
                self.step(*steps[key])
            return
        super().keyPressEvent(event)

    # --- the calendar -------------------------------------------------------------------------------------

    def show_calendar(self) -> _CalendarPopup:
        """Open the calendar under the field, on the date shown; picking a day sets it."""
        if self.calendar is None:
            self.calendar = _CalendarPopup(self)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
        self.calendar.setDateRange(self._minimum, self._maximum)
        day = read_date(self.text()) or self._date
        self.calendar.setSelectedDate(day)
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        # QCalendarWidget's size hint leaves out the style sheet's padding: the last week was cut off.
        hint = self.calendar.sizeHint()
        self.calendar.resize(hint.width() + self.fontMetrics().averageCharWidth() * 4,
                             hint.height() + self.fontMetrics().height() * 2)
        self.calendar.setFocus()
        return self.calendar

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.setDate(day)
        self.setFocus()
        self.selectAll()
