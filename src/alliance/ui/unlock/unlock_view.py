"""Layout of the unlock window.

It is the first window most starts paint, so it is built from plain widgets only: no ``Qt`` namespace
(whose first use builds all of its enums), no helpers that import it. What needs it (selectable text)
is added right after the first paint.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance.ui.widgets.first_paint import FirstPaintWindow
from alliance.ui.widgets.labels import error_label, label, make_selectable
from alliance.ui.widgets.look import app_icon, logo_icon


class UnlockView(FirstPaintWindow):
    """Passphrase field, Unlock button, messages, and the way to the recovery key; ``first_painted`` once."""

    def __init__(self, folder: Path, *, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Titles end with the app's name, so the platform (which appends the display name) does not add it again.
        title = self.tr("Locked \u2014 DEMO \u2014 Alliance") if demo else self.tr("Locked \u2014 Alliance")
        self.setWindowTitle(title)
        icon = logo_icon()
        self.setWindowIcon(icon)
        self.setMinimumSize(520, 400)

        logo = QLabel(self)
        logo.setPixmap(icon.pixmap(56, 56))
        logo.setAccessibleName(self.tr("Alliance logo"))
        heading = label(self.tr("Unlock your vault"), "title", parent=self)
        self.where = label(str(folder), "hint", wrap=True, parent=self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.setDefault(True)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        self.message = error_label(self, selectable=False)
        self.countdown = label("", "hint", wrap=True, parent=self)
        self.countdown.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Unlocking"))
        self.progress.setVisible(False)
        self.demo_hint = label(self.tr("This is the demo vault. Its passphrase is: {passphrase}"),
                               "hint", wrap=True, parent=self)
        self.demo_hint.setVisible(demo)
        self.recovery_button = QPushButton(self.tr("Forgot the passphrase? Use &recovery key\u2026"), self)
        self.recovery_button.setFlat(True)
        recovery_row = QHBoxLayout()  # left-aligned without an alignment flag (see the module note)
        recovery_row.addWidget(self.recovery_button)
        recovery_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 32)
        layout.setSpacing(14)
        layout.addWidget(logo)
        layout.addWidget(heading)
        layout.addWidget(self.where)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.countdown)
        layout.addWidget(self.demo_hint)
        layout.addStretch(1)
        layout.addLayout(recovery_row)

    def after_first_paint(self) -> None:
        """Finish what the first paint did not wait for: the folder, the demo passphrase and messages
        become selectable, so they can be copied; the window icon is drawn from the SVG, sharp at any size."""
        make_selectable(self.where, self.demo_hint, self.message)
        self.setWindowIcon(app_icon())
