"""The outcome panel under the alliance chart: one outcome measure's totals over time on the same horizontal axis,
its severity bands shaded, the clinical cut-off, each administration coloured by its change against the baseline,
sudden gains and losses with their critical session, and a line that says where the client stands."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from alliance.core.messages import Msg, msg
from alliance.core.outcomes import (
    ChangeClass,
    Classified,
    Clinical,
    Direction,
    OutcomeInstrument,
    change_label,
    data_label,
)
from alliance.services.outcomes import InstrumentOutcomes
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.text import shown

CLASS_COLOURS = {
    ChangeClass.BASELINE: "#5b6b7f",
    ChangeClass.RELIABLE_IMPROVEMENT: "#2e7d4f",
    ChangeClass.RELIABLE_DETERIORATION: "#b3261e",
    ChangeClass.NO_RELIABLE_CHANGE: "#8a8f98",
    ChangeClass.NOT_CLASSIFIED: "#8a8f98",
}
LINE_COLOUR = "#3f4f63"
CUTOFF_COLOUR = "#b3261e"
GAIN_COLOUR = "#2e7d4f"
LOSS_COLOUR = "#b3261e"
BAND_MILD = (46, 125, 79)  # the least severe band's tint; the most severe is BAND_SEVERE, those between mixed
BAND_SEVERE = (179, 38, 30)
BAND_ALPHA = 26  # faint: the bands are background, the scores are the figure
WIDEST = 1e13  # seconds since the epoch, or session numbers: beyond any horizontal axis


def _tint(severity: float) -> tuple[int, int, int]:
    r, g, b = (round(m + (s - m) * severity) for m, s in zip(BAND_MILD, BAND_SEVERE, strict=True))
    return r, g, b


def band_spans(instrument: OutcomeInstrument) -> list[tuple[float, float, Msg, tuple[int, int, int]]]:
    """(from, to, label, tint) for each severity band, the least severe tinted green and the most severe red;
    an instrument with a cut-off but no bands gets two: the clinical range and the rest."""
    top = instrument.scoring.total_max
    if top is None:
        return []
    bands = sorted(instrument.bands, key=lambda b: b.lower)
    if bands:
        spans = []
        for i, band in enumerate(bands):
            upper = float(bands[i + 1].lower) if i + 1 < len(bands) else float(top)
            severity = i / (len(bands) - 1) if len(bands) > 1 else 0.0
            if instrument.direction is not Direction.HIGHER_IS_WORSE:
                severity = 1 - severity
            spans.append((float(band.lower), upper, data_label(instrument, band.label), _tint(severity)))
        return spans
    cut = instrument.cutoff
    if cut is None:
        return []
    low = float(instrument.scoring.total_min or 0)
    above = cut.clinical is Clinical.AT_OR_ABOVE
    clinical = msg("Clinical range (cut-off {value})", value=cut.value)
    other = (msg("Below the clinical range (cut-off {value})", value=cut.value) if above else
             msg("Above the clinical range (cut-off {value})", value=cut.value))
    return [(low, float(cut.value), other if above else clinical, _tint(1.0 if not above else 0.0)),
            (float(cut.value), float(top), clinical if above else other, _tint(1.0 if above else 0.0))]


class SeverityBands(pg.GraphicsObject):  # type: ignore[misc]  # pyqtgraph ships no types
    """Horizontal bands across the whole visible width, each from its lower to its upper score, behind the
    scores. One item painting rectangles: a LinearRegionItem per band is three items that each follow the view.
    It has no horizontal extent of its own, so it never widens the view's range."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[tuple[float, float, Msg, tuple[int, int, int]]] = []
        self._brushes: list[QBrush] = []
        self.setZValue(-20)

    def set_spans(self, spans: list[tuple[float, float, Msg, tuple[int, int, int]]]) -> None:
        if spans == self.spans:
            return
        self.prepareGeometryChange()
        self.spans = spans
        self._brushes = [QBrush(QColor(*tint, BAND_ALPHA)) for _, _, _, tint in spans]
        self.informViewBoundsChanged()
        self.update()

    def dataBounds(self, axis: int, frac: float = 1.0,
                   orthoRange: tuple[float, float] | None = None) -> tuple[float, float] | None:
        if axis == 0 or not self.spans:
            return None
        return self.spans[0][0], self.spans[-1][1]

    def boundingRect(self) -> QRectF:
        # Wider than any timeline, so the item never depends on hearing of each change of the view's range;
        # dataBounds gives no horizontal extent, so this never widens the range either.
        if not self.spans:
            return QRectF()
        low, high = self.spans[0][0], self.spans[-1][1]
        return QRectF(-WIDEST, low, 2 * WIDEST, high - low)

    def paint(self, painter: QPainter, *_args: object) -> None:
        view = self.viewRect()
        if view is None:
            return
        for (low, high, _, _), brush in zip(self.spans, self._brushes, strict=True):
            painter.fillRect(QRectF(view.left(), low, view.width(), high - low), brush)


