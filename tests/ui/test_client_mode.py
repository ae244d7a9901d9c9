"""Client mode end to end, driven as people do: the therapist hands over (with predictions typed in), the client
answers with keys and clicks, every escape attempt locks the vault and keeps the answers, the hand-back needs the
passphrase, and the reveal card shows the gap; the answers reach the session, the timeline and the export."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from alliance.core.handover import HandoverEnd, InstrumentState
from alliance.core.instruments import CHECKIN, SRS
from alliance.services import handover as handover_service
from alliance.services.timeline import timeline_for
from alliance.ui.client_mode.client_window import ClientWindow
from alliance.ui.client_mode.handover_dialog import HandoverDialog
from alliance.ui.client_mode.reveal_dialog import RevealDialog
from tests.ui.conftest import all_visible_text, open_main_window, settle, unlock

CHECKIN_ITEMS = ("understood", "safe_in_body", "more_open", "ask_for_needs", "perspective_respected", "best_interest")


def _shown(kind: type) -> bool:
    return any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())


def _dialog(kind: type) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} shown"
    return found[-1]


def _hand_over(qtbot, controller, window, client_id: int, predictions: str = "") -> ClientWindow:  # type: ignore[no-untyped-def]
    """Open the client's page, press "Hand over…", type ``predictions`` into the check-in's prediction fields
    (digits, one per item, "-" for none) and hand over with the check-in and the SRS."""
    window.show_client(client_id)
    settle(qtbot, controller)
    qtbot.mouseClick(window.client_page.handover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shown(HandoverDialog))
    dialog = _dialog(HandoverDialog)
    assert isinstance(dialog, HandoverDialog)
    assert dialog.chosen() == [CHECKIN, SRS]  # the defaults: no outcome measure is scheduled
    for item, digit in zip(CHECKIN_ITEMS, predictions, strict=False):
        if digit != "-":
            spin = dialog.spins[CHECKIN][item]
            spin.setFocus()
            spin.selectAll()
            qtbot.keyClicks(spin, digit)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.client_mode is not None, timeout=10_000)
    client = controller.client_mode.window
    qtbot.waitUntil(client.isVisible)
    return client


def _press(qtbot, client: ClientWindow, keys: str) -> None:  # type: ignore[no-untyped-def]
    for key in keys:
        qtbot.keyClick(client.question, key)


def test_hand_over_answer_hand_back_and_reveal(qtbot, make_controller, created_vault, practice) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    client = _hand_over(qtbot, controller, window, practice["ab"], predictions="786-55")

    # Nothing of the clinician's is shown or reachable while the client holds the computer.
    assert not window.isVisible()
    assert client.isFullScreen()
    visible = "\n".join(w.windowTitle() + " " + getattr(w, "text", lambda: "")() for w in QApplication.allWidgets()
                        if w.isVisible())
    for secret in ("Anna Berg", "AB-17", "CD-4", "Carl Dahl"):
        assert secret not in visible
    assert "Anna Berg" not in all_visible_text() and "CD-4" not in all_visible_text()

    qtbot.mouseClick(client.button_of(client.welcome), Qt.MouseButton.LeftButton)
    assert client.question.question_label.text() == "I feel understood"
    _press(qtbot, client, "6")  # understood: 6 (predicted 7)
    qtbot.keyClicks(client.question, "10")  # safe in body: 10, two digits (predicted 8)
    qtbot.waitUntil(lambda: client.index == 2)
    qtbot.mouseClick(client.question.skip_button, Qt.MouseButton.LeftButton)  # more open: prefer not to answer
    qtbot.mouseClick(client.question.back_button, Qt.MouseButton.LeftButton)  # back, and answer after all
    assert client.index == 2
    _press(qtbot, client, "4")
    qtbot.mouseClick(client.question.button_for(5), Qt.MouseButton.LeftButton)  # ask for needs: 5 (no prediction)
    _press(qtbot, client, "5")
    qtbot.mouseClick(client.question.skip_button, Qt.MouseButton.LeftButton)  # best interest: prefer not (pred. 5)
    assert client.question.form_label.text().startswith("Session Rating Scale")
    qtbot.mouseClick(client.question.not_today_button, Qt.MouseButton.LeftButton)  # SRS: not today
    assert client.pages.currentWidget() is client.finish
    settle(qtbot, controller)

    with qtbot.waitSignal(controller.locked) as locked:
        qtbot.mouseClick(client.button_of(client.finish), Qt.MouseButton.LeftButton)
    assert locked.args == ["handed back"]
    assert controller.vault is None and controller.client_mode is None
    settle(qtbot, controller)
    assert not vault.is_open

    vault = unlock(qtbot, controller)  # the normal unlock path, with the passphrase
    qtbot.waitUntil(lambda: _shown(RevealDialog))
    reveal = _dialog(RevealDialog)
    assert isinstance(reveal, RevealDialog)
    table = reveal.tables[CHECKIN]
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in (1, 2, 3)] for r in range(table.rowCount())}
    assert rows["I feel understood"][0] == "7" and rows["I feel understood"][2] == "-1"
    assert rows["I feel safe in my body during the session"][1].startswith("10") and \
        rows["I feel safe in my body during the session"][2] == "+2"
    assert rows["I trust my therapist has my best interest in mind"][1] == "Prefer not to answer"
    # |6-7| + |10-8| + |4-6| + |5-5| over the four items with both: 5/4 = 1.25
    assert "1.2" in reveal.summary.text() and "items with both: 4" in reveal.summary.text()
    assert "Not today" in all_visible_text()

    with qtbot.waitSignal(window.session_form_opened, timeout=10_000) as opened:
        qtbot.mouseClick(reveal.use_button, Qt.MouseButton.LeftButton)
    form = opened.args[0]
    values = form.instrument_fields[CHECKIN].values()
    assert values == {"understood": 6, "safe_in_body": 10, "more_open": 4, "ask_for_needs": 5,
                      "perspective_respected": 5}
    for key, digit in zip(("safety", "trust", "attunement", "boundaries"), "7777", strict=True):
        form.ratings[key].setFocus()
        form.ratings[key].selectAll()
        qtbot.keyClicks(form.ratings[key], digit)
    with qtbot.waitSignal(form.saved, timeout=10_000) as saved:
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    session = saved.args[0]
    settle(qtbot, controller)
    assert session.instruments[CHECKIN]["safe_in_body"] == 10

    h = handover_service.handovers_of_client(vault, practice["ab"])[-1]
    assert h.session_id == session.id and h.revealed and h.ended is HandoverEnd.FINISHED
    assert dict(h.instruments) == {CHECKIN: InstrumentState.DONE, SRS: InstrumentState.NOT_TODAY}
    point = next(s for s in timeline_for(vault, practice["ab"]).sessions if s.session_id == session.id)
    assert point.checkin_mean == pytest.approx(6.0)
    # prediction - answer on the four items with both: (1 - 2 + 2 + 0) / 4 = 0.25 over the check-in mean
    assert point.predicted_checkin == pytest.approx(6.25)
    window.show_client(practice["ab"])
    settle(qtbot, controller)
    qtbot.wait(5)  # the markers are drawn a moment after the lines
    chart = window.client_page.chart
    assert chart is not None and "prediction" in chart.series and chart.legend["prediction"].isVisibleTo(chart)


def _answer_first_item(qtbot, controller, window, client_id: int) -> ClientWindow:  # type: ignore[no-untyped-def]
    client = _hand_over(qtbot, controller, window, client_id)
    qtbot.keyClick(client.button_of(client.welcome), Qt.Key.Key_Space)
    _press(qtbot, client, "8")
    settle(qtbot, controller)
    return client


@pytest.mark.parametrize("attempt", ["close", "another window", "idle", "os lock", "suspend"])
def test_every_escape_attempt_locks_and_keeps_the_answers(qtbot, make_controller, created_vault, practice, clock,
                                                          attempt: str) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    client = _answer_first_item(qtbot, controller, window, practice["ab"])
    qtbot.waitUntil(lambda: client.isActiveWindow(), timeout=5_000)
    _press(qtbot, client, "3")  # a second answer, not yet settled when the escape comes
    with qtbot.waitSignal(controller.locked, timeout=5_000) as locked:
        if attempt == "close":
            client.close()  # Alt+F4 or the window manager's close button
        elif attempt == "another window":
            other = QWidget()
            other.setWindowTitle("Another application")
            other.show()
            other.activateWindow()
            qtbot.addWidget(other)
        elif attempt == "os lock":
            controller.system_lock.on_session_lock()  # what the desktop's screen-lock signal calls
        elif attempt == "suspend":
            controller.system_lock.on_prepare_for_sleep(True)  # logind's PrepareForSleep
        else:
            clock.advance(5 * 60 + 1)
            controller.idle.check()
    assert locked.args[0] in {"client mode: closed", "client mode: focus", "idle", "screen lock", "suspend"}
    assert controller.vault is None and controller.client_mode is None
    assert not _shown(ClientWindow)  # closed and destroyed with everything it showed
    settle(qtbot, controller)
    assert not vault.is_open
    assert controller.unlock_window is not None and controller.unlock_window.isVisible()

    vault = unlock(qtbot, controller)
    h = handover_service.handovers_of_client(vault, practice["ab"])[-1]
    assert h.answers() == {CHECKIN: {"understood": 8, "safe_in_body": 3}}
    assert h.ended is HandoverEnd.INTERRUPTED
    qtbot.waitUntil(lambda: _shown(RevealDialog))
    assert "interrupted" in all_visible_text()


def test_the_session_form_is_kept_across_a_hand_over(qtbot, make_controller, created_vault, practice) -> None:
    controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    from tests.ui.conftest import open_form

    form = open_form(qtbot, window, practice["ab"])
    form.note.setPlainText("typed before the hand-over")
    qtbot.mouseClick(form.handover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shown(HandoverDialog))
    dialog = _dialog(HandoverDialog)
    assert isinstance(dialog, HandoverDialog)
    dialog.boxes[SRS].setChecked(False)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.client_mode is not None, timeout=10_000)
    client = controller.client_mode.window
    assert "typed before the hand-over" not in all_visible_text()  # the form is gone while the client answers
    qtbot.mouseClick(client.button_of(client.welcome), Qt.MouseButton.LeftButton)
    _press(qtbot, client, "999999")
    with qtbot.waitSignal(controller.locked):
        qtbot.mouseClick(client.button_of(client.finish), Qt.MouseButton.LeftButton)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: window.session_form is not None, timeout=10_000)
    qtbot.waitUntil(lambda: _shown(RevealDialog))
    qtbot.mouseClick(_dialog(RevealDialog).use_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    form = window.session_form
    assert form is not None
    assert form.note.toPlainText() == "typed before the hand-over"
    assert form.instrument_fields[CHECKIN].values() == dict.fromkeys(CHECKIN_ITEMS, 9)


def test_the_caseload_shows_the_therapists_calibration(qtbot, make_controller, created_vault, practice) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    assert not window.caseload.calibration.isVisibleTo(window)
    for n, answer in enumerate((5, 8, 4)):
        h = handover_service.start_handover(vault, practice["ab"], [CHECKIN], {CHECKIN: {"understood": 6}},
                                            today=dt.date(2025, 2, 1) + dt.timedelta(days=n))
        handover_service.record_answers(vault, h.id, CHECKIN, {"understood": answer}, state=InstrumentState.DONE)
    window.refresh()
    settle(qtbot, controller)
    text = window.caseload.calibration.text()
    assert window.caseload.calibration.isVisibleTo(window)
    assert "1.7" in text and "check-ins counted: 3" in text  # (1 + 2 + 2) / 3
