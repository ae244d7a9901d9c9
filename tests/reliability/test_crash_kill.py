"""Crash safety: SIGKILL a process that is logging sessions, at random moments, over and over.

After every kill the vault must unlock, ``verify_vault`` must pass, and every session whose "saved"
line the child printed (right after ``log_session`` returned) must be there, whole: its note, its
client, its ruptures, and per-client numbering 1..n in date order.

``ALLIANCE_KILLS`` sets the number of kills (25 by default; ``make stress`` runs 200) and
``ALLIANCE_KILL_SEED`` the seed of the random delays.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from alliance.core.records import ClientDraft
from alliance.services.clients import add_client
from alliance.services.vault_access import create_vault, unlock_vault
from alliance.services.verify import verify_vault
from alliance.store.kdf import KdfParams
from tests.reliability.conftest import PASSPHRASE, report, start_child

KILLS = int(os.environ.get("ALLIANCE_KILLS", "25"))
SEED = int(os.environ.get("ALLIANCE_KILL_SEED", "20240607"))
START_TIMEOUT_S = 60


class _Lines:
    """Reads a child's standard output on a thread; complete lines only, and an event per wanted line."""

    def __init__(self, stream: object, wanted: str) -> None:
        self.lines: list[str] = []
        self.seen = threading.Event()
        self._wanted = wanted
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            if not line.endswith("\n"):
                continue  # cut off by the kill: the child never finished saying it
            self.lines.append(line.rstrip("\n"))
            if line.rstrip("\n") == self._wanted:
                self.seen.set()
        self.seen.set()  # end of output: stop waiting

    def join(self) -> None:
        self._thread.join(timeout=30)


def _check_vault(folder: Path, saved: dict[int, tuple[int, int, str]]) -> int:
    """Assert the vault is intact and holds every saved session; returns how many sessions it holds."""
    result = verify_vault(folder, PASSPHRASE)
    assert result.ok, result.problems
    with unlock_vault(folder, PASSPHRASE) as vault, vault.work.transaction() as db:
        rows = {r[0]: r[1:] for r in db.execute(text("SELECT id, client_id, number, date, note FROM sessions"))}
        per_session = "SELECT session_id, count(*) FROM {} GROUP BY session_id"
        ruptures: dict[int, int] = dict(db.execute(text(per_session.format("ruptures"))).all())
        repairs: dict[int, int] = dict(db.execute(text(per_session.format("repairs"))).all())
    for sid, (client_id, n_ruptures, marker) in saved.items():
        assert sid in rows, f"session {sid} ({marker}) was reported saved but is gone"
        row_client, _, _, note = rows[sid]
        assert row_client == client_id and note.startswith(marker + " "), (sid, marker, note[:60])
        assert ruptures.get(sid, 0) == n_ruptures, (sid, marker)
    for sid, (_, _, _, note) in rows.items():  # saved-but-unconfirmed sessions are whole too
        i = int(note.split("-")[2])
        assert ruptures.get(sid, 0) == (1 if i % 3 == 0 else 0), note[:40]
        assert repairs.get(sid, 0) == (1 if i % 6 == 0 else 0), note[:40]
    by_client: dict[int, list[tuple[int, dt.date]]] = {}
    for client_id, number, date, _ in rows.values():
        by_client.setdefault(client_id, []).append((number, dt.date.fromisoformat(str(date))))
    for numbers in by_client.values():
        numbers.sort()
        assert [n for n, _ in numbers] == list(range(1, len(numbers) + 1)), "numbering has gaps or repeats"
        assert [d for _, d in numbers] == sorted(d for _, d in numbers), "numbers are not in date order"
    return len(rows)


def test_sigkill_while_logging_loses_no_saved_session(tmp_path: Path, fast_kdf: KdfParams,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "vault"
    vault, _ = create_vault(folder, PASSPHRASE, kdf=fast_kdf)
    with vault:
        for code in ("K-1", "K-2", "K-3"):
            add_client(vault, ClientDraft(code=code))
    rng = random.Random(SEED)
    saved: dict[int, tuple[int, int, str]] = {}
    survived = during_unlock = 0
    started = time.perf_counter()
    for kill in range(KILLS):
        # One kill in five lands while the child unlocks (migration check, audit event); the rest
        # while it logs sessions, locks and unlocks again.
        trigger = "unlocking" if rng.random() < 0.2 else "ready"
        delay = rng.uniform(0, 0.03) if trigger == "unlocking" else rng.uniform(0, 0.4)
        proc = start_child("log-loop", folder, str(rng.randrange(2**31)))
        lines = _Lines(proc.stdout, trigger)
        assert lines.seen.wait(START_TIMEOUT_S), "the child did not start"
        time.sleep(delay)
        if proc.poll() is not None:
            pytest.fail(f"kill {kill}: the child died by itself (exit {proc.returncode}):\n"
                        f"{proc.stderr.read() if proc.stderr else ''}")
        proc.kill()  # SIGKILL
        proc.wait(timeout=30)
        lines.join()
        assert proc.stderr is not None and "Traceback" not in proc.stderr.read()
        for proc_stream in (proc.stdin, proc.stdout, proc.stderr):
            if proc_stream is not None:
                proc_stream.close()
        during_unlock += "ready" not in lines.lines
        for line in lines.lines:
            if line.startswith("saved "):
                _, sid, client_id, n_ruptures, marker = line.split(" ")
                saved[int(sid)] = (int(client_id), int(n_ruptures), marker)
        held = _check_vault(folder, saved)
        survived += 1
    elapsed = time.perf_counter() - started
    report(capsys, f"kills survived {survived}/{KILLS} ({during_unlock} while unlocking), "
                   f"{len(saved)} confirmed saves all present, {held - len(saved)} more committed just before "
                   f"a kill, {elapsed:.0f} s", kills_survived=survived)
    assert survived == KILLS
