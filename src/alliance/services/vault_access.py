"""Opening and securing a vault: the use cases the CLI and GUI share, so neither reaches into the store.

Errors are the store's (``alliance.store.errors``: WrongPassphrase, VaultNotFound, VaultInUse, ...), which the
front ends may import for their exception types; KDF parameters are ``alliance.store.kdf.KdfParams``.
"""

from __future__ import annotations

from pathlib import Path

from alliance.store import vault as _vault
from alliance.store.errors import WrongPassphrase, WrongRecoveryKey
from alliance.store.kdf import KdfParams
from alliance.store.unlock_failures import record_failure
from alliance.store.vault import Vault

__all__ = ["Vault", "change_passphrase", "create_vault", "recover_vault", "unlock_vault", "vault_exists"]


def vault_exists(folder: Path) -> bool:
    """Whether the folder holds a vault (its key file)."""
    return _vault.vault_exists(folder)


def create_vault(folder: Path, passphrase: str, kdf: KdfParams | None = None) -> tuple[Vault, str]:
    """Create a vault in folder; returns it unlocked with the recovery key, to be shown once.

    ``kdf`` None calibrates Argon2id to this machine (about half a second); tests pass cheap parameters.
    """
    return Vault.create(folder, passphrase, kdf)


def unlock_vault(folder: Path, passphrase: str, *, daily_backup: bool = True, defer_checks: bool = False) -> Vault:
    """Open a vault with its passphrase. Close it (or use it as a context manager) to lock it again.

    A wrong passphrase is noted beside the vault and enters the audit trail at the next unlock.
    The daily backup runs at unlock when due, unless ``daily_backup`` is False (the caller then runs
    ``services.backups.backup_if_due`` itself, or is about to back up anyway). With ``defer_checks`` the
    vault opens for reading only; call ``vault.finish_unlock()`` (page check, audit, daily backup) next,
    e.g. on a worker thread once the caseload is shown.
    """
    try:
        return Vault.unlock(folder, passphrase, daily_backup=daily_backup, defer_checks=defer_checks)
    except WrongPassphrase:
        record_failure(folder, "passphrase")
        raise


def recover_vault(folder: Path, recovery_key: str, new_passphrase: str) -> Vault:
    """Open a vault with its recovery key and set a new passphrase; returns it unlocked."""
    try:
        return Vault.recover(folder, recovery_key, new_passphrase)
    except WrongRecoveryKey:
        record_failure(folder, "recovery key")
        raise


def change_passphrase(vault: Vault, old_passphrase: str, new_passphrase: str) -> None:
    """Rewrap an open vault's data key under a new passphrase, after checking the old one."""
    vault.change_passphrase(old_passphrase, new_passphrase)
