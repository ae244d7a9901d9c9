"""Backups and restore: the use cases the CLI and the GUI's Backups page share, each audited here.

A backup is an encrypted folder (the database under the vault's data key, plus the key file valid when it was
made); see ``alliance.store.backup``. Results are plain frozen dataclasses: ``BackupInfo`` (path, created in
UTC, label, size, and counts where known) and ``RestoreResult``.
"""

from __future__ import annotations

import datetime as dt
import shutil
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alliance.core.messages import msg
from alliance.paths import backups_folder
from alliance.store import audit
from alliance.store import backup as _backup
from alliance.store import restore as _restore
from alliance.store.backup import BackupInfo
from alliance.store.errors import BackupFailed, VaultError
from alliance.store.repositories import Db
from alliance.store.restore import RestoreResult
from alliance.store.vault import Vault

__all__ = [
    "BackupInfo",
    "BackupOutcome",
    "RestoreResult",
    "backup_due",
    "backup_if_due",
    "backup_now",
    "backup_opens_with",
    "list_backups",
    "make_backup",
    "newest_openable_backup",
    "record_backup",
    "restore_backup",
]


@dataclass(frozen=True)
class BackupOutcome:
    """A backup just written, and the old backups the rotation removed to make room."""

    backup: BackupInfo
    removed: tuple[BackupInfo, ...] = ()


def record_backup(db: Db, info: BackupInfo, external: bool = False) -> None:
    """The audit event for a backup: its name, label and counts, never a path."""
    extra: dict[str, Any] = {"external": True} if external else {}
    audit.record(db, "backup", name=info.name, label=info.label, clients=info.clients,
                 sessions=info.sessions, **extra)


def backup_now(vault: Vault, into: Path | None = None, label: str = "") -> BackupInfo:
    """Write one verified backup into ``into`` (default: the vault's backups folder) and audit it; no rotation."""
    info = vault.backup_into(Path(into) if into is not None else backups_folder(vault.folder), label)
    try:
        with vault.work.transaction() as db:
            record_backup(db, info, external=into is not None)
    except VaultError as exc:  # a backup the trail does not know of is not left behind (a full disk)
        shutil.rmtree(info.path, ignore_errors=True)
        raise BackupFailed(msg("The backup {path} was removed again: it could not be recorded in the vault's audit "
                               "trail ({exc})",
                               path=info.path, exc=exc)) from exc
    return info


def make_backup(vault: Vault, into: Path | None = None) -> BackupOutcome:
    """Back up an open vault now, verified after writing, and audit it.

    Without ``into`` the backup goes into the vault's backups folder and the rotation runs (14 daily,
    8 weekly); with it, a backup folder of the same layout is written into that folder and nothing
    there is removed. Raises BackupFailed when the backup cannot be written or does not verify.
    """
    info = backup_now(vault, into)
    if into is not None:
        return BackupOutcome(info)
    return BackupOutcome(info, tuple(_backup.rotate(vault.folder)))


def backup_if_due(vault: Vault, now: dt.datetime | None = None) -> BackupInfo | None:
    """The daily backup, when the newest is a day old or there is none; None when none was due."""
    if not _backup.backup_due(vault.folder, now):
        return None
    info = backup_now(vault)
    with suppress(OSError):  # a backup that cannot be pruned is still a good backup
        _backup.rotate(vault.folder, now=now)
    return info


def backup_due(vault_folder: Path, now: dt.datetime | None = None) -> bool:
    """Whether the daily backup of the vault in vault_folder is due."""
    return _backup.backup_due(vault_folder, now)


def list_backups(vault_folder: Path) -> list[BackupInfo]:
    """The vault's backups, newest first (no passphrase needed: only names and sizes are read)."""
    return _backup.list_backups(vault_folder)


def backup_opens_with(backup_path: Path, passphrase: str) -> None:
    """Check a backup's passphrase before anything is replaced: WrongPassphrase, BackupNotFound or BackupDamaged
    when it does not open; nothing of the key leaves this call."""
    _envelope, data_key = _restore.unlock_backup(Path(backup_path), passphrase)
    del data_key


def restore_backup(vault_folder: Path, backup_path: Path, passphrase: str) -> RestoreResult:
    """Replace the (locked) vault with a backup, keeping the current files as a ``pre-restore`` backup, and
    audit the restore in the restored vault.

    ``passphrase`` is the backup's; the restored vault opens with it. Raises WrongPassphrase,
    BackupNotFound, BackupDamaged, VaultInUse, VaultTooNew or BackupFailed, each leaving the vault
    as it was.
    """
    def audited(vault: Vault, result: RestoreResult) -> None:
        vault.check_pages()
        with vault.work.transaction() as db:
            audit.record(db, "restore", backup=result.restored.name, made=result.restored.created.isoformat(),
                         pre_restore=result.pre_restore.name if result.pre_restore else "",
                         clients=result.restored.clients, sessions=result.restored.sessions)

    return _restore.restore_backup(vault_folder, backup_path, passphrase, on_restored=audited)


def newest_openable_backup(vault_folder: Path, passphrase: str) -> BackupInfo | None:
    """The newest backup that opens with passphrase and verifies, to offer when the vault does not open."""
    return _restore.newest_openable_backup(vault_folder, passphrase)
