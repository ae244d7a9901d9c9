"""A client's past alerts and prompts: those that recovered (and in which session) and those set aside (when,
and for what reason), each with the numbers that raised it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from alliance.core.signals import Level, Signal, State
from alliance.services.signals import Acknowledgement
from alliance.ui.client.acknowledge_dialog import reason_text
from alliance.ui.widgets.formatting import date_text
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.screen_fit import fit_to_screen
from alliance.ui.widgets.text import shown


class PastSignalsDialog(QDialog):
    """Read-only; activating a row asks ``explain(signal)``."""

    def __init__(self, code: str, past: Sequence[Signal], acknowledgements: Mapping[str, Acknowledgement],
                 explain: Callable[[Signal], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Past alerts and prompts \u2014 {code}").format(code=code))
        fit_to_screen(self, 760, 420)
        self.past = tuple(past)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Alert or prompt"), self.tr("Sessions"), self.tr("Ended"),
                                   self.tr("Reason")])
        for index, signal in enumerate(self.past):
            level = self.tr("Alert") if signal.level is Level.ALERT else self.tr("Prompt")
            item = QTreeWidgetItem([f"{level}: {shown(signal.title)}",
                                    ", ".join(str(n) for n in signal.session_numbers),
                                    self._ended(signal, acknowledgements.get(signal.key)), shown(signal.reason)])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(3, shown(signal.reason))
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._explain = explain
        self.tree.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Alerts end when the client's alliance is back within its usual band, or "
                                       "when you set them aside. Press Enter on a row to see why it was shown."),
                               "hint", wrap=True, parent=self))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self._explain(self.past[int(item.data(0, Qt.ItemDataRole.UserRole))])

    def _ended(self, signal: Signal, ack: Acknowledgement | None) -> str:
        if signal.state is State.ACKNOWLEDGED:
            if ack is None:
                return self.tr("Set aside")
            return self.tr("Set aside {date}: {reason}").format(date=date_text(ack.at.date()),
                                                                 reason=reason_text(ack.reason))
        if signal.ended is not None:
            return self.tr("Recovered in session {n}").format(n=signal.ended)
        return self.tr("Recovered")
