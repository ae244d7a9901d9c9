"""Ratings refuse numbers off their scale out loud; dates are written one way and typed from the keyboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from alliance.i18n import date_format
from alliance.services import sessions
from alliance.ui.widgets.controls import ScoreSpinBox
from alliance.ui.widgets.dates import DateField, read_date
from alliance.ui.widgets.formatting import date_text
from tests.ui.conftest import open_form, open_main_window


@pytest.fixture
def c_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def us_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_eleven_on_a_zero_to_ten_scale_is_refused_with_a_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    spin = ScoreSpinBox(0, 10)
    qtbot.addWidget(spin)
    spin.show()
    spin.setFocus()
    qtbot.keyClicks(spin, "11")
    assert spin.score() == 1  # what was taken before the refused key...
    assert "11" in spin.refusal() and "0 to 10" in spin.refusal()  # ...is not left silently
    assert spin.property("invalid") is True
    assert spin.lineEdit().selectedText() == "1"  # the next digit replaces it
    qtbot.keyClicks(spin, "9")
    assert spin.score() == 9 and spin.refusal() == "" and not spin.property("invalid")


def test_zero_on_a_one_to_five_scale_is_refused_not_taken_as_blank(qtbot) -> None:  # type: ignore[no-untyped-def]
    spin = ScoreSpinBox(1, 5)
    qtbot.addWidget(spin)
    qtbot.keyClicks(spin, "0")
    assert spin.score() is None and "1 to 5" in spin.refusal()
    qtbot.keyClicks(spin, "6")
    assert spin.score() is None and "6" in spin.refusal()
    qtbot.keyClicks(spin, "4")
    assert spin.score() == 4 and spin.refusal() == ""


def test_the_session_form_says_why_a_rating_key_was_refused(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                                                            practice) -> None:
    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    form = open_form(qtbot, window, practice["ab"])
    qtbot.keyClicks(form.ratings["safety"], "11")
    message = form.errors.message_for("safety")
    assert "11" in message and "0 to 10" in message
    qtbot.keyClicks(form.ratings["safety"], "8")
    assert form.errors.message_for("safety") == ""
    form.discard()


def test_one_date_format_under_a_c_locale(c_locale: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert date_format() == "yyyy-MM-dd"
    assert date_text(dt.date(2026, 12, 2)) == "2026-12-02"
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(QDate(2026, 12, 2))
    assert field.text() == "2026-12-02"


def test_the_locale_short_date_with_the_year_in_full(us_locale: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert date_text(dt.date(2026, 12, 2)) == "12/2/2026"
    assert read_date("12/3/2026") == QDate(2026, 12, 3)
    assert read_date("2026-12-03") == QDate(2026, 12, 3)  # ISO is always understood
    assert read_date("12/3/26") == QDate(2026, 12, 3)


def _field_between_two_edits(qtbot) -> tuple[QWidget, QLineEdit, DateField, QLineEdit]:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    col = QVBoxLayout(page)
    before, field, after = QLineEdit(page), DateField(page), QLineEdit(page)
    for w in (before, field, after):
        col.addWidget(w)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page, before, field, after


def test_a_date_is_typed_whole_and_tab_leaves_the_field(c_locale: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, before, field, after = _field_between_two_edits(qtbot)
    field.setDate(QDate(2026, 12, 2))
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field
    field.selectAll()
    qtbot.keyClicks(field, "2026-03-04")
    assert field.date() == QDate(2026, 3, 4)  # taken as typed (Ctrl+S may follow at once)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2026, 3, 5)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after  # one Tab leaves the field: no day/month/year stops


def test_text_that_is_not_a_date_is_kept_and_named(c_locale: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, _before, field, _after = _field_between_two_edits(qtbot)
    field.setDate(QDate(2026, 12, 2))
    messages: list[str] = []
    field.refused.connect(messages.append)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "31/02")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == "31/02"  # nothing typed is lost
    assert field.date() == QDate(2026, 12, 2)
    assert "31/02" in field.problem() and "2026-" in field.problem()
    assert messages and messages[-1] == field.problem()
    assert field.property("invalid") is True


def test_the_calendar_opens_from_the_keyboard(c_locale: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    _page, _before, field, _after = _field_between_two_edits(qtbot)
    field.setDate(QDate(2026, 12, 2))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is calendar or (
        QApplication.focusWidget() is not None and calendar.isAncestorOf(QApplication.focusWidget())))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert field.date() == QDate(2026, 12, 3) and field.text() == "2026-12-03"


def test_an_unreadable_date_stops_a_save(qtbot, make_controller, created_vault, practice,  # type: ignore[no-untyped-def]
                                         c_locale: None) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    form = open_form(qtbot, window, practice["ab"])
    for key, digit in zip(("safety", "trust", "attunement", "boundaries"), "7777", strict=True):
        qtbot.keyClicks(form.ratings[key], digit)
    form.date.setFocus()
    form.date.selectAll()
    qtbot.keyClicks(form.date, "yesterday")
    qtbot.keyClick(form.date, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible()
    assert "yesterday" in form.errors.message_for("date")
    assert len(sessions.list_sessions(vault, practice["ab"])) == 2
    form.discard()
