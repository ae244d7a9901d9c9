"""Shared fixtures: every test gets a real SQLCipher vault in tmp_path.

The Argon2id cost is lowered here, and only here, through the explicit ``fast_kdf`` fixture;
production code always calibrates upward from the floor in DESIGN.md.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The per-user state folder holds a copy of each vault's high-water mark (store/mark.py): never the real
# one under test. Each test gets its own (``_own_state_folder``); this covers what runs before or between them.
os.environ["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="alliance-test-state-")

from alliance.services.vault_access import create_vault
from alliance.store.kdf import KdfParams
from alliance.store.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _own_state_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test its own per-user state folder (outside its tmp_path, which some tests list), so copies of one
    fixture vault in two tests never meet. Command-line tests hand the same folder to their subprocesses."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("xdg-state")))


@pytest.fixture
def fast_kdf() -> KdfParams:
    """A deliberately cheap Argon2id cost, for tests only."""
    return KdfParams.for_tests()


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created_vault(vault_folder: Path, fast_kdf: KdfParams) -> tuple[Path, str]:
    """A new, locked vault; returns its folder and recovery key."""
    vault, recovery_key = create_vault(vault_folder, PASSPHRASE, kdf=fast_kdf)
    vault.close()
    return vault_folder, recovery_key


@pytest.fixture
def vault(vault_folder: Path, fast_kdf: KdfParams) -> Iterator[Vault]:
    """A new, unlocked vault, closed after the test."""
    v, _ = create_vault(vault_folder, PASSPHRASE, kdf=fast_kdf)
    try:
        yield v
    finally:
        v.close()


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp):  # type: ignore[no-untyped-def]
    """One QApplication for the whole run, made first: a report that made a bare QGuiApplication
    would otherwise make every widget test after it abort."""
    return qapp


@contextmanager
def on_every_checkout(vault: Vault, pragma: str) -> Iterator[None]:
    """Run a pragma on each connection the vault's pool hands out (e.g. ``max_page_count`` for a full disk,
    ``query_only`` for a read-only one: real SQLite errors, no mocks); afterwards the pool is emptied, so
    later connections come fresh without it."""

    def checkout(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        dbapi_conn.execute(pragma)

    vault.engine.dispose()
    event.listen(vault.engine, "checkout", checkout)
    try:
        yield
    finally:
        event.remove(vault.engine, "checkout", checkout)
        vault.engine.dispose()


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def copy_v1_vault(into: Path) -> Path:
    """A working copy of the known-answer vault written by Alliance 0.1 (tests/fixtures/vault-v1)."""
    target = into / "vault-v1"
    shutil.copytree(FIXTURES / "vault-v1", target)
    return target
