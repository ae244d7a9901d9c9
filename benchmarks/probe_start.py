"""Start-up probe, run as a fresh process:
``python -m benchmarks.probe_start app|gui|bare VAULT_FOLDER SPAWNED [MODULE:FUNCTION]``.

``app`` and ``gui`` call the entry point the ``alliance`` and ``alliance-gui`` commands run (MODULE:FUNCTION,
read from pyproject.toml by the parent) with ``--vault VAULT_FOLDER``, which shows the unlock window for an
existing vault; ``bare`` shows an empty QMainWindow (the floor).
At the first paint event of a top-level window the probe notes the time since SPAWNED (the parent's
``time.monotonic()`` just before it started this process: CLOCK_MONOTONIC is shared by all processes, so
interpreter start-up counts), which heavy modules were loaded by then and whether PySide6's ``Qt``
namespace was built, quits, and prints it as JSON.
"""

from __future__ import annotations

import json
import sys
import time

HEAVY = ("sqlalchemy", "alembic", "numpy", "pyqtgraph")


def main(argv: list[str]) -> int:
    mode, folder, spawned = argv[0], argv[1], float(argv[2])
    target = argv[3] if len(argv) > 3 else ""
    from PySide6 import QtWidgets
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow, QWidget

    report: dict[str, object] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not report and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.isWindow():
                report.update(mode=mode, window=type(obj).__name__, seconds=time.monotonic() - spawned,
                              heavy=[m for m in HEAVY if m in sys.modules],
                              qt_namespace="Qt" in vars(sys.modules["PySide6.QtCore"]))
                QTimer.singleShot(0, QCoreApplication.quit)
            return False

    first_paint = FirstPaint()
    # The filter goes on each window as it is shown, not on the whole application: an app-wide Python
    # filter is called for every event of every object and makes PySide6 wrap each receiver, e.g. the
    # style sheet's QStyle (building that type and its enums, ~10 ms) that the app itself never touches.
    real_show = QtWidgets.QWidget.show

    def show(widget: QWidget) -> None:
        if widget.isWindow():
            widget.installEventFilter(first_paint)
        real_show(widget)

    QtWidgets.QWidget.show = show  # type: ignore[method-assign]
    if mode == "bare":
        app = QtWidgets.QApplication([sys.argv[0]])
        window = QMainWindow()
        window.setWindowTitle("floor")
        window.resize(520, 400)
        window.show()
        app.exec()
    else:  # the alliance / alliance-gui command: its entry point from pyproject.toml
        import importlib

        module, function = target.split(":")
        getattr(importlib.import_module(module), function)(["--vault", folder])
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
