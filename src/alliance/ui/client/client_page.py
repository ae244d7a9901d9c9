"""The client page: one client's header, alerts, timeline, sessions and ruptures, from one read model
(``services.client_page.client_page_view``) loaded on the worker; it reloads when a change concerns its client."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QDialog, QToolTip, QTreeWidgetItem, QWidget

from alliance.core.errors import ValidationError
from alliance.core.records import CONTEXT_EVENT_KINDS, Client, ClientStatus, ContextEvent, Rupture, Session
from alliance.core.signals import Signal as RuleSignal
from alliance.core.taxonomy import MARKER_LABELS, STRATEGY_LABELS
from alliance.services import sessions
from alliance.services.client_page import ClientPage as ClientPageData
from alliance.services.client_page import client_page_view
from alliance.services.timeline import Timeline
from alliance.ui.client.acknowledge_dialog import AcknowledgeDialog
from alliance.ui.client.client_dialog import ClientDialog
from alliance.ui.client.client_view import ClientView
from alliance.ui.client.critical_session_dialog import CriticalSessionDialog
from alliance.ui.client.event_dialog import EventDialog
from alliance.ui.client.goals_dialog import GoalsDialog, goals_html
from alliance.ui.client.past_signals_dialog import PastSignalsDialog
from alliance.ui.client.schedule_dialog import ScheduleDialog
from alliance.ui.client.why_dialog import WhyDialog
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.changes import Change
from alliance.ui.widgets.formatting import date_text, kind_text, raised_by_text, rupture_status_text, status_text
from alliance.ui.widgets.rows_model import ID_ROLE
from alliance.ui.widgets.text import term

if TYPE_CHECKING:
    from alliance.ui.client.outcome_panel import OutcomePanel
    from alliance.ui.client.timeline_chart import TimelineChart


D = TypeVar("D", bound=QDialog)


class ClientPage(ClientView):
    """Emits ``back``, ``log_session(client_id)``, ``open_session(session_id)``, ``loaded`` once a client's page is
    shown (after each reload too), ``gone`` when the client no longer exists and ``rules_requested`` to open the
    alert rules in Preferences."""

    back = Signal()
    log_session = Signal(int)
    handover_requested = Signal(int)  # client id: hand the computer over for a check-in
    open_session = Signal(int)
    loaded = Signal()
    gone = Signal()
    rules_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access: VaultAccess | None = None
        self._client_id: int | None = None
        self.page: ClientPageData | None = None
        self.timeline: Timeline | None = None
        self._stale = False  # a change came while the page was hidden
        self._table_stale = False  # the Table tab is filled when it is shown
        self.chart: TimelineChart | None = None  # built on first use: pyqtgraph loads only then
        self.outcome_panel: OutcomePanel | None = None  # with the chart
        self.back_button.clicked.connect(self.back)
        self.log_button.clicked.connect(self._log)
        self.handover_button.clicked.connect(
            lambda: self.handover_requested.emit(self._client_id) if self._client_id is not None else None)
        self.edit_button.clicked.connect(self.edit_client)
        self.measures_button.clicked.connect(self.edit_schedule)
        self.event_button.clicked.connect(self.add_event)
        self.goals_button.clicked.connect(self.edit_goals)
        self.sessions.activated.connect(self._session_activated)
        self.open_session_button.clicked.connect(self._open_selected)
        self.timeline_table.activated.connect(self._timeline_row_activated)
        self.alerts_strip.acknowledge_requested.connect(self.acknowledge)
        self.alerts_strip.why_requested.connect(self.explain)
        self.alerts_strip.past_requested.connect(self.show_past)

    @property
    def client(self) -> Client | None:
        return self.page.client if self.page is not None else None

    @property
    def client_id(self) -> int | None:
        """The client shown (or being loaded)."""
        return self._client_id

    def set_access(self, access: VaultAccess) -> None:
        """The open vault this page reads from; it reloads when a change concerns its client."""
        self._access = access
        access.changed.connect(self._vault_changed)

    def show_client(self, client_id: int) -> None:
        """Load a client's page (on the worker); ``loaded`` follows once it is shown."""
        if self._client_id != client_id:  # nothing of the client shown before stays while this one loads
            self.page = None
            for w in (self.code, self.status, self.details, self.name, self.goals_text):
                w.clear()
            self.sessions_model.clear()
            self.ruptures.clear()
            self._show_timeline(None)
            # On screen, the chart makes way for a blank while the next client loads; off screen (opened from the
            # caseload, shown once loaded) hiding and showing it again would only cost its layout twice.
            if self.isVisible() and self.timeline_stack.currentWidget() is self.chart_host:
                self.timeline_stack.setCurrentWidget(self.timeline_loading)
        for button in (self.log_button, self.edit_button, self.open_session_button, self.measures_button,
                       self.event_button, self.handover_button, self.goals_button):
            button.setEnabled(self.page is not None)
        self._client_id = client_id
        self._stale = False  # read now: showing the page need not read it again
        self.ensure_chart()
        self.reload()

    def ensure_chart(self) -> TimelineChart:
        """The timeline chart, built the first time it is needed (the import loads pyqtgraph and numpy)."""
        if self.chart is None:
            from alliance.ui.client.outcome_panel import OutcomePanel
            from alliance.ui.client.timeline_chart import TimelineChart

            self.chart = TimelineChart(self.chart_host)
            self.chart.sessionActivated.connect(self.open_session)
            self.chart_layout.addWidget(self.chart)
            self.outcome_panel = OutcomePanel(self.chart_host)
            self.outcome_panel.plot.getAxis("bottom").setStyle(showValues=False)
            self.outcome_panel.critical_session_requested.connect(self.show_critical_session)
            self.chart.x_mode.currentIndexChanged.connect(lambda _i: self._draw_outcomes())
            self.chart_layout.addWidget(self.outcome_panel)
            self.timeline_tools.addWidget(self.chart.toolbar)
            # The axis choice as wide as its words, not as its longest item: the row fits at a large text size.
            self.chart.x_mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.chart.x_mode.setMinimumContentsLength(9)
            self.timeline_switch.currentChanged.connect(self._timeline_view_changed)
            self._timeline_view_changed(self.timeline_switch.currentIndex())
            self.fit_chart_heights()
            self.fit_header()  # the tools are in the timeline's head now: do they fit beside its title?
        return self.chart

    def fit_chart_heights(self) -> None:
        line = self.fontMetrics().height()
        if self.chart is not None:
            self.chart.plot.setMinimumHeight(max(150, 8 * line))  # below 150 px the lines run together
        if self.outcome_panel is not None:
            self.outcome_panel.plot.setMinimumHeight(max(110, 6 * line))

    def reload(self) -> None:
        """Read the page again (the newest read wins)."""
        if self._access is None or self._client_id is None:
            return
        client_id = self._client_id
        self._access.query(lambda vault: client_page_view(vault, client_id), self._show, self._failed,
                           owner=self, latest="client-page")

    def _vault_changed(self, change: Change) -> None:
        if self._client_id is None or not change.concerns(self._client_id):
            return
        if self.isVisible():
            self.reload()
        else:  # read again when shown: a hidden page costs the worker nothing
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):  # deleted meanwhile
            self.clear()
            self.gone.emit()
            return
        raise exc

    def _show(self, page: ClientPageData) -> None:
        if page.client.id != self._client_id:
            return
        previous = self.page
        self.page = page
        c = page.client
        rows = page.timeline.sessions
        self.code.setText(c.code)
        self.status.setText(status_text(c.status))
        self.details.setText(self.tr("Intake {date} \u00b7 {n} sessions").format(
            date=date_text(c.intake_date), n=len(rows)))
        self.name.setText(c.display_name)
        self.name.setVisible(bool(c.display_name))
        self.fit_header()
        self.log_button.setEnabled(c.status is not ClientStatus.DISCHARGED)
        self.handover_button.setEnabled(c.status is not ClientStatus.DISCHARGED)
        self.edit_button.setEnabled(True)
        self.measures_button.setEnabled(True)
        self.goals_button.setEnabled(True)
        self.goals_text.setHtml(goals_html(c, self.tr("No goals yet: Edit goals\u2026 sets them."),
                                           self.tr("Formulation")))
        self.event_button.setEnabled(c.status is not ClientStatus.DISCHARGED)
        selected = self.selected_session_id() if previous is not None and previous.client.id == c.id else None
        self.sessions_model.set_rows(rows)
        self._fit_sessions_pane()
        if rows:
            row = next((i for i, r in enumerate(rows) if r.session_id == selected), len(rows) - 1)
            self.sessions.selectRow(row)
            self.sessions.scrollTo(self.sessions_model.index(row, 0))
        if previous is None or previous.ruptures != page.ruptures or previous.events != page.events:
            self._fill_ruptures(list(page.ruptures), page.events)  # a rebuilt tree repaints whole
        self.open_session_button.setEnabled(bool(rows))
        self.timeline = page.timeline
        again = previous is not None and previous.client.id == c.id
        if again:
            # The same client read anew (after a save): the chart in a turn of its own, after the paint of the rest of
            # the page, so that no turn keeps the UI thread from its events for longer than a frame while the page is
            # in use (a 1 ms timer: a 0 ms one is a posted call, run before that paint).
            QTimer.singleShot(1, self, lambda: self._draw(page, again))
        else:  # another client: drawn at once, or the half-filled page is painted in between, for nothing
            self._draw(page)

    def _draw(self, page: ClientPageData, again: bool = False) -> None:
        """Draw the chart; ``again`` (the same client read anew, after a save): its lines in this turn and its
        markers in the next, so the page stays responsive while it changes from one picture to the next."""
        if self.page is not page:  # a newer read came meanwhile
            return
        # The strip in the same turn as the chart: its height moves the chart, and apart they meant two repaints.
        self._show_signals(page)
        if self.timeline_stack.currentWidget() is self.timeline_loading:
            self.timeline_stack.setCurrentWidget(self.chart_host)
        if self.chart is not None:
            self.chart.set_timeline(page.timeline, events=page.events, staged=again)
            self._draw_outcomes()
        self._table_stale = True
        if self.timeline_stack.currentWidget() is self.timeline_table:
            self._fill_table()
        self.loaded.emit()
        self.settle()

    def settle(self) -> None:
        """Lay the page out and the chart at its new size now, when the page is on screen, so that one paint
        shows the client (see TimelineChart.settle)."""
        if self.chart is not None and self.isVisible():
            self.chart.settle()
            current = self.sessions.currentIndex()
            if current.isValid():  # the column got its height only now: keep the selected session in view
                self.sessions.scrollTo(current)

    def _fill_table(self) -> None:
        if self._table_stale:
            self._table_stale = False
            self.timeline_model.set_timeline(self.timeline)
            if self.timeline is not None and self.timeline.sessions:
                self.timeline_table.scrollToBottom()

    def _timeline_view_changed(self, index: int) -> None:
        if self.chart is not None:
            self.chart.toolbar.setVisible(index == 0)  # zoom and axis mean nothing to the table
        if index == 1:
            self._fill_table()

    def _show_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        self._show_signals(self.page if timeline is not None else None)
        self.timeline_model.set_timeline(timeline)
        if self.chart is not None:
            self.chart.set_timeline(timeline)
        if self.outcome_panel is not None and timeline is None:
            self.outcome_panel.clear()
        if timeline is not None and timeline.sessions:
            self.timeline_table.scrollToBottom()

    def _fit_sessions_pane(self) -> None:
        # The column beside the chart as wide as the sessions table's columns need (from the font, not by
        # measuring every row: that took a second at 500 sessions); the chart takes the rest.
        needed = (self.fit_session_columns() + self.sessions.verticalScrollBar().sizeHint().width()
                  + 2 * self.sessions.frameWidth() + 4)
        total = self.splitter.width() - self.splitter.handleWidth()
        if total > needed + 480:
            self.splitter.setSizes([total - needed, needed])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_header()
        self._fit_sessions_pane()
        # A short window (1280x768 and the like) shows the most urgent alert alone, "n more…" for the rest.
        line = self.fontMetrics().height()
        self.alerts_strip.set_room(1 if self.height() < 40 * line else 2 if self.height() < 50 * line else 3)

    def _fill_ruptures(self, items: list[Rupture], events: tuple[ContextEvent, ...] = ()) -> None:
        self.ruptures.clear()
        for e in reversed(events):  # context events first: they help read everything under them
            text = self.tr("Event: {kind}").format(kind=term(CONTEXT_EVENT_KINDS.get(e.kind, e.kind)))
            event_item = QTreeWidgetItem([f"{text} \u2014 {e.label}" if e.label else text, date_text(e.date), ""])
            event_item.setToolTip(0, event_item.text(0))
            self.ruptures.addTopLevelItem(event_item)
        if not items:
            empty = QTreeWidgetItem([self.tr("No ruptures logged yet."), "", ""])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ruptures.addTopLevelItem(empty)
            return
        for r in reversed(items):  # newest first: open ones from recent sessions matter most
            text = self.tr("{kind} \u00b7 intensity {n} \u00b7 raised by {who}").format(
                kind=kind_text(r.kind), n=r.intensity, who=raised_by_text(r.raised_by).lower())
            details = [text, *(term(MARKER_LABELS.get(m, m)) for m in r.markers)] + ([r.note] if r.note else [])
            item = QTreeWidgetItem([text, self._session_ref(r.session_number, r), rupture_status_text(r.status)])
            item.setToolTip(0, "\n".join(details))
            for rep in r.repairs:
                rtext = self.tr("Repair, resolution {n}/5").format(n=rep.resolution)
                strategies = [term(STRATEGY_LABELS.get(s, s)) for s in rep.strategies]
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
        if self._access is not None:
            self._access.changed.disconnect(self._vault_changed)
        self._access = None
        self._client_id = None
        self.page = None
        for w in (self.code, self.status, self.details, self.name):
            w.clear()
        self.sessions_model.clear()
        self.ruptures.clear()
        self._show_timeline(None)
        if self.chart is not None:
            self.chart.clear()
        self.timeline_stack.setCurrentIndex(self.timeline_switch.currentIndex())
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
        if self.client is not None:
            self.log_session.emit(self.client.id)

    def edit_client(self) -> ClientDialog | None:
        if self._access is None or self.client is None:
            return None
        dialog = ClientDialog(self._access, self.client, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _draw_outcomes(self) -> None:
        if self.outcome_panel is None or self.chart is None:
            return
        page, chart = self.page, self.chart
        if page is None:
            self.outcome_panel.clear()
            return
        by_id = {s.session_id: s for s in page.timeline.sessions}

        def x_of(session_id: int) -> float | None:
            s = by_id.get(session_id)
            return None if s is None else chart.x_of(s)

        # The same time axis as the alliance chart, linked only while there is something to show: a linked plot
        # follows every change of the chart's range, hidden or not.
        self.outcome_panel.plot.setXLink(chart.plot if page.outcomes else None)
        self.outcome_panel.set_outcomes(page.outcomes, x_of)
        marks = []
        for e in page.events:
            x = chart.x_of_date(e.date)
            if x is not None:
                kind = term(CONTEXT_EVENT_KINDS.get(e.kind, e.kind))
                marks.append((x, f"{kind}: {e.label}" if e.label else kind))
        self.outcome_panel.set_events(marks)

    def show_critical_session(self, session_id: int) -> None:
        """The critical session of a sudden gain, its note, ruptures and repairs side by side."""
        client = self.client
        if self._access is None or client is None:
            return
        code = client.code
        self._access.query(lambda vault: sessions.get_session(vault, session_id),
                           lambda found: self._open_critical(found, code), owner=self)

    def _open_critical(self, session: Session, code: str) -> None:
        dialog = CriticalSessionDialog(session, code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _open_for_client(self, make: Callable[[VaultAccess, int, str, QWidget], D]) -> D | None:
        """A dialog about the client shown, opened window-modal and deleted when closed."""
        client = self.client
        if self._access is None or client is None:
            return None
        dialog = make(self._access, client.id, client.code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_schedule(self) -> ScheduleDialog | None:
        """Which outcome measures this client is asked for, and how often."""
        return self._open_for_client(ScheduleDialog)

    def edit_goals(self) -> GoalsDialog | None:
        """The client's treatment goals and formulation."""
        client = self.client
        if client is None:
            return None
        return self._open_for_client(lambda access, _cid, _code, parent: GoalsDialog(access, client, parent))

    def add_event(self) -> EventDialog | None:
        """A context event on this client's timeline."""
        return self._open_for_client(EventDialog)

    def _show_signals(self, page: ClientPageData | None) -> None:
        if page is None:
            self.alerts_strip.clear()
            return
        # A safety prompt is shown before everything else, never folded away under "n more…".
        safety = tuple(p for p in page.prompts if p.is_safety)
        others = tuple(p for p in page.prompts if p not in safety)
        self.alerts_strip.set_signals((*safety, *page.alerts), others, len(page.past))

    def _signal(self, key: str) -> RuleSignal | None:
        return self.page.signal(key) if self.page is not None else None

    def explain(self, key: str) -> WhyDialog | None:
        """"Why am I seeing this?" for one alert or prompt."""
        signal, client = self._signal(key), self.client
        if signal is None or client is None:
            return None
        dialog = WhyDialog(signal, client.code, self.rules_requested.emit, self,
                           self.page.safety_resources if self.page is not None else "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_past(self) -> PastSignalsDialog | None:
        """The alerts and prompts that recovered or were set aside."""
        client, page = self.client, self.page
        if client is None or page is None:
            return None
        dialog = PastSignalsDialog(client.code, page.past, page.acknowledgements,
                                   self._explain_signal, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _explain_signal(self, signal: RuleSignal) -> None:
        self.explain(signal.key)

    def acknowledge(self, alert_key: str | None = None) -> AcknowledgeDialog | None:
        """Ask for a reason to acknowledge one active alert (or all of them, the first ticked)."""
        client = self.client
        if self._access is None or client is None or self.timeline is None:
            return None
        page = self.page
        alerts = [a for a in (page.alerts if page else ()) if alert_key is None or a.key == alert_key]
        if not alerts:
            return None
        dialog = AcknowledgeDialog(self._access, client.id, client.code, alerts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
