"""A full disk, a read-only disk, and files this user may not touch.

The disk tests mount a small tmpfs (root only; skipped with the reason otherwise). The permission tests
run the real command line as root *without* CAP_DAC_OVERRIDE (``setpriv``), so permission bits apply
to it as they do to a desktop user. In every case the failure must be a clear one-line error (never
"damaged", never a traceback), the vault's files must be byte-identical to before, and the vault must
open again once the disk or the permission is fixed.

Not covered, with the reason: a disk that turns read-only *while* the vault is open. Linux refuses
``mount -o remount,ro`` (EBUSY) while SQLite holds the files open for writing, and ``chattr +i`` does
not affect descriptors that are already open, so the only read-only failures reachable are at open.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.services.clients import add_client
from alliance.services.sessions import log_session
from alliance.services.vault_access import create_vault, unlock_vault
from alliance.services.verify import verify_vault
from alliance.store.errors import DiskFull, StorageError
from alliance.store.kdf import KdfParams
from alliance.store.vault import Vault
from tests.reliability.conftest import PASSPHRASE, Result, child_env, report

LOG = ("log", "--client", "AB-17", "--safety", "7", "--trust", "7", "--attunement", "8", "--boundaries", "8")
NOT_ALLOWED = ("Alliance cannot use the vault folder: the disk is read-only, or this user lacks permission "
               "to the folder or its files. Nothing was changed.")


def _tree(folder: Path) -> dict[str, str]:
    """Hashes of the vault's files that must not change: the database, the key file, any backups.

    The WAL and its index may legitimately differ after a failed transaction (its frames are never
    committed), and .lock holds the PID of whoever opened the vault last.
    """
    import hashlib

    skip = {"alliance.db-wal", "alliance.db-shm", ".lock"}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name not in skip}


def _content(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the clinical tables, for comparing what a vault logically holds."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with vault.work.transaction() as db:
        for table in ("clients", "sessions", "ruptures", "repairs", "instrument_responses"):
            out[table] = [tuple(r) for r in db.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
    return out


def _cli(*args: str | Path, env: dict[str, str], prefix: tuple[str, ...] = ()) -> Result:
    proc = subprocess.run([*prefix, sys.executable, "-m", "alliance", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=120, stdin=subprocess.DEVNULL, start_new_session=True)
    assert "Traceback" not in proc.stderr, proc.stderr
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return child_env() | {"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "xdg"),
                          "XDG_CONFIG_HOME": str(tmp_path / "xdg-config")}


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MiB tmpfs mounted for the test and unmounted after it."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3M,mode=0700", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


# --- disk full -----------------------------------------------------------------------------------------


def test_disk_full_save_fails_clearly_and_changes_nothing(small_disk: Path, fast_kdf: KdfParams, env: dict[str, str],
                                                          pass_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = small_disk / "vault"
    filler = small_disk / "filler"  # freed at the end to give the vault room again
    filler.write_bytes(secrets.token_bytes(256 * 1024))
    vault, _ = create_vault(folder, PASSPHRASE, kdf=fast_kdf)
    client = add_client(vault, ClientDraft(code="AB-17"))
    saves = 0
    try:
        while True:
            before_tree, before_rows = _tree(folder), _content(vault)
            note = secrets.token_urlsafe(70_000)[:90_000]  # incompressible, under the 100,000 character limit
            try:
                log_session(vault, SessionDraft(client_id=client.id, date=dt.date(2024, 3, 1),
                                                ratings=Ratings(7, 7, 8, 8), note=note))
            except DiskFull as exc:
                failure = exc
                break
            saves += 1
            assert saves < 100, "the 3 MiB disk never filled up"
        assert failure.exit_code == 1 and "disk" in str(failure) and "full" in str(failure)
        assert isinstance(failure, StorageError)
        assert _tree(folder) == before_tree, "the failed save changed the vault's files"
        assert _content(vault) == before_rows, "the failed save left part of itself behind"
        # The open vault keeps working for reading; a small save may fit or fail the same clear way.
        try:
            log_session(vault, SessionDraft(client_id=client.id, date=dt.date(2024, 3, 2),
                                            ratings=Ratings(5, 5, 5, 5), note="short"))
            small_save = "fitted"
        except DiskFull:
            small_save = "refused (DiskFull)"
            assert _content(vault) == before_rows
        rows = _content(vault)
    finally:
        vault.close()
    full_tree = _tree(folder)
    # Top the disk up to the last block, then log a long note from the command line: one clear line,
    # exit 1, nothing changed. (Small writes can still fit: SQLite reuses the WAL space of the failed frames.)
    note_file = small_disk.parent / "note.txt"
    note_file.write_text(secrets.token_urlsafe(70_000)[:90_000])
    with (small_disk / "topup").open("wb", buffering=0) as fh, pytest.raises(OSError):
        while True:
            fh.write(b"\0" * 4096)
    result = _cli(*LOG, "--note-file", note_file, "--vault", folder, "--passphrase-file", pass_file, env=env)
    assert (result.code, result.err) == (1, f"alliance: {DiskFull.default_message}\n"), result
    # The unlock's own audit event fits in the WAL's reused space and is checkpointed into alliance.db (each
    # commit is, store/vault.py); every other file is as it was, and the rows are checked below.
    assert {k: v for k, v in _tree(folder).items() if k != "alliance.db"} == {
        k: v for k, v in full_tree.items() if k != "alliance.db"}
    filler.unlink()
    (small_disk / "topup").unlink()
    with unlock_vault(folder, PASSPHRASE) as reopened:
        assert _content(reopened) == rows
    assert verify_vault(folder, PASSPHRASE).ok
    report(capsys, f"disk full after {saves} large saves: DiskFull, files unchanged; a small save then "
                   f"{small_save}; `alliance log` on the full disk exit 1 with the disk-full line; "
                   "reopened intact after freeing space")


# --- read-only disk --------------------------------------------------------------------------------------


def test_read_only_disk_fails_clearly_and_changes_nothing(small_disk: Path, fast_kdf: KdfParams,
                                                          env: dict[str, str], pass_file: Path) -> None:
    folder = small_disk / "vault"
    vault, _ = create_vault(folder, PASSPHRASE, kdf=fast_kdf)
    with vault:
        client = add_client(vault, ClientDraft(code="AB-17"))
        log_session(vault, SessionDraft(client_id=client.id, date=dt.date(2024, 3, 1), ratings=Ratings(7, 7, 8, 8)))
    before = _tree(folder)
    lock_before = (folder / ".lock").read_bytes()
    done = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot remount the tmpfs read-only: {done.stderr.strip()}")
    try:
        # A vault that cannot be written still reads: it unlocks read-only, verifies, and refuses every save.
        with unlock_vault(folder, PASSPHRASE) as readable:
            assert readable.read_only and len(_content(readable)["sessions"]) == 1
        assert verify_vault(folder, PASSPHRASE).ok
        result = _cli(*LOG, "--vault", folder, "--passphrase-file", pass_file, env=env)
        assert (result.code, result.err) == (1, f"alliance: {NOT_ALLOWED}\n"), result
        result = _cli("verify", "--vault", folder, "--passphrase-file", pass_file, env=env)
        assert result.code == 0 and "The vault is intact." in result.out, result
        result = _cli("passwd", "--new-passphrase-file", pass_file, "--vault", folder, "--passphrase-file", pass_file,
                      env=env)
        assert result.code == 1 and "keys.json" in result.err and "read-only" in result.err, result
        assert _tree(folder) == before and (folder / ".lock").read_bytes() == lock_before
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    with unlock_vault(folder, PASSPHRASE) as vault:
        assert len(_content(vault)["sessions"]) == 1
    assert verify_vault(folder, PASSPHRASE).ok


# --- permission denied --------------------------------------------------------------------------------------

NO_DAC = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner")


@pytest.fixture
def no_dac(tmp_path: Path) -> tuple[str, ...]:
    """A command prefix that runs a process as root without the power to ignore permission bits."""
    if os.geteuid() != 0:
        return ()  # an ordinary user obeys permission bits already
    if shutil.which("setpriv") is None:
        pytest.skip("root ignores permission bits and setpriv (util-linux) is not installed to drop that")
    probe = tmp_path / "probe"
    probe.write_text("x")
    probe.chmod(0o400)
    done = subprocess.run([*NO_DAC, "sh", "-c", f"echo y >> {probe}"], capture_output=True)
    if done.returncode == 0:
        pytest.skip("setpriv could not drop CAP_DAC_OVERRIDE here")
    return NO_DAC


@pytest.mark.parametrize(("what", "path", "mode"), [
    ("folder not writable", "", 0o500),
    ("alliance.db read-only", "alliance.db", 0o400),
    ("alliance.db unreadable", "alliance.db", 0o000),
    ("keys.json unreadable", "keys.json", 0o000),
])
def test_permission_denied_fails_clearly_and_changes_nothing(
        created_vault: tuple[Path, str], no_dac: tuple[str, ...], env: dict[str, str], pass_file: Path,
        what: str, path: str, mode: int) -> None:
    folder, _ = created_vault
    target = folder / path if path else folder
    before = _tree(folder)
    old_mode = target.stat().st_mode & 0o777
    target.chmod(mode)
    try:
        for command in (LOG, ("verify",)):
            result = _cli(*command, "--vault", folder, "--passphrase-file", pass_file, env=env, prefix=no_dac)
            if what in ("alliance.db read-only", "folder not writable") and command == ("verify",):
                assert result.code == 0, result.err  # verify only reads
                continue
            assert (result.code, result.err) == (1, f"alliance: {NOT_ALLOWED}\n"), (what, command, result)
    finally:
        target.chmod(old_mode)
    assert _tree(folder) == before, what
    # SQLite creates the WAL index with the database's mode at that moment; a read-only alliance.db
    # therefore leaves a read-only alliance.db-shm behind, which keeps failing after alliance.db is fixed.
    # Clearing the empty companions is the user's fix (see the report); the vault itself is intact.
    for name in ("alliance.db-shm", "alliance.db-wal"):
        companion = folder / name
        if companion.exists():
            assert name.endswith("-shm") or companion.stat().st_size == 0
            companion.unlink()
    result = _cli(*LOG, "--vault", folder, "--passphrase-file", pass_file, env=env, prefix=no_dac)
    assert result.code == 0, result.err
    assert verify_vault(folder, PASSPHRASE).ok
