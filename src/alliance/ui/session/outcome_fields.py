"""Entry for one outcome measure (PCL-5, PHQ-9, GAD-7, ITQ, CORE-10 with their item text; ORS, DES-II as score
entry): one answer per item, unanswered items left blank, the score as the manual counts it shown as you go."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from alliance import i18n
from alliance.core.outcomes import DueItem, DueStatus, OutcomeInputError, OutcomeInstrument, score
from alliance.core.records import DECLINE_REASONS
from alliance.ui.widgets.controls import ScoreSpinBox, guard_wheel
from alliance.ui.widgets.labels import error_label, label
from alliance.ui.widgets.text import shown, term

NOT_ANSWERED = "\u2013"


class _Choice(QComboBox):
    """An item's response options, with a blank for "not answered"."""

    def __init__(self, options: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(NOT_ANSWERED, None)
        for value, text in options:
            self.addItem(f"{value} \u2013 {text}", value)
        guard_wheel(self)

    def score(self) -> int | None:
        value = self.currentData()
        return None if value is None else int(value)

    def set_score(self, value: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(value)) if value is not None else 0)


class OutcomeFields(QWidget):
    """The items of one outcome instrument; ``values()`` holds the answered ones. The same interface as the
    per-session instruments' fields (``spins``, ``errors``, ``values``, ``set_values``)."""

    def __init__(self, instrument: OutcomeInstrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.instrument_id = instrument.id
        self.spins: dict[str, ScoreSpinBox | _Choice] = {}
        self.errors: dict[str, tuple[QWidget, QLabel]] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        row = 0
        # When the schedule asks for it: due or overdue, and why it was not filled in if it was not.
        self.due_label = label("", "hint", wrap=True, parent=self)
        self.due_label.hide()
        self.declined = QComboBox(self)
        self.declined.addItem(self.tr("Filled in (or not asked)"), None)
        for key, text in DECLINE_REASONS.items():
            self.declined.addItem(self.tr("Not filled in: {reason}").format(reason=term(text)), key)
        self.declined.setAccessibleName(self.tr("{name}: not filled in because").format(name=instrument.short_name))
        self.declined.hide()
        guard_wheel(self.declined)
        self.declined_error = error_label(self)
        grid.addWidget(self.due_label, row, 0)
        grid.addWidget(self.declined, row, 1)
        grid.addWidget(self.declined_error, row + 1, 0, 1, 2)
        row += 2
        if i18n.current() != "en":  # the official wording, in English: no translated version is shipped
            grid.addWidget(label(self.tr("The items and answers are the official English form: Alliance ships no "
                                         "validated translation of {name}. Score it from the form you use; the "
                                         "totals and the change are the same.").format(name=instrument.short_name),
                                 "hint", wrap=True, parent=self), row, 0, 1, 2)
            row += 1
        for note in (instrument.instructions, instrument.stem):
            if note:
                grid.addWidget(label(note, "hint", wrap=True, parent=self), row, 0, 1, 2)
                row += 1
        for item in instrument.items:
            if item.heading:
                grid.addWidget(label(item.heading, "hint", wrap=True, parent=self), row, 0, 1, 2)
                row += 1
            options = item.options or instrument.response_options
            field: ScoreSpinBox | _Choice
            if item.text and options:
                field = _Choice([(o.value, o.label) for o in options if item.min <= o.value <= item.max], self)
                text = f"{item.number}. {item.text}"
            else:  # score entry: the number from the clinician's own copy of the form
                field = ScoreSpinBox(item.min, item.max, self)
                field.setSingleStep(item.step)
                text = f"{item.number}. {item.label} ({item.min}\u2013{item.max})"
            field.setAccessibleName(f"{instrument.short_name} {text}")
            err = error_label(self)
            grid.addWidget(label(text, wrap=True, parent=self), row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(err, row + 1, 0, 1, 2)
            self.spins[item.id] = field
            self.errors[item.id] = (field, err)
            if isinstance(field, _Choice):
                field.currentIndexChanged.connect(self._update_total)
            else:
                field.valueChanged.connect(self._update_total)
            row += 2
        self.total = label("", "hint", wrap=True, parent=self)
        grid.addWidget(self.total, row, 0, 1, 2)
        row += 1
        notice = instrument.attribution or instrument.licence
        if notice:
            grid.addWidget(label(notice, "hint", wrap=True, parent=self), row, 0, 1, 2)
        self._update_total()

    def values(self) -> dict[str, int]:
        return {item: v for item, field in self.spins.items() if (v := field.score()) is not None}

    def set_due(self, item: DueItem | None) -> None:
        """Show the schedule's word on this measure (None: not scheduled, or not due)."""
        asked = item is not None and item.status in (DueStatus.DUE, DueStatus.OVERDUE, DueStatus.DECLINED)
        self.due_label.setText(shown(item.reason) if item is not None and asked else "")
        self.due_label.setVisible(asked)
        self.declined.setVisible(asked or self.declined_reason() is not None)

    def declined_reason(self) -> str | None:
        value = self.declined.currentData()
        return None if value is None else str(value)

    def set_declined(self, reason: str | None) -> None:
        self.declined.setCurrentIndex(max(0, self.declined.findData(reason)) if reason else 0)
        if reason:
            self.declined.show()

    def set_values(self, values: dict[str, int]) -> None:
        for item, field in self.spins.items():
            field.set_score(values.get(item))

    def _update_total(self, *_: object) -> None:
        values = self.values()
        if not values:
            self.total.setText(self.tr("Nothing entered; this measure is optional."))
            return
        answered = self.tr("{n} of {m} items answered").format(n=len(values), m=len(self.spins))
        try:
            result = score(self.instrument, dict(values))
        except OutcomeInputError:
            self.total.setText(answered)
            return
        if result.total is None:
            self.total.setText(answered + " \u00b7 " + (shown(result.note) if result.note else
                                                         self.tr("no total yet")))
            return
        parts = [answered, self.tr("total {total}").format(total=f"{float(result.total):g}")]
        if result.band_label is not None:
            parts.append(shown(result.band_label))
        self.total.setText(" \u00b7 ".join(parts))
