"""Helpers for the reliability tests: real vaults, real child processes, counts in the test output."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from alliance.services.vault_access import create_vault
from alliance.services.verify import verify_vault
from alliance.store.kdf import KdfParams
from alliance.store.vault import Vault
from tests.cli.conftest import Result, Run, cli_env, pass_file, run  # noqa: F401 - fixtures for this folder
from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("child.py")

# Totals across the reliability tests, printed at the end of the run (and per test as they finish).
COUNTS: Counter[str] = Counter()

__all__ = ["CHILD", "COUNTS", "PASSPHRASE", "REPO", "Result", "Run", "child_env", "file_hashes", "report",
           "scaled", "start_child"]


def scaled(examples: int) -> int:
    """A hypothesis example count, times ALLIANCE_FUZZ_SCALE (1 by default; more for a long local run)."""
    return max(1, round(examples * float(os.environ.get("ALLIANCE_FUZZ_SCALE", "1"))))


def child_env() -> dict[str, str]:
    """The environment for child processes: the source tree first on the path, no per-user folders."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONUNBUFFERED"] = "1"
    return env


def start_child(*args: str | Path, **kwargs: Any) -> subprocess.Popen[str]:
    """Start ``child.py ARGS`` with the passphrase on its standard input (left open)."""
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), *map(str, args)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env=child_env(), start_new_session=True, **kwargs)
    assert proc.stdin is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.flush()
    return proc


def file_hashes(folder: Path, names: tuple[str, ...] | None = None) -> dict[str, str]:
    """SHA-256 of every file directly in folder (or of the named ones that exist)."""
    paths = [folder / n for n in names] if names else [p for p in folder.iterdir() if p.is_file()]
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths if p.is_file()}


def report(capsys: pytest.CaptureFixture[str], line: str, **counts: int) -> None:
    """Print a result line into the test output (like tests/core/test_scrub.py) and add to the totals."""
    COUNTS.update(counts)
    with capsys.disabled():
        print(f"\nreliability: {line}")


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if COUNTS:
        terminalreporter.write_line(
            "reliability totals: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(COUNTS.items())))


_FINISHED: dict[str, int] = {}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _FINISHED.update(failed=session.testsfailed, collected=session.testscollected)


def pytest_unconfigure(config: pytest.Config) -> None:
    """The stress summary, the last line of the run (after pytest's own): every case of these tests fails its
    test when it loses an acknowledged save silently, so the run's silent losses are 0 exactly when none
    failed."""
    if not COUNTS or not _FINISHED:
        return
    failed = _FINISHED["failed"]
    verdict = "0 silent losses" if failed == 0 else f"{failed} failed test(s) above: read them for losses"
    print("reliability summary: " + verdict + "; " + ", ".join(f"{k.replace('_', ' ')} {v}"
                                                                 for k, v in sorted(COUNTS.items())), flush=True)


@pytest.fixture(scope="module")
def module_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One open vault for a whole fuzzing module (cheap KDF); it must still verify when the module is done."""
    folder = tmp_path_factory.mktemp("fuzz") / "vault"
    vault, _ = create_vault(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    try:
        yield vault
    finally:
        vault.close()
        assert verify_vault(folder, PASSPHRASE).ok
