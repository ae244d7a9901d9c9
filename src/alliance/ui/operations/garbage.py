"""Python's cyclic garbage collection, on the UI thread only, in small steps, the large ones while the app is quiet.

The collector runs on whichever thread happens to allocate when a threshold is crossed: on the worker thread it
would destroy widgets (a closed dialog in a reference cycle) on the wrong thread, which Qt answers with
"Timers cannot be started from another thread" and, at worst, a crash. So automatic collection is switched
off while a worker exists and a timer on the UI thread collects instead (after Anki's ``GarbageCollector``).
Reference counting, which frees almost everything, is untouched.

A collection holds the UI thread for as long as it takes to look at every object of the generations it collects:
the youngest generation a few milliseconds when it is collected often, the older ones (everything that lived
long: the main window, the chart, the modules) tens of milliseconds, which a user sees as a stutter. So the
youngest generation is collected every tick, when it passed its threshold; the older ones only once the app
has been quiet (little allocated) for a moment, or when they are far past their thresholds.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from contextlib import suppress

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_EVERY_MS = 100
QUIET_ALLOCATIONS = 300  # fewer new objects than this since the last tick: nothing much is happening
QUIET_TICKS = 5  # that long quiet (0.5 s) before the older generations are collected
OVERDUE = 20  # ... unless they are this many times past their threshold


class UiThreadCollector(QObject):
    """Collects cyclic garbage on the thread it lives on (the UI thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._quiet = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        """Collect the youngest generation when due; an older one when due and the app is quiet (or overdue)."""
        young, middle, old = gc.get_count()
        self._quiet = self._quiet + 1 if young < QUIET_ALLOCATIONS else 0
        for generation, count in ((2, old), (1, middle)):
            due = count > self._thresholds[generation]
            if due and (self._quiet >= QUIET_TICKS or count > OVERDUE * self._thresholds[generation]):
                gc.collect(generation)
                return
        if young > self._thresholds[0]:
            gc.collect(0)


_collector: list[UiThreadCollector] = []


def collect_on_the_ui_thread() -> None:
    """Switch automatic collection to the UI thread (once per process; needs a QCoreApplication)."""
    app = QCoreApplication.instance()
    if _collector or app is None:
        return
    _collector.append(UiThreadCollector(app))


def release_memory() -> None:
    """After a lock: collect every generation, so the objects that held clinical text are freed, then hand the
    free memory back to the system where the C library allows it (glibc's ``malloc_trim``), so what the
    closed database's page cache held is gone from the process rather than left in freed blocks."""
    gc.collect()
    if sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError):  # not glibc (musl has no malloc_trim): nothing to trim
            ctypes.CDLL(None).malloc_trim(0)
