"""Keyboard-only use: Tab leaves tables, and the list of shortcuts Help shows."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtWidgets import QAbstractItemView, QWidget


def free_tab(root: QWidget) -> None:
    """Tab and Shift+Tab leave every table, tree and list under ``root``; the arrow keys move inside them.
    (Qt's default, tabKeyNavigation, walks the cells with Tab, so the keyboard never gets past a table.)"""
    views = root.findChildren(QAbstractItemView)
    if isinstance(root, QAbstractItemView):
        views.append(root)
    for view in views:
        view.setTabKeyNavigation(False)


def tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (the order they are read on the screen, not the order they were
    made in)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
