"""The full-screen window the client answers on. It holds the questionnaires of one hand-over and nothing else of
the vault: no client list, no note, no therapist rating, no menu. Answers leave it only through ``answered`` and
``instrument_ended`` (the guard saves them as they come)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from alliance.core.handover import InstrumentState
from alliance.services.handover import ClientForm, Question, ResultSeries
from alliance.ui.client_mode.question_page import HIGH_CONTRAST, LARGER, Look, QuestionPage


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

    def __init__(self, forms: list[ClientForm], parent: QWidget | None = None, *, read_aloud: bool = False,
                 results: tuple[ResultSeries, ...] | None = None, larger: bool = False,
                 contrast: bool = False) -> None:
        """``read_aloud``: the therapist reads the questions out (phone or video) and clicks the answers given, in an
        ordinary window; otherwise the full-screen, frameless window the client holds."""
        flags = Qt.WindowType.Window if read_aloud else Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
        super().__init__(parent, flags)
        self.read_aloud = read_aloud
        self.setWindowTitle(self.tr("Read aloud") if read_aloud else self.tr("Check-in"))
        self.setObjectName("client_mode")
        self.forms = forms
        self.steps = [Step(f, q, i == 0, i == len(f.questions) - 1) for f in forms for i, q in enumerate(f.questions)]
        self.answers: dict[tuple[str, str], int | None] = {}  # (instrument, item) -> value, None: prefer not
        self.states: dict[str, InstrumentState] = {}
        self.index = -1  # -1: welcome page; len(steps): finish page
        self.closing_allowed = read_aloud
        self.look = Look(LARGER if larger else 1.0, contrast)
        self.results = results

        self.pages = QStackedWidget(self)
        if read_aloud:
            self.welcome = self._message_page(
                self.tr("Read the questions aloud"),
                self.tr("Read each question and its answers to the client, and click the answer they give. The "
                        "answers go into the session form when you finish."), self.tr("&Start"), self._start)
        else:
            self.welcome = self._message_page(
                self.tr("A few questions for you"),
                self.tr("Your answers go to your therapist's private, encrypted record on this computer. There are "
                        "no right or wrong answers, and you can skip any question."),
                self.tr("&Start"), self._start)
        self.question = QuestionPage(self.look, self.pages)
        self.question.picked.connect(self._picked)
        self.question.skipped.connect(self._skipped)
        self.question.not_today.connect(self._not_today)
        self.question.back.connect(self._back)
        if read_aloud:
            self.finish = self._message_page(
                self.tr("All questions asked"), self.tr("The answers go into the session form."),
                self.tr("&Put into the session"), self.handed_back.emit)
        else:
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
        self.larger_button = QPushButton(self.tr("A+  &Larger text"), self)
        self.contrast_button = QPushButton(self.tr("&High contrast"), self)
        for b, on in ((self.larger_button, larger), (self.contrast_button, contrast)):
            b.setCheckable(True)
            b.setChecked(on)
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.look.style(b, 1.1)
        self.larger_button.toggled.connect(self._set_larger)
        self.contrast_button.toggled.connect(self._set_contrast)
        bar = QHBoxLayout()
        bar.setContentsMargins(48, 8, 48, 0)
        bar.addStretch(1)
        bar.addWidget(self.larger_button)
        bar.addWidget(self.contrast_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.progress)
        col.addLayout(bar)
        col.addWidget(self.pages, 1)
        self._set_contrast(contrast)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _message_page(self, title: str, text: str, button_text: str, action: object) -> QWidget:
        page = QWidget(self)
        col = QVBoxLayout(page)
        col.setContentsMargins(64, 64, 64, 64)
        col.addStretch(1)
        heading = QLabel(title, page)
        self.look.style(heading, 2.4, bold=True)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text, page)
        body.setWordWrap(True)
        self.look.style(body, 1.5)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(button_text, page)
        self.look.style(button, 1.6, bold=True)
        button.setMinimumSize(280, 72)
        button.setDefault(True)
        button.clicked.connect(action)
        page.setProperty("button", button)
        col.addWidget(heading)
        col.addSpacing(16)
        col.addWidget(body)
        col.addSpacing(32)
        col.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        page.setProperty("column", col)
        col.addStretch(2)
        return page

    # --- moving through the questions --------------------------------------------------------------

    def collected(self) -> tuple[dict[str, dict[str, int]], tuple[str, ...]]:
        """The answers given (by instrument and item) and the questionnaires set aside "not today"."""
        answers: dict[str, dict[str, int]] = {}
        for (k, item), value in self.answers.items():
            if value is not None and self.states.get(k) is not InstrumentState.NOT_TODAY:
                answers.setdefault(k, {})[item] = value
        return answers, tuple(k for k, s in self.states.items() if s is InstrumentState.NOT_TODAY)

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

    def _set_larger(self, on: bool) -> None:
        self.look.scale = LARGER if on else 1.0
        self.look.restyle()
        self._reshow()

    def _set_contrast(self, on: bool) -> None:
        self.look.contrast = on
        self.setStyleSheet(HIGH_CONTRAST if on else "")
        self._reshow()

    def _reshow(self) -> None:
        if 0 <= self.index < len(self.steps):
            focused = self.focusWidget()
            self._go(self.index)
            if focused in (self.larger_button, self.contrast_button):
                focused.setFocus()

    def _show_results(self) -> None:
        """Client-safe results on the finish page: their own answers over time, today's included."""
        if self.results is None or self.read_aloud or getattr(self, "results_view", None) is not None:
            return
        from alliance.ui.client_mode.results_view import ResultsView

        today = dt.date.today()
        series = list(self.results)
        checkin = [v for (k, _i), v in self.answers.items() if k == "checkin" and v is not None]
        if checkin and self.states.get("checkin") is InstrumentState.DONE:
            mean = sum(checkin) / len(checkin)
            old = next((s for s in series if s.name.startswith("Relationship check-in")), None)
            points = (*(old.points if old else ()), (today, mean))
            new = ResultSeries("Relationship check-in (0-10)", 0, 10, points)
            series = [new if s is old else s for s in series] if old else [new, *series]
        if not series:
            return
        column = self.finish.property("column")
        title = QLabel(self.tr("Your answers over time"), self.finish)
        self.look.style(title, 1.3, bold=True)
        self.results_view = ResultsView(tuple(series), today, self.finish)
        at = column.indexOf(self.button_of(self.finish))  # above "Hand back": it is the last thing to do
        column.insertWidget(at, title)
        column.insertWidget(at + 1, self.results_view)
        column.insertSpacing(at + 2, 24)

    def _go(self, index: int) -> None:
        self.index = index
        self.progress.setValue(min(index, len(self.steps)))
        if index >= len(self.steps):
            self._show_results()
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
