"""Layout of the create-vault dialog: passphrase, key derivation in progress, recovery key."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from alliance.ui.first_run.recovery_key_page import RecoveryKeyPage
from alliance.ui.widgets import theme
from alliance.ui.widgets.labels import error_label, label
from alliance.ui.widgets.passphrase_fields import NewPassphraseFields


class CreateVaultView(QDialog):
    """Three pages in a stack; the controller moves between them."""

    PASSPHRASE, WORKING, RECOVERY = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create your vault"))
        self.setWindowIcon(theme.app_icon())
        self.setMinimumSize(640, 480)
        self.stack = QStackedWidget(self)

        # Page 1: choose a passphrase.
        page = QWidget(self.stack)
        self.fields = NewPassphraseFields(page)
        self.error = error_label(page)
        self.create_button = QPushButton(self.tr("Create vault"), page)
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        col = QVBoxLayout(page)
        col.setSpacing(14)
        col.addWidget(label(self.tr("Choose a passphrase"), "title", parent=page))
        col.addWidget(label(
            self.tr("Your vault is encrypted with a key made from this passphrase. Nobody, including the "
                    "makers of Alliance, can open the vault without it or the recovery key you will see next."),
            wrap=True, parent=page))
        col.addWidget(self.fields)
        col.addWidget(self.error)
        col.addStretch(1)
        col.addLayout(buttons)
        self.stack.addWidget(page)

        # Page 2: the key is being derived (deliberately slow).
        working = QWidget(self.stack)
        self.progress = QProgressBar(working)
        self.progress.setRange(0, 0)  # busy indicator: the derivation reports no steps
        self.progress.setAccessibleName(self.tr("Creating the vault"))
        wcol = QVBoxLayout(working)
        wcol.setSpacing(14)
        wcol.addStretch(1)
        wcol.addWidget(label(self.tr("Creating your vault\u2026"), "title", parent=working))
        wcol.addWidget(label(
            self.tr("Deriving the encryption key from your passphrase. This takes a moment on purpose: "
                    "it makes guessing the passphrase slow for anyone else."),
            "hint", wrap=True, parent=working))
        wcol.addWidget(self.progress)
        wcol.addStretch(2)
        self.stack.addWidget(working)

        # Page 3: the recovery key, once.
        self.recovery_page = RecoveryKeyPage(self.stack)
        self.stack.addWidget(self.recovery_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.addWidget(self.stack)
