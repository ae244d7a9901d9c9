"""Blank paper forms of the questionnaires that ship their item text: printed (with the system's print dialog) or
saved as a PDF. No client data is on them."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from alliance.reports.blank_form import print_blank_form, write_blank_form
from alliance.services.handover import ClientForm
from alliance.ui.widgets.labels import error_label, label
from alliance.ui.widgets.places import in_documents


class BlankFormDialog(QDialog):
    """Choose a questionnaire; Print… or Save PDF…"""

    def __init__(self, forms: list[ClientForm], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Blank paper form"))
        self.forms = [f for f in forms if f.questions]
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Questionnaire"))
        for f in self.forms:
            self.choice.addItem(f.name, f.id)
        self.message = label("", "hint", wrap=True, parent=self)
        self.error = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = buttons.addButton(self.tr("&Print\u2026"), QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = buttons.addButton(self.tr("&Save PDF\u2026"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_form)
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(label(self.tr("A blank form to fill in on paper: no client's name or data is printed on it."),
                            wrap=True, parent=self))
        col.addWidget(self.choice)
        col.addWidget(self.message)
        col.addWidget(self.error)
        col.addWidget(buttons)

    def form(self) -> ClientForm:
        return self.forms[max(0, self.choice.currentIndex())]

    def print_form(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = print_blank_form(self.form(), printer)
        self.message.setText(self.tr("Sent to the printer (pages: %n).", "", pages))

    def save_pdf(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the blank form"),
                                                  in_documents(f"{self.form().id}-blank.pdf"),
                                                  self.tr("PDF (*.pdf)"))
            if not path:
                return
        try:
            pages = write_blank_form(self.form(), path)
        except OSError as exc:
            self.error.setText(self.tr("The form could not be written to %1: %2. Choose another folder.")
                               .replace("%1", path).replace("%2", exc.strerror or type(exc).__name__))
            return
        self.error.setText("")
        self.message.setText(self.tr("Written: %1 (pages: %n).", "", pages).replace("%1", path))
