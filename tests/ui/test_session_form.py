"""Logging a session from the keyboard, validation next to fields, ruptures and repairs, editing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from alliance.core.records import ClientStatus
from alliance.core.taxonomy import RuptureStatus
from alliance.services import clients, ruptures, sessions
from alliance.ui.session.session_form import SessionForm
from tests.conftest import on_every_checkout
from tests.ui.conftest import Keyboard, open_form, open_main_window, save_form, settle

MAX_KEYSTROKES = 40


def _wait_form(qtbot, window) -> SessionForm:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.session_form is not None and window.session_form.isActiveWindow())
    return window.session_form


def test_log_a_session_with_the_keyboard_only(qtbot, make_controller, created_vault, practice,
                                              keyboard: Keyboard) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    assert QApplication.focusWidget() is window.caseload.table

    assert window.caseload.selected_summary() is not None  # the first client is selected from the start
    keyboard.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # File > Log session
    form = _wait_form(qtbot, window)
    assert form.client.currentText() == "AB-17"
    assert form.date.date() == QDate.currentDate()
    assert keyboard.focus() is form.ratings["safety"]

    keyboard.type("7")
    keyboard.tab()
    keyboard.type("8")
    keyboard.tab()
    keyboard.type("6")
    keyboard.tab()
    keyboard.type("10")
    assert form.index_label.text() == "Alliance index 7.75"
    keyboard.tab()
    assert keyboard.focus() is form.note
    keyboard.type("calm")
    with qtbot.waitSignal(form.saved, timeout=5000):
        keyboard.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, _controller.worker)

    assert keyboard.count < MAX_KEYSTROKES, keyboard.count
    print(f"keystrokes to log a session from the caseload: {keyboard.count}")
    logged = sessions.list_sessions(vault, practice["ab"])[-1]
    assert logged.number == 3 and logged.date == dt.date.today()
    assert logged.ratings.as_dict() == {"safety": 7, "trust": 8, "attunement": 6, "boundaries": 10}
    assert logged.note == "calm"
    assert window.session_form is None
    row = window.caseload.model.row_of(practice["ab"])
    assert row is not None and window.caseload.model.summary(row).session_count == 3


def test_problems_show_next_to_their_fields_and_nothing_is_lost(qtbot, make_controller, created_vault,
                                                               practice) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    window.open_session_form(practice["ab"])
    form = _wait_form(qtbot, window)
    qtbot.keyClicks(form.ratings["safety"], "7")
    qtbot.keyClicks(form.ratings["attunement"], "9")
    qtbot.keyClicks(form.ratings["boundaries"], "8")
    form.date.setDate(QDate.currentDate().addDays(10))
    form.note.setPlainText("An important note")
    rupture = form.add_rupture()
    form.instrument_sections["srs"].set_expanded(True)
    qtbot.keyClicks(form.instrument_fields["srs"].spins["overall"], "9")

    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert form.isVisible()
    assert "Rate Trust from 0 to 10." in form.errors.message_for("trust")
    assert form.ratings["trust"].property("invalid") is True
    assert "future" in form.errors.message_for("date")
    assert form.errors.message_for("ruptures[0].intensity") == "Rate the intensity from 1 to 5."
    assert not rupture.errors["intensity"][1].isHidden()
    assert form.errors.message_for("safety") == ""
    assert QApplication.focusWidget() is form.date  # the topmost field at fault gets the focus
    # Everything typed is still there.
    assert form.ratings["safety"].score() == 7 and form.note.toPlainText() == "An important note"
    assert form.instrument_fields["srs"].values() == {"overall": 9}
    assert len(sessions.list_sessions(vault, practice["ab"])) == 2

    qtbot.keyClicks(form.ratings["trust"], "6")
    form.date.setDate(QDate.currentDate())
    qtbot.keyClicks(rupture.intensity, "2")
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    logged = sessions.list_sessions(vault, practice["ab"])[-1]
    assert logged.instruments == {"srs": {"overall": 9}}
    assert logged.ruptures[0].intensity == 2


def test_client_must_be_chosen_when_opened_from_nowhere(qtbot, make_controller, created_vault, practice) -> None:
    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    window.open_session_form(None)
    form = _wait_form(qtbot, window)
    assert form.client.currentIndex() == -1
    assert QApplication.focusWidget() is form.client
    form.save()
    assert "Choose the client" in form.errors.message_for("client")
    assert "Rate Safety" in form.errors.message_for("safety")


def test_add_a_rupture_and_repair_an_earlier_one(qtbot, make_controller, created_vault, practice,
                                                 keyboard: Keyboard) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    window.show_client(practice["ab"])
    settle(qtbot, _controller.worker)
    qtbot.mouseClick(window.client_page.log_button, Qt.MouseButton.LeftButton)
    form = _wait_form(qtbot, window)

    # The open rupture from session 1 is offered for a repair.
    assert len(form.earlier) == 1
    earlier = form.earlier[0]
    assert earlier.rupture.id == practice["rupture"]
    assert "Session 1" in earlier.summary.text() and "withdrawal" in earlier.summary.text()

    for digit in "8787":
        keyboard.type(digit)
        keyboard.tab()
    assert keyboard.focus() is form.note
    keyboard.tab()  # to "Add a rupture"
    assert keyboard.focus() is form.add_rupture_button
    keyboard.press(Qt.Key.Key_Space)
    assert len(form.rupture_editors) == 1
    editor = form.rupture_editors[0]
    assert keyboard.focus() is editor.kind
    keyboard.press(Qt.Key.Key_Down)  # withdrawal -> confrontation
    assert editor.kind.currentText() == "Confrontation"
    keyboard.tab()
    keyboard.type("3")  # intensity
    keyboard.tab()  # raised by: client
    keyboard.tab()  # markers
    assert keyboard.focus() is editor.markers
    keyboard.press(Qt.Key.Key_Down)  # second marker: rejects an intervention
    keyboard.press(Qt.Key.Key_Space)
    assert editor.markers.checked_keys() == ("rejects_intervention",)

    # Repair of the earlier rupture: tick its box, then resolution and a strategy.
    earlier.log_repair.setFocus()
    keyboard.press(Qt.Key.Key_Space)
    assert earlier.repair.isVisible()
    keyboard.tab()
    assert keyboard.focus() is earlier.repair.resolution
    keyboard.type("4")
    keyboard.tab()
    keyboard.press(Qt.Key.Key_Space)  # first strategy: clarifies a misunderstanding
    with qtbot.waitSignal(form.saved, timeout=5000):
        keyboard.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, _controller.worker)

    logged = sessions.list_sessions(vault, practice["ab"])[-1]
    assert [(r.kind.value, r.intensity, r.markers) for r in logged.ruptures] == [
        ("confrontation", 3, ("rejects_intervention",))]
    assert [(p.rupture_id, p.resolution, p.strategies) for p in logged.repairs] == [
        (practice["rupture"], 4, ("clarifies",))]
    history = {r.id: r for r in ruptures.ruptures_for_client(vault, practice["ab"])}
    assert history[practice["rupture"]].status is RuptureStatus.RESOLVED
    assert [r.id for r in ruptures.open_ruptures(vault, practice["ab"])] == [logged.ruptures[0].id]
    # The client page shows the repair under its rupture.
    tree = window.client_page.ruptures
    texts = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    assert texts == ["Open", "Resolved"]
    assert tree.topLevelItem(1).childCount() == 1


def test_repair_in_the_same_session(qtbot, make_controller, created_vault, practice) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    form = open_form(qtbot, window, practice["cd"])
    for key, digit in zip(form.ratings, "6666", strict=True):
        qtbot.keyClicks(form.ratings[key], digit)
    editor = form.add_rupture()
    qtbot.keyClicks(editor.intensity, "2")
    editor.repaired.setChecked(True)
    qtbot.keyClicks(editor.repair.resolution, "5")
    assert save_form(qtbot, form, controller.worker) is not None
    [r] = ruptures.ruptures_for_client(vault, practice["cd"])
    assert r.status is RuptureStatus.RESOLVED and r.repairs[0].session_id == r.session_id


def test_open_a_past_session_and_edit_it(qtbot, make_controller, created_vault, practice) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    window.show_client(practice["ab"])
    settle(qtbot, controller.worker)
    page = window.client_page
    assert page.sessions_model.rowCount() == 2
    assert page.code.text() == "AB-17" and "2 sessions" in page.details.text()
    first = page.sessions_model.index(0, 0)
    rect = page.sessions.visualRect(first)
    qtbot.mouseClick(page.sessions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.sessions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = _wait_form(qtbot, window)
    assert form.heading.text() == "Session 1 with AB-17"
    assert form.ratings["safety"].score() == 7
    assert len(form.rupture_editors) == 1 and form.rupture_editors[0].intensity.score() == 3
    assert not form.client.isEnabled()
    form.note.setPlainText("Added later")
    form.ratings["trust"].setValue(9)
    assert save_form(qtbot, form, controller.worker) is not None
    s1 = sessions.list_sessions(vault, practice["ab"])[0]
    assert s1.note == "Added later" and s1.ratings.trust == 9
    assert [r.id for r in s1.ruptures] == [practice["rupture"]]  # the rupture kept its identity
    assert page.sessions_model.index(0, 3).data() == "9"


def test_discharged_client_is_not_offered(qtbot, make_controller, created_vault, practice) -> None:
    _controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    clients.set_client_status(vault, practice["cd"], ClientStatus.DISCHARGED)
    form = open_form(qtbot, window, None)
    assert [form.client.itemText(i) for i in range(form.client.count())] == ["AB-17"]


def test_a_full_disk_says_so_and_keeps_everything_typed(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                                                        practice) -> None:
    """A save the disk refuses (a real SQLITE_FULL: the database may not grow) is reported in words a clinician
    can act on; the form stays open with everything typed, nothing is stored, and saving again once there is
    room works."""
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    window.open_session_form(practice["ab"])
    form = _wait_form(qtbot, window)
    for name, score in (("safety", "7"), ("trust", "6"), ("attunement", "8"), ("boundaries", "7")):
        qtbot.keyClicks(form.ratings[name], score)
    long_note = "We talked about the move and the worry it brings. " * 1800  # ~90 kB: needs new pages
    form.note.setPlainText(long_note)
    with vault.work.transaction() as db:
        pages = db.execute(text("PRAGMA page_count")).scalar_one()
    said: list[str] = []

    def read_and_close_the_message() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close_the_message)
            return
        said.append(box.text())
        box.accept()

    with on_every_checkout(vault, f"PRAGMA max_page_count = {pages}"):
        QTimer.singleShot(20, read_and_close_the_message)
        form.save()
        qtbot.waitUntil(lambda: bool(said), timeout=10_000)
        settle(qtbot, controller.worker)
    assert said and "was not saved" in said[0] and "disk holding the vault is full" in said[0], said
    assert "Everything you typed is still here" in said[0]
    assert form.isVisible() and window.session_form is form
    assert form.note.toPlainText() == long_note and form.ratings["trust"].score() == 6
    assert len(sessions.list_sessions(vault, practice["ab"])) == 2  # nothing stored

    assert save_form(qtbot, form, controller.worker) is not None  # room again: the same form saves
    logged = sessions.list_sessions(vault, practice["ab"])[-1]
    assert logged.note == long_note and logged.ratings.trust == 6
