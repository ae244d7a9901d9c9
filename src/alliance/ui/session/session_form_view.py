"""Layout of the log-session form. The controller (session_form.py) fills it, reads it and saves."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from alliance.core.outcomes import load_outcome_instruments
from alliance.core.ratings import COMPONENTS, RATING_MAX, RATING_MIN, SCALE_ANCHORS
from alliance.core.records import Modality, NervousSystemState
from alliance.core.signals import Signal as RuleSignal
from alliance.ui.session.instrument_fields import InstrumentFields
from alliance.ui.session.outcome_fields import OutcomeFields
from alliance.ui.widgets.controls import CollapsibleSection, ScoreSpinBox, card, guard_wheel
from alliance.ui.widgets.dates import DateField
from alliance.ui.widgets.formatting import modality_text, ns_state_text
from alliance.ui.widgets.labels import error_label, label
from alliance.ui.widgets.screen_fit import fit_to_screen
from alliance.ui.widgets.text import shown, term

OPTIONAL_INSTRUMENTS = ("checkin", "srs", "wai_sr")


class SessionFormView(QDialog):
    """Session details, the four ratings with the live index, note, ruptures and optional sections."""

    def __init__(self, instruments: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(720, 640)
        fit_to_screen(self, 820, 900)
        self.errors_at: dict[str, tuple[QWidget, QLabel]] = {}

        self.heading = label("", "title", parent=self)
        self.talk_about = label("", "hint", wrap=True, parent=self)
        self.talk_about.setTextFormat(Qt.TextFormat.RichText)
        self.talk_about.setAccessibleName(self.tr("To talk about in this session"))
        self.talk_about.hide()
        self.general_error = error_label(self)
        content = QWidget(self)
        col = QVBoxLayout(content)
        col.setContentsMargins(0, 0, 12, 0)
        col.setSpacing(16)

        # --- session details ---------------------------------------------------------------
        details = card(content)
        grid = QGridLayout(details)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        self.client = QComboBox(details)
        self.client.setMinimumWidth(200)
        self.date = DateField(details)
        self.date.setDate(QDate.currentDate())
        self.duration = QSpinBox(details)
        self.duration.setRange(1, 600)
        self.duration.setValue(50)
        self.duration.setSuffix(self.tr(" min"))
        self.modality = QComboBox(details)
        for m in Modality:
            self.modality.addItem(modality_text(m), m)
        cells = (
            ("client", self.tr("Client"), self.client),
            ("date", self.tr("Date"), self.date),
            ("duration_min", self.tr("Duration"), self.duration),
            ("modality", self.tr("Modality"), self.modality),
        )
        for i, (field, text, widget) in enumerate(cells):
            widget.setAccessibleName(text)
            r, c = divmod(i, 2)
            grid.addWidget(label(text, parent=details), r * 3, c)
            grid.addWidget(widget, r * 3 + 1, c)
            err = error_label(details)
            grid.addWidget(err, r * 3 + 2, c)
            self.errors_at[field] = (widget, err)
        col.addWidget(details)
        guard_wheel(self.client, self.date, self.duration, self.modality)

        # --- the four ratings ----------------------------------------------------------------
        ratings = card(content)
        rgrid = QGridLayout(ratings)
        rgrid.setContentsMargins(16, 12, 16, 12)
        rgrid.setHorizontalSpacing(18)
        rgrid.setVerticalSpacing(2)
        rgrid.setColumnStretch(0, 1)
        anchors = " \u00b7 ".join(f"{k} {term(v)}" for k, v in SCALE_ANCHORS.items())
        rgrid.addWidget(label(self.tr("The relationship this session"), "subtitle", parent=ratings), 0, 0)
        rgrid.addWidget(label(anchors, "hint", parent=ratings), 1, 0, 1, 2)
        self.ratings: dict[str, ScoreSpinBox] = {}
        row = 2
        for comp in COMPONENTS:
            spin = ScoreSpinBox(RATING_MIN, RATING_MAX, ratings)
            spin.setAccessibleName(term(comp.label))
            spin.setAccessibleDescription(term(comp.prompt))
            spin.setToolTip(term(comp.prompt))
            name = label(term(comp.label), parent=ratings)
            name.setStyleSheet("font-weight: 600;")
            name.setBuddy(spin)
            rgrid.addWidget(name, row, 0)
            rgrid.addWidget(spin, row, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            rgrid.addWidget(label(term(comp.prompt), "hint", wrap=True, parent=ratings), row + 1, 0)
            err = error_label(ratings)
            rgrid.addWidget(err, row + 2, 0, 1, 2)
            self.ratings[comp.key] = spin
            self.errors_at[comp.key] = (spin, err)
            row += 3
        self.index_label = label("", "index", parent=ratings)
        self.index_label.setAccessibleName(self.tr("Alliance index"))
        rgrid.addWidget(self.index_label, row, 0, 1, 2, Qt.AlignmentFlag.AlignRight)
        col.addWidget(ratings)

        # --- note --------------------------------------------------------------------------------
        self.note = QPlainTextEdit(content)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Anything you want to remember about this session"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(90)
        note_err = error_label(content)
        self.errors_at["note"] = (self.note, note_err)
        col.addWidget(label(self.tr("Note"), "subtitle", parent=content))
        col.addWidget(self.note)
        col.addWidget(note_err)

        # --- ruptures ------------------------------------------------------------------------------
        col.addWidget(label(self.tr("Ruptures"), "subtitle", parent=content))
        self.ruptures_error = error_label(content)
        col.addWidget(self.ruptures_error)
        self.ruptures_box = QVBoxLayout()
        self.ruptures_box.setSpacing(10)
        col.addLayout(self.ruptures_box)
        self.add_rupture_button = QPushButton(self.tr("&Add a rupture noticed in this session"), content)
        col.addWidget(self.add_rupture_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.earlier_title = label(self.tr("Open ruptures from earlier sessions"), "subtitle", parent=content)
        self.earlier_empty = label(self.tr("None: every earlier rupture of this client is resolved."), "hint",
                                   wrap=True, parent=content)
        col.addWidget(self.earlier_title)
        col.addWidget(self.earlier_empty)
        self.earlier_box = QVBoxLayout()
        self.earlier_box.setSpacing(10)
        col.addLayout(self.earlier_box)

        # --- optional sections --------------------------------------------------------------------------
        col.addWidget(label(self.tr("More (optional)"), "subtitle", parent=content))
        ns = QWidget(content)
        ns_form = QFormLayout(ns)
        self.ns_start = QComboBox(ns)
        self.ns_end = QComboBox(ns)
        for field, combo, text in (("ns_state_start", self.ns_start, self.tr("At the start")),
                                   ("ns_state_end", self.ns_end, self.tr("At the end"))):
            combo.addItem(self.tr("Not noted"), None)
            for state in NervousSystemState:
                combo.addItem(ns_state_text(state), state)
            combo.setAccessibleName(text)
            guard_wheel(combo)
            err = error_label(ns)
            ns_form.addRow(text, combo)
            ns_form.addRow("", err)
            self.errors_at[field] = (combo, err)
        self.ns_section = CollapsibleSection(self.tr("Nervous-system state"), ns, content)
        col.addWidget(self.ns_section)

        ce = QWidget(content)
        ce_col = QVBoxLayout(ce)
        ce_col.setContentsMargins(8, 0, 0, 0)
        self.corrective = QCheckBox(self.tr("The client had a &corrective emotional experience"), ce)
        self.corrective_text = QLineEdit(ce)
        self.corrective_text.setPlaceholderText(self.tr("What happened (optional)"))
        self.corrective_text.setAccessibleName(self.tr("Corrective emotional experience"))
        ce_err = error_label(ce)
        self.errors_at["corrective_experience_text"] = (self.corrective_text, ce_err)
        ce_col.addWidget(self.corrective)
        ce_col.addWidget(self.corrective_text)
        ce_col.addWidget(ce_err)
        self.corrective_section = CollapsibleSection(self.tr("Corrective emotional experience"), ce, content)
        col.addWidget(self.corrective_section)

        self.instrument_fields: dict[str, InstrumentFields | OutcomeFields] = {}
        self.instrument_sections: dict[str, CollapsibleSection] = {}
        for inst_id in OPTIONAL_INSTRUMENTS:
            inst = instruments.get(inst_id)
            if inst is None:
                continue
            fields = InstrumentFields(inst, content)
            section = CollapsibleSection(term(inst.name), fields, content)
            self.instrument_fields[inst_id] = fields
            self.instrument_sections[inst_id] = section
            for item_id, entry in fields.errors.items():
                self.errors_at[f"instruments.{inst_id}.{item_id}"] = entry
            col.addWidget(section)
        col.addWidget(label(self.tr("Outcome measures (optional)"), "subtitle", parent=content))
        for inst_id, outcome in load_outcome_instruments().items():
            ofields = OutcomeFields(outcome, content)
            section = CollapsibleSection(f"{outcome.short_name} — {outcome.name}", ofields, content)
            self.instrument_fields[inst_id] = ofields  # the same interface as InstrumentFields
            self.instrument_sections[inst_id] = section
            for item_id, entry in ofields.errors.items():
                self.errors_at[f"instruments.{inst_id}.{item_id}"] = entry
            self.errors_at[f"declined.{inst_id}"] = (ofields.declined, ofields.declined_error)
            col.addWidget(section)
        col.addStretch(1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.save_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        # Shown only for a session already logged (SessionForm decides).
        self.history_button = QPushButton(self.tr("&History\u2026"), self)
        self.history_button.setToolTip(self.tr("Earlier versions of this session"))
        self.delete_button = QPushButton(self.tr("&Delete session\u2026"), self)
        for b in (self.history_button, self.delete_button):
            b.setAutoDefault(False)
            b.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(label(self.tr("Ctrl+S saves \u00b7 Tab moves to the next field"), "hint", parent=self))
        bottom.addStretch(1)
        self.handover_button = QPushButton(self.tr("Hand &over\u2026"), self)
        self.handover_button.setToolTip(self.tr("Hand the computer to the client for a check-in; this form is kept "
                                                "and its answers come in after you unlock"))
        self.handover_button.setAutoDefault(False)
        bottom.addWidget(self.handover_button)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.talk_about)
        layout.addWidget(self.general_error)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bottom)

    def show_talk_about(self, signals: Sequence[RuleSignal]) -> None:
        """The client's active alerts and prompts, one line each, above the form (none: hidden)."""
        lines = [f"\u2022 {html.escape(shown(s.title))}: {html.escape(shown(s.reason))}" for s in signals]
        self.talk_about.setText("<b>" + html.escape(self.tr("To talk about:")) + "</b><br>" + "<br>".join(lines))
        self.talk_about.setVisible(bool(signals))
