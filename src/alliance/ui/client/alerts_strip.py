"""The strip above a client's timeline: the active alerts (need attention) and prompts (worth talking about in
the next session), each with its plain reason, "Why?" and, for an alert, a button to acknowledge it; and the
way to the alerts that recovered or were set aside."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from alliance.core.signals import Level
from alliance.core.signals import Signal as RuleSignal
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.text import shown

SHOWN = 3  # rows shown before "n more…"


class _Row(NamedTuple):
    widget: QWidget
    reason: QLabel
    why: QPushButton
    acknowledge: QPushButton  # shown on an alert's row only


class AlertsStrip(QFrame):
    """Hidden when there is nothing to show. Emits ``acknowledge_requested(key)``, ``why_requested(key)`` and
    ``past_requested``."""

    acknowledge_requested = Signal(str)
    why_requested = Signal(str)
    past_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "alerts")
        self.setAccessibleName(self.tr("Alerts and prompts"))
        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        self.past_button = QPushButton(self)
        self.past_button.setFlat(True)
        self.past_button.setProperty("role", "link")
        self.past_button.clicked.connect(self.past_requested)
        # More than a few rows would push the chart off a small screen: the first ones, and the rest on request.
        self.more_button = QPushButton(self)
        self.more_button.setFlat(True)
        self.more_button.setProperty("role", "link")
        self.more_button.clicked.connect(self._toggle_more)
        self.expanded = False
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.more_button)
        footer.addStretch(1)
        footer.addWidget(self.past_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(self._rows)
        layout.addLayout(footer)
        self.signals: tuple[RuleSignal, ...] = ()
        self.past = 0
        self.buttons: list[QPushButton] = []  # acknowledge, one per alert
        self.why_buttons: list[QPushButton] = []  # one per row
        self.reasons: list[QLabel] = []
        self.rows: list[QWidget] = []
        self._pool: list[_Row] = []  # every row made so far; the first len(signals) are in use
        self.shown = SHOWN  # rows before "n more…": fewer in a short window (set_room)
        self.setVisible(False)

    @property
    def alerts(self) -> tuple[RuleSignal, ...]:
        return tuple(s for s in self.signals if s.level is Level.ALERT)

    def set_signals(self, alerts: Sequence[RuleSignal], prompts: Sequence[RuleSignal] = (), past: int = 0) -> None:
        """Show these (nothing: hide the strip). The rows are made once and given new words from client to client
        (making them anew, every time, cost more than the chart's lines); words that did not change are left as
        they are (a rich-text label lays itself out anew on every setText)."""
        wanted = (*alerts, *prompts)
        self._set_past(past)
        if wanted == self.signals:
            self.setVisible(bool(wanted) or past > 0)
            return
        self.signals = wanted
        while len(self._pool) < len(wanted):
            self._pool.append(self._new_row(len(self._pool)))
        used = self._pool[:len(wanted)]
        for signal, row in zip(wanted, used, strict=True):
            alert = signal.level is Level.ALERT
            row.widget.setProperty("level", signal.level.value)
            text = self._text(signal)
            if row.reason.text() != text:
                row.reason.setText(text)
            row.acknowledge.setVisible(alert)
            if not alert:  # hidden on a prompt's row: it names nothing
                row.acknowledge.setAccessibleName("")
                row.acknowledge.setAccessibleDescription("")
            self._name(signal, row.why, row.acknowledge if alert else None)
        for row in self._pool[len(wanted):]:  # kept for the next client, with nothing of this one in them
            row.widget.setVisible(False)
            row.reason.clear()
            for button in (row.why, row.acknowledge):
                button.setAccessibleName("")
                button.setAccessibleDescription("")
        self.rows = [row.widget for row in used]
        self.reasons = [row.reason for row in used]
        self.why_buttons = [row.why for row in used]
        self.buttons = [row.acknowledge for signal, row in zip(wanted, used, strict=True)
                        if signal.level is Level.ALERT]
        self._fold()
        self.setVisible(bool(self.signals) or past > 0)

    def _new_row(self, index: int) -> _Row:
        """Row ``index`` of the strip: its buttons stand for whichever signal that row shows."""
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(8)
        reason = label("", wrap=True, parent=row)
        reason.setTextFormat(Qt.TextFormat.RichText)
        reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        why = QPushButton(self.tr("Why?"), row)
        why.setToolTip(self.tr("Why am I seeing this? The rule, this client's usual level and the sessions"))
        why.clicked.connect(lambda _=False, i=index: self.why_requested.emit(self.signals[i].key))
        acknowledge = QPushButton(self.tr("Acknowledge\u2026"), row)
        acknowledge.setToolTip(self.tr("Mark as seen, with a reason, so it stops showing"))
        acknowledge.clicked.connect(lambda _=False, i=index: self.acknowledge_requested.emit(self.signals[i].key))
        line.addWidget(reason, 1)
        line.addWidget(why, 0, Qt.AlignmentFlag.AlignVCenter)
        line.addWidget(acknowledge, 0, Qt.AlignmentFlag.AlignVCenter)
        self._rows.addWidget(row)
        return _Row(row, reason, why, acknowledge)

    def set_room(self, rows: int) -> None:
        """How many rows show before "n more…" (the page gives fewer in a short window, so the chart and the
        sessions keep their room); the most urgent come first."""
        rows = max(1, min(SHOWN, rows))
        if rows != self.shown:
            self.shown = rows
            self._fold()

    def _fold(self) -> None:
        """Show the first rows (alerts come first), or every row once asked."""
        hidden = 0 if self.expanded else max(0, len(self.rows) - self.shown)
        for i, row in enumerate(self.rows):
            row.setVisible(i < len(self.rows) - hidden)
        self.more_button.setText(self.tr("Show fewer") if self.expanded else self.tr("%n more\u2026", "", hidden))
        self.more_button.setVisible(len(self.rows) > self.shown)

    def _toggle_more(self) -> None:
        self.expanded = not self.expanded
        self._fold()

    def _set_past(self, past: int) -> None:
        self.past = past
        self.past_button.setText(self.tr("Past alerts and prompts (%n)\u2026", "", past))
        self.past_button.setVisible(past > 0)

    def _name(self, signal: RuleSignal, why: QPushButton, acknowledge: QPushButton | None) -> None:
        title = shown(signal.title)
        why.setAccessibleName(self.tr("Why am I seeing this: {title}").format(title=title))
        if acknowledge is not None:
            acknowledge.setAccessibleName(self.tr("Acknowledge alert: {title}").format(title=title))
            acknowledge.setAccessibleDescription(shown(signal.reason))

    def _text(self, signal: RuleSignal) -> str:
        level = self.tr("Prompt") + ": " if signal.level is Level.PROMPT else ""
        return f"<b>{html.escape(level + shown(signal.title))}</b> \u2014 {html.escape(shown(signal.reason))}"

    def clear(self) -> None:
        self.set_signals(())
