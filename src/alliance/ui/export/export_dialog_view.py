"""Layout of the export dialog: who, format and de-identification on the left, the preview on the right.

The controller (export_dialog.py) fills it, reads it, previews and writes.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from alliance.core.deid import DateMode, NotesMode, PseudonymMode
from alliance.core.records import ClientStatus
from alliance.core.scrub import lexicon
from alliance.ui.widgets.controls import guard_wheel
from alliance.ui.widgets.dates import DateField
from alliance.ui.widgets.formatting import status_text
from alliance.ui.widgets.labels import error_label, label
from alliance.ui.widgets.screen_fit import fit_to_screen
from alliance.ui.widgets.text import term


class ExportDialogView(QDialog):
    """Scope, format, de-identification choices and a preview. Layout only."""

    TEXT_PAGE, IMAGE_PAGE = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export de-identified data"))
        self.setMinimumSize(980, 640)
        fit_to_screen(self, 1180, 760)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self._scope_box())
        left.addWidget(self._format_box())
        left.addWidget(self._deid_box())
        left.addStretch(1)

        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(label(self.tr("Preview"), "subtitle", parent=self))
        self.preview_status = label("", "hint", wrap=True, parent=self)
        right.addWidget(self.preview_status)
        right.addWidget(self._scrub_warning())
        self.preview_stack = QStackedWidget(self)
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setReadOnly(True)
        self.preview_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview_text.setAccessibleName(self.tr("Preview of the first lines"))
        self.preview_image = QLabel(self)
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_image.setAccessibleName(self.tr("Preview of the first page"))
        self.preview_scroll = QScrollArea(self)
        self.preview_scroll.setWidget(self.preview_image)
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setProperty("role", "page-preview")
        self.preview_stack.addWidget(self.preview_text)
        self.preview_stack.addWidget(self.preview_scroll)
        right.addWidget(self.preview_stack, 1)
        self.describe = label("", "hint", wrap=True, parent=self)
        right.addWidget(self.describe)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 0)
        columns.addLayout(right, 1)

        self.general_error = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(self.tr("&Export\u2026"), self)
        self.export_button.setProperty("primary", True)
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setIcon(QIcon())  # plain, as in the app

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(label(self.windowTitle(), "title", parent=self))
        layout.addWidget(label(self.tr("Client codes, names and contact details never leave the vault in an export. "
                                       "Choose what to include, check the preview, then choose where to save."),
                               "hint", wrap=True, parent=self))
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    # --- groups --------------------------------------------------------------------------------------

    def _scope_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who"), self)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(6)
        self.scope_one = QRadioButton(self.tr("&One client"), box)
        self.scope_several = QRadioButton(self.tr("&Several clients"), box)
        self.scope_caseload = QRadioButton(self.tr("&Whole caseload"), box)
        self.scope_group = QButtonGroup(box)
        for i, button in enumerate((self.scope_one, self.scope_several, self.scope_caseload)):
            self.scope_group.addButton(button, i)
        self.client = QComboBox(box)
        self.client.setAccessibleName(self.tr("Client"))
        self.client.setMinimumWidth(220)
        guard_wheel(self.client)
        self.client_filter = QLineEdit(box)
        self.client_filter.setPlaceholderText(self.tr("Filter clients"))
        self.client_filter.setClearButtonEnabled(True)
        self.client_filter.setAccessibleName(self.tr("Filter clients"))
        self.client_list = QListWidget(box)
        self.client_list.setAccessibleName(self.tr("Clients to export"))
        self.client_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.client_list.setMinimumHeight(96)
        self.client_list.setMaximumHeight(132)
        self.status_checks: dict[ClientStatus, QCheckBox] = {}
        statuses = QHBoxLayout()
        statuses.setSpacing(12)
        with_key = {ClientStatus.ACTIVE: self.tr("Ac&tive"), ClientStatus.PAUSED: self.tr("P&aused"),
                    ClientStatus.DISCHARGED: self.tr("Disc&harged")}  # letters the dialog's other controls leave
        for status in ClientStatus:
            check = QCheckBox(with_key.get(status, status_text(status)), box)
            check.setChecked(True)
            self.status_checks[status] = check
            statuses.addWidget(check)
        statuses.addStretch(1)
        self.use_dates = QCheckBox(self.tr("Only sessions &between"), box)
        self.date_from = DateField(box)
        self.date_to = DateField(box)
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setAccessibleName(name)
        self.date_from.setDate(QDate.currentDate().addYears(-1))
        self.date_to.setDate(QDate.currentDate())
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(label(self.tr("and"), parent=box))
        dates.addWidget(self.date_to)
        dates.addStretch(1)

        grid.addWidget(self.scope_one, 0, 0)
        grid.addWidget(self.client, 0, 1)
        grid.addWidget(self.scope_several, 1, 0, Qt.AlignmentFlag.AlignTop)
        several = QVBoxLayout()
        several.setSpacing(4)
        several.addWidget(self.client_filter)
        several.addWidget(self.client_list)
        grid.addLayout(several, 1, 1)
        grid.addWidget(self.scope_caseload, 2, 0)
        grid.addLayout(statuses, 2, 1)
        rule = QFrame(box)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setProperty("role", "rule")
        grid.addWidget(rule, 3, 0, 1, 2)
        grid.addWidget(self.use_dates, 4, 0)
        grid.addLayout(dates, 4, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _format_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Format"), self)
        form = QFormLayout(box)
        form.setVerticalSpacing(6)
        self.format = QComboBox(box)
        self.format.addItem(self.tr("CSV \u2014 one row per measure (long, for R, SPSS, pandas)"), "csv-long")
        self.format.addItem(self.tr("CSV \u2014 one row per session (wide)"), "csv-wide")
        self.format.addItem(self.tr("JSON \u2014 sessions, episodes and alerts"), "json")
        self.format.addItem(self.tr("PDF report \u2014 supervision (one client) or caseload"), "pdf")
        self.page_size = QComboBox(box)
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.addItem(self.tr("Letter"), "Letter")
        guard_wheel(self.format, self.page_size)
        self.page_size_label = QLabel(self.tr("&Page size"), box)
        self.page_size_label.setBuddy(self.page_size)
        format_label = QLabel(self.tr("&Format"), box)
        format_label.setBuddy(self.format)
        form.addRow(format_label, self.format)
        form.addRow(self.page_size_label, self.page_size)
        return box

    def _scrub_warning(self) -> QFrame:
        """Shown whenever notes are included: the one thing a person must do before sharing."""
        self.scrub_warning = QFrame(self)
        self.scrub_warning.setProperty("role", "warning")
        row = QHBoxLayout(self.scrub_warning)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(label("!", "warning-mark", parent=self.scrub_warning), 0, Qt.AlignmentFlag.AlignTop)
        languages = ", ".join(term(lexicon.LANGUAGE_NAMES[code]) for code in lexicon.SUPPORTED)
        self.scrub_warning_text = label(
            self.tr("Read every note before sharing this export. The scrubber replaces the names, places, dates, "
                    "phone numbers and other identifiers it recognises, but no scrubber is perfect.") + " "
            + self.tr("It can scrub notes written in {languages}; a note in another language stops the export "
                      "with a message.").format(languages=languages),
            "warning-text", wrap=True, parent=self.scrub_warning)
        row.addWidget(self.scrub_warning_text, 1)
        self.scrub_warning.setVisible(False)
        return self.scrub_warning

    def _deid_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("De-identification"), self)
        col = QVBoxLayout(box)
        col.setSpacing(6)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        self.dates = QComboBox(box)
        self.dates.addItem(self.tr("Days since each client's first session"), DateMode.RELATIVE)
        self.dates.addItem(self.tr("Shifted by a random number of days per client (limited data set)"),
                           DateMode.SHIFTED)
        self.dates.addItem(self.tr("Year only"), DateMode.YEAR)
        self.notes = QComboBox(box)
        self.notes.addItem(self.tr("Leave notes out"), NotesMode.EXCLUDE)
        self.notes.addItem(self.tr("Include notes, scrubbed of identifiers"), NotesMode.SCRUBBED)
        self.pseudonyms = QComboBox(box)
        self.pseudonyms.addItem(self.tr("Stable (the same in every export)"), PseudonymMode.STABLE)
        self.pseudonyms.addItem(self.tr("Fresh (new for this file; the data can still link exports)"),
                                PseudonymMode.FRESH)
        guard_wheel(self.dates, self.notes, self.pseudonyms)
        for text, widget in ((self.tr("&Dates"), self.dates), (self.tr("&Notes"), self.notes),
                             (self.tr("Pse&udonyms"), self.pseudonyms)):
            caption = QLabel(text, box)
            caption.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(caption, widget)
        col.addLayout(form)
        # Shifted full dates are not Safe Harbor: offered only behind this confirmation.
        self.limited_data_set = QCheckBox(self.tr("&Share only under a data use agreement (not Safe Harbor)"), box)
        self.limited_data_set.setToolTip(self.tr("Shifted full dates are not de-identified under HIPAA Safe Harbor, "
                                                 "which allows the year only: the export is a limited data set."))
        self.limited_data_set.setVisible(False)
        col.addWidget(self.limited_data_set)
        return box
