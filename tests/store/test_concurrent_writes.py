"""Two threads writing to one vault: one waits for the other instead of failing with "database is locked".

The GUI writes on its thread while the unlock worker writes the unlock event and the daily backup record.
A unit of work that reads first (adding a client checks its code) used to start with a deferred BEGIN: when
the other connection committed between that read and the first write, SQLite refused the write at once.
"""

from __future__ import annotations

import datetime as dt
import threading

from alliance.core.records import ClientDraft
from alliance.store import audit
from alliance.store.models import ClientRow
from alliance.store.repositories import clients as client_repo
from alliance.store.vault import Vault


def test_a_read_then_write_waits_for_a_writer_that_commits_in_between(vault: Vault) -> None:
    read_done = threading.Event()
    other_done = threading.Event()
    failures: list[BaseException] = []

    def other_writer() -> None:
        read_done.wait(10)
        try:
            with vault.work.transaction() as db:  # the unlock worker's audit event
                audit.record(db, "unlock")
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)
        finally:
            other_done.set()

    worker = threading.Thread(target=other_writer)
    worker.start()
    with vault.work.transaction() as db:
        assert not client_repo.code_taken(db, "AB-17")  # the read
        read_done.set()
        other_done.wait(0.5)  # the other writer tries (and now waits) meanwhile
        row = client_repo.insert(db, ClientDraft(code="AB-17", intake_date=dt.date(2025, 1, 6)))  # the write
        audit.record(db, "create", "client", row.id)
    worker.join(10)
    assert not failures, failures
    with vault.work.transaction() as db:
        assert db.query(ClientRow).count() == 1
        assert audit.verify_chain(db) == []
        actions = [e.action for e in audit.events(db)]
    assert actions[:2] == ["unlock", "create"]  # the other writer went second, after waiting
