"""Encrypted backups of a vault, each a folder ``<vault>/backups/<UTC YYYYMMDDTHHMMSSZ>[-label]/``.

A backup folder holds ``alliance.db``, written with SQLite's online backup API into a new SQLCipher
file under the vault's own data key, and a copy of the vault's ``keys.json``, so it opens with the
passphrase and the recovery key that were valid when it was made. The database is stored in
rollback-journal mode: one self-contained file that reading never changes. A backup is written
under a temporary name, fsynced, verified (page HMACs, ``integrity_check``, vault id) and only then
renamed, so a folder with a backup's name is always complete and checked. Writing one needs the open vault's
key (``Vault.backup_into``); when to back up, and the audit event, are the services' (services/backups.py).

Rotation keeps the newest backup of each of the last 14 days that have one and of each of the last
8 ISO weeks (UTC calendar), always the newest backup, and every labelled backup younger than a day.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import secrets
import shutil
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlcipher3

from alliance.core.messages import msg
from alliance.paths import backups_folder
from alliance.store.engine import apply_key
from alliance.store.errors import BackupDamaged, BackupFailed
from alliance.store.files import disk_nearly_full
from alliance.store.keys import KeyEnvelope, fsync_folder
from alliance.store.layout import DB_NAME, KEYS_NAME

PRE_MIGRATION = "pre-migration"
PRE_RESTORE = "pre-restore"
TIMESTAMP_FORMAT = "%Y%m%dT%H%M%SZ"
TEMP_PREFIX = ".tmp-"
KEEP_DAILY = 14
KEEP_WEEKLY = 8
DAY = dt.timedelta(days=1)
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
_NAME = re.compile(r"^(\d{8}T\d{6}Z)(?:-([a-z0-9][a-z0-9-]{0,39}))?$")
_LABEL = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_writing = threading.Lock()  # one backup at a time per process (the GUI may run one on a worker thread)


@dataclass(frozen=True)
class BackupInfo:
    """One backup folder. ``clients`` and ``sessions`` are known only right after writing or checking it."""

    path: Path
    created: dt.datetime  # UTC, from the folder name
    label: str
    size: int  # bytes
    clients: int | None = None
    sessions: int | None = None

    @property
    def name(self) -> str:
        """The folder name, e.g. ``20250301T090000Z-pre-migration``."""
        return self.path.name


@dataclass(frozen=True)
class DatabaseFacts:
    """What verifying a backup's database found besides its being intact."""

    clients: int
    sessions: int
    revision: str | None


# --- reading the backups folder --------------------------------------------------------------------


def list_backups(vault_folder: Path) -> list[BackupInfo]:
    """The backups of the vault in vault_folder, newest first."""
    return backups_in(backups_folder(vault_folder))


def backups_in(root: Path) -> list[BackupInfo]:
    """The backup folders directly inside root, newest first (anything else there is ignored)."""
    try:
        entries = list(Path(root).iterdir())
    except OSError:
        return []
    found = [info for entry in entries if (info := backup_info(entry)) is not None]
    return sorted(found, key=lambda b: (b.created, b.name), reverse=True)


def backup_info(path: Path) -> BackupInfo | None:
    """The backup in a folder named like one, else None."""
    match = _NAME.match(path.name)
    if match is None or not path.is_dir():
        return None
    try:
        created = dt.datetime.strptime(match.group(1), TIMESTAMP_FORMAT).replace(tzinfo=dt.UTC)
        size = sum(f.stat().st_size for f in path.iterdir() if f.is_file())
    except (ValueError, OSError):
        return None
    return BackupInfo(path, created, match.group(2) or "", size)


def backup_due(vault_folder: Path, now: dt.datetime | None = None) -> bool:
    """Whether the daily backup is due: there is none, or the newest is 24 hours old or more."""
    backups = list_backups(vault_folder)
    if not backups:
        return True
    age = (now or _now()) - backups[0].created
    # A newest backup far in the future means the clock was set back: do not wait for it to catch up.
    return age >= DAY or age < -dt.timedelta(hours=1)


# --- rotation --------------------------------------------------------------------------------------


