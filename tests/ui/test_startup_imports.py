"""The first window paints before SQLAlchemy, Alembic, numpy or pyqtgraph are imported (DESIGN.md,
"Performance budget"); they load right after it, while the passphrase is typed.

Each case starts the app in a fresh process, offscreen, the way the `alliance` and `alliance-gui` commands do,
and looks at ``sys.modules`` when the first paint event of a window arrives.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("sqlalchemy", "alembic", "numpy", "pyqtgraph")

PROBE = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

HEAVY = ("sqlalchemy", "alembic", "numpy", "pyqtgraph")
entry, folder = sys.argv[1], sys.argv[2]
app = QApplication([sys.argv[0]])
report = {}

def after_warmup():
    from alliance.ui.shell import warmup
    warmup.wait()
    report["after_warmup"] = [m for m in HEAVY if m in sys.modules]
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if not report and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.isWindow():
            report["window"] = type(obj).__name__
            report["at_first_paint"] = [m for m in HEAVY if m in sys.modules]
            QTimer.singleShot(300, after_warmup)
        return False

first_paint = FirstPaint()
app.installEventFilter(first_paint)
if entry == "cli":  # the `alliance` command (pyproject: alliance.launch:main)
    from alliance.launch import main
    main(["--vault", folder])
else:
    from alliance.ui.shell.app import main
    main(["--vault", folder])
print(json.dumps(report))
"""


def _start(entry: str, folder: Path, tmp_path: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", PROBE, entry, str(folder)], env=env, capture_output=True, text=True,
                         timeout=120, check=False)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert out.returncode == 0 and lines, out.stderr[-2000:]
    return dict(json.loads(lines[-1]))


@pytest.mark.parametrize("entry", ["cli", "gui"])
def test_unlock_window_paints_before_the_heavy_modules_load(entry: str, created_vault: tuple[Path, str],
                                                            tmp_path: Path) -> None:
    folder, _ = created_vault
    report = _start(entry, folder, tmp_path)
    assert report["window"] == "UnlockWindow"
    assert report["at_first_paint"] == []
    # ... and they are loaded in the background right after, ready before the passphrase is typed.
    assert {"sqlalchemy", "alembic", "numpy"} <= set(report["after_warmup"])  # type: ignore[call-overload]


def test_welcome_window_paints_before_the_heavy_modules_load(tmp_path: Path) -> None:
    report = _start("gui", tmp_path / "no-vault-yet", tmp_path)
    assert report["window"] == "WelcomeWindow"
    assert report["at_first_paint"] == []
