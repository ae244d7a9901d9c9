"""Python's cyclic garbage collection, on the UI thread only.

The collector runs on whichever thread happens to allocate when a threshold is crossed: on the worker thread it
would destroy widgets (a closed dialog in a reference cycle) on the wrong thread, which Qt answers with
"Timers cannot be started from another thread" and, at worst, a crash. So automatic collection is switched
off while a worker exists and a timer on the UI thread collects instead, as often as the thresholds would
have (after Anki's ``GarbageCollector``). Reference counting, which frees almost everything, is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_EVERY_MS = 500


class UiThreadCollector(QObject):
    """Collects cyclic garbage on the thread it lives on (the UI thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        """Collect the generations whose allocation count passed their threshold."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


_collector: list[UiThreadCollector] = []


def collect_on_the_ui_thread() -> None:
    """Switch automatic collection to the UI thread (once per process; needs a QCoreApplication)."""
    app = QCoreApplication.instance()
    if _collector or app is None:
        return
    _collector.append(UiThreadCollector(app))
