"""Plain SQL for the hot write path: the ``Sql`` protocol, and its adapter over an ORM unit of work.

Saving a session runs a handful of short statements; building and compiling SQLAlchemy statements (and the
ORM's unit of work) cost more than the statements themselves. The repository functions that saving needs
therefore take ``Sql``: something that runs plain SQL with ``?`` parameters. Two things implement it:

    DirectWrite  a write transaction straight on a pooled driver connection (store/direct_write.py)
    OrmSql       the connection of an open ``vault.transaction()``, so the ORM use cases (edit, import, demo)
                 run the very same statements inside their own unit of work

Values are bound as SQLAlchemy's SQLite types store them, so ORM reads of the rows work unchanged: dates
as ``YYYY-MM-DD`` and naive datetimes as ``YYYY-MM-DD HH:MM:SS.ffffff`` (see ``sqlite_date`` /
``sqlite_datetime``), booleans as 1/0, JSON columns as ``json.dumps`` of the value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy.orm import Session


class Rows(Protocol):
    """What a statement returns: a driver cursor, or SQLAlchemy's result over one."""

    @property
    def lastrowid(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> Sequence[Any]: ...


class Sql(Protocol):
    """Runs plain SQL (``?`` parameters) inside one open write transaction."""

    def execute(self, sql: str, params: Sequence[object] = ()) -> Rows: ...

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None: ...


class OrmSql:
    """``Sql`` on the connection of an ORM session's transaction.

    Rows the session holds pending are flushed before each statement, so the statement sees them; after an
    UPDATE or DELETE the session's loaded objects are expired, so they read the new values (the statement
    went around the identity map). Storage errors map to vault errors as for every statement of the engine.
    """

    def __init__(self, db: Session) -> None:
        self.db = db

    def execute(self, sql: str, params: Sequence[object] = ()) -> Rows:
        self.db.flush()
        result = self.db.connection().exec_driver_sql(sql, tuple(params))
        self._expire_after(sql)
        return result

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        if not rows:
            return
        self.db.flush()
        self.db.connection().exec_driver_sql(sql, [tuple(r) for r in rows])
        self._expire_after(sql)

    def _expire_after(self, sql: str) -> None:
        if sql.lstrip()[:6].upper() in ("UPDATE", "DELETE"):
            self.db.expire_all()


def as_sql(db: Session | Sql) -> Sql:
    """``Sql`` for either an ORM session (through ``OrmSql``) or something that already runs plain SQL."""
    return OrmSql(db) if isinstance(db, Session) else db


def sqlite_date(value: dt.date) -> str:
    """A date as SQLAlchemy's SQLite Date type stores it."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def sqlite_datetime(value: dt.datetime) -> str:
    """A naive datetime as SQLAlchemy's SQLite DateTime type stores it (always with microseconds)."""
    return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
            f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}")
