"""The Info.plist values packaging/alliance.spec hands to PyInstaller's BUNDLE for Alliance.app.

PyInstaller writes a minimal Info.plist (CFBundleExecutable from the first executable, CFBundleIconFile, ...)
and then merges ``info_plist`` over it. Two of its defaults are wrong for Alliance and are overridden here:

- ``LSBackgroundOnly``: BUNDLE inherits ``console`` from the COLLECT, and COLLECT takes it from its *last*
  executable, which is the command line (``console=True``). PyInstaller then writes ``LSBackgroundOnly = True``:
  the app would start with no Dock icon and no menu bar. Alliance is a foreground app: False.
- ``NSHighResolutionCapable`` is only written for windowed builds: set explicitly (it is in Info.plist).

Standard library only: imported by the spec and by tests/packaging/test_macos_bundle.py.
"""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
INFO_PLIST = HERE / "Info.plist"

# Keys Alliance decides itself, whatever PyInstaller's defaults say.
FOREGROUND = {"LSBackgroundOnly": False, "LSUIElement": False, "NSHighResolutionCapable": True}


def info_plist(version: str) -> dict[str, Any]:
    """packaging/macos/Info.plist with the package version and the foreground keys."""
    plist: dict[str, Any] = plistlib.loads(INFO_PLIST.read_bytes())
    plist.update(CFBundleShortVersionString=version, CFBundleVersion=version)
    plist.update(FOREGROUND)
    return plist