class OutcomePanel(QWidget):
    """Emits ``critical_session_requested(session id)`` for "Critical session…"."""

    critical_session_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcomes: tuple[InstrumentOutcomes, ...] = ()
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Outcome measure shown"))
        self.choice.currentIndexChanged.connect(lambda _i: self._draw())
        self.summary = label("", "hint", wrap=True, parent=self)
        self.details = label("", "hint", wrap=True, parent=self)  # clusters and diagnoses of the latest
        self.critical_button = QPushButton(self.tr("&Critical session\u2026"), self)
        self.critical_button.setToolTip(self.tr("The session before the sudden gain: its note, ruptures and "
                                                "repairs"))
        self.critical_button.clicked.connect(self._critical)
        self.plot = pg.PlotWidget(background=None)
        self.plot.setMinimumHeight(110)
        self.plot.setMaximumHeight(170)
        self.plot.setMouseEnabled(x=True, y=False)
        # Its time axis is the alliance chart's (linked): never fitted to its own points, which would narrow the chart.
        self.plot.enableAutoRange(x=False)
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.line = pg.PlotDataItem(pen=pg.mkPen(LINE_COLOUR, width=2))
        self.points = pg.ScatterPlotItem(size=9)
        self.gains = pg.ScatterPlotItem(size=16, symbol="star", brush=pg.mkBrush(GAIN_COLOUR), pen=pg.mkPen("w"))
        self.losses = pg.ScatterPlotItem(size=13, symbol="t", brush=pg.mkBrush(LOSS_COLOUR), pen=pg.mkPen("w"))
        self.cutoff = pg.InfiniteLine(angle=0, pen=pg.mkPen(CUTOFF_COLOUR, width=1, style=Qt.PenStyle.DashLine))
        for item in (self.line, self.points, self.gains, self.losses, self.cutoff):
            self.plot.addItem(item)
        self.bands = SeverityBands()
        self.plot.addItem(self.bands)
        self._x_of: Callable[[int], float | None] = lambda _sid: None
        self.event_lines: list[pg.InfiniteLine] = []
        self._critical_id: int | None = None
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(label(self.tr("Outcome"), "subtitle", parent=self))
        top.addWidget(self.choice)
        top.addWidget(self.summary, 1)
        top.addWidget(self.critical_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.plot)
        self.setVisible(False)

    def set_outcomes(self, outcomes: tuple[InstrumentOutcomes, ...], x_of: Callable[[int], float | None]) -> None:
        """Show these measures (none: hidden); ``x_of(session id)`` places a session on the alliance chart's axis."""
        shown_before = self.choice.currentData()
        self.outcomes, self._x_of = outcomes, x_of
        self.choice.blockSignals(True)
        self.choice.clear()
        for o in outcomes:
            self.choice.addItem(o.instrument.short_name, o.instrument.id)
        index = self.choice.findData(shown_before)
        self.choice.setCurrentIndex(index if index >= 0 else 0)
        self.choice.blockSignals(False)
        self.setVisible(bool(outcomes))
        self._draw()

    def set_events(self, events: list[tuple[float, str]]) -> None:
        """Context events at these positions of the shared axis, as on the alliance chart (dashed lines)."""
        for line in self.event_lines:
            self.plot.removeItem(line)
        self.event_lines = []
        for x, text in events:
            line = pg.InfiniteLine(pos=x, angle=90, pen=pg.mkPen(LINE_COLOUR, width=1, style=Qt.PenStyle.DashLine))
            line.setToolTip(text)
            self.plot.addItem(line)
            self.event_lines.append(line)

    def current(self) -> InstrumentOutcomes | None:
        iid = self.choice.currentData()
        return next((o for o in self.outcomes if o.instrument.id == iid), None)

    def _draw(self) -> None:
        o = self.current()
        self._critical_id = None
        if o is None:
            for item in (self.line, self.points, self.gains, self.losses):
                item.setData([], [])
            self._draw_bands(None)
            self.summary.setText("")
            self.critical_button.setVisible(False)
            return
        drawn = [(x, c) for c in o.series if c.score.total is not None
                 and (x := self._x_of(int(c.administration.session_id))) is not None]
        xs = [x for x, _ in drawn]
        ys = [float(c.score.total) for _, c in drawn if c.score.total is not None]
        self.line.setData(xs, ys)
        # As columns, with one brush per change class: pyqtgraph reads spots given as dicts one by one.
        brushes = {k: pg.mkBrush(v) for k, v in CLASS_COLOURS.items()}
        self.points.setData(x=xs, y=ys, brush=[brushes[c.change_class] for _, c in drawn], pen=pg.mkPen("w"),
                            data=[c.administration.session_number for _, c in drawn])
        for scatter, gain in ((self.gains, True), (self.losses, False)):
            marks = [(self._x_of(int(g.after.session_id)), float(g.post_score)) for g in o.sudden if g.gain is gain]
            scatter.setData([x for x, _ in marks if x is not None], [y for x, y in marks if x is not None])
        self._draw_bands(o.instrument)
        top = o.instrument.scoring.total_max
        self.plot.setYRange(0, float(top) if top else max(ys or [1]) * 1.1, padding=0.05)
        cut = o.instrument.cutoff
        self.cutoff.setVisible(cut is not None)
        if cut is not None:
            self.cutoff.setValue(float(cut.value))
        sudden = [g for g in o.sudden if g.gain]
        if sudden:
            self._critical_id = int(sudden[-1].critical_session_id)
        self.critical_button.setVisible(self._critical_id is not None)
        self.summary.setText(self._summary(o, o.latest))
        self.details.setText(self._details(o.latest))
        self.details.setVisible(bool(self.details.text()))

    def _draw_bands(self, instrument: OutcomeInstrument | None) -> None:
        """Shade the instrument's severity bands behind the scores."""
        self.bands.set_spans([] if instrument is None else band_spans(instrument))

    def _summary(self, o: InstrumentOutcomes, latest: Classified | None) -> str:
        if latest is None:
            return ""
        parts = []
        if latest.score.total is not None:
            parts.append(self.tr("latest {total} (session {n})").format(
                total=f"{float(latest.score.total):g}", n=latest.administration.session_number))
        if latest.score.band_label is not None:
            parts.append(shown(latest.score.band_label))
        parts.append(shown(change_label(latest.change_class))
                     + (self.tr(", recovered") if latest.recovered else ""))
        self.summary.setToolTip(shown(latest.reason))
        for g in o.sudden:
            kind = self.tr("Sudden gain") if g.gain else self.tr("Sudden loss")
            provisional = self.tr(" (provisional)") if g.provisional else ""
            parts.append(self.tr("{kind}{provisional} after session {n}").format(
                kind=kind, provisional=provisional, n=g.critical_session_number))
        return " \u00b7 ".join(parts)

    def _details(self, latest: Classified | None) -> str:
        """The latest administration's clusters and diagnostic rules (PCL-5 B-E, ITQ), as the manual counts them."""
        if latest is None:
            return ""
        parts = []
        for c in latest.score.clusters:
            total = "\u2013" if c.total is None else str(c.total)
            met = " \u2713" if c.met else ""  # its criterion met
            parts.append(f"{shown(c.label)} {total}{met}")
        for d in latest.score.diagnoses:
            verdict = {True: self.tr("met"), False: self.tr("not met"), None: self.tr("undecided (items missing)")}
            parts.append(f"{shown(d.label)}: {verdict[d.met]}")
        return " \u00b7 ".join(parts)

    def _critical(self) -> None:
        if self._critical_id is not None:
            self.critical_session_requested.emit(self._critical_id)

    def clear(self) -> None:
        self.set_outcomes((), lambda _sid: None)
