"""A client's treatment goals (one per line) and a short formulation, edited together and shown on the page."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QPlainTextEdit, QVBoxLayout, QWidget

from alliance.core.errors import ValidationError
from alliance.core.records import Client
from alliance.core.validation import FORMULATION_MAX, GOALS_MAX
from alliance.services.clients import set_goals
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.changes import ClientChanged
from alliance.ui.widgets.controls import save_buttons
from alliance.ui.widgets.failures import tell_failure
from alliance.ui.widgets.labels import error_label, label
from alliance.ui.widgets.screen_fit import fit_to_screen
from alliance.ui.widgets.text import problem_text


def goals_html(client: Client, none_yet: str, formulation_title: str) -> str:
    """The goals as a list and the formulation below them, for the client page (text escaped)."""
    if not client.goals and not client.formulation:
        return f"<p>{html.escape(none_yet)}</p>"
    parts = []
    if client.goals:
        parts.append("<ul style='margin:0; -qt-list-indent:1'>"
                     + "".join(f"<li>{html.escape(g)}</li>" for g in client.goals) + "</ul>")
    if client.formulation:
        text = html.escape(client.formulation).replace("\n", "<br>")
        parts.append(f"<p><b>{html.escape(formulation_title)}</b><br>{text}</p>")
    return "".join(parts)


class GoalsDialog(QDialog):
    """Goals and formulation of one client; Save (Ctrl+S) writes both on the worker."""

    def __init__(self, access: VaultAccess, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access, self._client_id = access, client.id
        self.setWindowTitle(self.tr("Goals and formulation \u2014 {code}").format(code=client.code))
        self.setMinimumSize(520, 420)
        fit_to_screen(self, 640, 560)
        self.goals = QPlainTextEdit(self)
        self.goals.setPlainText("\n".join(client.goals))
        self.goals.setTabChangesFocus(True)
        self.goals.setPlaceholderText(self.tr("One goal a line, in the client's words where you can, e.g.\n"
                                              "Sleep through most nights\nSay no to my brother without panicking"))
        self.goals.setAccessibleName(self.tr("Treatment goals, one a line"))
        self.formulation = QPlainTextEdit(self)
        self.formulation.setPlainText(client.formulation)
        self.formulation.setTabChangesFocus(True)
        self.formulation.setPlaceholderText(self.tr("A few sentences: what keeps the difficulty going, what the "
                                                    "relationship needs to offer"))
        self.formulation.setAccessibleName(self.tr("Formulation"))
        goals_label = label(self.tr("Treatment &goals (up to {n}, one a line)").format(n=GOALS_MAX), parent=self)
        goals_label.setBuddy(self.goals)
        formulation_label = label(self.tr("&Formulation (up to {n:,} characters)").format(n=FORMULATION_MAX),
                                  parent=self)
        formulation_label.setBuddy(self.formulation)
        self.error = error_label(self)
        self.buttons = save_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Goals and formulation"), "title", parent=self))
        layout.addWidget(label(self.tr("Shown on the client's page. Like notes, they stay out of de-identified "
                                       "exports unless notes are scrubbed, and are scrubbed with them."), "hint",
                               wrap=True, parent=self))
        layout.addWidget(goals_label)
        layout.addWidget(self.goals, 2)
        layout.addWidget(formulation_label)
        layout.addWidget(self.formulation, 3)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.goals.setFocus()

    def save(self) -> None:
        if not self.buttons.isEnabled():
            return
        goals = self.goals.toPlainText().split("\n")
        formulation, client_id = self.formulation.toPlainText(), self._client_id
        self.buttons.setEnabled(False)
        self._access.op(lambda vault: set_goals(vault, client_id, goals, formulation), lambda _c: self.accept(),
                        self._failed, owner=self, change=ClientChanged(client_id))

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):  # what was typed stays; the message says what to change
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            self.error.setVisible(True)
            return
        tell_failure(self, self.tr("Goals not saved"), exc)
