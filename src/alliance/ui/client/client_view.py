"""Layout of the client page: header, open alerts, the timeline (chart or table) and beside it the sessions,
ruptures and goals."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from alliance.ui.client.alerts_strip import AlertsStrip
from alliance.ui.client.sessions_model import SessionsModel
from alliance.ui.client.timeline_table import TimelineTableModel
from alliance.ui.widgets import theme
from alliance.ui.widgets.controls import WrappingBox
from alliance.ui.widgets.labels import label


class _ScrollBody(QWidget):
    """A scroll area's page that scrolls only below its minimum height, not below its preferred one
    (QScrollArea takes heightForWidth as a floor, and a layout's heightForWidth is its preferred height)."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout is not None else super().heightForWidth(width)


class ClientView(QWidget):
    """Header with code, status, intake date and session count; alerts; the timeline, and beside it the sessions
    above a tab each for the ruptures and the goals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = QPushButton(theme.icon("back"), self.tr("Caseload"), self)
        self.back_button.setToolTip(self.tr("Back to the caseload"))
        self.code = label("", "title", parent=self)
        self.status = label("", "badge", parent=self)
        self.details = label("", "hint", parent=self)
        self.name = label("", "hint", parent=self)
        self.edit_button = QPushButton(self.tr("Edi&t client\u2026"), self)
        self.measures_button = QPushButton(self.tr("&Measures\u2026"), self)
        self.measures_button.setToolTip(self.tr("Which outcome measures this client is asked for, and how often"))
        self.event_button = QPushButton(self.tr("Add &event\u2026"), self)
        self.event_button.setToolTip(self.tr("A life event, medication change, absence, change of setting or phase, "
                                             "drawn on the charts"))
        self.handover_button = QPushButton(self.tr("Hand &over\u2026"), self)
        self.handover_button.setToolTip(self.tr("Hand the computer to the client for a check-in (Ctrl+Shift+H)"))
        self.log_button = QPushButton(self.tr("Log &session\u2026"), self)
        self.log_button.setProperty("primary", True)

        # Open alerts, then the timeline as a chart or a table. The chart (pyqtgraph) is built by the page
        # the first time a client is shown, so the app starts without loading it.
        self.alerts_strip = AlertsStrip(self)
        self.timeline_switch = QTabBar(self)
        self.timeline_switch.addTab(self.tr("Chart"))
        self.timeline_switch.addTab(self.tr("Table"))
        self.timeline_switch.setAccessibleName(self.tr("Show the timeline as"))
        self.timeline_switch.setDrawBase(False)
        self.timeline_switch.setProperty("role", "segmented")
        self.timeline_switch.setExpanding(False)
        self.timeline_switch.setUsesScrollButtons(False)  # both tabs whole, at any text size
        self.chart_host = WrappingBox(self)  # the legend and the outcome summary wrap: room for their lines
        self.chart_layout = QVBoxLayout(self.chart_host)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.timeline_model = TimelineTableModel(self)
        self.timeline_table = QTableView(self)
        self.timeline_table.setModel(self.timeline_model)
        self.timeline_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_table.setAlternatingRowColors(True)
        self.timeline_table.setShowGrid(False)
        self.timeline_table.verticalHeader().setVisible(False)
        self.timeline_table.verticalHeader().setDefaultSectionSize(28)
        self.timeline_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.timeline_table.horizontalHeader().setStretchLastSection(True)
        self.timeline_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.timeline_table.setAccessibleName(self.tr("Timeline table: one row per session"))
        self.timeline_stack = QStackedWidget(self)
        self.timeline_stack.addWidget(self.chart_host)
        self.timeline_stack.addWidget(self.timeline_table)
        # Shown in the chart's place while another client's page loads: a plain background paints at once, where
        # an empty chart drew its axes and grid twice, on the thread the page's read was waiting for.
        self.timeline_loading = QWidget(self)
        self.timeline_loading.setAccessibleName(self.tr("Loading the timeline"))
        self.timeline_stack.addWidget(self.timeline_loading)
        self.timeline_switch.currentChanged.connect(self.timeline_stack.setCurrentIndex)

        self.sessions_model = SessionsModel(self)
        self.sessions = QTableView(self)
        self.sessions.setModel(self.sessions_model)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setShowGrid(False)
        self.sessions.verticalHeader().setVisible(False)
        self.sessions.verticalHeader().setDefaultSectionSize(28)
        # Column widths come from the font (fit_session_columns): ResizeToContents asked every row at 500 sessions.
        self.sessions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.sessions.horizontalHeader().setStretchLastSection(False)
        self.sessions.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.open_session_button = QPushButton(self.tr("O&pen session\u2026"), self)

        self.ruptures = QTreeWidget(self)
        self.ruptures.setHeaderLabels([self.tr("Rupture / repair"), self.tr("Session"), self.tr("Status")])
        self.ruptures.setAlternatingRowColors(True)
        self.ruptures.setRootIsDecorated(True)

        self.ruptures.setAccessibleName(self.tr("Ruptures and repairs"))
        self.ruptures.header().setStretchLastSection(False)
        self.ruptures.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ruptures.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ruptures.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        # The client's code and name, then the actions: on one line, or below it in a narrow page (a large font).
        header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        header.setSpacing(12)
        self.header = header
        titles = QVBoxLayout()
        titles.setSpacing(2)
        code_row = QHBoxLayout()
        code_row.setSpacing(10)
        code_row.addWidget(self.code)
        code_row.addWidget(self.status, 0, Qt.AlignmentFlag.AlignVCenter)
        code_row.addStretch(1)
        titles.addLayout(code_row)
        info_row = QHBoxLayout()
        info_row.setSpacing(14)
        info_row.addWidget(self.name)
        info_row.addWidget(self.details)
        info_row.addStretch(1)
        titles.addLayout(info_row)
        title_row = self.title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addSpacing(8)
        title_row.addLayout(titles, 1)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(12)
        self.action_row.addStretch(0)  # 1 when the actions have a line of their own: they keep to the right
        for button in (self.event_button, self.measures_button, self.edit_button, self.handover_button,
                       self.log_button):
            self.action_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(title_row, 1)
        header.addLayout(self.action_row)

        # Beside the timeline, one column: the sessions (date, number, index, ruptures and repairs: the Table tab
        # has every rating), the ruptures with their repairs, the goals. At 1280x768 the chart keeps its height
        # and the column shows eight sessions or more.
        sessions_box = QWidget(self)
        scol = QVBoxLayout(sessions_box)
        scol.setContentsMargins(0, 0, 0, 0)
        scol.setSpacing(6)
        srow = QHBoxLayout()
        srow.addWidget(label(self.tr("Sessions"), "subtitle", parent=sessions_box))
        srow.addStretch(1)
        srow.addWidget(self.open_session_button)
        scol.addLayout(srow)
        scol.addWidget(self.sessions, 1)
        for column in range(SessionsModel.FIRST_RATING, SessionsModel.INDEX):
            self.sessions.setColumnHidden(column, True)
        self.goals_button = QPushButton(self.tr("Edit &goals\u2026"), self)
        self.goals_button.setToolTip(self.tr("The client's treatment goals and a short formulation"))
        self.goals_text = QTextBrowser(self)
        self.goals_text.setAccessibleName(self.tr("Treatment goals and formulation"))
        self.goals_text.setOpenLinks(False)
        goals_box = QWidget(self)
        gcol = QVBoxLayout(goals_box)
        gcol.setContentsMargins(0, 6, 0, 0)
        gcol.setSpacing(6)
        gcol.addWidget(self.goals_text, 1)
        grow = QHBoxLayout()
        grow.addStretch(1)
        grow.addWidget(self.goals_button)
        gcol.addLayout(grow)
        # Ruptures and goals share the lower half of the column, one tab each (Ctrl+Tab between them).
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(self.ruptures, self.tr("Ruptures and repairs"))
        self.side_tabs.addTab(goals_box, self.tr("Goals"))
        self.vsplitter = QSplitter(Qt.Orientation.Vertical, self)
        for i, (box, stretch) in enumerate(((sessions_box, 5), (self.side_tabs, 2))):
            policy = box.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)  # the stretch factors share the height
            box.setSizePolicy(policy)
            self.vsplitter.addWidget(box)
            self.vsplitter.setStretchFactor(i, stretch)
        self.vsplitter.setChildrenCollapsible(False)
        timeline = QWidget(self)
        tcol = QVBoxLayout(timeline)
        tcol.setContentsMargins(0, 0, 0, 0)
        tcol.setSpacing(6)
        self.timeline_row = QHBoxLayout()
        self.timeline_row.setSpacing(12)
        self.timeline_row.addWidget(label(self.tr("Timeline"), "subtitle", parent=timeline))
        self.timeline_row.addWidget(self.timeline_switch)
        self.timeline_row.addStretch(1)
        self.timeline_tools = QHBoxLayout()  # the chart's own controls go here once it is built
        self.timeline_head = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # the tools below when too narrow
        self.timeline_head.setSpacing(12)
        self.timeline_head.addLayout(self.timeline_row, 1)
        self.timeline_head.addLayout(self.timeline_tools)
        tcol.addLayout(self.timeline_head)
        tcol.addWidget(self.timeline_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(timeline)
        self.splitter.addWidget(self.vsplitter)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # Everything scrolls as one when the window is shorter than the page needs (three alerts in a small
        # window), rather than the chart being squeezed flat or the legend drawn over it.
        body = _ScrollBody(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 14, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.alerts_strip)
        layout.addWidget(self.splitter, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def fit_session_columns(self) -> int:
        """Size the sessions table's columns to their widest possible text; returns their total width."""
        metrics = self.sessions.fontMetrics()
        header = self.sessions.horizontalHeader()
        padding = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 16
        for column, text in enumerate(self.sessions_model.widest_texts()):
            header.resizeSection(column, metrics.horizontalAdvance(text) + padding)
        return header.length()

    def fit_header(self) -> None:
        """The actions beside the client's name when the page is wide enough for both, else on a line below; the
        same for the chart's tools beside the timeline's title."""
        needed = self.title_row.sizeHint().width() + self.action_row.sizeHint().width() + 2 * self.header.spacing()
        wide = self.scroll_area.viewport().width() >= needed
        self.header.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self.action_row.setStretch(0, 0 if wide else 1)
        # The chart's tools beside "Timeline" when the room left of the sessions pane holds both; longer words (as in
        # German) or a larger text size put them on a line below rather than widening the page past the window.
        # While the page is hidden its scroll area is not laid out yet (a viewport 86 px wide): the page's own
        # width, less a scroll bar, is the one to go by then.
        if self.isVisible():
            width = self.scroll_area.viewport().width()
        else:
            width = self.width() - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        body = self.scroll_area.widget()
        body_layout = body.layout() if body is not None else None
        if body_layout is not None:
            margins = body_layout.contentsMargins()
            width -= margins.left() + margins.right()
        room = width - self.vsplitter.minimumSizeHint().width() - self.splitter.handleWidth() - 12
        tools = self.timeline_row.sizeHint().width() + self.timeline_tools.sizeHint().width() + 12
        self.timeline_head.setDirection(
            QBoxLayout.Direction.LeftToRight if room >= tools else QBoxLayout.Direction.TopToBottom)

    def fit_chart_heights(self) -> None:
        """Room for the charts' axes and labels in the text size of the moment (the page scrolls, rather than
        the labels being drawn over the legend)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # a larger text size: the header may need two lines now
            self.fit_header()
            self.fit_chart_heights()
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switch: redraw the icon in the new colour
            self.back_button.setIcon(theme.icon("back"))
        super().changeEvent(event)
