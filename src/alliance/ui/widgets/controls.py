"""Small reusable widgets: number entry that takes typed digits, collapsible sections, checklists, labels."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QIcon, QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QLayoutItem,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from alliance.i18n import translated
from alliance.ui.widgets.labels import error_label, label, make_selectable

__all__ = [
    "Checklist",
    "CollapsibleSection",
    "FlowLayout",
    "ScoreSpinBox",
    "card",
    "error_label",
    "guard_wheel",
    "label",
    "make_selectable",
    "set_invalid",
]

NOT_SET = -1


def _tr(text: str) -> str:
    return translated(text)


class ScoreSpinBox(QSpinBox):
    """A whole-number entry that may be left blank ("–"), typed into directly, and selects itself on focus.

    Blank is one below the minimum and shown as a dash, so an untouched rating is never mistaken
    for a real score. Typing a digit replaces the selection, so "7 Tab" rates a component.

    A digit that would make the number fall outside the scale ("11" on 0–10, "0" on 1–5) is refused out
    loud: ``refused(message)`` (shown beside the field where the form has a place for it, else as a tooltip),
    the field turns red and its number is selected, so the next digit replaces it. QSpinBox alone drops
    the key silently and leaves "1", which reads as a rating of 1. ``refused("")`` once a key is taken.
    """

    refused = Signal(str)

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None, *, blank: bool = True) -> None:
        super().__init__(parent)
        self._blank = blank
        self._refusal = ""
        self.says_refusals_itself = True  # False where a form shows ``refused`` messages by the field
        self.setRange(minimum - 1 if blank else minimum, maximum)
        if blank:
            self.setSpecialValueText("–")
            self.setValue(minimum - 1)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(72)
        self.setMaximumWidth(96)
        self.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)
        guard_wheel(self)

    def score(self) -> int | None:
        """The entered number, or None when blank."""
        if self._blank and self.value() == self.minimum():
            return None
        return self.value()

    def set_score(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()

    def lowest(self) -> int:
        """The lowest score on the scale (the blank dash sits one below it)."""
        return self.minimum() + 1 if self._blank else self.minimum()

    def refusal(self) -> str:
        """The message for the last key refused, until a key is taken ('' when none)."""
        return self._refusal

    def _after(self, typed: str) -> str:
        edit = self.lineEdit()
        text = edit.text()
        if edit.hasSelectedText():
            start = edit.selectionStart()
            return text[:start] + typed + text[start + len(edit.selectedText()):]
        at = edit.cursorPosition()
        return text[:at] + typed + text[at:]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        if typed.isdigit():
            # A digit typed over the blank dash replaces it, wherever the cursor happens to be.
            if self.score() is None:
                self.lineEdit().selectAll()
            attempt = self._after(typed).strip()
            if attempt.isdigit() and not self.lowest() <= int(attempt) <= self.maximum():
                self._refuse(int(attempt))
                event.accept()
                return
        if typed and self._refusal:
            self._set_refusal("")
        super().keyPressEvent(event)

    def _refuse(self, attempt: int) -> None:
        message = _tr("{n} is not on this scale: type a number from {low} to {high}.").format(
            n=attempt, low=self.lowest(), high=self.maximum())
        self._set_refusal(message)
        self.lineEdit().selectAll()
        if self.says_refusals_itself:
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)

    def _set_refusal(self, message: str) -> None:
        self._refusal = message
        set_invalid(self, bool(message))
        self.refused.emit(message)


class _WheelGuard(QObject):
    """Lets the wheel scroll the form instead of changing a field the pointer merely passes over."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


