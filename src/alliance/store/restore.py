"""Restoring a vault from one of its backups, and finding the newest backup that still opens.

A restore never overwrites the vault without keeping it: the files as they are (still encrypted,
readable or not) go into a ``pre-restore`` backup first. The backup's database is staged beside the
vault under a temporary name, merged into one file and verified before anything is replaced; the
swap removes the old WAL, then renames the database and the key file into place; the restored vault
must then unlock, or the previous files are put back.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlcipher3

from alliance.core.messages import msg
from alliance.store.backup import (
    BackupInfo,
    backup_info,
    copy_durably,
    list_backups,
    open_keyed,
    preserve_vault_files,
    verify_backup_database,
)
from alliance.store.errors import (
    BackupDamaged,
    BackupFailed,
    BackupNotFound,
    KeyFileDamaged,
    UnsafeKdfParameters,
    VaultError,
    VaultInUse,
    VaultTooNew,
    WrongPassphrase,
)
from alliance.store.files import atomic_write, check_vault_folder
from alliance.store.instance_lock import VaultLock, held_lock
from alliance.store.keys import KeyEnvelope, fsync_folder
from alliance.store.layout import DB_COMPANIONS, DB_NAME, KEYS_NAME
from alliance.store.mark import MARK_NAME, PURPOSE_MARK, Head, Mark, mark_bytes, outside_mark_path, subkey
from alliance.store.migrate import is_known_revision
from alliance.store.restore_intent import STAGING_PREFIX, finish_interrupted_restore, swap_in, write_intent
from alliance.store.vault import Vault, vault_is_open_here

WRONG_BACKUP_PASSPHRASE = ("The passphrase does not open this backup. Use the passphrase the vault had when "
                           "the backup was made.")


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did."""

    restored: BackupInfo
    pre_restore: BackupInfo | None  # the vault as it was before, kept as a backup (None: there was none)
    vault_id: str
    previous_vault_id: str | None  # the id of the vault that was replaced, when its key file was readable

    @property
    def replaced_another_vault(self) -> bool:
        """True when the backup belongs to a different vault than the one it replaced."""
        return self.previous_vault_id is not None and self.previous_vault_id != self.vault_id


def unlock_backup(backup_path: Path, passphrase: str) -> tuple[KeyEnvelope, bytes]:
    """The backup's key envelope and data key. Raises BackupNotFound, BackupDamaged or WrongPassphrase."""
    folder = Path(backup_path)
    has_db, has_keys = (folder / DB_NAME).is_file(), (folder / KEYS_NAME).is_file()
    if not folder.is_dir() or not (has_db or has_keys):
        raise BackupNotFound(msg("There is no backup at {folder}: a backup is a folder holding {DB_NAME} and "
                                 "{KEYS_NAME}.",
                                 folder=folder, DB_NAME=DB_NAME, KEYS_NAME=KEYS_NAME))
    if not (has_db and has_keys):
        missing = KEYS_NAME if has_db else DB_NAME
        raise BackupDamaged(msg("The backup is incomplete: its {missing} is missing. Nothing was restored.",
                                missing=missing))
    try:
        envelope = KeyEnvelope.read(folder / KEYS_NAME)
    except (KeyFileDamaged, UnsafeKdfParameters) as exc:
        raise BackupDamaged(msg("The backup's key file (keys.json) is damaged or has been altered. "
                            "Nothing was restored.")) from exc
    try:
        return envelope, envelope.unwrap_with_passphrase(passphrase)
    except WrongPassphrase as exc:
        raise WrongPassphrase(WRONG_BACKUP_PASSPHRASE) from exc


def describe_backup(backup_path: Path) -> BackupInfo:
    """BackupInfo for any backup folder, also one renamed by hand (its time is then the file's)."""
    path = Path(backup_path)
    info = backup_info(path)
    if info is not None:
        return info
    db = path / DB_NAME
    stat = db.stat()
    size = sum(f.stat().st_size for f in path.iterdir() if f.is_file())
    return BackupInfo(path, dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC).replace(microsecond=0), "", size)


