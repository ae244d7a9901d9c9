"""When the vault does not open because a file is damaged: say so plainly, find the newest backup that opens
with the passphrase, and restore it. ``offer_restore(parent, vault_folder, error)`` returns True if restored.

Nothing is changed until the person presses "Restore this backup"; the damaged files are then kept as a
"before a restore" backup by ``services.backups.restore_backup``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance.core.messages import Msg
from alliance.i18n import translated
from alliance.paths import backups_folder
from alliance.services.backups import BackupInfo, RestoreResult, list_backups, newest_openable_backup, restore_backup
from alliance.store.errors import DatabaseDamaged, KeyFileDamaged, UnsafeKdfParameters, VaultError
from alliance.ui.operations.worker import Worker
from alliance.ui.widgets.formatting import clients_text, local_time_text, sessions_text
from alliance.ui.widgets.labels import error_label, label
from alliance.ui.widgets.text import error_text, shown


def _tr(text: str) -> str:
    return translated(text)


def kind_text(backup_label: str) -> str:
    """What a backup's label means, in words."""
    return {"": _tr("Regular"), "pre-migration": _tr("Before an upgrade"),
            "pre-restore": _tr("Before a restore")}.get(backup_label, backup_label)


def damage_text(error: BaseException) -> str:
    """What is wrong with the vault, in plain words."""
    if isinstance(error, KeyFileDamaged | UnsafeKdfParameters):
        return _tr("The vault's key file (keys.json) is damaged or has been altered, so no passphrase can unlock it.")
    if isinstance(error, DatabaseDamaged):
        return _tr("The vault's database (alliance.db) is damaged, or does not belong to its key file, so its "
                   "records cannot be read.")
    return error_text(error)


class RestoreOfferDialog(QDialog):
    """Explains the damage; with the passphrase, finds the newest backup that opens; restores it on request."""

    def __init__(self, worker: Worker, vault_folder: Path, error: BaseException, parent: QWidget | None = None,
                 passphrase: str = "") -> None:
        super().__init__(parent)
        self._worker = worker
        self._folder = Path(vault_folder)
        self._busy = False
        self.found: BackupInfo | None = None
        self.result_info: RestoreResult | None = None
        self.backups = list_backups(self._folder)
        self.setWindowTitle(self.tr("The vault cannot be opened"))
        self.setMinimumWidth(560)

        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("The vault's passphrase"))
        self.passphrase.setText(passphrase)
        self.find_button = QPushButton(self.tr("&Find a backup"), self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.message = error_label(self)
        self.found_text = label("", wrap=True, parent=self)
        self.found_text.setVisible(False)
        self.restore_button = QPushButton(self.tr("&Restore this backup"), self)
        self.restore_button.setProperty("primary", True)
        self.restore_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setIcon(QIcon())  # plain, as in the app

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(label(self.windowTitle(), "subtitle", parent=self))
        self.explanation = label(damage_text(error) + " " + self.tr("Nothing has been changed or deleted."),
                                 wrap=True, parent=self)
        layout.addWidget(self.explanation)
        default = getattr(error, "default_message", None)
        if error_text(error) not in (damage_text(error), shown(default) if isinstance(default, Msg) else ""):
            details = self.tr("Details: {error}").format(error=error_text(error))
            layout.addWidget(label(details, "hint", wrap=True, parent=self))
        if self.backups:
            count = self.tr("There is 1 backup of this vault, made {when}.") if len(self.backups) == 1 else self.tr(
                "There are {n} backups of this vault; the newest was made {when}.")
            self.backups_text = label(count.format(n=len(self.backups), when=local_time_text(self.backups[0].created))
                                      + " " + self.tr("Type the vault's passphrase to find the newest backup that "
                                                      "opens with it. Before restoring, the damaged files are kept as "
                                                      "another backup."), wrap=True, parent=self)
            layout.addWidget(self.backups_text)
            row = QHBoxLayout()
            row.addWidget(self.passphrase, 1)
            row.addWidget(self.find_button)
            layout.addLayout(row)
        else:
            self.backups_text = label(self.tr(
                "No backups of this vault were found in {folder}. Keep the vault folder as it is; if you have a "
                "copy of it elsewhere, restore that with \u201calliance restore\u201d.").format(
                folder=backups_folder(self._folder)), wrap=True, parent=self)
            layout.addWidget(self.backups_text)
            for widget in (self.passphrase, self.find_button, self.restore_button):
                widget.setVisible(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.found_text)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.passphrase.returnPressed.connect(self.find_backup)
        self.passphrase.textChanged.connect(self._passphrase_changed)
        self.find_button.clicked.connect(self.find_backup)
        self.restore_button.clicked.connect(self.restore)
        self.find_button.setDefault(True)
        self.passphrase.setFocus()

    def _passphrase_changed(self) -> None:
        # A backup found with another passphrase would not open with this one.
        self.found = None
        self.found_text.setVisible(False)
        self.restore_button.setEnabled(False)
        self.find_button.setDefault(True)

    @property
    def working(self) -> bool:
        """Whether a backup, a search for one or a restore is running on the worker."""
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.find_button):
            widget.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.found is not None)
        if busy:
            self.message.setVisible(False)

    def find_backup(self) -> None:
        """Look for the newest backup that opens with the passphrase (one key derivation per key file)."""
        passphrase = self.passphrase.text()
        if self._busy or not passphrase or not self.backups:
            return
        folder = self._folder
        self._set_busy(True)
        self._worker.query(lambda: newest_openable_backup(folder, passphrase), self._found, self._failed, owner=self)

    def _found(self, info: BackupInfo | None) -> None:
        self.found = info
        self._set_busy(False)
        if info is None:
            self._show_message(self.tr("No backup opens with this passphrase. A backup opens with the passphrase "
                                       "the vault had when it was made: try an earlier one."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.found_text.setText(self.tr(
            "The newest backup that opens was made {when}: {clients}, {sessions}, checked intact. "
            "Restore it?").format(when=local_time_text(info.created), clients=clients_text(info.clients),
                                  sessions=sessions_text(info.sessions)))
        self.found_text.setVisible(True)
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()

    def restore(self) -> None:
        """Replace the damaged vault with the backup found (the damaged files are kept as a backup first)."""
        if not self._busy and self.found is not None:
            folder, path, passphrase = self._folder, self.found.path, self.passphrase.text()
            self._set_busy(True)
            self._worker.op(lambda: restore_backup(folder, path, passphrase), self._restored, self._failed,
                            owner=self)

    def _restored(self, result: RestoreResult) -> None:
        self.result_info = result
        self.passphrase.clear()
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_message(error_text(exc) if isinstance(exc, VaultError) else self.tr(
            "The backup could not be restored: {error}").format(error=error_text(exc)))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def reject(self) -> None:
        if not self._busy:
            super().reject()


def offer_restore(parent: QWidget | None, worker: Worker, vault_folder: Path, error: BaseException,
                  passphrase: str = "") -> bool:
    """For a vault that does not open (DatabaseDamaged, KeyFileDamaged): offer the newest backup that opens.

    Modal; True when a backup was restored (the vault then opens with the passphrase used here).
    ``passphrase`` pre-fills the field, e.g. with the one just typed at the unlock window.
    """
    dialog = RestoreOfferDialog(worker, vault_folder, error, parent, passphrase)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