def guard_wheel(*widgets: QWidget) -> None:
    """Only a focused spin box, combo box or date field reacts to the mouse wheel."""
    for widget in widgets:
        guard = _WheelGuard(widget)
        widget.installEventFilter(guard)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class CollapsibleSection(QWidget):
    """A titled section whose body opens and closes with its header button (Space or click). Opened, it is
    scrolled into view in the scroll area that holds it (the body appears below the fold otherwise)."""

    toggled = Signal(bool)

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None, *, expanded: bool = False) -> None:
        super().__init__(parent)
        self.header = QToolButton(self)
        self.header.setText(title)
        self.header.setCheckable(True)
        self.header.setProperty("role", "section")
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.header.setAccessibleName(title)
        self.body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(body)
        self.header.toggled.connect(self._on_toggled)
        self.set_expanded(expanded)

    def set_expanded(self, expanded: bool) -> None:
        self.header.setChecked(expanded)
        self._on_toggled(expanded)

    def is_expanded(self) -> bool:
        return self.header.isChecked()

    def _on_toggled(self, expanded: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        self.toggled.emit(expanded)
        if expanded and self.isVisible():
            QTimer.singleShot(0, self.scroll_into_view)  # once the layout has made room for the body

    def scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def scroll_into_view(self) -> None:
        """Scroll the enclosing scroll area so the whole section shows (its header first if it is taller)."""
        area = self.scroll_area()
        content = area.widget() if area is not None else None
        if area is None or content is None:
            return
        layout = content.layout()
        if layout is not None:
            layout.activate()
        top = self.mapTo(content, QPoint(0, 0)).y()
        bar = area.verticalScrollBar()
        viewport = area.viewport().height()
        if top + self.height() > bar.value() + viewport:  # the end is below the fold: bring it up
            bar.setValue(top + self.height() - viewport)
        if top < bar.value():  # never past the header
            bar.setValue(top)


class Checklist(QListWidget):
    """Pick any number of terms (key, label). Space toggles the current item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setUniformItemSizes(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_terms(self, terms: Iterable[tuple[str, str]], checked: Iterable[str] = ()) -> None:
        keep = set(checked) | set(self.checked_keys())
        self.clear()
        for key, text in terms:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in keep else Qt.CheckState.Unchecked)
        self._fit_height()
        if self.count():
            self.setCurrentRow(0)

    def _fit_height(self) -> None:
        # Every term visible without scrolling: the lists are short, and a hidden term gets missed.
        self.ensurePolished()
        hint = self.sizeHintForRow(0)
        row = hint if hint > 0 else self.fontMetrics().height() + 2
        self.setFixedHeight(max(self.count(), 1) * row + 2 * self.frameWidth() + 2)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_height()
        super().showEvent(event)

    def checked_keys(self) -> tuple[str, ...]:
        keys = []
        for i in range(self.count()):
            item = self.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(keys)

    def set_checked(self, keys: Sequence[str]) -> None:
        wanted = set(keys)
        for i in range(self.count()):
            item = self.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    return frame


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field red (or not) through the style sheet's [invalid="true"] rule."""
    if bool(widget.property("invalid")) == invalid:  # unset counts as valid: a repolish is costly
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps to a new line when the width runs out (a legend, chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._height = -1  # of the lines as last laid out
        self._height_for: tuple[int, int] | None = None  # (width, height) until the items change
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Asked many times in one layout pass (by every layout above it): worked out once per width.
        if self._height_for is None or self._height_for[0] != width:
            self._height_for = (width, self._arrange(QRect(0, 0, width, 0), move=False))
        return self._height_for[1]

    def invalidate(self) -> None:
        self._height_for = None  # an item shown, hidden or resized: Qt invalidates the layout
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        if height != self._height:
            # One line more or fewer (a larger font, a narrower window): say so after this pass, or the lines
            # are laid over what is above them.
            self._height = height
            QTimer.singleShot(0, self, self._ask_again)

    def _ask_again(self) -> None:
        # The widget holding the lines takes as its minimum height what its layout needs at its width: the
        # layouts above it (a stack, a splitter) do not ask widgets for a height for their width.
        holder = self.parentWidget()
        layout = holder.layout() if holder is not None else None
        if holder is not None and layout is not None and holder.width() > 0:
            holder.setMinimumHeight(layout.totalMinimumHeightForWidth(holder.width()))

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        size += QSize(m.left() + m.right(), m.top() + m.bottom())
        # As tall as the lines need at the width last given, so nothing is laid over the rows.
        width = self.geometry().width()
        return size.expandedTo(QSize(size.width(), self.heightForWidth(width))) if width > 0 else size

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self._gap // 2, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


def save_buttons(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    """Save and Cancel for a dialog that saves: Save, Enter on it and Ctrl+S call ``save`` (which closes the dialog
    once the vault took it); Cancel closes it. While the buttons are disabled (reading, saving) Ctrl+S does nothing."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    for button in buttons.buttons():
        button.setIcon(QIcon())  # plain, as everywhere in the app
    QShortcut(QKeySequence(QKeySequence.StandardKey.Save), dialog, lambda: save() if buttons.isEnabled() else None)
    return buttons


class WrappingBox(QWidget):
    """A box whose children wrap (a legend's lines, a summary's words): as tall as they need at its width.

    A vertical layout holding such children places them at their height for the width, but the box's own
    minimum size hint leaves it out, so a stack or a splitter above it would give the box less and its layout
    would lay one child over the next. The box reports what its layout needs at its current width instead, and
    asks again when its width changes."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or self.width() <= 0 or not layout.hasHeightForWidth():
            return hint
        return QSize(hint.width(), max(hint.height(), layout.totalHeightForWidth(self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()
