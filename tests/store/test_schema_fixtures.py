"""Every committed vault fixture, one per schema revision (tests/fixtures/vault-v1, vault-r<REV>), opens with the
current code, migrates to head after a pre-migration backup, keeps everything it held, verifies, and takes new
sessions. A new revision gets its fixture from tests/fixtures/make_vault_fixtures.py; a test below fails until it
has one."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from alliance.core.ratings import Ratings
from alliance.core.records import SessionDraft
from alliance.core.taxonomy import RuptureStatus
from alliance.services import clients, ruptures, sessions
from alliance.services.backups import list_backups
from alliance.services.vault_access import opened
from alliance.services.verify import verify_vault
from alliance.store import audit
from alliance.store.migrate import _config as alembic_config
from alliance.store.migrate import current_revision, head_revision
from alliance.store.repositories import alerts as alert_repo
from alliance.store.repositories import history as history_repo
from tests.conftest import FIXTURES

PASSPHRASE = "known answer vault v1"
FIXTURE_REVISIONS = sorted(p.name.removeprefix("vault-r") for p in FIXTURES.glob("vault-r*") if p.is_dir())


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return sorted(rev.revision for rev in script.walk_revisions())


def test_every_schema_revision_but_the_newest_has_a_committed_fixture() -> None:
    """The newest revision may still change while it is being written; every older one is frozen in a fixture."""
    older = [r for r in _revisions() if r not in ("0001", head_revision())]
    missing = [r for r in older if r not in FIXTURE_REVISIONS]
    assert missing == [], f"run `python -m tests.fixtures.make_vault_fixtures {' '.join(missing)}` and commit"


@pytest.mark.parametrize("revision", FIXTURE_REVISIONS)
def test_a_fixture_at_an_older_revision_opens_migrated_and_whole(revision: str, tmp_path: Path) -> None:
    folder = tmp_path / f"vault-r{revision}"
    shutil.copytree(FIXTURES / f"vault-r{revision}", folder)
    with opened(folder, PASSPHRASE) as vault:
        with vault.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        assert [c.code for c in clients.list_clients(vault)] == ["KA-1", "KA-2"]
        ka1 = clients.find_client(vault, "KA-1")
        assert ka1 is not None and ka1.email == "ka@example.org"
        held = sessions.list_sessions(vault, ka1.id)
        assert [s.alliance_index for s in held] == [6.0, 7.75]
        assert held[0].note == "fixture note one" and held[0].instruments["srs"]["overall"] == 8
        (rupture,) = ruptures.ruptures_for_client(vault, ka1.id)
        assert rupture.status is RuptureStatus.RESOLVED
        with vault.work.transaction() as db:
            assert audit.verify_chain(db) == []
            acks = alert_repo.acknowledged_keys(db, [ka1.id]).get(ka1.id, set())
            versions = history_repo.versions_of(db, held[1].id)
        if int(revision) >= 2:  # 0.1 named it by session number; migration 0007 by the id of that session
            assert acks == {f"drop:{held[1].id}"}
        if int(revision) >= 3:
            assert held[1].note == "fixture note two, edited"
            (before,) = sessions.session_history(vault, held[1].id)
            assert before.session.note == "" and before.changed_fields == ("note",) and len(versions) == 1
        # Notes written before the search existed are found (migration 0010 indexes them).
        from alliance.services.search import search_notes

        assert [h.session_id for h in search_notes(vault, "fixture note one")] == [held[0].id]
        # It goes on working: a new session, numbered after the others, on an intact chain.
        new = sessions.log_session(vault, SessionDraft(client_id=ka1.id, date=dt.date(2024, 3, 1),
                                                       ratings=Ratings(7, 7, 7, 7)))
        assert new.number == 3
    if revision != head_revision():
        assert [b.label for b in list_backups(folder)][-1] == "pre-migration"
    assert verify_vault(folder, PASSPHRASE).ok
