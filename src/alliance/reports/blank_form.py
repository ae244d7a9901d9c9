"""A blank paper form of a questionnaire that ships its item text (for the waiting room, or a client who prefers
paper), as a PDF or on a printer. It holds no client data: the name and date lines are left blank to fill in by
hand. The instrument's attribution, licence and source are printed at the end, as its licence asks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPagedPaintDevice

from alliance.i18n import translated
from alliance.reports.pdf_base import INK, MUTED, RULE, font
from alliance.reports.pdf_layout import PdfDocument
from alliance.services.handover import ClientForm

BOX = 9.0  # points: the side of a tick box


def layout_blank_form(form: ClientForm, page_size: str = "A4") -> PdfDocument:
    """The form laid out on pages (not yet written anywhere)."""
    doc = PdfDocument(form.name, page_size)
    doc.title_block(form.name, translated("Name: ______________________________      Date: ________________"))
    if form.instructions:
        doc.paragraph(form.instructions, size=10.5, after=8)
    heading = ""
    for n, q in enumerate(form.questions, start=1):
        if q.heading and q.heading != heading:
            heading = q.heading
            doc.paragraph(heading, size=10.5, bold=True, after=4, keep_with=40)
        _item(doc, n, q.text, [(o.value, o.label) for o in q.options])
    doc.gap(8)
    for text in (form.attribution, form.licence,
                 form.source and translated("Source: {source}").format(source=form.source)):
        if text:
            doc.paragraph(text, size=8, ink=MUTED, after=3)
    return doc


def _item(doc: PdfDocument, number: int, text: str, options: list[tuple[int, str]]) -> None:
    f, fo = font(10), font(9)
    m, mo = doc.metrics(f), doc.metrics(fo)
    indent = doc.pt(18)
    lines = doc.wrap(text, f, doc.content_width - indent)
    # the answers as tick boxes, in rows that fit the width
    box, gap = doc.pt(BOX), doc.pt(12)
    cells = [(value, f"{value}  {label}".strip()) for value, label in options]
    widths = [box + doc.pt(4) + mo.horizontalAdvance(t) for _, t in cells]
    rows: list[list[int]] = [[]]
    x = 0.0
    for i, w in enumerate(widths):
        if rows[-1] and x + w > doc.content_width - indent:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += w + gap
    row_h = max(box, mo.height()) + doc.pt(4)
    height = len(lines) * m.lineSpacing() + len(rows) * row_h + doc.pt(10)
    doc.ensure(height)
    doc.text_at(f"{number}.", f, INK, doc.left, doc.y + m.ascent())
    for line in lines:
        doc.text_at(line, f, INK, doc.left + indent, doc.y + m.ascent())
        doc.y += m.lineSpacing()
    doc.gap(3)
    for row in rows:
        x = doc.left + indent
        for i in row:
            _value, label = cells[i]
            doc.fill_at(QRectF(x, doc.y + (row_h - box) / 2 - doc.pt(2), box, box), "#ffffff", INK, doc.pt(0.8))
            doc.text_at(label, fo, INK, x + box + doc.pt(4), doc.y + mo.ascent())
            x += widths[i] + gap
        doc.y += row_h
    doc.rule_at(doc.left, doc.right, doc.y + doc.pt(2), RULE, doc.pt(0.4))
    doc.gap(7)


def _footer(name: str) -> Callable[[int, int], str]:
    text = translated("{form} \u00b7 page {page} of {pages}")
    return lambda n, total: text.format(form=name, page=n, pages=total)


def write_blank_form(form: ClientForm, path: str, page_size: str = "A4") -> int:
    """Write the blank form as a PDF at ``path``; returns the number of pages."""
    doc = layout_blank_form(form, page_size)
    return doc.finish(path, _footer(form.name), form.name, dt.date.today().year)


def print_blank_form(form: ClientForm, device: QPagedPaintDevice) -> int:
    """Paint the blank form on a printer (or any paged device); returns the number of pages."""
    return layout_blank_form(form).print_on(device, _footer(form.name), form.name)
