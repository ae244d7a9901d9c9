"""Start-up, look and small widgets: nothing at import time, main(), light/dark, strength hint, spin boxes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from alliance.ui.widgets import theme
from alliance.ui.widgets.controls import CollapsibleSection, ScoreSpinBox
from alliance.ui.widgets.strength import MIN_LENGTH, passphrase_strength

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str, env: dict[str, str] | None = None, timeout: int = 60) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env=full_env, cwd=ROOT, timeout=timeout)


def test_importing_the_ui_does_nothing(tmp_path: Path) -> None:
    result = _run("""
        import pkgutil, importlib, alliance.ui
        for m in pkgutil.iter_modules(alliance.ui.__path__):
            importlib.import_module("alliance.ui." + m.name)
        from PySide6.QtCore import QCoreApplication
        assert QCoreApplication.instance() is None, "a QApplication was created at import time"
        import os
        assert not os.listdir(os.environ["HOME"]), os.listdir(os.environ["HOME"])
        print("ok")
    """, env={"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
              "XDG_DATA_HOME": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_main_shows_the_welcome_window_without_a_vault(tmp_path: Path) -> None:
    # In a child process: once QApplication.exec() has returned, Qt runs no further event loops.
    result = _run(f"""
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication
        from alliance.ui.shell.app import main
        app = QApplication([])  # main() reuses it; the timer below needs it to exist
        seen = []
        def look_and_quit():
            seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
            seen.append(QGuiApplication.desktopFileName())
            QApplication.quit()
        QTimer.singleShot(300, look_and_quit)
        print(main(["--vault", {str(tmp_path / "vault")!r}]))
        print(seen)
    """, env={"XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    assert result.returncode == 0, result.stderr
    code, seen = result.stdout.strip().splitlines()
    assert code == "0"
    assert "'Welcome to Alliance'" in seen and "'alliance'" in seen
    assert not (tmp_path / "vault" / "keys.json").exists()
    assert (tmp_path / "cfg" / "Alliance").is_dir()


def test_look_follows_the_colour_scheme(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    follower = theme.ThemeFollower(app)
    hints = QGuiApplication.styleHints()
    try:
        # The offscreen platform cannot switch schemes, so send the signal the OS would send.
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert app.palette().color(QPalette.ColorRole.Window).name() == theme.DARK.window
        assert theme.DARK.accent in app.styleSheet()
        assert theme.current() is theme.DARK
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert app.palette().color(QPalette.ColorRole.Window).name() == theme.LIGHT.window
    finally:
        follower.apply()
        follower.deleteLater()
    assert "@" not in theme.style_sheet(theme.LIGHT).split("*/", 1)[1]  # every token replaced
    assert not theme.icon("lock").isNull()


def test_passphrase_strength_hint() -> None:
    assert not passphrase_strength("short").acceptable
    assert str(MIN_LENGTH) in passphrase_strength("short").hint
    assert not passphrase_strength("password123").acceptable
    assert not passphrase_strength("aaaaaaaaaaaaaa").acceptable
    assert passphrase_strength("Tr0ub4dor&3x").acceptable
    assert passphrase_strength("correct horse battery staple").score == 4


def test_score_spin_box_takes_typed_digits_and_can_be_blank(qtbot) -> None:
    spin = ScoreSpinBox(0, 10)
    qtbot.addWidget(spin)
    assert spin.score() is None and spin.text() == "–"
    qtbot.keyClicks(spin, "7")
    assert spin.score() == 7
    spin.selectAll()
    qtbot.keyClicks(spin, "10")
    assert spin.score() == 10
    spin.set_score(None)
    assert spin.score() is None


def test_collapsible_section_opens_with_space(qtbot) -> None:
    body = QLabel("body")
    section = CollapsibleSection("More", body)
    qtbot.addWidget(section)
    section.show()
    assert body.isHidden()
    section.header.setFocus()
    qtbot.keyClick(section.header, Qt.Key.Key_Space)
    assert section.is_expanded() and not body.isHidden()


@pytest.mark.skipif(not (sys.platform.startswith("linux") and shutil.which("dbus-daemon")
                         and shutil.which("dbus-send")), reason="needs dbus-daemon and dbus-send")
def test_screen_lock_signal_from_dbus_locks() -> None:
    """A private session and system bus stand in for the desktop's; the signals are the real ones."""
    result = _run("""
        import os, subprocess, sys
        daemons = []
        def bus():
            p = subprocess.Popen(["dbus-daemon", "--session", "--print-address=1", "--nofork"],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            daemons.append(p)
            return p.stdout.readline().strip()
        try:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = bus()
            os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = bus()
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QApplication
            app = QApplication([])
            from alliance.ui.shell.os_lock import SystemLockMonitor
            monitor = SystemLockMonitor()
            print(sorted(monitor.start()))
            got = []
            monitor.lock_requested.connect(got.append)
            def send(address, path, member, *args):
                subprocess.run(["dbus-send", "--bus=" + address, "--type=signal", path, member, *args], check=True)
            QTimer.singleShot(100, lambda: send(os.environ["DBUS_SESSION_BUS_ADDRESS"], "/org/freedesktop/ScreenSaver",
                                                "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false"))
            QTimer.singleShot(200, lambda: send(os.environ["DBUS_SESSION_BUS_ADDRESS"], "/org/gnome/ScreenSaver",
                                                "org.gnome.ScreenSaver.ActiveChanged", "boolean:true"))
            QTimer.singleShot(300, lambda: send(os.environ["DBUS_SYSTEM_BUS_ADDRESS"], "/org/freedesktop/login1",
                                                "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:true"))
            QTimer.singleShot(400, lambda: send(os.environ["DBUS_SYSTEM_BUS_ADDRESS"],
                                                "/org/freedesktop/login1/session/_31",
                                                "org.freedesktop.login1.Session.Lock"))
            QTimer.singleShot(2000, app.quit)
            app.exec()
            print(got)
        finally:
            for p in daemons:
                p.terminate()
                p.wait(5)
    """)
    assert result.returncode == 0, result.stderr
    sources, got = result.stdout.strip().splitlines()
    assert "logind-sleep" in sources and "org.freedesktop.ScreenSaver" in sources
    assert got == "['screen lock', 'suspend', 'screen lock']"
