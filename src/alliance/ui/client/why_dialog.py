""""Why am I seeing this?": one alert or prompt explained — the rule in plain words, this client's own usual
level and band, the sessions behind it, what ends it — with the way to the thresholds in Preferences."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from alliance.core.signals import Level, Signal, State
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.text import shown


class WhyDialog(QDialog):
    """Read-only; ``Preferences…`` closes it and opens the alert rules."""

    def __init__(self, signal: Signal, code: str, open_rules: Callable[[], None] | None = None,
                 parent: QWidget | None = None, resources: str = "") -> None:
        super().__init__(parent)
        self.signal = signal
        self.setWindowTitle(self.tr("Why am I seeing this? \u2014 {code}").format(code=code))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(label(shown(signal.title), "subtitle", wrap=True, parent=self))
        layout.addWidget(label(self._level(signal), "hint", wrap=True, parent=self))
        layout.addWidget(label(shown(signal.reason), wrap=True, parent=self))
        points = "".join(f"<li>{html.escape(shown(m))}</li>" for m in signal.why)
        self.explanation = label(f"<ul style='margin-left:-20px'>{points}</ul>", wrap=True, parent=self)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.explanation)
        if signal.is_safety:  # the clinician's own local crisis resources, set in Preferences
            self.resources = label(resources or self.tr("No local crisis resources set yet: add them in Preferences "
                                                        "\u2192 Alert rules."), wrap=True, parent=self)
            self.resources.setProperty("role", "attention")
            layout.addWidget(self.resources)
        sessions = ", ".join(str(n) for n in signal.session_numbers)
        if sessions:
            layout.addWidget(label(self.tr("Sessions: {list}").format(list=sessions), "hint", wrap=True,
                                   parent=self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.rules_button: QPushButton | None = None
        if open_rules is not None:
            self.rules_button = buttons.addButton(self.tr("Change the &thresholds\u2026"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self._open_rules = open_rules
            self.rules_button.clicked.connect(self._to_rules)
        layout.addWidget(buttons)

    def _to_rules(self) -> None:
        self.accept()
        self._open_rules()

    def _level(self, signal: Signal) -> str:
        level = (self.tr("Alert: needs your attention; it orders the caseload.") if signal.level is Level.ALERT
                 else self.tr("Prompt: worth talking about in the next session; it does not order the caseload."))
        if signal.state is State.RECOVERED and signal.ended is not None:
            return level + " " + self.tr("Recovered in session {n}.").format(n=signal.ended)
        if signal.state is State.ACKNOWLEDGED:
            return level + " " + self.tr("You set it aside.")
        return level