def kept_by_rotation(backups: Sequence[BackupInfo], now: dt.datetime, keep_daily: int = KEEP_DAILY,
                     keep_weekly: int = KEEP_WEEKLY) -> set[Path]:
    """The backups the rotation rule keeps (see the module docstring)."""
    newest_first = sorted(backups, key=lambda b: (b.created, b.name), reverse=True)
    if not newest_first:
        return set()
    keep = {newest_first[0].path}
    per_day: dict[dt.date, Path] = {}
    per_week: dict[tuple[int, int], Path] = {}
    for b in newest_first:
        per_day.setdefault(b.created.date(), b.path)
        iso = b.created.isocalendar()
        per_week.setdefault((iso.year, iso.week), b.path)
    keep.update(per_day[day] for day in sorted(per_day, reverse=True)[:keep_daily])
    keep.update(per_week[week] for week in sorted(per_week, reverse=True)[:keep_weekly])
    keep.update(b.path for b in newest_first if b.label and now - b.created < DAY)
    return keep


def rotate(vault_folder: Path, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY,
           now: dt.datetime | None = None) -> list[BackupInfo]:
    """Delete the backups the rotation rule does not keep, and leftovers of interrupted backups.

    Call only while holding the vault's instance lock. Returns the backups removed.
    """
    root = backups_folder(vault_folder)
    for stale in root.glob(f"{TEMP_PREFIX}*") if root.is_dir() else ():
        shutil.rmtree(stale, ignore_errors=True)  # we hold the lock: no backup is being written there
    backups = backups_in(root)
    keep = kept_by_rotation(backups, now or _now(), keep_daily, keep_weekly)
    removed = [b for b in backups if b.path not in keep]
    for b in removed:
        # Rename first so a half-deleted folder never carries a backup's name.
        doomed = root / f"{TEMP_PREFIX}{secrets.token_hex(6)}"
        os.rename(b.path, doomed)
        shutil.rmtree(doomed, ignore_errors=True)
    if removed:
        fsync_folder(root)
    return removed


# --- writing ---------------------------------------------------------------------------------------


def write_backup(source: Any, data_key: bytes | bytearray, envelope: KeyEnvelope, root: Path, label: str = "",
                 now: dt.datetime | None = None) -> BackupInfo:
    """Copy the database behind an open keyed sqlcipher3 connection into a new backup folder in root.

    The new file is keyed with the same raw data key; keys.json is the envelope that unlocked it.
    """
    if label and not _LABEL.match(label):
        raise ValueError(f"a backup label is lowercase letters, digits and dashes, not {label!r}")
    with _writing:
        try:
            tmp = _temp_folder(Path(root))
        except OSError as exc:
            raise BackupFailed(msg("The backup could not be written into {root} ({value}); the vault itself is "
                                   "unchanged.",
                                   root=root, value=_reason(exc, root))) from exc
        try:
            db_path = tmp / DB_NAME
            target = open_keyed(db_path, data_key)
            try:
                target.execute("PRAGMA synchronous = OFF")  # the finished file is fsynced below, once
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE").fetchone()  # one self-contained file
            finally:
                target.close()
            os.chmod(db_path, 0o600)
            if db_path.read_bytes()[:16] == SQLITE_PLAIN_HEADER:
                raise BackupDamaged(msg("its database was written unencrypted"))
            _fsync_file(db_path)
            _write_new(tmp / KEYS_NAME, envelope.to_json().encode("utf-8"))
            facts = verify_backup_database(db_path, data_key, envelope.vault_id)
            final = _publish(tmp, Path(root), label, now)
        except BackupDamaged as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise BackupFailed(msg("The backup did not verify after writing ({exc}) and was removed. The vault itself "
                                   "may be damaged: run `alliance verify`.",
                                   exc=exc)) from exc
        except (OSError, sqlcipher3.Error) as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise BackupFailed(msg("The backup could not be written into {root} ({value}); nothing of it was kept, "
                                   "and the vault itself is unchanged.",
                                   root=root, value=_reason(exc, Path(root)))) from exc
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    info = backup_info(final) or BackupInfo(final, _now(), label, 0)
    return replace(info, clients=facts.clients, sessions=facts.sessions)


