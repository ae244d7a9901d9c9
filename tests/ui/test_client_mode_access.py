"""Client mode for every client: keyboard only, larger text, high contrast, a 16 pt system font on a 1280x720
screen, and the client's own results (off unless switched on; their own questionnaires only)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from alliance.core.handover import InstrumentState
from alliance.core.instruments import CHECKIN, SRS
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.services import clients, sessions
from alliance.services.handover import ResultSeries, client_forms, client_results
from alliance.store.vault import Vault
from alliance.ui.client_mode.client_window import ClientWindow
from tests.ui.conftest import all_visible_text, app_font


def _window(qtbot, *keys: str, **kwargs: object) -> ClientWindow:  # type: ignore[no-untyped-def]
    forms = client_forms()
    window = ClientWindow([forms[k] for k in keys], **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.closing_allowed = True
    window.setGeometry(QRect(0, 0, 1280, 720))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_a_whole_check_in_by_keyboard_alone(qtbot) -> None:
    window = _window(qtbot, CHECKIN, SRS)
    window.button_of(window.welcome).setFocus()
    assert QApplication.focusWidget() is window.button_of(window.welcome)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Start
    qtbot.keyClick(window.question, "7")
    qtbot.keyClick(window.question, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Prefer not to answer
    qtbot.waitUntil(lambda: window.index == 2)  # a mnemonic clicks as a short animation
    # Tab to an answer and press Space, as a screen-reader user would
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPushButton) and focused.text() == "2"
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    for digit in "456":
        qtbot.keyClick(window.question, digit)
    qtbot.keyClick(window.question, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # the SRS: not today
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.finish)
    answers, not_today = window.collected()
    assert answers == {CHECKIN: {"understood": 7, "more_open": 2, "ask_for_needs": 4, "perspective_respected": 5,
                                 "best_interest": 6}}
    assert not_today == (SRS,) and window.states[CHECKIN] is InstrumentState.DONE
    with qtbot.waitSignal(window.handed_back):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("larger", [False, True])
def test_a_16pt_system_font_at_1280x720_fits_and_is_followed(qtbot, larger: bool) -> None:
    with app_font(16):
        window = _window(qtbot, CHECKIN, "pcl5", larger=larger)
        assert window.width() <= 1280 and window.height() <= 720  # nothing forces the window past the screen
        qtbot.mouseClick(window.button_of(window.welcome), Qt.MouseButton.LeftButton)
        window.question.question_label.ensurePolished()
        size = window.question.question_label.font().pointSizeF()
        assert size == pytest.approx(16 * 2.0 * (1.35 if larger else 1.0), abs=0.2)
        qtbot.wait(10)
        for b in [*window.question.buttons, window.question.skip_button, window.question.not_today_button,
                  window.question.back_button]:
            assert _inside(b, window), b.text()
        for _ in range(6):
            qtbot.keyClick(window.question, "5")
        window.question.question_label.ensurePolished()
        qtbot.wait(10)
        assert window.width() <= 1280 and window.height() <= 720  # the PCL-5's long instructions scroll instead
        qtbot.wait(10)
        for b in [window.question.skip_button, window.question.not_today_button, window.question.back_button]:
            assert _inside(b, window), b.text()
        first = window.question.buttons[0]  # the answers scroll into view under the instructions
        scroller = window.question.scroller
        where = QRect(first.mapTo(scroller.viewport(), QPoint(0, 0)), first.size())
        assert scroller.viewport().rect().intersects(where)


def test_larger_text_and_high_contrast_can_be_switched_by_the_client(qtbot) -> None:
    window = _window(qtbot, CHECKIN)
    qtbot.mouseClick(window.button_of(window.welcome), Qt.MouseButton.LeftButton)
    window.question.question_label.ensurePolished()
    normal = window.question.question_label.font().pointSizeF()
    qtbot.mouseClick(window.larger_button, Qt.MouseButton.LeftButton)
    window.question.question_label.ensurePolished()
    assert window.question.question_label.font().pointSizeF() == pytest.approx(normal * 1.35, abs=0.2)
    assert window.question.buttons[0].font().pointSizeF() > normal * 0.8 * 1.35 * 0.9
    qtbot.mouseClick(window.contrast_button, Qt.MouseButton.LeftButton)
    image = window.grab().toImage()
    corner = image.pixelColor(image.width() - 5, image.height() // 2)
    assert corner.lightness() < 10  # black background
    qtbot.keyClick(window.question, "8")
    qtbot.mouseClick(window.question.back_button, Qt.MouseButton.LeftButton)
    chosen = window.question.button_for(8)
    assert chosen is not None and chosen.isChecked() and "#FFD400" in chosen.styleSheet()


def _seed(vault: Vault) -> int:
    cid = clients.add_client(vault, ClientDraft(code="RS-1", intake_date=dt.date(2026, 1, 5))).id
    for n, level in enumerate((5, 6, 7)):
        sessions.log_session(vault, SessionDraft(
            client_id=cid, date=dt.date(2026, 1, 12) + dt.timedelta(weeks=n), ratings=Ratings(9, 9, 9, 9),
            note="THERAPIST NOTE TEXT", instruments={CHECKIN: dict.fromkeys(
                ("understood", "safe_in_body", "more_open", "ask_for_needs", "perspective_respected",
                 "best_interest"), level), "phq9": {f"q{i}": 1 for i in range(1, 10)}}))
    return cid


def test_client_results_are_their_own_questionnaires_only(vault: Vault) -> None:
    cid = _seed(vault)
    results = client_results(vault, cid)
    names = [r.name for r in results]
    assert names == ["Relationship check-in (0-10)", "PHQ-9 (0-27)"]
    assert [v for _, v in results[0].points] == [5.0, 6.0, 7.0]
    assert [v for _, v in results[1].points] == [9.0, 9.0, 9.0]


def test_results_show_at_the_end_only_when_switched_on(qtbot, vault: Vault) -> None:
    cid = _seed(vault)
    off = _window(qtbot, CHECKIN)
    qtbot.mouseClick(off.button_of(off.welcome), Qt.MouseButton.LeftButton)
    for _ in range(6):
        qtbot.keyClick(off.question, "8")
    assert off.pages.currentWidget() is off.finish and getattr(off, "results_view", None) is None
    off.close()

    on = _window(qtbot, CHECKIN, results=client_results(vault, cid))
    qtbot.mouseClick(on.button_of(on.welcome), Qt.MouseButton.LeftButton)
    for _ in range(6):
        qtbot.keyClick(on.question, "8")
    view = on.results_view
    assert view.isVisible()
    assert [s.name for s in view.series] == ["Relationship check-in (0-10)", "PHQ-9 (0-27)"]
    assert view.series[0].points[-1] == (dt.date.today(), 8.0)  # today's answers, drawn last
    text = all_visible_text()
    assert "THERAPIST NOTE TEXT" not in text and "RS-1" not in text
    assert "Safety" not in view.accessibleDescription() and "9, 9, 9" in view.accessibleDescription()


def test_result_series_are_plain_data() -> None:
    s = ResultSeries("x", 0, 10, ((dt.date(2026, 1, 1), 3.0),))
    assert s.points[0][1] == 3.0
