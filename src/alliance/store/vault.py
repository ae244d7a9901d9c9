"""The vault: a folder holding the encrypted database and its key envelope.

    <vault>/alliance.db   SQLCipher 4, keyed with a raw random data key
    <vault>/keys.json     the data key wrapped under the passphrase and the recovery key
    <vault>/backups/      verified encrypted backups (store/backup.py)
    <vault>/.lock         single-instance lock

A backup is taken before every schema migration (unlock fails rather than migrate without one) and,
unless the caller defers it, once a day at unlock (``backup_if_due``; a failure there does not stop
the unlock and is kept in ``backup_problem``).
"""

from __future__ import annotations

import secrets
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session as DbSession

from alliance.paths import backups_folder
from alliance.store import audit
from alliance.store.backup import PRE_MIGRATION, BackupInfo, backup_if_due, record_backup, rotate, write_backup
from alliance.store.direct_write import direct_write
from alliance.store.engine import make_engine
from alliance.store.errors import (
    BackupFailed,
    DatabaseDamaged,
    VaultAccessDenied,
    VaultAlreadyExists,
    VaultError,
    VaultNotFound,
)
from alliance.store.instance_lock import VaultLock, held_lock
from alliance.store.kdf import KdfParams
from alliance.store.keys import KeyEnvelope
from alliance.store.layout import DB_NAME as DB_NAME
from alliance.store.layout import KEYS_NAME as KEYS_NAME
from alliance.store.migrate import needs_upgrade, upgrade_to_head
from alliance.store.models import VaultMeta
from alliance.store.sql import OrmSql, Sql
from alliance.store.unlock_failures import take_failures

BACKUPS_NAME = "backups"
_open_vaults: weakref.WeakSet[Vault] = weakref.WeakSet()  # so a restore can refuse a vault open here
_open_vaults_guard = threading.Lock()


def vault_exists(folder: Path) -> bool:
    """Whether folder holds a vault (its key file); VaultAccessDenied when the folder cannot be searched."""
    try:
        return (Path(folder) / KEYS_NAME).is_file()
    except PermissionError as exc:
        raise VaultAccessDenied() from exc


