"""The client timeline drawn as vectors with QPainter, for PDF reports (QtGui only).

Four components as thin lines, the alliance index thick, the client check-in dashed, inferred rupture-repair
episodes shaded; below the plot a strip of rupture triangles (size = intensity) and repair circles joined by
dotted links; x is the session number, y the 0-10 rating. Sizes are in points times ``u`` (device pixels per
point), so the same code serves any resolution. Its words (legend, axis titles) are in the installed language.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen, QPolygonF

from alliance.core.export_records import ExportClient
from alliance.core.messages import translatable
from alliance.core.ratings import COMPONENTS
from alliance.core.taxonomy import RESOLVED_AT
from alliance.i18n import translated
from alliance.reports.pdf_base import INK, MUTED, colour, font

SERIES_COLOURS: dict[str, str] = {
    "safety": "#5B8DB8", "trust": "#5F8A5A", "attunement": "#A5772A", "boundaries": "#9C7BB5",
}
INDEX_COLOUR = "#2F4858"
CHECKIN_COLOUR = "#D1605E"
KIND_COLOURS: dict[str, str] = {"withdrawal": "#4F6DB0", "confrontation": "#C0504D", "mixed": "#8E5BA6"}
REPAIR_COLOUR = "#3E8E5E"
LINK_COLOUR = "#6F8F86"
GRID = "#dfe6e6"
STRIP_FILL = "#f4f7f7"
EPISODE_FILL = QColor(47, 125, 122, 40)

GUTTER, RIGHT_PAD, STRIP_H, XAXIS_H = 34.0, 8.0, 30.0, 24.0  # points


@dataclass(frozen=True)
class _Axes:
    plot: QRectF
    strip: QRectF
    lo: float
    hi: float
    gutter: float  # device pixels left of the plot: the axis title, the ticks' and the strip's labels

    def x(self, n: float) -> float:
        return self.plot.left() + (n - self.lo) / (self.hi - self.lo) * self.plot.width()

    def y(self, v: float) -> float:
        return self.plot.bottom() - v / 10.0 * self.plot.height()


def nice_step(span: float, max_ticks: int = 14) -> int:
    """A 1-2-5 step giving at most max_ticks ticks over span."""
    for magnitude in (1, 10, 100, 1000, 10000):
        for base in (1, 2, 5):
            step = base * magnitude
            if span / step <= max_ticks:
                return step
    return 100000


def session_ticks(first: int, last: int) -> list[int]:
    """Session numbers to label: multiples of a nice step, plus the first session."""
    step = nice_step(last - first + 1)
    ticks = [n for n in range(first, last + 1) if n % step == 0]
    if not ticks or ticks[0] - first >= step / 2:
        ticks.insert(0, first)
    return ticks


def _pen(hex_code: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour(hex_code), width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    return pen


def _text(p: QPainter, text: str, x: float, baseline: float, ink: str = MUTED, size: float = 7.5) -> None:
    p.setFont(font(size))
    p.setPen(colour(ink))
    p.drawText(QPointF(x, baseline), text)


def rupture_shape(kind: str, cx: float, cy: float, side: float) -> QPolygonF:
    """Withdrawal: a triangle pointing down (moving away); confrontation: pointing up; mixed: a diamond."""
    h = side * math.sqrt(3) / 2
    if kind == "withdrawal":
        pts = [(cx - side / 2, cy - h / 3), (cx + side / 2, cy - h / 3), (cx, cy + 2 * h / 3)]
    elif kind == "confrontation":
        pts = [(cx - side / 2, cy + h / 3), (cx + side / 2, cy + h / 3), (cx, cy - 2 * h / 3)]
    else:
        r = side * 0.6
        pts = [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)]
    return QPolygonF([QPointF(x, y) for x, y in pts])


def rupture_side(intensity: int) -> float:
    """Marker size in points for an intensity 1-5."""
    return 4.5 + 1.6 * max(1, min(5, intensity))


def _draw_rupture(p: QPainter, kind: str, cx: float, cy: float, side: float, u: float) -> None:
    p.setPen(QPen(QColor("#ffffff"), 0.6 * u))
    p.setBrush(QBrush(colour(KIND_COLOURS.get(kind, INK))))
    p.drawPolygon(rupture_shape(kind, cx, cy, side))
    p.setBrush(Qt.BrushStyle.NoBrush)


def _draw_repair(p: QPainter, cx: float, cy: float, resolved: bool, u: float) -> None:
    r = 3.0 * u
    p.setPen(QPen(colour(REPAIR_COLOUR), 1.2 * u))
    p.setBrush(QBrush(colour(REPAIR_COLOUR)) if resolved else QBrush(QColor("#ffffff")))
    p.drawEllipse(QPointF(cx, cy), r, r)
    p.setBrush(Qt.BrushStyle.NoBrush)


LEGEND_ITEMS: tuple[tuple[str, str, str], ...] = (  # labels marked for translation, shown translated
    *((c.key, "line", c.label) for c in COMPONENTS),
    ("index", "thick", translatable("Alliance index")),
    ("checkin", "dashed", translatable("Client check-in")),
    ("withdrawal", "rupture", translatable("Withdrawal rupture")),
    ("confrontation", "rupture", translatable("Confrontation rupture")),
    ("mixed", "rupture", translatable("Mixed rupture")),
    ("resolved", "repair", translatable("Repair (resolved)")),
    ("partial", "repair", translatable("Repair (not yet resolved)")),
    ("link", "link", translatable("Rupture \u2192 repair")),
    ("episode", "span", translatable("Inferred episode (drop and recovery)")),
)
LEGEND_NOTE = translatable("Rupture marker size shows intensity (1\u20135).")


def _legend_layout(m: QFontMetricsF, width: float, u: float) -> list[list[tuple[int, float]]]:
    rows: list[list[tuple[int, float]]] = [[]]
    x = 0.0
    for i, (_, _, label) in enumerate(LEGEND_ITEMS):
        w = 20 * u + m.horizontalAdvance(translated(label)) + 12 * u
        if x + w > width and rows[-1]:
            rows.append([])
            x = 0.0
        rows[-1].append((i, x))
        x += w
    return rows


def legend_height(p_device_metrics: QFontMetricsF, width: float, u: float) -> float:
    """Height in device pixels of the legend under a chart of the given width (note line included)."""
    return (len(_legend_layout(p_device_metrics, width, u)) + 1) * 12 * u


def _draw_swatch(p: QPainter, key: str, style: str, x: float, cy: float, u: float) -> None:
    a, b = QPointF(x, cy), QPointF(x + 16 * u, cy)
    if style == "line":
        p.setPen(_pen(SERIES_COLOURS[key], 1.1 * u))
        p.drawLine(a, b)
    elif style == "thick":
        p.setPen(_pen(INDEX_COLOUR, 2.6 * u))
        p.drawLine(a, b)
    elif style == "dashed":
        p.setPen(_pen(CHECKIN_COLOUR, 1.3 * u, Qt.PenStyle.DashLine))
        p.drawLine(a, b)
    elif style == "rupture":
        _draw_rupture(p, key, x + 8 * u, cy, rupture_side(3) * u, u)
    elif style == "repair":
        _draw_repair(p, x + 8 * u, cy, key == "resolved", u)
    elif style == "link":
        p.setPen(_pen(LINK_COLOUR, 1.0 * u, Qt.PenStyle.DotLine))
        p.drawLine(a, b)
    else:
        p.fillRect(QRectF(x, cy - 4.5 * u, 16 * u, 9 * u), EPISODE_FILL)


def _draw_legend(p: QPainter, rect: QRectF, u: float) -> None:
    m = QFontMetricsF(font(7.5), p.device())
    for r, row in enumerate(_legend_layout(m, rect.width(), u)):
        cy = rect.top() + (r + 0.5) * 12 * u
        for i, x in row:
            key, style, label = LEGEND_ITEMS[i]
            _draw_swatch(p, key, style, rect.left() + x, cy, u)
            _text(p, translated(label), rect.left() + x + 20 * u, cy + m.ascent() / 2 - m.descent() / 2, INK)
    rows = len(_legend_layout(m, rect.width(), u))
    _text(p, translated(LEGEND_NOTE), rect.left(),
          rect.top() + (rows + 0.5) * 12 * u + m.ascent() / 2 - m.descent() / 2)


def strip_labels() -> tuple[str, str]:
    """The words left of the strip, beside the repair circles and the rupture markers."""
    return translated("repair"), translated("rupture")


def gutter_width(m: QFontMetricsF, u: float) -> float:
    """Device pixels left of the plot: GUTTER points, or more when the strip's words (German, say) need it."""
    return max(GUTTER * u, max(m.horizontalAdvance(w) for w in strip_labels()) + 6 * u)


