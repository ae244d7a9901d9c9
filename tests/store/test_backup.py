"""Backups: encrypted, verified, rotated; taken daily at unlock and before every migration."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from alliance.core.records import ClientDraft
from alliance.services import clients
from alliance.services.backups import backup_if_due, restore_backup
from alliance.services.backups import backup_now as make_backup
from alliance.services.demo import generate_demo
from alliance.services.vault_access import UnlockReport, create_vault, finish_unlock, recover_vault, unlock_vault
from alliance.store.backup import (
    PRE_MIGRATION,
    backup_due,
    backups_in,
    list_backups,
    rotate,
    verify_backup_database,
)
from alliance.store.errors import BackupDamaged, BackupFailed, ChangesMissing, DatabaseDamaged
from alliance.store.keys import KeyEnvelope
from alliance.store.migrate import current_revision, head_revision
from alliance.store.models import AuditEventRow
from alliance.store.vault import DB_NAME, KEYS_NAME, Vault
from tests.conftest import PASSPHRASE, copy_v1_vault

V1_PASSPHRASE = "known answer vault v1"
MARKER = "Zebulon-Quartermain-7731"


def _open(db: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(db))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _audit(vault: Vault, action: str) -> list[dict[str, object]]:
    with vault.work.transaction() as db:
        rows = db.execute(select(AuditEventRow).where(AuditEventRow.action == action)).scalars().all()
        return [json.loads(r.detail) for r in rows]


@contextmanager
def _unlocked(folder: Path, passphrase: str) -> Iterator[tuple[Vault, UnlockReport]]:
    """The vault unlocked as the app does it, with the report of what finishing the unlock did."""
    with unlock_vault(folder, passphrase, defer_checks=True) as vault:
        yield vault, finish_unlock(vault)


def _flip_page(db: Path, page: int) -> None:
    data = bytearray(db.read_bytes())
    for i in range(page * 4096 + 100, page * 4096 + 140):
        data[i] ^= 0x5A
    db.write_bytes(bytes(data))


# --- writing and verifying ---------------------------------------------------------------------------


def test_backup_is_encrypted_verified_and_opens_with_the_data_key_and_the_passphrase(
        created_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, recovery_key = created_vault
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault:
        clients.add_client(vault, ClientDraft(code="BK-1", display_name=MARKER))
        info = make_backup(vault)
        assert info.path.parent == folder / "backups" and info.label == "" and info.size > 0
        assert (info.clients, info.sessions) == (1, 0)
        assert abs(dt.datetime.now(dt.UTC) - info.created) < dt.timedelta(minutes=1)
        (event,) = _audit(vault, "backup")
        assert event == {"name": info.name, "label": "", "clients": 1, "sessions": 0}
    assert sorted(p.name for p in info.path.iterdir()) == [DB_NAME, KEYS_NAME]
    db = info.path / DB_NAME
    assert db.read_bytes()[:16] != b"SQLite format 3\x00"
    assert MARKER.encode() not in db.read_bytes()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert (info.path / KEYS_NAME).read_bytes() == (folder / KEYS_NAME).read_bytes()

    key = KeyEnvelope.read(info.path / KEYS_NAME).unwrap_with_passphrase(PASSPHRASE)
    conn = _open(db, key)
    assert conn.execute("SELECT code FROM clients").fetchall() == [("BK-1",)]
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    conn.close()
    conn = _open(db, bytes(32))
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()

    # A copy of the backup folder put in place by hand is an older copy of the vault: its high-water mark (the
    # copy outside the folder) says changes are missing. Restored, it unlocks with the passphrase and with the
    # recovery key.
    copy = tmp_path / "copy"
    shutil.copytree(info.path, copy)
    with pytest.raises(ChangesMissing):
        unlock_vault(copy, PASSPHRASE, daily_backup=False)
    shutil.rmtree(copy)
    restore_backup(copy, info.path, PASSPHRASE)
    with unlock_vault(copy, PASSPHRASE, daily_backup=False) as opened:
        assert clients.find_client(opened, "BK-1") is not None
    recover_vault(copy, recovery_key, "another passphrase").close()


def test_backup_into_another_folder_is_recorded_without_its_path(vault: Vault, tmp_path: Path) -> None:
    usb = tmp_path / "usb stick"
    info = make_backup(vault, into=usb)
    assert info.path.parent == usb and not (vault.folder / "backups").exists()
    (event,) = _audit(vault, "backup")
    assert event["external"] is True and str(usb) not in json.dumps(event)


def test_backups_in_the_same_second_get_distinct_names(vault: Vault) -> None:
    names = {make_backup(vault).name for _ in range(3)}
    assert len(names) == 3 and len(list_backups(vault.folder)) == 3


def test_a_damaged_backup_fails_verification(vault: Vault) -> None:
    clients.add_client(vault, ClientDraft(code="BK-2"))
    info = make_backup(vault)
    key = KeyEnvelope.read(info.path / KEYS_NAME).unwrap_with_passphrase(PASSPHRASE)
    verify_backup_database(info.path / DB_NAME, key, vault.vault_id)
    with pytest.raises(BackupDamaged, match="another vault"):
        verify_backup_database(info.path / DB_NAME, key, "00000000-0000-4000-8000-000000000000")
    _flip_page(info.path / DB_NAME, 2)
    with pytest.raises(BackupDamaged):
        verify_backup_database(info.path / DB_NAME, key, vault.vault_id)


def test_a_backup_that_cannot_be_written_leaves_nothing(vault: Vault) -> None:
    (vault.folder / "backups").write_text("a file where the folder should be")
    with pytest.raises(BackupFailed, match="could not be written"):
        make_backup(vault)
    (vault.folder / "backups").unlink()


def test_a_backup_of_a_damaged_vault_fails_and_is_removed(vault_folder: Path, fast_kdf: object) -> None:
    vault, _ = create_vault(vault_folder, PASSPHRASE, kdf=fast_kdf)  # type: ignore[arg-type]
    with vault:
        generate_demo(vault, clients=6, sessions=30)
    pages = (vault_folder / DB_NAME).stat().st_size // 4096
    _flip_page(vault_folder / DB_NAME, pages - 2)
    before = (vault_folder / DB_NAME).read_bytes()
    with pytest.raises(DatabaseDamaged):  # unlock checks every page before it writes anything
        unlock_vault(vault_folder, PASSPHRASE)
    assert (vault_folder / DB_NAME).read_bytes() == before
    with unlock_vault(vault_folder, PASSPHRASE, daily_backup=False, defer_checks=True) as damaged, \
            pytest.raises(BackupFailed):
        make_backup(damaged)
    assert [p.name for p in (vault_folder / "backups").iterdir()] == []


# --- the daily backup --------------------------------------------------------------------------------


def test_unlock_makes_the_daily_backup_once_a_day(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    assert backup_due(folder)
    with _unlocked(folder, PASSPHRASE) as (vault, report):
        assert report.backup is not None and report.backup_problem is None
        assert [e["label"] for e in _audit(vault, "backup")] == [""]
    with _unlocked(folder, PASSPHRASE) as (vault, report):
        assert report.backup is None
    (only,) = list_backups(folder)
    assert not backup_due(folder, only.created + dt.timedelta(hours=23))
    assert backup_due(folder, only.created + dt.timedelta(hours=24))
    # A day later (the backup renamed as if made yesterday) the next unlock makes another.
    only.path.rename(only.path.with_name((only.created - dt.timedelta(days=1)).strftime("%Y%m%dT%H%M%SZ")))
    with _unlocked(folder, PASSPHRASE) as (vault, report):
        assert report.backup is not None
    assert len(list_backups(folder)) == 2


def test_unlock_can_defer_the_daily_backup(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault:
        assert list_backups(folder) == []
        assert backup_if_due(vault) is not None
        assert backup_if_due(vault) is None


def test_a_failed_daily_backup_does_not_stop_the_unlock(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    (folder / "backups").write_text("not a folder")
    with _unlocked(folder, PASSPHRASE) as (vault, report):
        assert vault.is_open and report.backup is None
        assert report.backup_problem is not None and "could not be written" in report.backup_problem


# --- before a migration ------------------------------------------------------------------------------


def test_a_vault_at_an_older_revision_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    folder = copy_v1_vault(tmp_path)
    with _unlocked(folder, V1_PASSPHRASE) as (vault, report):
        with vault.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        (backup,) = list_backups(folder)  # the pre-migration one; no second, daily one
        assert backup.label == PRE_MIGRATION and report.backup is not None
        assert report.backup.path == backup.path and report.backup.clients == 2
        (event,) = _audit(vault, "backup")
        assert event["label"] == PRE_MIGRATION and event["name"] == backup.name
    key = KeyEnvelope.read(backup.path / KEYS_NAME).unwrap_with_passphrase(V1_PASSPHRASE)
    conn = _open(backup.path / DB_NAME, key)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()
    with _unlocked(folder, V1_PASSPHRASE) as (vault, report):  # at head now: no further pre-migration backup
        assert report.backup is None
    assert len(list_backups(folder)) == 1


def test_no_migration_without_a_backup(tmp_path: Path) -> None:
    folder = copy_v1_vault(tmp_path)
    (folder / "backups").write_text("not a folder")
    with pytest.raises(BackupFailed, match="needs an upgrade"):
        unlock_vault(folder, V1_PASSPHRASE)
    key = KeyEnvelope.read(folder / KEYS_NAME).unwrap_with_passphrase(V1_PASSPHRASE)
    conn = _open(folder / DB_NAME, key)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    conn.close()


# --- rotation ----------------------------------------------------------------------------------------

NOW = dt.datetime(2025, 3, 15, 12, 0, tzinfo=dt.UTC)  # a Saturday, ISO week 11


def _fake_backup(root: Path, when: dt.datetime, label: str = "") -> str:
    name = when.strftime("%Y%m%dT%H%M%SZ") + (f"-{label}" if label else "")
    (root / name).mkdir(parents=True)
    (root / name / DB_NAME).write_bytes(b"x" * 10)
    (root / name / KEYS_NAME).write_text("{}")
    return name


def _at(days_back: int, hour: int) -> dt.datetime:
    return (NOW - dt.timedelta(days=days_back)).replace(hour=hour)


def test_rotation_over_sixty_days_keeps_exactly_fourteen_days_and_eight_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    root = folder / "backups"
    daily = {d: _fake_backup(root, _at(d, 9)) for d in range(60) if d not in (3, 4, 5)}  # a gap of three days
    evening = _fake_backup(root, _at(1, 18))  # newer than that day's 09:00 one
    pre_restore = _fake_backup(root, _at(2, 10), "pre-restore")  # older than a day: counts like the others
    pre_migration = _fake_backup(root, _at(0, 8), "pre-migration")  # younger than a day: always kept
    (root / "not-a-backup").mkdir()
    (root / ".tmp-0123456789ab").mkdir()  # left by an interrupted backup

    removed = rotate(folder, now=NOW)

    # 14 days that have a backup: 0, 1, 2 and 6..16 (3-5 have none); the newest of each.
    kept_days = {daily[0], evening, pre_restore} | {daily[d] for d in range(6, 17)}
    # 8 ISO weeks: 11 (day 0), 10 (day 6), 9 (day 13), then the Sundays 20, 27, 34, 41, 48 days back.
    kept_weeks = {daily[d] for d in (0, 6, 13, 20, 27, 34, 41, 48)}
    expected = kept_days | kept_weeks | {pre_migration}
    assert len(expected) == 20
    assert {b.name for b in backups_in(root)} == expected
    assert {b.name for b in removed} == (set(daily.values()) | {evening, pre_restore, pre_migration}) - expected
    assert sorted(p.name for p in root.iterdir() if not p.name[0].isdigit()) == ["not-a-backup"]
    assert rotate(folder, now=NOW) == []  # idempotent


def test_rotation_never_deletes_the_newest_nor_a_labelled_one_younger_than_a_day(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    root = folder / "backups"
    newest = _fake_backup(root, _at(0, 11))
    young = _fake_backup(root, _at(0, 10), "pre-restore")
    old_labelled = _fake_backup(root, _at(1, 10), "pre-migration")
    older = _fake_backup(root, _at(0, 9))
    rotate(folder, keep_daily=0, keep_weekly=0, now=NOW)
    assert {b.name for b in backups_in(root)} == {newest, young}
    assert not (root / old_labelled).exists() and not (root / older).exists()


def test_list_backups_is_newest_first_and_parses_names(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _fake_backup(folder / "backups", _at(3, 9))
    _fake_backup(folder / "backups", _at(1, 9), "pre-migration")
    (folder / "backups" / "20251399T000000Z").mkdir()  # not a date
    listed = list_backups(folder)
    assert [(b.created, b.label) for b in listed] == [(_at(1, 9), "pre-migration"), (_at(3, 9), "")]
    assert listed[0].size == 12
    assert list_backups(tmp_path / "nowhere") == []
