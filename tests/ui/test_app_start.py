"""The two-stage start: ``main()`` paints the unlock window on its own, then the controller takes it over.

Each case runs ``alliance.ui.shell.app.main`` in a child process (once QApplication.exec() has returned, Qt runs
no further event loops) on a real vault, offscreen, and reports what it saw as JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from alliance.arguments import parse_gui_arguments
from alliance.launch import wants_window
from alliance.ui.widgets import look
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

folder, passphrase, never_painted = sys.argv[1], sys.argv[2], sys.argv[3] == "never-painted"
report = {}
if never_painted:  # as for a window not on screen yet: its first paint does not come
    from alliance.ui.unlock.unlock_view import UnlockView
    UnlockView.after_first_paint = lambda self: None

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if "window" not in report and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                and obj.isWindow():
            app = QApplication.instance()
            report["window"] = type(obj).__name__
            report["window_colour_at_first_paint"] = app.palette().color(QPalette.ColorRole.Window).name()
            report["qt_namespace_at_first_paint"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
            QTimer.singleShot(2500 if never_painted else 200, after_take_over)
        return False

first_paint = FirstPaint()

class Probe(QtWidgets.QApplication):
    def __init__(self, args):
        super().__init__(args)
        self.installEventFilter(first_paint)

QtWidgets.QApplication = Probe

def after_take_over():
    from alliance.ui.widgets import look
    app = QApplication.instance()
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    report["visible"] = sorted(type(w).__name__ for w in windows)
    report["window_colour_after"] = app.palette().color(QPalette.ColorRole.Window).name()
    report["applied_light"] = look.applied() is look.LIGHT
    unlock = next(w for w in windows if type(w).__name__ == "UnlockWindow")
    report["folder_selectable"] = int(unlock.where.textInteractionFlags().value) != 0
    report["controller_loaded"] = "alliance.ui.shell.controller" in sys.modules
    if passphrase:
        unlock.passphrase.setText(passphrase)
        unlock.attempt()
        QTimer.singleShot(100, wait_for_main)
    else:
        QCoreApplication.quit()

def wait_for_main(tries=[0]):
    visible = sorted(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())
    tries[0] += 1
    if "MainWindow" in visible or tries[0] > 200:
        report["visible_after_unlock"] = visible
        QCoreApplication.quit()
    else:
        QTimer.singleShot(50, wait_for_main)

from alliance.ui.shell.app import main
report["exit"] = main(["--vault", folder])
print(json.dumps(report))
"""


def _start(folder: Path, config: Path, passphrase: str = "", never_painted: bool = False) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config),
           "XDG_DATA_HOME": str(config.parent / "data")}
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(CHILD), str(folder), passphrase,
                          "never-painted" if never_painted else "painted"], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=False)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert out.returncode == 0 and lines, out.stderr[-3000:]
    return dict(json.loads(lines[-1]))


def test_unlock_window_paints_first_then_the_controller_takes_over(created_vault: tuple[Path, str],
                                                                   tmp_path: Path) -> None:
    folder, _ = created_vault
    report = _start(folder, tmp_path / "config", PASSPHRASE)
    assert report["window"] == "UnlockWindow"
    assert report["qt_namespace_at_first_paint"] is False  # its ~11 ms of enums come after the paint
    assert report["window_colour_at_first_paint"] == look.LIGHT.window
    assert report["visible"] == ["UnlockWindow"]
    assert report["folder_selectable"] is True  # finished after the paint
    assert report["controller_loaded"] is True
    # The window painted first is the one the controller unlocks through: the main window follows.
    assert "MainWindow" in report["visible_after_unlock"]  # type: ignore[operator]
    assert report["exit"] == 0
    settings = QSettings(str(tmp_path / "config" / "Alliance" / "ui.ini"), QSettings.Format.IniFormat)
    assert settings.value(look.SCHEME_KEY) == "light"


def test_the_controller_takes_over_even_when_the_first_paint_never_comes(created_vault: tuple[Path, str],
                                                                       tmp_path: Path) -> None:
    folder, _ = created_vault
    report = _start(folder, tmp_path / "config", PASSPHRASE, never_painted=True)
    assert report["controller_loaded"] is True  # after TAKE_OVER_AT_THE_LATEST_MS
    assert "MainWindow" in report["visible_after_unlock"]  # type: ignore[operator]


def test_first_window_paints_in_the_scheme_seen_last_and_is_then_corrected(created_vault: tuple[Path, str],
                                                                          tmp_path: Path) -> None:
    folder, _ = created_vault
    ini = tmp_path / "config" / "Alliance" / "ui.ini"
    ini.parent.mkdir(parents=True)
    look.remember(ini, look.DARK)  # the OS was dark last time
    report = _start(folder, tmp_path / "config")
    assert report["window_colour_at_first_paint"] == look.DARK.window
    # The offscreen platform reports no dark scheme: the theme follower switches to light and notes it.
    assert report["window_colour_after"] == look.LIGHT.window and report["applied_light"] is True
    assert QSettings(str(ini), QSettings.Format.IniFormat).value(look.SCHEME_KEY) == "light"


def test_a_vault_in_use_is_said_before_any_window(created_vault: tuple[Path, str], tmp_path: Path) -> None:
    from alliance.store.instance_lock import VaultLock

    folder, _ = created_vault
    lock = VaultLock(folder)
    lock.acquire()
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
        code = ("from PySide6.QtCore import QTimer\nfrom PySide6.QtWidgets import QApplication\n"
                "app = QApplication([])\n"  # main() reuses it; the timer closes the message it shows
                "QTimer.singleShot(500, lambda: [w.close() for w in QApplication.topLevelWidgets()])\n"
                f"from alliance.ui.shell.app import main\nraise SystemExit(main(['--vault', {str(folder)!r}]))\n")
        out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                             timeout=60, check=False)
    finally:
        lock.release()
    assert out.returncode == 5, out.stderr[-2000:]


def test_the_app_is_on_fusion_whatever_the_system_default(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": "windows"}
    code = ("from alliance.ui.shell.app import fusion_application\n"
            "print(fusion_application([]).style().name().lower())\n")
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=60, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["fusion"]


@pytest.mark.parametrize(("args", "expected"), [
    ([], (True, None)),
    (["--vault", "/v"], (True, "/v")),
    (["--vault=/v"], (True, "/v")),
    (["verify"], (False, None)),
    (["--vault", "/v", "verify"], (False, None)),
    (["--vault"], (False, None)),
    (["--vault", "--help"], (False, None)),
    (["--help"], (False, None)),
    (["--version"], (False, None)),
])
def test_the_alliance_command_starts_the_gui_only_without_a_subcommand(args: list[str],
                                                                       expected: tuple[bool, str | None]) -> None:
    def starts_gui(argv: list[str]) -> tuple[bool, str | None]:
        """What ``alliance`` (``alliance.launch.main``) does with these arguments: (starts the window, on which
        vault folder)."""
        if not wants_window(argv):
            return False, None
        parsed = parse_gui_arguments(argv, prog="alliance")
        if isinstance(parsed, int):  # --version, or a usage error the parser has reported
            return False, None
        vault, rest = parsed
        if rest:  # something the window does not take: the command line answers
            return False, None
        return True, str(vault) if vault else None

    assert starts_gui(args) == expected
