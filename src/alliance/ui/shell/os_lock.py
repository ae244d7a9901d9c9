"""Lock when the operating system locks the screen or goes to sleep, where it tells us.

Qt itself has no "screen locked" or "suspending" signal. ``QGuiApplication.applicationStateChanged``
only says that another window got the focus, which is not a lock, so it is not used. What is used:

- Linux (D-Bus, when a bus is reachable): logind's ``PrepareForSleep(true)`` (suspend, hibernate),
  logind's session ``Lock`` signal (``loginctl lock-session``, most desktop lock screens), and the
  freedesktop / GNOME ``ScreenSaver.ActiveChanged(true)`` signal (screen locker or saver started).
- Windows: ``WM_POWERBROADCAST``/``PBT_APMSUSPEND`` (suspend) and ``WM_WTSSESSION_CHANGE``/
  ``WTS_SESSION_LOCK`` (Win+L), after registering the main window for session notifications.
- macOS and the offscreen platform: nothing reports it; the idle lock still applies.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from typing import Any

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot

_WM_POWERBROADCAST = 0x0218
_PBT_APMSUSPEND = 0x0004
_WM_WTSSESSION_CHANGE = 0x02B1
_WTS_SESSION_LOCK = 0x7


def _slot(signature: str) -> Any:
    # The type stubs ask for bytes, but PySide6 wants the str that SLOT() returns.
    return SLOT(signature)


class SystemLockMonitor(QObject):
    """Emits ``lock_requested(reason)`` when the system is about to sleep or the screen locks."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        self._native: _WindowsFilter | None = None

    def start(self) -> list[str]:
        """Connect to whatever the platform offers; returns the names of the sources connected."""
        if sys.platform.startswith("linux"):
            self._start_dbus()
        elif sys.platform == "win32":  # pragma: no cover - Windows only
            self._native = _WindowsFilter(self)
            app = QCoreApplication.instance()
            if app is not None:
                app.installNativeEventFilter(self._native)
                self.sources.append("windows-messages")
        return self.sources

    def watch_window(self, win_id: int) -> None:
        """Windows: ask for session lock messages for this top-level window (no-op elsewhere)."""
        if sys.platform == "win32":  # pragma: no cover - Windows only
            with contextlib.suppress(AttributeError, OSError):
                ctypes.windll.wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(win_id), 0)  # type: ignore[attr-defined]

    def _start_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus missing from the Qt build
            return
        system = QDBusConnection.systemBus()
        if system.isConnected():
            # Any sender, as below: a spoofed signal can only lock the vault, never open it.
            if system.connect("", "/org/freedesktop/login1",
                              "org.freedesktop.login1.Manager", "PrepareForSleep", self,
                              _slot("on_prepare_for_sleep(bool)")):
                self.sources.append("logind-sleep")
            if system.connect("", "", "org.freedesktop.login1.Session", "Lock", self, _slot("on_session_lock()")):
                self.sources.append("logind-lock")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            # Any sender: the screen locker may emit from its unique bus name.
            for iface, path in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")):
                if session.connect("", path, iface, "ActiveChanged", self, _slot("on_screensaver(bool)")):
                    self.sources.append(iface)

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.lock_requested.emit("suspend")

    @Slot()
    def on_session_lock(self) -> None:
        self.lock_requested.emit("screen lock")

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen lock")


class _WindowsFilter(QAbstractNativeEventFilter):  # pragma: no cover - Windows only
    def __init__(self, monitor: SystemLockMonitor) -> None:
        super().__init__()
        self._monitor = monitor

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        if bytes(event_type) != b"windows_generic_MSG":
            return False, 0
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(int(message))
        if msg.message == _WM_POWERBROADCAST and msg.wParam == _PBT_APMSUSPEND:
            self._monitor.lock_requested.emit("suspend")
        elif msg.message == _WM_WTSSESSION_CHANGE and msg.wParam == _WTS_SESSION_LOCK:
            self._monitor.lock_requested.emit("screen lock")
        return False, 0
