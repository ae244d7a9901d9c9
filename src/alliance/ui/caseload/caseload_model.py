"""The caseload overview as a table model, and the proxy that sorts it and filters by search, status, alerts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from alliance.core.outcomes import ChangeClass, DueItem, DueStatus, change_label, load_outcome_instruments
from alliance.core.records import DECLINE_REASONS, ClientStatus
from alliance.services.caseload import CaseloadRow
from alliance.ui.widgets import theme
from alliance.ui.widgets.formatting import TREND_ARROWS, date_text, index_text, status_text, trend_words
from alliance.ui.widgets.rows_model import ID_ROLE, SORT_ROLE, RowsModel
from alliance.ui.widgets.text import shown, term

SPARKLINE_ROLE = Qt.ItemDataRole.UserRole + 3  # tuple of alliance indices, oldest first
TREND_ROLE = Qt.ItemDataRole.UserRole + 4  # 'up', 'flat', 'down'
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_ROW_SPAN = 1_000_000  # more rows than any caseload has


def has_trend(r: CaseloadRow) -> bool:
    """Whether the client has been judged and has enough sessions for the trend to mean anything."""
    return r.trend is not None and r.slope is not None


class CaseloadModel(RowsModel[CaseloadRow]):
    """One row per client: who, status, sessions, a sparkline, the trend, the latest index, open ruptures
    and alerts. Rows come from ``caseload_view``, already in order of need of attention."""

    CODE, NAME, STATUS, SESSIONS, LAST, RECENT, TREND, INDEX, OUTCOME, OPEN, ALERTS = range(11)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Code"), self.tr("Name"), self.tr("Status"), self.tr("Sessions"), self.tr("Last session"),
            self.tr("Recent sessions"), self.tr("Trend"), self.tr("Index"), self.tr("Outcome"),
            self.tr("Open ruptures"), self.tr("Alerts"),
        ]
        self._header_tips = {
            self.RECENT: self.tr("Alliance index over the last sessions"),
            self.TREND: self.tr("Direction of the alliance index over the last six sessions"),
            self.INDEX: self.tr("Alliance index of the latest session"),
            self.OUTCOME: self.tr("The latest outcome measure and its change since the first one"),
            self.OPEN: self.tr("Ruptures not yet resolved by a repair"),
            self.ALERTS: self.tr("Sorted by need of attention: open ruptures first, then declining alliances, "
                                 "drops, SRS and perspective gaps"),
        }

    def summary(self, row: int) -> CaseloadRow:
        return self.record(row)

    def row_of(self, client_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.client_id == client_id:
                return i
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(section)
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._display(r, col)
            case Qt.ItemDataRole.AccessibleTextRole:
                return self._spoken(r, col)
            case Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(r, col)
            case Qt.ItemDataRole.TextAlignmentRole:
                if col in (self.SESSIONS, self.INDEX):
                    return _RIGHT
                return _CENTRE if col in (self.TREND, self.OPEN) else None
            case Qt.ItemDataRole.ForegroundRole:
                if ((col == self.TREND and r.trend == "down" and has_trend(r)) or (col == self.ALERTS and r.alerts)
                        or (col == self.OUTCOME and r.not_on_track)):
                    return QColor(theme.current().attention)
                return None
            case _ if role == SORT_ROLE:
                return self._sort_key(r, col, index.row())
            case _ if role == ID_ROLE:
                return r.client_id
            case _ if role == SPARKLINE_ROLE:
                return list(r.sparkline) if col == self.RECENT else None
            case _ if role == TREND_ROLE:
                return r.trend
        return None

    def _display(self, r: CaseloadRow, col: int) -> str:
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
            case self.RECENT:
                return ""  # painted by the sparkline delegate
            case self.TREND:
                return TREND_ARROWS[r.trend] if has_trend(r) and r.trend is not None else ""
            case self.INDEX:
                return index_text(r.latest_alliance_index)
            case self.OUTCOME:
                return self._outcome_text(r)
            case self.OPEN:
                return str(r.open_ruptures) if r.open_ruptures else ""
            case _:
                if not r.judged:
                    return "\u2026"
                if not r.alerts:
                    return ""
                return self.tr("{n} \u00b7 {title}").format(n=len(r.alerts), title=shown(r.alerts[0].title))

    def _spoken(self, r: CaseloadRow, col: int) -> str:
        match col:
            case self.RECENT:
                return self._sparkline_text(r)
            case self.TREND:
                if not r.judged:
                    return self.tr("not judged yet")
                return trend_words(r.trend) if has_trend(r) and r.trend is not None else self.tr(
                    "not enough sessions for a trend")
            case self.OPEN:
                return str(r.open_ruptures)
            case self.ALERTS:
                if not r.judged:
                    return self.tr("checking the alert rules")
                return self._alerts_text(r) if r.alerts else self.tr("no alerts")
            case _:
                return self._display(r, col)

    def _tooltip(self, r: CaseloadRow, col: int) -> str | None:
        match col:
            case self.RECENT:
                return self._sparkline_text(r) or None
            case self.TREND if has_trend(r) and r.slope is not None and r.trend is not None:
                return self.tr("{words}: {slope} per session over the last sessions").format(
                    words=trend_words(r.trend).capitalize(), slope=f"{float(r.slope):+.2f}")
            case self.OUTCOME if r.outcome is not None or r.due:
                lines = [] if r.outcome is None else [self.tr("{name}, session {n}: {change}{recovered}").format(
                    name=r.outcome_name, n=r.outcome.administration.session_number,
                    change=shown(change_label(r.outcome.change_class)),
                    recovered=self.tr(", recovered") if r.outcome.recovered else "")]
                lines += [self._due_line(i) for i in r.due]
                return "\n".join(lines)
            case self.ALERTS if not r.judged:
                return self.tr("Checking this client's whole history against the alert rules\u2026")
            case self.ALERTS if r.alerts:
                return self._alerts_text(r)
        return None

    def _outcome_text(self, r: CaseloadRow) -> str:
        """The latest measure, its total and a mark for reliable change; then what the schedule says, the most
        pressing first: "overdue", "declined" (since last given, with its reason in the tooltip), or "due"."""
        due = ""
        if any(i.status is DueStatus.OVERDUE for i in r.due):
            due = self.tr("overdue")
        elif any(i.declined_in is not None for i in r.due):
            due = self.tr("declined")
        elif r.due:
            due = self.tr("due")
        if r.outcome is None:
            return due
        total = r.outcome.score.total
        marks = {ChangeClass.RELIABLE_IMPROVEMENT: " \u2713", ChangeClass.RELIABLE_DETERIORATION: " \u2717"}
        value = "\u2013" if total is None else f"{float(total):g}"
        text = f"{r.outcome_name} {value}"
        return text + marks.get(r.outcome.change_class, "") + (f" \u00b7 {due}" if due else "")

    def _due_line(self, item: DueItem) -> str:
        known = load_outcome_instruments().get(item.instrument_id)
        name = known.short_name if known is not None else item.instrument_id
        line = f"{name}: {shown(item.reason)}"
        if item.declined_in is not None:
            why = term(DECLINE_REASONS.get(item.decline_reason, item.decline_reason))
            line += " " + self.tr("Reason given: {why}.").format(why=why)
        return line

    def _sparkline_text(self, r: CaseloadRow) -> str:
        if not r.sparkline:
            return self.tr("no sessions yet")
        values = ", ".join(index_text(v) for v in r.sparkline)
        return self.tr("Alliance index of the last {n} sessions: {values}").format(n=len(r.sparkline),
                                                                                   values=values)

    def _alerts_text(self, r: CaseloadRow) -> str:
        return "\n".join(f"\u2022 {shown(a.title)}: {shown(a.reason)}" for a in r.alerts)

    def _sort_key(self, r: CaseloadRow, col: int, row: int) -> Any:
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
            case self.RECENT | self.TREND:
                return float(r.slope) if has_trend(r) and r.slope is not None else 0.0
            case self.INDEX:
                return -1.0 if r.latest_alliance_index is None else float(r.latest_alliance_index)
            case self.OUTCOME:
                # By instrument, then by total (a text key: Qt compares it; a Python tuple it cannot).
                return f"{r.outcome_name}\t{float(r.outcome.score.total or 0):09.2f}" if r.outcome else ""
            case self.OPEN:
                return r.open_ruptures
            case _:
                # Need of attention; ties keep the overview's order (it sorts them by code), also when a filter
                # change re-inserts rows, where the proxy's sort alone would not be stable.
                # A float: Qt compares it as a double, where a large Python int could overflow a 32-bit int.
                return float((r.attention * 100 + len(r.alerts)) * _ROW_SPAN + (_ROW_SPAN - row))


class CaseloadFilter(QSortFilterProxyModel):
    """Filters rows by a search text (code or name, any case), a set of statuses and 'alerts only'."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._statuses: frozenset[ClientStatus] = frozenset()
        self._alerts_only = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        self._change(lambda: setattr(self, "_search", text.strip().casefold()))

    def set_statuses(self, statuses: set[ClientStatus] | frozenset[ClientStatus]) -> None:
        """Show only these statuses (empty: all)."""
        self._change(lambda: setattr(self, "_statuses", frozenset(statuses)))

    def set_alerts_only(self, alerts_only: bool) -> None:
        """Show only clients with an unacknowledged alert."""
        self._change(lambda: setattr(self, "_alerts_only", alerts_only))

    def accepts_status(self, status: ClientStatus) -> bool:
        return not self._statuses or status in self._statuses

    def _change(self, apply: Any) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CaseloadModel):
            return True
        r = model.summary(source_row)
        if not self.accepts_status(r.status) or (self._alerts_only and not r.alerts):
            return False
        return not self._search or self._search in r.code.casefold() or self._search in r.display_name.casefold()