class Vault:
    """An unlocked vault. Create with ``create``, ``unlock`` or ``recover``; ``close`` locks it again."""

    def __init__(self, folder: Path, envelope: KeyEnvelope, data_key: bytes, lock: VaultLock | None) -> None:
        self.folder = Path(folder)
        self.vault_id = envelope.vault_id
        self._envelope = envelope
        self._key = bytearray(data_key)
        self._lock = lock  # None when an outer owner (the GUI) holds the lock
        self._local = threading.local()
        self._engine: Engine | None = make_engine(self.db_path, bytes(self._key))
        self.last_backup: BackupInfo | None = None  # the backup this unlock made, if any
        # (action, pre-migration backup, daily backup wanted) until finish_unlock has run
        self._pending: tuple[str, BackupInfo | None, bool] | None = None
        self.backup_problem: str | None = None  # why the daily backup at unlock failed, if it did
        with _open_vaults_guard:
            _open_vaults.add(self)

    # --- paths ---------------------------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keys_path(self) -> Path:
        return self.folder / KEYS_NAME

    # --- opening -------------------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, passphrase: str, kdf: KdfParams | None = None) -> tuple[Vault, str]:
        """Create a new vault; returns it unlocked, with the recovery key to show once."""
        folder = Path(folder)
        if vault_exists(folder) or (folder / DB_NAME).exists():
            raise VaultAlreadyExists()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = _take_lock(folder)
        try:
            envelope, data_key, recovery_key = KeyEnvelope.create(passphrase, kdf or KdfParams.calibrate())
            vault = cls(folder, envelope, data_key, lock)
            try:
                upgrade_to_head(vault.engine)
                with vault.transaction() as db:
                    db.add(VaultMeta(key="vault_id", value=envelope.vault_id))
                    db.add(VaultMeta(key="export_key", value=secrets.token_hex(32)))
                    audit.record(db, "vault created")
                # The key file goes last: a folder without it is not a vault, so a crash mid-create
                # leaves nothing that asks for a passphrase it can never open.
                envelope.write(vault.keys_path)
            except BaseException:
                vault.close()
                raise
            return vault, recovery_key
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, *, daily_backup: bool = True, defer_checks: bool = False) -> Vault:
        """Open a vault with its passphrase.

        Before anything is written, every page's HMAC is checked (``PRAGMA cipher_integrity_check``), so
        damage in a page unlock never reads is found before an audit event lands in the damaged file.
        With ``daily_backup`` the daily backup then runs when due. The GUI passes ``defer_checks=True``:
        the vault opens for reading only and ``finish_unlock`` (page check, audit event, daily backup)
        runs on a worker thread after the caseload is shown.
        """
        return cls._open(Path(folder), lambda env: env.unwrap_with_passphrase(passphrase), "unlock", daily_backup,
                         defer_checks)

    @classmethod
    def recover(cls, folder: Path, recovery_key: str, new_passphrase: str) -> Vault:
        """Open a vault with its recovery key and set a new passphrase."""
        folder = Path(folder)
        vault = cls._open(folder, lambda env: env.unwrap_with_recovery_key(recovery_key), "recovery unlock", True,
                          False)
        try:
            vault._rewrap(new_passphrase)
            with vault.transaction() as db:
                audit.record(db, "passphrase reset with recovery key")
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _open(cls, folder: Path, unwrap: object, action: str, daily_backup: bool, defer_checks: bool) -> Vault:
        if not vault_exists(folder):
            raise VaultNotFound()
        lock = _take_lock(folder)
        try:
            envelope = KeyEnvelope.read(folder / KEYS_NAME)
            data_key = unwrap(envelope)  # type: ignore[operator]
            if not (folder / DB_NAME).is_file():
                raise DatabaseDamaged("The vault database (alliance.db) is missing. Restore the vault from a backup.")
            vault = cls(folder, envelope, data_key, lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        try:
            vault._pending = (action, vault._check_database(), daily_backup)
            if not defer_checks:
                vault.finish_unlock()
        except BaseException:
            vault.close(audit_lock=False)
            raise
        return vault

    def finish_unlock(self) -> None:
        """Check every page, then record the unlock and make the daily backup when due (idempotent).

        Raises DatabaseDamaged, without writing anything, when a page fails its HMAC."""
        if self._pending is None:
            return
        action, pre_migration, daily_backup = self._pending
        self._check_pages()
        with self.transaction() as db:
            audit.record(db, action)
            for when, what in take_failures(self.folder):  # attempts that could not be written at the time
                audit.record(db, "failed unlock", attempted_at=when, method=what)
            if pre_migration is not None:
                record_backup(db, pre_migration)
        self._pending = None
        self.last_backup = pre_migration
        if daily_backup and pre_migration is None:
            try:
                self.last_backup = backup_if_due(self)
            except (VaultError, OSError) as exc:  # the vault is fine; say so rather than refuse it
                self.backup_problem = str(exc)

    @property
    def unlock_finished(self) -> bool:
        """False between a deferred unlock and its ``finish_unlock``."""
        return self._pending is None

    def _check_pages(self) -> None:
        raw = self.engine.raw_connection()
        try:
            failing = raw.cursor().execute("PRAGMA cipher_integrity_check").fetchall()
        except Exception as exc:
            raise DatabaseDamaged() from exc
        finally:
            raw.close()
        if failing:
            raise DatabaseDamaged(
                f"{len(failing)} page(s) of the vault database (alliance.db) fail their authentication check: "
                "it is damaged or was altered. Restore the vault from a backup.")

    def _check_database(self) -> BackupInfo | None:
        """Check the database belongs to the key file; back it up, then migrate it when it is behind."""
        pre_migration = None
        try:
            if needs_upgrade(self.engine):
                self._check_vault_id()
                try:
                    pre_migration = self.backup_into(backups_folder(self.folder), PRE_MIGRATION)
                except BackupFailed as exc:
                    raise BackupFailed(f"This vault needs an upgrade, which waits for a backup first: {exc}") from exc
                with suppress(OSError):
                    rotate(self.folder)
                upgrade_to_head(self.engine)
            self._check_vault_id()
        except VaultError:
            raise
        except SADatabaseError as exc:
            raise DatabaseDamaged() from exc
        return pre_migration

    def _check_vault_id(self) -> None:
        with self.transaction() as db:
            stored_id = db.get(VaultMeta, "vault_id")
        if stored_id is None or stored_id.value != self.vault_id:
            raise DatabaseDamaged("The key file (keys.json) belongs to another vault than this database.")

    # --- backups -------------------------------------------------------------------------------

    def backup_into(self, root: Path, label: str = "") -> BackupInfo:
        """Write a verified encrypted backup folder into root (no audit event; see backup.make_backup)."""
        raw = self.engine.raw_connection()
        try:
            return write_backup(raw.driver_connection, bytes(self._key), self._envelope, Path(root), label)
        finally:
            raw.close()

    # --- passphrase ----------------------------------------------------------------------------

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """Rewrap the data key under a new passphrase; nothing is re-encrypted."""
        self._envelope.unwrap_with_passphrase(old_passphrase)  # raises WrongPassphrase
        self._rewrap(new_passphrase)
        with self.transaction() as db:
            audit.record(db, "passphrase changed")

    def _rewrap(self, new_passphrase: str) -> None:
        envelope = self._envelope.rewrapped(bytes(self._key), new_passphrase, self._envelope.kdf)
        envelope.write(self.keys_path)
        self._envelope = envelope

    # --- database access -----------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultError("The vault is locked.")
        return self._engine

    @contextmanager
    def transaction(self) -> Iterator[DbSession]:
        """One unit of work; commits durably at the end. Nested use joins the outer transaction.

        Refused (RuntimeError) inside a ``sql_transaction`` of this thread: it would wait on a second
        connection for the write lock that the first one holds."""
        outer: DbSession | None = getattr(self._local, "db", None)
        if outer is not None:
            yield outer
            return
        if getattr(self._local, "sql", None) is not None:
            raise RuntimeError("An ORM transaction cannot open inside a sql_transaction of the same thread.")
        with DbSession(self.engine, expire_on_commit=False, autoflush=True) as db, db.begin():
            self._local.db = db
            try:
                yield db
            finally:
                self._local.db = None

    @contextmanager
    def sql_transaction(self) -> Iterator[Sql]:
        """One write of plain SQL statements; commits durably at the end (see store/direct_write.py).

        Alone it runs straight on a pooled driver connection: BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any
        error, storage errors mapped to vault errors. Inside an open ``transaction()`` of this thread it joins
        that one instead (its pending rows flushed first, its connection used, nothing committed here), so an
        importer still commits once; inside another ``sql_transaction`` it joins that one."""
        outer_db: DbSession | None = getattr(self._local, "db", None)
        if outer_db is not None:
            yield OrmSql(outer_db)
            return
        outer: Sql | None = getattr(self._local, "sql", None)
        if outer is not None:
            yield outer
            return
        with direct_write(self.engine) as tx:
            self._local.sql = tx
            try:
                yield tx
            finally:
                self._local.sql = None

    def meta(self, key: str) -> str | None:
        """A vault_meta value."""
        with self.transaction() as db:
            row = db.execute(select(VaultMeta.value).where(VaultMeta.key == key)).scalar_one_or_none()
        return row

    # --- closing -------------------------------------------------------------------------------

    def close(self, audit_lock: bool = True) -> None:
        """Lock: dispose every connection, wipe our copy of the key, release the instance lock.

        Nothing is written to a vault whose unlock did not finish (its pages are not yet checked)."""
        if self._engine is not None:
            if audit_lock and self._pending is None:
                with suppress(Exception), self.transaction() as db:
                    audit.record(db, "lock")
            self._engine.dispose()
            self._engine = None
        with _open_vaults_guard:
            _open_vaults.discard(self)
        for i in range(len(self._key)):
            self._key[i] = 0
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def vault_is_open_here(folder: Path) -> bool:
    """Whether this process has the vault in folder unlocked."""
    target = Path(folder).resolve()
    with _open_vaults_guard:
        open_here = list(_open_vaults)
    return any(v.is_open and v.folder.resolve() == target for v in open_here)


def _take_lock(folder: Path) -> VaultLock | None:
    """Acquire the instance lock, unless this process (the GUI) already holds it."""
    if held_lock(folder) is not None:
        return None
    lock = VaultLock(folder)
    lock.acquire()
    return lock
