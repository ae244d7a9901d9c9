"""Layout of the client page: header, a place for the timeline chart, sessions and ruptures."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from alliance.ui import theme
from alliance.ui.sessions_model import SessionsModel
from alliance.ui.widgets import label


class ClientView(QWidget):
    """Header with code, status, intake date and session count; timeline slot; sessions; ruptures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = QPushButton(theme.icon("back"), self.tr("Caseload"), self)
        self.back_button.setToolTip(self.tr("Back to the caseload"))
        self.code = label("", "title", parent=self)
        self.status = label("", "badge", parent=self)
        self.details = label("", "hint", parent=self)
        self.name = label("", "hint", parent=self)
        self.edit_button = QPushButton(self.tr("Edit client\u2026"), self)
        self.log_button = QPushButton(self.tr("Log session\u2026"), self)
        self.log_button.setProperty("primary", True)

        # The timeline chart arrives with the insights work; this frame is where it goes.
        self.timeline_slot = QFrame(self)
        self.timeline_slot.setProperty("role", "placeholder")
        self.timeline_slot.setMinimumHeight(120)
        self.timeline_slot.setAccessibleName(self.tr("Timeline chart (coming soon)"))
        slot_layout = QVBoxLayout(self.timeline_slot)
        slot_layout.addStretch(1)
        slot_title = label(self.tr("Timeline chart \u2014 coming in the next update"), "subtitle",
                           parent=self.timeline_slot)
        slot_hint = label(self.tr("The alliance index and the four ratings session by session, with ruptures "
                                  "and repairs marked, will be drawn here."), "hint", wrap=True,
                          parent=self.timeline_slot)
        for w in (slot_title, slot_hint):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            slot_layout.addWidget(w)
        slot_layout.addStretch(1)

        self.sessions_model = SessionsModel(self)
        self.sessions = QTableView(self)
        self.sessions.setModel(self.sessions_model)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setShowGrid(False)
        self.sessions.verticalHeader().setVisible(False)
        self.sessions.verticalHeader().setDefaultSectionSize(30)
        self.sessions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sessions.horizontalHeader().setStretchLastSection(False)
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.open_session_button = QPushButton(self.tr("Open session\u2026"), self)

        self.ruptures = QTreeWidget(self)
        self.ruptures.setHeaderLabels([self.tr("Rupture / repair"), self.tr("Session"), self.tr("Status")])
        self.ruptures.setAlternatingRowColors(True)
        self.ruptures.setRootIsDecorated(True)

        self.ruptures.setAccessibleName(self.tr("Ruptures and repairs"))
        self.ruptures.header().setStretchLastSection(False)
        self.ruptures.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ruptures.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ruptures.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        header = QHBoxLayout()
        header.setSpacing(12)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        code_row = QHBoxLayout()
        code_row.setSpacing(10)
        code_row.addWidget(self.code)
        code_row.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        code_row.addStretch(1)
        titles.addLayout(code_row)
        titles.addWidget(self.details)
        titles.addWidget(self.name)
        header.addLayout(titles, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignTop)

        left = QWidget(self)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.setSpacing(8)
        srow = QHBoxLayout()
        srow.addWidget(label(self.tr("Sessions"), "subtitle", parent=left))
        srow.addStretch(1)
        srow.addWidget(self.open_session_button)
        lcol.addLayout(srow)
        lcol.addWidget(self.sessions, 1)
        right = QWidget(self)
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.setSpacing(8)
        rcol.addWidget(label(self.tr("Ruptures and repairs"), "subtitle", parent=right))
        rcol.addWidget(self.ruptures, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(header)
        layout.addWidget(self.timeline_slot)
        layout.addWidget(self.splitter, 1)
