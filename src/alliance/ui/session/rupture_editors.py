"""Editors for the Ruptures section of the session form: a new rupture, a repair, an earlier open rupture."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance.core.records import RepairDraft, Rupture, RuptureDraft
from alliance.core.taxonomy import (
    INTENSITY_MAX,
    INTENSITY_MIN,
    MARKER_LABELS,
    REPAIR_STRATEGIES,
    RESOLUTION_ANCHORS,
    RESOLUTION_MAX,
    RESOLUTION_MIN,
    RaisedBy,
    RuptureKind,
    markers_for,
)
from alliance.ui.widgets.controls import Checklist, ScoreSpinBox, guard_wheel
from alliance.ui.widgets.formatting import date_text, kind_text, raised_by_text, rupture_status_text
from alliance.ui.widgets.labels import error_label, label
from alliance.ui.widgets.text import term

Errors = dict[str, tuple[QWidget, QLabel]]


def _row(form: QFormLayout, text: str, widget: QWidget, errors: Errors, field: str) -> None:
    widget.setAccessibleName(text)
    err = error_label(widget.parentWidget())
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(err)
    form.addRow(text, box)
    errors[field] = (widget, err)


class RepairEditor(QWidget):
    """Strategies, resolution 1-5 and a note for one repair. ``errors`` maps sub-fields to widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repair_id: int | None = None
        self.errors: Errors = {}
        self.resolution = ScoreSpinBox(RESOLUTION_MIN, RESOLUTION_MAX, self)
        self.resolution.setToolTip("\n".join(f"{k} = {term(v)}" for k, v in RESOLUTION_ANCHORS.items()))
        self.resolution.setAccessibleDescription(self.resolution.toolTip())
        self.strategies = Checklist(self)
        self.strategies.set_terms((t.key, term(t.label)) for t in REPAIR_STRATEGIES)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Optional note on the repair"))
        self.rupture_error = error_label(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 4, 0, 0)
        form.setVerticalSpacing(4)
        _row(form, self.tr("Resolution (1\u20135)"), self.resolution, self.errors, "resolution")
        _row(form, self.tr("Strategies"), self.strategies, self.errors, "strategies")
        _row(form, self.tr("Repair note"), self.note, self.errors, "note")
        form.addRow("", self.rupture_error)
        self.errors["rupture"] = (self.resolution, self.rupture_error)

    def draft(self, *, rupture_id: int | None = None, new_rupture_index: int | None = None) -> RepairDraft:
        """The repair as typed (a blank resolution stays None: validation names it)."""
        return RepairDraft(
            resolution=self.resolution.score(), strategies=self.strategies.checked_keys(), note=self.note.text(),
            rupture_id=rupture_id, new_rupture_index=new_rupture_index, id=self.repair_id,
        )

    def fill(self, repair: RepairDraft) -> None:
        """Show a repair (one logged already, or one typed before a lock)."""
        self.repair_id = repair.id
        self.resolution.set_score(repair.resolution)
        self.strategies.set_checked(repair.strategies)
        self.note.setText(repair.note)


