"""The strip above a client's timeline listing the open alerts, each with its plain reason and a button
to acknowledge it."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from alliance.core.analytics import Alert
from alliance.ui.widgets.formatting import alert_kind_text
from alliance.ui.widgets.labels import label


class AlertsStrip(QFrame):
    """Hidden when there is nothing to show. Emits ``acknowledge_requested(alert key)``."""

    acknowledge_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "alerts")
        self.setAccessibleName(self.tr("Needs attention"))
        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(self._rows)
        self.alerts: tuple[Alert, ...] = ()
        self.buttons: list[QPushButton] = []
        self.reasons: list[QLabel] = []
        self.setVisible(False)

    def set_alerts(self, alerts: Sequence[Alert]) -> None:
        """Show these alerts (none: hide the strip). The same alerts again change nothing: rebuilding the rows
        re-laid the whole page out, the chart with it, after every save."""
        if tuple(alerts) == self.alerts and (self.isVisible() or not alerts):
            return
        if len(alerts) == len(self.alerts) and alerts:
            self._refill(tuple(alerts))
            return
        while self._rows.count():
            item = self._rows.takeAt(0)
            row = item.widget() if item is not None else None
            if row is not None:
                row.hide()
                row.deleteLater()
        self.alerts = tuple(alerts)
        self.buttons, self.reasons = [], []
        for index, alert in enumerate(self.alerts):
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(12)
            reason = label(self._text(alert), wrap=True, parent=row)
            reason.setTextFormat(Qt.TextFormat.RichText)
            reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Acknowledge\u2026"), row)
            button.setAccessibleName(self.tr("Acknowledge alert: {kind}").format(kind=alert_kind_text(alert.kind)))
            button.setAccessibleDescription(alert.reason)
            button.setToolTip(self.tr("Mark as seen, with a reason, so it stops showing"))
            # By position: the rows are refilled in place when as many alerts come again.
            button.clicked.connect(lambda _=False, i=index: self.acknowledge_requested.emit(self.alerts[i].key))
            line.addWidget(reason, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self._rows.addWidget(row)
            self.buttons.append(button)
            self.reasons.append(reason)
        self.setVisible(bool(self.alerts))

    def _refill(self, alerts: tuple[Alert, ...]) -> None:
        """As many alerts as shown: new words in the rows already laid out."""
        self.alerts = alerts
        for alert, reason, button in zip(alerts, self.reasons, self.buttons, strict=True):
            text = self._text(alert)
            if reason.text() != text:  # a rich-text label lays itself out anew on every setText
                reason.setText(text)
            button.setAccessibleName(self.tr("Acknowledge alert: {kind}").format(kind=alert_kind_text(alert.kind)))
            button.setAccessibleDescription(alert.reason)

    @staticmethod
    def _text(alert: Alert) -> str:
        return f"<b>{html.escape(alert_kind_text(alert.kind))}</b> \u2014 {html.escape(alert.reason)}"

    def clear(self) -> None:
        self.set_alerts(())
