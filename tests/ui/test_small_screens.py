"""Every window and dialog fits a 1280x720 screen (logical pixels) at 100% and a 1920x1080 screen at 150%, with
its buttons on screen, in English and in German (the longer words): tests/ui/small_screen_windows.py run in a
child pytest on Qt's offscreen platform with that screen (its configfile) and that LANG."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {"1280x720": 1.0, "1920x1080 at 150%": 1.5}  # both 1280x720 logical pixels


@pytest.mark.parametrize("locale", ["en_US.UTF-8", "de_DE.UTF-8"])
@pytest.mark.parametrize("name", SCREENS)
def test_every_window_fits(name: str, locale: str, tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": name, "x": 0, "y": 0, "width": 1280, "height": 720,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": SCREENS[name]}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "ALLIANCE_SMALL_SCREEN": name,
           "LANG": locale, "LC_ALL": locale, "LANGUAGE": ""}
    child = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                            str(ROOT / "tests" / "ui" / "small_screen_windows.py")],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert child.returncode == 0, child.stdout[-4000:] + child.stderr[-2000:]
    assert "1 passed" in child.stdout
