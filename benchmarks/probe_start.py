"""Start-up probe, run as a fresh process: ``python -m benchmarks.probe_start app|bare VAULT_FOLDER SPAWNED``.

``app`` starts Alliance the way the ``alliance`` command does (``alliance.cli.main`` with ``--vault``),
which shows the unlock window for an existing vault; ``gui`` the way ``alliance-gui`` does
(``alliance.ui.app.main``); ``bare`` shows an empty QMainWindow (the floor).
At the first paint event of a top-level window the probe notes the time since SPAWNED (the parent's
``time.monotonic()`` just before it started this process: CLOCK_MONOTONIC is shared by all processes, so
interpreter start-up counts) and which heavy modules were loaded by then, quits, and prints it as JSON.
"""

from __future__ import annotations

import json
import sys
import time

HEAVY = ("sqlalchemy", "alembic", "numpy", "pyqtgraph")


def main(argv: list[str]) -> int:
    mode, folder, spawned = argv[0], argv[1], float(argv[2])
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication([sys.argv[0]])
    report: dict[str, object] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not report and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.isWindow():
                report.update(mode=mode, window=type(obj).__name__, seconds=time.monotonic() - spawned,
                              heavy=[m for m in HEAVY if m in sys.modules])
                QTimer.singleShot(0, app.quit)
            return False

    first_paint = FirstPaint()
    app.installEventFilter(first_paint)
    if mode == "bare":
        window = QMainWindow()
        window.setWindowTitle("floor")
        window.resize(520, 400)
        window.show()
        app.exec()
    elif mode == "gui":  # the alliance-gui entry point (desktop launchers)
        from alliance.ui.app import main as gui_main

        gui_main(["--vault", folder])
    else:  # the alliance command with no subcommand
        from alliance.cli import main as alliance_main

        alliance_main(["--vault", folder])
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
