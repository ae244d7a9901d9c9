"""The unit of work: one SQLAlchemy session per transaction, the one way anything reads or writes the vault.

``with vault.work.transaction() as db:`` begins (``BEGIN IMMEDIATE``, see ``engine.py``), hands out the ORM
session, and commits durably when the block ends (WAL, ``synchronous=FULL``), or rolls back when it raises.
A use case that calls others (an import logging many sessions, the CLI adding a client and logging its first
session) opens one transaction around them: on the same thread, a nested ``transaction()`` joins the outer
one, so everything commits once or not at all.

Each ORM session carries the keys the audit chain needs in its ``info`` (from ``session_info``); after a commit
that appended audit events, ``after_commit`` gets the chain's new head (and where its keyed part begins, when
this commit upgraded the chain): the vault writes its high-water mark and checkpoints the WAL there, before the
transaction returns to its caller.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session as DbSession

from alliance.store.mark import Head

INFO_HEAD = "alliance.audit_head"  # what store/audit.py leaves in ``db.info`` after appending an event
INFO_KEYED_FROM = "alliance.keyed_from"  # ... and after upgrading a vault to the keyed chain


class UnitOfWork:
    """Transactions over the engine ``engine()`` returns (it raises once the vault is locked)."""

    def __init__(self, engine: Callable[[], Engine], session_info: Callable[[], dict[str, Any]] | None = None,
                 after_commit: Callable[[Head, int | None], None] | None = None) -> None:
        self._engine = engine
        self._session_info = session_info or dict
        self._after_commit = after_commit
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
        with DbSession(self._engine(), expire_on_commit=False, autoflush=True, info=self._session_info()) as db:
            with db.begin():
                self._local.db = db
                try:
                    yield db
                finally:
                    self._local.db = None
            head = db.info.pop(INFO_HEAD, None)  # committed: the block and the commit did not raise
            keyed_from = db.info.pop(INFO_KEYED_FROM, None)
            db.info.clear()
        if isinstance(head, Head) and self._after_commit is not None:
            self._after_commit(head, keyed_from if isinstance(keyed_from, int) else None)
