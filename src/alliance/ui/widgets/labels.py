"""Labels with a style role, without PySide6's ``Qt`` namespace (the first window paints before it is built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def label(text: str, role: str | None = None, *, wrap: bool = False, parent: QWidget | None = None) -> QLabel:
    """A QLabel with a style role (title, subtitle, hint, error, index, badge)."""
    widget = QLabel(text, parent)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    return widget


def error_label(parent: QWidget | None = None, *, selectable: bool = True) -> QLabel:
    """A hidden red message shown under a field when it has a problem. ``selectable=False`` leaves making
    its text selectable (``make_selectable``) to later: the unlock window does it after its first paint."""
    widget = label("", "error", wrap=True, parent=parent)
    widget.setVisible(False)
    if selectable:
        make_selectable(widget)
    return widget


def make_selectable(*widgets: QLabel) -> None:
    """Let the mouse select (and copy) these labels' text."""
    from PySide6.QtCore import Qt

    for widget in widgets:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
