"""A vault written by Alliance 0.1 (tests/fixtures/vault-v1) must open in every later version."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alliance.core.taxonomy import RuptureStatus
from alliance.services import clients, ruptures, sessions
from alliance.services.vault_access import recover_vault, unlock_vault
from alliance.store import audit
from alliance.store.migrate import current_revision, head_revision
from tests.conftest import FIXTURES, copy_v1_vault

PASSPHRASE = "known answer vault v1"


def test_known_answer_vault_opens_with_passphrase(tmp_path: Path) -> None:
    folder = copy_v1_vault(tmp_path)
    with unlock_vault(folder, PASSPHRASE) as vault:
        with vault.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        assert [c.code for c in clients.list_clients(vault)] == ["KA-1", "KA-2"]
        ka1 = clients.find_client(vault, "KA-1")
        assert ka1 is not None and ka1.display_name == "Known Answer" and ka1.intake_date == dt.date(2024, 2, 1)
        s = sessions.list_sessions(vault, ka1.id)
        assert [x.alliance_index for x in s] == [6.0, 7.75]
        assert s[0].note == "fixture note one"
        assert s[0].instruments["srs"]["overall"] == 8
        (rup,) = ruptures.ruptures_for_client(vault, ka1.id)
        assert rup.status is RuptureStatus.RESOLVED and rup.repairs[0].session_number == 2
        with vault.work.transaction() as db:
            assert audit.verify_chain(db) == []


def test_known_answer_vault_opens_with_recovery_key(tmp_path: Path) -> None:
    folder = copy_v1_vault(tmp_path)
    key = (FIXTURES / "vault-v1.recovery.txt").read_text().strip()
    recover_vault(folder, key, "a new passphrase").close()
    unlock_vault(folder, "a new passphrase").close()


def test_known_answer_vault_logs_a_session_after_migrating(tmp_path: Path) -> None:
    """The migrated trail (audit_events rebuilt keyed by seq) goes on growing and still verifies."""
    from alliance.core.ratings import Ratings
    from alliance.core.records import SessionDraft

    folder = copy_v1_vault(tmp_path)
    with unlock_vault(folder, PASSPHRASE) as vault:
        ka1 = clients.find_client(vault, "KA-1")
        assert ka1 is not None
        before = sessions.list_sessions(vault, ka1.id)
        logged = sessions.log_session(vault, SessionDraft(client_id=ka1.id, date=before[-1].date + dt.timedelta(days=7),
                                                          ratings=Ratings(8, 8, 8, 8)))
        assert logged.number == len(before) + 1
    with unlock_vault(folder, PASSPHRASE) as vault:
        assert sessions.get_session(vault, logged.id) == logged
        with vault.work.transaction() as db:
            assert audit.verify_chain(db) == []
            assert audit.events(db, action="create", entity="session", limit=1)[0].entity_id == logged.id
