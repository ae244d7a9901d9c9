"""The vault: create, unlock, lock, passphrase change, recovery, and every way opening can fail."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from alliance.services.vault_access import change_passphrase, create_vault, recover_vault, unlock_vault
from alliance.store.errors import (
    DatabaseDamaged,
    KeyFileDamaged,
    UnsafeKdfParameters,
    VaultAlreadyExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from alliance.store.instance_lock import VaultLock
from alliance.store.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams
from alliance.store.keys import KeyEnvelope, _checksum, format_recovery_key, parse_recovery_key
from alliance.store.repositories import meta as meta_repo
from alliance.store.vault import DB_NAME, KEYS_NAME, Vault, vault_exists
from tests.conftest import PASSPHRASE


def _rewrite_keys(folder: Path, mutate: object, fix_checksum: bool = True) -> None:
    path = folder / KEYS_NAME
    data = json.loads(path.read_text())
    data.pop("checksum")
    mutate(data)  # type: ignore[operator]
    if fix_checksum:
        data["checksum"] = _checksum(data)
    path.write_text(json.dumps(data))


def test_create_unlock_roundtrip(created_vault: tuple[Path, str]) -> None:
    folder, recovery_key = created_vault
    assert vault_exists(folder)
    assert (folder / DB_NAME).is_file()
    assert len(recovery_key.split("-")) == 8 and all(len(g) == 4 for g in recovery_key.split("-"))
    with unlock_vault(folder, PASSPHRASE) as vault:
        assert vault.is_open
        with vault.work.transaction() as db:
            assert meta_repo.get(db, "vault_id") == vault.vault_id
            assert len(meta_repo.get(db, "export_key") or "") == 64
    assert not vault.is_open


def test_database_is_encrypted_and_keyed_with_raw_key(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    header = (folder / DB_NAME).read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    conn = sqlcipher3.connect(str(folder / DB_NAME))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_pragmas_are_set(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY


def test_create_refuses_existing_vault(created_vault: tuple[Path, str], fast_kdf: KdfParams) -> None:
    folder, _ = created_vault
    before = (folder / KEYS_NAME).read_bytes()
    with pytest.raises(VaultAlreadyExists):
        create_vault(folder, "another passphrase", kdf=fast_kdf)
    assert (folder / KEYS_NAME).read_bytes() == before


def test_wrong_passphrase(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    with pytest.raises(WrongPassphrase) as err:
        unlock_vault(folder, PASSPHRASE + "x")
    assert err.value.exit_code == 3
    # a failed unlock leaves the lock free
    unlock_vault(folder, PASSPHRASE).close()


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        unlock_vault(tmp_path / "nothing", PASSPHRASE)


def test_change_passphrase_old_one_fails(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    with unlock_vault(folder, PASSPHRASE) as v:
        with pytest.raises(WrongPassphrase):
            change_passphrase(v, "not the old one", "new passphrase 123")
        change_passphrase(v, PASSPHRASE, "new passphrase 123")
    with pytest.raises(WrongPassphrase):
        unlock_vault(folder, PASSPHRASE)
    unlock_vault(folder, "new passphrase 123").close()


def test_recover_with_recovery_key(created_vault: tuple[Path, str]) -> None:
    folder, recovery_key = created_vault
    messy = "  " + recovery_key.lower().replace("-", " ") + "\n"
    recover_vault(folder, messy, "brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        unlock_vault(folder, PASSPHRASE)
    unlock_vault(folder, "brand new passphrase").close()
    # the recovery key keeps working after a reset
    recover_vault(folder, recovery_key, "third passphrase").close()


def test_wrong_recovery_key(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    wrong = format_recovery_key(bytes(20))
    with pytest.raises(WrongRecoveryKey) as err:
        recover_vault(folder, wrong, "whatever passphrase")
    assert err.value.exit_code == 3
    with pytest.raises(WrongRecoveryKey):
        recover_vault(folder, "not-a-key", "whatever passphrase")
    unlock_vault(folder, PASSPHRASE).close()


def test_recovery_key_text_roundtrip() -> None:
    raw = bytes(range(20))
    assert parse_recovery_key(format_recovery_key(raw)) == raw


@pytest.mark.parametrize("damage", ["not json", "", "[]", '{"format": 1}', "\xff\xfe"])
def test_keys_json_garbage_is_damaged(created_vault: tuple[Path, str], damage: str) -> None:
    folder, _ = created_vault
    (folder / KEYS_NAME).write_text(damage, encoding="latin-1")
    with pytest.raises(KeyFileDamaged) as err:
        unlock_vault(folder, PASSPHRASE)
    assert err.value.exit_code == 4


def test_keys_json_edited_without_checksum_is_damaged(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    _rewrite_keys(folder, lambda d: d.update(vault_id="00000000-0000-4000-8000-000000000000"), fix_checksum=False)
    with pytest.raises(KeyFileDamaged):
        unlock_vault(folder, PASSPHRASE)


def test_keys_json_tampered_wrap_reads_as_wrong_passphrase(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault

    def flip(d: dict) -> None:  # type: ignore[type-arg]
        wrap = d["wrapped_key"]["passphrase"]
        ct = bytearray(__import__("base64").b64decode(wrap["ciphertext"]))
        ct[0] ^= 1
        wrap["ciphertext"] = __import__("base64").b64encode(bytes(ct)).decode()

    _rewrite_keys(folder, flip)
    with pytest.raises(WrongPassphrase):
        unlock_vault(folder, PASSPHRASE)


def test_keys_json_vault_id_swapped_fails_authentication(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    _rewrite_keys(folder, lambda d: d.update(vault_id="00000000-0000-4000-8000-000000000000"))
    with pytest.raises(WrongPassphrase):  # the AAD binds the vault id
        unlock_vault(folder, PASSPHRASE)


@pytest.mark.parametrize(
    "kdf",
    [
        {"iterations": 3, "memory_kib": 64 * 1024 * 1024, "lanes": 4},  # 64 GiB
        {"iterations": 10_000, "memory_kib": 65536, "lanes": 4},
        {"iterations": 3, "memory_kib": 65536, "lanes": 10_000},
        {"iterations": 0, "memory_kib": 65536, "lanes": 4},
        {"iterations": "3", "memory_kib": 65536, "lanes": 4},
        {"iterations": 60, "memory_kib": 1024 * 1024, "lanes": 4},  # 60 GiB-passes of work
    ],
)
def test_hostile_kdf_parameters_refused_before_derivation(created_vault: tuple[Path, str], kdf: dict) -> None:  # type: ignore[type-arg]
    folder, _ = created_vault
    _rewrite_keys(folder, lambda d: d["kdf"].update(kdf))
    # Reading the key file refuses it: no passphrase is asked for, so nothing was derived.
    with pytest.raises(UnsafeKdfParameters):
        KeyEnvelope.read(folder / KEYS_NAME)
    with pytest.raises(UnsafeKdfParameters) as err:
        unlock_vault(folder, PASSPHRASE)
    assert err.value.exit_code == 4


def test_keys_json_from_another_vault(tmp_path: Path, fast_kdf: KdfParams) -> None:
    a, _ = create_vault(tmp_path / "a", PASSPHRASE, kdf=fast_kdf)
    a.close()
    b, _ = create_vault(tmp_path / "b", PASSPHRASE, kdf=fast_kdf)
    b.close()
    shutil.copy(tmp_path / "b" / KEYS_NAME, tmp_path / "a" / KEYS_NAME)
    with pytest.raises(DatabaseDamaged) as err:
        unlock_vault(tmp_path / "a", PASSPHRASE)
    assert err.value.exit_code == 4


@pytest.mark.parametrize("how", ["truncate", "zero-page", "garbage", "missing"])
def test_damaged_database(created_vault: tuple[Path, str], how: str) -> None:
    folder, _ = created_vault
    db = folder / DB_NAME
    data = bytearray(db.read_bytes())
    if how == "truncate":
        db.write_bytes(bytes(data[:100]))
    elif how == "zero-page":
        data[0:4096] = bytes(4096)
        db.write_bytes(bytes(data))
    elif how == "garbage":
        db.write_bytes(b"hello" * 2000)
    else:
        db.unlink()
    with pytest.raises(DatabaseDamaged) as err:
        unlock_vault(folder, PASSPHRASE)
    assert err.value.exit_code == 4


def test_single_instance(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    with unlock_vault(folder, PASSPHRASE), pytest.raises(VaultInUse) as err:
        # a second holder in this process stands in for another process (flock is per open file)
        VaultLock(folder).acquire()
    assert err.value.exit_code == 5
    lock = VaultLock(folder)
    lock.acquire()
    lock.release()


def test_calibration_never_below_floor() -> None:
    params = KdfParams.calibrate(target_seconds=0.01)
    assert params.iterations >= FLOOR_ITERATIONS
    assert params.memory_kib >= FLOOR_MEMORY_KIB
    params.check_bounds()


def test_envelope_roundtrip_json(fast_kdf: KdfParams) -> None:
    env, key, rec = KeyEnvelope.create("pw", fast_kdf)
    again = KeyEnvelope.from_json(env.to_json())
    assert again.unwrap_with_passphrase("pw") == key
    assert again.unwrap_with_recovery_key(rec) == key


def test_no_temp_files_left_after_passphrase_change(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    with unlock_vault(folder, PASSPHRASE) as v:
        change_passphrase(v, PASSPHRASE, "another one entirely")
    leftovers = [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
