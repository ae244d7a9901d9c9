"""Single running instance per vault: an OS file lock on <vault>/.lock.

The OS releases the lock when the holding process dies, so a lock left by a killed process is
taken over safely without guessing from PIDs.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from contextlib import suppress
from pathlib import Path
from typing import IO

from alliance.core.messages import msg
from alliance.store.errors import DiskFull, UnsafeVaultFile, VaultAccessDenied, VaultInUse

LOCK_NAME = ".lock"
_held: dict[Path, VaultLock] = {}


class VaultLock:
    """An exclusive, process-wide lock on one vault folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder).resolve()
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        """Whether this process holds the lock through this object."""
        return self._fh is not None

    def acquire(self, read_only: bool = False) -> None:
        """Take the lock or raise VaultInUse (VaultAccessDenied / DiskFull when the lock file cannot be made).

        ``read_only`` (verify): an existing lock file that this user may not write is locked through a read-only
        handle instead (flock needs no write access)."""
        if self._fh is not None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fh = _open_lock_file(self.folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, "r+b")
        except OSError as exc:
            denied = exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)
            if read_only and denied and (self.folder / LOCK_NAME).is_file():
                with suppress(OSError):
                    reader = _open_lock_file(self.folder / LOCK_NAME, os.O_RDONLY, "rb")
                    self._hold(reader, write_pid=False)
                    return
            # A read-only disk or a folder this user may not write reached callers as a raw OSError.
            mapped = _not_usable(exc)
            if mapped is None:
                raise
            raise mapped from exc
        self._hold(fh)

    def _hold(self, fh: IO[bytes], write_pid: bool = True) -> None:
        try:
            _lock_file(fh)
        except OSError as exc:
            fh.close()
            if exc.errno in _CONTENDED:
                raise VaultInUse() from exc
            raise  # e.g. ENOLCK: the file system cannot lock; "in use" would send the user looking for a window
        # The PID is only a hint for people; the OS lock is what counts. Writing it must not fail the
        # open (e.g. on a full disk), and must not leak the locked handle if it does.
        if write_pid:
            with suppress(OSError):
                fh.seek(0)
                fh.truncate()
                fh.write(f"{os.getpid()}\n".encode())
                fh.flush()
        self._fh = fh
        _held[self.folder] = self

    def release(self) -> None:
        """Give the lock up (idempotent)."""
        if self._fh is None:
            return
        try:
            _unlock_file(self._fh)
        finally:
            self._fh.close()
            self._fh = None
            _held.pop(self.folder, None)

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _open_lock_file(path: Path, flags: int, mode: str) -> IO[bytes]:
    """The lock file, created owner-only; a link, FIFO, device or hard link there is refused (UnsafeVaultFile),
    never opened through: writing our PID into a link once destroyed the file it pointed to."""
    from alliance.store.files import O_NOFOLLOW, O_NONBLOCK, not_regular, unsafe_reason

    reason = unsafe_reason(path)
    if reason is not None:
        raise UnsafeVaultFile(msg("The lock file ({path}) {reason}, so Alliance refused to open or write it. Remove "
                                  "it while Alliance is closed; it is made again.",
                                  path=path, reason=reason))
    try:
        fd = os.open(path, flags | O_NOFOLLOW | O_NONBLOCK, 0o600)
    except OSError as exc:
        if unsafe_reason(path) is not None:  # made a link between the check and the open
            raise UnsafeVaultFile(not_regular(msg("The lock file ({path})", path=str(path)))) from exc
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:
            raise UnsafeVaultFile(not_regular(msg("The lock file ({path})", path=str(path))))
        if O_NONBLOCK:
            os.set_blocking(fd, True)
        return os.fdopen(fd, mode)
    except BaseException:
        os.close(fd)
        raise


def _not_usable(exc: OSError) -> DiskFull | VaultAccessDenied | None:
    """The vault error for a lock file that cannot be created, or None for other OS errors."""
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return VaultAccessDenied()
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull()
    return None


def held_lock(folder: Path) -> VaultLock | None:
    """The lock this process already holds on folder, if any."""
    return _held.get(Path(folder).resolve())


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    # msvcrt.locking reports a lock held elsewhere as EACCES or EDEADLOCK.
    _CONTENDED = frozenset({errno.EACCES, errno.EDEADLOCK})

    def _lock_file(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    # flock(LOCK_NB) reports a lock held elsewhere as EWOULDBLOCK (EAGAIN; EACCES on some systems).
    _CONTENDED = frozenset({errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES})

    def _lock_file(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
