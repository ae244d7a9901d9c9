"""An idle lock never takes the keyboard from another program: with two vaults open, what is typed into one
vault's window stays there when the other one locks. Run under a real X server (Xvfb): the offscreen platform
activates every window it shows, so it cannot tell."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from alliance.services.vault_access import create_vault
from alliance.store.kdf import KdfParams
from alliance.ui.shell.app import create_application
from alliance.ui.shell.clock import ManualClock
from alliance.ui.shell.controller import AppController
from alliance.ui.shell.settings import UiSettings

app = create_application([])
tmp = Path(sys.argv[1])
vault, _key = create_vault(tmp / "vault", "correct horse battery staple", kdf=KdfParams.for_tests())
vault.close()
clock = ManualClock()
controller = AppController(tmp / "vault", UiSettings.at(tmp / "ui.ini"), demo_folder=tmp / "demo",
                           kdf=KdfParams.for_tests(), clock=clock, watch_system=False)
assert controller.start()

def wait_until(condition, what):
    for _ in range(500):
        if condition():
            return
        QTest.qWait(20)
    raise AssertionError(what)

def unlock():
    window = controller.unlock_window
    window.passphrase.setText("correct horse battery staple")
    window.attempt()
    wait_until(lambda: controller.vault is not None and controller.main_window.isVisible(), "unlocked")
    controller.main_window.activateWindow()
    wait_until(controller.main_window.isActiveWindow, "main window active")

unlock()
# The other vault's window (another Alliance process in real life): the person types there.
other = QLineEdit()
other.setWindowTitle("Other vault")
other.show()
other.activateWindow()
wait_until(other.isActiveWindow, "other window active")
clock.advance(11 * 60)
controller.idle.check()
wait_until(lambda: controller.unlock_window.isVisible(), "idle lock")
QTest.qWait(200)
assert other.isActiveWindow(), "the idle-lock window took the keyboard"
assert not controller.unlock_window.isActiveWindow()
QTest.keyClicks(QApplication.focusWidget(), "meant for the other vault")
assert other.text() == "meant for the other vault", other.text()
assert controller.unlock_window.passphrase.text() == ""

# Locked from its own window (Ctrl+L, or idle while it is in front), the unlock window does take the keyboard.
controller.unlock_window.activateWindow()
wait_until(controller.unlock_window.isActiveWindow, "unlock window active")
unlock()
QTest.keyClick(controller.main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
wait_until(lambda: controller.unlock_window.isVisible() and controller.unlock_window.isActiveWindow(),
           "the unlock window active after Ctrl+L")
controller.shutdown()
print("ok")
"""


@pytest.mark.skipif(not (sys.platform.startswith("linux") and shutil.which("xvfb-run")), reason="needs xvfb-run")
def test_idle_lock_window_does_not_take_the_keyboard_from_another_window(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update({"QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
                "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_RUNTIME_DIR": str(tmp_path)})
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x768x24", sys.executable, "-c",
                             textwrap.dedent(SCRIPT), str(tmp_path)], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("ok"), result.stdout + result.stderr
