"""The vault: a folder holding the encrypted database and its key envelope.

    <vault>/alliance.db   SQLCipher 4, keyed with a raw random data key
    <vault>/keys.json     the data key wrapped under the passphrase and the recovery key
    <vault>/backups/      verified encrypted backups (store/backup.py)
    <vault>/mark.json     the high-water mark: the audit chain's head, MAC'd (store/mark.py)
    <vault>/.lock         single-instance lock

``Vault`` holds the vault's lifecycle, keys, instance lock and schema migration; reads and writes go through
its unit of work (``vault.work``, store/unit_of_work.py). Opening runs the migration when the schema is behind,
after a pre-migration backup (opening fails rather than migrate without one). Opening compares the database with
its high-water mark first (a database behind it is ``ChangesMissing``, nothing written); after every commit that
appended audit events the vault writes the new mark and checkpoints the WAL. Audit events, the daily backup
and the page check after opening are the services' (``services/vault_access.py``): nothing here records.
"""

from __future__ import annotations

import secrets
import threading
import weakref
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError

from alliance.core.messages import msg
from alliance.core.secret_memory import wipe
from alliance.paths import backups_folder
from alliance.store import audit
from alliance.store.backup import PRE_MIGRATION, BackupInfo, rotate, write_backup
from alliance.store.engine import make_engine
from alliance.store.errors import (
    BackupFailed,
    ChangesMissing,
    DatabaseDamaged,
    VaultAccessDenied,
    VaultAlreadyExists,
    VaultError,
    VaultNotFound,
    disk_error,
)
from alliance.store.files import check_vault_folder, owner_only
from alliance.store.instance_lock import VaultLock, held_lock
from alliance.store.kdf import KdfParams
from alliance.store.keys import KeyEnvelope
from alliance.store.layout import DB_NAME, KEYS_NAME, vault_exists
from alliance.store.mark import (
    MARK_NAME,
    PURPOSE_AUDIT,
    PURPOSE_CONTENT,
    PURPOSE_MARK,
    Head,
    Mark,
    compare,
    newest_mark,
    subkey,
    write_mark,
    write_outside_mark,
)
from alliance.store.migrate import needs_upgrade, upgrade_to_head
from alliance.store.models import AuditEventRow, VaultMeta
from alliance.store.restore_intent import finish_interrupted_restore
from alliance.store.unit_of_work import UnitOfWork

_open_vaults: weakref.WeakSet[Vault] = weakref.WeakSet()  # so a restore can refuse a vault open here
_open_vaults_guard = threading.Lock()

# Gives the data key for one open; the key it returns is wiped once the vault holds its own copy.
Unwrap = Callable[[KeyEnvelope], bytes | bytearray]


def _own(key: bytes) -> bytearray:
    """A key in a buffer of the vault's own (zeroed at close), the one it came in wiped."""
    buffer = bytearray(key)
    wipe(key)
    return buffer


