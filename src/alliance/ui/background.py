"""Worker-thread helpers for the dialogs: reads where only the newest answer matters, progress from a worker;
and the local time shown for a UTC timestamp, and counts of clients and sessions in words."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QThreadPool, Signal


class LatestOnly(QObject):
    """Runs reads on worker threads; a result arrives only if no newer read was asked for since.

    For previews and lists that refresh as the person changes a filter: a slow old answer never
    overwrites a newer one. ``wait()`` before the owner goes away, so no thread outlives its object.

    Reads run on a private QThreadPool. A finished read leaves its result in a dict and signals only its
    number, so no Python object rides in a queued Qt event and no QObject is made or deleted per read.
    """

    _finished = Signal(int)  # the read's generation; emitted on a worker thread, delivered on the UI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._results: dict[int, tuple[object, BaseException | None]] = {}
        self._lock = threading.Lock()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._finished.connect(self._deliver)  # this object lives on the UI thread: the call is queued there

    def run(self, work: Callable[[], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[BaseException], None]) -> None:
        self._generation += 1
        generation = self._generation
        self._callbacks = {generation: (on_success, on_failure)}  # older answers are not wanted
        finished, results, lock = self._finished, self._results, self._lock

        def job() -> None:
            try:
                outcome: tuple[object, BaseException | None] = (work(), None)
            except Exception as exc:  # handed to the UI thread, which shows it; never swallowed
                outcome = (None, exc)
            with lock:
                results[generation] = outcome
            finished.emit(generation)

        self._pool.start(job)

    def _deliver(self, generation: int) -> None:
        with self._lock:
            result, error = self._results.pop(generation, (None, None))
        callbacks = self._callbacks.pop(generation, None)
        if callbacks is None:
            return
        if error is not None:
            callbacks[1](error)
        else:
            callbacks[0](result)

    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def forget(self) -> None:
        """Drop the answers of every read still running (e.g. the inputs became invalid)."""
        self._generation += 1
        self._callbacks = {}

    def wait(self, ms: int = 30_000) -> None:
        self._pool.waitForDone(ms)


class ProgressRelay(QObject):
    """Carries (done, total) from a worker thread to the UI thread."""

    changed = Signal(int, int)


def local_time_text(when: dt.datetime, seconds: bool = False) -> str:
    """A UTC (or any aware) timestamp as the person's local date and time, in their locale's short format."""
    local = QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000)).toLocalTime()
    locale = QLocale()
    if seconds:
        fmt = locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
        if ":ss" not in fmt:
            fmt = fmt.replace(":mm", ":mm:ss", 1)
        return locale.toString(local, fmt)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Counts", text)


def clients_text(n: int | None) -> str:
    """'1 client', '12 clients' ('? clients' when unknown)."""
    return _tr("1 client") if n == 1 else _tr("{n} clients").format(n="?" if n is None else n)


def sessions_text(n: int | None) -> str:
    """'1 session', '348 sessions' ('? sessions' when unknown)."""
    return _tr("1 session") if n == 1 else _tr("{n} sessions").format(n="?" if n is None else n)
