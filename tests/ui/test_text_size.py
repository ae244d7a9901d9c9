"""Preferences → Text size: the whole app's text as a share of the system's, at once and at the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from alliance.ui.shell.settings import UiSettings
from alliance.ui.widgets import look
from tests.ui.conftest import app_font, open_main_window, settle


def test_text_size_scales_every_window_and_is_remembered(qtbot, make_controller, created_vault,  # type: ignore[no-untyped-def]
                                                         ui_settings: UiSettings, monkeypatch) -> None:
    monkeypatch.setattr(look, "_system_font", [])  # the system font of this test: the 10 pt set below
    with app_font(10, lambda app: look.apply(app, look.applied() or look.LIGHT)) as app:
        _controller, window, _vault = open_main_window(qtbot, make_controller, created_vault)
        prefs = window.open_preferences()
        qtbot.waitUntil(prefs.isVisible)
        assert prefs.text_size.currentData() == 100
        prefs.text_size.setFocus()
        QTest.keyClick(prefs.text_size, Qt.Key.Key_Down)
        QTest.keyClick(prefs.text_size, Qt.Key.Key_Down)
        assert prefs.text_size.currentData() == 130
        qtbot.mouseClick(prefs.buttons.button(prefs.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert app.font().pointSizeF() == 13.0
        assert window.caseload.search.font().pointSizeF() == 13.0  # a widget without a font of its own follows
        assert "20.8pt" in app.styleSheet()  # titles: 1.6 times the text, laid out again
        assert ui_settings.text_size_percent == 130
        assert look.remembered_text_size(Path(ui_settings.file_name())) == 130  # what the next start applies
        look.set_text_size(app, 100)
        assert app.font().pointSizeF() == 10.0
    assert isinstance(QApplication.instance(), QApplication)
