"""The Backups page: the vault's encrypted backups, "Back up now", and restoring one of them.

Everything runs on the worker. Restoring replaces the vault, so it needs the vault closed: after the backup's
passphrase is checked the dialog locks the vault (on the worker), restores, then emits ``restored(RestoreResult)``
(on success) and ``vault_closed()`` (always, once it closed the vault). The caller locks the app on
``vault_closed``; the person unlocks the restored vault with the passphrase it had when the backup was made.

``offer_restore`` (the damaged-vault case at unlock) lives in restore_offer.py and is re-exported here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance.paths import backups_folder
from alliance.services.backups import (
    BackupInfo,
    BackupOutcome,
    RestoreResult,
    backup_opens_with,
    list_backups,
    make_backup,
    restore_backup,
)
from alliance.services.vault_access import lock_vault
from alliance.store.errors import VaultError
from alliance.ui.operations.access import VaultAccess
from alliance.ui.unlock.restore_offer import RestoreOfferDialog, kind_text, offer_restore
from alliance.ui.widgets.formatting import clients_text, local_time_text, sessions_text
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.screen_fit import fit_to_screen
from alliance.ui.widgets.text import error_text

__all__ = ["BackupsDialog", "RestoreOfferDialog", "offer_restore"]

INFO_ROLE = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    """Lists backups newest first; "Back up now" and "Restore…" run on the worker."""

    restored = Signal(object)  # RestoreResult
    vault_closed = Signal()  # the dialog closed the vault to restore: lock the app now

    listed = Signal()  # the list shows the backups folder as it is now

    def __init__(self, access: VaultAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._folder = Path(access.folder)
        self._busy = False
        self._backups: list[BackupInfo] = []
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(640, 420)
        fit_to_screen(self, 820, 560)

        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setProperty("role", "roomy")
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.headerItem().setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status = label("", "hint", wrap=True, parent=self)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_button = QPushButton(self.tr("Back up &now"), self)
        self.backup_button.setProperty("primary", True)
        self.restore_button = QPushButton(self.tr("&Restore\u2026"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setIcon(QIcon())  # plain, as everywhere in the app

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(label(self.windowTitle(), "title", parent=self))
        layout.addWidget(label(self.tr(
            "Alliance backs the vault up when you unlock it once a day, and before every upgrade, keeping 14 daily "
            "and 8 weekly backups. Each is encrypted like the vault, checked after writing, and opens with the "
            "passphrase the vault had when it was made."), "hint", wrap=True, parent=self))
        self.where = label(self.tr("Folder: {folder}").format(folder=backups_folder(self._folder)), "hint",
                           wrap=True, parent=self)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.reload()
        self.table.setFocus()

    # --- the list --------------------------------------------------------------------------------------

    def reload(self, select: Path | None = None) -> None:
        """Read the backups folder on the worker (names and sizes only: no passphrase needed)."""
        folder = self._folder
        self._access.worker.query(lambda: list_backups(folder), lambda found: self._show(found, select),
                                  self._failed, owner=self, latest="backups")

    def _show(self, backups: list[BackupInfo], select: Path | None) -> None:
        self._backups = backups
        current = self.selected_backup()
        keep = select or (current.path if current is not None else None)
        self.table.clear()
        locale = QLocale()
        for info in backups:
            item = QTreeWidgetItem([local_time_text(info.created), kind_text(info.label),
                                    locale.formattedDataSize(info.size, 1,
                                                             QLocale.DataSizeFormat.DataSizeTraditionalFormat)])
            item.setData(0, INFO_ROLE, info)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
            if keep is not None and info.path == keep:
                self.table.setCurrentItem(item)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        if not backups:
            self.status.setText(self.tr("There are no backups yet. Back up now to make the first one."))
        self._update_buttons()
        self.listed.emit()

    def backups(self) -> list[BackupInfo]:
        """The backups the list shows, newest first."""
        return list(self._backups)

    def selected_backup(self) -> BackupInfo | None:
        item = self.table.currentItem()
        if item is None:
            return None
        info = item.data(0, INFO_ROLE)
        return info if isinstance(info, BackupInfo) else None

    @property
    def working(self) -> bool:
        """Whether a backup, a search for one or a restore is running on the worker."""
        return self._busy

    def _update_buttons(self) -> None:
        idle = not self._busy and self._access.is_open
        self.backup_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.table.currentItem() is not None)

    # --- backing up ------------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Write a verified backup on a worker thread; the list shows it when done."""
        if self._busy:
            return
        self._start(self.tr("Backing up the vault\u2026"))
        self._access.op(make_backup, self._backed_up, self._failed, owner=self)

    def _backed_up(self, outcome: BackupOutcome) -> None:
        self._stop()
        info = outcome.backup
        text = self.tr("Backup written and verified: {clients}, {sessions}.").format(
            clients=clients_text(info.clients), sessions=sessions_text(info.sessions))
        if len(outcome.removed) == 1:
            text += " " + self.tr("The rotation removed 1 older backup (one is kept per day for 14 days, then one "
                                  "per week).")
        elif outcome.removed:
            text += " " + self.tr("The rotation removed {n} older backups (one is kept per day for 14 days, then one "
                                  "per week).").format(n=len(outcome.removed))
        self.reload(select=info.path)
        self.status.setText(text)

    # --- restoring -------------------------------------------------------------------------------------

    def restore_selected(self) -> None:
        """Confirm, ask the backup's passphrase, check it, close the vault and restore on a worker."""
        info = self.selected_backup()
        if info is None or self._busy:
            return
        when = local_time_text(info.created)
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("The vault will be replaced by the backup made {when}.\n\n"
                    "First, Alliance keeps the vault as it is now as another backup (\u201cbefore a restore\u201d), so "
                    "nothing is lost. Then it locks: unlock with the passphrase the vault had when this backup "
                    "was made.").format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        passphrase, ok = QInputDialog.getText(
            self, self.tr("Passphrase of the backup"),
            self.tr("The passphrase the vault had on {when}:").format(when=when), QLineEdit.EchoMode.Password)
        if not ok or not passphrase:
            return
        # Check the passphrase before closing anything: a typo must not lock the app.
        self._start(self.tr("Checking the passphrase\u2026"))
        self._access.worker.query(lambda: backup_opens_with(info.path, passphrase),
                                  lambda _none: self._passphrase_ok(info, passphrase), self._failed, owner=self)

    def _passphrase_ok(self, info: BackupInfo, passphrase: str) -> None:
        self._stop()
        folder = self._folder
        self._start(self.tr("Restoring the backup\u2026"))
        self._access.query(lock_vault, None, owner=self)  # the vault must be closed to be replaced
        self._access.close()
        self._access.worker.op(lambda: restore_backup(folder, info.path, passphrase), self._restored,
                               self._restore_failed, owner=self)

    def _restored(self, result: RestoreResult) -> None:
        self._stop()
        kept = ""
        if result.pre_restore is not None:
            kept = " " + self.tr("The vault as it was is kept as the backup made {when}.").format(
                when=local_time_text(result.pre_restore.created))
        QMessageBox.information(self, self.tr("Backup restored"), self.tr(
            "The backup is restored: {clients}, {sessions}.{kept}\n\nAlliance locks now. Unlock "
            "with the passphrase the vault had when the backup was made.").format(
            clients=clients_text(result.restored.clients), sessions=sessions_text(result.restored.sessions),
            kept=kept))
        self.restored.emit(result)
        self.vault_closed.emit()
        self.accept()

    def _restore_failed(self, exc: BaseException) -> None:
        self._stop()
        QMessageBox.warning(self, self.tr("The backup was not restored"), self.tr(
            "{error}\n\nThe vault was closed for the restore; Alliance locks now. Unlock it as before.").format(
            error=_message(exc)))
        self.vault_closed.emit()
        self.reject()

    # --- worker plumbing -------------------------------------------------------------------------------

    def _start(self, text: str) -> None:
        """Show that work is under way (after half a second) and refuse more meanwhile."""
        self.progress = QProgressDialog(text, "", 0, 0, self)
        self.progress.setWindowTitle(self.windowTitle())
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(500)
        self._busy = True
        self._update_buttons()

    def _stop(self) -> None:
        self._busy = False
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        QMessageBox.warning(self, self.windowTitle(), _message(exc))

    def reject(self) -> None:
        if self._busy:
            return  # a backup or restore is running; it cannot be interrupted safely
        super().reject()


def _message(exc: BaseException) -> str:
    if isinstance(exc, VaultError):
        return error_text(exc)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Backups", "The disk reported an error: {reason}").format(
            reason=exc.strerror or exc)
    return str(exc) or type(exc).__name__
