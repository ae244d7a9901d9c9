"""A client's measurement schedule: for each outcome measure, not asked, every session, every N weeks, or at
intake and discharge. The session form then offers what is due and asks why when a due measure is not given."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alliance.core.outcomes import Frequency, ScheduleEntry, load_outcome_instruments
from alliance.services.measures import schedule_of, set_schedule
from alliance.ui.operations.access import VaultAccess
from alliance.ui.operations.changes import ClientChanged
from alliance.ui.widgets.controls import save_buttons
from alliance.ui.widgets.failures import tell_failure
from alliance.ui.widgets.labels import label

NOT_ASKED = "not asked"


class ScheduleDialog(QDialog):
    def __init__(self, access: VaultAccess, client_id: int, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access, self._client_id = access, client_id
        self.setWindowTitle(self.tr("Measures \u2014 {code}").format(code=code))
        self.setMinimumWidth(560)
        self.frequency: dict[str, QComboBox] = {}
        self.weeks: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for iid, instrument in load_outcome_instruments().items():
            combo = QComboBox(self)
            combo.addItem(self.tr("Not asked"), NOT_ASKED)
            combo.addItem(self.tr("Every session"), Frequency.EVERY_SESSION.value)
            combo.addItem(self.tr("Every few weeks"), Frequency.EVERY_N_WEEKS.value)
            combo.addItem(self.tr("At intake and discharge"), Frequency.INTAKE_AND_DISCHARGE.value)
            combo.setAccessibleName(instrument.short_name)
            weeks = QSpinBox(self)
            weeks.setRange(1, 52)
            weeks.setValue(4)
            weeks.setPrefix(self.tr("every "))
            weeks.setSuffix(self.tr(" weeks"))
            weeks.setEnabled(False)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, w=weeks: w.setEnabled(c.currentData() == Frequency.EVERY_N_WEEKS.value))
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(weeks)
            form.addRow(f"{instrument.short_name} \u2014 {instrument.name}", row)
            self.frequency[iid], self.weeks[iid] = combo, weeks
        self.buttons = save_buttons(self, self.save)
        self.buttons.setEnabled(False)  # until the schedule is read
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("The session form opens the measures that are due and asks why when one "
                                       "is not filled in; the caseload shows what is due or overdue."), "hint",
                               wrap=True, parent=self))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        access.query(lambda vault: schedule_of(vault, client_id), self._loaded, owner=self)

    def _loaded(self, entries: tuple[ScheduleEntry, ...]) -> None:
        for e in entries:
            combo = self.frequency.get(e.instrument_id)
            if combo is not None:
                combo.setCurrentIndex(combo.findData(e.frequency.value))
                if e.frequency is Frequency.EVERY_N_WEEKS:
                    self.weeks[e.instrument_id].setValue(e.weeks)
        self.buttons.setEnabled(True)

    def entries(self) -> list[ScheduleEntry]:
        out = []
        for iid, combo in self.frequency.items():
            chosen = combo.currentData()
            if chosen == NOT_ASKED:
                continue
            frequency = Frequency(chosen)
            out.append(ScheduleEntry(iid, frequency, self.weeks[iid].value() if frequency is Frequency.EVERY_N_WEEKS
                                     else 0))
        return out

    def save(self) -> None:
        chosen, client_id = self.entries(), self._client_id
        self.buttons.setEnabled(False)
        self._access.op(lambda vault: set_schedule(vault, client_id, chosen), lambda _r: self.accept(),
                        self._failed, owner=self, change=ClientChanged(client_id))

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        tell_failure(self, self.tr("Schedule not saved"), exc)
