"""The trash: deleted sessions of the last 30 days, each restorable; "Empty trash" removes them for good.

Reads and writes run on the worker (``services.trash``). Restoring announces the session as logged again, so the
client page and the caseload show it at once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance.core.errors import ValidationError
from alliance.core.records import Session
from alliance.services.trash import KEPT_DAYS, TrashedSession, empty_trash, restore_session, trashed_sessions
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.changes import Change, SessionLogged
from alliance.ui.widgets.failures import tell_failure
from alliance.ui.widgets.formatting import date_text, local_time_text
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.screen_fit import fit_to_screen
from alliance.ui.widgets.text import error_text

ENTRY_ROLE = Qt.ItemDataRole.UserRole


def days_text(n: int) -> str:
    """'kept 1 more day', 'kept 12 more days', 'removed at the next unlock'."""
    if n <= 0:
        return QCoreApplication.translate("TrashDialog", "removed at the next unlock")
    if n == 1:
        return QCoreApplication.translate("TrashDialog", "1 more day")
    return QCoreApplication.translate("TrashDialog", "{n} more days").format(n=n)


class TrashDialog(QDialog):
    """Deleted sessions, most recently deleted first, with Restore and Empty trash."""

    listed = Signal()  # the list shows the trash as it is now
    restored = Signal(object)  # the Session logged again

    def __init__(self, access: VaultAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._busy = False
        self._said = ""  # what the last restore or refusal said, kept when the list is read again
        self.setWindowTitle(self.tr("Trash"))
        self.setMinimumSize(560, 360)
        fit_to_screen(self, 760, 480)

        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setProperty("role", "roomy")
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([self.tr("Client"), self.tr("Session"), self.tr("Deleted"), self.tr("Kept")])
        self.table.setAccessibleName(self.tr("Deleted sessions, most recently deleted first"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status = label("", "hint", wrap=True, parent=self)

        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setProperty("primary", True)
        self.restore_button.setToolTip(self.tr("Put the session back, as it was, with its edit history"))
        self.empty_button = QPushButton(self.tr("&Empty trash\u2026"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setIcon(QIcon())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(label(self.windowTitle(), "title", parent=self))
        layout.addWidget(label(self.tr(
            "A deleted session is kept here, whole, for {days} days: restore it and it is back as it was, with its "
            "ruptures, repairs, questionnaires and edit history. Nothing else sees it meanwhile — not the charts, "
            "the alerts, the search or any export. Every step is in the audit log.").format(days=KEPT_DAYS),
            "hint", wrap=True, parent=self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty)
        self.table.itemActivated.connect(lambda *_: self.restore_selected())
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        self._access.query(trashed_sessions, self._show, self._failed, owner=self, latest="trash")

    def _show(self, entries: tuple[TrashedSession, ...]) -> None:
        self.table.clear()
        for entry in entries:
            session = self.tr("{n} of {date}").format(n=entry.number, date=date_text(entry.date))
            item = QTreeWidgetItem([entry.client_code, session,
                                    local_time_text(entry.deleted_at.replace(tzinfo=dt.UTC)),
                                    days_text(entry.days_left())])
            item.setData(0, ENTRY_ROLE, entry)
            self.table.addTopLevelItem(item)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        empty = "" if entries else self.tr("The trash is empty.")
        self.status.setText(" ".join(t for t in (self._said, empty) if t))
        self._update_buttons()
        self.listed.emit()

    def selected(self) -> TrashedSession | None:
        item = self.table.currentItem()
        entry = item.data(0, ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, TrashedSession) else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(not self._busy and self.selected() is not None)
        self.empty_button.setEnabled(not self._busy and self.table.topLevelItemCount() > 0)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or self._busy:
            return
        self._set_busy(True)

        def change(session: Session) -> Change:
            return SessionLogged(session.client_id, session_id=session.id, number=session.number)

        self._access.op(lambda vault: restore_session(vault, entry.id), lambda s: self._restored(entry, s),
                        self._failed, change=change, owner=self)

    def _restored(self, entry: TrashedSession, session: Session) -> None:
        self._set_busy(False)
        self._said = self.tr("Session {n} of {code} is back (session {now} now).").format(
            n=entry.number, code=entry.client_code, now=session.number)
        self.restored.emit(session)
        self.reload()

    def empty(self) -> None:
        count = self.table.topLevelItemCount()
        if not count or self._busy:
            return
        text = (self.tr("Remove the 1 session in the trash for good?") if count == 1 else
                self.tr("Remove the {n} sessions in the trash for good?").format(n=count))
        answer = QMessageBox.warning(self, self.tr("Empty trash"), text + " " + self.tr(
            "This cannot be undone; backups made before now still hold them."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Discard:
            return
        self._set_busy(True)
        self._access.op(empty_trash, self._emptied, self._failed, owner=self)

    def _emptied(self, removed: int) -> None:
        self._set_busy(False)
        self._said = ""
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self._said = error_text(exc)
            self.reload()
        else:
            tell_failure(self, self.tr("Trash"), exc)
