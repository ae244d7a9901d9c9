"""The vault use cases the CLI and GUI open vaults through."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance.services import clients, vault_access
from alliance.store.errors import VaultAlreadyExists, VaultNotFound, WrongPassphrase
from alliance.store.kdf import KdfParams
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "a different and longer passphrase"


def test_create_then_unlock(vault_folder: Path, fast_kdf: KdfParams) -> None:
    assert not vault_access.vault_exists(vault_folder)
    vault, recovery_key = vault_access.create_vault(vault_folder, PASSPHRASE, kdf=fast_kdf)
    vault.close()
    assert recovery_key
    assert vault_access.vault_exists(vault_folder)
    with vault_access.unlock_vault(vault_folder, PASSPHRASE) as again:
        assert again.is_open
        assert clients.count_clients(again) == 0


def test_create_refuses_an_existing_vault(created_vault: tuple[Path, str], fast_kdf: KdfParams) -> None:
    folder, _ = created_vault
    with pytest.raises(VaultAlreadyExists):
        vault_access.create_vault(folder, PASSPHRASE, kdf=fast_kdf)


def test_unlock_refuses_a_wrong_passphrase_and_a_missing_vault(created_vault: tuple[Path, str],
                                                                tmp_path: Path) -> None:
    folder, _ = created_vault
    with pytest.raises(WrongPassphrase):
        vault_access.unlock_vault(folder, "not the passphrase")
    with pytest.raises(VaultNotFound):
        vault_access.unlock_vault(tmp_path / "nowhere", PASSPHRASE)


def test_change_passphrase(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    with vault_access.unlock_vault(folder, PASSPHRASE) as vault:
        with pytest.raises(WrongPassphrase):
            vault_access.change_passphrase(vault, "not the passphrase", NEW_PASSPHRASE)
        vault_access.change_passphrase(vault, PASSPHRASE, NEW_PASSPHRASE)
    vault_access.unlock_vault(folder, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        vault_access.unlock_vault(folder, PASSPHRASE)


def test_recover_sets_the_new_passphrase(created_vault: tuple[Path, str]) -> None:
    folder, recovery_key = created_vault
    vault_access.recover_vault(folder, recovery_key, NEW_PASSPHRASE).close()
    vault_access.unlock_vault(folder, NEW_PASSPHRASE).close()


def test_failed_unlocks_enter_the_audit_trail_at_next_unlock(created_vault: tuple[Path, str]) -> None:
    import json

    from sqlalchemy import select

    from alliance.store.models import AuditEventRow
    from alliance.store.unlock_failures import FAILURES_NAME

    folder, _ = created_vault
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            vault_access.unlock_vault(folder, "not it at all")
    assert (folder / FAILURES_NAME).read_text().count("passphrase") == 2
    with vault_access.unlock_vault(folder, PASSPHRASE) as vault, vault.work.transaction() as db:
        failed = db.execute(select(AuditEventRow).where(AuditEventRow.action == "failed unlock")).scalars().all()
        assert len(failed) == 2 and json.loads(failed[0].detail)["method"] == "passphrase"
    assert not (folder / FAILURES_NAME).exists()
