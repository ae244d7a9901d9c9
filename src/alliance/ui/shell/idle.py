"""Lock the vault after a period without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from alliance.ui.shell.clock import Clock, MonotonicClock

_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once when no input has arrived for ``timeout_s`` seconds while armed.

    Activity is seen through an application-wide event filter. Time comes from an injectable
    clock, and ``check()`` is public, so tests can move the clock and check without waiting.
    """

    idle = Signal()

    def __init__(
        self,
        timeout_s: float,
        clock: Clock | None = None,
        poll_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock or MonotonicClock()
        self._timeout_s = timeout_s
        self._last_activity = self._clock.now()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.check)

    @property
    def timeout_s(self) -> float:
        return self._timeout_s

    def set_timeout(self, seconds: float) -> None:
        self._timeout_s = seconds

    def arm(self) -> None:
        """Start watching (the vault is open)."""
        self._armed = True
        self.touch()
        self._timer.start()

    def disarm(self) -> None:
        """Stop watching (the vault is locked)."""
        self._armed = False
        self._timer.stop()

    @property
    def armed(self) -> bool:
        return self._armed

    def touch(self) -> None:
        """Record activity now."""
        self._last_activity = self._clock.now()

    def seconds_idle(self) -> float:
        return self._clock.now() - self._last_activity

    def check(self) -> None:
        """Emit ``idle`` (and disarm) if the idle time has run out."""
        if self._armed and self.seconds_idle() >= self._timeout_s:
            self.disarm()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _ACTIVITY_EVENTS:
            self._last_activity = self._clock.now()
        return False
