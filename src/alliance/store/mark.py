"""The vault's high-water mark: the audit chain's head (last seq and hash), MAC'd, kept outside the database.

SQLite stops WAL recovery at the first frame that fails its checksum and drops every later frame without an
error, and an older copy of ``alliance.db`` opens as happily as the current one: without something outside the
database, acknowledged saves could vanish silently. After each commit that appended audit events the vault
writes the new head here, atomically and fsynced, before the save is reported:

    <vault>/mark.json                       beside keys.json
    <state folder>/marks/<vault id>.json    a copy outside the vault folder (paths.state_folder), so an
                                            older copy of the whole folder put in place is noticed too

Each copy is HMAC-SHA256 under a key derived from the data key (HKDF, ``subkey``), so it cannot be edited or
made for another vault without the key. Unlock and ``verify`` compare the database with the newer of the
two: a database behind it has lost changes (``ChangesMissing``); one whose event at the mark's seq has
another hash is not the database the mark was written for. A database *ahead* of its mark is a save that
crashed between its commit and its mark; the next commit (or unlock) brings the mark up to date.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from alliance.core.messages import msg
from alliance.paths import state_folder
from alliance.store.errors import DatabaseDamaged
from alliance.store.files import atomic_write, read_small_file

MARK_NAME = "mark.json"
MARK_FORMAT = 1
MAX_MARK_BYTES = 4096
# What each key derived from the data key is for; a key is never used for two purposes.
PURPOSE_MARK = b"alliance high-water mark v1"
PURPOSE_AUDIT = b"alliance audit chain v1"
PURPOSE_CONTENT = b"alliance content digest v1"


def subkey(data_key: bytes | bytearray, purpose: bytes) -> bytes:
    """A 256-bit key for one purpose, derived from the data key (HKDF-SHA256)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(data_key)  # no copy made


@dataclass(frozen=True)
class Head:
    """The audit chain's last event: its seq and its hash."""

    seq: int
    hash: str


@dataclass(frozen=True)
class Mark:
    """A high-water mark: the head of the audit chain at the last commit, and where its keyed part begins."""

    vault_id: str
    head: Head
    keyed_from: int

    def body(self) -> dict[str, object]:
        return {"format": MARK_FORMAT, "vault_id": self.vault_id, "seq": self.head.seq, "hash": self.head.hash,
                "keyed_from": self.keyed_from}


def _mac(mark_key: bytes, body: dict[str, object]) -> str:
    text = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(bytes(mark_key), text, hashlib.sha256).hexdigest()


def outside_mark_path(vault_id: str) -> Path:
    """Where the copy of a vault's mark outside its folder lives."""
    return state_folder() / "marks" / f"{vault_id}.json"


def mark_bytes(mark: Mark, mark_key: bytes) -> bytes:
    """The file content of a mark, MAC included."""
    body = mark.body()
    return (json.dumps({**body, "mac": _mac(mark_key, body)}, sort_keys=True) + "\n").encode("utf-8")


def write_mark(path: Path, mark: Mark, mark_key: bytes) -> None:
    """Write one copy of the mark atomically (temp file, fsync, rename, fsync of the folder)."""
    atomic_write(path, mark_bytes(mark, mark_key))


def write_outside_mark(mark: Mark, mark_key: bytes) -> None:
    """Write the copy outside the vault folder (its folder made owner-only when new)."""
    path = outside_mark_path(mark.vault_id)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_mark(path, mark, mark_key)


def read_mark(path: Path, mark_key: bytes, vault_id: str, what: str) -> Mark | None:
    """The mark in path, None when there is none; DatabaseDamaged when it is damaged, altered or another
    vault's. ``what`` names the file in messages."""
    raw = read_small_file(path, MAX_MARK_BYTES, what, missing_ok=True)
    if raw is None:
        return None
    damaged = DatabaseDamaged(msg("The vault's high-water mark ({what}) is damaged or has been altered. Restore the "
                                  "vault from a backup.",
                                  what=what))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise damaged from exc
    if not isinstance(data, dict):
        raise damaged
    mac = data.pop("mac", None)
    if not isinstance(mac, str) or not hmac.compare_digest(mac, _mac(mark_key, data)):
        raise damaged
    seq, head_hash, keyed_from = data.get("seq"), data.get("hash"), data.get("keyed_from")
    if (data.get("format") != MARK_FORMAT or data.get("vault_id") != vault_id or not isinstance(seq, int)
            or not isinstance(head_hash, str) or not isinstance(keyed_from, int)):
        raise damaged
    return Mark(vault_id, Head(seq, head_hash), keyed_from)


def newest_mark(folder: Path, mark_key: bytes, vault_id: str) -> tuple[Mark | None, Mark | None]:
    """The mark beside keys.json and the copy outside the folder (each None when absent)."""
    inside = read_mark(Path(folder) / MARK_NAME, mark_key, vault_id, MARK_NAME)
    outside = read_mark(outside_mark_path(vault_id), mark_key, vault_id,
                        f"the copy of {MARK_NAME} in {outside_mark_path(vault_id).parent}")
    return inside, outside


def compare(mark: Mark, db_head: Head | None, hash_at_mark: str | None) -> str | None:
    """The problem between a mark and the database (None when the database is at or ahead of it)."""
    db_seq = db_head.seq if db_head is not None else 0
    if db_seq < mark.head.seq:
        missing = mark.head.seq - db_seq
        return (f"The vault is damaged: {missing} recent change(s) are missing. The database (alliance.db and its "
                f"alliance.db-wal) is behind the vault's high-water mark: its log was damaged, or an older copy "
                f"was put in place. Restore the newest backup.")
    if mark.head.seq > 0 and hash_at_mark != mark.head.hash:
        return ("The vault is damaged: its audit trail does not match the vault's high-water mark, so the "
                "database was replaced or altered. Restore the newest backup.")
    return None