def _axes(rect: QRectF, client: ExportClient, legend_h: float, u: float, gutter: float) -> _Axes:
    numbers = [s.n for s in client.sessions]
    first, last = min(numbers), max(numbers)
    lo, hi = (first - 1.0, last + 1.0) if first == last else (first - 0.6, last + 0.6)
    left, right = rect.left() + gutter, rect.right() - RIGHT_PAD * u
    top = rect.top() + 6 * u
    strip_bottom = rect.bottom() - legend_h - XAXIS_H * u
    strip_top = strip_bottom - STRIP_H * u
    plot = QRectF(left, top, right - left, strip_top - 4 * u - top)
    return _Axes(plot, QRectF(left, strip_top, right - left, STRIP_H * u), lo, hi, gutter)


def _draw_frame(p: QPainter, ax: _Axes, client: ExportClient, u: float) -> None:
    m = QFontMetricsF(font(7.5), p.device())
    for e in client.episodes:
        if e.kind == "inferred":
            x1, x2 = ax.x(e.start_session - 0.5), ax.x(e.end_session + 0.5)
            p.fillRect(QRectF(x1, ax.plot.top(), x2 - x1, ax.plot.height()), EPISODE_FILL)
    p.fillRect(ax.strip, colour(STRIP_FILL))
    first, last = client.sessions[0].n, client.sessions[-1].n
    for n in session_ticks(min(first, last), max(first, last)):
        x = ax.x(n)
        p.setPen(QPen(colour(GRID), 0.5 * u))
        p.drawLine(QPointF(x, ax.plot.top()), QPointF(x, ax.strip.bottom()))
        label = str(n)
        _text(p, label, x - m.horizontalAdvance(label) / 2, ax.strip.bottom() + 3 * u + m.ascent())
    for v in range(0, 11, 2):
        y = ax.y(v)
        p.setPen(QPen(colour("#9aa7a7" if v == 0 else GRID), (0.8 if v == 0 else 0.5) * u))
        p.drawLine(QPointF(ax.plot.left(), y), QPointF(ax.plot.right(), y))
        label = str(v)
        _text(p, label, ax.plot.left() - 4 * u - m.horizontalAdvance(label), y + m.ascent() / 2 - m.descent() / 2)
    for label, frac in zip(strip_labels(), (0.3, 0.72), strict=True):
        y = ax.strip.top() + frac * ax.strip.height() + m.ascent() / 2 - m.descent() / 2
        _text(p, label, ax.plot.left() - 4 * u - m.horizontalAdvance(label), y, size=7.5)
    p.save()
    p.translate(ax.plot.left() - ax.gutter + m.ascent(), ax.plot.center().y())
    p.rotate(-90)
    label = translated("Rating (0\u201310)")
    _text(p, label, -m.horizontalAdvance(label) / 2, 0, INK)
    p.restore()
    title = translated("Session number")
    _text(p, title, ax.plot.center().x() - m.horizontalAdvance(title) / 2,
          ax.strip.bottom() + 5 * u + m.height() + m.ascent(), INK)


