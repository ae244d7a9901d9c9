"""Check a vault's files end to end without changing them: key envelope, page HMACs, SQLite integrity, the keyed
audit chain, the sessions against what the chain recorded of them, and the high-water mark (store/mark.py).

Never writes: the database is opened ``mode=ro`` (no checkpoint, the WAL left in place, as evidence), or, when
SQLite cannot read a WAL in a read-only folder that has no WAL index, a private copy of the database and its WAL
is examined instead. A WAL whose later commits SQLite would drop is reported (store/wal.py), not folded away.
No migration, no audit event. Holds the single-instance lock while it reads, like every other command (in a
folder where the lock file cannot be made, nothing can write either, and it reads without it).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session as DbSession

from alliance.store import audit
from alliance.store.engine import connect_readonly, make_readonly_engine
from alliance.store.errors import DatabaseDamaged, VaultAccessDenied, VaultError, VaultNotFound
from alliance.store.files import check_vault_folder
from alliance.store.instance_lock import VaultLock, held_lock
from alliance.store.keys import KeyEnvelope
from alliance.store.layout import DB_NAME, KEYS_NAME, vault_exists
from alliance.store.mark import (
    MARK_NAME,
    PURPOSE_AUDIT,
    PURPOSE_CONTENT,
    PURPOSE_MARK,
    Mark,
    compare,
    newest_mark,
    subkey,
)
from alliance.store.models import AuditEventRow
from alliance.store.restore_intent import INTENT_NAME
from alliance.store.wal import wal_damage


@dataclass(frozen=True)
class VerifyReport:
    """What ``verify_vault`` checked, and every problem it found (none when the vault is intact)."""

    checks: tuple[str, ...]
    problems: tuple[str, ...]
    audit_events: int = 0

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return not self.problems


def verify_vault_files(folder: Path, passphrase: str) -> VerifyReport:
    """Verify the vault in folder.

    Raises VaultNotFound, VaultInUse, WrongPassphrase, KeyFileDamaged or UnsafeKdfParameters when the
    key envelope cannot be opened at all; everything found past that point is a line in the report.
    """
    folder = Path(folder)
    if not vault_exists(folder):
        raise VaultNotFound()
    check_vault_folder(folder)
    with _instance_lock(folder):
        if (folder / INTENT_NAME).exists():  # verify writes nothing, so it does not finish the restore itself
            return VerifyReport((), ("A restore into this vault was interrupted before it finished; the next unlock "
                                     "(or `alliance restore` again) finishes it.",))
        envelope = KeyEnvelope.read(folder / KEYS_NAME)
        data_key = bytearray(envelope.unwrap_with_passphrase(passphrase))
        try:
            return _verify_database(folder / DB_NAME, bytes(data_key), envelope.vault_id)
        finally:
            for i in range(len(data_key)):
                data_key[i] = 0


@contextmanager
def _instance_lock(folder: Path) -> Iterator[None]:
    if held_lock(folder) is not None:
        yield  # this process (the GUI) already holds it
        return
    lock = VaultLock(folder)
    try:
        lock.acquire(read_only=True)
    except VaultAccessDenied:
        yield  # a read-only folder: the lock file cannot be made, and no one can write the vault either
        return
    try:
        yield
    finally:
        lock.release()


def _verify_database(db_path: Path, data_key: bytes, vault_id: str) -> VerifyReport:
    checks = ["Key file (keys.json): intact, and the passphrase unlocks it."]
    problems: list[str] = []
    if not db_path.is_file():
        return VerifyReport(tuple(checks), ("The vault database (alliance.db) is missing.",))
    damage = wal_damage(db_path.with_name(db_path.name + "-wal"))
    if damage is not None:
        problems.append(f"The vault's log (alliance.db-wal) is damaged: frame {damage.bad_frame} of {damage.frames} "
                        f"fails its checksum, so SQLite drops the {damage.dropped_commits} commit(s) after it. The "
                        "log was left as it is; restore the newest backup.")
    companions = [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm")]
    absent = [p for p in companions if not p.exists()]
    with _readable_copy(db_path, data_key) as (readable, note), _removing_new_empty_log(absent):
        if note:
            checks.append(note)
        try:
            conn = connect_readonly(readable, data_key)
        except (DatabaseDamaged, VaultAccessDenied) as exc:
            return VerifyReport(tuple(checks), (*problems, str(exc)))
        try:
            problems += _page_problems(conn, checks)
            problems += _integrity_problems(conn, checks)
            problems += _vault_id_problems(conn, vault_id, checks)
        finally:
            conn.close()
        chain_problems, events = _audit_problems(readable, db_path.parent, data_key, vault_id, checks)
    problems += chain_problems
    return VerifyReport(tuple(checks), tuple(problems), events)


@contextmanager
def _removing_new_empty_log(absent: list[Path]) -> Iterator[None]:
    """SQLite makes an empty -wal (and its -shm index) to read a WAL database that had none; verify removes
    what it made (we hold the instance lock), so the folder is left as it was."""
    try:
        yield
    finally:
        wal = next((p for p in absent if p.name.endswith("-wal")), None)
        if wal is not None and wal.is_file() and wal.stat().st_size == 0:
            for path in absent:
                path.unlink(missing_ok=True)


@contextmanager
def _readable_copy(db_path: Path, data_key: bytes) -> Iterator[tuple[Path, str]]:
    """The database itself when a read-only connection can read it; else (a read-only folder holding a WAL but
    no WAL index, which SQLite cannot read in place) a private copy of it and its WAL, removed afterwards."""
    try:
        connect_readonly(db_path, data_key).close()
    except VaultAccessDenied:
        pass
    except DatabaseDamaged:
        yield db_path, ""  # reported by the caller
        return
    else:
        yield db_path, ""
        return
    tmp = Path(tempfile.mkdtemp(prefix="alliance-verify-"))  # 0700; the copies stay encrypted
    try:
        for suffix in ("", "-wal"):
            source = db_path.with_name(db_path.name + suffix)
            if source.is_file():
                try:
                    shutil.copyfile(source, tmp / (db_path.name + suffix))
                except PermissionError as exc:  # not even readable: nothing to check
                    raise VaultAccessDenied() from exc
        yield tmp / db_path.name, ("The vault folder is read-only: its database and log were checked in a "
                                   "private copy.")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _page_problems(conn: sqlcipher3.Connection, checks: list[str]) -> list[str]:
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        return [f"The page authentication check (SQLCipher HMAC) could not run: {exc}."]
    if not rows:
        checks.append("Database pages (SQLCipher HMAC): every page authenticates.")
        return []
    return [f"Database page check (SQLCipher HMAC): {row[0]}" for row in rows]


def _integrity_problems(conn: sqlcipher3.Connection, checks: list[str]) -> list[str]:
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        return [f"The database structure check (PRAGMA integrity_check) failed: {exc}."]
    messages = [str(row[0]) for row in rows]
    if messages == ["ok"]:
        checks.append("Database structure (PRAGMA integrity_check): ok.")
        return []
    return [f"Database structure (PRAGMA integrity_check): {m}" for m in messages]


def _vault_id_problems(conn: sqlcipher3.Connection, vault_id: str, checks: list[str]) -> list[str]:
    try:
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
    except sqlcipher3.DatabaseError as exc:
        return [f"The vault's identity could not be read from the database: {exc}."]
    if row is None or row[0] != vault_id:
        return ["The key file (keys.json) belongs to another vault than this database."]
    checks.append("The key file and the database belong to the same vault.")
    return []


def _audit_problems(db_path: Path, folder: Path, data_key: bytes, vault_id: str,
                    checks: list[str]) -> tuple[list[str], int]:
    """The keyed chain, the sessions against it, and the chain's head against the high-water mark."""
    engine = make_readonly_engine(db_path, data_key)
    keys = {name: subkey(data_key, purpose) for name, purpose in
            (("audit", PURPOSE_AUDIT), ("content", PURPOSE_CONTENT), ("mark", PURPOSE_MARK))}
    try:
        with DbSession(engine) as db:
            events = int(db.execute(select(func.count(AuditEventRow.seq))).scalar_one())
            keyed_from = audit.keyed_from(db)
            problems = audit.verify_chain(db, keys["audit"], keyed_from)
            if not problems:
                kind = "keyed under the vault's key" if keyed_from is not None else "keyed from the next unlock on"
                checks.append(f"Audit trail: {events} events, hash chain unbroken ({kind}).")
            problems += _mark_problems(db, folder, keys["mark"], vault_id, keyed_from, checks)
            if keyed_from is not None:
                content = audit.content_problems(db, keys["content"])
                if not content:
                    checks.append("Sessions: each matches what the audit trail recorded of it.")
                problems += content
            return problems, events
    except (SQLAlchemyError, VaultError) as exc:  # DatabaseDamaged, or a disk error (store/engine.py)
        return [f"The audit trail could not be read: {type(exc).__name__}."], 0
    finally:
        engine.dispose()


