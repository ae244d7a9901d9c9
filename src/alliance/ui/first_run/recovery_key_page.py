"""The recovery key, shown once at vault creation: copy it, print it or save it as a PDF, confirm it is stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from alliance.i18n import translated
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.places import in_documents

CLIPBOARD_CLEAR_MS = 60_000


def _tr(text: str) -> str:
    return translated(text)


def paint_recovery_sheet(device: QPagedPaintDevice, recovery_key: str, vault_folder: Path) -> None:
    """Draw a one-page sheet with the recovery key and what to do with it."""
    painter = QPainter(device)
    try:
        page = QRectF(0, 0, device.width(), device.height())
        dpi = device.logicalDpiY()
        y = 0.0

        def block(text: str, size: float, *, bold: bool = False, mono: bool = False, gap: float = 0.25) -> None:
            nonlocal y
            font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
            if mono:
                font.setStyleHint(QFont.StyleHint.Monospace)
            font.setPointSizeF(size)
            font.setBold(bold)
            painter.setFont(font)
            rect = QRectF(page.left(), y, page.width(), page.height() - y)
            used = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text)
            painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
            y += used.height() + gap * dpi

        block(_tr("Alliance recovery key"), 20, bold=True)
        block(_tr("Created {date} for the vault in {folder}").format(
            date=dt.date.today().isoformat(), folder=vault_folder), 10)
        block(recovery_key, 16, mono=True, gap=0.4)
        block(_tr(
            "This key opens your vault if you forget your passphrase. Anyone holding it and a copy of the "
            "vault can read your records, so keep it like a house key: in a locked drawer or a password "
            "manager, never next to the computer or in the same folder as the vault."), 11)
        block(_tr("To use it: start Alliance, choose \u201cUse recovery key\u201d, type this key, "
                  "then set a new passphrase."), 11)
    finally:
        painter.end()


def save_recovery_pdf(path: Path, recovery_key: str, vault_folder: Path) -> None:
    """Write the recovery sheet as a one-page A4 PDF."""
    writer = QPdfWriter(str(path))
    writer.setTitle(_tr("Alliance recovery key"))
    writer.setCreator("Alliance")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    paint_recovery_sheet(writer, recovery_key, vault_folder)


class RecoveryKeyPage(QWidget):
    """Shows the key with Copy, Print and Save as PDF; Continue needs the "I have stored it" box ticked."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self._folder = Path()
        title = label(self.tr("Your recovery key"), "title", parent=self)
        intro = label(
            self.tr(
                "If you ever forget your passphrase, this key is the only way back into your vault. "
                "It is shown only now. Print it or save it, and keep it somewhere safe, away from this computer."
            ),
            wrap=True, parent=self,
        )
        self.key_label = QLabel(self)
        self.key_label.setProperty("role", "recovery-key")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))

        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.print_button = QPushButton(self.tr("&Print\u2026"), self)
        self.pdf_button = QPushButton(self.tr("Save as P&DF\u2026"), self)
        self.feedback = label("", "hint", parent=self)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        for button in (self.copy_button, self.print_button, self.pdf_button):
            actions.addWidget(button)
        actions.addWidget(self.feedback, 1)

        self.stored = QCheckBox(self.tr("I have stored my recovery key somewhere safe"), self)
        self.continue_button = QPushButton(self.tr("Continue"), self)
        self.continue_button.setProperty("primary", True)
        self.continue_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.stored)
        bottom.addStretch(1)
        bottom.addWidget(self.continue_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addLayout(actions)
        layout.addStretch(1)
        layout.addLayout(bottom)

        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(self.ask_save_pdf)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)

    def set_key(self, recovery_key: str, vault_folder: Path) -> None:
        self._key = recovery_key
        self._folder = vault_folder
        self.key_label.setText(recovery_key)

    def recovery_key(self) -> str:
        return self._key

    def forget(self) -> None:
        """Drop the key from this page once it has been confirmed."""
        self._key = ""
        self.key_label.clear()

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self._key)
        self.feedback.setText(self.tr("Copied. The clipboard is cleared again in a minute."))
        key = self._key
        # Do not leave the key on the clipboard for other programs longer than needed.
        def clear_if_unchanged() -> None:
            if clipboard.text() == key:
                clipboard.clear()

        QTimer.singleShot(CLIPBOARD_CLEAR_MS, clear_if_unchanged)

    def ask_save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery key as PDF"), in_documents("alliance-recovery-key.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        save_recovery_pdf(path, self._key, self._folder)
        self.feedback.setText(self.tr("Saved to {path}").format(path=path))

    def print_sheet(self) -> None:
        # QtPrintSupport is loaded only when someone prints.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print recovery key"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            paint_recovery_sheet(printer, self._key, self._folder)
            self.feedback.setText(self.tr("Sent to the printer."))

    def _continue(self) -> None:
        if self.stored.isChecked():
            self.confirmed.emit()
