"""SQLCipher connections and the SQLAlchemy engine over them.

SQLAlchemy's own ``sqlite+pysqlcipher`` dialect sends the URL password as a passphrase; we hand
SQLCipher a raw 256-bit key instead (Argon2id is the only KDF), so connections come from a creator.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from alliance.core.messages import msg
from alliance.core.secret_memory import wipe
from alliance.store.errors import (
    DatabaseDamaged,
    DiskFull,
    StorageError,
    VaultAccessDenied,
    VaultError,
)
from alliance.store.files import disk_nearly_full, owner_only

BUSY_TIMEOUT_MS = 5000
MIN_DB_BYTES = 512  # SQLite's smallest page size: no database with content is shorter

# SQLite primary result codes (https://sqlite.org/rescode.html); exceptions carry the extended code,
# whose low byte is the primary one.
_SQLITE_PERM = 3
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


def storage_error(exc: BaseException) -> VaultError | None:
    """The vault error for a SQLite failure caused by the disk or by damaged files; None for any other.

    Without this a full disk, a read-only folder or a damaged page reached the caller as a raw
    SQLAlchemy OperationalError/DatabaseError, which no front end can word for a clinician.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        return DiskFull()
    if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
        return VaultAccessDenied()
    if primary == _SQLITE_IOERR:
        return StorageError()
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return DatabaseDamaged()
    return None


def _disk_error_for(exc: BaseException, path: Path) -> VaultError | None:
    """storage_error, with an I/O error on a disk that is (nearly) full reported as the full disk it is."""
    mapped = storage_error(exc)
    if type(mapped) is StorageError and disk_nearly_full(path):
        return DiskFull()
    return mapped


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def apply_key(conn: sqlcipher3.Connection, data_key: bytes | bytearray) -> None:
    """Key the connection; the key's text, made for this statement only, is wiped after it."""
    hex_key = data_key.hex()
    pragma = f"PRAGMA key = \"x'{hex_key}'\""
    try:
        # Not execute(): its statement cache would keep the compiled statement, and SQLite its text, until the
        # connection closes. executescript prepares, runs and finalizes it at once.
        conn.executescript(pragma)
    finally:
        wipe(pragma)
        wipe(hex_key)


