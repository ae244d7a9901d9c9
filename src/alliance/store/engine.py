"""SQLCipher connections and the SQLAlchemy engine over them.

SQLAlchemy's own ``sqlite+pysqlcipher`` dialect sends the URL password as a passphrase; we hand
SQLCipher a raw 256-bit key instead (Argon2id is the only KDF), so connections come from a creator.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from alliance.store.errors import DatabaseDamaged

BUSY_TIMEOUT_MS = 5000


def _key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """A keyed SQLCipher connection with the vault's pragmas; fails with DatabaseDamaged if the key does not fit."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        # Silence SQLCipher's own stderr lines about failing HMACs; damage is reported by us.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(data_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise DatabaseDamaged() from exc
    return conn


def make_engine(path: Path, data_key: bytes) -> Engine:
    """An engine whose every connection is keyed; transactions begin explicitly (BEGIN IMMEDIATE for writes)."""

    def creator() -> sqlcipher3.Connection:
        return connect(path, data_key)

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
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine
