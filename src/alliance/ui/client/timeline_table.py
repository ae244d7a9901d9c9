"""The timeline as a table: the same data as the chart, for keyboard and screen-reader users."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt

from alliance.core.messages import translatable
from alliance.services.timeline import Timeline
from alliance.ui.widgets.formatting import date_text, index_text, kind_text
from alliance.ui.widgets.rows_model import Index, RowsModel
from alliance.ui.widgets.text import term


class TimelineTableModel(RowsModel[tuple[Any, ...]]):
    """One row per session: ratings, index, check-in, SRS, ruptures, repairs, episodes."""

    COLUMNS = (translatable("Session"), translatable("Date"), translatable("Safety"), translatable("Trust"),
               translatable("Attunement"), translatable("Boundaries"), translatable("Index"), translatable("Check-in"),
               translatable("SRS"), translatable("Ruptures"), translatable("Repairs"), translatable("Episode"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)  # rows: the values (UserRole)
        self._headers = [term(c) for c in self.COLUMNS]
        self._text: list[tuple[str, ...]] = []  # as shown and read out
        self._session_ids: list[int] = []

    def set_timeline(self, timeline: Timeline | None) -> None:
        """Show a client's timeline (None empties the table)."""
        rows: list[tuple[Any, ...]] = []
        text: list[tuple[str, ...]] = []
        session_ids: list[int] = []
        if timeline is not None:
            ruptures_at: dict[int, list[str]] = {}
            repairs_at: dict[int, list[str]] = {}
            for r in timeline.ruptures:
                ruptures_at.setdefault(r.session_number, []).append(
                    self.tr("%1 (intensity %2)").replace("%1", kind_text(r.kind)).replace("%2", str(r.intensity)))
                for rep in r.repairs:
                    repairs_at.setdefault(rep.session_number, []).append(
                        self.tr("of session %1: %2/5").replace("%1", str(r.session_number))
                        .replace("%2", str(rep.resolution)))
            episode_at: dict[int, str] = {}
            names = {"explicit": self.tr("Repaired rupture"), "inferred": self.tr("Recovered dip")}
            for e in timeline.signals.repairs:
                for n in range(e.start, e.end + 1):
                    episode_at[n] = names.get(e.kind, e.kind)
            for s in timeline.sessions:
                row = (
                    s.number, s.date, s.ratings.safety, s.ratings.trust, s.ratings.attunement,
                    s.ratings.boundaries, s.alliance_index, s.checkin_mean, s.srs_total,
                    ", ".join(ruptures_at.get(s.number, [])), ", ".join(repairs_at.get(s.number, [])),
                    episode_at.get(s.number, ""),
                )
                rows.append(row)
                text.append(tuple(self._format(value) for value in row))
                session_ids.append(s.session_id)
        self.beginResetModel()
        self._rows, self._text, self._session_ids = rows, text, session_ids
        self.endResetModel()

    @staticmethod
    def _format(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, dt.date):
            return date_text(value)
        if isinstance(value, float):
            return index_text(value)
        return str(value)

    def session_id(self, row: int) -> int:
        """The session shown in a row."""
        return self._session_ids[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
