"""Migrations run at unlock; a new vault is at head; a vault from a newer Alliance is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from alliance.services.vault_access import unlock_vault
from alliance.store.errors import VaultTooNew
from alliance.store.migrate import current_revision, head_revision
from alliance.store.models import Base
from alliance.store.vault import Vault
from tests.conftest import PASSPHRASE


def test_new_vault_is_created_at_head_with_every_table(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        tables = set(inspect(conn).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_vault_from_newer_version_is_refused(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    with unlock_vault(folder, PASSPHRASE) as v, v.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    with pytest.raises(VaultTooNew) as err:
        unlock_vault(folder, PASSPHRASE)
    assert "newer version of Alliance" in str(err.value)
    # refused without taking the lock for good
    with pytest.raises(VaultTooNew):
        unlock_vault(folder, PASSPHRASE)


def test_models_match_migrations(vault: Vault) -> None:
    """Autogenerate finds nothing to do: the shipped migrations build exactly the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    def include_name(name: str | None, type_: str, _parents: object) -> bool:
        return not (type_ == "table" and name is not None and name.startswith("notes_fts"))  # FTS5, no model

    with vault.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": include_name}), Base.metadata)
    assert diff == []


def _migrate(vault: Vault, to: str, down: bool = False) -> None:
    from alembic import command

    from alliance.store.migrate import _config

    cfg = _config()
    with vault.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, to)


def _schema(vault: Vault) -> tuple[set[str], list[str]]:
    with vault.engine.connect() as conn:
        indexes = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(audit_events)")]
    return indexes, columns


def test_the_save_path_migrations_go_down_and_up_keeping_the_trail(vault: Vault) -> None:
    """0005 drops ix_sessions_client_date, 0006 keys audit_events by seq; both undo, and the chain verifies."""
    import datetime as dt

    from alliance.core.ratings import Ratings
    from alliance.core.records import ClientDraft, SessionDraft
    from alliance.services import clients, sessions
    from alliance.store import audit

    cid = clients.add_client(vault, ClientDraft(code="AB-17")).id
    for day in (3, 1, 2):
        sessions.log_session(vault, SessionDraft(client_id=cid, date=dt.date(2026, 1, day),
                                                 ratings=Ratings(7, 6, 8, 7)))
    with vault.work.transaction() as db:
        trail = [(e.seq, e.hash) for e in audit.events(db)]
    indexes, columns = _schema(vault)
    assert "ix_sessions_client_date" not in indexes and columns[0] == "seq" and "id" not in columns
    at_head = (indexes, columns)

    _migrate(vault, "0004", down=True)
    indexes, columns = _schema(vault)
    assert "ix_sessions_client_date" in indexes and columns[:2] == ["id", "seq"]
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_events WHERE id != seq").scalar_one() == 0

    _migrate(vault, "head")
    assert _schema(vault) == at_head  # every later revision came back up as it was
    with vault.work.transaction() as db:
        assert [(e.seq, e.hash) for e in audit.events(db)] == trail
        assert audit.verify_chain(db) == []
    sessions.log_session(vault, SessionDraft(client_id=cid, date=dt.date(2026, 1, 4), ratings=Ratings(7, 6, 8, 7)))
    assert [s.number for s in sessions.list_sessions(vault, cid)] == [1, 2, 3, 4]
