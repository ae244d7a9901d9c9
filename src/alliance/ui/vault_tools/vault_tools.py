"""Menu actions for the vault as a whole: export, backups, audit log, the trash, and a session's edit history.

Kept out of main_window.py so the window only assembles; each action opens a dialog on the open vault.
Every dialog here is a QDialog child of the main window, so locking closes it with the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from alliance.services import clients
from alliance.services.sessions import SessionHistory, history_view
from alliance.ui.operations.access import VaultAccess


class VaultTools(QObject):
    """Export…, Backups…, Audit log…, Trash… and History… for the main window's menus."""

    vault_closed = Signal()  # a restore closed the vault: the app must lock now

    opened = Signal(object)  # a dialog, once it is shown (some read their data first)

    def __init__(self, window: QWidget, access: Callable[[], VaultAccess | None],
                 current_client: Callable[[], int | None]) -> None:
        super().__init__(window)
        self._window = window
        self._access = access
        self._current_client = current_client
        self.export_action = QAction(self.tr("&Export de-identified\u2026"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.backups_action = QAction(self.tr("&Backups\u2026"), window)
        self.audit_action = QAction(self.tr("&Audit log\u2026"), window)
        self.trash_action = QAction(self.tr("&Trash\u2026"), window)
        self.trash_action.setToolTip(self.tr("Deleted sessions of the last 30 days, to restore"))
        self.export_action.triggered.connect(self.open_export)
        self.backups_action.triggered.connect(self.open_backups)
        self.audit_action.triggered.connect(self.open_audit_log)
        self.trash_action.triggered.connect(self.open_trash)

    def open_export(self) -> None:
        """The export dialog, the current client preselected when a client is shown (the clients are read
        first)."""
        access = self._access()
        if access is None:
            return
        current = self._current_client()

        def show(choices: list[tuple[int, str]]) -> None:
            from alliance.ui.export.export_dialog import run_export_dialog

            self.opened.emit(run_export_dialog(self._window, access, choices,
                                               [current] if current is not None else []))

        access.query(lambda vault: [(c.id, c.code) for c in clients.list_clients(vault)], show, owner=self._window)

    def open_backups(self) -> object:
        """The backups dialog (back up now, restore)."""
        access = self._access()
        if access is None:
            return None
        from alliance.ui.vault_tools.backups_dialog import BackupsDialog

        dialog = BackupsDialog(access, self._window)
        dialog.vault_closed.connect(self.vault_closed)
        dialog.open()
        return dialog

    def open_audit_log(self) -> object:
        """The audit log window with its filters and chain check."""
        access = self._access()
        if access is None:
            return None
        from alliance.ui.vault_tools.audit_log_window import AuditLogWindow

        dialog = AuditLogWindow(access, self._window)
        dialog.open()
        return dialog

    def open_trash(self) -> object:
        """The trash: deleted sessions to restore, or to remove for good."""
        access = self._access()
        if access is None:
            return None
        from alliance.ui.vault_tools.trash_dialog import TrashDialog

        dialog = TrashDialog(access, self._window)
        dialog.open()
        return dialog

    def tell_trashed(self, _session_id: int) -> None:
        """After a session was deleted: where it went, and how to get it back."""
        bar = getattr(self._window, "statusBar", None)
        if callable(bar):
            bar().showMessage(self.tr("The session was moved to the trash: File \u2192 Trash\u2026 restores it "
                                      "within 30 days."), 10_000)

    def open_history(self, session_id: int, parent: QWidget | None = None) -> None:
        """Earlier versions of one session (read first, then shown)."""
        access = self._access()
        if access is None:
            return
        owner = parent or self._window

        def show(history: SessionHistory) -> None:
            from alliance.ui.session.history_dialog import HistoryDialog

            dialog = HistoryDialog(history, owner)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.opened.emit(dialog)

        access.query(lambda vault: history_view(vault, session_id), show, owner=owner)
