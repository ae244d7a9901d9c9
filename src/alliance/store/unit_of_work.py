"""The unit of work: one SQLAlchemy session per transaction, the one way anything reads or writes the vault.

``with vault.work.transaction() as db:`` begins (``BEGIN IMMEDIATE``, see ``engine.py``), hands out the ORM
session, and commits durably when the block ends (WAL, ``synchronous=FULL``), or rolls back when it raises.
A use case that calls others (an import logging many sessions, the CLI adding a client and logging its first
session) opens one transaction around them: on the same thread, a nested ``transaction()`` joins the outer
one, so everything commits once or not at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session as DbSession


class UnitOfWork:
    """Transactions over the engine ``engine()`` returns (it raises once the vault is locked)."""

    def __init__(self, engine: Callable[[], Engine]) -> None:
        self._engine = engine
        self._local = threading.local()

    @property
    def active(self) -> bool:
        """Whether this thread is inside a transaction."""
        return getattr(self._local, "db", None) is not None

    @contextmanager
    def transaction(self) -> Iterator[DbSession]:
        """One unit of work; commits at the end. Nested use on the same thread joins the outer one."""
        outer: DbSession | None = getattr(self._local, "db", None)
        if outer is not None:
            yield outer
            return
        with DbSession(self._engine(), expire_on_commit=False, autoflush=True) as db, db.begin():
            self._local.db = db
            try:
                yield db
            finally:
                self._local.db = None
