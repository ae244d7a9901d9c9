"""Run slow work (key derivation, demo generation) on a worker thread and report back on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class Task(QThread):
    """One call on a worker thread. ``succeeded(result)`` or ``failed(exception)`` is emitted once.

    Signals of a QThread object live in the thread that created it (the UI thread), so connected
    slots run there; the callable itself runs in ``run``.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # reported to the UI thread, which shows it; never swallowed
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


def start_task(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    parent: QObject | None = None,
) -> Task:
    """Start ``work`` on a worker thread; the callbacks run on the UI thread."""
    task = Task(work, parent)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    task.finished.connect(task.deleteLater)
    task.start()
    return task
