"""The system font size is honoured (no fixed sizes in the style sheet) and titles name the app once."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from alliance.ui.shell.main_window import MainWindow
from alliance.ui.shell.settings import UiSettings
from alliance.ui.unlock.unlock_view import UnlockView
from alliance.ui.widgets import look, theme
from alliance.ui.widgets.labels import label
from tests.ui.conftest import app_font


def test_the_style_sheet_names_no_font_size_of_its_own() -> None:
    text = (look.resource_folder() / "alliance.qss").read_text(encoding="utf-8")
    assert not re.findall(r"font-size:\s*[\d.]+\s*(?:pt|px)", text)


def test_text_and_headings_follow_a_16_pt_application_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    follower = theme.ThemeFollower(app)
    try:
        big = QFont(before)
        big.setPointSizeF(16)
        app.setFont(big)  # the follower re-applies the look: headings are sized from this font
        page = QWidget()
        qtbot.addWidget(page)
        col = QVBoxLayout(page)
        plain, title, subtitle = QLabel("plain", page), label("Title", "title"), label("Sub", "subtitle")
        for w in (plain, title, subtitle):
            col.addWidget(w)
        page.show()
        qtbot.waitExposed(page)
        assert plain.font().pointSizeF() == 16
        assert title.font().pointSizeF() > 16 * 1.5
        assert 16 < subtitle.font().pointSizeF() < title.font().pointSizeF()
    finally:
        app.setFont(before)
        follower.deleteLater()
    assert plain.font().pointSizeF() == before.pointSizeF()


def _title_ok(title: str) -> bool:
    # Qt's X11 and Wayland platforms append the display name unless the title already ends with it.
    return title.count("Alliance") == 1 and title.endswith("Alliance")


def test_window_titles_name_the_app_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for demo in (False, True):
        unlock = UnlockView(tmp_path, demo=demo)
        qtbot.addWidget(unlock)
        assert _title_ok(unlock.windowTitle()), unlock.windowTitle()
        window = MainWindow(UiSettings.at(tmp_path / f"ui-{demo}.ini"), demo=demo)
        qtbot.addWidget(window)
        assert _title_ok(window.windowTitle()), window.windowTitle()
        assert ("DEMO" in window.windowTitle()) == demo


def test_the_caseload_grows_with_a_16_pt_font(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetrics

    from alliance.ui.caseload.caseload_view import COLUMN_WIDTHS

    with app_font(16, reapply=lambda app: look.apply(app, look.LIGHT)):
        window = MainWindow(UiSettings.at(tmp_path / "ui.ini"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        table = window.caseload.table
        assert table.font().pointSizeF() == 16
        assert table.verticalHeader().defaultSectionSize() >= QFontMetrics(table.font()).height() + 12
        code, width = next(iter(COLUMN_WIDTHS.items()))
        assert table.columnWidth(code) > width  # the columns widen with the text
        assert window.caseload.title.font().pointSizeF() > 16 * 1.5
