"""File → Print report: the supervision report of one client, or the caseload report of several, laid out as the
PDF export, de-identified with the default settings, audited as a print, shown in a print preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMainWindow, QWidget

from alliance.ui.operations.access import VaultAccess


class ReportPreview(QPrintPreviewDialog):
    """The print preview, keeping its printer alive (the dialog only points at it)."""

    def __init__(self, export: Any, parent: QWidget) -> None:
        from alliance.reports.printing import print_report as paint_report

        self.kept_printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.kept_printer, parent)
        self.kept_printer.setDocName(self.tr("Alliance report"))
        self.setWindowTitle(self.tr("Print report"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paintRequested.connect(lambda device: paint_report(export, device))
        screen = parent.screen().availableGeometry()
        self.resize(min(1000, screen.width()), int(screen.height() * 0.9))


def print_report(window: QMainWindow, access: VaultAccess, client_ids: list[int],
                 shown: Callable[[ReportPreview], None], failed: Callable[[BaseException], None]) -> None:
    """Read and audit what the report of these clients shows (on the worker), then open its preview."""
    from alliance.services.export import prepare_print

    if not client_ids:
        window.statusBar().showMessage(window.tr("There is no client to print a report for."), 6000)
        return

    def preview(export: Any) -> None:
        window.statusBar().clearMessage()
        dialog = ReportPreview(export, window)
        shown(dialog)
        dialog.open()

    window.statusBar().showMessage(window.tr("Preparing the report\u2026"))
    access.op(lambda vault: prepare_print(vault, client_ids), preview, failed, owner=window)
