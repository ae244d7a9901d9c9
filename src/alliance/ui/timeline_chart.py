"""The client timeline: four components, the alliance index and the client check-in over sessions, with
ruptures, repairs, open spans and inferred episodes drawn on top (pyqtgraph).

Imported lazily (after unlock) so the unlock window paints before pyqtgraph and numpy load.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QToolTip, QVBoxLayout, QWidget

from alliance.core.ratings import COMPONENTS
from alliance.core.taxonomy import RESOLVED_AT, RuptureKind
from alliance.services.insights import Timeline, TimelineSession

SERIES_COLOURS: dict[str, str] = {
    "safety": "#5B8DB8", "trust": "#7FA77A", "attunement": "#C99A4B", "boundaries": "#9C7BB5",
    "index": "#2F4858", "checkin": "#D1605E",
}
RUPTURE_SYMBOL: dict[RuptureKind, str] = {
    RuptureKind.WITHDRAWAL: "t",  # triangle pointing down: moving away
    RuptureKind.CONFRONTATION: "t1",  # triangle pointing up: moving against
    RuptureKind.MIXED: "d",
}
RUPTURE_Y = 0.6
REPAIR_Y = 0.6


def _epoch(d: dt.date) -> float:
    return dt.datetime(d.year, d.month, d.day, 12, tzinfo=dt.UTC).timestamp()


@dataclass(frozen=True)
class MarkerInfo:
    """What one rupture or repair marker stands for (kept for hover text and for tests)."""

    rupture_id: int
    session_number: int
    x: float
    kind: RuptureKind
    size: float


class TimelineChart(QWidget):
    """Interactive chart of one client's relationship over time."""

    sessionActivated = Signal(int)  # session id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.by_date = True
        self.plot = pg.PlotWidget(parent=self, background=None,
                                  axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setAccessibleName(self.tr("Timeline chart"))
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.plot.setYRange(0, 10.4, padding=0)
        self.plot.setLimits(yMin=-0.5, yMax=11)
        self.plot.setLabel("left", self.tr("Rating (0\u201310)"))
        self.plot.setMouseEnabled(x=True, y=False)
        self.legend = self.plot.addLegend(offset=(8, 8), labelTextSize="9pt")
        self.series: dict[str, pg.PlotDataItem] = {}
        self.rupture_markers = pg.ScatterPlotItem()
        self.repair_markers = pg.ScatterPlotItem()
        self.rupture_info: list[MarkerInfo] = []
        self.repair_info: list[MarkerInfo] = []
        self.repair_links: list[pg.PlotDataItem] = []
        self.open_spans: list[pg.LinearRegionItem] = []
        self.episode_spans: list[pg.LinearRegionItem] = []

        self.x_mode = QComboBox(self)
        self.x_mode.addItems([self.tr("By date"), self.tr("By session number")])
        self.x_mode.setAccessibleName(self.tr("Horizontal axis"))
        self.x_mode.currentIndexChanged.connect(lambda i: self.set_by_date(i == 0))
        self.reset_button = QPushButton(self.tr("Reset zoom"), self)
        self.reset_button.clicked.connect(self.reset_zoom)
        self.export_button = QPushButton(self.tr("Export chart\u2026"), self)
        self.export_button.clicked.connect(self._export_dialog)
        bar = QHBoxLayout()
        bar.addWidget(self.x_mode)
        bar.addStretch(1)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.plot, 1)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.scene().sigMouseClicked.connect(self._click)

    # --- data ------------------------------------------------------------------------------------

    def x_of(self, s: TimelineSession) -> float:
        """Where a session sits on the horizontal axis in the current mode."""
        return _epoch(s.date) if self.by_date else float(s.number)

    def set_by_date(self, by_date: bool) -> None:
        """Switch the horizontal axis between dates and session numbers."""
        self.by_date = by_date
        self.plot.getAxis("bottom").setStyle(showValues=True)
        axis = pg.DateAxisItem(orientation="bottom") if by_date else pg.AxisItem(orientation="bottom")
        self.plot.setAxisItems({"bottom": axis})
        self.plot.setLabel("bottom", "" if by_date else self.tr("Session"))
        self.set_timeline(self.timeline)

    def clear(self) -> None:
        """Forget everything drawn (used on lock)."""
        self.set_timeline(None)

    def set_timeline(self, timeline: Timeline | None) -> None:
        """Draw a client's timeline (None clears the chart)."""
        self.timeline = timeline
        self.plot.clear()
        self.legend.clear()
        self.series.clear()
        self.rupture_info, self.repair_info = [], []
        self.repair_links, self.open_spans, self.episode_spans = [], [], []
        self.rupture_markers = pg.ScatterPlotItem()
        self.repair_markers = pg.ScatterPlotItem()
        if timeline is None or not timeline.sessions:
            return
        sessions = timeline.sessions
        xs = [self.x_of(s) for s in sessions]
        by_number = {s.number: s for s in sessions}
        self._draw_spans(timeline, by_number)
        for c in COMPONENTS:
            self._line(c.key, c.label, xs, [float(getattr(s.ratings, c.key)) for s in sessions], width=1.4)
        self._line("index", self.tr("Alliance index"), xs, [s.alliance_index for s in sessions], width=3.0,
                   symbol="o")
        checkins = [(self.x_of(s), s.checkin_mean) for s in sessions if s.checkin_mean is not None]
        if checkins:
            self._line("checkin", self.tr("Client check-in"), [c[0] for c in checkins],
                       [float(c[1]) for c in checkins if c[1] is not None], width=1.6, dash=True, symbol="s")
        self._draw_ruptures(timeline, by_number)
        self.reset_zoom()

    def _line(self, key: str, name: str, xs: list[float], ys: list[float], width: float,
              dash: bool = False, symbol: str | None = None) -> None:
        pen = pg.mkPen(SERIES_COLOURS[key], width=width,
                       style=Qt.PenStyle.DashLine if dash else Qt.PenStyle.SolidLine)
        item = self.plot.plot(xs, ys, pen=pen, name=name, symbol=symbol, symbolSize=6,
                              symbolBrush=SERIES_COLOURS[key], symbolPen=None)
        self.series[key] = item

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
                span = pg.LinearRegionItem((self.x_of(start), self.x_of(end)), movable=False,
                                           brush=QColor(209, 96, 94, 28 if resolved else 50), pen=pg.mkPen(None))
                span.setZValue(-20)
                span.setToolTip(self.tr("Rupture open"))
                self.plot.addItem(span)
                self.open_spans.append(span)
        for e in timeline.insights.episodes:
            if e.kind != "inferred":
                continue
            a, b = by_number.get(e.start_number), by_number.get(e.end_number)
            if a is None or b is None:
                continue
            span = pg.LinearRegionItem((self.x_of(a), self.x_of(b)), movable=False,
                                       brush=QColor(127, 167, 122, 45), pen=pg.mkPen(None))
            span.setZValue(-19)
            self.plot.addItem(span)
            self.episode_spans.append(span)

    def _draw_ruptures(self, timeline: Timeline, by_number: dict[int, TimelineSession]) -> None:
        rupture_spots, repair_spots = [], []
        for r in timeline.ruptures:
            s = by_number.get(r.session_number)
            if s is None:
                continue
            size = 8.0 + 3.0 * r.intensity
            x = self.x_of(s)
            self.rupture_info.append(MarkerInfo(r.rupture_id, r.session_number, x, r.kind, size))
            rupture_spots.append({"pos": (x, RUPTURE_Y), "size": size, "symbol": RUPTURE_SYMBOL[r.kind],
                                  "brush": pg.mkBrush("#D1605E"), "pen": pg.mkPen("#7A2E2C"), "data": r.rupture_id})
            for rep in r.repairs:
                rs = by_number.get(rep.session_number)
                if rs is None:
                    continue
                rx = self.x_of(rs)
                size_r = 6.0 + 2 * rep.resolution
                self.repair_info.append(MarkerInfo(r.rupture_id, rep.session_number, rx, r.kind, size_r))
                repair_spots.append({"pos": (rx, REPAIR_Y + 0.5), "size": size_r, "symbol": "o",
                                     "brush": pg.mkBrush("#7FA77A"), "pen": pg.mkPen("#3C5E39"), "data": r.rupture_id})
                link = pg.PlotDataItem([x, rx], [RUPTURE_Y, REPAIR_Y + 0.5],
                                       pen=pg.mkPen("#7FA77A", width=1.2, style=Qt.PenStyle.DotLine))
                self.plot.addItem(link)
                self.repair_links.append(link)
        self.rupture_markers.setData(rupture_spots)
        self.repair_markers.setData(repair_spots)
        self.plot.addItem(self.rupture_markers)
        self.plot.addItem(self.repair_markers)
        if rupture_spots:
            self.legend.addItem(self.rupture_markers, self.tr("Rupture"))
        if repair_spots:
            self.legend.addItem(self.repair_markers, self.tr("Repair"))

    # --- interaction -----------------------------------------------------------------------------

    def reset_zoom(self) -> None:
        """Show every session again."""
        self.plot.enableAutoRange(axis="x")
        self.plot.setYRange(0, 10.4, padding=0)

    def nearest_session(self, x: float) -> TimelineSession | None:
        """The session closest to a horizontal position."""
        if self.timeline is None or not self.timeline.sessions:
            return None
        return min(self.timeline.sessions, key=lambda s: abs(self.x_of(s) - x))

    def hover_text(self, s: TimelineSession) -> str:
        """What hovering a session shows: date, values, ruptures and repairs, note excerpt."""
        lines = [self.tr("Session %1 \u2014 %2").replace("%1", str(s.number)).replace("%2", s.date.isoformat()),
                 self.tr("Alliance index %1").replace("%1", f"{s.alliance_index:.2f}"),
                 "  ".join(f"{c.label} {getattr(s.ratings, c.key)}" for c in COMPONENTS)]
        if s.checkin_mean is not None:
            lines.append(self.tr("Client check-in %1").replace("%1", f"{s.checkin_mean:.1f}"))
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
            QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(pos).toPoint()), self.hover_text(s),
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
        if was_by_date:
            self.set_by_date(False)
        try:
            self._export_plot(path)
        finally:
            if was_by_date:
                self.set_by_date(True)

    def _export_plot(self, path: str) -> None:
        if path.lower().endswith(".svg"):
            # QSvgGenerator instead of pyqtgraph's SVGExporter, which fails on Qt 6.11 path data.
            generator = QSvgGenerator()
            generator.setFileName(path)
            size = self.plot.size()
            generator.setSize(size)
            generator.setViewBox(QRect(0, 0, size.width(), size.height()))
            generator.setTitle(self.tr("Alliance timeline"))
            painter = QPainter(generator)
            try:
                self.plot.render(painter)
            finally:
                painter.end()
            return
        import pyqtgraph.exporters as exporters

        exporter = exporters.ImageExporter(self.plot.getPlotItem())
        exporter.parameters()["width"] = max(1200, int(self.plot.width() * 2))
        exporter.export(path)

    def _export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), "timeline.png",
                                              self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if path:
            self.export(path)
