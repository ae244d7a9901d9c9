"""Acknowledge one or more of a client's alerts with a reason, so they stop nagging.

The reason's category goes into the audit log; the optional note stays in the vault only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from alliance.core.errors import ValidationError
from alliance.core.signals import Signal as Alert
from alliance.services.signals import ACK_REASONS, acknowledge_alert
from alliance.store.vault import Vault
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.changes import AlertsAcknowledged
from alliance.ui.widgets.failures import tell_failure
from alliance.ui.widgets.labels import error_label, label
from alliance.ui.widgets.text import problem_text, shown

# The same labels as the service's ACK_REASONS, marked for translation.
REASON_LABELS: dict[str, str] = {
    "addressed": str(QT_TRANSLATE_NOOP("AcknowledgeDialog", "Addressed in session")),
    "supervision": str(QT_TRANSLATE_NOOP("AcknowledgeDialog", "Discussed in supervision")),
    "expected": str(QT_TRANSLATE_NOOP("AcknowledgeDialog", "Expected at this stage of therapy")),
    "not_relevant": str(QT_TRANSLATE_NOOP("AcknowledgeDialog", "Not clinically relevant")),
}


def reason_text(key: str) -> str:
    if key not in REASON_LABELS:
        return shown(ACK_REASONS[key]) if key in ACK_REASONS else key
    return QCoreApplication.translate("AcknowledgeDialog", REASON_LABELS[key])


class AcknowledgeDialog(QDialog):
    """Emits ``acknowledged(keys)`` after the chosen alerts are stored as acknowledged."""

    acknowledged = Signal(list)

    def __init__(self, access: VaultAccess, client_id: int, code: str, alerts: Sequence[Alert],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._client_id = client_id
        self.setWindowTitle(self.tr("Acknowledge alert \u2014 {code}").format(code=code))
        self.setMinimumWidth(560)

        self.alert_boxes: list[tuple[QCheckBox, Alert]] = []
        alerts_layout = QVBoxLayout()
        alerts_layout.setSpacing(2)
        for i, alert in enumerate(alerts):
            box = QCheckBox(shown(alert.title), self)
            box.setChecked(i == 0)
            box.setAccessibleDescription(shown(alert.reason))
            box.toggled.connect(self._update)
            reason = label(shown(alert.reason), "hint", wrap=True, parent=self)
            reason.setContentsMargins(26, 0, 0, 8)
            alerts_layout.addWidget(box)
            alerts_layout.addWidget(reason)
            self.alert_boxes.append((box, alert))

        self.reasons = QButtonGroup(self)
        self.reason_buttons: dict[str, QRadioButton] = {}
        reason_box = QGroupBox(self.tr("Why it no longer needs a reminder"), self)
        reason_col = QVBoxLayout(reason_box)
        for key in ACK_REASONS:
            button = QRadioButton(reason_text(key), reason_box)
            self.reasons.addButton(button)
            self.reason_buttons[key] = button
            reason_col.addWidget(button)
        self.reasons.buttonToggled.connect(self._update)

        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(72)
        self.note.setAccessibleName(self.tr("Note (optional)"))
        self.note.setPlaceholderText(self.tr("Optional. Kept in the vault; the audit log records only the reason."))
        self.general_error = error_label(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(self.tr("Acknowledge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)
        layout.addWidget(label(self.windowTitle(), "subtitle", parent=self))
        layout.addWidget(label(self.tr("An acknowledged alert stops showing; a new fall or rupture raises a new one. "
                                       "It stays in the client's past alerts with your reason."), "hint",
                               wrap=True, parent=self))
        layout.addLayout(alerts_layout)
        layout.addWidget(reason_box)
        layout.addWidget(label(self.tr("Note"), parent=self))
        layout.addWidget(self.note)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._update()
        next(iter(self.reason_buttons.values())).setFocus()

    def chosen_reason(self) -> str | None:
        for key, button in self.reason_buttons.items():
            if button.isChecked():
                return key
        return None

    def chosen_alerts(self) -> list[Alert]:
        return [alert for box, alert in self.alert_boxes if box.isChecked()]

    def choose(self, reason: str) -> None:
        """Pick a reason (as a click on its radio button would)."""
        self.reason_buttons[reason].setChecked(True)

    def _update(self, *_: object) -> None:
        self.ok_button.setEnabled(self.chosen_reason() is not None and bool(self.chosen_alerts()))

    def save(self) -> None:
        reason = self.chosen_reason()
        alerts = self.chosen_alerts()
        if reason is None or not alerts:
            return
        note = self.note.toPlainText().strip()
        client_id, keys = self._client_id, tuple(a.key for a in alerts)

        def work(vault: Vault) -> tuple[str, ...]:
            with vault.work.transaction():  # all of them or none
                for key in keys:
                    acknowledge_alert(vault, client_id, key, reason, note)
            return keys

        self.ok_button.setEnabled(False)
        self._access.op(work, self._saved, self._failed, owner=self,
                        change=AlertsAcknowledged(client_id, keys))

    def _saved(self, keys: tuple[str, ...]) -> None:
        self.acknowledged.emit(list(keys))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._update()
        if not isinstance(exc, ValidationError):
            tell_failure(self, self.tr("Not acknowledged"), exc)
            return
        self.general_error.setText("\n".join(problem_text(p) for p in exc.problems))
        self.general_error.setVisible(True)
