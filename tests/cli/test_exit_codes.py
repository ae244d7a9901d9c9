"""Exit codes 3, 4 and 5 across commands: wrong passphrase, damaged or tampered vault, vault in use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from alliance.services.vault_access import create_vault, unlock_vault
from alliance.store.instance_lock import VaultLock
from alliance.store.keys import _checksum
from tests.cli.conftest import Run
from tests.conftest import PASSPHRASE

LOG = ("--client", "AB-17", "--safety", "7", "--trust", "7", "--attunement", "8", "--boundaries", "8")


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + 16):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("command", [("verify",), ("log", *LOG), ("passwd",)])
def test_wrong_passphrase_exits_3(run: Run, created_vault: tuple[Path, str], command: tuple[str, ...]) -> None:
    folder, _ = created_vault
    result = run(*command, "--vault", folder, "--passphrase-stdin", stdin="wrong passphrase here\n")
    assert result.code == 3
    assert result.err == "alliance: The passphrase is not correct. Check Caps Lock and try again.\n"


def test_keys_json_not_json_exits_4(run: Run, created_vault: tuple[Path, str], pass_file: Path) -> None:
    folder, _ = created_vault
    (folder / "keys.json").write_text("{ not json")
    for command in (("verify",), ("log", *LOG)):
        result = run(*command, "--vault", folder, "--passphrase-file", pass_file)
        assert result.code == 4 and "keys.json" in result.err and result.err.count("\n") == 1


def test_keys_json_edited_exits_4(run: Run, created_vault: tuple[Path, str], pass_file: Path) -> None:
    folder, _ = created_vault
    data = json.loads((folder / "keys.json").read_text())
    data["kdf"]["memory_kib"] = 64 * 1024 * 1024  # hostile cost, checksum left stale
    (folder / "keys.json").write_text(json.dumps(data))
    assert run("verify", "--vault", folder, "--passphrase-file", pass_file).code == 4


def test_keys_json_hostile_kdf_with_fixed_checksum_exits_4(run: Run, created_vault: tuple[Path, str],
                                                           pass_file: Path) -> None:
    folder, _ = created_vault
    data = json.loads((folder / "keys.json").read_text())
    data.pop("checksum")
    data["kdf"]["memory_kib"] = 64 * 1024 * 1024
    data["checksum"] = _checksum(data)
    (folder / "keys.json").write_text(json.dumps(data))
    result = run("verify", "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 4 and "unsafe key-derivation cost" in result.err


def test_damaged_database_header_exits_4(run: Run, created_vault: tuple[Path, str], pass_file: Path) -> None:
    folder, _ = created_vault
    assert not (folder / "alliance.db-wal").exists()
    _flip(folder / "alliance.db", 100)
    for command in (("log", *LOG), ("verify",)):
        result = run(*command, "--vault", folder, "--passphrase-file", pass_file)
        assert result.code == 4, result.err
        assert "alliance.db" in result.err


def test_verify_finds_a_damaged_page_deep_in_the_file(run: Run, created_vault: tuple[Path, str],
                                                       pass_file: Path) -> None:
    folder, _ = created_vault
    db = folder / "alliance.db"
    assert db.stat().st_size >= 4 * 4096
    _flip(db, 2 * 4096 + 200)  # inside page 3
    result = run("verify", "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 4
    assert "SQLCipher HMAC" in result.err or "integrity_check" in result.err


def test_verify_finds_an_edited_audit_event(run: Run, created_vault: tuple[Path, str], pass_file: Path) -> None:
    folder, _ = created_vault
    with unlock_vault(folder, PASSPHRASE) as vault, vault.work.transaction() as db:
        db.execute(text("UPDATE audit_events SET action = 'nothing happened' WHERE seq = 1"))
    result = run("verify", "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 4
    assert "Audit event 1 has been altered." in result.err.splitlines()
    assert "every page authenticates" in result.out  # the other checks still ran and passed


def test_keys_json_from_another_vault_is_reported_by_verify(run: Run, created_vault: tuple[Path, str],
                                                            pass_file: Path, tmp_path: Path,
                                                            fast_kdf: object) -> None:
    folder, _ = created_vault
    other, _ = create_vault(tmp_path / "other", PASSPHRASE, kdf=fast_kdf)  # type: ignore[arg-type]
    other.close()
    (folder / "keys.json").write_bytes((tmp_path / "other" / "keys.json").read_bytes())
    result = run("verify", "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 4


@pytest.mark.parametrize("command", [("verify",), ("log", *LOG), ("passwd",), ("import", "x.csv")])
def test_vault_in_use_exits_5(run: Run, created_vault: tuple[Path, str], pass_file: Path, tmp_path: Path,
                              command: tuple[str, ...]) -> None:
    folder, _ = created_vault
    (tmp_path / "x.csv").write_text("client_code,date,safety,trust,attunement,boundaries\nAB-1,2025-01-06,7,7,7,7\n")
    command = tuple(str(tmp_path / c) if c == "x.csv" else c for c in command)
    with VaultLock(folder):
        result = run(*command, "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 5
    assert result.err == ("alliance: This vault is open in another Alliance window or command. "
                          "Close it and try again.\n")
    assert run(*command, "--vault", folder, "--passphrase-file", pass_file).code != 5  # released again
