"""The full-screen window the client answers on. It holds the questionnaires of one hand-over and nothing else of
the vault: no client list, no note, no therapist rating, no menu. Answers leave it only through ``answered`` and
``instrument_ended`` (the guard saves them as they come)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from alliance.core.handover import InstrumentState
from alliance.services.handover import ClientForm, Question
from alliance.ui.client_mode.question_page import QuestionPage, enlarge


@dataclass(frozen=True)
class Step:
    form: ClientForm
    question: Question
    first_of_form: bool
    last_of_form: bool


class ClientWindow(QWidget):
    """Emits ``answered(instrument, item, value or None, skipped)``, ``instrument_ended(instrument, state)``,
    ``handed_back()`` from the finish page, and ``close_attempted()`` when the window is asked to close."""

    answered = Signal(str, str, object, bool)
    instrument_ended = Signal(str, object)
    handed_back = Signal()
    close_attempted = Signal()

    def __init__(self, forms: list[ClientForm], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Check-in"))
        self.setObjectName("client_mode")
        self.forms = forms
        self.steps = [Step(f, q, i == 0, i == len(f.questions) - 1) for f in forms for i, q in enumerate(f.questions)]
        self.answers: dict[tuple[str, str], int | None] = {}  # (instrument, item) -> value, None: prefer not
        self.states: dict[str, InstrumentState] = {}
        self.index = -1  # -1: welcome page; len(steps): finish page
        self.closing_allowed = False

        self.pages = QStackedWidget(self)
        self.welcome = self._message_page(
            self.tr("A few questions for you"),
            self.tr("Your answers go to your therapist's private, encrypted record on this computer. There are no "
                    "right or wrong answers, and you can skip any question."),
            self.tr("&Start"), self._start)
        self.question = QuestionPage(self.pages)
        self.question.picked.connect(self._picked)
        self.question.skipped.connect(self._skipped)
        self.question.not_today.connect(self._not_today)
        self.question.back.connect(self._back)
        self.finish = self._message_page(
            self.tr("Thank you"),
            self.tr("You have finished. Please hand the computer back to your therapist."),
            self.tr("&Hand back"), self.handed_back.emit)
        for page in (self.welcome, self.question, self.finish):
            self.pages.addWidget(page)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(1, len(self.steps)))
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setMaximumHeight(10)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.progress)
        col.addWidget(self.pages, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _message_page(self, title: str, text: str, button_text: str, action: object) -> QWidget:
        page = QWidget(self)
        col = QVBoxLayout(page)
        col.setContentsMargins(64, 64, 64, 64)
        col.addStretch(1)
        heading = QLabel(title, page)
        enlarge(heading, 2.4, bold=True)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text, page)
        body.setWordWrap(True)
        enlarge(body, 1.5)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(button_text, page)
        enlarge(button, 1.6, bold=True)
        button.setMinimumSize(280, 72)
        button.setDefault(True)
        button.clicked.connect(action)
        page.setProperty("button", button)
        col.addWidget(heading)
        col.addSpacing(16)
        col.addWidget(body)
        col.addSpacing(32)
        col.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        col.addStretch(2)
        return page

    # --- moving through the questions --------------------------------------------------------------

    def button_of(self, page: QWidget) -> QPushButton:
        button = page.property("button")
        assert isinstance(button, QPushButton)
        return button

    def _start(self) -> None:
        self._go(self._next_from(0))

    def _next_from(self, index: int) -> int:
        """The first step at or after ``index`` whose questionnaire the client has not set aside."""
        while index < len(self.steps) and self.states.get(self.steps[index].form.id) is InstrumentState.NOT_TODAY:
            index += 1
        return index

    def _go(self, index: int) -> None:
        self.index = index
        self.progress.setValue(min(index, len(self.steps)))
        if index >= len(self.steps):
            self.pages.setCurrentWidget(self.finish)
            self.button_of(self.finish).setFocus()
            return
        step = self.steps[index]
        self.pages.setCurrentWidget(self.question)
        earlier = [i for i in range(index) if self.states.get(self.steps[i].form.id) is not InstrumentState.NOT_TODAY]
        self.question.show_question(step.form, step.question, index + 1, len(self.steps),
                                    self.answers.get((step.form.id, step.question.item)), step.first_of_form,
                                    can_go_back=bool(earlier))

    def _record(self, value: int | None, skipped: bool) -> None:
        step = self.steps[self.index]
        self.answers[(step.form.id, step.question.item)] = value
        self.answered.emit(step.form.id, step.question.item, value, skipped)
        if step.last_of_form:
            self.states[step.form.id] = InstrumentState.DONE
            self.instrument_ended.emit(step.form.id, InstrumentState.DONE)
        self._go(self._next_from(self.index + 1))

    def _picked(self, value: int) -> None:
        if 0 <= self.index < len(self.steps):
            self._record(value, skipped=False)

    def _skipped(self) -> None:
        if 0 <= self.index < len(self.steps):
            self._record(None, skipped=True)

    def _not_today(self) -> None:
        if not 0 <= self.index < len(self.steps):
            return
        form = self.steps[self.index].form
        self.states[form.id] = InstrumentState.NOT_TODAY
        self.instrument_ended.emit(form.id, InstrumentState.NOT_TODAY)
        self._go(self._next_from(self.index + 1))

    def _back(self) -> None:
        index = self.index - 1
        while index >= 0 and self.states.get(self.steps[index].form.id) is InstrumentState.NOT_TODAY:
            index -= 1
        if index >= 0:
            self._go(index)

    # --- leaving ----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.closing_allowed:
            super().closeEvent(event)
            return
        event.ignore()
        self.close_attempted.emit()  # the guard locks the vault, which closes this window for good