class Vault:
    """An unlocked vault. Open with ``create``, ``unlock`` or ``unlock_with_recovery_key``; ``close`` locks it again."""

    def __init__(self, folder: Path, envelope: KeyEnvelope, data_key: bytes | bytearray,
                 lock: VaultLock | None) -> None:
        self.folder = Path(folder)
        self.vault_id = envelope.vault_id
        self._envelope = envelope
        self._key = bytearray(data_key)
        self._mark_key = _own(subkey(data_key, PURPOSE_MARK))
        self._audit_key = _own(subkey(data_key, PURPOSE_AUDIT))
        self._content_key = _own(subkey(data_key, PURPOSE_CONTENT))
        self._lock = lock  # None when an outer owner (the GUI) holds the lock
        # The engine keys each connection from this buffer, which close() zeroes: no other copy of the key is kept.
        self._engine: Engine | None = make_engine(self.db_path, self._key)
        self.work = UnitOfWork(lambda: self.engine, self._session_info, self._after_commit)
        self.pre_migration_backup: BackupInfo | None = None  # taken while opening, for the services to audit
        self.pages_checked = False  # every page's HMAC checked since opening (``check_pages``)
        # The high-water mark: the seq last written, where the keyed chain begins (None: a vault from before
        # it, upgraded by the services at the end of the unlock: ``needs_keyed_chain``), and why the last
        # write of the mark failed (the commit stood; the next one tries again).
        self._mark_guard = threading.Lock()
        self._mark_seq = 0
        self.keyed_from: int | None = None
        self.mark_problem: str | None = None
        self.read_only = False  # found read-only at unlock: it reads, and what it cannot audit waits (pending_audit)
        with _open_vaults_guard:
            _open_vaults.add(self)

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
        check_vault_folder(folder)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        owner_only(folder, 0o700)  # an existing folder too: whatever the umask, nothing in it for others
        lock = _take_lock(folder)
        try:
            envelope, data_key, recovery_key = KeyEnvelope.create(passphrase, kdf or KdfParams.calibrate())
            try:
                vault = cls(folder, envelope, data_key, lock)
            finally:
                wipe(data_key)
            try:
                upgrade_to_head(vault.engine)
                with vault.work.transaction() as db:
                    db.add(VaultMeta(key="vault_id", value=envelope.vault_id))
                    db.add(VaultMeta(key="export_key", value=secrets.token_hex(32)))
                    db.add(VaultMeta(key=audit.KEYED_FROM, value="1"))  # keyed from its first event
                vault.keyed_from = 1
                # The key file goes last: a folder without it is not a vault, so a crash mid-create
                # leaves nothing that asks for a passphrase it can never open.
                envelope.write(vault.keys_path)
            except BaseException:
                vault.close()
                raise
            vault.pages_checked = True  # every page was written just now, under this key
            return vault, recovery_key
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Vault:
        """Open a vault with its passphrase (see ``open``)."""
        return cls.open(Path(folder), lambda env: env.unwrap_with_passphrase(passphrase))

    @classmethod
    def unlock_with_recovery_key(cls, folder: Path, recovery_key: str) -> Vault:
        """Open a vault with its recovery key (see ``open``); set a new passphrase next with ``rewrap``."""
        return cls.open(Path(folder), lambda env: env.unwrap_with_recovery_key(recovery_key))

    @classmethod
    def open(cls, folder: Path, unwrap: Unwrap) -> Vault:
        """Take the instance lock, unwrap the data key, open the database and migrate it when it is behind.

        Nothing but a migration (after its backup) is written; call ``check_pages`` before writing anything
        else, so damage in a page this never read cannot be written over. Any failure releases the lock."""
        if not vault_exists(folder):
            raise VaultNotFound()
        check_vault_folder(folder)
        lock = _take_lock(folder)
        try:
            finish_interrupted_restore(folder)  # a restore killed between its renames: finish it first
            envelope = KeyEnvelope.read(folder / KEYS_NAME)
            data_key = unwrap(envelope)
            try:
                if not (folder / DB_NAME).is_file():
                    raise DatabaseDamaged(msg("The vault database (alliance.db) is missing. Restore the vault from a "
                                          "backup."))
                vault = cls(folder, envelope, data_key, lock)
            finally:
                wipe(data_key)  # made for this open (see Unwrap): the vault keeps its own copy, zeroed at close
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        try:
            vault.pre_migration_backup = vault._check_database()
        except BaseException:
            vault.close()
            raise
        return vault

    def check_pages(self) -> None:
        """Check every page's HMAC (``PRAGMA cipher_integrity_check``); DatabaseDamaged, writing nothing, when
        a page fails."""
        raw = self.engine.raw_connection()
        try:
            failing = raw.cursor().execute("PRAGMA cipher_integrity_check").fetchall()
        except Exception as exc:
            raise DatabaseDamaged() from exc
        finally:
            raw.close()
        if failing:
            raise DatabaseDamaged(
                msg("{value} page(s) of the vault database (alliance.db) fail their authentication check: it is "
                    "damaged or was altered. Restore the vault from a backup.",
                    value=len(failing)))
        self.pages_checked = True

    @property
    def needs_keyed_chain(self) -> bool:
        """Whether this vault predates the keyed audit chain and its mark (the services upgrade it at unlock)."""
        return self.keyed_from is None

    def _check_database(self) -> BackupInfo | None:
        """Check the database belongs to the key file and is not behind its high-water mark; back it up, then
        migrate it when its schema is behind."""
        pre_migration = None
        try:
            upgrade = needs_upgrade(self.engine)
            self._check_vault_id()
            self._check_mark()
            if upgrade:
                try:
                    pre_migration = self.backup_into(backups_folder(self.folder), PRE_MIGRATION)
                except BackupFailed as exc:
                    raise BackupFailed(msg("This vault needs an upgrade, which waits for a backup first: {exc}",
                                           exc=exc)) from exc
                with suppress(OSError):
                    rotate(self.folder)
                upgrade_to_head(self.engine)
            self._check_vault_id()
        except VaultError:
            raise
        except SADatabaseError as exc:
            raise DatabaseDamaged() from exc
        return pre_migration

    def _check_mark(self) -> None:
        """Compare the database with the newer of its two marks (store/mark.py); nothing is written."""
        with self.work.transaction() as db:
            db_head = audit.head(db)
            keyed_from = audit.keyed_from(db)
            inside, outside = newest_mark(self.folder, bytes(self._mark_key), self.vault_id)
            marks = [m for m in (inside, outside) if m is not None]
            if not marks:
                if keyed_from is not None and db_head is not None:
                    raise DatabaseDamaged(msg("The vault's high-water mark ({MARK_NAME}) is missing, so Alliance "
                                              "cannot tell whether recent changes were lost. Restore the newest "
                                              "backup.",
                                              MARK_NAME=MARK_NAME))
                self.keyed_from = keyed_from
                return
            mark = max(marks, key=lambda m: m.head.seq)
            at_mark = db.get(AuditEventRow, mark.head.seq) if mark.head.seq > 0 else None
            problem = compare(mark, db_head, at_mark.hash if at_mark is not None else None)
            if problem is not None:
                missing = mark.head.seq - (db_head.seq if db_head else 0)
                raise ChangesMissing(problem, missing) if missing > 0 else DatabaseDamaged(problem)
            if keyed_from != mark.keyed_from:
                raise DatabaseDamaged(msg("The vault is damaged: its audit trail does not match the vault's high-water "
                                      "mark, so the database was altered. Restore the newest backup."))
        self.keyed_from = keyed_from
        # A copy that is missing or behind (a save that crashed before its mark) is rewritten at the next commit.
        stale = inside is None or outside is None or inside.head != outside.head or mark.head != db_head
        self._mark_seq = 0 if stale else mark.head.seq

    def _after_commit(self, head: Head, keyed_from: int | None) -> None:
        """After a commit that appended audit events: write the mark (beside keys.json, then outside the folder),
        then checkpoint the WAL so the commit stops living only in it."""
        with self._mark_guard:
            if keyed_from is not None:
                self.keyed_from = keyed_from
            if self.keyed_from is not None and head.seq > self._mark_seq:
                mark = Mark(self.vault_id, head, self.keyed_from)
                try:
                    write_mark(self.folder / MARK_NAME, mark, bytes(self._mark_key))
                    write_outside_mark(mark, bytes(self._mark_key))
                except OSError as exc:
                    self.mark_problem = f"The vault's high-water mark could not be written ({exc.strerror or exc})."
                else:
                    self._mark_seq = head.seq
                    self.mark_problem = None
        self.checkpoint()

    def checkpoint(self) -> None:
        """Copy committed WAL frames into alliance.db (PASSIVE: never waits for, nor blocks, a reader)."""
        if self._engine is None:
            return
        with suppress(Exception):
            raw = self._engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:
                raw.close()

    def _session_info(self) -> dict[str, object]:
        return {audit.INFO_AUDIT_KEY: self._audit_key, audit.INFO_CONTENT_KEY: self._content_key}

    @property
    def content_key(self) -> bytes:
        """The key of the session digests (for verifying them)."""
        return bytes(self._content_key)

    def _check_vault_id(self) -> None:
        with self.work.transaction() as db:
            stored_id = db.get(VaultMeta, "vault_id")
        if stored_id is None or stored_id.value != self.vault_id:
            raise DatabaseDamaged(msg("The key file (keys.json) belongs to another vault than this database."))

    # --- keys ----------------------------------------------------------------------------------

    def backup_into(self, root: Path, label: str = "") -> BackupInfo:
        """Write a verified encrypted backup folder into root (not audited: see services/backups.py)."""
        raw = self.engine.raw_connection()
        try:
            return write_backup(raw.driver_connection, self._key, self._envelope, Path(root), label)
        finally:
            raw.close()

    def check_passphrase(self, passphrase: str) -> None:
        """WrongPassphrase unless passphrase unwraps this vault's key."""
        self._envelope.unwrap_with_passphrase(passphrase)

    def rewrap(self, new_passphrase: str) -> KeyEnvelope:
        """Wrap the data key under a new passphrase; nothing is re-encrypted. Returns the envelope it replaced
        (for ``put_back_envelope``); raises, with keys.json as it was, when the new one cannot be written."""
        kdf = self._envelope.kdf if self._envelope.kdf.within_bounds else KdfParams.calibrate()
        envelope = self._envelope.rewrapped(self._key, new_passphrase, kdf)
        try:
            envelope.write(self.keys_path)
        except OSError as exc:
            mapped = disk_error(exc, msg("The new key file ({path})", path=str(self.keys_path)))
            raise mapped from exc
        previous, self._envelope = self._envelope, envelope
        return previous

    def put_back_envelope(self, envelope: KeyEnvelope) -> None:
        """Write an earlier envelope of this vault back (a passphrase change that could not be audited)."""
        try:
            envelope.write(self.keys_path)
        except OSError as exc:
            raise disk_error(exc, msg("The key file ({path})", path=str(self.keys_path))) from exc
        self._envelope = envelope

    # --- database access -----------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultError(msg("The vault is locked."))
        return self._engine

    # --- closing -------------------------------------------------------------------------------

    def close(self) -> None:
        """Lock: dispose every connection, wipe our copy of the key, release the instance lock (idempotent)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        with _open_vaults_guard:
            _open_vaults.discard(self)
        for buffer in (self._key, self._mark_key, self._audit_key, self._content_key):
            for i in range(len(buffer)):
                buffer[i] = 0
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
    try:
        lock.acquire(read_only=True)
    except VaultAccessDenied:
        if _writable(folder):
            raise
        return None  # a read-only folder: no lock file can be made here, and no one can write the vault either
    return lock


def _writable(folder: Path) -> bool:
    try:
        probe = Path(folder) / f".write-probe-{secrets.token_hex(4)}"
        probe.touch(mode=0o600, exist_ok=False)
        probe.unlink()
    except OSError:
        return False
    return True
