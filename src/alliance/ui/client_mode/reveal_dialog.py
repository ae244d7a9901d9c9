"""After the hand-back and the unlock: the client's answers beside what the therapist predicted, and the gap.

A safety answer (PHQ-9 item 9, CORE-10's risk item above 0) comes first, with the clinician's local resources. The
answers wait for the session of that day; "Log the session with these answers" opens the form with them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from alliance.core.handover import InstrumentState
from alliance.services.handover import Reveal
from alliance.ui.widgets.labels import label

COLUMNS = 4


def _points(value: float) -> str:
    return QLocale().toString(float(value), "g", 3)


class RevealDialog(QDialog):
    """Emits ``use_answers(reveal)`` when the therapist takes the answers into the session form."""

    use_answers = Signal(object)

    def __init__(self, reveal: Reveal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reveal = reveal
        h = reveal.handover
        self.setWindowTitle(self.tr("Check-in of %1 \u2014 %2").replace("%1", reveal.code)
                            .replace("%2", h.date.isoformat()))
        outer = QVBoxLayout(self)
        if reveal.safety:
            outer.addWidget(self._safety_banner())
        if h.ended is None or h.ended.value == "interrupted":
            outer.addWidget(label(self.tr("The check-in was interrupted (the vault locked while the client held the "
                                          "computer). The answers given until then are kept."), "hint", wrap=True,
                                  parent=self))
        error = h.mean_absolute_error()
        if error is not None:
            n = sum(1 for i in h.items if i.gap is not None)
            summary = self.tr("Your predictions were off by %1 points on average (items with both: %n).", "", n) \
                .replace("%1", _points(float(error)))
        elif h.predicted:
            summary = self.tr("The client did not answer the items you predicted.")
        else:
            summary = self.tr("No prediction was entered for this check-in.")
        self.summary = label(summary, parent=self)
        outer.addWidget(self.summary)
        body = QWidget(self)
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        self.tables: dict[str, QTableWidget] = {}
        states = dict(h.instruments)
        for instrument, state in h.instruments:
            form = reveal.forms.get(instrument)
            if form is None:
                continue
            title = QLabel(form.name, body)
            title.setProperty("role", "heading")
            col.addWidget(title)
            if state is InstrumentState.NOT_TODAY:
                col.addWidget(label(self.tr("Not today: the client set these questions aside."), "hint",
                                    parent=body))
                continue
            col.addWidget(self._table(instrument, states.get(instrument), body))
        col.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(self)
        text = (self.tr("&Open the session of that day with these answers") if reveal.session_id is not None
                else self.tr("&Log the session with these answers"))
        self.use_button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setDefault(True)
        self.use_button.setEnabled(bool(h.answers()) or bool(h.not_today()))
        self.later_button = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setToolTip(self.tr("The answers wait for the session of that day (the client page shows "
                                             "them as waiting)."))
        buttons.accepted.connect(self._use)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(760, min(760, int(screen.height() * 0.9)) if screen is not None else 700)

    def _safety_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setProperty("role", "safety")
        col = QVBoxLayout(banner)
        lines = [self.tr("Safety: %1 \u2014 \u201c%2\u201d answered %3. Please talk with the client about their "
                         "safety now.").replace("%1", name).replace("%2", text).replace("%3", str(answer))
                 for name, text, answer in self.reveal.safety]
        for line in lines:
            col.addWidget(label(line, "error", wrap=True, parent=banner))
        if self.reveal.resources:
            col.addWidget(label(self.tr("Your local resources: %1").replace("%1", self.reveal.resources),
                                wrap=True, parent=banner))
        else:
            col.addWidget(label(self.tr("Set your local crisis resources in Preferences to see them here."), "hint",
                                wrap=True, parent=banner))
        return banner

    def _table(self, instrument: str, state: InstrumentState | None, parent: QWidget) -> QTableWidget:
        form = self.reveal.forms[instrument]
        items = {i.item: i for i in self.reveal.handover.items_of(instrument)}
        table = QTableWidget(len(form.questions), COLUMNS, parent)
        table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Your prediction"), self.tr("Client"),
                                         self.tr("Gap")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, COLUMNS):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        for row, q in enumerate(form.questions):
            it = items.get(q.item)
            predicted = "" if it is None or it.predicted is None else str(it.predicted)
            if it is not None and it.skipped:
                answer = self.tr("Prefer not to answer")
            elif it is None or it.answer is None:
                answer = self.tr("not reached") if state is not InstrumentState.DONE else "\u2013"
            else:
                label_text = next((o.label for o in q.options if o.value == it.answer and o.label), "")
                answer = f"{it.answer} \u2013 {label_text}" if label_text else str(it.answer)
            gap = "" if it is None or it.gap is None else (f"{it.gap:+d}" if it.gap else "0")
            for col, text in enumerate((q.text, predicted, answer, gap)):
                cell = QTableWidgetItem(text)
                if col:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, col, cell)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(table.rowCount())) + 4
        table.setFixedHeight(height)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tables[instrument] = table
        return table

    def _use(self) -> None:
        self.use_answers.emit(self.reveal)
        self.accept()
