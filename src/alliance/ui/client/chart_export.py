"""Writing a pyqtgraph chart to a PNG or SVG file, with a legend drawn into the picture."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter
from PySide6.QtSvg import QSvgGenerator

from alliance.ui.widgets import theme


def add_legend(plot: pg.PlotWidget, items: Sequence[tuple[pg.GraphicsObject, str]]) -> pg.LegendItem:
    """A legend of these (item, name) pairs under the plot's bottom axis and its label (the caller removes it)."""
    legend = pg.LegendItem(colCount=max(1, len(items)), labelTextColor=theme.LIGHT.text, labelTextSize="9pt")
    plot.getPlotItem().layout.addItem(legend, 5, 1)  # under the axis and its label (row 4)
    for item, name in items:
        legend.addItem(item, name)
    return legend


def write_plot(plot: pg.PlotWidget, path: str, title: str) -> None:
    """Write the plot as SVG (a ``.svg`` path) or PNG (at least 1,200 px wide)."""
    if path.lower().endswith(".svg"):
        # QSvgGenerator instead of pyqtgraph's SVGExporter, which fails on Qt 6.11 path data.
        generator = QSvgGenerator()
        generator.setFileName(path)
        size = plot.size()
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(title)
        # The axes replay cached QPictures, which scale by the device's resolution: match the screen's.
        generator.setResolution(plot.logicalDpiX())
        painter = QPainter(generator)
        # As pyqtgraph's own exporters do: items draw for export (scatter symbols as paths, not cached
        # pixmap fragments, which an SVG file repeats and misplaces).
        items = [i for i in plot.scene().items() if isinstance(i, pg.GraphicsItem)]
        for item in items:
            item.setExportMode(True, {"antialias": True, "background": QColor("white"), "painter": painter,
                                      "resolutionScale": 1.0})
        try:
            plot.render(painter)
        finally:
            for item in items:
                item.setExportMode(False)
            painter.end()
        return
    import pyqtgraph.exporters as exporters

    exporter = exporters.ImageExporter(plot.getPlotItem())
    exporter.parameters()["width"] = max(1200, int(plot.width() * 2))
    exporter.export(path)
