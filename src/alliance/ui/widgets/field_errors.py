"""Show ValidationError problems next to the fields they name."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QWidget

from alliance.core.errors import FieldProblem
from alliance.ui.widgets.controls import ScoreSpinBox, set_invalid
from alliance.ui.widgets.dates import DateField
from alliance.ui.widgets.text import problem_text


class FieldErrors:
    """Maps field names (as in CONTRACT.md) to an input widget and the error label beside it."""

    def __init__(self, fallback: QLabel) -> None:
        self._fallback = fallback
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._shown: list[str] = []

    def register(self, field: str, widget: QWidget, error: QLabel) -> None:
        self._fields[field] = (widget, error)
        if isinstance(widget, ScoreSpinBox | DateField) and not widget.property("refusals_shown"):
            # Input refused as it is typed (a rating off its scale, text that is not a date) shows by the field.
            widget.setProperty("refusals_shown", True)
            if isinstance(widget, ScoreSpinBox):
                widget.says_refusals_itself = False
            widget.refused.connect(lambda message, e=error: self._refused(e, message))

    @staticmethod
    def _refused(error: QLabel, message: str) -> None:
        if message:
            error.setText(message)
            error.setVisible(True)
        elif error.property("refusal") == error.text():  # a validation message stays until the next check
            error.clear()
            error.setVisible(False)
        error.setProperty("refusal", message)

    def input_problems(self) -> list[FieldProblem]:
        """What typed input in the registered fields cannot be taken (a date field's unreadable text): checked
        before a save, which would otherwise store the last date that could be read."""
        return [FieldProblem(field, widget.problem()) for field, (widget, _e) in self._fields.items()
                if isinstance(widget, DateField) and widget.problem()]

    def unregister_prefix(self, prefix: str) -> None:
        for key in [k for k in self._fields if k.startswith(prefix)]:
            del self._fields[key]

    def clear(self) -> None:
        for widget, error in self._fields.values():
            if error.text() or not error.isHidden():  # most never showed anything: left as they are
                error.clear()
                error.setVisible(False)
            set_invalid(widget, False)
        self._fallback.clear()
        self._fallback.setVisible(False)
        self._shown = []

    def show(self, problems: Iterable[FieldProblem]) -> QWidget | None:
        """Show every problem; those without a known field go to the fallback label.

        Returns the first widget with a problem, to move the focus there.
        """
        self.clear()
        by_label: dict[int, list[str]] = {}
        labels: dict[int, tuple[QWidget, QLabel]] = {}
        unplaced: list[str] = []
        first: QWidget | None = None
        for problem in problems:
            entry = self._fields.get(problem.field)
            if entry is None:
                unplaced.append(problem_text(problem))
                continue
            widget, error = entry
            set_invalid(widget, True)
            by_label.setdefault(id(error), []).append(problem_text(problem))
            labels[id(error)] = entry
            self._shown.append(problem.field)
            if first is None:
                first = widget
        for key, messages in by_label.items():
            error = labels[key][1]
            error.setText("\n".join(dict.fromkeys(messages)))
            error.setVisible(True)
        if unplaced:
            self._fallback.setText("\n".join(dict.fromkeys(unplaced)))
            self._fallback.setVisible(True)
        return first

    def shown_fields(self) -> list[str]:
        return list(self._shown)

    def message_for(self, field: str) -> str:
        """The text shown next to a field ('' if none)."""
        entry = self._fields.get(field)
        return entry[1].text() if entry and not entry[1].isHidden() else ""

    def label_for(self, field: str) -> QLabel | None:
        entry = self._fields.get(field)
        return entry[1] if entry else None
