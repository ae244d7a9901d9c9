"""The client page: loads one client's header, alerts, timeline, sessions and ruptures from the vault."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QToolTip, QTreeWidgetItem, QWidget

from alliance.core.records import Client, ClientStatus, Rupture
from alliance.core.taxonomy import MARKER_LABELS, STRATEGY_LABELS
from alliance.services import clients, insights, ruptures, sessions
from alliance.store.vault import Vault
from alliance.ui.acknowledge_dialog import AcknowledgeDialog
from alliance.ui.caseload_model import ID_ROLE
from alliance.ui.client_dialog import ClientDialog
from alliance.ui.client_view import ClientView
from alliance.ui.formatting import date_text, kind_text, raised_by_text, rupture_status_text, status_text

if TYPE_CHECKING:
    from alliance.ui.timeline_chart import TimelineChart


class ClientPage(ClientView):
    """Emits ``back``, ``log_session(client_id)``, ``open_session(session_id)`` and ``changed``."""

    back = Signal()
    log_session = Signal(int)
    open_session = Signal(int)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._client: Client | None = None
        self.timeline: insights.Timeline | None = None
        self.chart: TimelineChart | None = None  # built on first use: pyqtgraph loads only then
        self.back_button.clicked.connect(self.back)
        self.log_button.clicked.connect(self._log)
        self.edit_button.clicked.connect(self.edit_client)
        self.sessions.activated.connect(self._session_activated)
        self.open_session_button.clicked.connect(self._open_selected)
        self.timeline_table.activated.connect(self._timeline_row_activated)
        self.alerts_strip.acknowledge_requested.connect(self.acknowledge)

    @property
    def client(self) -> Client | None:
        return self._client

    def show_client(self, vault: Vault, client_id: int) -> None:
        self._vault = vault
        self._client = clients.get_client(vault, client_id)
        self.ensure_chart()
        self.reload()

    def ensure_chart(self) -> TimelineChart:
        """The timeline chart, built the first time it is needed (the import loads pyqtgraph and numpy)."""
        if self.chart is None:
            from alliance.ui.timeline_chart import TimelineChart

            self.chart = TimelineChart(self.chart_host)
            self.chart.sessionActivated.connect(self.open_session)
            self.chart_layout.addWidget(self.chart)
            self.timeline_tools.addWidget(self.chart.toolbar)
            self.timeline_switch.currentChanged.connect(self._timeline_view_changed)
            self._timeline_view_changed(self.timeline_switch.currentIndex())
        return self.chart

    def reload(self) -> None:
        if self._vault is None or self._client is None:
            return
        c = self._client = clients.get_client(self._vault, self._client.id)
        rows = sessions.list_sessions(self._vault, c.id)
        self.code.setText(c.code)
        self.status.setText(status_text(c.status))
        self.details.setText(self.tr("Intake {date} \u00b7 {n} sessions").format(
            date=date_text(c.intake_date), n=len(rows)))
        self.name.setText(c.display_name)
        self.name.setVisible(bool(c.display_name))
        self.log_button.setEnabled(c.status is not ClientStatus.DISCHARGED)
        self.sessions_model.set_rows(rows)
        self._fit_sessions_pane()
        if rows:
            self.sessions.selectRow(len(rows) - 1)
            self.sessions.scrollToBottom()
        self._fill_ruptures(ruptures.ruptures_for_client(self._vault, c.id))
        self.open_session_button.setEnabled(bool(rows))
        self._show_timeline(insights.timeline_for(self._vault, c.id))

    def _timeline_view_changed(self, index: int) -> None:
        if self.chart is not None:
            self.chart.toolbar.setVisible(index == 0)  # zoom and axis mean nothing to the table

    def _show_timeline(self, timeline: insights.Timeline | None) -> None:
        self.timeline = timeline
        self.alerts_strip.set_alerts(timeline.open_alerts if timeline else ())
        self.timeline_model.set_timeline(timeline)
        if self.chart is not None:
            self.chart.set_timeline(timeline)
        if timeline is not None and timeline.sessions:
            self.timeline_table.scrollToBottom()

    def _fit_sessions_pane(self) -> None:
        # Give the sessions table the width its columns need; the ruptures list takes the rest.
        self.sessions.resizeColumnsToContents()
        needed = (self.sessions.horizontalHeader().length() + self.sessions.verticalScrollBar().sizeHint().width()
                  + 2 * self.sessions.frameWidth() + 4)
        total = self.splitter.width() - self.splitter.handleWidth()
        if total > needed + 320:
            self.splitter.setSizes([needed, total - needed])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_sessions_pane()

    def _fill_ruptures(self, items: list[Rupture]) -> None:
        self.ruptures.clear()
        if not items:
            empty = QTreeWidgetItem([self.tr("No ruptures logged yet."), "", ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ruptures.addTopLevelItem(empty)
            return
        for r in reversed(items):  # newest first: open ones from recent sessions matter most
            text = self.tr("{kind} \u00b7 intensity {n} \u00b7 raised by {who}").format(
                kind=kind_text(r.kind), n=r.intensity, who=raised_by_text(r.raised_by).lower())
            details = [text, *(MARKER_LABELS.get(m, m) for m in r.markers)] + ([r.note] if r.note else [])
            item = QTreeWidgetItem([text, self._session_ref(r.session_number, r), rupture_status_text(r.status)])
            item.setToolTip(0, "\n".join(details))
            for rep in r.repairs:
                rtext = self.tr("Repair, resolution {n}/5").format(n=rep.resolution)
                strategies = [STRATEGY_LABELS.get(s, s) for s in rep.strategies]
                if strategies:
                    rtext += f": {strategies[0]}" + (f" (+{len(strategies) - 1})" if len(strategies) > 1 else "")
                child = QTreeWidgetItem([rtext, f"{rep.session_number} \u00b7 {date_text(rep.session_date)}", ""])
                child.setToolTip(0, "\n".join([rtext, *strategies] + ([rep.note] if rep.note else [])))
                item.addChild(child)
            self.ruptures.addTopLevelItem(item)
            item.setExpanded(True)

    @staticmethod
    def _session_ref(number: int, r: Rupture) -> str:
        return f"{number} \u00b7 {date_text(r.session_date)}"

    def clear(self) -> None:
        """Forget the client and every row (on lock)."""
        self._vault = None
        self._client = None
        for w in (self.code, self.status, self.details, self.name):
            w.clear()
        self.sessions_model.clear()
        self.ruptures.clear()
        self._show_timeline(None)
        QToolTip.hideText()  # a chart hover may still show a session's note

    def selected_session_id(self) -> int | None:
        rows = self.sessions.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def _session_activated(self, index: QModelIndex) -> None:
        session_id = index.data(ID_ROLE)
        if session_id is not None:
            self.open_session.emit(int(session_id))

    def _timeline_row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_session.emit(self.timeline_model.session_id(index.row()))

    def _open_selected(self) -> None:
        session_id = self.selected_session_id()
        if session_id is not None:
            self.open_session.emit(session_id)

    def _log(self) -> None:
        if self._client is not None:
            self.log_session.emit(self._client.id)

    def _client_saved(self, _client: Client) -> None:
        self.reload()
        self.changed.emit()

    def edit_client(self) -> ClientDialog | None:
        if self._vault is None or self._client is None:
            return None
        dialog = ClientDialog(self._vault, self._client, self)
        dialog.saved.connect(self._client_saved)
        dialog.open()
        return dialog

    def acknowledge(self, alert_key: str | None = None) -> AcknowledgeDialog | None:
        """Ask for a reason to acknowledge one open alert (or all of them, the first ticked)."""
        if self._vault is None or self._client is None or self.timeline is None:
            return None
        alerts = [a for a in self.timeline.open_alerts if alert_key is None or a.key == alert_key]
        if not alerts:
            return None
        dialog = AcknowledgeDialog(self._vault, self._client.id, self._client.code, alerts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.acknowledged.connect(self._acknowledged)
        dialog.open()
        return dialog

    def _acknowledged(self, _keys: list[str]) -> None:
        self.reload()
        self.changed.emit()
