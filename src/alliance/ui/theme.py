"""Light and dark looks that follow the operating system's colour scheme, with one accent colour."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Colours:
    """The few colours the whole app uses."""

    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    border: str
    hover: str
    selection: str
    accent: str
    on_accent: str
    focus_ring: str
    error: str
    demo: str
    attention: str  # alerts: needs a look, not an error


LIGHT = Colours(
    window="#f6f7f7", base="#ffffff", alt_base="#f2f5f5", text="#1f2a2a", muted="#5d6b6b",
    border="#d5dcdc", hover="#e6eeed", selection="#d3ebe8", accent="#2f7d7a", on_accent="#ffffff",
    focus_ring="#174f4c", error="#b3261e", demo="#f3d98b", attention="#a35a00",
)
DARK = Colours(
    window="#1c2121", base="#252b2b", alt_base="#2b3232", text="#e6eceb", muted="#9aa8a7",
    border="#3a4444", hover="#313a3a", selection="#2f4c4a", accent="#5fb3ae", on_accent="#0d1b1a",
    focus_ring="#b9e3df", error="#f2b8b5", demo="#6b5a1e", attention="#f0b45c",
)


_applied: list[Colours] = []  # the colours last applied by ThemeFollower (set at run time only)


def colours_for(scheme: Qt.ColorScheme) -> Colours:
    """Dark colours for a dark scheme; light for light and Unknown (e.g. the offscreen platform)."""
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def current() -> Colours:
    """The colours in use: as last applied, else as the OS asks."""
    return _applied[-1] if _applied else colours_for(QGuiApplication.styleHints().colorScheme())


def _palette(c: Colours) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alt_base,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.base,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.Accent: c.accent,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return p


def style_sheet(c: Colours) -> str:
    """The packaged style sheet with its @tokens replaced by colours and the icon folder."""
    package = resources.files("alliance.resources")
    text = package.joinpath("alliance.qss").read_text(encoding="utf-8")
    values = {k: getattr(c, k) for k in Colours.__dataclass_fields__}
    values["scheme"] = "dark" if c is DARK else "light"
    values["icon_dir"] = str(package.joinpath("icons")).replace("\\", "/")
    return re.sub(r"@([a-z_]+)", lambda m: values.get(m.group(1), m.group(0)), text)


def icon(name: str) -> QIcon:
    """A packaged SVG icon drawn in the current text colour."""
    svg = resources.files("alliance.resources").joinpath("icons", f"{name}.svg").read_text(encoding="utf-8")
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(svg.replace("currentColor", current().text).encode("utf-8")), "SVG")
    return QIcon(pixmap)


def app_icon() -> QIcon:
    """The app's own icon: the same SVG the installers and desktop entries are made from."""
    svg = resources.files("alliance.resources").joinpath("alliance.svg").read_bytes()
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(svg), "SVG")
    return QIcon(pixmap)


class ThemeFollower(QObject):
    """Applies the look now and again whenever the OS colour scheme changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.setStyle("Fusion")
        self.apply()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply)

    def apply(self, scheme: Qt.ColorScheme | None = None) -> None:
        """Apply the look for ``scheme`` (the OS's current one when None)."""
        c = colours_for(QGuiApplication.styleHints().colorScheme() if scheme is None else scheme)
        _applied[:] = [c]
        self._app.setPalette(_palette(c))
        self._app.setStyleSheet(style_sheet(c))