def _polyline(p: QPainter, points: Sequence[tuple[float, float]], pen: QPen, ax: _Axes) -> None:
    if not points:
        return
    p.setPen(pen)
    if len(points) == 1:
        x, y = points[0]
        p.drawPoint(QPointF(ax.x(x), ax.y(y)))
        return
    p.drawPolyline(QPolygonF([QPointF(ax.x(x), ax.y(y)) for x, y in points]))


def _draw_series(p: QPainter, ax: _Axes, client: ExportClient, u: float) -> None:
    for c in COMPONENTS:
        pts = [(s.n, float(getattr(s, c.key))) for s in client.sessions]
        _polyline(p, pts, _pen(SERIES_COLOURS[c.key], 1.0 * u), ax)
    checkin = [(s.n, s.checkin) for s in client.sessions if s.checkin is not None]
    _polyline(p, checkin, _pen(CHECKIN_COLOUR, 1.3 * u, Qt.PenStyle.DashLine), ax)
    _polyline(p, [(s.n, s.alliance_index) for s in client.sessions], _pen(INDEX_COLOUR, 2.6 * u), ax)


def _draw_events(p: QPainter, ax: _Axes, client: ExportClient, u: float) -> None:
    rep_y = ax.strip.top() + 0.3 * ax.strip.height()
    rup_y = ax.strip.top() + 0.72 * ax.strip.height()
    ruptures = [r for s in client.sessions for r in s.ruptures]
    repairs = [r for s in client.sessions for r in s.repairs]
    p.setPen(_pen(LINK_COLOUR, 1.0 * u, Qt.PenStyle.DotLine))
    for rep in repairs:
        if rep.rupture_session >= 1:
            p.drawLine(QPointF(ax.x(rep.rupture_session), rup_y), QPointF(ax.x(rep.session), rep_y))
    for rup in sorted(ruptures, key=lambda r: -r.intensity):
        _draw_rupture(p, rup.kind, ax.x(rup.session), rup_y, rupture_side(rup.intensity) * u, u)
    for rep in sorted(repairs, key=lambda r: r.resolution):
        _draw_repair(p, ax.x(rep.session), rep_y, rep.resolution >= RESOLVED_AT, u)


def draw_timeline(p: QPainter, rect: QRectF, client: ExportClient, u: float) -> None:
    """Paint the client's timeline into rect (device pixels); u is device pixels per point."""
    if not client.sessions:
        _text(p, translated("No sessions to chart."), rect.left(), rect.top() + 12 * u, INK, 9)
        return
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    m = QFontMetricsF(font(7.5), p.device())
    gutter = gutter_width(m, u)
    legend_w = rect.width() - gutter
    legend_h = legend_height(m, legend_w, u)
    ax = _axes(rect, client, legend_h, u, gutter)
    _draw_frame(p, ax, client, u)
    p.setClipRect(ax.plot.adjusted(-3 * u, -3 * u, 3 * u, 3 * u))
    _draw_series(p, ax, client, u)
    p.setClipping(False)
    _draw_events(p, ax, client, u)
    _draw_legend(p, QRectF(rect.left() + gutter, rect.bottom() - legend_h, legend_w, legend_h), u)
    p.restore()
