"""Create a vault: passphrase twice, key derivation on the worker, then the recovery key once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from alliance.services.vault_access import KdfParams, create_vault
from alliance.store.errors import VaultError
from alliance.store.vault import Vault
from alliance.ui.first_run.create_vault_view import CreateVaultView
from alliance.ui.operations.worker import Worker
from alliance.ui.widgets.text import error_text


class CreateVaultDialog(CreateVaultView):
    """Emits ``vault_created(vault)`` after the clinician confirms the recovery key is stored.

    ``kdf`` is the Argon2id cost: None calibrates on this machine (production); tests pass a cheap one.
    """

    vault_created = Signal(object)

    def __init__(self, worker: Worker, folder: Path, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._folder = folder
        self._kdf = kdf
        self._busy = False
        self.vault: Vault | None = None
        self.fields.changed.connect(self._update_button)
        self.create_button.clicked.connect(self.start_creation)
        self.cancel_button.clicked.connect(self.reject)
        self.recovery_page.confirmed.connect(self._finish)
        self._update_button()
        self.fields.passphrase.setFocus()

    def _update_button(self) -> None:
        self.create_button.setEnabled(self.fields.is_acceptable())

    def start_creation(self) -> None:
        """Start creating the vault (no-op until the passphrase is acceptable)."""
        if not self.fields.is_acceptable() or self._busy:
            return
        self.error.setVisible(False)
        passphrase = self.fields.value()
        folder, kdf = self._folder, self._kdf
        self.stack.setCurrentIndex(self.WORKING)
        self._busy = True
        self._worker.op(lambda: create_vault(folder, passphrase, kdf=kdf), self._created, self._failed, owner=self)

    def _created(self, result: tuple[Vault, str]) -> None:
        self._busy = False
        self.vault, recovery_key = result
        self.fields.clear()
        self.recovery_page.set_key(recovery_key, self._folder)
        self.stack.setCurrentIndex(self.RECOVERY)
        self.recovery_page.copy_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.stack.setCurrentIndex(self.PASSPHRASE)
        message = error_text(exc) if isinstance(exc, VaultError) else self.tr(
            "The vault could not be created: {error}").format(error=error_text(exc))
        self.error.setText(message)
        self.error.setVisible(True)

    def _finish(self) -> None:
        self.recovery_page.forget()
        self.vault_created.emit(self.vault)
        self.accept()

    def is_working(self) -> bool:
        return self._busy

    def reject(self) -> None:
        # While the key is derived nothing can be cancelled; once the vault exists, the recovery key
        # must be acknowledged, since it is never shown again.
        if self.stack.currentIndex() != self.PASSPHRASE:
            return
        super().reject()
