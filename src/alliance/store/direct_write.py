"""A write transaction straight on a pooled driver connection: plain SQL, without SQLAlchemy per statement.

Saving a session is the one write a clinician waits on after every session. Through the ORM its unit of work
and SQLAlchemy's per-statement machinery cost several times what SQLCipher itself takes to write and sync,
so ``Vault.sql_transaction`` runs it here instead: ``BEGIN IMMEDIATE``, the statements on the sqlcipher3
connection, ``COMMIT`` (durable: the connection runs WAL with synchronous=FULL), ``ROLLBACK`` on any error.

A failing statement, BEGIN or COMMIT raises what the engine's ``handle_error`` hook raises for the same
SQLite error (``engine.storage_error``: DiskFull, VaultAccessDenied, StorageError, DatabaseDamaged);
any other SQLite error propagates as the driver raised it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any, NoReturn

import sqlcipher3
from sqlalchemy import Engine

from alliance.store.engine import storage_error
from alliance.store.sql import Rows


def _raise_mapped(exc: sqlcipher3.Error) -> NoReturn:
    mapped = storage_error(exc)
    if mapped is not None:
        raise mapped from exc
    raise exc


class DirectWrite:
    """``Sql`` on a driver connection inside an open transaction (see ``direct_write``)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Sequence[object] = ()) -> Rows:
        try:
            cursor: Rows = self._conn.execute(sql, params)
        except sqlcipher3.Error as exc:
            _raise_mapped(exc)
        return cursor

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        if not rows:
            return
        try:
            self._conn.executemany(sql, rows)
        except sqlcipher3.Error as exc:
            _raise_mapped(exc)


@contextmanager
def direct_write(engine: Engine) -> Iterator[DirectWrite]:
    """One durable write transaction on a connection checked out of the engine's pool (and returned to it).

    Commits when the block ends; rolls back, and re-raises, when it raises or when COMMIT fails."""
    pooled = engine.raw_connection()
    try:
        conn: Any = pooled.driver_connection
        tx = DirectWrite(conn)
        tx.execute("BEGIN IMMEDIATE")
        try:
            yield tx
            tx.execute("COMMIT")
        except BaseException:
            # SQLite has already rolled back after some errors (a full disk, for one); roll back what is left.
            if conn.in_transaction:
                with suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
            raise
    finally:
        pooled.close()
