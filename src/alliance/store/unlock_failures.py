"""Failed unlock attempts, kept beside the vault until the next successful unlock audits them.

A failed attempt cannot be written into the encrypted database (there is no key), so its UTC time goes
into a small plain file, the only fact it holds. The next unlock moves each into the audit trail.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from contextlib import suppress
from pathlib import Path

FAILURES_NAME = "unlock-failures.log"
MAX_KEPT = 1000


def record_failure(folder: Path, what: str = "passphrase") -> None:
    """Note one failed attempt (what: passphrase or recovery key)."""
    path = Path(folder) / FAILURES_NAME
    try:
        if path.exists() and path.stat().st_size > MAX_KEPT * 64:
            return  # a flood of attempts: the count is already alarming, keep the file small
        line = f"{dt.datetime.now(dt.UTC).isoformat(timespec='seconds')} {what.replace(' ', '_')}\n"
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
                     | getattr(os, "O_NONBLOCK", 0), 0o600)  # never through a link; a FIFO does not block
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode) or os.fstat(fd).st_nlink > 1:
                return  # a FIFO, device or hard link put there: write nothing through it
            os.write(fd, line.encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass  # a read-only vault folder must not turn a wrong passphrase into a different error


def take_failures(folder: Path) -> list[tuple[str, str]]:
    """The recorded attempts as (UTC time, what), removing the file."""
    found = read_failures(folder)
    clear_failures(folder)
    return found


def clear_failures(folder: Path) -> None:
    """Forget the recorded attempts (once they are in the audit trail)."""
    with suppress(OSError):
        (Path(folder) / FAILURES_NAME).unlink(missing_ok=True)


def read_failures(folder: Path) -> list[tuple[str, str]]:
    """The recorded attempts as (UTC time, what), leaving the file (``clear_failures`` once they are audited)."""
    path = Path(folder) / FAILURES_NAME
    try:
        text = path.read_text(encoding="ascii", errors="replace")
    except OSError:
        return []
    out = []
    for line in text.splitlines()[:MAX_KEPT]:
        parts = line.split()
        if len(parts) == 2:
            out.append((parts[0], parts[1].replace("_", " ")))
    return out
