"""Rows of the budget that need Qt: start-up (subprocesses), unlock to caseload painted, the timeline chart."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QMessageLogContext, QObject, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.timing import Measure, measure, of_samples

ROOT = Path(__file__).resolve().parents[1]


def _quiet_offscreen_warning(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform says this for every window shown; anything else still reaches stderr.
    if message != "This plugin does not support propagateSizeHints()":
        print(message, file=sys.stderr)


def app() -> QApplication:
    """The one QApplication of the benchmark process (offscreen under `make bench`)."""
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])


qInstallMessageHandler(_quiet_offscreen_warning)  # for this benchmark process, whoever makes its QApplication


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# --- 1. process start to the first window painted ----------------------------------------------------


def entry_point(mode: str) -> str:
    """The ``module:function`` the installed ``alliance`` (mode "app") or ``alliance-gui`` (mode "gui") command
    runs, read from pyproject.toml so the probe starts the app exactly the way the commands do."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["gui-scripts"]["alliance-gui"] if mode == "gui" else project["scripts"]["alliance"])


def _probe(mode: str, folder: Path, env: dict[str, str]) -> dict[str, Any]:
    target = "" if mode == "bare" else entry_point(mode)
    spawned = time.monotonic()
    out = subprocess.run([sys.executable, "-m", "benchmarks.probe_start", mode, str(folder), repr(spawned), target],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"start-up probe {mode} printed nothing: {out.stderr[-500:]}")
    return dict(json.loads(lines[-1]))


