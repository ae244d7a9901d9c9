"""Every folder Alliance uses, in one place.

Nothing here runs at import time, and each function takes an explicit base folder so the command line
(``--vault``) and tests can point it elsewhere. The per-user folders are platformdirs' (the dependency DESIGN.md
chose), computed when asked. Imports only the standard library and platformdirs, so every layer may use it.
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "Alliance"
VAULT_NAME = "vault"
DEMO_VAULT_NAME = "demo-vault"
BACKUPS_NAME = "backups"


def data_folder(base: Path | None = None) -> Path:
    """The per-user data folder (e.g. ~/.local/share/Alliance), or ``base`` when given."""
    if base is not None:
        return Path(base)
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
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def backups_folder(vault_folder: Path) -> Path:
    """The rotating encrypted backups of one vault."""
    return Path(vault_folder) / BACKUPS_NAME


def state_folder(base: Path | None = None) -> Path:
    """The per-user state folder (e.g. ~/.local/state/Alliance): a copy of each vault's high-water mark
    (store/mark.py), kept outside the vault folder so an older copy of the whole folder is noticed."""
    if base is not None:
        return Path(base)
    from platformdirs import user_state_path

    return user_state_path(APP_NAME, appauthor=False)
