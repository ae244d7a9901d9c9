"""The caseload page: loads the table from the vault, filters it, and runs the client actions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from alliance.core.records import Client, ClientStatus, ClientSummary
from alliance.services import clients
from alliance.store.vault import Vault
from alliance.ui.caseload_model import ID_ROLE
from alliance.ui.caseload_view import CaseloadView
from alliance.ui.client_dialog import ClientDialog


class CaseloadPage(CaseloadView):
    """Emits ``open_client(id)`` on double-click or Enter, ``log_session(id)`` from its button."""

    open_client = Signal(int)
    log_session = Signal(int)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self.search.textChanged.connect(self._filter_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.add_client)
        self.edit_button.clicked.connect(self.edit_selected)
        self.pause_button.clicked.connect(self.toggle_pause_selected)
        self.discharge_button.clicked.connect(self.discharge_selected)
        self.open_button.clicked.connect(lambda: self._emit_for_selected(self.open_client))
        self.log_button.clicked.connect(lambda: self._emit_for_selected(self.log_session))
        self._filter_changed()

    # --- vault --------------------------------------------------------------------------------

    def set_vault(self, vault: Vault) -> None:
        self._vault = vault
        self.reload()

    def clear(self) -> None:
        """Forget the vault and every row (on lock)."""
        self._vault = None
        self.model.clear()
        self.search.clear()
        self._update_count()
        self._selection_changed()

    def reload(self) -> None:
        if self._vault is None:
            return
        selected = self.selected_id()
        self.model.set_rows(clients.caseload(self._vault))
        if selected is None or not self.select_client(selected):
            self._select_first()
        self._update_count()
        self._selection_changed()

    # --- selection ----------------------------------------------------------------------------

    def selected_summary(self) -> ClientSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.summary(source.row())

    def selected_id(self) -> int | None:
        s = self.selected_summary()
        return s.id if s else None

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _select_first(self) -> None:
        # Enter opens and Ctrl+N logs for the first client without a mouse click first.
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def visible_codes(self) -> list[str]:
        """Codes of the rows shown, in display order."""
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    def _selection_changed(self, *_: QItemSelection) -> None:
        s = self.selected_summary()
        for button in (self.edit_button, self.open_button, self.pause_button, self.discharge_button):
            button.setEnabled(s is not None)
        self.log_button.setEnabled(s is not None and s.status is not ClientStatus.DISCHARGED)
        if s is not None:
            self.pause_button.setText(self.tr("Re-activate") if s.status is not ClientStatus.ACTIVE
                                      else self.tr("Pause"))
            self.discharge_button.setEnabled(s.status is not ClientStatus.DISCHARGED)

    def _activated(self, index: QModelIndex) -> None:
        client_id = index.data(ID_ROLE)
        if client_id is not None:
            self.open_client.emit(int(client_id))

    def _emit_for_selected(self, signal: SignalInstance) -> None:
        client_id = self.selected_id()
        if client_id is not None:
            signal.emit(client_id)

    # --- filtering ----------------------------------------------------------------------------

    def _filter_changed(self, *_: object) -> None:
        self.proxy.set_search(self.search.text())
        statuses = self.status_filter.currentData()
        self.proxy.set_statuses(statuses if statuses else frozenset())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{shown} of {total} clients").format(shown=shown, total=total)
                           if total else "")

    # --- actions ------------------------------------------------------------------------------

    def add_client(self) -> ClientDialog | None:
        if self._vault is None:
            return None
        dialog = ClientDialog(self._vault, None, self)
        dialog.saved.connect(self._client_saved)
        dialog.open()
        return dialog

    def edit_selected(self) -> ClientDialog | None:
        client_id = self.selected_id()
        if self._vault is None or client_id is None:
            return None
        dialog = ClientDialog(self._vault, clients.get_client(self._vault, client_id), self)
        dialog.saved.connect(self._client_saved)
        dialog.open()
        return dialog

    def _client_saved(self, client: Client) -> None:
        self.reload()
        if not self.select_client(client.id):
            # A filter hides the new client: show everyone so it is not lost from view.
            self.search.clear()
            self.status_filter.setCurrentIndex(self.status_filter.count() - 1)
            self.select_client(client.id)
        self.changed.emit()

    def toggle_pause_selected(self) -> None:
        s = self.selected_summary()
        if self._vault is None or s is None:
            return
        target = ClientStatus.PAUSED if s.status is ClientStatus.ACTIVE else ClientStatus.ACTIVE
        self._set_status(s.id, target)

    def discharge_selected(self) -> None:
        s = self.selected_summary()
        if self._vault is None or s is None:
            return
        clients.discharge_client(self._vault, s.id)
        self.reload()
        self.changed.emit()

    def _set_status(self, client_id: int, status: ClientStatus) -> None:
        assert self._vault is not None
        clients.set_client_status(self._vault, client_id, status)
        self.reload()
        self.changed.emit()
