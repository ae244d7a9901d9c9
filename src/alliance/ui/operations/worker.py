"""The one way the GUI runs service calls: on a single worker thread, in order, answers back on the UI thread.

Reads are *queries*: ``worker.query(work, done)``; a query given a ``latest`` key is dropped when a newer one
with the same key arrives before it has started, and its answer is ignored if a newer one was asked for, so a
slow old answer never overwrites a newer one. Writes are *operations*: ``worker.op(work, done, change=...)``
also announces what changed (``changed`` signal, after ``done``), so each view refreshes when, and only when,
a change concerns it. Long work with progress and cancel is a *task* (``worker.task``), whose work gets the
``Job`` to report progress and to check for cancellation.

One thread keeps the vault's work in the order it was asked for (a save is never overtaken by the refresh it
causes) and keeps every database call off the UI thread. A job's owner (a widget) may go away while it runs:
its callbacks are then skipped. ``discard_pending`` drops what has not started and ignores the answer of what
is running, for a lock: the vault is closed by the next job, after the running one.

Results cross threads as job numbers in a signal; the objects stay in a dict, so no Python object rides in a
queued Qt event.
"""

from __future__ import annotations

import queue
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from alliance.ui.operations.changes import Change
from alliance.ui.operations.garbage import collect_on_the_ui_thread

T = TypeVar("T")
THREAD_NAME = "alliance-worker"
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Cancelled(Exception):
    """Raised inside a task's work when the person cancelled it (``Job.check``)."""


@dataclass(eq=False)
class Job(Generic[T]):
    """One piece of work. ``cancel()`` asks a task to stop; ``report(done, total)`` is for the work itself."""

    number: int
    work: Callable[[], T]
    done: Done | None
    failed: Failed | None
    owner: QObject | None
    latest: str | None
    change: Change | Callable[[Any], Change | None] | None
    progress: Callable[[int, int], None] | None
    epoch: int
    cancelled: bool = False  # asked to stop (a task's Cancel); its failure or answer is still delivered
    superseded: bool = False  # a newer query of the same ``latest`` key came: nothing is delivered
    started: bool = False
    outcome: tuple[object, BaseException | None] | None = None
    _worker: Worker | None = field(default=None, repr=False)

    def cancel(self) -> None:
        """Ask the work to stop at its next ``check`` (it is skipped if it has not started)."""
        self.cancelled = True

    def check(self) -> None:
        """For the work: raise Cancelled when the job was cancelled."""
        if self.cancelled:
            raise Cancelled()

    def report(self, done: int, total: int) -> None:
        """For the work: progress so far (shown on the UI thread, if the job has a progress callback)."""
        if self._worker is not None and self.progress is not None:
            self._worker._progressed.emit(self.number, done, total)


