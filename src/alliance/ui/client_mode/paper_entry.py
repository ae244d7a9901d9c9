"""Typing in a whole paper form at once: pick the questionnaire, type its answers in one line ("0121 3010 2" for a
PHQ-9: one digit per item where every answer is a single digit, spaces ignored; numbers separated by spaces on a
0-10 scale; "-" for an item left blank), see each item's wording beside its value as you type, and press Enter.
An answer off the item's scale is refused with a message, never cut."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance.services.handover import ClientForm
from alliance.ui.widgets.labels import error_label, label

BLANK = "-"


@dataclass(frozen=True)
class Parsed:
    values: dict[str, int | None]  # item -> value (None: left blank), for the items typed so far
    problem: str  # "" when every typed answer is on its item's scale


def single_digit(form: ClientForm) -> bool:
    """Whether every answer of the form is one digit (then each typed digit is one item)."""
    return all(o.value <= 9 for q in form.questions for o in q.options)


def parse(form: ClientForm, text: str) -> Parsed:
    """What a typed line says, item by item in the form's order."""
    if single_digit(form):
        tokens = [c for c in text if not c.isspace() and c not in ",;"]
    else:
        tokens = [t for t in re.split(r"[\s,;]+", text.strip()) if t]
    values: dict[str, int | None] = {}
    problem = ""
    for q, token in zip(form.questions, tokens, strict=False):
        if token in (BLANK, "."):
            values[q.item] = None
            continue
        allowed = {o.value for o in q.options}
        if not token.isdigit() or int(token) not in allowed:
            problem = problem or (f"Item {form.questions.index(q) + 1} (\u201c{q.text}\u201d): {token} is not one of "
                                  f"its answers ({min(allowed)} to {max(allowed)}).")
            continue
        values[q.item] = int(token)
    if len(tokens) > len(form.questions):
        problem = problem or f"{len(tokens)} answers typed; {form.name} has {len(form.questions)} items."
    return Parsed(values, problem)


class PaperEntryDialog(QDialog):
    """Accepted with ``form()`` and ``values()`` (item -> value, blanks left out)."""

    def __init__(self, forms: list[ClientForm], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter a paper form"))
        self.forms = forms
        self.choice = QComboBox(self)
        for f in forms:
            self.choice.addItem(f.name, f.id)
        self.choice.setAccessibleName(self.tr("Questionnaire"))
        self.line = QLineEdit(self)
        self.line.setAccessibleName(self.tr("Answers, in item order"))
        self.hint = label("", "hint", wrap=True, parent=self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("#"), self.tr("Item"), self.tr("Answer")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.error = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Put into the session"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("&Questionnaire"), self.choice)
        top.addRow(self.tr("&Answers"), self.line)
        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addWidget(self.hint)
        col.addWidget(self.table, 1)
        col.addWidget(self.error)
        col.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._form_changed)
        self.line.textChanged.connect(self._update)
        self._form_changed()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(720, min(680, int(screen.height() * 0.9)) if screen is not None else 640)
        self.line.setFocus()

    def form(self) -> ClientForm:
        return self.forms[max(0, self.choice.currentIndex())]

    def values(self) -> dict[str, int]:
        return {k: v for k, v in parse(self.form(), self.line.text()).values.items() if v is not None}

    def _form_changed(self) -> None:
        form = self.form()
        self.hint.setText(self.tr("One digit per item, spaces ignored; \u201c-\u201d for an item left blank.")
                          if single_digit(form) else
                          self.tr("Numbers separated by spaces, one per item; \u201c-\u201d for an item left blank."))
        self.table.setRowCount(len(form.questions))
        for row, q in enumerate(form.questions):
            self.table.setItem(row, 0, QTableWidgetItem(str(row + 1)))
            self.table.setItem(row, 1, QTableWidgetItem(q.text))
            self.table.setItem(row, 2, QTableWidgetItem(""))
        self._update()

    def _update(self) -> None:
        form = self.form()
        parsed = parse(form, self.line.text())
        for row, q in enumerate(form.questions):
            value = parsed.values.get(q.item, "")
            labelled = next((f"{o.value} \u2013 {o.label}" for o in q.options if o.value == value and o.label), "")
            shown = labelled or ("blank" if q.item in parsed.values and value is None else str(value))
            cell = self.table.item(row, 2)
            if cell is not None:
                cell.setText(shown)
        self.error.setText(parsed.problem)
        typed = len(parsed.values)
        self.ok_button.setEnabled(not parsed.problem and typed > 0)

    def _accept(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()
