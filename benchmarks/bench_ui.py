"""Rows of the budget that need Qt: start-up (subprocesses), unlock to caseload painted, the client page opened,
a save until the open page shows it (with the longest UI-thread stall during each)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
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


class StallWatch(QObject):
    """The longest time the UI thread went without turning its event loop: a timer every TICK_MS notes when each
    turn comes round, and the longest gap between two is the longest stall (a frame is 16 ms). Not a 0 ms
    timer: that fires on every turn, so the loop never sleeps and the watch itself keeps the worker thread
    from the interpreter (the app's own loop sleeps between events)."""

    TICK_MS = 2

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest


def _until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Run the event loop, as the app's own does (sleeping until the next event), until ``condition``; it is
    checked every millisecond. ``processEvents`` in a loop would spin instead of sleeping, and a spinning UI
    thread holds the interpreter away from the worker thread whose work is being timed."""
    if condition():
        return
    loop = QEventLoop()
    timed_out: list[bool] = []
    check = QTimer()
    check.setInterval(1)
    check.setTimerType(Qt.TimerType.PreciseTimer)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: (timed_out.append(True), loop.quit()))
    check.start()
    give_up.start(int(timeout_s * 1000))
    loop.exec()
    check.stop()
    give_up.stop()
    if timed_out and not condition():
        raise RuntimeError("timed out waiting for the app")


def _idle(seconds: float) -> None:
    """Let the event loop run on its own for a while, as it does between a user's actions."""
    deadline = time.perf_counter() + seconds
    _until(lambda: time.perf_counter() >= deadline, timeout_s=seconds + 5)


def _until_painted(watch: _PaintWatch, timeout_s: float = 10.0) -> None:
    _until(lambda: watch.painted, timeout_s)
    app().processEvents()  # the rest of the same paint pass


def _controller(folder: Path) -> Any:
    from alliance.ui.shell.controller import AppController
    from alliance.ui.shell.settings import UiSettings

    settings = UiSettings.at(Path(tempfile.mkdtemp(prefix="alliance-bench-ui-")) / "ui.ini")
    return AppController(folder, settings, demo_folder=folder.parent / "no-demo", watch_system=False)


def _dispose(controller: Any) -> None:
    controller.shutdown()
    if controller.main_window is not None:
        controller.main_window.hide()
        controller.main_window.deleteLater()
    controller.deleteLater()
    flush_deletes()


def unlock_to_caseload(folder: Path, passphrase: str, runs: int = 9) -> Measure:
    """What unlock does once the key is derived, as the app does it: open the database (migration check, vault
    id: ``Vault.open`` with the derived key, on the worker), then ``AppController._opened`` (show the main window,
    read the caseload on the worker) until it has painted. The main window is built while the key is derived
    (``AppController._prepare_main_window``), as the app does, so that part is untimed here."""
    from alliance.store.keys import KeyEnvelope
    from alliance.store.layout import KEYS_NAME
    from alliance.store.vault import Vault

    qapp = app()
    data_key = KeyEnvelope.read(folder / KEYS_NAME).unwrap_with_passphrase(passphrase)  # the KDF, not timed
    state: dict[str, Any] = {}

    def setup() -> None:
        controller = _controller(folder)
        controller._prepare_main_window()  # during the KDF in the app
        qapp.processEvents()
        watch = _PaintWatch(lambda: controller.main_window.caseload.table.viewport())
        qapp.installEventFilter(watch)
        state.update(controller=controller, watch=watch)

    def one() -> None:
        controller = state["controller"]
        opened: list[Any] = []
        controller.worker.query(lambda: Vault.open(folder, lambda _envelope: bytearray(data_key)), opened.append)
        _until(lambda: bool(opened))
        controller._opened(opened[0])
        _until(lambda: controller.main_window.caseload.model.rowCount() > 0)
        state["watch"].painted = False
        _until_painted(state["watch"])

    def teardown() -> None:
        controller, watch = state.pop("controller"), state.pop("watch")
        qapp.removeEventFilter(watch)
        _dispose(controller)

    return measure(one, runs=runs, warmup=2, setup=setup, teardown=teardown)


# --- 3. open a client page; 4. save a session until the open page shows it -------------------------------


def _opened_app(folder: Path, passphrase: str) -> Any:
    """The app on an unlocked vault, its caseload shown and every background job done."""
    from alliance.services.vault_access import unlock_vault

    controller = _controller(folder)
    controller._prepare_main_window()
    vault = unlock_vault(folder, passphrase, daily_backup=False)
    controller._opened(vault)
    window = controller.main_window
    window.resize(1280, 768)
    # Every client judged (in steps, some 20 s at 100k sessions on two cores): the timed rows start from a quiet app.
    _until(lambda: controller.worker.idle and window.caseload.model.rowCount() > 0
           and window.caseload.complete, timeout_s=180.0)
    return controller


def client_page(folder: Path, passphrase: str, client_id: int, runs: int = 9) -> tuple[Measure, float]:
    """(opening the client page as a double-click on the caseload does, after another client's page was open —
    the read model on the worker, the models, the chart, until the paint that shows the client's data —, the
    longest UI-thread stall during it)."""
    controller = _opened_app(folder, passphrase)
    window = controller.main_window
    page = window.client_page
    page.ensure_chart()  # built once per app, at the first client shown
    model = window.caseload.model
    other = next(cid for row in range(model.rowCount()) if (cid := model.record(row).client_id) != client_id)
    stalls = StallWatch()
    longest: list[float] = []
    loaded: list[int] = []
    state: dict[str, Any] = {}

    def on_loaded() -> None:  # the data is in the page and the chart: the next paint shows it
        loaded.append(page.client_id or 0)
        if "watch" in state:
            state["watch"].painted = False

    page.loaded.connect(on_loaded)

    def setup() -> None:
        window.show_client(other)  # the clinician looked at another client, then went back to the caseload
        _until(lambda: controller.worker.idle and bool(loaded) and loaded[-1] == other)
        window.show_caseload()
        _until(lambda: controller.worker.idle)
        _idle(0.3)  # the caseload painted, as it is when the clinician double-clicks a row of it
        loaded.clear()
        watch = _PaintWatch(lambda: page.chart.plot.viewport() if page.chart else None)
        app().installEventFilter(watch)
        state["watch"] = watch
        stalls.start()

    def one() -> None:
        window.show_client(client_id)
        _until(lambda: client_id in loaded and state["watch"].painted)  # the paint that shows the client's data
        app().processEvents()  # the rest of the same paint pass

    def teardown() -> None:
        longest.append(stalls.stop())
        app().removeEventFilter(state.pop("watch"))

    result = measure(one, runs=runs, warmup=2, setup=setup, teardown=teardown)
    _dispose(controller)
    return result, max(longest[2:] or longest)


def save_to_page(folder: Path, passphrase: str, client_id: int, runs: int = 9) -> tuple[Measure, float]:
    """(a session saved from the session form until the open client page shows it — the save on the worker,
    the change notice, the page read again, its chart redrawn and painted —, the longest UI-thread stall during
    it)."""
    from alliance.services.session_form import session_form_view
    from alliance.ui.session.session_form import SessionForm

    controller = _opened_app(folder, passphrase)
    window = controller.main_window
    page = window.client_page
    window.show_client(client_id)
    _until(lambda: controller.worker.idle and page.page is not None)
    stalls = StallWatch()
    longest: list[float] = []
    state: dict[str, Any] = {}

    def on_loaded() -> None:  # the page and its chart hold the new session: the next paint shows it
        if "watch" in state and page.page is not None and page.page.session_count > state["before"]:
            state["watch"].painted = False
            state["shown"] = True

    page.loaded.connect(on_loaded)

    def setup() -> None:
        data = session_form_view(controller.vault, client_id)  # opening the form is not part of the row
        form = SessionForm(controller.access, data, window)
        for key, value in zip(form.ratings, (7, 6, 8, 7), strict=True):
            form.ratings[key].set_score(value)
        form.note.setPlainText("a note of a typical length " * 8)
        form.show()
        _until(lambda: controller.worker.idle)
        _idle(0.6)  # a clinician fills the form in for longer than this: the app's own collector runs meanwhile
        before = page.page.session_count if page.page else 0
        watch = _PaintWatch(lambda: page.chart.plot.viewport() if page.chart else None)
        app().installEventFilter(watch)
        state.update(form=form, before=before, watch=watch, shown=False)
        stalls.start()

    def one() -> None:
        state["form"].save()
        _until(lambda: state["shown"] and state["watch"].painted)
        app().processEvents()  # the rest of the same paint pass

    def teardown() -> None:
        longest.append(stalls.stop())
        app().removeEventFilter(state.pop("watch"))
        state.pop("form").deleteLater()
        flush_deletes()

    result = measure(one, runs=runs, warmup=2, setup=setup, teardown=teardown)
    _dispose(controller)
    return result, max(longest[2:] or longest)


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