def newest_openable_backup(vault_folder: Path, passphrase: str) -> BackupInfo | None:
    """The newest backup of the vault that opens with passphrase and verifies; None when none does.

    For offering a restore when the vault itself does not open. Damaged backups, and backups made
    under another passphrase, are skipped. Each distinct key file costs one key derivation.
    """
    unwrapped: dict[bytes, tuple[KeyEnvelope, bytes] | None] = {}
    for info in list_backups(vault_folder):
        try:
            keys_text = (info.path / KEYS_NAME).read_bytes()
            if keys_text not in unwrapped:
                try:
                    unwrapped[keys_text] = unlock_backup(info.path, passphrase)
                except VaultError:
                    unwrapped[keys_text] = None
            opened = unwrapped[keys_text]
            if opened is None:
                continue
            facts = verify_backup_database(info.path / DB_NAME, opened[1], opened[0].vault_id)
        except (VaultError, OSError):
            continue
        return replace(info, clients=facts.clients, sessions=facts.sessions)
    return None


def restore_backup(vault_folder: Path, backup_path: Path, passphrase: str,
                   on_restored: Callable[[Vault, RestoreResult], None] | None = None) -> RestoreResult:
    """Replace the vault in vault_folder with a backup, after keeping the current files as a backup.

    ``passphrase`` is the backup's (the one the vault had when it was made); afterwards the vault
    opens with it. The vault must not be open: VaultInUse when another process (or this one) has it.
    Raises WrongPassphrase, BackupNotFound, BackupDamaged, VaultTooNew or BackupFailed, each leaving
    the vault as it was. ``on_restored`` gets the restored vault, open, before it is closed again (the services
    audit the restore there).
    """
    folder, source = Path(vault_folder), Path(backup_path)
    envelope, data_key = unlock_backup(source, passphrase)
    restored = describe_backup(source)
    with _exclusive(folder):
        finish_interrupted_restore(folder)  # an earlier restore killed mid-swap: finish it first
        for stale in folder.glob(f"{STAGING_PREFIX}*"):
            stale.unlink(missing_ok=True)  # left by an interrupted restore; we hold the lock
        staged = _stage(folder, source, data_key, envelope)
        try:
            previous_id = _vault_id_in(folder)
            marks_before = _read_marks(folder, {envelope.vault_id, previous_id})
            pre_restore = preserve_vault_files(folder)
            # The restored database is older than the vault's mark by design: the mark becomes its head.
            write_intent(folder, staged.db, staged.keys, envelope.vault_id,
                         _mark_of(staged.db, data_key, envelope.vault_id))
            swap_in(folder)
        finally:
            staged.discard()
        try:
            vault = Vault.unlock(folder, passphrase)
        except VaultError as exc:
            _put_back(folder, pre_restore)
            _put_back_marks(marks_before)
            raise BackupDamaged(msg("The restored vault did not open ({exc}); the vault as it was has been put back.",
                                    exc=exc)) from exc
        result = RestoreResult(replace(restored, clients=staged.clients, sessions=staged.sessions), pre_restore,
                               envelope.vault_id, previous_id)
        with vault:
            if on_restored is not None:
                on_restored(vault, result)
    # No rotation here: it would delete the backup just restored from (the pre-restore copy is newer).
    return result


# --- helpers ---------------------------------------------------------------------------------------


@dataclass
class _Staged:
    db: Path
    keys: Path
    clients: int = 0
    sessions: int = 0
    extra: list[Path] = field(default_factory=list)

    def discard(self) -> None:
        for path in (self.db, self.keys, *self.extra):
            path.unlink(missing_ok=True)


@contextmanager
def _exclusive(folder: Path) -> Iterator[None]:
    """Hold the instance lock (or use this process's), refusing a vault this process has open."""
    if vault_is_open_here(folder):
        raise VaultInUse(msg("The vault is open: lock it before restoring a backup into it."))
    check_vault_folder(folder)
    if held_lock(folder) is not None:
        yield
        return
    with VaultLock(folder):
        yield


