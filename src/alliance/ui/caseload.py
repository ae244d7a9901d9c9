"""The caseload overview page (home after unlock): loads the overview from the vault, filters it, and runs
the client actions, acknowledging alerts among them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QMenu, QWidget

from alliance.core.records import Client, ClientStatus
from alliance.services import clients, insights
from alliance.services.insights import OverviewRow
from alliance.store.vault import Vault
from alliance.ui.acknowledge_dialog import AcknowledgeDialog
from alliance.ui.caseload_model import ID_ROLE, CaseloadModel
from alliance.ui.caseload_view import CaseloadView
from alliance.ui.client_dialog import ClientDialog
from alliance.ui.formatting import status_text

ALL_STATUSES = frozenset(ClientStatus)


class CaseloadPage(CaseloadView):
    """Emits ``open_client(id)`` on double-click or Enter, ``log_session(id)`` from its button, ``changed``
    after a change to a client, and ``status_message(text)`` for news the table no longer shows."""

    open_client = Signal(int)
    log_session = Signal(int)
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self.search.textChanged.connect(self._filter_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.alerts_only.toggled.connect(self._filter_changed)
        self.table.activated.connect(self._activated)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
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
        self.model.set_rows(insights.caseload_overview(self._vault, statuses=set(ALL_STATUSES)))
        if selected is None or not self.select_client(selected):
            self._select_first()
        self._update_count()
        self._selection_changed()

    # --- selection ----------------------------------------------------------------------------

    def selected_summary(self) -> OverviewRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.summary(source.row())

    def selected_id(self) -> int | None:
        s = self.selected_summary()
        return s.client_id if s else None

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
        self.acknowledge_button.setEnabled(s is not None and bool(s.alerts))
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
        # With one status shown, a column repeating it says nothing.
        self.table.setColumnHidden(CaseloadModel.STATUS, bool(statuses) and len(statuses) == 1)
        self.proxy.set_alerts_only(self.alerts_only.isChecked())
        self._update_count()
        if self.selected_summary() is None:
            self._select_first()
        self._selection_changed()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        alerting = sum(1 for r in range(shown)
                       if self.model.summary(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).alerts)
        text = self.tr("{shown} of {total} clients").format(shown=shown, total=total) if total else ""
        if alerting:
            text += self.tr(" \u00b7 {n} with alerts").format(n=alerting)
        self.count.setText(text)

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
        clients.set_client_status(self._vault, s.client_id, target)
        self._status_changed(s, target)

    def discharge_selected(self) -> None:
        s = self.selected_summary()
        if self._vault is None or s is None:
            return
        clients.discharge_client(self._vault, s.client_id)
        self._status_changed(s, ClientStatus.DISCHARGED)

    def _status_changed(self, s: OverviewRow, status: ClientStatus) -> None:
        self.reload()
        if not self.proxy.accepts_status(status):
            # The row left the table under the current filter: say where it went rather than lose it silently.
            self.status_message.emit(self.tr("{code} is now {status}; choose \u201c{filter}\u201d to see it.")
                                     .format(code=s.code, status=status_text(status).lower(),
                                             filter=self.status_filter.itemText(self.status_filter.count() - 1)))
        self.changed.emit()

    def acknowledge_selected(self) -> AcknowledgeDialog | None:
        """Acknowledge the selected client's alerts (the first ticked) with a reason."""
        s = self.selected_summary()
        if self._vault is None or s is None or not s.alerts:
            return None
        dialog = AcknowledgeDialog(self._vault, s.client_id, s.code, s.alerts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.acknowledged.connect(self._acknowledged)
        dialog.open()
        return dialog

    def _acknowledged(self, keys: list[str]) -> None:
        self.reload()
        self.status_message.emit(self.tr("Alert acknowledged.") if len(keys) == 1
                                 else self.tr("{n} alerts acknowledged.").format(n=len(keys)))
        self.changed.emit()

    # --- context menu ---------------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """The selected client's actions, as on the buttons below the table."""
        menu = QMenu(self)
        for button, handler in ((self.open_button, lambda: self._emit_for_selected(self.open_client)),
                                (self.log_button, lambda: self._emit_for_selected(self.log_session)),
                                (self.acknowledge_button, self.acknowledge_selected),
                                (self.edit_button, self.edit_selected),
                                (self.pause_button, self.toggle_pause_selected),
                                (self.discharge_button, self.discharge_selected)):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(handler)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(pos))
