"""Small files of the vault folder, read and written so that a hostile folder cannot redirect them.

A symbolic link, FIFO, device or folder where a vault file should be is refused, never followed or written
through: files open with ``O_NOFOLLOW`` (where the OS has it) and must be regular files; new files are created
owner-only (0600) with ``O_EXCL``, whatever the umask.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

from alliance.core.messages import Msg, msg
from alliance.store.errors import VaultAccessDenied, VaultError

O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # so a FIFO opens (and is then refused) instead of hanging
O_BINARY = getattr(os, "O_BINARY", 0)


def not_regular(what: Msg | str) -> Msg:
    """The sentence for a vault file that is not a plain file."""
    return msg("{what} is not a regular file (it is a symbolic link, a FIFO, a device, a folder or a hard link), so "
               "Alliance refused to use it. Someone may have tampered with the vault folder; restore it from a backup.",
               what=what)


def unsafe_reason(path: Path, folder_expected: bool = False) -> Msg | None:
    """Why path cannot be used as a vault file (or, with ``folder_expected``, as a vault's folder); None when it is
    absent or fine. Looks at the entry itself (lstat), never at what a link points to."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError:
        return None  # unreadable: the open that follows reports it
    if stat.S_ISLNK(st.st_mode):
        return msg("is a symbolic link")
    if folder_expected:
        return None if stat.S_ISDIR(st.st_mode) else msg("is not a folder")
    if stat.S_ISFIFO(st.st_mode):
        return msg("is a FIFO (named pipe)")
    if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
        return msg("is a device")
    if stat.S_ISSOCK(st.st_mode):
        return msg("is a socket")
    if stat.S_ISDIR(st.st_mode):
        return msg("is a folder")
    if not stat.S_ISREG(st.st_mode):
        return msg("is not a regular file")
    if st.st_nlink > 1:
        return msg("has {links} hard links (it is also a file elsewhere)", links=st.st_nlink)
    return None


# The entries of a vault folder Alliance opens or writes (store/layout.py, mark.py, instance_lock.py,
# unlock_failures.py). The backups folder is checked where backups are written (backup.py).
VAULT_FILES = ("keys.json", "alliance.db", "alliance.db-wal", "alliance.db-shm", "alliance.db-journal", "mark.json",
               ".lock", "unlock-failures.log", ".restore-intent.json")


def check_vault_folder(folder: Path) -> None:
    """Refuse a vault folder that is a link, or holds a link, FIFO, device, folder or hard link where a vault file
    belongs (UnsafeVaultFile, exit 4), before anything in it is opened."""
    from alliance.store.errors import UnsafeVaultFile

    folder = Path(folder)
    reason = unsafe_reason(folder, folder_expected=True)
    if reason is not None:
        raise UnsafeVaultFile(msg("The vault folder {folder} {reason}, so Alliance refused to use it. Open the folder "
                                  "it points to, or restore the vault from a backup.",
                                  folder=folder, reason=reason))
    for name in VAULT_FILES:
        reason = unsafe_reason(folder / name)
        if reason is not None:
            raise UnsafeVaultFile(
                msg("{name} in the vault folder {folder} {reason}, so Alliance refused to open or write it. Someone "
                    "may have tampered with the vault folder: remove {name} if you know why it is there (for .lock "
                    "that is always safe while Alliance is closed), or restore the vault from a backup.",
                    name=name, folder=folder, reason=reason))


NEARLY_FULL_BYTES = 1024 * 1024


def disk_nearly_full(path: Path) -> bool:
    """Whether the disk holding path (or its nearest existing parent) has under 1 MiB free. SQLite reports a
    write into the last few pages as an I/O error (its WAL index cannot grow) rather than as a full disk."""
    probe = Path(path)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def owner_only(path: Path, mode: int = 0o600) -> None:
    """Take group and other permissions off a file or folder we own (best effort: not ours, or no chmod)."""
    try:
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode) or st.st_uid != getattr(os, "getuid", lambda: st.st_uid)():
            return
        if st.st_mode & 0o077:
            os.chmod(path, mode)
    except OSError:
        pass


def open_regular(path: Path, flags: int, what: Msg | str, damaged: Callable[[Msg | str], VaultError]) -> int:
    """os.open with no-follow semantics, refusing anything but a regular file (the fd is returned open)."""
    try:
        fd = os.open(path, flags | O_NOFOLLOW | O_NONBLOCK | O_BINARY, 0o600)
    except OSError as exc:
        if exc.errno is not None and exc.errno in _LINK_ERRNOS and Path(path).is_symlink():
            raise damaged(not_regular(what)) from exc
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:
            raise damaged(not_regular(what))
        if O_NONBLOCK:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


# What open() with O_NOFOLLOW says about a symbolic link: ELOOP (Linux), EMLINK (FreeBSD), EFTYPE (NetBSD).
_LINK_ERRNOS = frozenset(getattr(errno, name) for name in ("ELOOP", "EMLINK", "EFTYPE") if hasattr(errno, name))


def read_small_file(path: Path, limit: int, what: Msg | str, damaged: Callable[[Msg | str], VaultError] | None = None,
                    missing_ok: bool = False) -> bytes | None:
    """At most ``limit`` bytes of a regular file; None when it is missing and ``missing_ok``.

    A file that is too long, or not a regular file, raises ``damaged(message)`` (DatabaseDamaged by default);
    a permission problem raises VaultAccessDenied."""
    if damaged is None:
        from alliance.store.errors import DatabaseDamaged

        damaged = DatabaseDamaged
    try:
        fd = open_regular(path, os.O_RDONLY, what, damaged)
    except FileNotFoundError:
        if missing_ok:
            return None
        raise
    except IsADirectoryError as exc:
        raise damaged(not_regular(what)) from exc
    except PermissionError as exc:
        raise VaultAccessDenied() from exc
    try:
        chunks = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, limit + 1 - total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    if len(raw) > limit:
        raise damaged(f"{what} is larger than any file Alliance writes there; it was refused as damaged.")
    return raw


def atomic_write(path: Path, data: bytes) -> None:
    """Replace path with data so a crash leaves either the old or the new file, never a mix.

    The temp file is new (O_EXCL, so never a link), owner-only, fsynced; the rename replaces a link or file at
    path itself, never what a link points to; the folder is fsynced after."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_NOFOLLOW | O_BINARY, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename in folder durable (no-op where folders cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
