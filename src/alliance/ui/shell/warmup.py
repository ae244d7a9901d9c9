"""Load the heavy modules after the first window has painted, while the passphrase is typed.

The unlock (or welcome) window needs only Qt and a few small modules; SQLAlchemy, Alembic, numpy and the
services behind the main window take most of a second to import. ``start`` queues their import as the worker's
first job once the window is on screen, so everything the worker runs later (the key derivation, the vault's
reads) finds them loaded. Qt widget modules (the main window, pyqtgraph) are imported on the UI thread, one per
turn of the event loop, by ``import_ui_soon``, once the worker's imports are done: it is called when the key
derivation starts, so their import (and building the still empty main window) overlaps it.

Anything on the UI thread that needs a heavy module before then calls ``wait()`` first, so no module is ever
imported by two threads at once (Python resolves such races with half-initialised modules).
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from alliance.ui.operations.worker import THREAD_NAME, Worker

# Imported on the worker thread: no Qt widgets in here.
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
    "alliance.services.caseload",
    "alliance.services.client_page",
    "alliance.services.session_form",
    "alliance.services.backups",
    "numpy",
)
# Imported on the UI thread once BACKGROUND is loaded.
UI_THREAD = (
    "alliance.ui.shell.main_window",
    "pyqtgraph",
    "alliance.ui.client.timeline_chart",
)

_guard = threading.Lock()
_queued = False
_imported = threading.Event()
_ui_done = False


def _import_all(names: tuple[str, ...]) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError:  # pragma: no cover - an optional piece missing is found again where it is used
            continue


def _import_background() -> None:
    try:
        _import_all(BACKGROUND)
    finally:
        _imported.set()


def start(worker: Worker) -> None:
    """Queue the background imports as the worker's next job (once per process)."""
    global _queued
    with _guard:
        if _queued:
            return
        _queued = True
    worker.query(_import_background, None)


def wait() -> None:
    """Block until the background imports are done (at once when they were never queued)."""
    with _guard:
        queued = _queued
    if queued and threading.current_thread().name != THREAD_NAME:
        _imported.wait()


def import_ui_soon(worker: Worker, context: QObject, then: Callable[[], object] | None = None) -> None:
    """Queue the background imports if needed; once they are done, import the UI modules on this (the UI)
    thread, one per turn of the event loop, then call ``then``. Returns at once; nothing more happens once
    ``context`` is deleted."""
    start(worker)
    worker.query(lambda: None, lambda _none: _import_ui_step(context, list(UI_THREAD) if not _ui_done else [], then),
                 owner=context)


def _import_ui_step(context: QObject, left: list[str], then: Callable[[], object] | None) -> None:
    global _ui_done
    if left:
        _import_all((left.pop(0),))
        QTimer.singleShot(0, context, lambda: _import_ui_step(context, left, then))
        return
    _ui_done = True
    if then is not None:
        then()
