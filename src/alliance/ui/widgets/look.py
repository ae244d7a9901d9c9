"""The app's colours, palette, style sheet and icon, cheap enough to apply before the first window paints.

Start-up budget (DESIGN.md): the unlock window must paint within 1.5x of a bare QMainWindow, so nothing
here touches PySide6's ``Qt`` namespace (its first use builds every one of its enums, ~11 ms).
``theme`` adds what follows the operating system's colour scheme once the first window is on screen.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

import alliance.resources as resources

SCHEME_KEY = "look/scheme"  # the scheme last applied: "light" or "dark" (a preference, never clinical data)


@dataclass(frozen=True)
class Colours:
    """The few colours the whole app uses, as "#rrggbb" strings. "attention" is for alerts that need a look
    (not errors)."""

    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    border: str  # separators and frames: decoration, not a control's edge
    control_border: str  # the edge of a field or button: at least 3:1 against base and window (WCAG 1.4.11)
    hover: str
    selection: str
    accent: str
    on_accent: str
    focus_ring: str
    error: str
    demo: str
    attention: str


LIGHT = Colours(
    window="#f6f7f7", base="#ffffff", alt_base="#f2f5f5", text="#1f2a2a", muted="#5d6b6b",
    border="#d5dcdc", control_border="#808d8d", hover="#e6eeed", selection="#d3ebe8", accent="#2b7572",
    on_accent="#ffffff",
    focus_ring="#174f4c", error="#b3261e", demo="#f3d98b", attention="#a35a00",
)
DARK = Colours(
    window="#1c2121", base="#252b2b", alt_base="#2b3232", text="#e6eceb", muted="#9aa8a7",
    border="#3a4444", control_border="#6f7d7c", hover="#313a3a", selection="#2f4c4a", accent="#5fb3ae",
    on_accent="#0d1b1a",
    focus_ring="#b9e3df", error="#f2b8b5", demo="#6b5a1e", attention="#f0b45c",
)

# Headings as multiples of the application font (the style sheet names no size of its own: DESIGN.md's fit and
# finish, a 16 pt system font makes 16 pt text and 26 pt titles).
HEADING_SCALES = {"size_title": 1.6, "size_subtitle": 1.15, "size_large": 1.4}

_applied: list[Colours] = []  # the colours last applied (set at run time only)
_icon: list[QIcon] = []  # the app icon, once drawn


def resource_folder() -> Path:
    """The folder of the packaged resources (style sheet, icons, instruments) in a checkout, a wheel or a
    frozen bundle alike."""
    return Path(next(iter(resources.__path__)))


def applied() -> Colours | None:
    """The colours last applied, or None before the first ``apply``."""
    return _applied[-1] if _applied else None


def palette(c: Colours) -> QPalette:
    """The QPalette for the colours (what the style sheet does not cover: native parts, disabled text)."""
    p = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, c.window), (role.WindowText, c.text), (role.Base, c.base), (role.AlternateBase, c.alt_base),
        (role.Text, c.text), (role.Button, c.base), (role.ButtonText, c.text), (role.Highlight, c.accent),
        (role.HighlightedText, c.on_accent), (role.ToolTipBase, c.base), (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted), (role.Link, c.accent), (role.Accent, c.accent),
    ):
        p.setColor(r, QColor(colour))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor(c.muted))
    return p


def heading_sizes() -> dict[str, str]:
    """The @size_* tokens: multiples of the application font's size, in its unit (points, or pixels for a
    font given in pixels)."""
    font = QApplication.font()
    points = font.pointSizeF()
    if points > 0:
        return {name: f"{points * scale:.1f}pt" for name, scale in HEADING_SCALES.items()}
    pixels = font.pixelSize() if font.pixelSize() > 0 else 13
    return {name: f"{round(pixels * scale)}px" for name, scale in HEADING_SCALES.items()}


def style_sheet(c: Colours) -> str:
    """The packaged style sheet with its @tokens replaced by colours, heading sizes (from the application font
    now), the scheme and the icon folder."""
    folder = resource_folder()
    text = (folder / "alliance.qss").read_text(encoding="utf-8")
    values: dict[str, str] = asdict(c)
    values.update(heading_sizes())
    values["scheme"] = "dark" if c is DARK else "light"
    values["icon_dir"] = str(folder / "icons").replace("\\", "/")
    # Longest names first, so that @alt_base is not read as @alt followed by "_base".
    for name in sorted(values, key=len, reverse=True):
        text = text.replace("@" + name, values[name])
    return text


def apply(app: QApplication, c: Colours) -> None:
    """Give the whole app these colours (on the Fusion style: see ``app.create_application``)."""
    _applied[:] = [c]
    app.setPalette(palette(c))
    app.setStyleSheet(style_sheet(c))


TEXT_SIZE_KEY = "look/text_size_percent"  # the "Text size" preference (UiSettings.text_size_percent)
TEXT_SIZES = (100, 115, 130, 150)  # percent of the system font
_system_font: list[QFont] = []


def set_text_size(app: QApplication, percent: int) -> None:
    """Make the application font ``percent`` of the system's (the font the app started with) and lay the style
    sheet's headings out again from it; every widget without a font of its own follows."""
    if not _system_font:
        _system_font.append(QFont(app.font()))
    font = QFont(_system_font[0])
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * percent / 100)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * percent / 100))
    app.setFont(font)
    app.setStyleSheet(style_sheet(applied() or LIGHT))


def remembered_text_size(settings_file: Path) -> int:
    """The text size chosen in Preferences (kept in the UI settings file), 100 when none was."""
    value = QSettings(str(settings_file), QSettings.Format.IniFormat).value(TEXT_SIZE_KEY, 100)
    try:
        percent = int(str(value))
    except ValueError:
        return 100
    return percent if percent in TEXT_SIZES else 100


def logo_icon() -> QIcon:
    """The app icon from its 112 px PNG (rendered from the SVG by packaging/make_icons.py --logo): what the
    first window shows, before Qt's SVG image plugin is loaded (~2 ms); ``app_icon`` replaces it after."""
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray((resource_folder() / "alliance-logo.png").read_bytes()), "PNG")
    return QIcon(pixmap)


def app_icon() -> QIcon:
    """The app's own icon: the same SVG the installers and desktop entries are made from (read once)."""
    if not _icon:
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray((resource_folder() / "alliance.svg").read_bytes()), "SVG")
        _icon.append(QIcon(pixmap))
    return QIcon(_icon[0])


def remembered(settings_file: Path) -> Colours:
    """The colours of the scheme last applied (kept in the UI settings file); light the first time.

    Asking the OS for its scheme builds the whole ``Qt`` namespace; the first window uses the scheme the
    app saw last time instead, and ``theme.ThemeFollower`` corrects it right after that window paints."""
    value = QSettings(str(settings_file), QSettings.Format.IniFormat).value(SCHEME_KEY, "light")
    return DARK if value == "dark" else LIGHT


def remember(settings_file: Path, c: Colours) -> None:
    """Note the scheme just applied for the next start."""
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    scheme = "dark" if c is DARK else "light"
    if store.value(SCHEME_KEY) != scheme:
        store.setValue(SCHEME_KEY, scheme)
        store.sync()
