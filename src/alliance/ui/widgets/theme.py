"""Light and dark looks that follow the operating system's colour scheme, with one accent colour.

The colours, palette and style sheet live in ``look`` (cheap enough for the first paint); this module
adds what needs PySide6's ``Qt`` namespace: the OS colour scheme and icons drawn in the text colour.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from alliance.ui.widgets.look import (
    DARK,
    LIGHT,
    Colours,
    app_icon,
    applied,
    apply,
    remember,
    resource_folder,
    style_sheet,
)

__all__ = ["DARK", "LIGHT", "Colours", "ThemeFollower", "app_icon", "colours_for", "current", "icon", "style_sheet"]


def colours_for(scheme: Qt.ColorScheme) -> Colours:
    """Dark colours for a dark scheme; light for light and Unknown (e.g. the offscreen platform)."""
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def current() -> Colours:
    """The colours in use: as last applied, else as the OS asks."""
    return applied() or colours_for(QGuiApplication.styleHints().colorScheme())


def icon(name: str) -> QIcon:
    """A packaged SVG icon drawn in the current text colour."""
    svg = (resource_folder() / "icons" / f"{name}.svg").read_text(encoding="utf-8")
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(svg.replace("currentColor", current().text).encode("utf-8")), "SVG")
    return QIcon(pixmap)


class ThemeFollower(QObject):
    """Applies the look for the OS colour scheme now and again whenever it changes, and again when the
    application font changes (headings are sized from it). With ``settings_file`` the scheme is noted there,
    so the next start paints its first window in it."""

    def __init__(self, app: QApplication, settings_file: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._settings_file = settings_file
        self.apply()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply)
        app.fontChanged.connect(self._font_changed)

    def _font_changed(self, _font: object) -> None:
        apply(self._app, current())

    def apply(self, scheme: Qt.ColorScheme | None = None) -> None:
        """Apply the look for ``scheme`` (the OS's current one when None); nothing to do when it is on."""
        c = colours_for(QGuiApplication.styleHints().colorScheme() if scheme is None else scheme)
        if applied() is not c:
            apply(self._app, c)
        if self._settings_file is not None:
            remember(self._settings_file, c)
