"""A restore's swap, made atomic across the database, the key file and the mark: an intent file written before the
first rename, and a restore interrupted between its renames finished at the next start.

``restore.py`` stages the backup's database and key file beside the vault, verified, then writes
``.restore-intent.json`` (atomically, fsynced) naming them and holding the new high-water mark, and only then
swaps the files in. Killed anywhere after that, the folder may hold the database of one vault and the key file of
another; ``finish_interrupted_restore``, run under the instance lock when a vault is opened or restored, does
the remaining renames and writes the mark, so the vault is the restored one, whole. Before the intent exists
nothing of the vault was touched.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from alliance.store.files import atomic_write, fsync_folder, read_small_file, unsafe_reason
from alliance.store.layout import DB_COMPANIONS, DB_NAME, KEYS_NAME
from alliance.store.mark import MARK_NAME, outside_mark_path

INTENT_NAME = ".restore-intent.json"
STAGING_PREFIX = ".restoring-"


def write_intent(folder: Path, staged_db: Path, staged_keys: Path, vault_id: str, mark: bytes | None) -> None:
    """Record what the swap will put in place (durably, before the first rename)."""
    body = {"db": staged_db.name, "keys": staged_keys.name, "vault_id": vault_id,
            "mark": base64.b64encode(mark).decode("ascii") if mark is not None else None}
    atomic_write(Path(folder) / INTENT_NAME, json.dumps(body, sort_keys=True).encode("utf-8"))


def swap_in(folder: Path) -> None:
    """Do (or finish) the swap the intent in folder describes, then remove the intent."""
    folder = Path(folder)
    intent = _read(folder)
    if intent is None:
        return
    staged_db, staged_keys = folder / str(intent["db"]), folder / str(intent["keys"])
    if staged_db.is_file() and unsafe_reason(staged_db) is None:
        # The old WAL goes first: applied to the new database it would corrupt it (its commits are in the
        # pre-restore copy).
        for suffix in DB_COMPANIONS:
            (folder / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
        fsync_folder(folder)
        os.replace(staged_db, folder / DB_NAME)
    if staged_keys.is_file() and unsafe_reason(staged_keys) is None:
        os.replace(staged_keys, folder / KEYS_NAME)  # last: without its key file the folder is not a vault
    fsync_folder(folder)
    mark = intent.get("mark")
    paths = (folder / MARK_NAME, outside_mark_path(str(intent["vault_id"])))
    for path in paths:
        if isinstance(mark, str):
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write(path, base64.b64decode(mark))
        else:
            path.unlink(missing_ok=True)  # a backup from before the mark: the next unlock makes one
    (folder / INTENT_NAME).unlink(missing_ok=True)
    fsync_folder(folder)


def finish_interrupted_restore(folder: Path) -> bool:
    """Finish a restore that was interrupted mid-swap (the caller holds the instance lock); whether one was."""
    if not (Path(folder) / INTENT_NAME).exists():
        return False
    swap_in(folder)
    return True


def _read(folder: Path) -> dict[str, object] | None:
    raw = read_small_file(folder / INTENT_NAME, 64 * 1024, INTENT_NAME, missing_ok=True)
    if raw is None:
        return None
    try:
        intent = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        intent = None
    names_ok = isinstance(intent, dict) and all(
        isinstance(intent.get(k), str) and str(intent[k]).startswith(STAGING_PREFIX) and "/" not in str(intent[k])
        for k in ("db", "keys"))
    if not names_ok or not isinstance(intent, dict) or not isinstance(intent.get("vault_id"), str):
        (folder / INTENT_NAME).unlink(missing_ok=True)  # not ours: nothing to finish
        return None
    return intent
