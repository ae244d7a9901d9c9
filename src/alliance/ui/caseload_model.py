"""The caseload as a table model, and the proxy that sorts it and filters by search text and status."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from alliance.core.records import ClientStatus, ClientSummary
from alliance.ui.formatting import date_text, index_text, status_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class CaseloadModel(QAbstractTableModel):
    """One row per client: code, name, status, sessions, last session, latest index, open ruptures."""

    CODE, NAME, STATUS, SESSIONS, LAST, INDEX, OPEN = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ClientSummary] = []
        self._headers = [
            self.tr("Code"), self.tr("Name"), self.tr("Status"), self.tr("Sessions"),
            self.tr("Last session"), self.tr("Alliance index"), self.tr("Open ruptures"),
        ]

    def set_rows(self, rows: Sequence[ClientSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def summary(self, row: int) -> ClientSummary:
        return self._rows[row]

    def row_of(self, client_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == client_id:
                return i
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SESSIONS, self.INDEX, self.OPEN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: ClientSummary, col: int) -> str:
        match col:
            case self.CODE:
                return r.code
            case self.NAME:
                return r.display_name
            case self.STATUS:
                return status_text(r.status)
            case self.SESSIONS:
                return str(r.session_count)
            case self.LAST:
                return date_text(r.last_session_date)
            case self.INDEX:
                return index_text(r.latest_alliance_index)
            case _:
                return str(r.open_ruptures) if r.open_ruptures else ""

    def _sort_key(self, r: ClientSummary, col: int) -> Any:
        match col:
            case self.CODE:
                return r.code.casefold()
            case self.NAME:
                return r.display_name.casefold()
            case self.STATUS:
                return list(ClientStatus).index(r.status)
            case self.SESSIONS:
                return r.session_count
            case self.LAST:
                return r.last_session_date.toordinal() if r.last_session_date else 0
            case self.INDEX:
                return -1.0 if r.latest_alliance_index is None else r.latest_alliance_index
            case _:
                return r.open_ruptures


class CaseloadFilter(QSortFilterProxyModel):
    """Filters rows by a search text (code or name, any case) and a set of statuses."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._statuses: frozenset[ClientStatus] = frozenset()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        self._change(lambda: setattr(self, "_search", text.strip().casefold()))

    def set_statuses(self, statuses: set[ClientStatus] | frozenset[ClientStatus]) -> None:
        """Show only these statuses (empty: all)."""
        self._change(lambda: setattr(self, "_statuses", frozenset(statuses)))

    def _change(self, apply: Any) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CaseloadModel):
            return True
        r = model.summary(source_row)
        if self._statuses and r.status not in self._statuses:
            return False
        return not self._search or self._search in r.code.casefold() or self._search in r.display_name.casefold()
