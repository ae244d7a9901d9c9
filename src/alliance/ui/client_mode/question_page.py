"""One question as the client sees it: large type, each answer a large button, "Prefer not to answer" and "Not
today" always visible. Keyboard: Tab or the arrow keys move between answers, Space or Enter picks one, a digit
picks the answer with that number; mouse and touch press the buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from alliance.services.handover import ClientForm, Question

SECOND_DIGIT_MS = 700  # "1" then "0" within this picks 10 on a 0-10 scale


CHOSEN = "#2F6F6B"  # the answer given, when the client comes back to a question (white text: 5.9:1)
CHOSEN_CONTRAST = "#FFD400"  # the same in high contrast, with black text (on black: 14:1)
LARGER = 1.35  # the "Larger text" toggle
# High contrast: white on black, yellow for focus and the answer chosen (WCAG AAA for text and borders).
HIGH_CONTRAST = (
    "QWidget#client_mode, QWidget#client_mode QWidget { background-color: #000000; color: #FFFFFF; }"
    " QWidget#client_mode QPushButton { background-color: #000000; color: #FFFFFF; border: 2px solid #FFFFFF;"
    " border-radius: 4px; padding: 6px 14px; }"
    " QWidget#client_mode QPushButton:focus { border: 4px solid #FFD400; }"
    " QWidget#client_mode QPushButton:checked { background-color: #FFD400; color: #000000; }"
    " QWidget#client_mode QPushButton:disabled { color: #9A9A9A; border-color: #9A9A9A; }"
    " QWidget#client_mode QProgressBar { background-color: #000000; border: 1px solid #FFFFFF; }"
    " QWidget#client_mode QProgressBar::chunk { background-color: #FFD400; }")


class Look:
    """How large and in which colours client mode draws its text; every styled widget follows changes."""

    def __init__(self, scale: float = 1.0, contrast: bool = False) -> None:
        self.scale = scale
        self.contrast = contrast
        self._styled: list[tuple[QWidget, float, bool, str]] = []

    def style(self, widget: QWidget, factor: float, bold: bool = False, extra: str = "") -> None:
        """Large type: the system font's size times ``factor`` (and the larger-text toggle), never a fixed size, so
        a larger system font gives larger text here too. On the widget's own style sheet, which the app's style
        sheet cannot override."""
        self._styled = [t for t in self._styled if t[0] is not widget]
        self._styled.append((widget, factor, bold, extra))
        self._apply(widget, factor, bold, extra)

    def _apply(self, widget: QWidget, factor: float, bold: bool, extra: str) -> None:
        size = QApplication.font().pointSizeF()
        size = (size if size > 0 else 10.0) * factor * self.scale
        weight = "bold" if bold else "normal"
        kind = type(widget).__name__ if isinstance(widget, QPushButton | QLabel) else "QWidget"
        widget.setStyleSheet(f"{kind} {{ font-size: {size:.1f}pt; font-weight: {weight}; }} {extra}")

    def chosen_rule(self) -> str:
        back, ink = (CHOSEN_CONTRAST, "black") if self.contrast else (CHOSEN, "white")
        return f"QPushButton:checked {{ background-color: {back}; color: {ink}; border-color: {back}; }}"

    def restyle(self) -> None:
        alive = []
        for widget, factor, bold, extra in self._styled:
            try:
                self._apply(widget, factor, bold, extra)
            except RuntimeError:  # deleted with an earlier question
                continue
            alive.append((widget, factor, bold, extra))
        self._styled = alive


class QuestionPage(QWidget):
    """Shows one question at a time (``show_question``); emits ``picked(value)``, ``skipped()`` (prefer not to
    answer), ``not_today()`` (the whole questionnaire) and ``back()``."""

    picked = Signal(int)
    skipped = Signal()
    not_today = Signal()
    back = Signal()

    def __init__(self, look: Look, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.look = look
        enlarge = look.style
        self._digits = ""
        self._digit_timer = QTimer(self)
        self._digit_timer.setSingleShot(True)
        self._digit_timer.setInterval(SECOND_DIGIT_MS)
        self._digit_timer.timeout.connect(self._pick_typed)
        self.form_label = QLabel(self)
        enlarge(self.form_label, 1.2)
        self.progress_label = QLabel(self)
        enlarge(self.progress_label, 1.2)
        self.heading_label = QLabel(self)
        self.heading_label.setWordWrap(True)
        enlarge(self.heading_label, 1.4)
        self.question_label = QLabel(self)
        self.question_label.setWordWrap(True)
        enlarge(self.question_label, 2.0, bold=True)
        self.anchors_label = QLabel(self)  # "0 = not at all · 5 = partly · 10 = completely" under a 0-10 row
        self.anchors_label.setWordWrap(True)
        enlarge(self.anchors_label, 1.2)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.answers = QWidget(self)
        self.answer_grid = QGridLayout(self.answers)
        self.answer_grid.setSpacing(12)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self._clicked)
        self.buttons: list[QPushButton] = []

        self.back_button = self._wide(self.tr("\u2190 &Back"))
        self.back_button.clicked.connect(self.back)
        self.skip_button = self._wide(self.tr("&Prefer not to answer"))
        self.skip_button.clicked.connect(self.skipped)
        self.not_today_button = self._wide(self.tr("&Not today"))
        self.not_today_button.setToolTip(self.tr("Skip this questionnaire today"))
        self.not_today_button.setAccessibleDescription(self.tr("Skip this questionnaire today"))
        self.not_today_button.clicked.connect(self.not_today)

        top = QHBoxLayout()
        top.addWidget(self.form_label, 1)
        top.addWidget(self.progress_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.skip_button)
        bottom.addWidget(self.not_today_button)
        # The question and its answers scroll when large text makes them taller than the screen; the questionnaire's
        # name, the progress and the buttons below stay where they are.
        body = QWidget(self)
        body_col = QVBoxLayout(body)
        body_col.setContentsMargins(0, 0, 0, 0)
        body_col.setSpacing(18)
        body_col.addStretch(1)
        body_col.addWidget(self.heading_label)
        body_col.addWidget(self.question_label)
        body_col.addSpacing(12)
        body_col.addWidget(self.answers)
        body_col.addWidget(self.anchors_label)
        body_col.addStretch(2)
        self.scroller = QScrollArea(self)
        self.scroller.setWidget(body)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        col = QVBoxLayout(self)
        col.setContentsMargins(48, 24, 48, 24)
        col.setSpacing(14)
        col.addLayout(top)
        col.addWidget(self.scroller, 1)
        col.addLayout(bottom)

    def _wide(self, text: str) -> QPushButton:
        b = QPushButton(text, self)
        self.look.style(b, 1.3)
        b.setMinimumHeight(b.sizeHint().height() + 24)
        b.setAutoDefault(False)
        return b

    def show_question(self, form: ClientForm, question: Question, position: int, total: int,
                      answer: int | None, first_of_form: bool, can_go_back: bool) -> None:
        """Fill the page with this question; ``answer``: what the client chose before (coming back)."""
        self._digits = ""
        self._digit_timer.stop()
        self.form_label.setText(form.name)
        self.progress_label.setText(self.tr("Question %1 of %2").replace("%1", str(position))
                                    .replace("%2", str(total)))
        heading = question.heading or (form.instructions if first_of_form else "")
        self.heading_label.setText(heading)
        self.heading_label.setVisible(bool(heading))
        self.question_label.setText(question.text)
        for b in self.buttons:
            self.group.removeButton(b)
            b.deleteLater()
        self.buttons = []
        wide = len(question.options) > 6  # a 0-10 scale: one row of eleven, its anchors under it; named: a column
        anchors = [f"{o.value} = {o.label}" for o in question.options if o.label]
        self.anchors_label.setText("   \u00b7   ".join(anchors) if wide else "")
        self.anchors_label.setVisible(wide and bool(anchors))
        for n, option in enumerate(question.options):
            text = str(option.value) if wide or not option.label else f"{option.value}  \u2013  {option.label}"
            b = QPushButton(text, self.answers)
            b.setCheckable(True)
            b.setAutoDefault(False)
            self.look.style(b, 1.6 if wide else 1.4, bold=wide,
                            extra=f"QPushButton {{ min-height: {'2.4em' if wide else '1.8em'}; }} "
                                  + self.look.chosen_rule())
            b.setMinimumSize(64 if wide else 320, 80 if wide else 60)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setAccessibleName(f"{option.value} {option.label}".strip())
            b.setChecked(answer == option.value)
            self.group.addButton(b, option.value)
            if wide:
                self.answer_grid.addWidget(b, 0, n)
            else:
                self.answer_grid.addWidget(b, n, 0)
            b.show()  # now, so that it can take the focus at once
            self.buttons.append(b)
        self.back_button.setEnabled(can_go_back)
        focus = next((b for b in self.buttons if b.isChecked()), self.buttons[0] if self.buttons else None)
        self.scroller.verticalScrollBar().setValue(0)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            # once the new answers are laid out: the first answer (or the one chosen) in view, under large text too
            QTimer.singleShot(0, self, lambda: self.scroller.ensureWidgetVisible(focus) if focus in self.buttons
                              else None)

    def _clicked(self, value: int) -> None:
        self.picked.emit(value)

    def button_for(self, value: int) -> QAbstractButton | None:
        return self.group.button(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._digits += chr(key)
            values = {b_id for b in self.buttons if (b_id := self.group.id(b)) >= 0}
            if any(str(v).startswith(self._digits) and str(v) != self._digits for v in values):
                self._digit_timer.start()  # "1" on a 0-10 scale: 1, or the start of 10
            else:
                self._pick_typed()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down) and self.buttons:
            current = next((i for i, b in enumerate(self.buttons) if b.hasFocus()), -1)
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            self.buttons[max(0, min(len(self.buttons) - 1, current + step))].setFocus()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = next((b for b in self.buttons if b.hasFocus()), None)
            if focused is not None:
                focused.click()
                return
        super().keyPressEvent(event)

    def _pick_typed(self) -> None:
        self._digit_timer.stop()
        typed, self._digits = self._digits, ""
        if typed and self.group.button(int(typed)) is not None:
            self.group.button(int(typed)).click()
