"""The audit trail in a window: every event, filtered by action, record kind and text, with the chain check.

Reads go through ``services.audit_log`` on worker threads; the window never changes the trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from alliance.services.audit_log import AuditEntry, audit_actions, audit_entries, audit_problems
from alliance.store.vault import Vault
from alliance.ui.operations.access import VaultAccess
from alliance.ui.widgets.controls import guard_wheel
from alliance.ui.widgets.formatting import local_time_text
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.rows_model import SORT_ROLE, RowsModel
from alliance.ui.widgets.screen_fit import fit_to_screen
from alliance.ui.widgets.text import error_text, term

SHOWN_PROBLEMS = 12
_Index = QModelIndex | QPersistentModelIndex


class AuditModel(RowsModel[AuditEntry]):
    """One row per event, newest first."""

    SEQ, TIME, ACTION, RECORD, ID, DETAILS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("#"), self.tr("Time"), self.tr("Action"), self.tr("Record"), self.tr("Id"),
                         self.tr("Details")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(e.seq), local_time_text(e.at_utc, seconds=True), term(e.action), term(e.entity or "\u2014"),
                    "" if e.entity_id is None else str(e.entity_id), e.detail_text)[col]
        if role == SORT_ROLE:
            return (e.seq, e.seq, e.action, e.entity, -1 if e.entity_id is None else e.entity_id, e.detail_text)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SEQ, self.ID):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DETAILS:
            return e.detail_text
        return None


class AuditLogWindow(QDialog):
    """The trail, newest first; a banner says whether the hash chain is intact."""

    def __init__(self, access: VaultAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self.setWindowTitle(self.tr("Audit trail"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setMinimumSize(760, 480)
        fit_to_screen(self, 1100, 720)
        self.problems: list[str] | None = None  # the last chain check (None while it runs)
        self.total = 0  # events in the trail, from the last chain check

        self.banner = QFrame(self)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(14, 10, 14, 10)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_row.addWidget(self.banner_text, 1)

        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Action"))
        self.action.addItem(self.tr("All actions"), "")
        self.record = QComboBox(self)
        self.record.setAccessibleName(self.tr("Record"))
        self.record.addItem(self.tr("All records"), "")
        for kind, text in (("client", self.tr("Clients")), ("session", self.tr("Sessions"))):
            self.record.addItem(text, kind)
        guard_wheel(self.action, self.record)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search details, e.g. format: pdf"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the details"))
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for text, widget in ((self.tr("&Action"), self.action), (self.tr("R&ecord"), self.record),
                             (self.tr("&Search"), self.search)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 2 if widget is self.search else 0)
        filters.addWidget(self.refresh_button)

        self.model = AuditModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(AuditModel.DETAILS)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move between rows
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditModel.SEQ, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.count = label("", "hint", parent=self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setIcon(QIcon())  # plain, as everywhere in the app
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(label(self.windowTitle(), "title", parent=self))
        layout.addWidget(label(self.tr("Every unlock, change, export, backup and restore is recorded here, each "
                                       "event sealed to the one before it. Details never hold clinical text."),
                               "hint", wrap=True, parent=self))
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(buttons)
        layout.addLayout(row)

        self.action.currentIndexChanged.connect(self.reload)
        self.record.currentIndexChanged.connect(self.reload)
        self.search.textChanged.connect(self._filter_text)
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.refresh()
        self.table.setFocus()

    # --- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Check the chain, reload the action list and the events."""
        self.problems = None
        self._show_banner()
        self._access.query(_chain_state, self._checked, self._check_failed, owner=self, latest="audit-chain")
        self.reload()

    def reload(self) -> None:
        """Load the events for the chosen action and record kind (the text filter applies on top)."""
        action, record = self.action.currentData() or None, self.record.currentData() or None
        self.count.setText(self.tr("Loading\u2026"))
        self._access.query(lambda vault: (audit_actions(vault), audit_entries(vault, action, record)),
                           self._loaded, self._load_failed, owner=self, latest="audit-entries")

    def _loaded(self, result: tuple[list[str], list[AuditEntry]]) -> None:
        actions, entries = result
        self._merge(self.action, actions)
        self._merge(self.record, sorted({e.entity for e in entries if e.entity}))
        self.model.set_rows(entries)
        self._update_count()

    @staticmethod
    def _merge(combo: QComboBox, values: Sequence[str]) -> None:
        """Add filter choices the trail holds that the combo does not list yet."""
        known = {combo.itemData(i) for i in range(combo.count())}
        combo.blockSignals(True)
        for value in values:
            if value not in known:
                combo.addItem(term(value), value)
        combo.blockSignals(False)

    def _load_failed(self, exc: BaseException) -> None:
        self.model.clear()
        self.count.setText(self.tr("The audit trail could not be read: {error}").format(error=error_text(exc)))

    def _filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _update_count(self) -> None:
        shown, loaded = self.proxy.rowCount(), self.model.rowCount()
        if shown == loaded:
            self.count.setText(self.tr("{n} events shown, newest first.").format(n=shown))
        else:
            self.count.setText(self.tr("{shown} of {n} events match the search.").format(shown=shown, n=loaded))

    # --- the chain check -------------------------------------------------------------------------------

    def _checked(self, state: tuple[list[str], int]) -> None:
        self.problems, self.total = state
        self._show_banner()

    def _check_failed(self, exc: BaseException) -> None:
        problem = self.tr("The audit trail could not be checked: {error}").format(error=error_text(exc))
        self.problems, self.total = [problem], 0
        self._show_banner()

    def _show_banner(self) -> None:
        if self.problems is None:
            role, text = "banner-ok", self.tr("Checking the audit trail\u2026")
        elif not self.problems:
            role = "banner-ok"
            text = self.tr("Audit trail intact \u2014 {n} events, each sealed to the one before it.").format(
                n=self.total)
        else:
            role = "banner-problem"
            lines = self.problems[:SHOWN_PROBLEMS]
            more = len(self.problems) - len(lines)
            text = self.tr("The audit trail has been altered or damaged:") + "\n" + "\n".join(
                f"\u2022 {p}" for p in lines)
            if more:
                text += "\n" + self.tr("\u2026 and {n} more.").format(n=more)
        self.banner.setProperty("role", role)
        self.banner_text.setProperty("role", f"{role}-text")
        self.banner_text.setText(text)
        for widget in (self.banner, self.banner_text):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def _chain_state(vault: Vault) -> tuple[list[str], int]:
    """The chain's problems and the number of events (the newest sequence number)."""
    newest = audit_entries(vault, limit=1)
    return audit_problems(vault), newest[0].seq if newest else 0
