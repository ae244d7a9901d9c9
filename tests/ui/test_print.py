"""File → Print report: the supervision report of the client shown, or the caseload report, de-identified as an
export is by default, audited as a print, shown in a print preview; and painted on a real printer read back."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from alliance.core.deid import DeidSettings
from alliance.reports.printing import print_report
from alliance.services.audit_log import audit_entries
from alliance.services.export import build_export
from tests.ui.conftest import open_main_window, settle


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the print path, into a file instead of a queue
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def test_a_printed_supervision_report_reads_like_the_pdf_and_names_no_one(qtbot, vault, tmp_path: Path) -> None:
    from alliance.core.ratings import Ratings
    from alliance.core.records import ClientDraft, SessionDraft
    from alliance.services import clients, sessions

    c = clients.add_client(vault, ClientDraft(code="PR-7", display_name="Petra Roth"))
    for n in range(3):
        sessions.log_session(vault, SessionDraft(client_id=c.id, date=dt.date(2026, 2, 2 + 7 * n),
                                                 ratings=Ratings(7, 6, 7, 8), note="Petra spoke of Hamburg"))
    export = build_export(vault, DeidSettings(), [c.id])
    out = tmp_path / "printed.pdf"
    assert print_report(export, _pdf_printer(out)) >= 1
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "Supervision report" in text and export.clients[0].pseudonym in text
    for secret in ("PR-7", "Petra", "Roth", "Hamburg", "2026-02"):
        assert secret not in text


def test_ctrl_p_previews_the_report_of_the_client_shown_and_audits_it(qtbot, make_controller, created_vault,
                                                                      practice) -> None:
    controller, window, vault = open_main_window(qtbot, make_controller, created_vault)
    window.show_client(practice["ab"])
    settle(qtbot, controller)
    qtbot.keyClick(window.client_page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "print_preview", None) is not None, timeout=10_000)
    preview = window.print_preview
    qtbot.waitUntil(preview.isVisible)
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    widget.updatePreview()
    qtbot.waitUntil(lambda: widget.pageCount() >= 1, timeout=10_000)
    (latest,) = audit_entries(vault, action="export", limit=1)
    assert latest.detail["format"] == "print" and latest.detail["clients"] == 1
    preview.close()
