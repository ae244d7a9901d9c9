"""Menu actions for the vault as a whole: export, backups, audit log, and a session's edit history.

Kept out of main_window.py so the window only assembles; each action opens a dialog on the open vault.
Every dialog here is a QDialog child of the main window, so locking closes it with the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from alliance.services import clients
from alliance.store.vault import Vault


class VaultTools(QObject):
    """Export…, Backups…, Audit log… and History… for the main window's menus."""

    vault_closed = Signal()  # a restore closed the vault: the app must lock now

    def __init__(self, window: QWidget, vault: Callable[[], Vault | None],
                 current_client: Callable[[], int | None]) -> None:
        super().__init__(window)
        self._window = window
        self._vault = vault
        self._current_client = current_client
        self.export_action = QAction(self.tr("&Export de-identified\u2026"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.backups_action = QAction(self.tr("&Backups\u2026"), window)
        self.audit_action = QAction(self.tr("&Audit log\u2026"), window)
        self.export_action.triggered.connect(self.open_export)
        self.backups_action.triggered.connect(self.open_backups)
        self.audit_action.triggered.connect(self.open_audit_log)

    def open_export(self) -> object:
        """The export dialog, the current client preselected when a client is shown."""
        vault = self._vault()
        if vault is None:
            return None
        from alliance.ui.export_dialog import run_export_dialog

        choices = [(c.id, c.code) for c in clients.caseload(vault)]
        current = self._current_client()
        return run_export_dialog(self._window, vault, choices, [current] if current is not None else [])

    def open_backups(self) -> object:
        """The backups dialog (back up now, restore)."""
        vault = self._vault()
        if vault is None:
            return None
        from alliance.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(vault, self._window)
        dialog.vault_closed.connect(self.vault_closed)
        dialog.open()
        return dialog

    def open_audit_log(self) -> object:
        """The audit log window with its filters and chain check."""
        vault = self._vault()
        if vault is None:
            return None
        from alliance.ui.audit_log_window import AuditLogWindow

        dialog = AuditLogWindow(vault, self._window)
        dialog.open()
        return dialog

    def open_history(self, session_id: int, parent: QWidget | None = None) -> object:
        """Earlier versions of one session."""
        vault = self._vault()
        if vault is None:
            return None
        from alliance.ui.history_dialog import HistoryDialog

        dialog = HistoryDialog(vault, session_id, parent or self._window)
        dialog.open()
        return dialog
