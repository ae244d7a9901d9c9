"""Audit events of a vault that could not be written when they happened (the vault was read-only), kept until
its next writable unlock puts them into the trail.

A read-only vault (a read-only disk or folder, an ``alliance.db`` without write permission) still reads, so it
can be verified and exported; but an export must be recorded (what left the vault, in which date form). Its
event waits in ``<state folder>/pending/<vault id>.jsonl`` (paths.state_folder: outside the read-only vault), one
JSON line per event holding only what the audit event would (settings, counts, pseudonyms, client ids for the
date forms; never codes, names or text), fsynced before the export file is put in place.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from alliance.paths import state_folder
from alliance.store.files import O_NOFOLLOW, fsync_folder

MAX_PENDING_BYTES = 4 * 1024 * 1024


def pending_path(vault_id: str) -> Path:
    return state_folder() / "pending" / f"{vault_id}.jsonl"


def add_pending(vault_id: str, action: str, detail: dict[str, Any], date_forms: dict[int, list[str]] | None = None,
                at_utc: str = "") -> None:
    """Append one event durably (OSError when even that cannot be written: the caller then refuses)."""
    path = pending_path(vault_id)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    line = json.dumps({"action": action, "detail": detail, "date_forms": date_forms or {}, "at": at_utc},
                      sort_keys=True, default=str) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | O_NOFOLLOW, 0o600)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_folder(path.parent)


def pending_events(vault_id: str) -> list[dict[str, Any]]:
    """The events waiting for this vault, oldest first (malformed lines skipped)."""
    path = pending_path(vault_id)
    try:
        if path.is_symlink() or path.stat().st_size > MAX_PENDING_BYTES:
            return []
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    out = []
    for line in text.splitlines():
        try:
            event = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if isinstance(event, dict) and isinstance(event.get("action"), str) and isinstance(event.get("detail"), dict):
            out.append(event)
    return out


def pending_date_forms(vault_id: str) -> dict[int, set[str]]:
    """The date forms clients left the vault in through exports still waiting to be audited."""
    forms: dict[int, set[str]] = {}
    for event in pending_events(vault_id):
        raw = event.get("date_forms")
        if isinstance(raw, dict):
            for cid, modes in raw.items():
                if str(cid).isdigit() and isinstance(modes, list):
                    forms.setdefault(int(cid), set()).update(str(m) for m in modes)
    return forms


def clear_pending(vault_id: str) -> None:
    """Forget the waiting events, once they are in the trail."""
    pending_path(vault_id).unlink(missing_ok=True)
