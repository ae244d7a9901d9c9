"""Hostile vault folders: links, FIFOs, devices, folders and hard links where vault files belong are refused with
exit 4 naming the file, and nothing is ever written through them; vault files are owner-only whatever the umask.
Real subprocesses of the ``alliance`` command against real vault folders."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Run

LOG = ("log", "--client", "HF-1", "--safety", "6", "--trust", "7", "--attunement", "7", "--boundaries", "8")
VICTIM_TEXT = "someone else's file\n"


def _cmd(run: Run, folder: Path, pass_file: Path, *command: str) -> tuple[int, str]:
    result = run(*command, "--vault", folder, "--passphrase-file", pass_file)
    return result.code, result.err


@pytest.mark.parametrize("name", [".lock", "keys.json", "alliance.db", "alliance.db-wal", "mark.json",
                                  "unlock-failures.log"])
def test_a_symlinked_vault_file_is_refused_and_never_written_through(
        run: Run, created_vault: tuple[Path, str], pass_file: Path, tmp_path: Path, name: str) -> None:
    folder, _ = created_vault
    victim = tmp_path / "victim.txt"
    victim.write_text(VICTIM_TEXT)
    target = folder / name
    if target.exists():
        target.rename(tmp_path / f"moved-{name}")
    target.symlink_to(victim)
    for command in (LOG, ("verify",), ("backup",), ("passwd", "--new-passphrase-file", str(pass_file))):
        code, err = _cmd(run, folder, pass_file, *command)
        assert code == 4, (command, err)
        assert name in err and ("symbolic link" in err or "not a regular file" in err), err
        assert "\n" not in err.strip()
    assert victim.read_text() == VICTIM_TEXT and target.is_symlink()


@pytest.mark.parametrize("name", [".lock", "keys.json", "alliance.db", "unlock-failures.log"])
def test_a_fifo_in_place_of_a_vault_file_is_refused_without_hanging(
        run: Run, created_vault: tuple[Path, str], pass_file: Path, name: str) -> None:
    folder, _ = created_vault
    target = folder / name
    target.unlink(missing_ok=True)
    os.mkfifo(target, 0o600)
    code, err = _cmd(run, folder, pass_file, *LOG)
    assert code == 4 and name in err and "FIFO" in err, err
    code, err = _cmd(run, folder, pass_file, "verify")
    assert code == 4 and name in err, err
    assert stat.S_ISFIFO(target.lstat().st_mode)


def test_a_device_in_place_of_the_lock_file_is_refused(run: Run, created_vault: tuple[Path, str],
                                                        pass_file: Path) -> None:
    folder, _ = created_vault
    target = folder / ".lock"
    target.unlink(missing_ok=True)
    try:
        os.mknod(target, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # /dev/null's numbers
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    code, err = _cmd(run, folder, pass_file, *LOG)
    assert code == 4 and ".lock" in err and "device" in err, err


def test_a_hard_linked_database_is_refused(run: Run, created_vault: tuple[Path, str], pass_file: Path,
                                           tmp_path: Path) -> None:
    folder, _ = created_vault
    os.link(folder / "alliance.db", tmp_path / "elsewhere.db")
    code, err = _cmd(run, folder, pass_file, *LOG)
    assert code == 4 and "alliance.db" in err and "hard link" in err, err


def test_a_symlinked_vault_folder_is_refused(run: Run, created_vault: tuple[Path, str], pass_file: Path,
                                             tmp_path: Path) -> None:
    folder, _ = created_vault
    link = tmp_path / "linked-vault"
    link.symlink_to(folder)
    code, err = _cmd(run, link, pass_file, *LOG)
    assert code == 4 and "symbolic link" in err and str(link) in err, err


def test_a_symlinked_backups_folder_is_never_written_through(run: Run, created_vault: tuple[Path, str],
                                                             pass_file: Path, tmp_path: Path) -> None:
    folder, _ = created_vault
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (folder / "backups").symlink_to(elsewhere, target_is_directory=True)
    code, err = _cmd(run, folder, pass_file, "backup")
    assert code == 1 and "backups folder" in err and "symbolic link" in err, err
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("content", ["dir", "deep", "empty", "binary", "huge"])
def test_every_malformed_key_file_is_exit_4_naming_it(run: Run, created_vault: tuple[Path, str], pass_file: Path,
                                                       content: str) -> None:
    folder, _ = created_vault
    keys = folder / "keys.json"
    keys.unlink()
    if content == "dir":
        keys.mkdir()
    else:
        keys.write_bytes({"deep": b"[" * 5000 + b"]" * 5000, "empty": b"", "binary": b"\xff\xfe\x00",
                          "huge": b" " * (70 * 1024)}[content])
    for command in (LOG, ("verify",), ("recover", "--recovery-key-file", str(pass_file),
                                        "--new-passphrase-file", str(pass_file))):
        code, err = _cmd(run, folder, pass_file, *command)
        assert code == 4 and "keys.json" in err, (content, command, err)


def test_vault_files_are_owner_only_whatever_the_umask(tmp_path: Path, cli_env: dict[str, str],
                                                       pass_file: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)

    def alliance(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "alliance", *map(str, args)], capture_output=True, text=True,
                              timeout=120, env=cli_env, start_new_session=True, preexec_fn=lambda: os.umask(0o022))

    assert alliance("init", "--vault", folder, "--passphrase-file", pass_file).returncode == 0
    done = alliance(*LOG, "--vault", folder, "--passphrase-file", pass_file)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.lstat().st_mode) == expected, path
