"""Repositories: every query and row write the services need, split by aggregate.

    clients     clients and the caseload figures
    sessions    sessions and their instrument responses
    ruptures    ruptures and the repairs made of them
    alerts      acknowledgements of insight alerts
    measures    measurement schedules, declined measures, context events
    handovers   client-mode hand-overs: instruments, predictions, answers
    search      full-text search of the notes (the FTS5 index of migration 0010)
    trash       deleted sessions, kept for 30 days to be restored
    histories   what the signal rules read; history: session versions; meta: facts about the vault itself

Each function takes the SQLAlchemy session (``Db``) of the caller's ``vault.work.transaction()`` (the one write
path, store/unit_of_work.py), so a use case that touches several aggregates still commits once. Services annotate
with ``Db`` and never import SQLAlchemy themselves.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeAlias

from sqlalchemy.orm import Session

Db: TypeAlias = Session
"""The open unit of work a repository function reads and writes through."""

# SQLite allows at most 999 bound parameters in older builds; IN lists are cut into chunks below that.
IN_CHUNK = 900


def utc_now() -> dt.datetime:
    """Now in UTC, naive, as the created_at / updated_at columns store it."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def as_date(value: object) -> dt.date:
    """A date from a column value; aggregates such as max() over a Date column come back as text from SQLite."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


__all__ = ["IN_CHUNK", "Db", "as_date", "utc_now"]
