"""Layout of the caseload page: search, status filter, the table and its actions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance.core.records import ClientStatus
from alliance.ui.caseload_model import CaseloadFilter, CaseloadModel
from alliance.ui.widgets import label

# (label, statuses shown); the first entry is the default
STATUS_FILTERS: tuple[tuple[str, frozenset[ClientStatus]], ...] = (
    (str(QT_TRANSLATE_NOOP("CaseloadView", "Active and paused")),
     frozenset({ClientStatus.ACTIVE, ClientStatus.PAUSED})),
    (str(QT_TRANSLATE_NOOP("CaseloadView", "Active")), frozenset({ClientStatus.ACTIVE})),
    (str(QT_TRANSLATE_NOOP("CaseloadView", "Paused")), frozenset({ClientStatus.PAUSED})),
    (str(QT_TRANSLATE_NOOP("CaseloadView", "Discharged")), frozenset({ClientStatus.DISCHARGED})),
    (str(QT_TRANSLATE_NOOP("CaseloadView", "All clients")), frozenset()),
)


class CaseloadView(QWidget):
    """The caseload table with a search box, a status filter and client actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilter(self)
        self.proxy.setSourceModel(self.model)

        self.title = label(self.tr("Caseload"), "title", parent=self)
        self.count = label("", "hint", parent=self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by code or name"))
        self.search.setAccessibleName(self.tr("Search clients by code or name"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show clients with status"))
        for text, statuses in STATUS_FILTERS:
            self.status_filter.addItem(QCoreApplication.translate("CaseloadView", text), statuses)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CaseloadModel.CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CaseloadModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col, width in enumerate((110, 220, 120, 100, 130, 130, 130)):
            if col != CaseloadModel.NAME:
                self.table.setColumnWidth(col, width)
        self.table.setAccessibleName(self.tr("Caseload"))

        self.new_button = QPushButton(self.tr("New client\u2026"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.log_button = QPushButton(self.tr("Log session\u2026"), self)
        self.log_button.setProperty("primary", True)
        self.edit_button = QPushButton(self.tr("Edit\u2026"), self)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.discharge_button = QPushButton(self.tr("Discharge"), self)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        top.addWidget(self.status_filter)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        for button in (self.edit_button, self.pause_button, self.discharge_button, self.open_button,
                       self.log_button):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
