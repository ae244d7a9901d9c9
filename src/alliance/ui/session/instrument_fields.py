"""Entry fields for one optional instrument (client check-in, SRS, WAI-SR): one number per item."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from alliance.ui.widgets.controls import ScoreSpinBox
from alliance.ui.widgets.labels import error_label, label
from alliance.ui.widgets.text import term


class InstrumentFields(QWidget):
    """A grid of item label and number; blank items are not saved. ``errors`` maps item ids to widgets."""

    def __init__(self, instrument: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument_id: str = instrument.id
        self.spins: dict[str, ScoreSpinBox] = {}
        self.errors: dict[str, tuple[QWidget, QLabel]] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        row = 0
        for note in (instrument.description, instrument.copyright):
            if note:
                grid.addWidget(label(term(note), "hint", wrap=True, parent=self), row, 0, 1, 2)
                row += 1
        for item in instrument.items:
            text = term(item.label)
            spin = ScoreSpinBox(item.min, item.max, self)
            spin.setAccessibleName(text)
            spin.setToolTip(self.tr("{low} to {high}; leave blank if not asked").format(low=item.min, high=item.max))
            err = error_label(self)
            grid.addWidget(label(f"{text} ({item.min}\u2013{item.max})", wrap=True, parent=self), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(err, row + 1, 0, 1, 2)
            self.spins[item.id] = spin
            self.errors[item.id] = (spin, err)
            spin.valueChanged.connect(self._update_total)
            row += 2
        self.total = label("", "hint", parent=self)
        grid.addWidget(self.total, row, 0, 1, 2)
        self._update_total()

    def values(self) -> dict[str, int]:
        return {item: v for item, spin in self.spins.items() if (v := spin.score()) is not None}

    def set_values(self, values: dict[str, int]) -> None:
        for item, spin in self.spins.items():
            spin.set_score(values.get(item))

    def _update_total(self, *_: object) -> None:
        values = self.values()
        if values:
            self.total.setText(self.tr("{n} of {m} items entered, total {t}").format(
                n=len(values), m=len(self.spins), t=sum(values.values())))
        else:
            self.total.setText(self.tr("Nothing entered; this instrument is optional."))
