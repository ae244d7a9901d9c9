"""The trash from the user's side: Delete in the session form moves the session there without a question, the
status bar says where it went, File → Trash… lists it, Enter restores it and the client page shows it again;
Empty trash… asks first and then removes it for good."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from alliance.services import sessions, trash
from alliance.ui.vault_tools.trash_dialog import TrashDialog
from tests.ui.conftest import open_client_page, open_form, settle


def _delete_second_session(qtbot, window, vault, client_id: int) -> int:  # type: ignore[no-untyped-def]
    second = sessions.list_sessions(vault, client_id)[1]
    form = open_form(qtbot, window, None, second.id)
    with qtbot.waitSignal(form.deleted):
        qtbot.mouseClick(form.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    return second.id


def test_delete_restore_and_empty_the_trash(qtbot, make_controller, created_vault, practice,  # type: ignore[no-untyped-def]
                                            monkeypatch) -> None:
    controller, window, vault = open_client_page(qtbot, make_controller, created_vault)
    page = window.client_page
    assert page.page is not None and page.page.session_count == 2
    menus = {a.text().replace("&", "") for m in window.menuBar().actions() for a in m.menu().actions()}
    assert "Trash\u2026" in menus

    _delete_second_session(qtbot, window, vault, practice["ab"])
    assert "trash" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: page.page is not None and page.page.session_count == 1)

    dialog = window.tools.open_trash()
    assert isinstance(dialog, TrashDialog)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1)
    item = dialog.table.topLevelItem(0)
    assert item is not None and item.text(0) == "AB-17" and item.text(1).startswith("2 of ")
    assert item.text(3) == "29 more days" and dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored):
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter on the entry restores it
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 0)
    assert "is back" in dialog.status.text()
    qtbot.waitUntil(lambda: page.page is not None and page.page.session_count == 2)  # the page shows it again
    assert not dialog.empty_button.isEnabled()
    dialog.reject()

    _delete_second_session(qtbot, window, vault, practice["ab"])
    dialog = window.tools.open_trash()
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1 and dialog.empty_button.isEnabled())
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: (
        asked.append(text), QMessageBox.StandardButton.Cancel)[1])
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert asked and "for good" in asked[0]
    assert len(trash.trashed_sessions(vault)) == 1  # cancelled: kept
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(dialog.listed):
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 0)
    assert dialog.status.text() == "The trash is empty." and trash.trashed_sessions(vault) == ()
    controller.lock("manual")
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())  # locking closes it
