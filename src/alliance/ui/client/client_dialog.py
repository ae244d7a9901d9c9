"""Add or edit a client: code (required), optional identifying fields, intake date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.records import Client, ClientDraft, ClientStatus
from alliance.core.validation import validate_client
from alliance.services import clients
from alliance.store.vault import Vault
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.changes import ClientChanged
from alliance.ui.widgets.controls import save_buttons
from alliance.ui.widgets.dates import DateField
from alliance.ui.widgets.failures import tell_failure
from alliance.ui.widgets.field_errors import FieldErrors
from alliance.ui.widgets.formatting import pydate, qdate
from alliance.ui.widgets.labels import error_label, label


class ClientDialog(QDialog):
    """Emits ``saved(client)`` after the client is stored; problems appear next to their fields."""

    saved = Signal(object)

    def __init__(self, access: VaultAccess, client: Client | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._client = client
        self.setWindowTitle(self.tr("Edit client") if client else self.tr("New client"))
        self.setMinimumWidth(480)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("A short label, e.g. AB-17"))
        self.display_name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.address = QLineEdit(self)
        self.other_names = QLineEdit(self)
        self.other_names.setPlaceholderText(self.tr("Names of partners, relatives\u2026 (removed from exports)"))
        self.intake_date = DateField(self)  # the locale's date, typed whole, a calendar on Alt+Down
        self.intake_date.setDate(QDate.currentDate())
        self.general_error = error_label(self)
        self.errors = FieldErrors(self.general_error)

        form = QFormLayout()
        form.setVerticalSpacing(6)
        fields = (
            ("code", self.tr("Code"), self.code),
            ("display_name", self.tr("Name"), self.display_name),
            ("email", self.tr("E-mail"), self.email),
            ("phone", self.tr("Phone"), self.phone),
            ("address", self.tr("Address"), self.address),
            ("other_names", self.tr("Other names"), self.other_names),
            ("intake_date", self.tr("Intake date"), self.intake_date),
        )
        for field, text, widget in fields:
            widget.setAccessibleName(text)
            err = error_label(self)
            form.addRow(text, widget)
            form.addRow("", err)
            self.errors.register(field, widget, err)

        self.buttons = save_buttons(self, self.save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(label(self.windowTitle(), "subtitle", parent=self))
        layout.addWidget(label(self.tr("Only the code is required. Name and contact details never leave the "
                                       "vault in de-identified exports."), "hint", wrap=True, parent=self))
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if client:
            self._fill(client)
        self.code.setFocus()

    def _fill(self, c: Client) -> None:
        self.code.setText(c.code)
        self.display_name.setText(c.display_name)
        self.email.setText(c.email)
        self.phone.setText(c.phone)
        self.address.setText(c.address)
        self.other_names.setText(c.other_names)
        self.intake_date.setDate(qdate(c.intake_date))

    def draft(self) -> ClientDraft:
        status = self._client.status if self._client else ClientStatus.ACTIVE
        intake: dt.date = pydate(self.intake_date.date())
        return ClientDraft(
            code=self.code.text(), display_name=self.display_name.text(), email=self.email.text(),
            phone=self.phone.text(), address=self.address.text(), other_names=self.other_names.text(),
            intake_date=intake, status=status,
        )

    def save(self) -> None:
        draft, client = self.draft(), self._client
        problems = validate_client(draft)  # what needs no vault is said at once
        if self.intake_date.problem():  # an unreadable date stops the save and keeps what was typed
            problems.insert(0, FieldProblem("intake_date", self.intake_date.problem()))
        if problems:
            self._failed(ValidationError(problems))
            return

        def work(vault: Vault) -> Client:
            if client is None:
                return clients.add_client(vault, draft)
            return clients.edit_client(vault, client.id, draft)

        self.buttons.setEnabled(False)
        self._access.op(work, self._saved, self._failed, owner=self, change=lambda c: ClientChanged(c.id))

    def _saved(self, client: Client) -> None:
        self.errors.clear()
        self.saved.emit(client)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, ValidationError):
            tell_failure(self, self.tr("Not saved"), exc)
            return
        first = self.errors.show(exc.problems)
        if first is not None:
            first.setFocus()
