"""Helpers for the keyboard tests: which controls Tab should reach, which buttons the keyboard can press."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QScrollArea,
    QToolBar,
    QWidget,
)


def tab_targets(window: QWidget) -> list[QWidget]:
    """Every visible, enabled control in ``window`` (not in another window) that takes focus from Tab."""
    out = []
    for w in window.findChildren(QWidget):
        if w.window() is not window or not w.isVisibleTo(window) or not w.isEnabled():
            continue
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus) != Qt.FocusPolicy.TabFocus or w.focusProxy() is not None:
            continue
        parent = w.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):  # a spin box's or combo box's own line edit
            continue
        if type(w) is QScrollArea:  # a form's scroll area: Tab moves between its fields, which it scrolls to
            continue
        out.append(w)
    return out


def tab_around(qtbot, window: QWidget, limit: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press Tab (into whatever has the focus, as a person does) until the focus comes back to where it began, at
    most ``limit`` times; the widgets it rested on, in order."""
    start = QApplication.focusWidget()
    assert start is not None and start.window() is window, start
    seen, before = [start], start
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start and before is not start:
            return seen
        if now is not before:  # a text browser keeps the focus while Tab walks its links
            seen.append(now)
        before = now
    raise AssertionError(f"Tab did not come back round in {limit} presses: stuck at {seen[-5:]}")


def keyboard_can_press(button: QAbstractButton) -> bool:
    """A mnemonic (an underlined letter), a shortcut, or Enter/Escape of its dialog."""
    text = button.text().replace("&&", "")
    if "&" in text or not button.shortcut().isEmpty():
        return True
    if isinstance(button, QPushButton) and (button.isDefault() or (button.autoDefault() and button.hasFocus())):
        return True
    box = button.parentWidget()
    if isinstance(box, QDialogButtonBox):
        role = box.buttonRole(button)
        return role in (QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.AcceptRole)
    return isinstance(button.parentWidget(), QToolBar)  # toolbar buttons are actions with their own shortcuts


def buttons_without_keys(window: QWidget) -> list[str]:
    out = []
    for b in window.findChildren(QAbstractButton):
        if b.window() is not window or not b.isVisibleTo(window) or b.property("role") == "section":
            continue  # a section header is a Tab stop that Space opens
        if b.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # a mouse shortcut to what the keyboard does otherwise (a date field's calendar: Alt+Down)
        if isinstance(window, QDialog) and b.text() in ("Cancel", "Close"):
            continue  # Escape
        if not keyboard_can_press(b):
            out.append(f"{type(b).__name__}({b.text()!r})")
    return out


def out_of_reading_order(window: QWidget, stops: list[QWidget]) -> list[str]:
    """Consecutive Tab stops where the second is neither further right on the same row nor below the first."""
    def box(w: QWidget) -> tuple[int, int, int]:
        top_left = w.mapTo(window, w.rect().topLeft())
        return top_left.x(), top_left.y(), top_left.y() + w.height()

    out = []
    for a, b in pairwise(stops):
        ax, atop, abottom = box(a)
        bx, btop, bbottom = box(b)
        same_row = btop < abottom and atop < bbottom
        if not ((same_row and bx > ax) or btop >= abottom or (not same_row and btop > atop)):
            out.append(f"{type(a).__name__}({getattr(a, 'text', lambda: '')()!r}) -> "
                       f"{type(b).__name__}({getattr(b, 'text', lambda: '')()!r})")
    return out
