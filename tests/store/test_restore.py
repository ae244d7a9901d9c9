"""Restore: replaces the vault only after keeping it; refuses damaged backups without touching anything."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from alliance.core.records import ClientDraft
from alliance.services import clients
from alliance.services.backups import backup_now as make_backup
from alliance.services.backups import newest_openable_backup, restore_backup
from alliance.services.vault_access import change_passphrase, unlock_vault
from alliance.services.verify import verify_vault
from alliance.store.backup import PRE_RESTORE, list_backups
from alliance.store.errors import (
    BackupDamaged,
    BackupNotFound,
    VaultInUse,
    VaultTooNew,
    WrongPassphrase,
)
from alliance.store.keys import KeyEnvelope
from alliance.store.models import AuditEventRow
from alliance.store.vault import DB_NAME, KEYS_NAME
from tests.conftest import PASSPHRASE
from tests.store.test_backup import _flip_page, _open

NEW_PASSPHRASE = "a passphrase set after the backup"


def _codes(folder: Path, passphrase: str = PASSPHRASE) -> list[str]:
    with unlock_vault(folder, passphrase, daily_backup=False) as vault:
        return [c.code for c in clients.list_clients(vault)]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def with_backup(created_vault: tuple[Path, str]) -> tuple[Path, Path]:
    """A vault whose backup holds client A only, while the vault itself has A and B."""
    folder, _ = created_vault
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault:
        clients.add_client(vault, ClientDraft(code="A"))
        backup = make_backup(vault).path
        clients.add_client(vault, ClientDraft(code="B"))
    return folder, backup


def test_restore_replaces_the_data_and_keeps_a_pre_restore_backup(with_backup: tuple[Path, Path]) -> None:
    folder, backup = with_backup
    result = restore_backup(folder, backup, PASSPHRASE)
    assert result.restored.name == backup.name and result.restored.clients == 1
    assert result.pre_restore is not None and result.pre_restore.label == PRE_RESTORE
    assert not result.replaced_another_vault
    assert _codes(folder) == ["A"]
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".restoring")) == []
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault, vault.work.transaction() as db:
        (event,) = db.execute(select(AuditEventRow).where(AuditEventRow.action == "restore")).scalars()
        detail = json.loads(event.detail)
    assert detail["backup"] == backup.name and detail["pre_restore"] == result.pre_restore.name
    assert str(folder) not in event.detail
    # The vault as it was comes back from the pre-restore backup.
    again = restore_backup(folder, result.pre_restore.path, PASSPHRASE)
    assert _codes(folder) == ["A", "B"]
    assert again.pre_restore is not None and len(list_backups(folder)) == 3


def test_restore_keeps_what_was_only_in_the_wal(with_backup: tuple[Path, Path], tmp_path: Path) -> None:
    folder, backup = with_backup
    # The folder as a killed process leaves it: the newest transactions only in alliance.db-wal.
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault:
        clients.add_client(vault, ClientDraft(code="C"))
        crashed = {name: (folder / name).read_bytes() for name in (DB_NAME, f"{DB_NAME}-wal")}
    for name, data in crashed.items():
        (folder / name).write_bytes(data)
    result = restore_backup(folder, backup, PASSPHRASE)
    assert result.pre_restore is not None and (result.pre_restore.path / f"{DB_NAME}-wal").is_file()
    assert _codes(folder) == ["A"]
    restore_backup(folder, result.pre_restore.path, PASSPHRASE)
    assert _codes(folder) == ["A", "B", "C"]


def test_restore_brings_back_the_passphrase_of_the_backup(with_backup: tuple[Path, Path]) -> None:
    folder, backup = with_backup
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault:
        change_passphrase(vault, PASSPHRASE, NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="backup was made"):
        restore_backup(folder, backup, NEW_PASSPHRASE)
    restore_backup(folder, backup, PASSPHRASE)
    assert _codes(folder, PASSPHRASE) == ["A"]
    with pytest.raises(WrongPassphrase):
        unlock_vault(folder, NEW_PASSPHRASE)


@pytest.mark.parametrize("damage", ["page", "keys", "no keys", "no db", "other vault"])
def test_restore_of_a_damaged_backup_refuses_and_changes_nothing(
        with_backup: tuple[Path, Path], damage: str) -> None:
    folder, backup = with_backup
    if damage == "page":
        _flip_page(backup / DB_NAME, 3)
    elif damage == "keys":
        (backup / KEYS_NAME).write_text((backup / KEYS_NAME).read_text().replace('"format": 1', '"format": 2'))
    elif damage == "no keys":
        (backup / KEYS_NAME).unlink()
    elif damage == "no db":
        (backup / DB_NAME).unlink()
    else:  # the database claims another vault than its key file
        _swap_vault_id(backup)
    before = _snapshot(folder)
    with pytest.raises(BackupDamaged) as err:
        restore_backup(folder, backup, PASSPHRASE)
    assert err.value.exit_code == 4
    assert _snapshot(folder) == before
    assert _codes(folder) == ["A", "B"]


def _swap_vault_id(backup: Path) -> None:
    """Make the backup's database claim another vault id than its key file."""
    key = KeyEnvelope.read(backup / KEYS_NAME).unwrap_with_passphrase(PASSPHRASE)
    conn = _open(backup / DB_NAME, key)
    conn.execute("UPDATE vault_meta SET value = '00000000-0000-4000-8000-000000000000' WHERE key = 'vault_id'")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def test_restore_refuses_wrong_passphrase_missing_backup_and_newer_backups(
        with_backup: tuple[Path, Path], tmp_path: Path) -> None:
    folder, backup = with_backup
    newer = shutil.copytree(backup, tmp_path / "from a newer Alliance")
    key = KeyEnvelope.read(newer / KEYS_NAME).unwrap_with_passphrase(PASSPHRASE)
    conn = _open(newer / DB_NAME, key)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.commit()
    conn.close()
    before = _snapshot(folder)
    with pytest.raises(WrongPassphrase) as wrong:
        restore_backup(folder, backup, "not the passphrase at all")
    assert wrong.value.exit_code == 3
    with pytest.raises(BackupNotFound):
        restore_backup(folder, tmp_path / "nothing here", PASSPHRASE)
    with pytest.raises(VaultTooNew, match="newer version"):
        restore_backup(folder, newer, PASSPHRASE)
    assert _snapshot(folder) == before


