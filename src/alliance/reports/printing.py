"""Printing the reports: the supervision report of one client, or the caseload report, laid out exactly as the
PDF export lays them out and painted on a printer (with the print preview in the UI). De-identified as every
export is by default: the ExportSet it prints was built with the default settings."""

from __future__ import annotations

from PySide6.QtGui import QPagedPaintDevice

from alliance.core.export_records import ExportSet
from alliance.reports.pdf_caseload import layout_caseload_report
from alliance.reports.pdf_report import layout_client_report
from alliance.reports.pdf_sections import footer_for


def print_report(export: ExportSet, device: QPagedPaintDevice, page_size: str = "A4") -> int:
    """Paint the report of ``export`` (one client: supervision; more: caseload) on ``device``; returns the pages."""
    if len(export.clients) == 1:
        doc = layout_client_report(export.clients[0], export, page_size)
        return doc.print_on(device, footer_for(export), doc.title)
    doc = layout_caseload_report(export, page_size)
    return doc.print_on(device, footer_for(export), doc.title)