def connect(path: Path, data_key: bytes | bytearray) -> sqlcipher3.Connection:
    """A keyed SQLCipher connection with the vault's pragmas; fails with DatabaseDamaged if the key does not fit
    (or with DiskFull / VaultAccessDenied / StorageError when the disk, not the file, is the problem)."""
    # An alliance.db shorter than SQLite's smallest page (512 bytes; 0 included) is a truncated vault, never
    # a new one: creating a vault starts from no file, and the first connection writes a whole page 1 at
    # once (journal_mode = WAL). SQLite reads such a file as an empty database, so opening it wrote a fresh
    # database over the damaged file (and unlock then ran every migration into it).
    with suppress(OSError):
        if path.stat().st_size < MIN_DB_BYTES:
            raise DatabaseDamaged(msg("The vault database (alliance.db) is cut short. Restore the vault from a "
                                      "backup."))
    try:
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    except sqlcipher3.DatabaseError as exc:
        raise (_disk_error_for(exc, path) or DatabaseDamaged()) from exc
    # Owner-only whatever the umask, before the WAL and its index are made: SQLite gives them the database's mode.
    for companion in ("", "-wal", "-shm"):
        owner_only(Path(f"{path}{companion}"))
    try:
        # Silence SQLCipher's own stderr lines about failing HMACs; damage is reported by us.
        conn.execute("PRAGMA cipher_log_level = NONE")
        apply_key(conn, data_key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # SQLite's built-in lower() folds ASCII only, but the services compare lower(code) with Python's
        # str.lower() (find_client, code_taken, caseload search): a code such as "Élodie" was never found
        # again, and adding it a second time failed on the UNIQUE constraint with a raw IntegrityError.
        # Use Python's Unicode lower() on both sides. No index is built on lower(), so none goes stale.
        conn.create_function("lower", 1, _lower, deterministic=True)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        mapped = _disk_error_for(exc, path)
        # A wrong key or a damaged header reads as "not a database"; only the disk's own errors differ.
        raise (mapped if isinstance(mapped, StorageError) else DatabaseDamaged()) from exc
    return conn


def connect_readonly(path: Path, data_key: bytes | bytearray) -> sqlcipher3.Connection:
    """A keyed connection that never writes the vault's files (``mode=ro``): no journal-mode change, no
    checkpoint, and the WAL left in place when it closes. Works on a read-only alliance.db or folder as long as
    SQLite can read (or, in a read-only folder, find) the WAL index; DatabaseDamaged when the key does not fit."""
    with suppress(OSError):
        if path.stat().st_size < MIN_DB_BYTES:
            raise DatabaseDamaged(msg("The vault database (alliance.db) is cut short. Restore the vault from a "
                                      "backup."))
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        conn = _keyed_readonly(uri, data_key)
    except VaultAccessDenied:
        # A read-only folder without the WAL index: SQLite cannot read a WAL there, but with no WAL file at all
        # (a vault closed cleanly) the database file is the whole vault, and reads as immutable.
        if Path(f"{path}-wal").exists():
            raise
        conn = _keyed_readonly(uri + "&immutable=1", data_key)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.create_function("lower", 1, _lower, deterministic=True)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise (storage_error(exc) or DatabaseDamaged()) from exc
    return conn


def _keyed_readonly(uri: str, data_key: bytes | bytearray) -> sqlcipher3.Connection:
    try:
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    except sqlcipher3.DatabaseError as exc:
        raise (storage_error(exc) or DatabaseDamaged()) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        apply_key(conn, data_key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        mapped = storage_error(exc)
        raise (mapped if isinstance(mapped, StorageError) else DatabaseDamaged()) from exc
    return conn


def make_readonly_engine(path: Path, data_key: bytes | bytearray) -> Engine:
    """An engine over ``connect_readonly`` connections, for reading a vault without writing to it."""
    return create_engine("sqlite://", creator=lambda: connect_readonly(path, data_key), module=sqlcipher3,
                         poolclass=QueuePool, pool_size=1, max_overflow=1)


def make_engine(path: Path, data_key: bytes | bytearray) -> Engine:
    """An engine whose every connection is keyed; transactions begin explicitly (BEGIN IMMEDIATE for writes)."""

    def creator() -> sqlcipher3.Connection:
        try:
            return connect(path, data_key)
        except VaultAccessDenied:
            # A vault that cannot be written still reads (verify, export): every write is refused as read-only.
            return connect_readonly(path, data_key)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    # pysqlite's implicit transaction handling is disabled (isolation_level=None above); emit BEGIN
    # ourselves so SAVEPOINTs and transactional DDL behave (see SQLAlchemy's pysqlite notes).
    # IMMEDIATE: a unit of work that reads, then writes (adding a client checks its code first) takes the
    # write lock at its start, waiting up to busy_timeout for another writer. A deferred BEGIN failed at its
    # first write with "database is locked", without waiting, whenever another connection had committed since
    # its read (the GUI saving while the unlock worker wrote the unlock event). A vault that cannot be written
    # (read-only file or disk) still reads: BEGIN IMMEDIATE is refused there, and a plain BEGIN is used.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        driver = conn.connection.driver_connection
        try:
            driver.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as exc:
            if storage_error(exc) is None or driver.in_transaction:
                raise
            conn.exec_driver_sql("BEGIN")

    # A statement or COMMIT that fails because the disk is full, read-only or failing, or because a page
    # is damaged, raises the matching VaultError instead of a raw OperationalError/DatabaseError. SQLite
    # has rolled the transaction back (or SQLAlchemy does), so nothing of it is stored.
    @event.listens_for(engine, "handle_error")
    def _map_storage_errors(context: Any) -> None:
        mapped = _disk_error_for(context.original_exception, path)
        if mapped is not None:
            raise mapped from context.original_exception

    return engine
