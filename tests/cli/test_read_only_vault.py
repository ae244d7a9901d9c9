"""A vault that cannot be written still reads: it verifies and exports, and the export enters its audit trail at
the next unlock that can write (store/pending_audit.py). Real subprocesses; as root, without the power to ignore
permission bits (setpriv), so the modes below bind."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from alliance.services.audit_log import audit_entries
from alliance.services.vault_access import unlock_vault
from tests.cli.conftest import Run
from tests.conftest import PASSPHRASE

NO_DAC = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner")
LOG = ("log", "--client", "RO-1", "--safety", "6", "--trust", "7", "--attunement", "7", "--boundaries", "8")


@pytest.fixture
def prefix(tmp_path: Path) -> tuple[str, ...]:
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("root ignores permission bits and setpriv is not installed to drop that")
    probe = tmp_path / "probe"
    probe.write_text("x")
    probe.chmod(0o400)
    if subprocess.run([*NO_DAC, "sh", "-c", f"echo y >> {probe}"], capture_output=True).returncode == 0:
        pytest.skip("setpriv could not drop CAP_DAC_OVERRIDE here")
    return NO_DAC


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and p.name not in {"alliance.db-shm", "alliance.db-wal", ".lock"}}


@pytest.mark.parametrize("what", ["alliance.db 0400", "read-only folder"])
def test_a_read_only_vault_verifies_and_exports_and_the_export_is_audited_later(
        run: Run, created_vault: tuple[Path, str], pass_file: Path, cli_env: dict[str, str], tmp_path: Path,
        prefix: tuple[str, ...], what: str) -> None:
    folder, _ = created_vault
    assert run(*LOG, "--vault", folder, "--passphrase-file", pass_file).code == 0
    out = tmp_path / "export.csv"
    before = _hashes(folder)
    target = folder / "alliance.db" if what == "alliance.db 0400" else folder
    old_mode = target.stat().st_mode & 0o777
    target.chmod(0o400 if target.is_file() else 0o555)
    try:
        def alliance(*args: str | Path) -> subprocess.CompletedProcess[str]:
            return subprocess.run([*prefix, sys.executable, "-m", "alliance", *map(str, args)], capture_output=True,
                                  text=True, timeout=120, env=cli_env, start_new_session=True)

        verified = alliance("verify", "--vault", folder, "--passphrase-file", pass_file)
        assert verified.returncode == 0 and "The vault is intact." in verified.stdout, verified.stderr
        exported = alliance("export", "--format", "csv", "--out", out, "--vault", folder, "--passphrase-file",
                            pass_file)
        assert exported.returncode == 0, exported.stderr
        assert out.is_file() and "The vault is read-only" in exported.stdout
        logged = alliance(*LOG, "--vault", folder, "--passphrase-file", pass_file)
        assert logged.returncode == 1 and "cannot use the vault folder" in logged.stderr, logged
    finally:
        target.chmod(old_mode)
    assert _hashes(folder) == before
    for name in ("alliance.db-shm", "alliance.db-wal"):  # SQLite's read-only companions, made while 0400
        (folder / name).unlink(missing_ok=True)
    with unlock_vault(folder, PASSPHRASE, daily_backup=False) as vault:
        exports = audit_entries(vault, action="export")
    assert len(exports) == 1 and exports[0].detail["deferred_from"] and exports[0].detail["sessions"] == 1
