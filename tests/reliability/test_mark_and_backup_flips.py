"""Bit flips in the vault's high-water mark (both copies) and in a backup: each one is detected or harmless,
none silent. ``ALLIANCE_MARK_FLIPS`` and ``ALLIANCE_BACKUP_FLIPS`` set how many (``make stress`` runs more).

Detected: the unlock (or the restore) refuses with the store's error, exit 4 on the command line. Harmless: the
vault opens (or the backup restores) with every session there. Silent — opening with sessions missing — fails
the test."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
from collections import Counter
from pathlib import Path

import pytest

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.services.backups import backup_now, restore_backup
from alliance.services.clients import add_client
from alliance.services.sessions import log_session
from alliance.services.vault_access import create_vault, unlock_vault
from alliance.store.errors import VaultError
from alliance.store.kdf import KdfParams
from alliance.store.mark import MARK_NAME, outside_mark_path
from alliance.store.models import SessionRow
from tests.reliability.conftest import PASSPHRASE, report

MARK_FLIPS = int(os.environ.get("ALLIANCE_MARK_FLIPS", "60"))
BACKUP_FLIPS = int(os.environ.get("ALLIANCE_BACKUP_FLIPS", "30"))
SESSIONS = 10
SEED = 4242


def _flip(path: Path, bit: int) -> None:
    data = bytearray(path.read_bytes())
    data[bit // 8 % len(data)] ^= 1 << (bit % 8)
    path.write_bytes(bytes(data))


def _sessions(folder: Path) -> int:
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault, vault.work.transaction() as db:
        return db.query(SessionRow).count()


@pytest.fixture(scope="module")
def vault_with_backup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, bytes]:
    """A closed vault of SESSIONS sessions with its mark, a backup of it, and the mark's copy in the state folder
    (each test has a state folder of its own: the tests put it there)."""
    folder = tmp_path_factory.mktemp("flips") / "vault"
    vault, _recovery = create_vault(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    with vault:
        cid = add_client(vault, ClientDraft(code="MF-1")).id
        for week in range(SESSIONS):
            log_session(vault, SessionDraft(client_id=cid, date=dt.date(2026, 1, 5) + dt.timedelta(days=7 * week),
                                            ratings=Ratings(7, 6, 7, 8), note=f"week {week}"))
        backup = backup_now(vault).path
    assert (folder / MARK_NAME).is_file()
    return folder, backup, outside_mark_path(_vault_id(folder)).read_bytes()


def _copy(folder: Path, into: Path) -> Path:
    shutil.rmtree(into, ignore_errors=True)
    shutil.copytree(folder, into, ignore=shutil.ignore_patterns(".lock", "backups"))
    return into


def test_flips_in_either_copy_of_the_mark_are_detected_or_harmless(vault_with_backup: tuple[Path, Path, bytes],
                                                                    tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder, _backup, pristine_outside = vault_with_backup
    outside = outside_mark_path(_vault_id(folder))
    outside.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    outcomes: Counter[str] = Counter()
    for n in range(MARK_FLIPS):
        case = _copy(folder, tmp_path / "case")
        outside.write_bytes(pristine_outside)
        target = case / MARK_NAME if n % 2 == 0 else outside
        _flip(target, rng.randrange(8 * target.stat().st_size))
        try:
            count = _sessions(case)
        except VaultError as exc:
            assert exc.exit_code == 4 and "mark" in str(exc), exc
            outcomes["detected"] += 1
            continue
        assert count == SESSIONS, f"flip {n} opened the vault with {count} of {SESSIONS} sessions: silent loss"
        outcomes["harmless"] += 1
    outside.write_bytes(pristine_outside)
    report(capsys, f"high-water mark: {MARK_FLIPS} bit flips (both copies): {outcomes['detected']} detected "
                   f"(exit 4), {outcomes['harmless']} harmless, 0 silent",
           mark_flips_detected=outcomes["detected"], mark_flips_harmless=outcomes["harmless"])


def test_flips_in_a_backup_are_detected_or_harmless(vault_with_backup: tuple[Path, Path, bytes], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder, backup, pristine_outside = vault_with_backup
    outside = outside_mark_path(_vault_id(folder))
    outside.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED + 1)
    outcomes: Counter[str] = Counter()
    files = sorted(p for p in backup.iterdir() if p.is_file())
    for n in range(BACKUP_FLIPS):
        case = _copy(folder, tmp_path / "case")
        outside.write_bytes(pristine_outside)
        damaged = _copy(backup, tmp_path / "backup")
        target = damaged / files[n % len(files)].name
        _flip(target, rng.randrange(8 * target.stat().st_size))
        try:
            restore_backup(case, damaged, PASSPHRASE)
        except VaultError as exc:
            assert exc.exit_code == 4 or "backup" in str(exc).lower(), exc
            outcomes["detected"] += 1
            assert _sessions(case) == SESSIONS  # the vault is as it was
            continue
        count = _sessions(case)
        assert count == SESSIONS, f"flip {n} in {target.name} restored {count} of {SESSIONS} sessions: silent loss"
        outcomes["harmless"] += 1
    report(capsys, f"backups: {BACKUP_FLIPS} bit flips across {', '.join(p.name for p in files)}: "
                   f"{outcomes['detected']} refused, {outcomes['harmless']} harmless, 0 silent",
           backup_flips_detected=outcomes["detected"], backup_flips_harmless=outcomes["harmless"])


def _vault_id(folder: Path) -> str:
    from alliance.store.keys import KeyEnvelope
    from alliance.store.layout import KEYS_NAME

    return KeyEnvelope.read(folder / KEYS_NAME).vault_id
