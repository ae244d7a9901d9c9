"""After lock the app's memory holds no key and no passphrase: a real app (offscreen) is unlocked by typing the
passphrase, shows a client's page and a session's form, and locks; then its whole memory is read from
/proc/PID/mem and searched. Copies of note text left in freed memory are counted and reported."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import threading
from pathlib import Path

import pytest

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.services import clients, sessions
from alliance.services.vault_access import create_vault
from alliance.store.kdf import KdfParams
from alliance.store.keys import KeyEnvelope
from alliance.store.layout import KEYS_NAME
from tests.reliability.conftest import PASSPHRASE, report, start_child

START_TIMEOUT_S = 90
MARKER = "Zebracorn-marker-7731"  # in every note
NAME = "Marrowfax"  # the client's display name

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.geteuid() != 0,
    reason="reading another process's memory needs Linux and root (the app makes itself non-dumpable)")


def _memory_of(pid: int) -> list[bytes]:
    """Every readable mapping of the process."""
    regions = []
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as mem:
        for line in maps:
            fields = line.split()
            start, end = (int(x, 16) for x in fields[0].split("-"))
            name = fields[5] if len(fields) > 5 else ""
            if "r" not in fields[1] or name in ("[vvar]", "[vsyscall]", "[vvar_vclock]"):
                continue
            try:
                mem.seek(start)
                regions.append(mem.read(end - start))
            except OSError:  # a mapping that cannot be read (guard pages, device memory)
                continue
    return regions


def test_after_lock_no_key_or_passphrase_is_left_in_memory(tmp_path: Path, fast_kdf: KdfParams,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "vault"
    vault, recovery_key = create_vault(folder, PASSPHRASE, kdf=fast_kdf)
    cid = clients.add_client(vault, ClientDraft(code="LM-1", display_name=f"Wendeline {NAME}",
                                                intake_date=dt.date(2026, 1, 5))).id
    session_id = 0
    for week in range(6):
        session_id = sessions.log_session(vault, SessionDraft(
            client_id=cid, date=dt.date(2026, 1, 5) + dt.timedelta(days=7 * week), ratings=Ratings(7, 7, 6, 7),
            note=f"{MARKER}: she said her brother hit her (week {week})")).id
    vault.close()
    data_key = KeyEnvelope.read(folder / KEYS_NAME).unwrap_with_passphrase(PASSPHRASE)

    proc = start_child("lock-memory", folder, str(cid), str(session_id))
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(proc.stdout.readline() if proc.stdout else ""),
                              daemon=True)
    reader.start()
    reader.join(START_TIMEOUT_S)
    try:
        assert lines and lines[0].strip() == "locked", f"child said {lines!r}"
        memory = _memory_of(proc.pid)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        _out, err = proc.communicate(timeout=START_TIMEOUT_S)
    assert memory, f"nothing could be read; stderr: {err[-2000:]}"

    def copies(text: str | bytes) -> int:
        needles = [text] if isinstance(text, bytes) else [text.encode("utf-8"), text.encode("utf-16-le")]
        return sum(region.count(n) for region in memory for n in needles)

    secrets = {
        "passphrase": copies(PASSPHRASE),
        "data key": copies(data_key),
        "data key as hex": copies(data_key.hex()),
        "recovery key": copies(recovery_key),
    }
    notes, names = copies(MARKER), copies(NAME)
    report(capsys, f"after lock: {sum(secrets.values())} copies of a key or the passphrase; {notes} of note text "
                   f"and {names} of the client's name left in freed memory", lock_note_copies=notes)
    assert secrets == dict.fromkeys(secrets, 0)
