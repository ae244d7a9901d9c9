"""Load the heavy modules after the first window has painted, while the passphrase is typed.

The unlock (or welcome) window needs only Qt and a few small modules; SQLAlchemy, Alembic, numpy and
the services behind the main window take most of a second to import. ``after_first_paint`` starts a
worker thread that imports them once the window is on screen. Qt widget modules (the main window,
pyqtgraph) are imported on the UI thread only, by ``import_ui_soon``, once the worker is done: it is
called when the key derivation starts, so their import (and building the main window, still empty)
overlaps it.

Anything that needs a heavy module before then calls ``wait()`` first, so no module is ever imported
by two threads at once (Python resolves such races with half-initialised modules).
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# Imported off the UI thread: no Qt widgets in here.
BACKGROUND = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "alliance.store.vault",
    "alembic.command",
    "alembic.runtime.environment",
    "alembic.runtime.migration",
    "alliance.services.vault_access",
    "alliance.services.clients",
    "alliance.services.sessions",
    "alliance.services.ruptures",
    "alliance.services.insights",
    "alliance.services.backups",
    "numpy",
)
# Imported on the UI thread once BACKGROUND is loaded.
UI_THREAD = (
    "alliance.ui.main_window",
    "pyqtgraph",
    "alliance.ui.timeline_chart",
)

_guard = threading.Lock()
_worker: threading.Thread | None = None
_ui_done = False


def _import_all(names: tuple[str, ...]) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError:  # pragma: no cover - an optional piece missing is found again where it is used
            continue


def start() -> None:
    """Start importing BACKGROUND on a worker thread (once per process)."""
    global _worker
    with _guard:
        if _worker is not None:
            return
        # Not a daemon: quitting in the first second waits for the imports instead of tearing the
        # interpreter down under a thread that is half-way through initialising an extension module.
        _worker = threading.Thread(target=_import_all, args=(BACKGROUND,), name="alliance-warmup")
        _worker.start()


def wait() -> None:
    """Block until the background imports are done (returns at once when they never started)."""
    with _guard:
        worker = _worker
    if worker is not None and worker is not threading.current_thread():
        worker.join()


def import_ui_soon(context: QObject, then: Callable[[], object] | None = None) -> None:
    """Start the background imports if needed; once they are done, import the UI modules on this (the UI)
    thread, one per turn of the event loop, then call ``then``. Returns at once; nothing more happens
    once ``context`` is deleted."""
    start()
    QTimer.singleShot(0, context, lambda: _import_ui_when_ready(context, then))


def _import_ui_when_ready(context: QObject, then: Callable[[], object] | None) -> None:
    with _guard:
        worker = _worker
    if worker is not None and worker.is_alive():  # keep the window responsive meanwhile
        QTimer.singleShot(20, context, lambda: _import_ui_when_ready(context, then))
        return
    _import_ui_step(context, list(UI_THREAD) if not _ui_done else [], then)


def _import_ui_step(context: QObject, left: list[str], then: Callable[[], object] | None) -> None:
    global _ui_done
    if left:
        _import_all((left.pop(0),))
        QTimer.singleShot(0, context, lambda: _import_ui_step(context, left, then))
        return
    _ui_done = True
    if then is not None:
        then()


class _FirstPaint(QObject):
    """Starts the background imports after the first paint of the widget it watches."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, start)  # after this paint has reached the screen
            self.deleteLater()
        return False


def after_first_paint(window: QWidget) -> None:
    """Start the background imports once ``window`` has painted."""
    with _guard:
        if _worker is not None:
            return
    window.installEventFilter(_FirstPaint(window))
