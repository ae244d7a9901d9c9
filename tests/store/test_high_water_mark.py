"""The high-water mark and the keyed audit chain (store/mark.py, store/audit.py): changes lost from a damaged
WAL, an older copy of the vault, and sessions edited, deleted or invented outside Alliance are all noticed.

Real vaults in tmp_path; the edits "outside Alliance" are made the way an intruder with the passphrase would,
with SQLCipher and the unwrapped data key."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlcipher3

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.services import sessions
from alliance.services.audit_log import audit_entries
from alliance.services.clients import add_client
from alliance.services.vault_access import lock_vault, unlock_vault
from alliance.services.verify import verify_vault
from alliance.store.engine import connect
from alliance.store.errors import ChangesMissing, DatabaseDamaged
from alliance.store.keys import KeyEnvelope
from alliance.store.mark import MARK_NAME, outside_mark_path
from alliance.store.vault import Vault
from tests.conftest import PASSPHRASE, copy_v1_vault


def _log(vault: Vault, client_id: int, day: int, note: str = "") -> int:
    draft = SessionDraft(client_id=client_id, date=dt.date(2024, 3, day), ratings=Ratings(6, 7, 7, 8), note=note)
    return sessions.log_session(vault, draft).id


V1_PASSPHRASE = "known answer vault v1"  # tests/fixtures/make_vault_v1.py


@contextmanager
def _raw(folder: Path, passphrase: str = PASSPHRASE) -> Iterator[sqlcipher3.Connection]:
    """The database opened directly with the data key, as an intruder with the passphrase could."""
    envelope = KeyEnvelope.read(folder / "keys.json")
    conn = connect(folder / "alliance.db", envelope.unwrap_with_passphrase(passphrase))
    try:
        yield conn
    finally:
        conn.close()


def _filled(vault: Vault, n: int = 3) -> tuple[int, list[int]]:
    client = add_client(vault, ClientDraft(code="AB-17"))
    return client.id, [_log(vault, client.id, day + 1, note=f"note {day}") for day in range(n)]


def test_a_new_vault_has_a_mark_at_its_head_inside_and_outside_the_folder(vault: Vault) -> None:
    _filled(vault)
    inside = json.loads((vault.folder / MARK_NAME).read_text())
    outside = json.loads(outside_mark_path(vault.vault_id).read_text())
    assert inside == outside
    with vault.work.transaction() as db:
        from alliance.store import audit

        head = audit.head(db)
    assert head is not None and (inside["seq"], inside["hash"]) == (head.seq, head.hash)
    assert inside["keyed_from"] == 1 and len(inside["mac"]) == 64
    assert oct((vault.folder / MARK_NAME).stat().st_mode & 0o777) == "0o600"
    lock_vault(vault)
    assert verify_vault(vault.folder, PASSPHRASE).ok


def test_an_older_copy_of_the_whole_folder_is_noticed(vault: Vault, tmp_path: Path) -> None:
    client_id, _ = _filled(vault)
    folder = vault.folder
    lock_vault(vault)
    old = tmp_path / "old-copy"
    shutil.copytree(folder, old)
    with unlock_vault(folder, PASSPHRASE) as again:
        _log(again, client_id, 20)
        _log(again, client_id, 21)
        lock_vault(again)
    shutil.rmtree(folder)
    shutil.copytree(old, folder)  # mark.json comes along: only the copy outside the folder knows better
    with pytest.raises(ChangesMissing) as caught:
        unlock_vault(folder, PASSPHRASE)
    # two sessions, and the unlock, lock and backup events around them
    assert caught.value.missing >= 4 and caught.value.exit_code == 4
    assert f"{caught.value.missing} recent change(s) are missing" in str(caught.value)
    report = verify_vault(folder, PASSPHRASE)
    assert not report.ok and any("recent change(s) are missing" in p for p in report.problems)


def test_a_database_put_back_from_an_older_copy_is_noticed(vault: Vault, tmp_path: Path) -> None:
    client_id, _ = _filled(vault)
    folder = vault.folder
    lock_vault(vault)
    shutil.copy2(folder / "alliance.db", tmp_path / "old.db")
    with unlock_vault(folder, PASSPHRASE) as again:
        _log(again, client_id, 20)
    shutil.copy2(tmp_path / "old.db", folder / "alliance.db")
    with pytest.raises(ChangesMissing):
        unlock_vault(folder, PASSPHRASE)


def test_cut_off_events_are_noticed(vault: Vault) -> None:
    _filled(vault)
    folder = vault.folder
    lock_vault(vault)
    with _raw(folder) as conn:
        conn.execute("DELETE FROM audit_events WHERE seq > (SELECT max(seq) - 2 FROM audit_events)")
    with pytest.raises(ChangesMissing) as caught:
        unlock_vault(folder, PASSPHRASE)
    assert caught.value.missing == 2
    assert not verify_vault(folder, PASSPHRASE).ok


@pytest.mark.parametrize("edit, expected", [
    ("UPDATE sessions SET trust = 1 WHERE id = {sid}", "Session {sid} was changed outside Alliance"),
    ("UPDATE sessions SET note = 'rewritten' WHERE id = {sid}", "Session {sid} was changed outside Alliance"),
    ("UPDATE sessions SET date = '2020-01-01' WHERE id = {sid}", "Session {sid} was changed outside Alliance"),
    ("DELETE FROM sessions WHERE id = {sid}", "Session {sid} was deleted outside Alliance"),
    ("INSERT INTO sessions (client_id, number, date, duration_min, modality, safety, trust, attunement, boundaries, "
     "corrective_experience, corrective_experience_text, note, created_at, updated_at) SELECT client_id, 9, date, "
     "50, modality, 9, 9, 9, 9, 0, '', 'invented', created_at, updated_at FROM sessions WHERE id = {sid}",
     "is not in the audit trail: it was added outside Alliance"),
])
def test_sessions_edited_deleted_or_invented_outside_alliance_fail_verify(vault: Vault, edit: str,
                                                                         expected: str) -> None:
    _, ids = _filled(vault)
    folder = vault.folder
    lock_vault(vault)
    with _raw(folder) as conn:
        conn.execute(edit.format(sid=ids[1]))
    report = verify_vault(folder, PASSPHRASE)
    assert not report.ok
    wanted = expected.format(sid=ids[1])
    assert any(wanted in p for p in report.problems), report.problems


def test_a_rewritten_chain_without_the_key_fails_verify(vault: Vault) -> None:
    """Recomputing the plain SHA-256 chain (what passed verify before the chain was keyed) no longer works."""
    import hashlib

    _, ids = _filled(vault)
    folder = vault.folder
    lock_vault(vault)
    with _raw(folder) as conn:
        conn.execute(f"UPDATE audit_events SET detail = '{{}}' WHERE entity = 'session' AND entity_id = {ids[0]}")
        prev = "0" * 64
        for row in conn.execute("SELECT seq, ts_utc, actor, action, entity, entity_id, detail FROM audit_events "
                                "ORDER BY seq").fetchall():
            payload = json.dumps([prev, *row], separators=(",", ":")).encode()
            new = hashlib.sha256(payload).hexdigest()
            conn.execute("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, new, row[0]))
            prev = new
    report = verify_vault(folder, PASSPHRASE)
    assert any("has been altered" in p for p in report.problems)
    with pytest.raises(DatabaseDamaged):  # the head no longer matches the mark either
        unlock_vault(folder, PASSPHRASE)


def test_an_altered_or_missing_mark_is_damage(vault: Vault) -> None:
    _filled(vault)
    folder, vault_id = vault.folder, vault.vault_id
    lock_vault(vault)
    mark = folder / MARK_NAME
    data = json.loads(mark.read_text())
    data["seq"] -= 1
    mark.write_text(json.dumps(data))
    with pytest.raises(DatabaseDamaged, match=r"high-water mark \(mark.json\) is damaged or has been altered"):
        unlock_vault(folder, PASSPHRASE)
    mark.unlink()
    outside_mark_path(vault_id).unlink()
    with pytest.raises(DatabaseDamaged, match=r"mark\.json.*is missing"):
        unlock_vault(folder, PASSPHRASE)
    assert any("is missing" in p for p in verify_vault(folder, PASSPHRASE).problems)


def test_a_save_interrupted_before_its_mark_is_not_damage(vault: Vault, tmp_path: Path) -> None:
    """Commit first, mark second: a crash between them leaves the database ahead of its mark, which is fine."""
    client_id, _ = _filled(vault)
    folder, vault_id = vault.folder, vault.vault_id
    saved = ((folder / MARK_NAME).read_bytes(), outside_mark_path(vault_id).read_bytes())
    _log(vault, client_id, 25)
    vault.close()  # no lock event: as if the process died right after the commit
    (folder / MARK_NAME).write_bytes(saved[0])
    outside_mark_path(vault_id).write_bytes(saved[1])
    report = verify_vault(folder, PASSPHRASE)
    assert report.ok and any("past its mark" in c for c in report.checks)
    with unlock_vault(folder, PASSPHRASE) as again:
        assert len(sessions.list_sessions(again, client_id)) == 4
    assert any("at its mark" in c for c in verify_vault(folder, PASSPHRASE).checks)


def test_a_vault_from_before_the_mark_gets_one_at_its_next_unlock_audited(tmp_path: Path) -> None:
    folder = copy_v1_vault(tmp_path)
    assert not (folder / MARK_NAME).exists()
    before = verify_vault(folder, V1_PASSPHRASE)
    assert before.ok and any("none yet" in c for c in before.checks)
    with unlock_vault(folder, V1_PASSPHRASE, daily_backup=False) as vault:
        entries = audit_entries(vault)
        actions = [e.action for e in entries]
        assert "audit chain keyed" in actions and "high-water mark created" in actions
        baseline = [e for e in entries if e.action == "integrity baseline"]
        with vault.work.transaction() as db:
            from sqlalchemy import text

            count = db.execute(text("SELECT count(*) FROM sessions")).scalar_one()
        assert len(baseline) == count > 0
    assert (folder / MARK_NAME).is_file()
    after = verify_vault(folder, V1_PASSPHRASE)
    assert after.ok, after.problems
    with _raw(folder, V1_PASSPHRASE) as conn:  # the sessions from before the upgrade are sealed too
        conn.execute("UPDATE sessions SET safety = 0 WHERE id = (SELECT min(id) FROM sessions)")
    assert any("changed outside Alliance" in p for p in verify_vault(folder, V1_PASSPHRASE).problems)


def test_a_vault_calibrated_above_todays_bound_opens_with_its_recovery_key(created_vault: tuple[Path, str]) -> None:
    """An earlier version calibrated up to 32 passes over 64 MiB; this one spends at most 16 per attempt."""
    import hashlib

    from alliance.services.vault_access import recover_vault
    from alliance.store.errors import UnsafeKdfParameters
    from alliance.store.kdf import MAX_WORK_KIB_PASSES

    folder, recovery_key = created_vault
    body = json.loads((folder / "keys.json").read_text())
    body.pop("checksum")
    body["kdf"] = {"name": "argon2id", "iterations": 32, "memory_kib": 65536, "lanes": 4}
    body["checksum"] = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
    (folder / "keys.json").write_text(json.dumps(body))
    with pytest.raises(UnsafeKdfParameters, match="recovery key") as caught:
        unlock_vault(folder, PASSPHRASE)
    assert caught.value.exit_code == 4
    recover_vault(folder, recovery_key, "a new passphrase of today").close()
    kdf = json.loads((folder / "keys.json").read_text())["kdf"]
    assert kdf["iterations"] * kdf["memory_kib"] <= MAX_WORK_KIB_PASSES
    with unlock_vault(folder, "a new passphrase of today", daily_backup=False):
        pass
