"""Migrations run at unlock; a new vault is at head; a vault from a newer Alliance is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

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
    with Vault.unlock(folder, PASSPHRASE) as v, v.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    with pytest.raises(VaultTooNew) as err:
        Vault.unlock(folder, PASSPHRASE)
    assert "newer version of Alliance" in str(err.value)
    # refused without taking the lock for good
    with pytest.raises(VaultTooNew):
        Vault.unlock(folder, PASSPHRASE)


def test_models_match_migrations(vault: Vault) -> None:
    """Autogenerate finds nothing to do: the shipped migrations build exactly the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with vault.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
