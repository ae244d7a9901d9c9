"""The main window's vault tools: export, backups and audit log from the menus; history and delete from a
logged session's form. Locking closes every one of these dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from alliance.services import sessions
from alliance.ui.session.history_dialog import HistoryDialog
from alliance.ui.vault_tools.audit_log_window import AuditLogWindow
from alliance.ui.vault_tools.backups_dialog import BackupsDialog
from tests.ui.conftest import open_form, open_main_window, save_form, settle


def test_menus_open_backups_and_audit_log_and_lock_closes_them(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                                                                practice) -> None:
    controller, window, _vault = open_main_window(qtbot, make_controller, created_vault, until_active=False)
    menus = {a.text().replace("&", "") for m in window.menuBar().actions() for a in m.menu().actions()}
    assert {"Export de-identified\u2026", "Backups\u2026", "Audit log\u2026"} <= menus
    backups = window.tools.open_backups()
    audit = window.tools.open_audit_log()
    settle(qtbot, controller)
    assert isinstance(backups, BackupsDialog) and isinstance(audit, AuditLogWindow)
    qtbot.waitUntil(lambda: backups.isVisible() and audit.isVisible())
    controller.lock("manual")
    qtbot.waitUntil(lambda: not [d for d in window.findChildren(QDialog) if d.isVisible()])


def test_history_and_delete_from_the_session_form(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                                                  practice) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault, until_active=False)
    second = sessions.list_sessions(vault, practice["ab"])[1]
    form = open_form(qtbot, window, None, second.id)
    assert form.history_button.isVisible() and form.delete_button.isVisible()
    form.note.setPlainText("an edited note")
    assert save_form(qtbot, form, controller.worker) is not None
    form = open_form(qtbot, window, None, second.id)
    with qtbot.waitSignal(window.tools.opened):
        form.history_button.click()
    history = [d for d in form.findChildren(HistoryDialog)]
    assert history and history[0].isVisible()
    history[0].done(0)
    with qtbot.waitSignal(form.deleted):  # no question: the session goes to the trash
        qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, controller)
    assert [s.id for s in sessions.list_sessions(vault, practice["ab"])] != [] and \
        second.id not in [s.id for s in sessions.list_sessions(vault, practice["ab"])]
    new_form = open_form(qtbot, window, practice["ab"])
    assert not new_form.history_button.isVisible()
