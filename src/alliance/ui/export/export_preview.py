"""What an export will hold, made in memory for the export dialog: the first lines of a CSV or JSON file,
or the first page of a PDF report painted into an image. Nothing is written anywhere.

The preview runs the same ``gather()`` and the same writers as the export itself, on a StringIO, so what
is shown is what the file will start with (for fresh pseudonyms, the same shape under other pseudonyms:
each gather draws a new one-time key).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, replace

from PySide6.QtGui import QImage

from alliance.core.export_records import ExportSet
from alliance.reports import csv_writer, json_writer
from alliance.reports.exporting import ExportRequest, gather
from alliance.store.vault import Vault

PREVIEW_LINES = 20
JSON_PREVIEW_LINES = 30  # the JSON header alone is about 15 lines; show the first client too
PAGE_WIDTH_PX = 620


@dataclass(frozen=True)
class Preview:
    """The start of an export: text (CSV, JSON) or the first page (PDF), with the export's counts."""

    text: str
    image: QImage | None
    clients: int
    sessions: int
    shown_lines: int = 0


def build_preview(vault: Vault, request: ExportRequest, page_width_px: int = PAGE_WIDTH_PX) -> Preview:
    """The preview of request (its ``out`` is ignored). Raises ValidationError like an export would."""
    export = gather(vault, request)
    clients, sessions = len(export.clients), export.session_count
    if request.fmt == "pdf":
        from alliance.reports.pdf_report import preview_first_page  # Qt report code loads only for PDFs

        return Preview("", preview_first_page(export, request.page_size, page_width_px), clients, sessions)
    if request.fmt == "json":
        lines = json_lines(export, JSON_PREVIEW_LINES)
    else:
        lines = csv_lines(export, request.csv_layout, PREVIEW_LINES)
    return Preview("\n".join(lines), None, clients, sessions, len(lines))


def _first_clients(export: ExportSet, sessions_wanted: int) -> ExportSet:
    """The export cut down to its first clients holding at least sessions_wanted sessions (or all)."""
    taken, count = 0, 0
    for client in export.clients:
        taken += 1
        count += len(client.sessions)
        if count >= sessions_wanted:
            break
    return replace(export, clients=export.clients[:taken])


def csv_lines(export: ExportSet, layout: str, rows: int) -> list[str]:
    """The header and the first rows of the CSV the export writes."""
    buffer = io.StringIO(newline="")
    part = _first_clients(export, rows)
    if layout == "wide":
        csv_writer.write_wide(part, buffer)
    else:
        csv_writer.write_long(part, buffer)
    return buffer.getvalue().split("\r\n")[: rows + 1]


def json_lines(export: ExportSet, lines: int) -> list[str]:
    """The first lines of the JSON document the export writes (its counts are the whole export's)."""
    document = json_writer.export_document(_first_clients(export, 3))
    document["export"]["clients"] = len(export.clients)
    document["export"]["sessions"] = export.session_count
    return json.dumps(document, ensure_ascii=False, indent=1).split("\n")[:lines]

