"""Failed unlock attempts, kept beside the vault until the next successful unlock audits them.

A failed attempt cannot be written into the encrypted database (there is no key), so its UTC time goes
into a small plain file, the only fact it holds. The next unlock moves each into the audit trail.
"""

from __future__ import annotations

import datetime as dt
import os
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
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass  # a read-only vault folder must not turn a wrong passphrase into a different error


def take_failures(folder: Path) -> list[tuple[str, str]]:
    """The recorded attempts as (UTC time, what), removing the file."""
    path = Path(folder) / FAILURES_NAME
    try:
        text = path.read_text(encoding="ascii", errors="replace")
        path.unlink()
    except OSError:
        return []
    out = []
    for line in text.splitlines()[:MAX_KEPT]:
        parts = line.split()
        if len(parts) == 2:
            out.append((parts[0], parts[1].replace("_", " ")))
    return out
