"""Run by tests/ui/test_small_screens.py in a child pytest, on an offscreen screen of 1280x720 logical pixels (at
100%, and at 150% as a 1920x1080 screen): every window and dialog fits the screen, and each of its buttons is
inside it. Not collected on its own (its name has no test_ prefix): it needs the child's screen."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QWidget

from alliance import i18n
from tests.ui.conftest import open_form, open_main_window, opened_window, settle

pytestmark = pytest.mark.skipif("ALLIANCE_SMALL_SCREEN" not in os.environ, reason="needs the child's small screen")


def _misfits(window: QWidget) -> list[str]:
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    found = []
    if frame.width() > area.width() or frame.height() > area.height():
        found.append(f"{type(window).__name__} is {frame.width()}x{frame.height()} on a {area.width()}x"
                     f"{area.height()} screen")
    inside = window.rect()
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        place = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        clipped = button.visibleRegion().isEmpty()  # scrolled out of its scroll area is fine: it scrolls back
        if not inside.contains(place) and not clipped:
            found.append(f"{type(window).__name__}: button {button.text()!r} at {place} outside {inside}")
    return found


# A machine without the locale installed: Qt says it fell back to C.UTF-8 for the encoding (LANG still counts).
@pytest.mark.qt_log_ignore("Detected locale", "Qt depends on a UTF-8 locale", "If this causes problems",
                           "for more information", extend=True)
def test_every_window_and_dialog_fits_the_screen(qtbot, make_controller, created_vault, practice) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install(i18n.SYSTEM) == os.environ["LANG"][:2]  # the language of LANG, as the app does at start
    controller, window, _vault = open_main_window(qtbot, make_controller, created_vault, until_active=False)
    problems = _misfits(window)
    window.show_client(practice["ab"])
    settle(qtbot, window)
    page = window.client_page
    openers = [window.open_preferences, window.open_about, window.open_shortcuts, window.open_guide,
               window.tools.open_backups, window.tools.open_audit_log, window.tools.open_trash,
               window.tools.export_action.trigger, page.edit_client, page.edit_schedule, page.edit_goals,
               page.add_event]
    for opener in openers:
        dialog = opened_window(qtbot, opener)
        settle(qtbot, window)
        problems += _misfits(dialog)
        dialog.close()
        settle(qtbot, window)
    form = open_form(qtbot, window, practice["ab"])
    settle(qtbot, window)
    problems += _misfits(form)
    assert problems == []
    controller.lock("manual")
