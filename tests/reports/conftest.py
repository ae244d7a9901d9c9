"""Fixtures the PDF tests share: a demo practice in a real vault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from alliance.services.demo import generate_demo
from alliance.services.vault_access import create_vault
from alliance.store.kdf import KdfParams
from alliance.store.vault import Vault
from tests.conftest import PASSPHRASE

TODAY = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """A demo practice in a real SQLCipher vault (same cheap test KDF as the fast_kdf fixture)."""
    folder = tmp_path_factory.mktemp("pdf") / "vault"
    vault, _ = create_vault(folder, PASSPHRASE, kdf=KdfParams.for_tests())
    generate_demo(vault, clients=6, sessions=(10, 40), seed=11, today=TODAY)
    yield vault
    vault.close()
