"""Check a vault's files end to end without changing them: key envelope, page HMACs, SQLite integrity, audit chain.

Runs read-only on the files (no migration, no audit event), so a damaged vault is examined as it
is. Holds the single-instance lock while it reads, like every other command.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session as DbSession

from alliance.store import audit
from alliance.store.engine import connect, make_engine
from alliance.store.errors import DatabaseDamaged, VaultError, VaultNotFound
from alliance.store.instance_lock import VaultLock, held_lock
from alliance.store.keys import KeyEnvelope
from alliance.store.layout import DB_NAME, KEYS_NAME, vault_exists
from alliance.store.models import AuditEventRow


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
    with _instance_lock(folder):
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
    with VaultLock(folder):
        yield


def _verify_database(db_path: Path, data_key: bytes, vault_id: str) -> VerifyReport:
    checks = ["Key file (keys.json): intact, and the passphrase unlocks it."]
    problems: list[str] = []
    if not db_path.is_file():
        return VerifyReport(tuple(checks), ("The vault database (alliance.db) is missing.",))
    try:
        conn = connect(db_path, data_key)
    except DatabaseDamaged as exc:
        return VerifyReport(tuple(checks), (str(exc),))
    try:
        problems += _page_problems(conn, checks)
        problems += _integrity_problems(conn, checks)
        problems += _vault_id_problems(conn, vault_id, checks)
    finally:
        conn.close()
    chain_problems, events = _audit_problems(db_path, data_key)
    if not chain_problems:
        checks.append(f"Audit trail: {events} events, hash chain unbroken.")
    problems += chain_problems
    return VerifyReport(tuple(checks), tuple(problems), events)


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


def _audit_problems(db_path: Path, data_key: bytes) -> tuple[list[str], int]:
    engine = make_engine(db_path, data_key)
    try:
        with DbSession(engine) as db:
            events = int(db.execute(select(func.count(AuditEventRow.seq))).scalar_one())
            return audit.verify_chain(db), events
    except (SQLAlchemyError, VaultError) as exc:  # DatabaseDamaged, or a disk error (store/engine.py)
        return [f"The audit trail could not be read: {type(exc).__name__}."], 0
    finally:
        engine.dispose()
