"""`alliance backup` and `alliance restore`: real subprocesses, one-line errors, the exit codes of DESIGN.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from alliance.core.records import ClientDraft
from alliance.services import clients
from alliance.services.vault_access import unlock_vault
from alliance.store.backup import list_backups
from alliance.store.instance_lock import VaultLock
from alliance.store.vault import DB_NAME, KEYS_NAME
from tests.cli.conftest import Run
from tests.conftest import PASSPHRASE

NAME = re.compile(r"\d{8}T\d{6}Z")


def _add(folder: Path, code: str) -> None:
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault:
        clients.add_client(vault, ClientDraft(code=code))


def _codes(folder: Path) -> list[str]:
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault:
        return [c.code for c in clients.list_clients(vault)]


def test_backup_writes_one_verified_backup_into_the_vault(run: Run, created_vault: tuple[Path, str],
                                                          pass_file: Path) -> None:
    folder, _ = created_vault
    _add(folder, "AB-1")
    result = run("backup", "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 0, result.err
    (backup,) = list_backups(folder)  # no second, automatic one from the unlock
    assert backup.name in result.out and "1 clients, 0 sessions" in result.out and "checked after writing" in result.out
    assert result.err == ""


def test_backup_to_a_folder_then_restore_from_it(run: Run, created_vault: tuple[Path, str], pass_file: Path,
                                                 tmp_path: Path) -> None:
    folder, _ = created_vault
    _add(folder, "AB-1")
    outside = tmp_path / "usb"
    result = run("backup", "--vault", folder, "--to", outside, "--passphrase-file", pass_file)
    assert result.code == 0, result.err
    (backup,) = list(outside.iterdir())
    assert NAME.fullmatch(backup.name) and sorted(p.name for p in backup.iterdir()) == [DB_NAME, KEYS_NAME]
    assert list_backups(folder) == []
    _add(folder, "AB-2")

    restored = run("restore", backup, "--vault", folder, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert restored.code == 0, restored.err
    (pre,) = [b for b in list_backups(folder) if b.label == "pre-restore"]
    assert f"Restored the backup {backup.name}" in restored.out and pre.name in restored.out
    assert _codes(folder) == ["AB-1"]


def test_restore_with_the_wrong_passphrase_exits_3(run: Run, created_vault: tuple[Path, str],
                                                   pass_file: Path) -> None:
    folder, _ = created_vault
    assert run("backup", "--vault", folder, "--passphrase-file", pass_file).code == 0
    (backup,) = list_backups(folder)
    result = run("restore", backup.path, "--vault", folder, "--passphrase-stdin", stdin="not the passphrase\n")
    assert result.code == 3
    assert result.err.startswith("alliance: The passphrase does not open this backup") and result.err.count("\n") == 1
    assert len(list_backups(folder)) == 1


@pytest.mark.parametrize("damage", ["page", "keys"])
def test_restore_of_a_damaged_backup_exits_4(run: Run, created_vault: tuple[Path, str], pass_file: Path,
                                             damage: str) -> None:
    folder, _ = created_vault
    _add(folder, "AB-1")
    assert run("backup", "--vault", folder, "--passphrase-file", pass_file).code == 0
    (backup,) = list_backups(folder)
    target = backup.path / (DB_NAME if damage == "page" else KEYS_NAME)
    data = bytearray(target.read_bytes())
    start = 2 * 4096 + 64 if damage == "page" else 40
    for i in range(start, start + 24):
        data[i] ^= 0x33
    target.write_bytes(bytes(data))
    before = (folder / DB_NAME).read_bytes(), (folder / KEYS_NAME).read_bytes()
    result = run("restore", backup.path, "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 4 and "damaged" in result.err and result.err.count("\n") == 1
    assert ((folder / DB_NAME).read_bytes(), (folder / KEYS_NAME).read_bytes()) == before
    assert len(list_backups(folder)) == 1  # no pre-restore copy for a restore that never started


def test_restore_while_the_vault_is_in_use_exits_5(run: Run, created_vault: tuple[Path, str],
                                                   pass_file: Path) -> None:
    folder, _ = created_vault
    assert run("backup", "--vault", folder, "--passphrase-file", pass_file).code == 0
    (backup,) = list_backups(folder)
    with VaultLock(folder):
        result = run("restore", backup.path, "--vault", folder, "--passphrase-file", pass_file)
        assert result.code == 5 and result.err.count("\n") == 1
        assert run("backup", "--vault", folder, "--passphrase-file", pass_file).code == 5


def test_restore_of_something_that_is_not_a_backup_exits_1(run: Run, created_vault: tuple[Path, str],
                                                          pass_file: Path, tmp_path: Path) -> None:
    folder, _ = created_vault
    result = run("restore", tmp_path / "no such backup", "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 1 and "There is no backup at" in result.err and result.err.count("\n") == 1
    assert run("restore", "--vault", folder).code == 2  # BACKUP is required
