"""Verify a vault: key envelope, SQLCipher page HMACs, SQLite integrity and the audit hash chain.

The checks read the files directly (store/integrity.py); nothing is migrated or written.
"""

from __future__ import annotations

from pathlib import Path

from alliance.store.errors import WrongPassphrase
from alliance.store.integrity import VerifyReport, verify_vault_files
from alliance.store.unlock_failures import record_failure

__all__ = ["VerifyReport", "verify_vault"]


def verify_vault(folder: Path, passphrase: str) -> VerifyReport:
    """Verify the vault in folder. Raises the store's errors when the key envelope cannot be opened at
    all (VaultNotFound, VaultInUse, WrongPassphrase, KeyFileDamaged, UnsafeKdfParameters); every problem
    found past that point is a line in the report. A wrong passphrase is noted like a failed unlock (the next
    unlock audits it)."""
    try:
        return verify_vault_files(folder, passphrase)
    except WrongPassphrase:
        record_failure(folder, "passphrase")
        raise