def test_restore_refuses_a_vault_that_is_open(with_backup: tuple[Path, Path]) -> None:
    folder, backup = with_backup
    with unlock_vault(folder, PASSPHRASE, daily_backup=False), pytest.raises(VaultInUse):
        restore_backup(folder, backup, PASSPHRASE)


def test_restore_into_an_empty_folder(with_backup: tuple[Path, Path], tmp_path: Path) -> None:
    _, backup = with_backup
    target = tmp_path / "new computer"
    result = restore_backup(target, backup, PASSPHRASE)
    assert result.pre_restore is None and result.previous_vault_id is None
    assert _codes(target) == ["A"]


# --- offering a restore ------------------------------------------------------------------------------


def test_newest_openable_backup_skips_damaged_and_foreign_passphrase_backups(
        with_backup: tuple[Path, Path]) -> None:
    folder, first = with_backup
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault:
        middle = make_backup(vault).path
        newest = make_backup(vault).path
    assert [b.path for b in list_backups(folder)] == [newest, middle, first]
    found = newest_openable_backup(folder, PASSPHRASE)
    assert found is not None and found.path == newest and found.clients == 2
    _flip_page(newest / DB_NAME, 2)
    found = newest_openable_backup(folder, PASSPHRASE)
    assert found is not None and found.path == middle
    (middle / KEYS_NAME).write_text("{ damaged")
    found = newest_openable_backup(folder, PASSPHRASE)
    assert found is not None and found.path == first and found.clients == 1
    assert newest_openable_backup(folder, "some other passphrase") is None
    # The offer is for when the vault itself no longer opens.
    (folder / DB_NAME).write_bytes(b"\0" * 4096)
    restore_backup(folder, first, PASSPHRASE)
    assert _codes(folder) == ["A"]


def test_a_restore_killed_between_its_renames_is_finished_at_the_next_start(tmp_path: Path) -> None:
    """The swap's intent is written before its first rename: stopped after the database was renamed in (so the
    folder held the backup's database beside the other vault's key file), the next unlock finishes it."""
    from alliance.services.vault_access import create_vault as create
    from alliance.store import restore as restore_module
    from alliance.store.kdf import KdfParams
    from alliance.store.restore_intent import INTENT_NAME, write_intent

    other, _ = create(tmp_path / "other", PASSPHRASE, kdf=KdfParams.for_tests())
    with other:
        backup = other.backup_into(tmp_path / "backups")
    target, _ = create(tmp_path / "vault", PASSPHRASE, kdf=KdfParams.for_tests())
    target.close()
    folder = tmp_path / "vault"
    envelope, data_key = restore_module.unlock_backup(backup.path, PASSPHRASE)
    staged = restore_module._stage(folder, backup.path, data_key, envelope)
    write_intent(folder, staged.db, staged.keys, envelope.vault_id,
                 restore_module._mark_of(staged.db, data_key, envelope.vault_id))
    shutil.move(staged.db, folder / "alliance.db")  # the first rename; then the process is gone
    assert (folder / INTENT_NAME).is_file() and staged.keys.is_file()
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault:
        assert vault.vault_id == envelope.vault_id  # the key file followed its database
    assert not (folder / INTENT_NAME).exists() and not staged.keys.exists()
    assert verify_vault(folder, PASSPHRASE).ok
