"""Backups and restore: the use cases the CLI and the GUI's Backups page share.

A backup is an encrypted folder (the database under the vault's data key, plus the key file valid
when it was made); see ``alliance.store.backup``. Results are plain frozen dataclasses: ``BackupInfo``
(path, created in UTC, label, size, and counts where known) and ``RestoreResult``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from alliance.store import backup as _backup
from alliance.store import restore as _restore
from alliance.store.backup import BackupInfo
from alliance.store.restore import RestoreResult
from alliance.store.vault import Vault

__all__ = [
    "BackupInfo",
    "BackupOutcome",
    "RestoreResult",
    "backup_due",
    "backup_if_due",
    "list_backups",
    "make_backup",
    "newest_openable_backup",
    "restore_backup",
]


@dataclass(frozen=True)
class BackupOutcome:
    """A backup just written, and the old backups the rotation removed to make room."""

    backup: BackupInfo
    removed: tuple[BackupInfo, ...] = ()


def make_backup(vault: Vault, into: Path | None = None) -> BackupOutcome:
    """Back up an open vault now, verified after writing.

    Without ``into`` the backup goes into the vault's backups folder and the rotation runs (14 daily,
    8 weekly); with it, a backup folder of the same layout is written into that folder and nothing
    there is removed. Raises BackupFailed when the backup cannot be written or does not verify.
    """
    info = _backup.make_backup(vault, into=into)
    if into is not None:
        return BackupOutcome(info)
    return BackupOutcome(info, tuple(_backup.rotate(vault.folder)))


def backup_if_due(vault: Vault) -> BackupInfo | None:
    """The daily backup, when the newest is a day old or there is none; None when none was due.

    ``Vault.unlock`` runs it unless told not to; the GUI may defer it to a worker thread this way.
    """
    return _backup.backup_if_due(vault)


def backup_due(vault_folder: Path, now: dt.datetime | None = None) -> bool:
    """Whether the daily backup of the vault in vault_folder is due."""
    return _backup.backup_due(vault_folder, now)


def list_backups(vault_folder: Path) -> list[BackupInfo]:
    """The vault's backups, newest first (no passphrase needed: only names and sizes are read)."""
    return _backup.list_backups(vault_folder)


def restore_backup(vault_folder: Path, backup_path: Path, passphrase: str) -> RestoreResult:
    """Replace the (locked) vault with a backup, keeping the current files as a ``pre-restore`` backup.

    ``passphrase`` is the backup's; the restored vault opens with it. Raises WrongPassphrase,
    BackupNotFound, BackupDamaged, VaultInUse, VaultTooNew or BackupFailed, each leaving the vault
    as it was.
    """
    return _restore.restore_backup(vault_folder, backup_path, passphrase)


def newest_openable_backup(vault_folder: Path, passphrase: str) -> BackupInfo | None:
    """The newest backup that opens with passphrase and verifies, to offer when the vault does not open."""
    return _restore.newest_openable_backup(vault_folder, passphrase)
