"""Memory probe, run as a fresh process: ``python -m benchmarks.probe_memory app|bare VAULT_FOLDER PASSPHRASE``.

``app``: unlock the vault as the app does, show the main window with its home page (the caseload
overview), open the client with the most sessions so the client page draws their timeline in a
``TimelineChart``, then read VmRSS and VmHWM from /proc/self/status. ``bare``: a shown QMainWindow.
Prints one JSON line (megabytes).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any


def _status() -> dict[str, float]:
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) / 1024  # kB -> MB
    return out


def _settle(app: Any, worker: Any = None) -> None:
    """Let the app finish: the worker's jobs delivered, then a few more turns of the event loop to paint."""
    import time

    deadline = time.monotonic() + 60
    while worker is not None and not worker.idle and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    for _ in range(5):
        app.processEvents()


def main(argv: list[str]) -> int:
    mode, folder, passphrase = argv[0], Path(argv[1]), argv[2]
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    report: dict[str, Any] = {"mode": mode}
    if mode == "bare":
        window = QMainWindow()
        window.resize(1180, 760)
        window.show()
        _settle(app)
    else:
        from alliance.services.vault_access import unlock_vault
        from alliance.ui.client.timeline_chart import TimelineChart
        from alliance.ui.shell.app import create_application
        from alliance.ui.shell.controller import AppController
        from alliance.ui.shell.settings import UiSettings

        create_application([])
        settings = UiSettings.at(Path(tempfile.mkdtemp(prefix="alliance-mem-")) / "ui.ini")
        controller = AppController(folder, settings, demo_folder=folder.parent / "no-demo", watch_system=False)
        vault = unlock_vault(folder, passphrase, daily_backup=False)
        controller._opened(vault)  # main window, home page loaded and shown
        _settle(app, controller.worker)
        with vault.engine.connect() as conn:
            cid, n = conn.exec_driver_sql("SELECT client_id, count(*) AS n FROM sessions GROUP BY client_id "
                                          "ORDER BY n DESC LIMIT 1").one()
            total = conn.exec_driver_sql("SELECT count(*) FROM sessions").scalar()
        main_window = controller.main_window
        assert main_window is not None
        main_window.show_client(int(cid))
        _settle(app, controller.worker)
        charts = [c for c in main_window.findChildren(TimelineChart) if c.timeline is not None and c.isVisible()]
        if not charts:  # the client page shows no chart here: draw one, as the client page would
            from alliance.services.timeline import timeline_for

            chart = TimelineChart()
            chart.resize(1100, 480)
            chart.set_timeline(timeline_for(vault, int(cid)))
            chart.show()
            charts = [chart]
            _settle(app)
        charts[0].grab()
        shown = charts[0].timeline
        report.update(sessions=int(total or 0), largest_client_sessions=int(n),
                      chart_sessions=len(shown.sessions) if shown else 0)
    report.update(_status())
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
