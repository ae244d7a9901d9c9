"""A single bit flip in alliance.db-wal while it still holds commits no longer loses acknowledged saves silently.

SQLite's WAL recovery stops at the first frame whose checksum fails and drops every later frame without an
error: before the high-water mark (store/mark.py) the vault then opened, and ``verify`` passed, with the last
sessions simply gone. Here sessions are committed while another connection's open read keeps them from being
checkpointed (as a long read in the app does), the files are copied while the vault is open (what a crash or a
power cut leaves), one bit is flipped in a later WAL frame, and the copy is opened again: every run either
keeps every session or ends in exit 4, "damaged: N recent changes are missing", with the backups offered.
``ALLIANCE_WAL_FLIPS`` sets the number of runs (12; ``make stress`` runs 200).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import struct
from pathlib import Path

import pytest

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.services.backups import backup_now
from alliance.services.clients import add_client
from alliance.services.sessions import log_session
from alliance.services.vault_access import create_vault, unlock_vault
from alliance.services.verify import verify_vault
from alliance.store.engine import connect
from alliance.store.errors import ChangesMissing
from alliance.store.kdf import KdfParams
from alliance.store.keys import KeyEnvelope
from tests.reliability.conftest import PASSPHRASE, Run, report

WAL_HEADER = 32
FRAME_HEADER = 24
NO_DAC = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner")
EARLY, LATE = 3, 6  # sessions checkpointed before the long read, and committed while it is open
WAL_FLIPS = int(os.environ.get("ALLIANCE_WAL_FLIPS", "12"))  # make stress runs 200


def _valid_frames(wal: bytes) -> int:
    """How many frames follow the header with its salts (frames of an older WAL generation do not)."""
    page_size = struct.unpack(">I", wal[8:12])[0]
    salts = wal[16:24]
    size = FRAME_HEADER + page_size
    n = 0
    while WAL_HEADER + (n + 1) * size <= len(wal):
        start = WAL_HEADER + n * size
        if wal[start + 8:start + 16] != salts:
            break
        n += 1
    return n


def _flip(wal_path: Path, frame: int, bit: int) -> None:
    data = bytearray(wal_path.read_bytes())
    page_size = struct.unpack(">I", data[8:12])[0]
    offset = WAL_HEADER + frame * (FRAME_HEADER + page_size) + FRAME_HEADER + (bit // 8) % page_size
    data[offset] ^= 1 << (bit % 8)
    wal_path.write_bytes(bytes(data))


def _sessions_in(folder: Path) -> int:
    """Sessions SQLite finds in a copy, opened directly: its WAL recovery raises no error, whatever it drops."""
    key = KeyEnvelope.read(folder / "keys.json").unwrap_with_passphrase(PASSPHRASE)
    conn = connect(folder / "alliance.db", key)
    try:
        return int(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def crashed(tmp_path: Path) -> tuple[Path, tuple[int, int]]:
    """The files of a vault copied while open, with LATE acknowledged sessions only in its WAL; and the range
    of WAL frames those commits wrote."""
    folder = tmp_path / "vault"
    vault, _ = create_vault(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        client = add_client(vault, ClientDraft(code="AB-17"))
        for day in range(1, EARLY + 1):
            log_session(vault, SessionDraft(client_id=client.id, date=dt.date(2024, 3, day),
                                            ratings=Ratings(7, 7, 7, 7)))
        backup_now(vault)
        key = KeyEnvelope.read(folder / "keys.json").unwrap_with_passphrase(PASSPHRASE)
        reader = connect(folder / "alliance.db", key)
        try:
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM sessions").fetchone()  # a read snapshot: no checkpoint past it
            wal = folder / "alliance.db-wal"
            before = _valid_frames(wal.read_bytes())
            salts = wal.read_bytes()[16:24]
            for day in range(EARLY + 1, EARLY + LATE + 1):
                log_session(vault, SessionDraft(client_id=client.id, date=dt.date(2024, 3, day),
                                                ratings=Ratings(5, 6, 5, 6), note="only in the WAL"))
            after_bytes = wal.read_bytes()
            after = _valid_frames(after_bytes)
            first = before if after_bytes[16:24] == salts and after > before else 0
            snapshot = tmp_path / "snapshot"
            snapshot.mkdir()
            for name in ("alliance.db", "alliance.db-wal", "keys.json", "mark.json"):
                shutil.copy2(folder / name, snapshot / name)
            shutil.copytree(folder / "backups", snapshot / "backups")
        finally:
            reader.close()
    finally:
        vault.close()
    shutil.rmtree(folder)
    return snapshot, (first, after)


def test_the_copy_without_damage_keeps_every_session(crashed: tuple[Path, tuple[int, int]], tmp_path: Path) -> None:
    snapshot, _ = crashed
    intact = tmp_path / "intact"
    shutil.copytree(snapshot, intact)
    with unlock_vault(intact, PASSPHRASE, daily_backup=False):
        pass
    assert _sessions_in(intact) == EARLY + LATE
    assert verify_vault(intact, PASSPHRASE).ok


def test_a_bit_flip_in_a_later_wal_frame_is_detected_never_silent(crashed: tuple[Path, tuple[int, int]],
                                                                 tmp_path: Path, run: Run, pass_file: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    snapshot, (first, last) = crashed
    assert last - first >= LATE, "the late commits were checkpointed: the long read did not hold them"
    # Evenly over the un-checkpointed frames; a frame met twice gets another bit each time.
    frames = [first + (last - first) * i // WAL_FLIPS for i in range(WAL_FLIPS)]
    detected = kept = 0
    for n, frame in enumerate(frames):
        case = tmp_path / f"case-{n}"
        shutil.copytree(snapshot, case)
        _flip(case / "alliance.db-wal", frame, bit=n * 997 + 13)
        silent = tmp_path / f"silent-{n}"
        shutil.copytree(case, silent)
        survived = _sessions_in(silent)  # what SQLite itself says: no error either way
        verdict = verify_vault(case, PASSPHRASE)
        if survived == EARLY + LATE:
            kept += 1
            assert verdict.ok, verdict.problems
            continue
        detected += 1
        assert survived < EARLY + LATE
        assert not verdict.ok and any("recent change(s) are missing" in p for p in verdict.problems), verdict
        with pytest.raises(ChangesMissing) as caught:
            unlock_vault(case, PASSPHRASE)
        assert caught.value.exit_code == 4 and caught.value.missing > 0
    assert detected > 0, "no flip lost anything: the test did not reproduce the loss"
    # The command line, on one damaged copy: exit 4, the missing changes counted, the backups offered.
    case = tmp_path / "cli-case"
    shutil.copytree(snapshot, case)
    _flip(case / "alliance.db-wal", first, bit=4099)
    for command in ("verify", "log"):
        extra = ("--client", "AB-17", "--safety", "5", "--trust", "5", "--attunement", "5", "--boundaries", "5") \
            if command == "log" else ()
        result = run(command, *extra, "--vault", case, "--passphrase-file", pass_file)
        assert result.code == 4, result
        assert "recent change(s) are missing" in result.err and "alliance restore" in result.err, result.err
    report(capsys, f"WAL bit flips with {LATE} un-checkpointed commits: {len(frames)} runs, {detected} detected "
                   f"(exit 4), {kept} lost nothing, 0 silent", wal_flips_detected=detected, wal_flips_harmless=kept)


def _hashes(folder: Path) -> dict[str, str]:
    """The vault's files that verify must leave alone (the WAL index, -shm, is SQLite's scratch memory)."""
    import hashlib

    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and p.name not in {"alliance.db-shm", ".lock"}}


def test_verify_writes_nothing_and_leaves_the_wal_in_place(crashed: tuple[Path, tuple[int, int]],
                                                          tmp_path: Path) -> None:
    snapshot, _ = crashed
    case = tmp_path / "case"
    shutil.copytree(snapshot, case)
    before = _hashes(case)
    assert "alliance.db-wal" in before
    assert verify_vault(case, PASSPHRASE).ok
    assert _hashes(case) == before  # no checkpoint folded the WAL away, nothing was rewritten


def test_verify_reports_a_damaged_wal_and_keeps_it_as_evidence(crashed: tuple[Path, tuple[int, int]],
                                                              tmp_path: Path) -> None:
    snapshot, (first, last) = crashed
    case = tmp_path / "case"
    shutil.copytree(snapshot, case)
    _flip(case / "alliance.db-wal", first + (last - first) // 2, bit=77)
    before = _hashes(case)
    report = verify_vault(case, PASSPHRASE)
    assert any("log (alliance.db-wal) is damaged" in p and "commit(s) after it" in p for p in report.problems)
    assert any("recent change(s) are missing" in p for p in report.problems)
    assert _hashes(case) == before


@pytest.mark.parametrize("what", ["alliance.db 0400", "read-only folder", "read-only folder, no WAL index"])
def test_a_read_only_vault_can_be_verified(crashed: tuple[Path, tuple[int, int]], tmp_path: Path,
                                           cli_env: dict[str, str], pass_file: Path, what: str) -> None:
    import os
    import subprocess
    import sys

    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:  # root ignores permission bits: drop that power for the command
        if shutil.which("setpriv") is None:
            pytest.skip("root ignores permission bits and setpriv is not installed to drop that")
        prefix = NO_DAC
        probe = tmp_path / "probe"
        probe.write_text("x")
        probe.chmod(0o400)
        if subprocess.run([*prefix, "sh", "-c", f"echo y >> {probe}"], capture_output=True).returncode == 0:
            pytest.skip("setpriv could not drop CAP_DAC_OVERRIDE here")
    snapshot, _ = crashed
    case = tmp_path / "case"
    shutil.copytree(snapshot, case)
    if what == "read-only folder, no WAL index":  # a vault copied while open onto read-only media
        (case / "alliance.db-shm").unlink(missing_ok=True)
    else:
        with unlock_vault(case, PASSPHRASE, daily_backup=False):
            pass  # an ordinary unlock and lock: the WAL is folded in, as a closed vault has it
    before = _hashes(case)
    if what == "alliance.db 0400":
        (case / "alliance.db").chmod(0o400)
    else:
        case.chmod(0o555)
    try:
        done = subprocess.run([*prefix, sys.executable, "-m", "alliance", "verify", "--vault", str(case),
                               "--passphrase-file", str(pass_file)], capture_output=True, text=True, timeout=120,
                              env=cli_env, start_new_session=True)
    finally:
        case.chmod(0o755)
        (case / "alliance.db").chmod(0o600)
    assert done.returncode == 0, done.stderr
    assert "The vault is intact." in done.stdout
    assert _hashes(case) == before
