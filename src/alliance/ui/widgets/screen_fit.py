"""Window sizes from the screen a window opens on: its preferred size, but never more than the screen's free area
(1280x720 logical pixels, or 1920x1080 at 150%, included), so its buttons are never off the edge."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Of the free area: room for the window's frame and title bar, which availableGeometry does not count.
ROOM_WIDTH, ROOM_HEIGHT = 0.96, 0.92


def room(window: QWidget) -> tuple[int, int]:
    """The largest size (width, height) a window of this screen may take."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return 1 << 16, 1 << 16
    area = screen.availableGeometry()
    return int(area.width() * ROOM_WIDTH), int(area.height() * ROOM_HEIGHT)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to (width, height), or less where the screen has less room; a minimum size larger than the room
    shrinks to it (a long form scrolls, with its buttons still in view)."""
    most_w, most_h = room(window)
    window.setMinimumSize(min(window.minimumWidth(), most_w), min(window.minimumHeight(), most_h))
    window.resize(min(width, most_w), min(height, most_h))
