"""A client's sessions as a table model: date, number, the four ratings, index, ruptures and repairs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from alliance.core.ratings import COMPONENTS
from alliance.services.timeline import TimelineSession
from alliance.ui.widgets.formatting import date_text, index_text
from alliance.ui.widgets.rows_model import ID_ROLE, SORT_ROLE, RowsModel
from alliance.ui.widgets.text import term

_Index = QModelIndex | QPersistentModelIndex
_WIDE_DATE = dt.date(2026, 12, 28)  # a long month and a two-digit day
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, SORT_ROLE, ID_ROLE})


class SessionsModel(RowsModel[TimelineSession]):
    """Rows are the client page's session rows, in number order."""

    DATE, NUMBER = 0, 1
    FIRST_RATING = 2
    INDEX = FIRST_RATING + len(COMPONENTS)
    RUPTURES, REPAIRS = INDEX + 1, INDEX + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Date"), self.tr("No.")]
        self._headers += [term(c.label) for c in COMPONENTS]
        self._headers += [self.tr("Index"), self.tr("Ruptures"), self.tr("Repairs")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks each visible cell for a dozen roles on every paint: those it shows nothing for, first.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return s.session_id
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.DATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        sort = role == SORT_ROLE
        if col == self.DATE:
            return s.date.toordinal() if sort else date_text(s.date)
        if col == self.NUMBER:
            return s.number if sort else str(s.number)
        if col < self.INDEX:
            value = getattr(s.ratings, COMPONENTS[col - self.FIRST_RATING].key)
            return value if sort else str(value)
        if col == self.INDEX:
            return s.alliance_index if sort else index_text(s.alliance_index)
        count = s.ruptures if col == self.RUPTURES else s.repairs
        return count if sort else (str(count) if count else "")

    def widest_texts(self) -> list[str]:
        """For each column, the widest text it can show (its header, or a sample of its widest value), so the
        view can size the columns from the font without asking every row."""
        samples = [date_text(_WIDE_DATE), "9999", *("10" for _ in COMPONENTS), index_text(10.0), "99", "99"]
        return [max((h, v), key=len) for h, v in zip(self._headers, samples, strict=True)]
