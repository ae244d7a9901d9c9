"""Layout of the unlock window and the recovery-key dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance.ui import theme
from alliance.ui.passphrase_fields import NewPassphraseFields
from alliance.ui.widgets import error_label, label


class UnlockView(QWidget):
    """Passphrase field, Unlock button, messages, and the way to the recovery key."""

    def __init__(self, folder: Path, *, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Alliance \u2014 DEMO \u2014 locked") if demo else self.tr("Alliance \u2014 locked")
        self.setWindowTitle(title)
        self.setWindowIcon(theme.app_icon())
        self.setMinimumSize(520, 400)

        logo = QLabel(self)
        logo.setPixmap(theme.app_icon().pixmap(56, 56))
        logo.setAccessibleName(self.tr("Alliance logo"))
        heading = label(self.tr("Unlock your vault"), "title", parent=self)
        where = label(str(folder), "hint", wrap=True, parent=self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        self.message = error_label(self)
        self.countdown = label("", "hint", wrap=True, parent=self)
        self.countdown.setVisible(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Unlocking"))
        self.progress.setVisible(False)
        self.demo_hint = label(self.tr("This is the demo vault. Its passphrase is: {passphrase}"),
                               "hint", wrap=True, parent=self)
        self.demo_hint.setVisible(demo)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_button = QPushButton(self.tr("Forgot the passphrase? Use recovery key\u2026"), self)
        self.recovery_button.setFlat(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 32)
        layout.setSpacing(14)
        layout.addWidget(logo)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.countdown)
        layout.addWidget(self.demo_hint)
        layout.addStretch(1)
        layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)


class RecoverView(QDialog):
    """Recovery key plus a new passphrase, typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use your recovery key"))
        self.setMinimumWidth(560)
        self.recovery_key = QLineEdit(self)
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-\u2026")
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.fields = NewPassphraseFields(self)
        self.message = error_label(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.ok_button = QPushButton(self.tr("Set passphrase and unlock"), self)
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Use your recovery key"), "subtitle", parent=self))
        layout.addWidget(label(self.tr("Type the recovery key you stored when the vault was created, "
                                       "then choose a new passphrase."), wrap=True, parent=self))
        layout.addWidget(self.recovery_key)
        layout.addWidget(self.fields)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
