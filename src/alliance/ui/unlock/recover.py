"""The recovery-key dialog: open the vault with the recovery key and set a new passphrase."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget

from alliance.core.secret_memory import wipe
from alliance.store.errors import VaultError, WrongRecoveryKey
from alliance.ui.operations.worker import Worker
from alliance.ui.shell import warmup
from alliance.ui.widgets.labels import error_label, label
from alliance.ui.widgets.passphrase_fields import NewPassphraseFields
from alliance.ui.widgets.text import error_text

if TYPE_CHECKING:
    from alliance.store.vault import Vault


def _recover(folder: Path, recovery_key: str, new_passphrase: str) -> Vault:
    """On the worker thread (after the start-up imports, queued before): open the vault with the recovery key."""
    from alliance.services.vault_access import recover_vault

    return recover_vault(folder, recovery_key, new_passphrase)


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


class RecoverDialog(RecoverView):
    """Opens the vault with the recovery key and sets a new passphrase (``Vault.recover``)."""

    recovered = Signal(object)

    def __init__(self, worker: Worker, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._folder = folder
        self._busy = False
        self._typed: tuple[str, ...] = ()
        self.fields.changed.connect(self._update)
        self.recovery_key.textChanged.connect(self._update)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(not self._busy and bool(self.recovery_key.text().strip())
                                  and self.fields.is_acceptable())

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        key, passphrase, folder = self.recovery_key.text(), self.fields.value(), self._folder
        self._typed = (key, passphrase)  # copies of their own, wiped once the attempt is over
        self.progress.setVisible(True)
        self.message.setVisible(False)
        warmup.start(self._worker)
        self._busy = True
        self._worker.query(lambda: _recover(folder, key, passphrase), self._done, self._failed, owner=self)
        warmup.import_ui_soon(self._worker, self)
        self._update()

    def _forget_typed(self) -> None:
        for secret in self._typed:
            wipe(secret)
        self._typed = ()

    def _done(self, vault: Vault) -> None:
        self._forget_typed()
        self._busy = False
        self.progress.setVisible(False)
        self.fields.clear()
        self.recovery_key.clear()
        self.recovered.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._forget_typed()
        self._busy = False
        self.progress.setVisible(False)
        if isinstance(exc, WrongRecoveryKey | VaultError):
            self.message.setText(error_text(exc))
        else:
            self.message.setText(self.tr("The vault could not be opened: {error}").format(error=error_text(exc)))
        self.message.setVisible(True)
        self._update()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
