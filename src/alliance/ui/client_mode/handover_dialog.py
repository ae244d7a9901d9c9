"""Before handing over: which questionnaires the client answers, and what the therapist expects them to say.

Predictions are optional and per item, typed fast ("7 Tab 8 Tab ..."); they are saved with the hand-over before
the client sees anything, and shown again only after the hand-back, beside the client's answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from alliance import i18n
from alliance.services.handover import ClientForm, HandoverPlan
from alliance.ui.widgets.controls import ScoreSpinBox
from alliance.ui.widgets.labels import error_label, label


class HandoverDialog(QDialog):
    """Accepted with ``chosen()`` (instrument ids in order) and ``predictions()`` (instrument -> item -> value)."""

    def __init__(self, plan: HandoverPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Hand over for check-in \u2014 %1").replace("%1", plan.code))
        self.boxes: dict[str, QCheckBox] = {}
        self.spins: dict[str, dict[str, ScoreSpinBox]] = {}
        self.prediction_groups: dict[str, QGroupBox] = {}

        outer = QVBoxLayout(self)
        outer.addWidget(label(self.tr(
            "The client answers on this computer, one question at a time. Your windows are hidden and the vault "
            "locks if anything else is tried; your passphrase brings you back."), "hint", wrap=True, parent=self))
        pick = QGroupBox(self.tr("Questionnaires"), self)
        pick_col = QVBoxLayout(pick)
        for form in plan.forms:
            text = form.name
            if form.id in plan.due:
                text += "  " + (self.tr("(overdue)") if plan.due[form.id] == "overdue" else self.tr("(due)"))
            box = QCheckBox(text, pick)
            box.setChecked(form.id in plan.chosen)
            box.toggled.connect(self._update)
            pick_col.addWidget(box)
            self.boxes[form.id] = box
        if i18n.current() != "en" and any(f.licence for f in plan.forms):  # outcome measures: their English form
            pick_col.addWidget(label(self.tr("Outcome measures are asked in their official English wording: Alliance "
                                             "ships no validated translation of them."), "hint", wrap=True,
                                     parent=pick))
        outer.addWidget(pick)

        body = QWidget(self)
        body_col = QVBoxLayout(body)
        body_col.setContentsMargins(0, 0, 0, 0)
        body_col.addWidget(label(self.tr(
            "Your prediction (optional): what do you expect the client to answer? Leave a line blank to skip it."),
            wrap=True, parent=body))
        for form in plan.forms:
            if form.predictable:
                group = self._prediction_group(form, body)
                body_col.addWidget(group)
        body_col.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.error = error_label(self)
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton(self.tr("&Hand over"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._update()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(560, min(720, int(screen.height() * 0.9)) if screen is not None else 720)

    def _prediction_group(self, form: ClientForm, parent: QWidget) -> QGroupBox:
        group = QGroupBox(form.name, parent)
        grid = QGridLayout(group)
        grid.setColumnStretch(0, 1)
        self.spins[form.id] = {}
        for row, q in enumerate(form.questions):
            low, high = q.options[0].value, q.options[-1].value
            spin = ScoreSpinBox(low, high, group)
            text = QLabel(q.text, group)
            text.setWordWrap(True)
            text.setBuddy(spin)
            spin.setAccessibleName(self.tr("Prediction: %1").replace("%1", q.text))
            grid.addWidget(text, row, 0)
            grid.addWidget(spin, row, 1, Qt.AlignmentFlag.AlignRight)
            self.spins[form.id][q.item] = spin
        self.prediction_groups[form.id] = group
        return group

    def _update(self) -> None:
        for key, group in self.prediction_groups.items():
            group.setEnabled(self.boxes[key].isChecked())
        self.start_button.setEnabled(bool(self.chosen()))
        self.error.setText("" if self.chosen() else self.tr("Choose at least one questionnaire."))

    def chosen(self) -> list[str]:
        return [k for k, box in self.boxes.items() if box.isChecked()]

    def predictions(self) -> dict[str, dict[str, int]]:
        chosen = set(self.chosen())
        out: dict[str, dict[str, int]] = {}
        for key, spins in self.spins.items():
            if key not in chosen:
                continue
            values = {item: v for item, spin in spins.items() if (v := spin.score()) is not None}
            if values:
                out[key] = values
        return out

    def _accept(self) -> None:
        if self.chosen():
            self.accept()
