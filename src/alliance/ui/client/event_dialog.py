"""Add a context event to a client's timeline: when, what kind, a short label."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from alliance.core.errors import ValidationError
from alliance.core.records import CONTEXT_EVENT_KINDS, CONTEXT_LABEL_MAX
from alliance.services.context_events import add_event
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.changes import ClientChanged
from alliance.ui.widgets.controls import save_buttons
from alliance.ui.widgets.dates import DateField
from alliance.ui.widgets.failures import tell_failure
from alliance.ui.widgets.labels import error_label, label
from alliance.ui.widgets.text import problem_text, term


class EventDialog(QDialog):
    def __init__(self, access: VaultAccess, client_id: int, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access, self._client_id = access, client_id
        self.setWindowTitle(self.tr("Add an event \u2014 {code}").format(code=code))
        self.setMinimumWidth(460)
        self.date = DateField(self)  # the locale's date, typed whole, a calendar on Alt+Down
        self.date.setDate(QDate.currentDate())
        self.date.setMaximumDate(QDate.currentDate())
        self.kind = QComboBox(self)
        for key, text in CONTEXT_EVENT_KINDS.items():
            self.kind.addItem(term(text), key)
        self.text = QLineEdit(self)
        self.text.setMaxLength(CONTEXT_LABEL_MAX)
        self.text.setPlaceholderText(self.tr("A few words, e.g. \u201cstarted sertraline\u201d"))
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Label"), self.text)
        self.buttons = save_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Events are drawn on the client's charts. The label stays out of "
                                       "de-identified exports unless notes are scrubbed."), "hint", wrap=True,
                               parent=self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        if self.date.problem():  # an unreadable date stops the save and keeps what was typed
            self.error.setText(self.date.problem())
            self.error.setVisible(True)
            return
        q = self.date.date()
        when, kind, text, client_id = dt.date(q.year(), q.month(), q.day()), str(self.kind.currentData()), \
            self.text.text(), self._client_id
        self.buttons.setEnabled(False)
        self._access.op(lambda vault: add_event(vault, client_id, when, kind, text), lambda _e: self.accept(),
                        self._failed, owner=self, change=ClientChanged(client_id))

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            self.error.setVisible(True)
            return
        tell_failure(self, self.tr("Event not saved"), exc)
