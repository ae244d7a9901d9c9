"""One running Alliance per vault: a second process gets exit code 5; a lock left by a killed process
is taken over; racing processes never both write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from alliance.services.clients import list_clients
from alliance.services.sessions import list_sessions
from alliance.services.vault_access import unlock_vault
from alliance.services.verify import verify_vault
from alliance.store.errors import VaultInUse
from tests.reliability.conftest import PASSPHRASE, Run, report, start_child

LOG = ("log", "--client", "AB-17", "--safety", "7", "--trust", "7", "--attunement", "8", "--boundaries", "8")
IN_USE = "alliance: This vault is open in another Alliance window or command. Close it and try again.\n"


def _hold(folder: Path) -> subprocess.Popen[str]:
    """A child process that unlocks the vault and keeps it open until its standard input closes."""
    holder = start_child("hold", folder)
    assert holder.stdout is not None
    line = holder.stdout.readline()
    assert line == "ready\n", (line, holder.stderr.read() if holder.stderr else "")
    return holder


def _sessions(folder: Path) -> int:
    with unlock_vault(folder, PASSPHRASE) as vault:
        return sum(len(list_sessions(vault, c.id)) for c in list_clients(vault))


def test_second_process_gets_exit_code_5(run: Run, created_vault: tuple[Path, str], pass_file: Path) -> None:
    folder, _ = created_vault
    holder = _hold(folder)
    try:
        for command in (LOG, ("verify",), ("passwd", "--new-passphrase-file", pass_file)):
            result = run(*command, "--vault", folder, "--passphrase-file", pass_file)
            assert (result.code, result.err) == (5, IN_USE), command
        with pytest.raises(VaultInUse):
            unlock_vault(folder, PASSPHRASE)
        with pytest.raises(VaultInUse):
            verify_vault(folder, PASSPHRASE)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()  # the holder locks the vault and exits normally
        assert holder.wait(timeout=30) == 0
    assert run(*LOG, "--vault", folder, "--passphrase-file", pass_file).code == 0


def test_lock_of_a_killed_process_is_taken_over(run: Run, created_vault: tuple[Path, str], pass_file: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder, _ = created_vault
    holder = _hold(folder)
    assert run(*LOG, "--vault", folder, "--passphrase-file", pass_file).code == 5
    assert (folder / ".lock").read_text().strip() == str(holder.pid)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    for stream in (holder.stdin, holder.stdout, holder.stderr):
        if stream is not None:
            stream.close()
    assert (folder / ".lock").read_text().strip() == str(holder.pid)  # stale: its owner is gone
    result = run(*LOG, "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 0, result.err
    assert run("verify", "--vault", folder, "--passphrase-file", pass_file).code == 0
    # A lock file with nonsense in it (a crash mid-write, an old version) is no obstacle either.
    (folder / ".lock").write_bytes(b"\x00garbage 99999999\n" * 3)
    assert run(*LOG, "--vault", folder, "--passphrase-file", pass_file).code == 0
    assert _sessions(folder) == 2
    report(capsys, "single instance: exit 5 while another process holds the vault; stale lock of a "
                   "SIGKILLed holder taken over")


def test_racing_processes_never_both_write(created_vault: tuple[Path, str], pass_file: Path,
                                           cli_env: dict[str, str]) -> None:
    folder, _ = created_vault
    procs = [subprocess.Popen([sys.executable, "-m", "alliance", *LOG, "--vault", str(folder),
                               "--passphrase-file", str(pass_file)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, text=True, env=cli_env, start_new_session=True)
             for _ in range(6)]
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in procs]
    for code, err in results:
        assert "Traceback" not in err
        assert code == 0 or (code, err) == (5, IN_USE), (code, err)
    assert _sessions(folder) == sum(code == 0 for code, _ in results)
    assert verify_vault(folder, PASSPHRASE).ok
