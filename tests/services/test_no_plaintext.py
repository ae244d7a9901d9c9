"""No plaintext on disk: a unique marker logged in a note never appears in any file we could have written."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
import uuid
from pathlib import Path

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, RuptureDraft, SessionDraft
from alliance.core.taxonomy import RuptureKind
from alliance.services import clients, sessions
from alliance.services.demo import generate_demo
from alliance.services.vault_access import create_vault
from alliance.store.kdf import KdfParams
from tests.conftest import PASSPHRASE


def _files_touched_since(root: Path, since: float) -> list[Path]:
    found = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            p = Path(dirpath) / name
            try:
                if p.is_file() and p.stat().st_mtime >= since:
                    found.append(p)
            except OSError:
                continue
    return found


def _contains(path: Path, needles: list[bytes]) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return any(n in data for n in needles)


def test_marker_note_never_reaches_disk_in_plaintext(tmp_path: Path, fast_kdf: KdfParams) -> None:
    start = time.time() - 1
    marker = f"MARKER-{uuid.uuid4().hex}"
    name_marker = f"Zelda{uuid.uuid4().hex[:10]}"
    folder = tmp_path / "vault"
    vault, _ = create_vault(folder, PASSPHRASE, kdf=fast_kdf)
    with vault:
        generate_demo(vault, clients=3, sessions=(6, 8), seed=3)
        c = clients.add_client(vault, ClientDraft(code="MK-1", display_name=name_marker))
        sessions.log_session(vault, SessionDraft(
            client_id=c.id, date=dt.date.today(), ratings=Ratings(5, 5, 5, 5), note=f"said {marker} today",
            ruptures=(RuptureDraft(RuptureKind.MIXED, 2, note=marker),)))
        # read it back so pages pass through every cache and the WAL
        assert marker in sessions.list_sessions(vault, c.id)[0].note
    needles = [marker.encode(), marker.encode("utf-16-le"), name_marker.encode()]
    vault_files = [p for p in folder.rglob("*") if p.is_file()]
    assert vault_files, "the vault folder should hold files"
    assert not [p for p in vault_files if _contains(p, needles)]
    temp_files = _files_touched_since(Path(tempfile.gettempdir()), start)
    assert not [p for p in temp_files if _contains(p, needles)]
