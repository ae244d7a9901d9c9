"""Helpers for command-line tests: run ``python -m alliance`` as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Result:
    """What a command did."""

    code: int
    out: str
    err: str


Run = Callable[..., Result]


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for subprocesses: per-user folders point into tmp_path, never the real home."""
    env = dict(os.environ)
    env.update({
        "XDG_DATA_HOME": str(tmp_path / "xdg-data"),
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
        "XDG_STATE_HOME": os.environ["XDG_STATE_HOME"],  # the test's own (tests/conftest.py)
        "HOME": str(tmp_path / "home"),
        "PYTHONPATH": str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", ""),
    })
    return env


@pytest.fixture
def run(cli_env: dict[str, str]) -> Run:
    """Run ``alliance ARGS``; stdin text is piped, and there is never a terminal to prompt on."""

    def _run(*args: str | Path, stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
        proc = subprocess.run(
            [sys.executable, "-m", "alliance", *map(str, args)],
            input=stdin if stdin is not None else "", capture_output=True, text=True, timeout=120,
            env=env or cli_env, start_new_session=True,  # no controlling terminal: getpass cannot prompt
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        return Result(proc.returncode, proc.stdout, proc.stderr)

    return _run


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    """A file holding the test vault's passphrase, newline-terminated as editors save it."""
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path
