"""Client mode while the client holds the computer: saves every answer as it is given, and turns every escape
attempt into a lock of the whole vault.

Escape attempts: closing the client window (Alt+F4, the window manager), another window or application taking the
focus; idle time and the OS lock are the controller's own watchers (its idle time is shortened in client mode).
The guard only announces ``escape(reason)``; the
controller locks (``AppController.lock``), which first lets the guard save what is still in flight (``flush``), so
answers already given are kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from alliance.core.handover import Handover, HandoverEnd, InstrumentState
from alliance.services import handover as handover_service
from alliance.services.handover import ClientForm, ResultSeries
from alliance.ui.client_mode.client_window import ClientWindow
from alliance.ui.operations.access import VaultAccess

if TYPE_CHECKING:
    from alliance.store.vault import Vault

CLIENT_IDLE_S = 5 * 60.0  # no input for this long while the client holds the computer: lock (at most)
FOCUS_CHECK_MS = 150  # a deactivation is judged after this, once Qt has settled which window is active


class ClientModeGuard(QObject):
    """Owns the client window of one hand-over. ``escape(reason)`` asks for the lock; ``handed_back()`` too, after
    the hand-over was marked finished."""

    escape = Signal(str)
    handed_back = Signal()
    saved = Signal(str, str)  # (instrument, item or "") once an answer or a questionnaire's end is in the vault
    save_failed = Signal(str)

    def __init__(self, access: VaultAccess, handover: Handover, forms: list[ClientForm], *,
                 results: tuple[ResultSeries, ...] | None = None, larger: bool = False, contrast: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.handover = handover
        self.window = ClientWindow(forms, results=results, larger=larger, contrast=contrast)
        self.ended: HandoverEnd | None = None
        self.window.answered.connect(self._answered)
        self.window.instrument_ended.connect(self._instrument_ended)
        self.window.handed_back.connect(self._hand_back)
        self.window.close_attempted.connect(lambda: self.escape.emit("closed"))
        self.window.installEventFilter(self)
        self._focus_check = QTimer(self)
        self._focus_check.setSingleShot(True)
        self._focus_check.setInterval(FOCUS_CHECK_MS)
        self._focus_check.timeout.connect(self._check_focus)
        self._armed = False  # focus is watched once the client window has been active (a slow window manager
        # may take a moment to give it the focus at first)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusWindowChanged.connect(self._focus_changed)

    def start(self) -> None:
        screen = self.window.screen() or QApplication.primaryScreen()
        if screen is not None:
            self.window.setGeometry(screen.geometry())  # also where no window manager honours full screen
        self.window.showFullScreen()
        self.window.raise_()
        self.window.activateWindow()
        self.window.button_of(self.window.welcome).setFocus()

    # --- saving -------------------------------------------------------------------------------------

    def _answered(self, instrument: str, item: str, value: object, skipped: bool) -> None:
        hid = self.handover.id
        answers = {} if skipped else {item: value if isinstance(value, int) else None}
        self.access.op(lambda vault: handover_service.record_answers(
            vault, hid, instrument, answers, [item] if skipped else []),
            lambda _r: self.saved.emit(instrument, item), self._failed, owner=self)

    def _instrument_ended(self, instrument: str, state: object) -> None:
        hid = self.handover.id
        assert isinstance(state, InstrumentState)
        answers, skipped = self._answers_of(instrument)
        self.access.op(lambda vault: handover_service.record_answers(vault, hid, instrument, answers, skipped,
                                                                     state=state),
                       lambda _r: self.saved.emit(instrument, ""), self._failed, owner=self)

    def _answers_of(self, instrument: str) -> tuple[dict[str, int | None], list[str]]:
        answers: dict[str, int | None] = {}
        skipped: list[str] = []
        for (k, item), value in self.window.answers.items():
            if k == instrument:
                if value is None:
                    skipped.append(item)
                else:
                    answers[item] = value
        return answers, skipped

    def _failed(self, exc: BaseException) -> None:
        self.save_failed.emit(type(exc).__name__)

    def flush(self, ended: HandoverEnd) -> None:
        """Queue one last write of every answer given and how the hand-over ended (the controller waits for it
        before it closes the vault). Idempotent: answers already saved are written unchanged."""
        if self.ended is not None:
            return
        self.ended = ended
        hid = self.handover.id
        per = {k for k, _ in self.window.answers}
        batches = [(k, *self._answers_of(k)) for k in sorted(per)]
        states = dict(self.window.states)

        def write(vault: Vault) -> None:
            for k, answers, skipped in batches:
                handover_service.record_answers(vault, hid, k, answers, skipped, state=states.get(k))
            handover_service.end_handover(vault, hid, ended)

        self.access.op(write, None, self._failed)

    def _hand_back(self) -> None:
        self.flush(HandoverEnd.FINISHED)
        self.handed_back.emit()

    # --- escape attempts ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window and kind == QEvent.Type.WindowActivate:
            self._armed = True
        elif watched is self.window and kind == QEvent.Type.WindowDeactivate:
            self._focus_check.start()
        return False

    def _focus_changed(self, _window: object) -> None:
        self._focus_check.start()

    def _check_focus(self) -> None:
        if self.ended is not None or not self._armed or not self.window.isVisible():
            return
        active = QApplication.activeWindow()
        if active is not self.window:
            self.escape.emit("focus")

    def close(self) -> None:
        """Close the client window for good (after the lock)."""
        self._focus_check.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusWindowChanged.disconnect(self._focus_changed)
        self.window.closing_allowed = True
        self.window.close()
        self.window.deleteLater()