def _stage(folder: Path, source: Path, data_key: bytes, envelope: KeyEnvelope) -> _Staged:
    """Copy the backup beside the vault, merge any WAL into one file, verify it; raises BackupDamaged."""
    token = secrets.token_hex(4)
    staged = _Staged(folder / f"{STAGING_PREFIX}{token}.db", folder / f"{STAGING_PREFIX}{token}.keys.json")
    staged.extra += [Path(f"{staged.db}{suffix}") for suffix in DB_COMPANIONS]
    try:
        copy_durably(source / DB_NAME, staged.db)
        if (source / f"{DB_NAME}-wal").is_file():  # a pre-restore copy of a vault that was open in WAL mode
            copy_durably(source / f"{DB_NAME}-wal", Path(f"{staged.db}-wal"))
        _merge_into_one_file(staged.db, data_key)
        facts = verify_backup_database(staged.db, data_key, envelope.vault_id)
        if not is_known_revision(facts.revision):
            raise VaultTooNew(msg("This backup was made by a newer version of Alliance. Install that version "
                              "to restore it; nothing was restored."))
        staged.clients, staged.sessions = facts.clients, facts.sessions
        copy_durably(source / KEYS_NAME, staged.keys)
    except BackupDamaged as exc:
        staged.discard()
        raise BackupDamaged(msg("The backup is damaged ({exc}) and was not restored; the vault is unchanged.",
                                exc=exc)) from exc
    except OSError as exc:
        staged.discard()
        raise BackupFailed(msg("The backup could not be copied into the vault folder ({value}); the vault is "
                               "unchanged.",
                               value=exc.strerror or exc)) from exc
    except BaseException:
        staged.discard()
        raise
    return staged


def _merge_into_one_file(db_path: Path, data_key: bytes) -> None:
    try:
        conn = open_keyed(db_path, data_key)
        try:
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            conn.close()
    except sqlcipher3.Error as exc:
        raise BackupDamaged(msg("its database does not open with its key")) from exc
    with open(db_path, "rb+") as fh:
        os.fsync(fh.fileno())


def _vault_id_in(folder: Path) -> str | None:
    try:
        return KeyEnvelope.read(folder / KEYS_NAME).vault_id
    except VaultError:
        return None


def _mark_paths(folder: Path, vault_ids: set[str | None]) -> list[Path]:
    return [folder / MARK_NAME, *(outside_mark_path(v) for v in sorted(i for i in vault_ids if i))]


def _read_marks(folder: Path, vault_ids: set[str | None]) -> dict[Path, bytes | None]:
    """The mark files a restore replaces, as they are, to put back if it fails."""
    out: dict[Path, bytes | None] = {}
    for path in _mark_paths(folder, vault_ids):
        try:
            out[path] = path.read_bytes() if path.is_file() and not path.is_symlink() else None
        except OSError:
            out[path] = None
    return out


def _put_back_marks(marks: dict[Path, bytes | None]) -> None:
    for path, data in marks.items():
        if data is None:
            path.unlink(missing_ok=True)
        else:
            atomic_write(path, data)


def _mark_of(db_path: Path, data_key: bytes, vault_id: str) -> bytes | None:
    """The mark content for a staged database at its head (None for a backup from before the keyed chain)."""
    try:
        conn = open_keyed(db_path, data_key, readonly=True)
        try:
            last = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
            keyed = conn.execute("SELECT value FROM vault_meta WHERE key = 'audit_keyed_from'").fetchone()
        finally:
            conn.close()
    except sqlcipher3.Error as exc:
        raise BackupDamaged(msg("its database does not open with its key")) from exc
    if keyed is None or not str(keyed[0]).isdigit():
        return None
    head = Head(int(last[0]), str(last[1])) if last else Head(0, "")
    return mark_bytes(Mark(vault_id, head, int(keyed[0])), subkey(data_key, PURPOSE_MARK))


def _put_back(folder: Path, pre_restore: BackupInfo | None) -> None:
    """Undo a swap: the files from the pre-restore copy, or none when the folder held no vault."""
    for suffix in DB_COMPANIONS:
        (folder / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
    for name in (DB_NAME, f"{DB_NAME}-wal", KEYS_NAME):
        if pre_restore is not None and (pre_restore.path / name).is_file():
            tmp = folder / f"{STAGING_PREFIX}{secrets.token_hex(4)}"
            copy_durably(pre_restore.path / name, tmp)
            os.replace(tmp, folder / name)
        elif name != f"{DB_NAME}-wal":
            (folder / name).unlink(missing_ok=True)
    fsync_folder(folder)
