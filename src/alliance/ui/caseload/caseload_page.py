"""The caseload overview page (home after unlock): loads the caseload read model on the worker, filters it, and
runs the client actions, acknowledging alerts among them. It reloads after every change to the vault."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QLocale, QModelIndex, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMenu, QWidget

from alliance.core.handover import Calibration
from alliance.core.records import Client, ClientStatus
from alliance.services import clients
from alliance.services.caseload import Caseload, CaseloadRow, caseload_view
from alliance.ui.caseload.caseload_model import CaseloadModel
from alliance.ui.caseload.caseload_view import CaseloadView
from alliance.ui.client.acknowledge_dialog import AcknowledgeDialog
from alliance.ui.client.client_dialog import ClientDialog
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.changes import Change, ClientChanged
from alliance.ui.widgets.failures import tell_failure
from alliance.ui.widgets.formatting import status_text
from alliance.ui.widgets.rows_model import ID_ROLE

ALL_STATUSES = frozenset(ClientStatus)
# The first read after an unlock shows every client's row at once with what is known already (nothing, right after
# an unlock: some 40 ms at 30k sessions); the alerts and outcomes follow from a second read that judges each
# client's whole history (a typical practice in some 100 ms, 30k sessions in about 2 s), kept afterwards.
FIRST_PASS_SESSIONS = 0
# A large practice is judged in steps of about this many sessions, each its own job on the worker, the rows
# shown after each: one job for 100k sessions kept the worker some 15 s, and a client page opened meanwhile
# waited for all of it. A step takes a few hundred milliseconds at most.
JUDGE_STEP_SESSIONS = 2500


class CaseloadPage(CaseloadView):
    """Emits ``open_client(id)`` on double-click or Enter, ``log_session(id)`` from its button, ``loaded`` each
    time the rows are shown, and ``status_message(text)`` for news the table no longer shows."""

    open_client = Signal(int)
    log_session = Signal(int)
    loaded = Signal()
    status_message = Signal(str)
    client_dialog_opened = Signal(object)  # the dialog editing a client, once its client has been read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access: VaultAccess | None = None
        self._after_load: list[Callable[[], None]] = []
        self._stale = False  # a change came while the page was hidden
        self.complete = False  # every client judged by the alert rules in the rows shown
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

    def set_access(self, access: VaultAccess) -> None:
        """The open vault this page shows; it loads now and after every change."""
        self._access = access
        access.changed.connect(self._vault_changed)
        self.reload()

    def clear(self) -> None:
        """Forget the vault and every row (on lock)."""
        if self._access is not None:
            self._access.changed.disconnect(self._vault_changed)
        self._access = None
        self._after_load.clear()
        self.model.clear()
        self.search.clear()
        self._show_calibration(None)
        self._update_count()
        self._selection_changed()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the caseload again (the newest read wins); ``then`` runs once the rows are shown."""
        if self._access is None:
            return
        if then is not None:
            self._after_load.append(then)
        self._access.query(lambda vault: caseload_view(vault, statuses=set(ALL_STATUSES),
                                                       judge_at_most=FIRST_PASS_SESSIONS),
                           self._show, owner=self, latest="caseload")

    def _vault_changed(self, _change: Change) -> None:
        # Every change shows on the caseload (counts, dates, alerts), but a hidden page is read again only
        # when it is shown: while the client page is open a save costs the worker the client's page alone.
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def _show(self, caseload: Caseload) -> None:
        if not caseload.complete and self._access is not None:  # a large practice: the next step of the judging
            self._access.query(lambda vault: caseload_view(vault, statuses=set(ALL_STATUSES),
                                                           judge_at_most=JUDGE_STEP_SESSIONS), self._show,
                               owner=self, latest="caseload")
        self.complete = caseload.complete
        self._show_calibration(caseload.calibration)
        selected = self.selected_id()
        self.model.set_rows(caseload.rows)
        if selected is None or not self.select_client(selected):
            self._select_first()
        self._update_count()
        self._selection_changed()
        waiting, self._after_load = self._after_load, []
        for then in waiting:
            then()
        self.loaded.emit()

    # --- selection ----------------------------------------------------------------------------

    def selected_summary(self) -> CaseloadRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.summary(source.row())

    def focus_search(self) -> None:
        """Find (Ctrl+F): the search field, its text selected to type over."""
        self.search.setFocus()
        self.search.selectAll()

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

    def visible_ids(self) -> list[int]:
        """Client ids of the rows shown (search and status filter applied), in display order."""
        return [self.model.summary(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).client_id
                for r in range(self.proxy.rowCount())]

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
            self.pause_button.setText(self.tr("Re-&activate") if s.status is not ClientStatus.ACTIVE
                                      else self.tr("&Pause"))
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

    def _show_calibration(self, cal: Calibration | None) -> None:
        if cal is None:
            self.calibration.hide()
            return
        self.calibration.setText(self.tr("\u00b7 Your predictions: off by %1 points on average (check-ins counted: %n)",
                                         "", cal.sessions).replace("%1", QLocale().toString(float(cal.error), "f", 1)))
        self.calibration.show()

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
        if self._access is None:
            return None
        dialog = ClientDialog(self._access, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._client_saved)
        dialog.open()
        return dialog

    def edit_selected(self) -> None:
        """Open the client dialog on the selected client (read first, on the worker)."""
        client_id = self.selected_id()
        if self._access is None or client_id is None:
            return
        self._access.query(lambda vault: clients.get_client(vault, client_id), self._edit, owner=self)

    def _edit(self, client: Client) -> None:
        if self._access is None:
            return
        dialog = ClientDialog(self._access, client, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._client_saved)
        dialog.open()
        self.client_dialog_opened.emit(dialog)

    def _client_saved(self, client: Client) -> None:
        def show_it() -> None:
            if not self.select_client(client.id):
                # A filter hides the new client: show everyone so it is not lost from view.
                self.search.clear()
                self.status_filter.setCurrentIndex(self.status_filter.count() - 1)
                self.select_client(client.id)

        self.reload(then=show_it)

    def toggle_pause_selected(self) -> None:
        s = self.selected_summary()
        if s is None:
            return
        self._set_status(s, ClientStatus.PAUSED if s.status is ClientStatus.ACTIVE else ClientStatus.ACTIVE)

    def discharge_selected(self) -> None:
        s = self.selected_summary()
        if s is not None:
            self._set_status(s, ClientStatus.DISCHARGED)

    def _set_status(self, s: CaseloadRow, status: ClientStatus) -> None:
        if self._access is None:
            return
        client_id = s.client_id
        self._access.op(lambda vault: clients.set_client_status(vault, client_id, status),
                        lambda _client: self.reload(then=lambda: self._status_changed(s, status)),
                        lambda exc: self._not_changed(exc),
                        owner=self, change=ClientChanged(client_id))

    def _not_changed(self, exc: BaseException) -> None:
        tell_failure(self, self.tr("Not changed"), exc)

    def _status_changed(self, s: CaseloadRow, status: ClientStatus) -> None:
        if not self.proxy.accepts_status(status):
            # The row left the table under the current filter: say where it went rather than lose it silently.
            self.status_message.emit(self.tr("{code} is now {status}; choose \u201c{filter}\u201d to see it.")
                                     .format(code=s.code, status=status_text(status).lower(),
                                             filter=self.status_filter.itemText(self.status_filter.count() - 1)))

    def acknowledge_selected(self) -> AcknowledgeDialog | None:
        """Acknowledge the selected client's alerts (the first ticked) with a reason."""
        s = self.selected_summary()
        if self._access is None or s is None or not s.alerts:
            return None
        dialog = AcknowledgeDialog(self._access, s.client_id, s.code, s.alerts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.acknowledged.connect(self._acknowledged)
        dialog.open()
        return dialog

    def _acknowledged(self, keys: list[str]) -> None:
        self.status_message.emit(self.tr("Alert acknowledged.") if len(keys) == 1
                                 else self.tr("{n} alerts acknowledged.").format(n=len(keys)))

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
            action = menu.addAction(button.text())  # the same mnemonic in the menu
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
