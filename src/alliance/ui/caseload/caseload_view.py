"""Layout of the caseload overview (the home screen): search, filters, the table and its actions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from alliance.ui.caseload.caseload_model import CaseloadFilter, CaseloadModel
from alliance.ui.caseload.sparkline import SparklineDelegate
from alliance.ui.widgets.keyboard import tab_order
from alliance.ui.widgets.labels import label

# (label, statuses shown); the first entry is the default
STATUS_FILTERS: tuple[tuple[str, frozenset[ClientStatus]], ...] = (
    (str(QT_TRANSLATE_NOOP("CaseloadView", "Active")), frozenset({ClientStatus.ACTIVE})),
    (str(QT_TRANSLATE_NOOP("CaseloadView", "Active and paused")),
     frozenset({ClientStatus.ACTIVE, ClientStatus.PAUSED})),
    (str(QT_TRANSLATE_NOOP("CaseloadView", "Paused")), frozenset({ClientStatus.PAUSED})),
    (str(QT_TRANSLATE_NOOP("CaseloadView", "Discharged")), frozenset({ClientStatus.DISCHARGED})),
    (str(QT_TRANSLATE_NOOP("CaseloadView", "All clients")), frozenset()),
)


ROW_HEIGHT = 34
BASE_TEXT_HEIGHT = 17  # a line of 10 pt text, in pixels: what the widths below were chosen for
# Starting widths; a column is widened to fit its header. Alerts takes the rest.
COLUMN_WIDTHS = {CaseloadModel.CODE: 80, CaseloadModel.NAME: 170, CaseloadModel.STATUS: 90,
                 CaseloadModel.SESSIONS: 70, CaseloadModel.LAST: 104, CaseloadModel.RECENT: 124,
                 CaseloadModel.TREND: 56, CaseloadModel.INDEX: 60, CaseloadModel.OUTCOME: 90, CaseloadModel.OPEN: 70}


class CaseloadView(QWidget):
    """The caseload overview table with a search box, an alerts-only switch, a status filter and client
    actions. Sorted by need of attention (the Alerts column) until the user sorts by another column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilter(self)
        self.proxy.setSourceModel(self.model)

        self.title = label(self.tr("Caseload"), "title", parent=self)
        self.alerts_only = QCheckBox(self.tr("Ale&rts only"), self)
        self.alerts_only.setToolTip(self.tr("Show only clients with an alert you have not acknowledged"))
        self.count = label("", "hint", parent=self)
        # How close your predictions before hand-overs came: mean absolute error over the last 10 (client mode)
        self.calibration = label("", "hint", parent=self)
        self.calibration.setToolTip(self.tr(
            "Before handing the computer over you may predict the client's check-in answers. This is how far off "
            "those predictions were on average (points on the 0-10 scale), over your last 10 predicted check-ins."))
        self.calibration.hide()
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
        self.table.sortByColumn(CaseloadModel.ALERTS, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.sparkline_delegate = SparklineDelegate(self.table)
        self.table.setItemDelegateForColumn(CaseloadModel.RECENT, self.sparkline_delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CaseloadModel.ALERTS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        self._widths_fitted = False
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons; the arrows move between rows

        self.new_button = QPushButton(self.tr("&New client\u2026"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.log_button = QPushButton(self.tr("&Log session\u2026"), self)
        self.log_button.setProperty("primary", True)
        self.acknowledge_button = QPushButton(self.tr("Ac&knowledge alert\u2026"), self)
        self.acknowledge_button.setToolTip(self.tr("Mark the selected client's alerts as seen, with a reason"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"), self)
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.discharge_button = QPushButton(self.tr("&Discharge"), self)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.calibration, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        top.addWidget(self.alerts_only)
        top.addWidget(self.status_filter)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        for button in (self.acknowledge_button, self.edit_button, self.pause_button, self.discharge_button,
                       self.open_button, self.log_button):
            actions.addWidget(button)

        tab_order([self.search, self.alerts_only, self.status_filter, self.table, self.new_button,
                   self.acknowledge_button, self.edit_button, self.pause_button, self.discharge_button,
                   self.open_button, self.log_button])  # as they are read on the screen

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._widths_fitted:  # the header's font is known only once the style sheet applies
            self._widths_fitted = True
            font = QFont(self.table.horizontalHeader().font())
            font.setBold(True)
            metrics = QFontMetrics(font)
            # The widths are for a 10 pt font; a larger system font widens the columns and the rows with it.
            text_height = QFontMetrics(self.table.font()).height()
            scale = max(1.0, text_height / BASE_TEXT_HEIGHT)
            self.table.verticalHeader().setDefaultSectionSize(max(ROW_HEIGHT, text_height + 12))
            for col, width in COLUMN_WIDTHS.items():
                text = str(self.model.headerData(col, Qt.Orientation.Horizontal))
                self.table.setColumnWidth(col, max(round(width * scale), metrics.horizontalAdvance(text) + 20))
