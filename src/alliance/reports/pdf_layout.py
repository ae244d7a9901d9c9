"""A small flowing layout for PDF reports on QPdfWriter (QtGui only, never QtWidgets).

Layout runs first and records each page as a list of drawing operations; painting happens once at the end,
when the page count is known, so every footer can say "page N of M". Positions are device pixels at
``DPI``; sizes are given in points and converted with ``pt()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextLayout,
    QTextOption,
)

from alliance.reports.pdf_base import (
    ACCENT,
    DPI,
    HEADER_FILL,
    INK,
    MM,
    MUTED,
    RULE,
    WARN_EDGE,
    WARN_FILL,
    ZEBRA_FILL,
    Column,
    TableGeometry,
    aligned,
    draw_line,
    draw_rule,
    ensure_gui_app,
    fill_rect,
    font,
    page_size_id,
    strip_dates,
)

Op = Callable[[QPainter], None]
SHORT_PHRASE = 16  # characters a table cell line keeps together
SHRINK_STEPS = (0.0, 0.5, 1.0, 1.5)  # points a table's text may lose so that no word of it is broken


class PdfDocument:
    """Pages of recorded drawing operations, laid out top to bottom between the margins."""

    def __init__(self, title: str, page_size: str = "A4") -> None:
        ensure_gui_app()
        self.title = title
        self.buffer = QBuffer()
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self.buffer)
        self.writer.setPageSize(QPageSize(page_size_id(page_size)))
        self.writer.setResolution(DPI)
        self.writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        self.writer.setTitle(title)
        self.writer.setCreator("Alliance")
        self.u = DPI / 72.0  # device pixels per point
        self.width = float(self.writer.width())
        self.height = float(self.writer.height())
        self.left = self.pt(18 * MM)
        self.right = self.width - self.pt(18 * MM)
        self.top = self.pt(16 * MM)
        self.bottom = self.height - self.pt(20 * MM)
        self.pages: list[list[Op]] = [[]]
        self.y = self.top
        self._metrics: dict[str, QFontMetricsF] = {}

    # --- units and measuring ------------------------------------------------------------------------------
    def pt(self, points: float) -> float:
        """Points to device pixels."""
        return points * self.u

    @property
    def content_width(self) -> float:
        return self.right - self.left

    def metrics(self, f: QFont) -> QFontMetricsF:
        key = f.key()
        m = self._metrics.get(key)
        if m is None:
            m = self._metrics[key] = QFontMetricsF(f, self.writer)
        return m

    def text_width(self, text: str, f: QFont) -> float:
        return self.metrics(f).horizontalAdvance(text)

    def wrap(self, text: str, f: QFont, width: float) -> list[str]:
        """Break text into lines no wider than width (explicit newlines kept)."""
        out: list[str] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for para in text.split("\n"):
            if not para.strip():
                out.append("")
                continue
            if self.text_width(para, f) <= width:
                out.append(para)
                continue
            units = para.encode("utf-16-le")  # QTextLayout counts UTF-16 code units
            layout = QTextLayout(para, f, self.writer)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                start, length = line.textStart(), line.textLength()
                out.append(units[2 * start: 2 * (start + length)].decode("utf-16-le").rstrip())
            layout.endLayout()
        return out

    def elide(self, text: str, f: QFont, width: float) -> str:
        return self.metrics(f).elidedText(text, Qt.TextElideMode.ElideRight, width)

    # --- flow ---------------------------------------------------------------------------------------------
    def add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def text_at(self, text: str, f: QFont, ink: str, x: float, baseline: float) -> None:
        self.add(partial(draw_line, text=text, f=f, ink=ink, x=x, baseline=baseline))

    def fill_at(self, rect: QRectF, fill: str, edge: str | None = None, edge_width: float = 0.0) -> None:
        self.add(partial(fill_rect, rect=QRectF(rect), fill=fill, edge=edge, edge_width=edge_width))

    def rule_at(self, x1: float, x2: float, y: float, ink: str, width: float) -> None:
        self.add(partial(draw_rule, x1=x1, x2=x2, y=y, ink=ink, width=width))

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top + self.pt(14)  # room for the running header

    def room(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> None:
        """Start a new page unless height fits below the cursor."""
        if height > self.room() and self.y > self.top + self.pt(14) + 1:
            self.new_page()

    def keep_together(self, height: float) -> None:
        """Start a new page when a block does not fit here but would fit on a page of its own."""
        if height > self.room() and height <= self.bottom - self.top - self.pt(14):
            self.new_page()

    def gap(self, points: float) -> None:
        self.y = min(self.y + self.pt(points), self.bottom)

    def reserve(self, height: float) -> QRectF:
        """A full-width block of the given height (on a new page when it does not fit here)."""
        self.ensure(height)
        rect = QRectF(self.left, self.y, self.content_width, height)
        self.y += height
        return rect

    # --- blocks -------------------------------------------------------------------------------------------
    def paragraph(self, text: str, size: float = 9.5, bold: bool = False, italic: bool = False, ink: str = INK,
                  indent: float = 0.0, after: float = 4.0, keep_with: float = 0.0) -> None:
        """Wrapped text that may continue on the next page; keep_with (points) asks for room after it."""
        f = font(size, bold, italic)
        m = self.metrics(f)
        x = self.left + self.pt(indent)
        lines = self.wrap(text, f, self.right - x)
        line_h = m.lineSpacing()
        self.ensure(min(len(lines), 2) * line_h + self.pt(keep_with))
        for line in lines:
            self.ensure(line_h)
            if line:
                self.text_at(line, f, ink, x, self.y + m.ascent())
            self.y += line_h
        self.gap(after)

    def bullets(self, items: Sequence[str], size: float = 9.5, after: float = 4.0) -> None:
        f = font(size)
        m = self.metrics(f)
        indent = self.pt(12)
        for item in items:
            lines = self.wrap(item, f, self.content_width - indent)
            self.ensure(min(len(lines), 2) * m.lineSpacing())
            self.text_at("\u2022", f, ACCENT, self.left + self.pt(3), self.y + m.ascent())
            for line in lines:
                self.ensure(m.lineSpacing())
                self.text_at(line, f, INK, self.left + indent, self.y + m.ascent())
                self.y += m.lineSpacing()
            self.gap(2)
        self.gap(after)

    def heading(self, text: str, size: float = 13.0, keep_with: float = 60.0) -> None:
        """A section heading with a rule under it, kept together with the first lines that follow."""
        f = font(size, bold=True)
        m = self.metrics(f)
        self.ensure(m.height() + self.pt(8 + keep_with))
        self.gap(6)
        self.text_at(text, f, ACCENT, self.left, self.y + m.ascent())
        self.y += m.height() + self.pt(2)
        self.rule_at(self.left, self.right, self.y, RULE, self.pt(0.75))
        self.gap(6)

    def title_block(self, title: str, subtitle: str) -> None:
        ft, fs = font(20, bold=True), font(10)
        mt, ms = self.metrics(ft), self.metrics(fs)
        self.text_at(title, ft, INK, self.left, self.y + mt.ascent())
        self.y += mt.height() + self.pt(3)
        self.text_at(subtitle, fs, MUTED, self.left, self.y + ms.ascent())
        self.y += ms.height() + self.pt(6)
        self.rule_at(self.left, self.right, self.y, ACCENT, self.pt(1.5))
        self.gap(8)

    def warning_box(self, text: str, size: float = 10.5) -> None:
        """A boxed, bold warning (never split across pages)."""
        f = font(size, bold=True)
        m = self.metrics(f)
        pad = self.pt(8)
        mark_w = self.pt(18)
        lines = self.wrap(text, f, self.content_width - 2 * pad - mark_w)
        h = len(lines) * m.lineSpacing() + 2 * pad
        rect = self.reserve(h)
        self.fill_at(rect, WARN_FILL, WARN_EDGE, self.pt(1.2))
        self.fill_at(QRectF(rect.left(), rect.top(), self.pt(5), rect.height()), WARN_EDGE)
        self.text_at("!", font(size + 3, bold=True), WARN_EDGE, rect.left() + self.pt(9), rect.top() + pad + m.ascent())
        for i, line in enumerate(lines):
            self.text_at(line, f, INK, rect.left() + pad + mark_w, rect.top() + pad + i * m.lineSpacing() + m.ascent())
        self.gap(8)

    def tiles(self, items: Sequence[tuple[str, str]], per_row: int = 3) -> None:
        """Summary tiles: a small label over a large value."""
        fl, fv = font(8), font(14, bold=True)
        ml, mv = self.metrics(fl), self.metrics(fv)
        gap = self.pt(6)
        w = (self.content_width - gap * (per_row - 1)) / per_row
        h = ml.height() + mv.height() + self.pt(14)
        for start in range(0, len(items), per_row):
            row = self.reserve(h)
            for j, (label, value) in enumerate(items[start:start + per_row]):
                box = QRectF(row.left() + j * (w + gap), row.top(), w, h)
                self.fill_at(box, ZEBRA_FILL, RULE, self.pt(0.6))
                x = box.left() + self.pt(8)
                self.text_at(self.elide(label.upper(), fl, w - self.pt(16)), fl, MUTED, x,
                             box.top() + self.pt(6) + ml.ascent())
                self.text_at(self.elide(value, fv, w - self.pt(16)), fv, INK, x,
                             box.top() + self.pt(8) + ml.height() + mv.ascent())
            self.gap(6)
        self.gap(4)

    def _geometry(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], size: float,
                  full: float) -> TableGeometry:
        f, fh = font(size), font(size, bold=True)
        line_h = self.metrics(f).lineSpacing()
        pad_x, pad_y = self.pt(3.5), self.pt(2.2)
        widths = self._column_widths(columns, rows, f, fh, full, pad_x)
        head = [self.wrap(c.title, fh, w - 2 * pad_x) for c, w in zip(columns, widths, strict=True)]
        cells = [[self.wrap(str(v), f, w - 2 * pad_x) for v, w in zip(row, widths, strict=True)] for row in rows]
        return TableGeometry(widths, head, max(len(h) for h in head) * line_h + 2 * pad_y, cells,
                              [max(len(c) for c in row) * line_h + 2 * pad_y for row in cells], pad_x, pad_y)

    def _fitting_size(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], size: float,
                      full: float) -> float:
        """The text size for a table: ``size``, or up to 1.5 points less when its longest words (German column
        titles, say) would not fit the width side by side, so that words are not broken."""
        pad = self.pt(3.5)
        for step in SHRINK_STEPS:
            f, fh = font(size - step), font(size - step, bold=True)
            words = [max((self.text_width(w, fh) for w in c.title.split()), default=0.0) for c in columns]
            for row in rows:
                for i, value in enumerate(row):
                    for word in str(value).split():
                        words[i] = max(words[i], self.text_width(word, f))
            if sum(w + 2 * pad + 1 for w in words) <= full:
                return size - step
        return size - SHRINK_STEPS[-1]

    def table_height(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], size: float = 8.5) -> float:
        """Height of a full-width table drawn on one page (device pixels)."""
        size = self._fitting_size(columns, rows, size, self.content_width)
        g = self._geometry(columns, rows, size, self.content_width)
        return g.head_h + sum(g.row_h)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], size: float = 8.5,
              row_inks: Sequence[str | None] | None = None, after: float = 8.0,
              tick: Callable[[int], None] | None = None, x: float | None = None, width: float | None = None) -> None:
        """A table whose cells wrap; rows never split, and the header repeats on every page it spans.

        x and width (device pixels) place a narrower table, e.g. one of two side by side. The text is up to 1.5
        points smaller than ``size`` when that keeps its words whole.
        """
        left = self.left if x is None else x
        full = self.content_width if width is None else width
        size = self._fitting_size(columns, rows, size, full)
        f, fh = font(size), font(size, bold=True)
        m, mh = self.metrics(f), self.metrics(fh)
        g = self._geometry(columns, rows, size, full)
        xs = [left + sum(g.widths[:i]) for i in range(len(columns))]

        def header() -> None:
            top = self.y
            self.fill_at(QRectF(left, top, full, g.head_h), HEADER_FILL)
            for col, lines, cx, w in zip(columns, g.head, xs, g.widths, strict=True):
                for i, line in enumerate(lines):
                    tx = aligned(cx, w, g.pad_x, mh.horizontalAdvance(line), col.align)
                    self.text_at(line, fh, INK, tx, top + g.pad_y + i * m.lineSpacing() + m.ascent())
            self.y += g.head_h
            self.rule_at(left, left + full, self.y, ACCENT, self.pt(0.8))

        self.ensure(g.head_h + sum(g.row_h[:2]))
        header()
        breaks = self._page_breaks(g.row_h, g.head_h)
        for r, (cells, h) in enumerate(zip(g.cells, g.row_h, strict=True)):
            if r in breaks or h > self.room():
                self.new_page()
                header()
            top = self.y
            if r % 2 == 1:
                self.fill_at(QRectF(left, top, full, h), ZEBRA_FILL)
            ink = (row_inks[r] if row_inks is not None else None) or INK
            for col, lines, cx, w in zip(columns, cells, xs, g.widths, strict=True):
                for i, line in enumerate(lines):
                    tx = aligned(cx, w, g.pad_x, m.horizontalAdvance(line), col.align)
                    self.text_at(line, f, ink, tx, top + g.pad_y + i * m.lineSpacing() + m.ascent())
            self.y += h
            if tick is not None:
                tick(r)
        self.rule_at(left, left + full, self.y, RULE, self.pt(0.6))
        self.gap(after)

    def _page_breaks(self, row_h: Sequence[float], head_h: float, widow: int = 3) -> set[int]:
        """Rows that start a new page; a last page never carries fewer than `widow` rows if avoidable."""
        starts, y = [0], self.y
        for r, h in enumerate(row_h):
            if y + h > self.bottom and r > starts[-1]:
                starts.append(r)
                y = self.top + self.pt(14) + head_h
            y += h
        tail = len(row_h) - starts[-1]
        if len(starts) > 1 and tail < widow and starts[-1] - starts[-2] > 2 * widow:
            starts[-1] -= widow - tail
        return set(starts[1:])

    def _column_widths(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], f: QFont, fh: QFont,
                       full: float, pad: float) -> list[float]:
        """Shares of the width by weight, widened so no word of a header or cell is broken (others give way)."""
        words = [max(self.text_width(w, fh) for w in c.title.split()) for c in columns]
        phrases = list(words)
        for row in rows:
            for i, value in enumerate(row):
                for line in str(value).split("\n"):
                    if len(line) <= SHORT_PHRASE:  # short phrases stay whole when the table allows it
                        phrases[i] = max(phrases[i], self.text_width(line, f))
                    for word in line.split():
                        words[i] = max(words[i], self.text_width(word, f))
        need = [max(n, w) + 2 * pad + 1 for n, w in zip(phrases, words, strict=True)]
        if sum(need) > full:
            need = [w + 2 * pad + 1 for w in words]
        if sum(need) > full:
            return [full * n / sum(need) for n in need]
        fixed: dict[int, float] = {}
        widths = [0.0] * len(columns)
        for _ in range(len(columns)):
            free = full - sum(fixed.values())
            weight = sum(c.weight for i, c in enumerate(columns) if i not in fixed) or 1.0
            widths = [fixed.get(i, free * c.weight / weight) for i, c in enumerate(columns)]
            short = [i for i, w in enumerate(widths) if i not in fixed and w < need[i]]
            if not short:
                break
            fixed.update({i: need[i] for i in short})
        return widths

    # --- output -------------------------------------------------------------------------------------------
    def finish(self, path: str, footer: Callable[[int, int], str], running_header: str, year: int) -> int:
        """Paint every page with its footer (and a running header after the first), write path; pages written."""
        total = len(self.pages)
        painter = QPainter(self.writer)
        try:
            for n in range(1, total + 1):
                if n > 1:
                    self.writer.newPage()
                self._paint_page(painter, n, footer, running_header)
        finally:
            painter.end()
        self.buffer.close()
        data = strip_dates(bytes(self.buffer.data().data()), year)
        self.release()
        with open(path, "wb") as fh:
            fh.write(data)
        return total

    def release(self) -> None:
        """Free the Qt objects now, on this thread; the document cannot be used afterwards.

        Reports may be laid out on a worker thread. Recorded drawing operations can refer back to the
        document, so without this the writer and its buffer (QObjects of the thread that made them) would
        be freed by the cycle collector, later and on whichever thread it happens to run.
        """
        self.pages = []
        self._metrics.clear()
        del self.writer
        del self.buffer

    def render_page(self, n: int, footer: Callable[[int, int], str], running_header: str, width_px: int) -> QImage:
        """Page n (from 1) painted into an image width_px wide, for a preview on screen; nothing is written."""
        scale = width_px / self.width
        image = QImage(width_px, round(self.height * scale), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        # The image's resolution is the layout's, so point-sized fonts land where layout measured them.
        dots_per_metre = round(DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.scale(scale, scale)
            self._paint_page(painter, n, footer, running_header)
        finally:
            painter.end()
        return image

    def print_on(self, device: QPagedPaintDevice, footer: Callable[[int, int], str], running_header: str) -> int:
        """Paint every page on a printer (or any paged device, the print preview's included) and free the document;
        returns the pages. Fonts are sized in points, so the device paints at this layout's resolution where it can
        (QPrinter, QPdfWriter); the drawing is scaled to the device's page."""
        set_resolution = getattr(device, "setResolution", None)
        if callable(set_resolution):
            set_resolution(DPI)
        scale = device.width() / self.width
        total = len(self.pages)
        painter = QPainter(device)
        try:
            painter.scale(scale, scale)
            for n in range(1, total + 1):
                if n > 1:
                    device.newPage()
                self._paint_page(painter, n, footer, running_header)
        finally:
            painter.end()
            self.release()
        return total

    def paint_page(self, painter: QPainter, n: int, footer: Callable[[int, int], str], running_header: str) -> None:
        """Page n (from 1) on a painter in this layout's units (a printer's painter scaled to them)."""
        self._paint_page(painter, n, footer, running_header)

    def _paint_page(self, painter: QPainter, n: int, footer: Callable[[int, int], str], running_header: str) -> None:
        ff = font(7.5)
        mf = self.metrics(ff)
        if n > 1:
            draw_line(painter, running_header, ff, MUTED, self.left, self.top + mf.ascent())
        for op in self.pages[n - 1]:
            op(painter)
        fy = self.bottom + self.pt(8 * MM)
        draw_rule(painter, self.left, self.right, fy - self.pt(10), RULE, self.pt(0.5))
        text = footer(n, len(self.pages))
        draw_line(painter, text, ff, MUTED, (self.left + self.right - mf.horizontalAdvance(text)) / 2,
                  fy + mf.ascent() - self.pt(4))
