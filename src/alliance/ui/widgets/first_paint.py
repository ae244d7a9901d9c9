"""A window that says when it has first painted: the one moment the app starts loading what comes after it.

Imports only QtCore/QtWidgets classes: it is part of the first window's paint (DESIGN.md, "Performance budget").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent


class FirstPaintWindow(QWidget):
    """Emits ``first_painted`` once, just after its first paint reached the screen (``after_first_paint`` runs
    first, for a subclass to finish what the paint did not wait for)."""

    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False

    @property
    def painted(self) -> bool:
        return self._painted

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._announce)

    def _announce(self) -> None:
        self.after_first_paint()
        self.first_painted.emit()

    def after_first_paint(self) -> None:
        """Override to finish work deferred past the first paint."""
