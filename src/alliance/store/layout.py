"""The names of the files inside a vault folder and inside each of its backups, and whether a folder is a vault.

Light on purpose: the app asks ``vault_exists`` before its first window paints.
"""

from __future__ import annotations

import os
from pathlib import Path

from alliance.store.errors import VaultAccessDenied

DB_NAME = "alliance.db"
KEYS_NAME = "keys.json"
# SQLite's companions of the database file in WAL mode (and a stray rollback journal).
DB_COMPANIONS = ("-wal", "-shm", "-journal")


def vault_exists(folder: Path) -> bool:
    """Whether folder holds a vault (its key file, of whatever kind: a key file that is a link, FIFO or folder is a
    damaged vault, reported as such when it is opened, not "no vault"); VaultAccessDenied when the folder cannot
    be searched."""
    try:
        os.lstat(Path(folder) / KEYS_NAME)
    except FileNotFoundError:
        return False
    except NotADirectoryError:
        return False
    except PermissionError as exc:
        raise VaultAccessDenied() from exc
    return True