def _mark_problems(db: DbSession, folder: Path, mark_key: bytes, vault_id: str, keyed_from: int | None,
                   checks: list[str]) -> list[str]:
    try:
        inside, outside = newest_mark(folder, mark_key, vault_id)
    except DatabaseDamaged as exc:
        return [str(exc)]
    marks = [m for m in (inside, outside) if m is not None]
    db_head = audit.head(db)
    if not marks:
        if keyed_from is not None and db_head is not None:
            return [f"The vault's high-water mark ({MARK_NAME}) is missing, so recent changes may have been lost "
                    "unnoticed. Restore the newest backup."]
        checks.append("High-water mark: none yet (this vault gets one at its next unlock).")
        return []
    mark: Mark = max(marks, key=lambda m: m.head.seq)
    at_mark = db.get(AuditEventRow, mark.head.seq) if mark.head.seq > 0 else None
    problem = compare(mark, db_head, at_mark.hash if at_mark is not None else None)
    if problem is not None:
        return [problem]
    if keyed_from != mark.keyed_from:
        return ["The audit trail does not match the vault's high-water mark: the database was altered."]
    ahead = (db_head.seq if db_head else 0) - mark.head.seq
    checks.append("High-water mark: the database is at its mark." if ahead == 0 else
                  f"High-water mark: the database is {ahead} event(s) past its mark (a save interrupted before "
                  "its mark was written; the next unlock brings the mark up to date).")
    if inside is None or outside is None:
        where = MARK_NAME if inside is None else "its copy outside the vault folder"
        checks.append(f"High-water mark: {where} is missing; the next unlock writes it again.")
    return []