def preserve_vault_files(vault_folder: Path, label: str = PRE_RESTORE,
                         now: dt.datetime | None = None) -> BackupInfo | None:
    """Copy the vault's files as they are (database, its WAL, keys.json) into a new backup folder.

    Used before a restore, when the current vault may be damaged or under another passphrase and so
    cannot be read; the copy is still encrypted. None when the folder holds no vault files.
    """
    folder = Path(vault_folder)
    names = [n for n in (DB_NAME, DB_NAME + "-wal", KEYS_NAME) if (folder / n).is_file()]
    if not names:
        return None
    with _writing:
        try:
            tmp = _temp_folder(backups_folder(folder))
        except OSError as exc:
            raise BackupFailed(msg("The vault could not be backed up first ({value}); nothing was changed.",
                                   value=_reason(exc))) from exc
        try:
            for name in names:
                copy_durably(folder / name, tmp / name)
            final = _publish(tmp, backups_folder(folder), label, now)
        except BaseException as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            if isinstance(exc, OSError):
                raise BackupFailed(msg("The vault could not be backed up first ({value}); nothing was changed.",
                                       value=_reason(exc))) from exc
            raise
    return backup_info(final)


# --- verifying -------------------------------------------------------------------------------------


def verify_backup_database(db_path: Path, data_key: bytes | bytearray, vault_id: str) -> DatabaseFacts:
    """Open a backup's database read-only and check it; raises BackupDamaged naming what failed."""
    try:
        with open(db_path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise BackupDamaged(msg("its database cannot be read: {value}", value=_reason(exc))) from exc
    if header == SQLITE_PLAIN_HEADER:
        raise BackupDamaged(msg("its database is not encrypted"))
    try:
        conn = open_keyed(db_path, data_key, readonly=True)
    except sqlcipher3.Error as exc:
        raise BackupDamaged(msg("its database does not open with its key")) from exc
    try:
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise BackupDamaged(msg("pages of its database fail authentication"))
        if [row[0] for row in conn.execute("PRAGMA integrity_check")] != ["ok"]:
            raise BackupDamaged(msg("its database fails the structure check"))
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        if row is None or row[0] != vault_id:
            raise BackupDamaged(msg("its database belongs to another vault than its key file"))
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return DatabaseFacts(
            clients=int(conn.execute("SELECT count(*) FROM clients").fetchone()[0]),
            sessions=int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0]),
            revision=str(revision[0]) if revision else None,
        )
    except sqlcipher3.Error as exc:
        raise BackupDamaged(msg("its database cannot be read ({name__})", name__=type(exc).__name__)) from exc
    finally:
        conn.close()


# --- helpers ---------------------------------------------------------------------------------------


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def open_keyed(path: Path, data_key: bytes | bytearray, readonly: bool = False) -> Any:
    """A keyed sqlcipher3 connection without the vault's WAL pragma, so a backup stays one file."""
    if readonly:
        conn = sqlcipher3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        apply_key(conn, data_key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _temp_folder(root: Path) -> Path:
    if root.is_symlink():  # never write a backup through a link someone put in place of the backups folder
        raise BackupFailed(msg("The backups folder ({root}) is a symbolic link, so no backup was written through it. "
                               "Replace it with a plain folder.",
                               root=root))
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = root / f"{TEMP_PREFIX}{secrets.token_hex(6)}"
    tmp.mkdir(mode=0o700)
    return tmp


def _publish(tmp: Path, root: Path, label: str, now: dt.datetime | None) -> Path:
    """Rename a finished temp folder to its backup name (a second later if that time is taken)."""
    fsync_folder(tmp)
    stamp = (now or _now()).astimezone(dt.UTC).replace(microsecond=0)
    taken = {b.created for b in backups_in(root)}
    while stamp in taken:
        stamp += dt.timedelta(seconds=1)
    final = root / (stamp.strftime(TIMESTAMP_FORMAT) + (f"-{label}" if label else ""))
    os.rename(tmp, final)
    fsync_folder(root)
    return final


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def copy_durably(source: Path, target: Path) -> None:
    """Copy a file to a new path (owner-only), fsynced before returning."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        shutil.copyfileobj(src, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())


def _reason(exc: BaseException, where: Path | None = None) -> str:
    """Why a backup could not be written, in words, naming the file when the system did."""
    if where is not None and disk_nearly_full(where):
        return "the disk is full"
    full = getattr(errno, "EDQUOT", errno.ENOSPC)
    if isinstance(exc, OSError):
        named = f" ({exc.filename})" if exc.filename else ""
        if exc.errno in (errno.ENOSPC, full):
            return f"the disk is full{named}"
        return f"{exc.strerror or type(exc).__name__}{named}"
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF == 13:  # SQLITE_FULL
        return "the disk is full"
    return type(exc).__name__
