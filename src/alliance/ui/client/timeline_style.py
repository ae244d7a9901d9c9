"""How the timeline chart draws each series and marker: colours in the light and dark looks, and the
small samples its legend shows. No pyqtgraph here."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from alliance.core.ratings import COMPONENTS
from alliance.ui.widgets import theme

# Every line at least 3:1 against the background it is drawn on (WCAG 1.4.11; tests/ui/test_contrast.py).
# Every line at least 3:1 against the background it is drawn on (WCAG 1.4.11; tests/ui/test_contrast.py).
SERIES_COLOURS: dict[str, str] = {
    "safety": "#5B8DB8", "trust": "#5F8A5A", "attunement": "#A5772A", "boundaries": "#9C7BB5",
    "index": "#2F4858", "checkin": "#D1605E", "prediction": "#8A3B39",
}
# On the dark background the index line is drawn light, the rest a shade brighter.
DARK_SERIES_COLOURS: dict[str, str] = {
    "safety": "#7EA9D1", "trust": "#9CC497", "attunement": "#DDB46A", "boundaries": "#B79AD0",
    "index": "#E6ECEB", "checkin": "#EC8784", "prediction": "#F4B5B3",
}
# Each component has its own dash as well as its own colour: the four are told apart without colour vision too.
# The index stands out by its width, the client's check-in by its width and its colour's lightness.
LINE_STYLES: dict[str, Qt.PenStyle] = {
    "safety": Qt.PenStyle.SolidLine, "trust": Qt.PenStyle.DashDotLine, "attunement": Qt.PenStyle.DotLine,
    "boundaries": Qt.PenStyle.DashDotDotLine, "index": Qt.PenStyle.SolidLine, "checkin": Qt.PenStyle.SolidLine,
}
# Dashed lines are one pixel wide: Qt strokes a dashed pen any wider through its path stroker, which made one
# paint of a 500-session chart take 100 ms instead of 2 (measured with four 1.4 px dashed lines).
LINE_WIDTHS: dict[str, float] = {
    "safety": 1.0, "trust": 1.0, "attunement": 1.0, "boundaries": 1.0, "index": 3.0, "checkin": 2.0,
}
RUPTURE_COLOURS = ("#D1605E", "#7A2E2C")  # fill, outline
REPAIR_COLOURS = ("#7FA77A", "#3C5E39")  # fill (inside the dark outline), outline
REPAIR_LINK_COLOUR = "#5F8A5A"  # the dotted line from a rupture to its repair: 3.7:1 on light, 4.1:1 on dark
EPISODE_COLOUR = QColor(127, 167, 122, 170)
LEGEND_KEYS = (*(c.key for c in COMPONENTS), "index", "checkin", "prediction", "ruptures", "repairs", "episodes")


def legend_icon(key: str) -> QIcon:
    """A small sample of how a series or marker is drawn, for its legend check box."""
    pixmap = QPixmap(22, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if key == "episodes":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(EPISODE_COLOUR)
        p.drawRect(QRectF(1, 4, 20, 6))
    elif key in ("ruptures", "repairs"):
        fill, outline = RUPTURE_COLOURS if key == "ruptures" else REPAIR_COLOURS
        p.setPen(QPen(QColor(outline), 1))
        p.setBrush(QColor(fill))
        if key == "ruptures":
            p.drawPolygon(QPolygonF([QPointF(5, 2), QPointF(17, 2), QPointF(11, 12)]))
        else:
            p.drawEllipse(QRectF(6, 2, 10, 10))
    elif key == "prediction":  # a hollow diamond joined to the check-in by the gap
        colour = QColor((DARK_SERIES_COLOURS if theme.current() is theme.DARK else SERIES_COLOURS)[key])
        p.setPen(QPen(colour, 1.0, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(11, 1), QPointF(11, 13))
        p.setPen(QPen(colour, 1.6))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolygon(QPolygonF([QPointF(11, 2), QPointF(16, 7), QPointF(11, 12), QPointF(6, 7)]))
    else:
        colour = QColor((DARK_SERIES_COLOURS if theme.current() is theme.DARK else SERIES_COLOURS)[key])
        p.setPen(QPen(colour, LINE_WIDTHS[key], LINE_STYLES[key]))
        p.drawLine(QPointF(1, 7), QPointF(21, 7))
        if key in ("index", "checkin"):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            if key == "index":
                p.drawEllipse(QPointF(11, 7), 3.2, 3.2)
            else:
                p.drawRect(QRectF(8.5, 4.5, 5, 5))
    p.end()
    return QIcon(pixmap)