class RuptureEditor(QFrame):
    """One rupture noticed in this session, optionally repaired in it too. ``remove_requested`` on Remove."""

    remove_requested = Signal(object)

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.rupture_id: int | None = None
        self.errors: Errors = {}
        self.title = label("", "subtitle", parent=self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.kind = QComboBox(self)
        for kind in RuptureKind:
            self.kind.addItem(kind_text(kind), kind)
        self.intensity = ScoreSpinBox(INTENSITY_MIN, INTENSITY_MAX, self)
        self.intensity.setToolTip(self.tr("1 = barely noticeable \u2026 5 = dominated the session"))
        self.raised_by = QComboBox(self)
        for who in RaisedBy:
            self.raised_by.addItem(raised_by_text(who), who)
        self.markers = Checklist(self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Optional: what happened"))
        guard_wheel(self.kind, self.raised_by)
        self.repaired = QCheckBox(self.tr("&Repaired in this session too"), self)
        self.repair = RepairEditor(self)
        self.repair.setVisible(False)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.remove_button)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        _row(form, self.tr("Kind"), self.kind, self.errors, "kind")
        _row(form, self.tr("Intensity (1\u20135)"), self.intensity, self.errors, "intensity")
        _row(form, self.tr("Raised by"), self.raised_by, self.errors, "raised_by")
        _row(form, self.tr("Markers"), self.markers, self.errors, "markers")
        _row(form, self.tr("Note"), self.note, self.errors, "note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(self.repaired)
        layout.addWidget(self.repair)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.repaired.toggled.connect(self.repair.setVisible)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.set_number(number)
        self._kind_changed()

    def set_number(self, number: int) -> None:
        self.title.setText(self.tr("Rupture {n}").format(n=number))
        self.remove_button.setAccessibleName(self.tr("Remove rupture {n}").format(n=number))

    def _kind_changed(self, *_: object) -> None:
        kind = RuptureKind(self.kind.currentData())
        self.markers.set_terms((t.key, term(t.label)) for t in markers_for(kind))
        # Markers of the other kind are dropped by set_terms only if absent from the new list.
        allowed = {t.key for t in markers_for(kind)}
        self.markers.set_checked([k for k in self.markers.checked_keys() if k in allowed])

    def draft(self) -> RuptureDraft:
        """The rupture as typed (a blank intensity stays None: validation names it)."""
        return RuptureDraft(
            kind=RuptureKind(self.kind.currentData()), intensity=self.intensity.score(),
            markers=self.markers.checked_keys(), raised_by=RaisedBy(self.raised_by.currentData()),
            note=self.note.text(), id=self.rupture_id,
        )

    def repair_draft(self, index: int) -> RepairDraft | None:
        """The repair logged with this rupture (the draft's ``index``-th rupture), if it was ticked."""
        return self.repair.draft(new_rupture_index=index) if self.repaired.isChecked() else None

    def fill(self, rupture: RuptureDraft, repair: RepairDraft | None) -> None:
        """Show a rupture and the repair made of it in the same session, if any."""
        self.rupture_id = rupture.id
        self.kind.setCurrentIndex(max(0, self.kind.findData(RuptureKind(rupture.kind))))
        self.intensity.set_score(rupture.intensity)
        self.raised_by.setCurrentIndex(max(0, self.raised_by.findData(RaisedBy(rupture.raised_by))))
        self.markers.set_checked(rupture.markers)
        self.note.setText(rupture.note)
        self.repaired.setChecked(repair is not None)
        self.repair.fill(repair or RepairDraft(resolution=None))


class EarlierRupture(QFrame):
    """An open rupture from an earlier session, with a box to log a repair of it in this session."""

    def __init__(self, rupture: Rupture, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.rupture = rupture
        markers = ", ".join(term(MARKER_LABELS.get(m, m)) for m in rupture.markers)
        text = self.tr("Session {n}, {date}: {kind}, intensity {i} \u2014 {status}").format(
            n=rupture.session_number, date=date_text(rupture.session_date), kind=kind_text(rupture.kind).lower(),
            i=rupture.intensity, status=rupture_status_text(rupture.status).lower())
        self.summary = label(text, wrap=True, parent=self)
        details = markers + (f" \u00b7 {rupture.note}" if rupture.note else "")
        self.details = label(details, "hint", wrap=True, parent=self)
        self.details.setVisible(bool(details))
        self.log_repair = QCheckBox(self.tr("Log a re&pair of this rupture in this session"), self)
        self.log_repair.setAccessibleName(self.tr("Log a repair of the rupture from session {n}")
                                          .format(n=rupture.session_number))
        self.repair = RepairEditor(self)
        self.repair.setVisible(False)
        self.log_repair.toggled.connect(self.repair.setVisible)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(self.log_repair)
        layout.addWidget(self.repair)

    def draft(self) -> RepairDraft | None:
        """The repair of this earlier rupture, if one is being logged."""
        return self.repair.draft(rupture_id=self.rupture.id) if self.log_repair.isChecked() else None

    def fill(self, repair: RepairDraft | None) -> None:
        """Show the repair of this rupture made in this session (None: none)."""
        self.log_repair.setChecked(repair is not None)
        if repair is not None:
            self.repair.fill(repair)
