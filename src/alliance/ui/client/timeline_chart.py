"""The client timeline: four components, the alliance index and the client check-in over sessions, with
ruptures, repairs, open spans and inferred episodes drawn on top (pyqtgraph).

Imported lazily (after unlock) so the unlock window paints before pyqtgraph and numpy load.
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QLocale, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from alliance.core.ratings import COMPONENTS
from alliance.core.records import CONTEXT_EVENT_KINDS, ContextEvent
from alliance.core.taxonomy import RESOLVED_AT, RuptureKind
from alliance.services.timeline import Timeline, TimelineSession
from alliance.ui.client.chart_export import add_legend, write_plot
from alliance.ui.client.date_axis import DayAxis
from alliance.ui.client.timeline_items import DAY_SECONDS, Band, Bands, MarkerInfo, epoch_seconds
from alliance.ui.client.timeline_style import (
    DARK_SERIES_COLOURS,
    EPISODE_COLOUR,
    LEGEND_KEYS,
    LINE_STYLES,
    LINE_WIDTHS,
    REPAIR_COLOURS,
    REPAIR_LINK_COLOUR,
    RUPTURE_COLOURS,
    SERIES_COLOURS,
    legend_icon,
)
from alliance.ui.widgets import theme
from alliance.ui.widgets.controls import FlowLayout
from alliance.ui.widgets.formatting import index_text
from alliance.ui.widgets.places import in_documents
from alliance.ui.widgets.text import term

RUPTURE_SYMBOL: dict[RuptureKind, str] = {
    RuptureKind.WITHDRAWAL: "t",  # triangle pointing down: moving away
    RuptureKind.CONFRONTATION: "t1",  # triangle pointing up: moving against
    RuptureKind.MIXED: "d",
}
TOP = 10.8  # room above 10 for the band of inferred episodes
# Ruptures and repairs have a lane of their own under the 0-10 ratings (as the PDF draws them): a marker never
# sits on a rating, and a rating of 0 or 1 is never hidden behind one.
LANE_TOP = -0.45  # the rule between the ratings and the lane
RUPTURE_Y = -1.0
REPAIR_Y = -2.0
BOTTOM = -2.6
RATING_TICKS = [[(v, str(v)) for v in range(0, 11, 2)], [(v, "") for v in range(1, 11, 2)]]
MAX_DOTTED_SESSIONS = 120  # longer timelines draw their lines without a dot per session
X_PADDING = 0.03  # of the sessions' span, either side (about what pyqtgraph's own fit gave a 1,000 px chart)


class TimelineChart(QWidget):
    """Interactive chart of one client's relationship over time."""

    sessionActivated = Signal(int)  # session id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.by_date = True
        self.plot = pg.PlotWidget(parent=self, background=None,
                                  axisItems={"bottom": DayAxis()})
        self.plot.setAccessibleName(self.tr("Timeline chart"))
        self.plot.setMinimumHeight(max(150, 8 * self.fontMetrics().height()))  # less and the lines run together
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        # Grid lines at whole ratings only: pyqtgraph's default adds 0.2 steps, some 40 faint full-width lines
        # that made every repaint of a long timeline a third slower.
        self.plot.getAxis("left").setTicks(RATING_TICKS)  # 0-10 only: no ticks in the lane under it
        self.plot.setYRange(BOTTOM, TOP, padding=0)
        self.plot.setLimits(yMin=BOTTOM, yMax=11)
        self.lane_rule = pg.InfiniteLine(pos=LANE_TOP, angle=0, movable=False,
                                         pen=pg.mkPen(theme.current().muted, width=1))
        self.lane_rule.setZValue(-16)
        self.plot.addItem(self.lane_rule)

        self.plot.setLabel("left", self.tr("Rating (0\u201310)"))
        self.plot.setMouseEnabled(x=True, y=False)
        self.plot.disableAutoRange()  # fit() sets the range (see there)
        self._zoomed = False
        self.plot.getViewBox().sigRangeChangedManually.connect(self._zoomed_by_hand)
        self.series: dict[str, pg.PlotDataItem] = {}
        self.rupture_markers = pg.ScatterPlotItem()
        self.repair_markers = pg.ScatterPlotItem()
        # One pen and brush for every marker of a kind: pyqtgraph keeps a drawn symbol per (symbol, size, pen,
        # brush), so new pens on each redraw meant every symbol drawn anew.
        self._rupture_brush, self._rupture_pen = pg.mkBrush(RUPTURE_COLOURS[0]), pg.mkPen(RUPTURE_COLOURS[1])
        self._repair_brush, self._repair_pen = pg.mkBrush(REPAIR_COLOURS[0]), pg.mkPen(REPAIR_COLOURS[1])
        self.rupture_info: list[MarkerInfo] = []
        self.repair_info: list[MarkerInfo] = []
        self.repair_links: list[tuple[float, float]] = []  # (rupture x, repair x) of each dotted link
        self.links: pg.PlotDataItem | None = None  # every link, drawn as one item (None: no link drawn)
        self._links_item: pg.PlotDataItem | None = None
        self.bands = Bands(self.plot)
        self.open_spans: list[Band] = []
        self.episode_spans: list[Band] = []
        self.hidden: set[str] = set()  # legend keys switched off; kept from client to client
        self._exporting = False
        self.events: tuple[ContextEvent, ...] = ()
        self.event_lines: list[pg.InfiniteLine] = []

        self.x_mode = QComboBox(self)
        self.x_mode.addItems([self.tr("By date"), self.tr("By session number")])
        self.x_mode.setAccessibleName(self.tr("Horizontal axis"))
        self.x_mode.currentIndexChanged.connect(lambda i: self.set_by_date(i == 0))
        self.reset_button = QPushButton(self.tr("&Reset zoom"), self)
        self.reset_button.clicked.connect(self.reset_zoom)
        self.export_button = QPushButton(self.tr("E&xport chart\u2026"), self)
        self.export_button.clicked.connect(self._export_dialog)
        # The page may move this bar next to its own controls.
        self.toolbar = QWidget(self)
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.x_mode)
        bar.addStretch(1)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.export_button)

        # The legend is a row of check boxes under the plot: it never covers the lines, and a keyboard or
        # a screen reader can switch series on and off too.
        names = {c.key: term(c.label) for c in COMPONENTS}
        names |= {"index": self.tr("Alliance index"), "checkin": self.tr("Client check-in"),
                  "prediction": self.tr("Your prediction"),
                  "ruptures": self.tr("Ruptures"), "repairs": self.tr("Repairs"),
                  "episodes": self.tr("Recovered dips")}
        self.legend: dict[str, QCheckBox] = {}
        legend_row = FlowLayout(spacing=14)
        legend_row.setContentsMargins(40, 0, 0, 0)
        for key in LEGEND_KEYS:
            box = QCheckBox(names[key], self)
            box.setChecked(True)
            box.setIcon(legend_icon(key))
            box.setToolTip(self.tr("Show or hide: %1").replace("%1", names[key]))
            box.toggled.connect(lambda on, k=key: self.show_series(k, on))
            legend_row.addWidget(box)
            self.legend[key] = box
        self.legend["episodes"].setToolTip(self.tr("Inferred rupture\u2013repair episodes: a drop in the alliance "
                                                   "that came back within three sessions (band along the top)"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.plot, 1)
        layout.addLayout(legend_row)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.scene().sigMouseClicked.connect(self._click)
        self._style_axes()

    # --- data ------------------------------------------------------------------------------------

    def x_of(self, s: TimelineSession) -> float:
        """Where a session sits on the horizontal axis in the current mode."""
        return epoch_seconds(s.date) if self.by_date else float(s.number)

    def set_by_date(self, by_date: bool) -> None:
        """Switch the horizontal axis between dates and session numbers."""
        self.by_date = by_date
        self.plot.getAxis("bottom").setStyle(showValues=True)
        axis = DayAxis() if by_date else pg.AxisItem(orientation="bottom")
        self.plot.setAxisItems({"bottom": axis})
        self.plot.setLabel("bottom", "" if by_date else self.tr("Session"))
        self._style_axes()
        self.set_timeline(self.timeline)

    def clear(self) -> None:
        """Forget everything drawn, the line items too (used on lock)."""
        self.set_timeline(None)
        for item in (*self.series.values(), self.rupture_markers, self.repair_markers,
                     *([self._links_item] if self._links_item is not None else [])):
            self.plot.removeItem(item)
        self.series.clear()
        self.bands.remove_all()
        self._links_item = None
        self._fit_legend(None)

    def set_timeline(self, timeline: Timeline | None, *, events: tuple[ContextEvent, ...] | None = None,
                     staged: bool = False) -> None:
        """Draw a client's timeline (None clears the chart) with its context ``events`` (None: the ones drawn
        before). ``staged`` draws the ruptures, repairs and spans in the next turn of the event loop, so neither
        half keeps the UI thread for longer than a frame.

        The lines and the marker items stay in the plot and get new data (a save redraws the open client's
        chart, and making pyqtgraph items anew cost more than the paint); so do the bands and the links."""
        self.timeline = timeline
        if events is not None:
            self.events = tuple(events)
        self.bands.reset()
        if self._links_item is not None:
            self._links_item.setData([], [])
        self.rupture_info, self.repair_info = [], []
        self.repair_links, self.open_spans, self.episode_spans = [], [], []
        self.links = None
        if timeline is not None:  # cleared while the next client loads: the legend stays until it is known
            self._fit_legend(timeline)
        if timeline is None or not timeline.sessions:
            # The line items stay in the plot, empty: making them anew for the next client cost more than its paint.
            for item in self.series.values():
                item.setData([], [])
            self.rupture_markers.setData([])
            self.repair_markers.setData([])
            return
        sessions = timeline.sessions
        xs = [self.x_of(s) for s in sessions]
        by_number = {s.number: s for s in sessions}
        for c in COMPONENTS:
            self._line(c.key, term(c.label), xs, [float(getattr(s.ratings, c.key)) for s in sessions])
        # A dot per session reads well up to a few months of weekly sessions; beyond that the dots run into a
        # band that hides the line (and cost more to paint than the lines): the line alone then.
        dots = len(sessions) <= MAX_DOTTED_SESSIONS
        self._line("index", self.tr("Alliance index"), xs, [s.alliance_index for s in sessions],
                   symbol="o" if dots else None)
        checkins = [(self.x_of(s), s.checkin_mean) for s in sessions if s.checkin_mean is not None]
        if checkins:
            self._line("checkin", self.tr("Client check-in"), [c[0] for c in checkins],
                       [float(c[1]) for c in checkins if c[1] is not None],
                       symbol="s" if dots else None)
        elif "checkin" in self.series:
            self.plot.removeItem(self.series.pop("checkin"))
        self._draw_predictions(sessions)
        for key in self.hidden:
            self.show_series(key, False)
        self._draw_events()
        self.reset_zoom()
        if staged:
            # A 1 ms timer, not 0: a 0 ms one is a posted call run in the same pass as the paint before it.
            QTimer.singleShot(1, self, lambda: self._draw_markers(timeline, by_number))
        else:
            self._draw_markers(timeline, by_number)

    def set_events(self, events: tuple[ContextEvent, ...]) -> None:
        """Draw these context events as dashed vertical lines (a life event, a medication change, ...)."""
        self.events = tuple(events)
        self._draw_events()
        self.fit()

    def fit(self) -> None:
        """Show every session, unless the clinician zoomed or panned since the last reset. The range is worked
        out here, not by pyqtgraph's auto-range: that one fits again in the paint after any resize or data change,
        and its new range changes the axes and paints the chart a second and third time."""
        if self._zoomed or self.timeline is None or not self.timeline.sessions:
            return
        first, last = self.x_of(self.timeline.sessions[0]), self.x_of(self.timeline.sessions[-1])
        if last <= first:  # one session (or one day): a little room either side
            step = DAY_SECONDS if self.by_date else 1.0
            first, last = first - step, last + step
        self.plot.setXRange(first, last, padding=X_PADDING)

    def x_of_date(self, day: dt.date) -> float | None:
        """Where a date falls on the horizontal axis: by date, itself; by number, halfway before the first
        session on or after it (after the last session, halfway after it)."""
        if self.by_date:
            return epoch_seconds(day)
        sessions = self.timeline.sessions if self.timeline is not None else ()
        if not sessions:
            return None
        later = next((s for s in sessions if s.date >= day), None)
        return later.number - 0.5 if later is not None else sessions[-1].number + 0.5

    def _draw_events(self) -> None:
        for line in self.event_lines:
            self.plot.removeItem(line)
        self.event_lines = []
        if self.timeline is None or not self.timeline.sessions:
            return
        pen = pg.mkPen(theme.current().muted, width=1, style=Qt.PenStyle.DashLine)
        for e in self.events:
            x = self.x_of_date(e.date)
            if x is None:
                continue
            kind = term(CONTEXT_EVENT_KINDS.get(e.kind, e.kind))
            line = pg.InfiniteLine(pos=x, angle=90, pen=pen, label=kind,
                                   labelOpts={"position": 0.97, "color": theme.current().muted, "rotateAxis": (1, 0),
                                              "anchors": [(0, 0), (0, 0)]})
            line.setToolTip(f"{kind}: {e.label}" if e.label else kind)
            line.setZValue(-15)
            self.plot.addItem(line)
            self.event_lines.append(line)

    def _draw_markers(self, timeline: Timeline, by_number: dict[int, TimelineSession]) -> None:
        if self.timeline is not timeline:  # another timeline came meanwhile
            return
        self._draw_spans(timeline, by_number)
        self._draw_ruptures(timeline, by_number)
        for key in ("ruptures", "repairs", "episodes"):
            if key in self.hidden:
                self.show_series(key, False)

    def _fit_legend(self, timeline: Timeline | None) -> None:
        """Offer only what this timeline has: no check-in box for a client who never filled one in."""
        has = {
            "checkin": bool(timeline and any(s.checkin_mean is not None for s in timeline.sessions)),
            "prediction": bool(timeline and any(s.predicted_checkin is not None for s in timeline.sessions)),
            "ruptures": bool(timeline and timeline.ruptures),
            "repairs": bool(timeline and any(r.repairs for r in timeline.ruptures)),
            "episodes": bool(timeline and any(e.kind == "inferred" for e in timeline.signals.repairs)),
        }
        for key, box in self.legend.items():
            box.setVisible(bool(timeline and timeline.sessions) and has.get(key, True))

    def show_series(self, key: str, shown: bool) -> None:
        """Show or hide one series, or the rupture or repair markers (a link shows while both ends do)."""
        (self.hidden.discard if shown else self.hidden.add)(key)
        if self.legend[key].isChecked() != shown:
            self.legend[key].setChecked(shown)
        if key == "ruptures":
            self.rupture_markers.setVisible(shown)
            for span in self.open_spans:
                span.setVisible(shown)
        elif key == "episodes":
            for span in self.episode_spans:
                span.setVisible(shown)
        elif key == "repairs":
            self.repair_markers.setVisible(shown)
        elif key in self.series:
            self.series[key].setVisible(shown)
            if key == "prediction" and "prediction_gap" in self.series:
                self.series["prediction_gap"].setVisible(shown)
        if self.links is not None:
            self.links.setVisible(not {"ruptures", "repairs"} & self.hidden)

    def _dark(self) -> bool:
        # Exports are always drawn light, on white, whatever the look on screen.
        return theme.current() is theme.DARK and not self._exporting

    def colour(self, key: str) -> str:
        """A series' colour as drawn now."""
        return (DARK_SERIES_COLOURS if self._dark() else SERIES_COLOURS)[key]

    def _style_axes(self) -> None:
        c = theme.DARK if self._dark() else theme.LIGHT
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(c.border))
            axis.setTextPen(pg.mkPen(c.muted))
        self.lane_rule.setPen(pg.mkPen(c.muted, width=1))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switch: redraw in the new colours
            for key, box in self.legend.items():
                box.setIcon(legend_icon(key))
            self._style_axes()
            self.set_timeline(self.timeline)
        super().changeEvent(event)

    def _line(self, key: str, name: str, xs: list[float], ys: list[float], symbol: str | None = None) -> None:
        colour = self.colour(key)
        pen = pg.mkPen(colour, width=LINE_WIDTHS[key], style=LINE_STYLES[key])
        item = self.series.get(key)
        if item is None:
            self.series[key] = self.plot.plot(xs, ys, pen=pen, name=name, symbol=symbol, symbolSize=6,
                                              symbolBrush=colour, symbolPen=None)
        else:  # new data (and the colours of the current look) on the line already drawn
            item.setData(xs, ys, pen=pen, symbol=symbol, symbolSize=6, symbolBrush=colour, symbolPen=None)

    def _draw_predictions(self, sessions: tuple[TimelineSession, ...]) -> None:
        """Each prediction made before a hand-over as a hollow diamond, joined to the client's check-in by a dotted
        line: the length of the line is the gap."""
        pairs = [(self.x_of(s), s.predicted_checkin, s.checkin_mean) for s in sessions
                 if s.predicted_checkin is not None and s.checkin_mean is not None]
        if not pairs:
            for key in ("prediction", "prediction_gap"):
                if key in self.series:
                    self.plot.removeItem(self.series.pop(key))
            return
        colour = self.colour("prediction")
        xs = [x for x, _, _ in pairs]
        ys = [float(p) for _, p, _ in pairs]
        gap_x = [v for x, _, _ in pairs for v in (x, x)]
        gap_y = [float(v) for _, p, c in pairs for v in (p, c)]
        gap_pen = pg.mkPen(colour, width=1.0, style=Qt.PenStyle.DotLine)  # one pixel: see LINE_WIDTHS
        diamond_pen = pg.mkPen(colour, width=1.6)
        if "prediction" in self.series:
            self.series["prediction_gap"].setData(gap_x, gap_y, pen=gap_pen, connect="pairs")
            self.series["prediction"].setData(xs, ys, pen=None, symbol="d", symbolSize=9, symbolPen=diamond_pen,
                                              symbolBrush=None)
        else:
            self.series["prediction_gap"] = self.plot.plot(gap_x, gap_y, pen=gap_pen, connect="pairs")
            self.series["prediction"] = self.plot.plot(xs, ys, pen=None, symbol="d", symbolSize=9,
                                                       symbolPen=diamond_pen, symbolBrush=None,
                                                       name=self.tr("Your prediction"))

    def _draw_spans(self, timeline: Timeline, by_number: dict[int, TimelineSession]) -> None:
        last = timeline.sessions[-1]
        for r in timeline.ruptures:
            start = by_number.get(r.session_number)
            if start is None:
                continue
            resolved = [rep.session_number for rep in r.repairs if rep.resolution >= RESOLVED_AT]
            end = by_number.get(min(resolved)) if resolved else last
            if end is None:
                continue
            if end.number > start.number:  # a rupture in the last session shows as its marker alone
                fill = QColor(209, 96, 94, 28 if resolved else 50)
                span = self.bands.take(self.x_of(start), self.x_of(end), (BOTTOM, 12.0), fill, -20)
                span.setToolTip(self.tr("Rupture open"))
                self.open_spans.append(span)
        for e in timeline.signals.repairs:
            if e.kind != "inferred":
                continue
            a, b = by_number.get(e.start), by_number.get(e.end)
            if a is None or b is None:
                continue
            # A band along the top, so it never mixes with a rupture's shading over the same sessions.
            span = self.bands.take(self.x_of(a), self.x_of(b), (0.955 * TOP, TOP), EPISODE_COLOUR, -19)
            span.setToolTip("")
            self.episode_spans.append(span)

    def _draw_ruptures(self, timeline: Timeline, by_number: dict[int, TimelineSession]) -> None:
        for r in timeline.ruptures:
            s = by_number.get(r.session_number)
            if s is None:
                continue
            x = self.x_of(s)
            self.rupture_info.append(MarkerInfo(r.rupture_id, r.session_number, x, r.kind, 8.0 + 3.0 * r.intensity))
            for rep in r.repairs:
                rs = by_number.get(rep.session_number)
                if rs is None:
                    continue
                rx = self.x_of(rs)
                self.repair_info.append(MarkerInfo(r.rupture_id, rep.session_number, rx, r.kind,
                                                   6.0 + 2 * rep.resolution))
                self.repair_links.append((x, rx))
        if self.repair_links:
            # One item draws every link (segment pairs): an item per link made a long timeline slow to draw.
            if self._links_item is None:
                self._links_item = pg.PlotDataItem(
                    [], [], connect="pairs", pen=pg.mkPen(REPAIR_LINK_COLOUR, width=1.0, style=Qt.PenStyle.DotLine))
                self.plot.addItem(self._links_item)
            self.links = self._links_item
            self.links.setData([v for link in self.repair_links for v in link],
                               [RUPTURE_Y, REPAIR_Y] * len(self.repair_links))
            self.links.setVisible(not {"ruptures", "repairs"} & self.hidden)
        # As columns, not a dict per spot: pyqtgraph reads those one by one.
        self._set_markers(self.rupture_markers, self.rupture_info, RUPTURE_Y, self._rupture_brush, self._rupture_pen,
                          [RUPTURE_SYMBOL[m.kind] for m in self.rupture_info])
        self._set_markers(self.repair_markers, self.repair_info, REPAIR_Y, self._repair_brush, self._repair_pen,
                          ["o"] * len(self.repair_info))
        for markers in (self.rupture_markers, self.repair_markers):
            if markers.scene() is None:
                self.plot.addItem(markers)

    @staticmethod
    def _set_markers(markers: pg.ScatterPlotItem, info: list[MarkerInfo], y: float, brush: QBrush, pen: QPen,
                     symbols: list[str]) -> None:
        markers.setData(x=[m.x for m in info], y=[y] * len(info), size=[m.size for m in info], symbol=symbols,
                        brush=brush, pen=pen, data=[m.rupture_id for m in info])

    # --- interaction -----------------------------------------------------------------------------

    def settle(self) -> None:
        """Lay the chart out at its new size and apply its new range now, before it is painted. pyqtgraph does
        both at the start of its paint, and what they move is then painted again in a second pass."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.plot.scene().prepareForPaint()
        # Not the scene's own queued calls: delivered here, they paint the view at once, and what the layout
        # moves after that is painted whole a second time (at 500 sessions: two paints with them, one without).
        # A widget shown (the chart in place of "Loading", a legend box, an alert row) asks for its paint with a
        # posted UpdateLater, which arrives after the paint already on its way and paints everything once more.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)

    def _zoomed_by_hand(self, _mask: object) -> None:
        self._zoomed = True

    def reset_zoom(self) -> None:
        """Show every session again."""
        self._zoomed = False
        self.plot.setYRange(BOTTOM, TOP, padding=0)
        self.fit()

    def nearest_session(self, x: float) -> TimelineSession | None:
        """The session closest to a horizontal position."""
        if self.timeline is None or not self.timeline.sessions:
            return None
        return min(self.timeline.sessions, key=lambda s: abs(self.x_of(s) - x))

    def hover_text(self, s: TimelineSession) -> str:
        """What hovering a session shows: date, values, ruptures and repairs, note excerpt."""
        lines = [self.tr("Session %1 \u2014 %2").replace("%1", str(s.number)).replace("%2", s.date.isoformat()),
                 self.tr("Alliance index %1").replace("%1", index_text(s.alliance_index)),
                 "  ".join(f"{term(c.label)} {getattr(s.ratings, c.key)}" for c in COMPONENTS)]
        if s.checkin_mean is not None:
            mean = QLocale().toString(float(s.checkin_mean), "f", 1)
            lines.append(self.tr("Client check-in %1").replace("%1", mean))
        if s.predicted_checkin is not None:
            predicted = QLocale().toString(float(s.predicted_checkin), "f", 1)
            lines.append(self.tr("Your prediction %1").replace("%1", predicted))
        if s.srs_total is not None:
            lines.append(self.tr("SRS %1").replace("%1", str(s.srs_total)))
        if self.timeline is not None:
            for r in self.timeline.ruptures:
                if r.session_number == s.number:
                    lines.append(self.tr("Rupture: %1, intensity %2").replace("%1", r.kind.value)
                                 .replace("%2", str(r.intensity)))
                for rep in r.repairs:
                    if rep.session_number == s.number:
                        lines.append(self.tr("Repair of session %1's rupture: resolution %2")
                                     .replace("%1", str(r.session_number)).replace("%2", str(rep.resolution)))
        if s.note_excerpt:
            lines.append("\u201c" + s.note_excerpt + "\u201d")
        return "\n".join(lines)

    def _hover(self, pos: QPointF) -> None:
        if self.timeline is None or not self.plot.sceneBoundingRect().contains(pos):
            return
        point = self.plot.getViewBox().mapSceneToView(pos)
        s = self.nearest_session(point.x())
        if s is not None:
            QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(pos)), self.hover_text(s),
                              self.plot)

    def _click(self, event: object) -> None:
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        if self.timeline is None or not self.plot.sceneBoundingRect().contains(scene_pos):
            return
        s = self.nearest_session(self.plot.getViewBox().mapSceneToView(scene_pos).x())
        if s is not None:
            self.sessionActivated.emit(s.session_id)

    # --- export ----------------------------------------------------------------------------------

    def export(self, path: str) -> None:
        """Write the chart as PNG or SVG (by the file's extension).

        De-identified like every export: the axis shows session numbers, never dates, and the chart
        carries no client code.
        """
        was_by_date = self.by_date
        self._exporting = True
        self.plot.setBackground("w")
        self.set_by_date(False)
        legend = self._export_legend()
        # The new axis and the legend are laid out, and the axes redrawn for the new view, by posted events.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        try:
            self._export_plot(path)
        finally:
            self.plot.getPlotItem().layout.removeItem(legend)
            legend.setParentItem(None)
            if legend.scene() is not None:
                legend.scene().removeItem(legend)
            self._exporting = False
            self.plot.setBackground(None)
            self.set_by_date(was_by_date)

    def _export_legend(self) -> pg.LegendItem:
        """The on-screen legend is made of widgets; an exported chart carries its own, under the axis."""
        items = [(self.series[k], self.legend[k].text()) for k in LEGEND_KEYS
                 if k in self.series and k not in self.hidden]
        for key, marker in (("ruptures", self.rupture_markers), ("repairs", self.repair_markers)):
            if self.legend[key].isVisibleTo(self) and key not in self.hidden:
                items.append((marker, self.legend[key].text()))
        return add_legend(self.plot, items)

    def _export_plot(self, path: str) -> None:
        write_plot(self.plot, path, self.tr("Alliance timeline"))

    def _export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), in_documents("timeline.png"),
                                              self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            self.export(path)
