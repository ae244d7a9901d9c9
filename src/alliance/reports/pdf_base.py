"""Shared pieces of the PDF reports: the Qt application they need, page sizes, fonts, colours, and the
metadata clean-up that keeps calendar dates out of the file."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageSize, QPainter, QPen

from alliance import i18n

DPI = 300
MM = 72 / 25.4  # points per millimetre
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}

INK = "#1f2a2a"
MUTED = "#5d6b6b"
ACCENT = "#2f7d7a"
RULE = "#c9d3d2"
HEADER_FILL = "#e3eeed"
ZEBRA_FILL = "#f5f8f8"
WARN_FILL = "#fff3d1"
WARN_EDGE = "#b7791f"

_app: QGuiApplication | None = None


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display) for the command line."""
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise RuntimeError("PDF reports need a QGuiApplication, but a non-GUI Qt application is running.")
        return existing
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication(["alliance"])
    i18n.install()  # a PDF made by the command line speaks the system's language
    return _app


def page_size_id(name: str) -> QPageSize.PageSizeId:
    """QPageSize id for "A4" or "Letter" (any case)."""
    try:
        return PAGE_SIZES[name.strip().lower()]
    except KeyError:
        raise ValueError(f"Page size must be A4 or Letter, not {name!r}.") from None


@lru_cache(maxsize=64)
def font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    """The default (system sans) family at a point size; on a bare Linux box that is DejaVu Sans.

    Metrics are device independent (no hinting), so layout measured here matches what the PDF draws.
    """
    f = QFont()
    f.setPointSizeF(size)
    f.setBold(bold)
    f.setItalic(italic)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    for tag in ("liga", "clig"):  # no "fi" ligatures: text copied or extracted from the PDF stays plain
        f.setFeature(QFont.Tag(tag), 0)
    return f


@lru_cache(maxsize=32)
def colour(hex_code: str) -> QColor:
    """A cached QColor."""
    return QColor(hex_code)


def draw_line(p: QPainter, text: str, f: QFont, ink: str, x: float, baseline: float) -> None:
    """One line of text with its baseline at y = baseline."""
    p.setFont(f)
    p.setPen(colour(ink))
    p.drawText(QPointF(x, baseline), text)


def fill_rect(p: QPainter, rect: QRectF, fill: str, edge: str | None = None, edge_width: float = 0.0) -> None:
    if edge is None:
        p.setPen(Qt.PenStyle.NoPen)
    else:
        p.setPen(QPen(colour(edge), edge_width))
    p.setBrush(colour(fill))
    p.drawRect(rect)
    p.setBrush(Qt.BrushStyle.NoBrush)


def draw_rule(p: QPainter, x1: float, x2: float, y: float, ink: str, width: float) -> None:
    p.setPen(QPen(colour(ink), width))
    p.drawLine(QPointF(x1, y), QPointF(x2, y))


@dataclass(frozen=True)
class Column:
    """One table column: a title, a share of the width, and an alignment."""

    title: str
    weight: float
    align: str = "left"  # left | right | center


@dataclass(frozen=True)
class TableGeometry:
    """Column widths, wrapped header and cell lines, and row heights of one table."""

    widths: list[float]
    head: list[list[str]]
    head_h: float
    cells: list[list[list[str]]]
    row_h: list[float]
    pad_x: float
    pad_y: float


def aligned(x: float, w: float, pad: float, text_w: float, align: str) -> float:
    """The x where text of a width starts in a cell."""
    if align == "right":
        return x + w - pad - text_w
    if align == "center":
        return x + (w - text_w) / 2
    return x + pad


_INFO_DATE = re.compile(rb"\(D:\d{4}[0-9Z+\-']*\)")
_XMP_DATE = re.compile(rb'(xmp:\w*Date)="\d{4}-[^"]*"')


def strip_dates(pdf: bytes, year: int) -> bytes:
    """Reduce the creation and modification dates Qt writes (Info and XMP) to the export year.

    Replacements keep every byte offset (padding with PDF/XML whitespace), so the cross-reference table
    and stream lengths stay valid.
    """
    def info(m: re.Match[bytes]) -> bytes:
        new = b"(D:%04d)" % year
        return new + b" " * (len(m.group(0)) - len(new))

    def xmp(m: re.Match[bytes]) -> bytes:
        new = m.group(1) + b'="%04d"' % year
        return new + b" " * (len(m.group(0)) - len(new))

    return _XMP_DATE.sub(xmp, _INFO_DATE.sub(info, pdf))