class Worker(QObject):
    """Runs service calls on one background thread. ``changed(change)`` follows every successful operation;
    ``unhandled(exception)`` carries a failure whose job gave no ``failed`` callback."""

    changed = Signal(object)
    unhandled = Signal(object)
    _finished = Signal(int)  # a job's number; emitted on the worker thread, delivered on the UI thread
    _progressed = Signal(int, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[Job[Any] | None] = queue.SimpleQueue()
        self._jobs: dict[int, Job[Any]] = {}
        self._latest: dict[str, int] = {}
        self._guard = threading.Lock()
        self._number = 0
        self._epoch = 0
        self._thread: threading.Thread | None = None
        self._idle = threading.Condition(self._guard)
        self._finished.connect(self._deliver)
        self._progressed.connect(self._show_progress)
        collect_on_the_ui_thread()  # no widget may be collected on the worker thread

    # --- asking --------------------------------------------------------------------------------

    def query(self, work: Callable[[], T], done: Callable[[T], None] | None, failed: Failed | None = None, *,
              owner: QObject | None = None, latest: str | None = None) -> Job[T]:
        """Read: run ``work`` on the worker thread, then ``done(result)`` on the UI thread."""
        return self._submit(work, done, failed, owner, latest, None, None)

    def op(self, work: Callable[[], T], done: Callable[[T], None] | None = None, failed: Failed | None = None, *,
           change: Change | Callable[[T], Change | None] | None = None, owner: QObject | None = None) -> Job[T]:
        """Write: as ``query``; ``change`` (or ``change(result)``) is announced on ``changed`` just before ``done``."""
        return self._submit(work, done, failed, owner, None, change, None)

    def task(self, work: Callable[[Job[T]], T], done: Callable[[T], None] | None, failed: Failed | None = None, *,
             progress: Callable[[int, int], None] | None = None, owner: QObject | None = None,
             change: Change | Callable[[T], Change | None] | None = None) -> Job[T]:
        """Long work that reports progress and may be cancelled: ``work(job)``."""
        holder: list[Job[T]] = []
        job = self._submit(lambda: work(holder[0]), done, failed, owner, None, change, progress)
        holder.append(job)
        return job

    def _submit(self, work: Callable[[], T], done: Done | None, failed: Failed | None, owner: QObject | None,
                latest: str | None, change: Any, progress: Callable[[int, int], None] | None) -> Job[T]:
        with self._guard:
            self._number += 1
            job: Job[T] = Job(self._number, work, done, failed, owner, latest, change, progress, self._epoch,
                              _worker=self)
            if latest is not None:
                older = self._jobs.get(self._latest.get(latest, -1))
                if older is not None:
                    older.superseded = True  # not started: skipped; running: its answer is ignored
                self._latest[latest] = job.number
            self._jobs[job.number] = job
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
                self._thread.start()
        self._queue.put(job)
        return job

    # --- the worker thread ---------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            number = self._run_one(job)
            # The job (its work may hold widgets) must be freed on the UI thread, where it is delivered: a
            # widget destroyed here, on the wrong thread, is a crash waiting to happen.
            del job
            self._finished.emit(number)

    def _run_one(self, job: Job[Any]) -> int:
        with self._guard:
            skip = job.cancelled or job.superseded or job.epoch != self._epoch
            job.started = not skip
        if skip:
            job.outcome = (None, Cancelled())
        else:
            try:
                job.outcome = (job.work(), None)
            except BaseException as exc:  # handed to the UI thread, which shows it; never swallowed
                exc.__traceback__ = None  # its frames would keep the work's objects alive on this thread
                job.outcome = (None, exc)
        with self._guard:
            self._idle.notify_all()
        return job.number

    # --- back on the UI thread -----------------------------------------------------------------

    def _deliver(self, number: int) -> None:
        with self._guard:
            job = self._jobs.pop(number, None)
            if job is not None and job.latest is not None and self._latest.get(job.latest) == number:
                del self._latest[job.latest]
            stale = job is None or job.superseded or job.epoch != self._epoch
        if job is None or job.outcome is None or stale:
            return
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return
        result, error = job.outcome
        if error is not None:
            if isinstance(error, Cancelled) and job.failed is None:
                return
            if job.failed is not None:
                job.failed(error)
            else:
                self.unhandled.emit(error)
            return
        # The change first: the views concerned queue their reads at once, and the worker reads while ``done``
        # (a dialog closing, a message shown) runs here.
        change = job.change(result) if callable(job.change) else job.change
        if change is not None:
            self.changed.emit(change)
        if job.done is not None:
            job.done(result)

    def _show_progress(self, number: int, done: int, total: int) -> None:
        job = self._jobs.get(number)
        if job is None or job.progress is None or job.cancelled or job.superseded:
            return
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return
        job.progress(done, total)

    # --- state ---------------------------------------------------------------------------------

    @property
    def idle(self) -> bool:
        """No job queued, running, or waiting to be delivered."""
        with self._guard:
            return not self._jobs

    def discard_pending(self) -> None:
        """Drop every job not started yet and ignore the answer of the one running (on lock)."""
        with self._guard:
            self._epoch += 1
            self._latest.clear()

    def wait_for_running(self, timeout_s: float) -> bool:
        """Block until no job of the worker thread is still running (queued ones of an old epoch are skipped);
        False on timeout. For shutdown, which must not leave the vault half-written."""
        deadline = time.monotonic() + timeout_s
        with self._guard:
            while any(j.outcome is None and (j.started or (j.epoch == self._epoch and not j.superseded))
                      for j in self._jobs.values()):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(min(left, 0.05))
        return True

    def stop(self) -> None:
        """End the worker thread after the jobs already queued."""
        with self._guard:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            if thread is not threading.current_thread():
                thread.join(timeout=30)
            if thread.is_alive():  # pragma: no cover - a job hangs; the process ends without it
                print("alliance: a background job did not finish", file=sys.stderr)
