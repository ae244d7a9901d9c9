"""Locking: by hand, after idle time (with an injected clock), on a system signal; what it clears."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from alliance.services import sessions
from alliance.ui.shell.main_window import GEOMETRY_KEY
from tests.ui.conftest import all_visible_text, open_form, open_main_window, save_form, settle, unlock


def test_idle_lock_with_an_injected_clock(qtbot, make_controller, created_vault, practice, clock) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    assert controller.idle.armed and controller.idle.timeout_s == 10 * 60

    clock.advance(9 * 60)
    controller.idle.check()
    assert vault.is_open
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_A)  # activity resets the idle time
    clock.advance(9 * 60)
    controller.idle.check()
    assert vault.is_open

    clock.advance(60)
    with qtbot.waitSignal(controller.locked) as blocker:
        controller.idle.check()
    assert blocker.args == ["idle"]
    assert controller.vault is None
    settle(qtbot, controller)  # the worker closes the vault after the job it was running
    assert not vault.is_open
    assert controller.unlock_window is not None and controller.unlock_window.isVisible()
    assert not window.isVisible()
    assert not controller.idle.armed


def test_idle_time_is_a_preference(qtbot, make_controller, created_vault, ui_settings, clock) -> None:
    controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    dialog = window.open_preferences()
    assert dialog.idle_minutes.value() == 10
    assert (dialog.idle_minutes.minimum(), dialog.idle_minutes.maximum()) == (1, 120)
    dialog.idle_minutes.setValue(2)
    dialog.accept()
    assert ui_settings.idle_lock_minutes == 2
    assert controller.idle.timeout_s == 120
    clock.advance(121)
    with qtbot.waitSignal(controller.locked):
        controller.idle.check()
    unlock(qtbot, controller)
    assert controller.idle.timeout_s == 120  # kept across the lock


def test_ctrl_l_and_the_toolbar_button_lock(qtbot, make_controller, created_vault) -> None:
    controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    assert window.lock_button.accessibleName() == "Lock now"
    with qtbot.waitSignal(controller.locked) as blocker:
        qtbot.keyClick(window.caseload.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["manual"]
    unlock(qtbot, controller)
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(controller.locked):
        qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)


def test_system_lock_signal_locks(qtbot, make_controller, created_vault) -> None:
    controller, _window, vault = open_main_window(qtbot, make_controller, created_vault)
    with qtbot.waitSignal(controller.locked) as blocker:
        controller.system_lock.on_prepare_for_sleep(True)
    assert blocker.args == ["suspend"]
    settle(qtbot, controller)
    assert not vault.is_open


def test_lock_clears_every_view_of_clinical_data(qtbot, make_controller, created_vault, practice) -> None:
    controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    window.show_client(practice["ab"])
    settle(qtbot, controller)
    window.client_page.edit_client()  # a dialog holding the name and code
    form = open_form(qtbot, window, practice["ab"])
    form.note.setPlainText("Spoke about her sister Maja")
    text = all_visible_text()
    assert "AB-17" in text and "Anna Berg" in text

    controller.lock()

    assert window.caseload.model.rowCount() == 0
    assert window.caseload.proxy.rowCount() == 0
    assert window.client_page.sessions_model.rowCount() == 0
    assert window.client_page.ruptures.topLevelItemCount() == 0
    assert window.access is None and window.session_form is None
    text = all_visible_text()
    for secret in ("AB-17", "CD-4", "Anna Berg", "Carl Dahl", "Maja"):
        assert secret not in text, secret


def test_unsaved_form_is_kept_in_memory_across_a_lock(qtbot, make_controller, created_vault, practice,
                                                       clock) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    form = open_form(qtbot, window, practice["ab"])
    qtbot.keyClicks(form.ratings["safety"], "6")
    form.note.setPlainText("Half-written thought")
    editor = form.add_rupture()
    qtbot.keyClicks(editor.intensity, "4")
    form.earlier[0].log_repair.setChecked(True)
    qtbot.keyClicks(form.earlier[0].repair.resolution, "2")

    clock.advance(11 * 60)
    with qtbot.waitSignal(controller.locked):
        controller.idle.check()
    assert window.session_form is None
    assert "Half-written" not in all_visible_text()

    vault = unlock(qtbot, controller)
    restored = window.session_form
    assert restored is not None
    assert restored.ratings["safety"].score() == 6
    assert restored.note.toPlainText() == "Half-written thought"
    assert restored.rupture_editors[0].intensity.score() == 4
    assert restored.earlier[0].log_repair.isChecked() and restored.earlier[0].repair.resolution.score() == 2
    for key, digit in (("trust", "7"), ("attunement", "7"), ("boundaries", "7")):
        qtbot.keyClicks(restored.ratings[key], digit)
    assert save_form(qtbot, restored, controller.worker) is not None
    assert sessions.list_sessions(vault, practice["ab"])[-1].note == "Half-written thought"


def test_settings_hold_ui_state_only(qtbot, make_controller, created_vault, practice, ui_settings,
                                     tmp_path: Path) -> None:
    controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    window.show_client(practice["ab"])
    controller.lock()
    assert ui_settings.geometry(GEOMETRY_KEY) is not None  # window geometry is remembered
    QCoreApplication.processEvents()
    ini = Path(ui_settings.file_name()).read_text(encoding="utf-8", errors="replace")
    for secret in ("AB-17", "Anna", "CD-4"):
        assert secret not in ini


def test_quitting_while_locked_asks_before_dropping_a_kept_form(qtbot, make_controller, created_vault, practice,
                                                                 monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    form = open_form(qtbot, window, practice["ab"])
    form.note.setPlainText("Not saved yet")
    controller.lock()
    assert window.has_kept_form()
    unlock_window = controller.unlock_window
    assert unlock_window is not None
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    unlock_window.close()
    assert unlock_window.isVisible()  # Cancel: nothing is lost
    unlock_window.close()
    assert not unlock_window.isVisible()
