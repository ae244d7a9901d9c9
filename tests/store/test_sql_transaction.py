"""``Vault.sql_transaction``: plain SQL straight on a pooled driver connection, durable, all or nothing, joining
an open ORM transaction, refusing one inside it, and mapping storage errors as the engine does."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from alliance.store.errors import DiskFull, VaultAccessDenied
from alliance.store.models import VaultMeta
from alliance.store.sql import OrmSql
from alliance.store.vault import Vault
from tests.conftest import PASSPHRASE, on_every_checkout

INSERT = "INSERT INTO vault_meta (key, value) VALUES (?, ?)"


def _meta(vault: Vault) -> dict[str, str]:
    with vault.transaction() as db:
        return {k: v for k, v in db.execute(text("SELECT key, value FROM vault_meta WHERE key LIKE 't%'"))}


def test_commits_durably(vault: Vault, vault_folder: Path) -> None:
    with vault.sql_transaction() as sql:
        sql.execute(INSERT, ("t1", "one"))
        sql.executemany(INSERT, [("t2", "two"), ("t3", "three")])
        assert sql.execute("SELECT value FROM vault_meta WHERE key = ?", ("t2",)).fetchone() == ("two",)
    vault.close()
    with Vault.unlock(vault_folder, PASSPHRASE) as again:
        assert _meta(again) == {"t1": "one", "t2": "two", "t3": "three"}


def test_an_error_rolls_everything_back_and_the_connection_stays_usable(vault: Vault) -> None:
    with pytest.raises(ZeroDivisionError), vault.sql_transaction() as sql:
        sql.execute(INSERT, ("t1", "one"))
        1 / 0  # noqa: B018
    with pytest.raises(sqlcipher3.IntegrityError), vault.sql_transaction() as sql:
        sql.execute(INSERT, ("t2", "two"))
        sql.execute(INSERT, ("t2", "again"))  # the primary key: not a storage error, raised as the driver raised it
    assert _meta(vault) == {}
    with vault.sql_transaction() as sql:
        sql.execute(INSERT, ("t3", "three"))
    assert _meta(vault) == {"t3": "three"}


def test_a_failing_commit_rolls_back(vault: Vault) -> None:
    with pytest.raises(sqlcipher3.IntegrityError), vault.sql_transaction() as sql:
        sql.execute("PRAGMA defer_foreign_keys = ON")  # the foreign key is checked at COMMIT, which fails
        sql.execute(INSERT, ("t1", "one"))
        sql.execute("INSERT INTO alert_acks (client_id, alert_key, reason, note, created_at) "
                    "VALUES (999, 'k', 'r', '', '2026-01-01 00:00:00.000000')")
    assert _meta(vault) == {}
    with vault.transaction() as db:
        assert db.execute(text("SELECT count(*) FROM alert_acks")).scalar_one() == 0


def test_inside_an_orm_transaction_it_joins_it(vault: Vault) -> None:
    with vault.transaction() as db:
        db.add(VaultMeta(key="t0", value="pending in the ORM"))
        with vault.sql_transaction() as sql:
            assert isinstance(sql, OrmSql) and sql.db is db
            # the ORM's pending row was flushed first, on the same connection
            assert sql.execute("SELECT value FROM vault_meta WHERE key = 't0'").fetchone() == ("pending in the ORM",)
            sql.execute(INSERT, ("t1", "one"))
    assert _meta(vault) == {"t0": "pending in the ORM", "t1": "one"}

    with pytest.raises(RuntimeError), vault.transaction():
        with vault.sql_transaction() as sql:
            sql.execute(INSERT, ("t2", "two"))
        raise RuntimeError("the outer transaction fails after the inner write")
    assert _meta(vault) == {"t0": "pending in the ORM", "t1": "one"}


def test_inside_another_sql_transaction_it_joins_it(vault: Vault) -> None:
    with pytest.raises(ZeroDivisionError), vault.sql_transaction() as outer:
        with vault.sql_transaction() as inner:
            assert inner is outer
            inner.execute(INSERT, ("t1", "one"))
        1 / 0  # noqa: B018
    assert _meta(vault) == {}


def test_an_orm_transaction_inside_it_is_refused_and_nothing_is_written(vault: Vault) -> None:
    with pytest.raises(RuntimeError, match="cannot open inside a sql_transaction"), vault.sql_transaction() as sql:
        sql.execute(INSERT, ("t1", "one"))
        with vault.transaction():
            pass
    assert _meta(vault) == {}
    with vault.transaction() as db:  # and the thread is free for ORM transactions again
        db.add(VaultMeta(key="t2", value="two"))
    assert _meta(vault) == {"t2": "two"}


def test_a_full_database_raises_disk_full(vault: Vault) -> None:
    with vault.transaction() as db:
        pages = db.execute(text("PRAGMA page_count")).scalar_one()
    with (on_every_checkout(vault, f"PRAGMA max_page_count = {pages}"), pytest.raises(DiskFull),
          vault.sql_transaction() as sql):
        sql.execute(INSERT, ("t1", "x" * 200_000))
    assert _meta(vault) == {}


def test_a_refused_write_raises_vault_access_denied(vault: Vault) -> None:
    with (on_every_checkout(vault, "PRAGMA query_only = ON"), pytest.raises(VaultAccessDenied),
          vault.sql_transaction() as sql):
        sql.execute(INSERT, ("t1", "one"))
    with vault.sql_transaction() as sql:
        sql.execute(INSERT, ("t2", "two"))
    assert _meta(vault) == {"t2": "two"}
