"""init, demo, passwd, recover, verify and the general contract: version, usage, no GUI, no traceback."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from alliance import __version__
from alliance.core.records import ClientStatus
from alliance.services.caseload import caseload_view
from alliance.services.vault_access import unlock_vault
from alliance.store.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB
from alliance.store.keys import KeyEnvelope
from tests.cli.conftest import Run
from tests.conftest import PASSPHRASE

RECOVERY_KEY = re.compile(r"Recovery key: ((?:[A-Z2-7]{4}-)+[A-Z2-7]{4})")
NEW_PASSPHRASE = "a brand new passphrase"


def test_version(run: Run) -> None:
    result = run("--version")
    assert result.code == 0 and result.out.strip() == f"alliance {__version__}"


def test_usage_errors_exit_2(run: Run, tmp_path: Path) -> None:
    assert run("frobnicate").code == 2
    assert run("log", "--vault", tmp_path, "--safety", "7").code == 2  # --client and others missing
    assert run("verify", "--passphrase", PASSPHRASE).code == 2  # never from an argument
    both = run("verify", "--passphrase-stdin", "--passphrase-file", tmp_path / "p")
    assert both.code == 2 and "not allowed with" in both.err
    assert run("demo", "--clients", "0").code == 2
    assert run("demo", "--sessions", "9-3").code == 2


def test_cli_does_not_load_the_gui() -> None:
    code = "import sys, alliance.cli; sys.exit('PySide6' in sys.modules or 'alliance.ui' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_init_prints_recovery_key_once_and_calibrates(run: Run, tmp_path: Path, pass_file: Path) -> None:
    folder = tmp_path / "v"
    result = run("init", "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 0, result.err
    match = RECOVERY_KEY.search(result.out)
    assert match and result.out.count(match.group(1)) == 1
    assert "safe" in result.out
    kdf = KeyEnvelope.read(folder / "keys.json").kdf  # production cost, never the test one
    assert kdf.iterations >= FLOOR_ITERATIONS and kdf.memory_kib >= FLOOR_MEMORY_KIB
    again = run("init", "--vault", folder, "--passphrase-file", pass_file)
    assert again.code == 1 and "already exists" in again.err and again.err.count("\n") == 1
    # The printed key really recovers the vault.
    key_file = tmp_path / "key.txt"
    key_file.write_text(match.group(1))
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE)
    recovered = run("recover", "--vault", folder, "--recovery-key-file", key_file, "--new-passphrase-file", new_file)
    assert recovered.code == 0, recovered.err
    unlock_vault(folder, NEW_PASSPHRASE).close()


def test_init_defaults_to_the_per_user_folder_and_reads_stdin(run: Run, tmp_path: Path) -> None:
    result = run("init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    assert (tmp_path / "xdg-data" / "Alliance" / "vault" / "keys.json").is_file()


def test_init_refuses_a_short_passphrase(run: Run, tmp_path: Path) -> None:
    result = run("init", "--vault", tmp_path / "v", "--passphrase-stdin", stdin="short\n")
    assert result.code == 1 and "at least 10 characters" in result.err
    assert not (tmp_path / "v" / "keys.json").exists()


def test_no_terminal_and_no_passphrase_option_is_a_usage_error(run: Run, created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    result = run("verify", "--vault", folder)
    assert result.code == 2 and "--passphrase-file" in result.err


def test_demo_fills_a_new_vault_and_refuses_an_existing_one(run: Run, tmp_path: Path, pass_file: Path) -> None:
    result = run("demo", "--clients", "4", "--sessions", "6-8", "--seed", "2", "--passphrase-file", pass_file)
    assert result.code == 0, result.err
    folder = tmp_path / "xdg-data" / "Alliance" / "demo-vault"
    assert "4 clients" in result.out and RECOVERY_KEY.search(result.out)
    with unlock_vault(folder, PASSPHRASE) as vault:
        summaries = caseload_view(vault, set(ClientStatus)).rows
    assert len(summaries) == 4 and all(6 <= c.session_count <= 8 for c in summaries)
    assert f"{sum(c.session_count for c in summaries)} sessions" in result.out
    again = run("demo", "--vault", folder, "--passphrase-file", pass_file)
    assert again.code == 1 and "already exists" in again.err


def test_passwd_changes_the_passphrase(run: Run, created_vault: tuple[Path, str], pass_file: Path,
                                       tmp_path: Path) -> None:
    folder, _ = created_vault
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE + "\r\n")
    result = run("passwd", "--vault", folder, "--passphrase-file", pass_file, "--new-passphrase-file", new_file)
    assert result.code == 0, result.err
    assert run("verify", "--vault", folder, "--passphrase-file", pass_file).code == 3
    assert run("verify", "--vault", folder, "--passphrase-stdin", stdin=NEW_PASSPHRASE).code == 0


def test_passwd_with_wrong_current_passphrase(run: Run, created_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = created_vault
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW_PASSPHRASE)
    result = run("passwd", "--vault", folder, "--passphrase-stdin", "--new-passphrase-file", new_file,
                 stdin="not it at all\n")
    assert result.code == 3 and "passphrase is not correct" in result.err


def test_recover_with_wrong_key_exits_3(run: Run, created_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, real_key = created_vault
    wrong = ("A" if real_key[0] != "A" else "B") + real_key[1:]
    (tmp_path / "key.txt").write_text(wrong + "\n")
    (tmp_path / "new.txt").write_text(NEW_PASSPHRASE)
    result = run("recover", "--vault", folder, "--recovery-key-file", tmp_path / "key.txt",
                 "--new-passphrase-file", tmp_path / "new.txt")
    assert result.code == 3 and "recovery key is not correct" in result.err
    (tmp_path / "key.txt").write_text(real_key.lower().replace("-", " "))  # as typed by hand
    ok = run("recover", "--vault", folder, "--recovery-key-file", tmp_path / "key.txt",
             "--new-passphrase-file", tmp_path / "new.txt")
    assert ok.code == 0, ok.err


def test_recover_needs_the_key_file_option(run: Run, created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    assert run("recover", "--vault", folder).code == 2


def test_verify_intact_vault(run: Run, created_vault: tuple[Path, str], pass_file: Path) -> None:
    folder, _ = created_vault
    result = run("verify", "--vault", folder, "--passphrase-file", pass_file)
    assert result.code == 0, result.err
    assert "every page authenticates" in result.out and "integrity_check): ok" in result.out
    assert re.search(r"Audit trail: \d+ events, hash chain unbroken", result.out)
    assert result.out.strip().endswith("The vault is intact.")


def test_missing_vault_exits_1(run: Run, tmp_path: Path, pass_file: Path) -> None:
    result = run("verify", "--vault", tmp_path / "nothing", "--passphrase-file", pass_file)
    assert result.code == 1 and result.err == "alliance: There is no vault in this folder.\n"


def test_unreadable_passphrase_file_exits_1(run: Run, created_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = created_vault
    result = run("verify", "--vault", folder, "--passphrase-file", tmp_path / "missing.txt")
    assert result.code == 1 and "missing.txt" in result.err and result.err.count("\n") == 1


def test_vault_option_before_the_command(run: Run, created_vault: tuple[Path, str], pass_file: Path) -> None:
    folder, _ = created_vault
    assert run("--vault", folder, "verify", "--passphrase-file", pass_file).code == 0
