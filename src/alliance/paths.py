"""Every folder Alliance uses, in one place.

Nothing here runs at import time, and each function takes an explicit base folder so the command line
(``--vault``) and tests can point it elsewhere. The per-user folders are platformdirs' (the dependency DESIGN.md
chose), computed when asked. On Linux they are the XDG Base Directory rule, which this module applies itself
with the standard library: importing platformdirs costs about 4 ms, a sixth of what the start-up budget leaves
the unlock window over a bare one, and the GUI needs these folders before that window paints.
``tests/test_paths.py`` checks both give the same folders. Imports only the standard library and
platformdirs, so every layer may use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Alliance"
VAULT_NAME = "vault"
DEMO_VAULT_NAME = "demo-vault"
BACKUPS_NAME = "backups"


def _xdg_rule() -> bool:
    """Whether platformdirs would use its plain Unix (XDG) rule here: Linux, not an Android app."""
    return sys.platform.startswith("linux") and not hasattr(sys, "getandroidapilevel")


def _home() -> str:
    """The home folder as platformdirs expands ``~``: $HOME when it is absolute, else the account's."""
    home = os.environ.get("HOME", "")
    if os.path.isabs(home):
        return home
    import pwd

    return pwd.getpwuid(os.getuid()).pw_dir


def _xdg(variable: str, default: str) -> Path:
    """$XDG_… when it holds an absolute path (the spec ignores relative ones), else ``~/default``; then the
    app's own folder in it."""
    value = os.environ.get(variable, "")
    base = value if os.path.isabs(value) else os.path.join(_home(), default)
    return Path(base) / APP_NAME


def data_folder(base: Path | None = None) -> Path:
    """The per-user data folder (e.g. ~/.local/share/Alliance), or ``base`` when given."""
    if base is not None:
        return Path(base)
    if _xdg_rule():
        return _xdg("XDG_DATA_HOME", ".local/share")
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_vault_folder(base: Path | None = None) -> Path:
    """Where the clinician's vault lives unless they choose another folder."""
    return data_folder(base) / VAULT_NAME


def demo_vault_folder(base: Path | None = None) -> Path:
    """Where ``alliance demo`` puts its synthetic vault: beside the real one, never inside it."""
    return data_folder(base) / DEMO_VAULT_NAME


def config_folder(base: Path | None = None) -> Path:
    """The per-user configuration folder (UI preferences only, never clinical data)."""
    if base is not None:
        return Path(base)
    if _xdg_rule():
        return _xdg("XDG_CONFIG_HOME", ".config")
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def backups_folder(vault_folder: Path) -> Path:
    """The rotating encrypted backups of one vault."""
    return Path(vault_folder) / BACKUPS_NAME
