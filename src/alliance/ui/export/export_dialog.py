"""The export dialog: choose who, format and de-identification; see the first rows or page; write on a worker.

Open it with ``run_export_dialog(parent, access, client_choices, preselected)``. Previews are made in memory
(export_preview.py); the file itself is written by ``reports.exporting.run_export``, which writes beside the
destination under a hidden partial name and renames it into place, and audits the export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPixmap
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QProgressDialog, QWidget

from alliance.core.deid import DateMode, DeidSettings, NotesMode, PseudonymMode
from alliance.core.errors import ValidationError
from alliance.core.records import ClientStatus
from alliance.i18n import translated
from alliance.reports.csv_writer import Cancelled
from alliance.reports.exporting import ExportRequest, ExportResult, request_problem, run_export
from alliance.services.clients import get_client
from alliance.store.errors import VaultError
from alliance.store.vault import Vault
from alliance.ui.export.export_dialog_view import ExportDialogView
from alliance.ui.export.export_preview import Preview, build_preview
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.worker import Cancelled as JobCancelled
from alliance.ui.operations.worker import Job
from alliance.ui.widgets.formatting import clients_text, pydate, sessions_text
from alliance.ui.widgets.places import in_documents
from alliance.ui.widgets.text import error_text, shown

PREVIEW_DELAY_MS = 250
EXTENSIONS = {"csv": "csv", "json": "json", "pdf": "pdf"}
FORMAT_CHOICES = {"csv-long": ("csv", "long"), "csv-wide": ("csv", "wide"), "json": ("json", "long"),
                  "pdf": ("pdf", "long")}  # format combo data -> (format, CSV layout)


class ExportDialog(ExportDialogView):
    """``export_result`` holds the ExportResult once a file is written (the dialog is then accepted).

    ``preview_ready`` is emitted each time a preview (or the reason there is none) is shown.
    """

    preview_ready = Signal()

    def __init__(self, access: VaultAccess, parent: QWidget | None = None,
                 client_choices: Sequence[tuple[int, str]] = (), preselected: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self._access = access
        self.export_result: ExportResult | None = None
        self.progress: QProgressDialog | None = None
        self._job: Job[ExportResult] | None = None  # the export being written: one at a time
        self.exporting = False
        self._close_when_stopped = False
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._fill_clients(client_choices, preselected)
        if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
            self.page_size.setCurrentIndex(self.page_size.findData("Letter"))
        self._wire()
        self._update_enabled()
        self.refresh_preview()

    # --- set-up --------------------------------------------------------------------------------------

    def _fill_clients(self, choices: Sequence[tuple[int, str]], preselected: Sequence[int]) -> None:
        chosen = set(preselected)
        for client_id, text in choices:
            self.client.addItem(text, client_id)
            item = QListWidgetItem(text, self.client_list)
            item.setData(Qt.ItemDataRole.UserRole, client_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if client_id in chosen else Qt.CheckState.Unchecked)
        if self.client_list.count():
            self.client_list.setCurrentRow(0)
        if len(chosen) == 1:
            self.client.setCurrentIndex(max(0, self.client.findData(next(iter(chosen)))))
            self.scope_one.setChecked(True)
        elif len(chosen) > 1:
            self.scope_several.setChecked(True)
        else:
            self.scope_caseload.setChecked(True)
        if not choices:
            self.scope_one.setEnabled(False)
            self.scope_several.setEnabled(False)

    def _wire(self) -> None:
        self.scope_group.idToggled.connect(self._scope_toggled)
        self.client.currentIndexChanged.connect(self._changed)
        self.client_list.itemChanged.connect(self._changed)
        self.client_filter.textChanged.connect(self._filter_clients)
        for check in self.status_checks.values():
            check.toggled.connect(self._changed)
        self.use_dates.toggled.connect(self._changed)
        self.limited_data_set.toggled.connect(self._changed)
        for field in (self.date_from, self.date_to):
            field.dateChanged.connect(self._changed)
            field.refused.connect(self._changed)
        for combo in (self.format, self.page_size, self.dates, self.notes, self.pseudonyms):
            combo.currentIndexChanged.connect(self._changed)
        self.export_button.clicked.connect(self.choose_file_and_export)
        self.buttons.rejected.connect(self.reject)

    def _scope_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._changed()

    def _filter_clients(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.client_list.count()):
            item = self.client_list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    # --- reading the choices -------------------------------------------------------------------------

    def settings(self) -> DeidSettings:
        # Combo data comes back as plain str (Qt stores the StrEnum's value): turn it back into the enum.
        return DeidSettings(DateMode(self.dates.currentData()), NotesMode(self.notes.currentData()),
                            PseudonymMode(self.pseudonyms.currentData()))

    def fmt(self) -> str:
        """csv, json or pdf."""
        return FORMAT_CHOICES[self.format.currentData()][0]

    def chosen_client_ids(self) -> list[int]:
        """The clients picked by hand (empty for the whole caseload)."""
        if self.scope_one.isChecked():
            return [int(self.client.currentData())] if self.client.count() else []
        if self.scope_several.isChecked():
            return [int(self.client_list.item(i).data(Qt.ItemDataRole.UserRole))
                    for i in range(self.client_list.count())
                    if self.client_list.item(i).checkState() == Qt.CheckState.Checked]
        return []

    def problem(self) -> str:
        """Why nothing can be exported with these choices, or ''."""
        if self.scope_several.isChecked() and not self.chosen_client_ids():
            return self.tr("Tick at least one client.")
        if self.scope_caseload.isChecked() and not any(c.isChecked() for c in self.status_checks.values()):
            return self.tr("Tick at least one status.")
        if self.use_dates.isChecked():
            for field in (self.date_from, self.date_to):
                if field.problem():
                    return field.problem()
        if self.use_dates.isChecked() and self.date_from.date() > self.date_to.date():
            return self.tr("The start of the date range is after its end.")
        problem = request_problem(self.request(Path("check")), self._client_count())
        return shown(problem[1]) if problem is not None else ""

    def _client_count(self) -> int:
        """How many clients the scope covers, as far as the dialog knows (a caseload scope: more than one)."""
        if self.scope_one.isChecked():
            return 1
        if self.scope_several.isChecked():
            return len(self.chosen_client_ids())
        return 2

    def request(self, out: Path) -> ExportRequest:
        """The request for these choices; client codes are looked up on the worker (see _with_codes)."""
        fmt, layout = FORMAT_CHOICES[self.format.currentData()]
        statuses: frozenset[ClientStatus] = frozenset()
        if self.scope_caseload.isChecked():
            statuses = frozenset(s for s, c in self.status_checks.items() if c.isChecked())
        date_from = pydate(self.date_from.date()) if self.use_dates.isChecked() else None
        date_to = pydate(self.date_to.date()) if self.use_dates.isChecked() else None
        return ExportRequest(fmt, out, self.settings(), (), statuses, date_from, date_to, layout,
                             self.page_size.currentData(), self.limited_data_set.isChecked())

    @staticmethod
    def _with_codes(vault: Vault, request: ExportRequest, client_ids: list[int]) -> ExportRequest:
        """On the worker: the request naming the chosen clients by code, as the export takes them."""
        if not client_ids:
            return request
        return replace(request, client_codes=tuple(get_client(vault, i).code for i in client_ids))

    # --- reacting --------------------------------------------------------------------------------------

    def _changed(self) -> None:
        self._update_enabled()
        self._preview_timer.start()

    def _update_enabled(self) -> None:
        self.client.setEnabled(self.scope_one.isChecked())
        for widget in (self.client_list, self.client_filter):
            widget.setEnabled(self.scope_several.isChecked())
        for check in self.status_checks.values():
            check.setEnabled(self.scope_caseload.isChecked())
        self.date_from.setEnabled(self.use_dates.isChecked())
        self.date_to.setEnabled(self.use_dates.isChecked())
        is_pdf = self.fmt() == "pdf"
        self.page_size.setEnabled(is_pdf)
        self.page_size_label.setEnabled(is_pdf)
        self.scrub_warning.setVisible(self.settings().notes is NotesMode.SCRUBBED)
        self.limited_data_set.setVisible(self.settings().dates is DateMode.SHIFTED)
        self.describe.setText(" ".join(translated(s) for s in self.settings().describe()))
        problem = self.problem()
        self.general_error.setText(problem)
        self.general_error.setVisible(bool(problem))
        self.export_button.setEnabled(not problem and not self.exporting)

    def refresh_preview(self) -> None:
        """Make the preview for the current choices on a worker thread."""
        self._preview_timer.stop()
        if self.problem():
            self._access.query(lambda _vault: None, None, owner=self, latest="export-preview")  # drop older ones
            self._show_preview_problem(self.problem())
            return
        request, ids = self.request(Path("preview")), self.chosen_client_ids()
        # Painted at the screen's pixel density, so the page stays sharp on high-DPI displays.
        width = round(max(420, self.preview_scroll.viewport().width() - 24) * self.devicePixelRatioF())
        self.preview_status.setText(self.tr("Preparing the preview\u2026"))
        self._access.query(lambda vault: build_preview(vault, self._with_codes(vault, request, ids), width),
                           self._show_preview, self._preview_failed, owner=self, latest="export-preview")

    def _show_preview(self, preview: Preview) -> None:
        counts = f"{clients_text(preview.clients)}, {sessions_text(preview.sessions)}."
        if preview.image is not None:
            pixmap = QPixmap.fromImage(preview.image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.preview_image.setPixmap(pixmap)
            self.preview_stack.setCurrentIndex(self.IMAGE_PAGE)
            text = self.tr("First page of the report, as it will be written. {counts}").format(counts=counts)
        else:
            self.preview_text.setPlainText(preview.text)
            self.preview_stack.setCurrentIndex(self.TEXT_PAGE)
            text = self.tr("The first lines of the file, as they will be written. {counts}").format(counts=counts)
        if self.settings().pseudonyms is PseudonymMode.FRESH:
            text += " " + self.tr("Fresh pseudonyms are drawn anew for the file, so they will differ from these.")
        self.preview_status.setText(text)
        self.export_button.setEnabled(not self.exporting and not self.problem())
        self.preview_ready.emit()

    def _preview_failed(self, exc: BaseException) -> None:
        self._show_preview_problem(_message(exc))
        self.export_button.setEnabled(False)

    def _show_preview_problem(self, text: str) -> None:
        self.preview_text.setPlainText("")
        self.preview_image.clear()
        self.preview_stack.setCurrentIndex(self.TEXT_PAGE)
        self.preview_status.setText(text)
        self.preview_ready.emit()

    # --- writing ---------------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        """A file name that says nothing about who is in the export."""
        fmt = self.fmt()
        year = dt.date.today().year
        if fmt == "pdf":
            kind = "supervision-report" if len(self.chosen_client_ids()) == 1 else "caseload-report"
            return f"alliance-{kind}-{year}.pdf"
        return f"alliance-export-{year}.{EXTENSIONS[fmt]}"

    def choose_file_and_export(self) -> None:
        if self.problem() or self.exporting:
            return
        fmt = self.fmt()
        filters = {"csv": self.tr("CSV files (*.csv)"), "json": self.tr("JSON files (*.json)"),
                   "pdf": self.tr("PDF files (*.pdf)")}
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the export as"),
                                                      in_documents(self.suggested_name()), filters[fmt])
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != f".{EXTENSIONS[fmt]}":
            out = out.with_name(f"{out.name}.{EXTENSIONS[fmt]}")
        self.start_export(out)

    def start_export(self, out: Path) -> None:
        """Write the export to out on the worker, with a progress dialog whose Cancel stops it."""
        request, ids = self.request(out), self.chosen_client_ids()
        self.progress = QProgressDialog(self.tr("Writing the export\u2026"), self.tr("Cancel"), 0, 0, self)
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel_export)

        def work(vault: Vault, job: Job[ExportResult]) -> ExportResult:
            def progress(done: int, total: int) -> bool:
                job.report(done, total)
                return not job.cancelled

            job.check()
            return run_export(vault, self._with_codes(vault, request, ids), progress)

        self.general_error.setVisible(False)
        self.exporting = True
        self._job = self._access.task(work, self._exported, self._export_failed, progress=self._show_progress,
                                      owner=self)
        self._update_enabled()

    def cancel_export(self) -> None:
        """Stop a running export; whatever was partly written is removed."""
        if self._job is not None:
            self._job.cancel()

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress is not None and not (self._job is not None and self._job.cancelled):
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, total))

    def _end_progress(self) -> None:
        self.exporting = False
        self._job = None
        if self.progress is not None:
            # reset() stops the timer that would show the box after its minimum duration: without it an export
            # quicker than that left "Writing the export… 100%" on top of the message that it was written.
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self._update_enabled()

    def _exported(self, result: ExportResult) -> None:
        self._end_progress()
        self.export_result = result
        text = self.tr("Wrote {name} in {folder}: {clients}, {sessions}.").format(
            name=result.path.name, folder=result.path.parent, clients=clients_text(result.clients),
            sessions=sessions_text(result.sessions))
        if result.path.suffix.lower() == ".csv":
            text += " " + self.tr("{rows} data rows.").format(rows=result.rows)
        settings = result.settings
        text += "\n\n" + " ".join(translated(s) for s in settings.describe()[1:3])
        if settings.notes is NotesMode.SCRUBBED:
            text += "\n\n" + self.tr("It includes {n} scrubbed notes. Read every note before sharing it: no "
                                     "scrubber is perfect.").format(n=result.notes)
        else:
            text += " " + self.tr("No notes are included.")
        QMessageBox.information(self, self.tr("Export written"), text)
        self.accept()

    def _export_failed(self, exc: BaseException) -> None:
        self._end_progress()
        if self._close_when_stopped:
            super().reject()
            return
        if isinstance(exc, Cancelled | JobCancelled):
            self.general_error.setText(self.tr("Export cancelled; nothing was written."))
            self.general_error.setVisible(True)
            return
        QMessageBox.warning(self, self.tr("The export was not written"), _message(exc))

    # --- closing ---------------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.exporting:
            self._close_when_stopped = True
            self.cancel_export()
            return  # closes once the worker has stopped and removed what it had written
        super().reject()

    def done(self, code: int) -> None:
        self._preview_timer.stop()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.exporting:
            self._close_when_stopped = True
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)


def _tr(text: str) -> str:
    return translated(text)


def _message(exc: BaseException) -> str:
    if isinstance(exc, ValidationError | VaultError):
        return error_text(exc)
    if isinstance(exc, OSError):
        return _tr("The file could not be written: {reason}").format(reason=exc.strerror or exc)
    return _tr("Something went wrong: {error}").format(error=error_text(exc))


def run_export_dialog(parent: QWidget | None, access: VaultAccess, client_choices: Sequence[tuple[int, str]],
                      preselected: Sequence[int] = ()) -> ExportDialog:
    """Open the export dialog (window-modal, not blocking); its ``export_result`` holds what was written."""
    dialog = ExportDialog(access, parent, client_choices, preselected)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