def startup(folder: Path, runs: int = 9) -> tuple[Measure, Measure, Measure, list[str]]:
    """(`alliance`, `alliance-gui`, bare floor, heavy modules loaded at the app's first paint); the three
    alternate, after one warm-up round."""
    # Start from bytecode, as an installed wheel or the frozen bundle does: an editable checkout run with
    # PYTHONDONTWRITEBYTECODE (or fresh from git) would compile every module from source at each start.
    import compileall

    for package in (ROOT / "src" / "alliance", ROOT / "resources"):
        compileall.compile_dir(package, quiet=1)
    config = tempfile.mkdtemp(prefix="alliance-bench-config-")
    env = {**os.environ, "XDG_CONFIG_HOME": config, "TMPDIR": tempfile.gettempdir(),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    samples: dict[str, list[float]] = {"app": [], "gui": [], "bare": []}
    heavy: set[str] = set()
    for i in range(runs + 1):
        for mode in ("bare", "app", "gui"):
            report = _probe(mode, folder, env)
            if mode != "bare":
                heavy.update(report["heavy"])
                if report["window"] != "UnlockWindow":
                    raise RuntimeError(f"the app painted {report['window']} first, not the unlock window")
            if i:
                samples[mode].append(float(report["seconds"]))
    return of_samples(samples["app"]), of_samples(samples["gui"]), of_samples(samples["bare"]), sorted(heavy)


# --- 2. unlock (after the KDF) to the caseload painted --------------------------------------------------


class _PaintWatch(QObject):
    """Notes a paint event on any widget inside ``root``."""

    def __init__(self, root: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self._root = root
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            root = self._root()
            if root is not None and (watched is root or root.isAncestorOf(watched)):
                self.painted = True
        return False


def _until_painted(watch: _PaintWatch, timeout_s: float = 10.0) -> None:
    qapp = app()
    deadline = time.perf_counter() + timeout_s
    while not watch.painted:
        qapp.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("nothing painted")
    qapp.processEvents()  # the rest of the same paint pass


def unlock_to_caseload(folder: Path, passphrase: str, runs: int = 9) -> Measure:
    """What unlock does once the key is derived, as the app does it: open the database (migration check,
    vault id, audit event: ``Vault.unlock`` after the KDF), then ``AppController._opened`` (show the main
    window, load the home page) until it has painted. The main window itself is built while the key is
    derived (``AppController._prepare_main_window``), as the app does, so that part is untimed here."""
    from alliance.store.keys import KeyEnvelope
    from alliance.store.layout import KEYS_NAME
    from alliance.store.vault import Vault
    from alliance.ui.controller import AppController
    from alliance.ui.settings import UiSettings

    qapp = app()
    data_key = KeyEnvelope.read(folder / KEYS_NAME).unwrap_with_passphrase(passphrase)  # the KDF, not timed
    settings = UiSettings.at(Path(tempfile.mkdtemp(prefix="alliance-bench-ui-")) / "ui.ini")
    state: dict[str, Any] = {}

    def setup() -> None:
        controller = AppController(folder, settings, demo_folder=folder.parent / "no-demo", watch_system=False)
        controller._prepare_main_window()  # during the KDF in the app
        qapp.processEvents()
        watch = _PaintWatch(lambda: controller.main_window)
        qapp.installEventFilter(watch)
        state.update(controller=controller, watch=watch)

    # Vault.unlock after the KDF, as the app calls it: with the page check and the audit event deferred to
    # a worker thread after the caseload is shown (``defer_checks``), when this version of the store has it.
    deferred = {"defer_checks": True} if "defer_checks" in inspect.signature(Vault._open).parameters else {}

    def one() -> None:
        vault = Vault._open(folder, lambda _envelope: data_key, "unlock", daily_backup=False, **deferred)
        state["controller"]._opened(vault)
        _until_painted(state["watch"])

    def teardown() -> None:
        controller, watch = state.pop("controller"), state.pop("watch")
        qapp.removeEventFilter(watch)
        controller.shutdown()
        if controller.main_window is not None:
            controller.main_window.hide()
            controller.main_window.deleteLater()
        controller.deleteLater()
        flush_deletes()

    return measure(one, runs=runs, warmup=2, setup=setup, teardown=teardown)


# --- 4. client timeline: query + chart drawn -------------------------------------------------------------


def _drawn(view: QWidget) -> None:
    """Run the event loop until ``view`` (a plot's viewport) has painted: the one paint the app gets."""
    watch = _PaintWatch(lambda: view)
    qapp = app()
    qapp.installEventFilter(watch)
    try:
        view.update()
        _until_painted(watch)
    finally:
        qapp.removeEventFilter(watch)


def timeline_chart(vault: Any, client_id: int, runs: int = 9) -> tuple[Measure, Measure, Measure]:
    """(timeline_for + set_timeline + paint, the chart part alone, the floor: an empty pyqtgraph plot painted)."""
    import pyqtgraph as pg

    from alliance.services import insights
    from alliance.ui.timeline_chart import TimelineChart

    chart = TimelineChart()
    chart.resize(1100, 480)
    chart.show()
    view = chart.plot.viewport()
    _drawn(view)

    def full() -> None:
        chart.set_timeline(insights.timeline_for(vault, client_id))
        _drawn(view)

    def clear() -> None:
        chart.set_timeline(None)
        _drawn(view)

    result = measure(full, runs=runs, warmup=2, teardown=clear)
    timeline = insights.timeline_for(vault, client_id)

    def chart_only() -> None:
        chart.set_timeline(timeline)
        _drawn(view)

    chart_part = measure(chart_only, runs=runs, warmup=1, teardown=clear)
    chart.hide()
    chart.deleteLater()

    empty = pg.PlotWidget()
    empty.resize(1100, 450)
    empty.show()

    def floor() -> None:
        empty.clear()
        _drawn(empty.viewport())

    floor_result = measure(floor, runs=runs, warmup=2)
    empty.hide()
    empty.deleteLater()
    flush_deletes()
    return result, chart_part, floor_result


# --- 7. resident memory ---------------------------------------------------------------------------------


def memory(folder: Path, passphrase: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the app with the vault open, the largest timeline shown; a bare QMainWindow process) in MB."""
    # Start from bytecode, as an installed wheel or the frozen bundle does: an editable checkout run with
    # PYTHONDONTWRITEBYTECODE (or fresh from git) would compile every module from source at each start.
    import compileall

    for package in (ROOT / "src" / "alliance", ROOT / "resources"):
        compileall.compile_dir(package, quiet=1)
    config = tempfile.mkdtemp(prefix="alliance-bench-config-")
    env = {**os.environ, "XDG_CONFIG_HOME": config, "TMPDIR": tempfile.gettempdir(),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    reports = []
    for mode in ("app", "bare"):
        out = subprocess.run([sys.executable, "-m", "benchmarks.probe_memory", mode, str(folder), passphrase],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=True)
        lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
        if not lines:
            raise RuntimeError(f"memory probe {mode} printed nothing: {out.stderr[-500:]}")
        reports.append(dict(json.loads(lines[-1])))
    return reports[0], reports[1]
