"""The critical session of a sudden gain (the session before it, Tang & DeRubeis): its note, the ruptures noticed
and the repairs made in it, and any corrective experience, side by side, read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from alliance.core.records import Session
from alliance.core.taxonomy import MARKER_LABELS, STRATEGY_LABELS
from alliance.ui.widgets.formatting import date_text, kind_text
from alliance.ui.widgets.labels import label
from alliance.ui.widgets.screen_fit import fit_to_screen
from alliance.ui.widgets.text import term


class CriticalSessionDialog(QDialog):
    def __init__(self, session: Session, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Critical session {n} \u2014 {code}").format(n=session.number, code=code))
        fit_to_screen(self, 860, 460)
        self.note = QPlainTextEdit(session.note or self.tr("No note for this session."), self)
        self.note.setReadOnly(True)
        self.note.setAccessibleName(self.tr("Note"))
        lines = []
        for r in session.ruptures:
            markers = ", ".join(term(MARKER_LABELS.get(m, m)) for m in r.markers)
            lines.append(self.tr("Rupture: {kind}, intensity {n}").format(kind=kind_text(r.kind), n=r.intensity)
                         + (f" ({markers})" if markers else ""))
        for p in session.repairs:
            strategies = ", ".join(term(STRATEGY_LABELS.get(s, s)) for s in p.strategies)
            lines.append(self.tr("Repair: resolution {r}/5").format(r=p.resolution)
                         + (f" ({strategies})" if strategies else ""))
        if session.corrective_experience:
            lines.append(self.tr("Corrective experience: {text}").format(
                text=session.corrective_experience_text or self.tr("yes")))
        self.events = QPlainTextEdit("\n".join(lines) or self.tr("No rupture, repair or corrective experience "
                                                                 "was logged in this session."), self)
        self.events.setReadOnly(True)
        self.events.setAccessibleName(self.tr("Ruptures, repairs and corrective experience"))
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(label(self.tr("Note"), "subtitle", parent=self))
        left.addWidget(self.note, 1)
        right.addWidget(label(self.tr("Ruptures, repairs, corrective experience"), "subtitle", parent=self))
        right.addWidget(self.events, 1)
        side = QHBoxLayout()
        side.addLayout(left, 3)
        side.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Session {n}, {date}: the session before a sudden gain. What happened in it "
                                       "may have helped.").format(n=session.number, date=date_text(session.date)),
                               "hint", wrap=True, parent=self))
        layout.addLayout(side, 1)
        layout.addWidget(buttons)
