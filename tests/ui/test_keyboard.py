"""Keyboard only: Tab reaches every enabled control of each window and comes back round (no table keeps it),
every button can be pressed from the keyboard, the focus shows, and an opened section scrolls into view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from alliance.ui.widgets import look
from alliance.ui.widgets.controls import CollapsibleSection
from tests.ui.conftest import open_form, open_main_window, settle
from tests.ui.keyboard_probe import buttons_without_keys, out_of_reading_order, tab_around, tab_targets


def _check_window(qtbot, window: QWidget, first: QWidget | None = None,  # type: ignore[no-untyped-def]
                  reading_order: bool = False) -> None:
    qtbot.waitUntil(window.isActiveWindow)
    if first is not None:
        first.setFocus(Qt.FocusReason.TabFocusReason)
    elif QApplication.focusWidget() is None or QApplication.focusWidget().window() is not window:
        window.focusNextChild()
    targets = tab_targets(window)
    seen = tab_around(qtbot, window, limit=3 * len(targets) + 10)
    missed = [f"{type(w).__name__}({getattr(w, 'text', lambda: '')()!r})" for w in targets if w not in seen]
    assert not missed, f"Tab never reached {missed} in {type(window).__name__}"
    assert len(seen) <= len(targets), "a control took more than one Tab stop"
    if reading_order:  # Tab follows the screen: along a row, then down
        wrong = out_of_reading_order(window, seen)
        assert wrong == [], f"{type(window).__name__}: {wrong}"
    assert buttons_without_keys(window) == [], type(window).__name__


def test_the_main_window_and_its_dialogs(qtbot, make_controller, created_vault, practice) -> None:  # type: ignore[no-untyped-def]
    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    assert QApplication.focusWidget() is window.caseload.table
    _check_window(qtbot, window, window.caseload.search, reading_order=True)  # the caseload table lets Tab go

    dialogs: list[Callable[[], QWidget]] = [window.open_preferences, window.open_about, window.open_shortcuts,
                                            window.open_guide]
    for opener in dialogs:
        dialog = opener()
        _check_window(qtbot, dialog)
        dialog.close()
        settle(qtbot, window)
    for action in (window.tools.export_action, window.tools.backups_action, window.tools.audit_action,
                   window.tools.trash_action):
        action.trigger()
        qtbot.waitUntil(lambda: QApplication.activeWindow() not in (None, window))
        settle(qtbot, window)
        dialog = QApplication.activeWindow()
        _check_window(qtbot, dialog)
        dialog.close()
        settle(qtbot, window)


def test_the_session_form_with_its_sections_open(qtbot, make_controller, created_vault, practice) -> None:  # type: ignore[no-untyped-def]
    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    form = open_form(qtbot, window, practice["ab"])
    editor = form.add_rupture()
    editor.repaired.setChecked(True)
    for section in (form.ns_section, form.corrective_section, *form.instrument_sections.values()):
        section.set_expanded(True)
    _check_window(qtbot, form, form.client)  # its order is set field by field (session_form.py), across a scroll area
    form.discard()


def test_tab_leaves_the_client_pages_sessions_table(qtbot, make_controller, created_vault, practice) -> None:  # type: ignore[no-untyped-def]
    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    window.show_client(practice["ab"])
    settle(qtbot, window)
    table = window.client_page.sessions
    qtbot.waitUntil(lambda: table.model() is not None and table.model().rowCount() > 0)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    page = window.client_page
    for opener in (page.edit_goals, page.edit_client, page.add_event, page.edit_schedule):  # the page's dialogs
        dialog = opener()
        assert dialog is not None
        _check_window(qtbot, dialog)
        dialog.close()
        settle(qtbot, window)


def test_the_unlock_and_first_run_windows(qtbot, make_controller, created_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder, _key = created_vault
    controller = make_controller(folder)
    assert controller.start()
    unlock = controller.unlock_window
    assert unlock is not None
    unlock.activateWindow()
    _check_window(qtbot, unlock, unlock.passphrase, reading_order=True)

    fresh = make_controller(tmp_path / "no-vault-yet")
    assert fresh.start()
    welcome = fresh.welcome
    assert welcome is not None
    welcome.activateWindow()
    _check_window(qtbot, welcome)
    dialog = fresh.create_vault()
    assert dialog is not None
    _check_window(qtbot, dialog)
    dialog.reject()


def _grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


@pytest.mark.parametrize("make", [
    lambda p: QPushButton("&Push", p), lambda p: QCheckBox("&Tick", p), lambda p: QRadioButton("&Radio", p),
    lambda p: QLineEdit(p), lambda p: QComboBox(p), lambda p: QSpinBox(p), lambda p: QPlainTextEdit(p),
    lambda p: QListWidget(p), lambda p: QTableWidget(2, 2, p), lambda p: QTextBrowser(p),
    lambda p: CollapsibleSection("Section", QWidget(), p).header,
], ids=["button", "checkbox", "radio", "line", "combo", "spin", "text", "list", "table", "browser", "section"])
def test_the_focus_shows(qtbot, make) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    look.apply(app, look.LIGHT)
    page = QWidget()
    qtbot.addWidget(page)
    col = QVBoxLayout(page)
    before = QLineEdit(page)
    col.addWidget(before)
    target = make(page)
    col.addWidget(target.parentWidget() if isinstance(target, QToolButton) else target)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    before.setFocus()
    unfocused = _grab(target)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target
    assert _grab(target) != unfocused, "no visible sign of the focus"


def test_an_opened_section_scrolls_into_view(qtbot, make_controller, created_vault, practice) -> None:  # type: ignore[no-untyped-def]
    _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
    form = open_form(qtbot, window, practice["ab"])
    section = list(form.instrument_sections.values())[-1]  # the last one, far below the fold
    area = form.scroll_area
    bar = area.verticalScrollBar()
    section.header.setFocus(Qt.FocusReason.TabFocusReason)
    area.ensureWidgetVisible(section.header)  # as Tab does: the header comes into view, its body below the fold
    assert _header_visible(section, area)
    room = bar.maximum()
    qtbot.keyClick(section.header, Qt.Key.Key_Space)
    assert section.is_expanded()
    qtbot.waitUntil(lambda: bar.maximum() > room)  # the layout has made room for the body

    def body_bottom() -> int:
        return section.body.mapTo(area.widget(), section.body.rect().bottomLeft()).y()

    qtbot.waitUntil(lambda: body_bottom() <= bar.value() + area.viewport().height() or _header_at_top(section, area))
    assert _header_visible(section, area)
    form.discard()


def _header_visible(section: CollapsibleSection, area) -> bool:  # type: ignore[no-untyped-def]
    top = section.header.mapTo(area.widget(), section.header.rect().topLeft()).y()
    bar = area.verticalScrollBar()
    return bar.value() <= top and top + section.header.height() <= bar.value() + area.viewport().height()


def _header_at_top(section: CollapsibleSection, area) -> bool:  # type: ignore[no-untyped-def]
    top = section.mapTo(area.widget(), section.rect().topLeft()).y()
    return area.verticalScrollBar().value() == top
