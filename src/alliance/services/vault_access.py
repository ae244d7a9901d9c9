"""Opening and securing a vault: the use cases the CLI and GUI share, so neither reaches into the store.

Errors are the store's (``alliance.store.errors``: WrongPassphrase, VaultNotFound, VaultInUse, ...), which the
front ends may import for their exception types. Every unlock, lock, passphrase change and recovery is audited
here; a failed attempt is noted beside the vault until the next unlock audits it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from alliance.services import backups, trash
from alliance.store import audit
from alliance.store.backup import BackupInfo
from alliance.store.errors import VaultAccessDenied, VaultError, WrongPassphrase, WrongRecoveryKey
from alliance.store.kdf import KdfParams
from alliance.store.layout import vault_exists
from alliance.store.pending_audit import clear_pending, pending_date_forms, pending_events
from alliance.store.repositories import meta as meta_repo
from alliance.store.unlock_failures import clear_failures, read_failures, record_failure
from alliance.store.vault import Vault

__all__ = ["KdfParams", "UnlockReport", "Vault", "change_passphrase", "create_vault", "finish_unlock", "lock_vault",
           "opened", "recover_vault", "unlock_vault", "vault_exists"]


@dataclass(frozen=True)
class UnlockReport:
    """What finishing an unlock did besides checking the pages: the backup it made, or why it could not."""

    backup: BackupInfo | None
    backup_problem: str | None = None


READ_ONLY = ("The vault is read-only (its disk, folder or database cannot be written): it can be read, verified "
             "and exported, but nothing can be saved, and no backup was made.")


def create_vault(folder: Path, passphrase: str, kdf: KdfParams | None = None) -> tuple[Vault, str]:
    """Create a vault in folder; returns it unlocked with the recovery key, to be shown once.

    ``kdf`` None calibrates Argon2id to this machine (about half a second); tests pass cheap parameters.
    """
    vault, recovery_key = Vault.create(folder, passphrase, kdf)
    try:
        with vault.work.transaction() as db:
            audit.record(db, "vault created")
    except BaseException:
        vault.close()
        raise
    return vault, recovery_key


def unlock_vault(folder: Path, passphrase: str, *, daily_backup: bool = True, defer_checks: bool = False) -> Vault:
    """Open a vault with its passphrase. ``lock_vault`` (or ``opened``) locks it again.

    Unless ``defer_checks``, ``finish_unlock`` runs at once (page check, audit, daily backup when
    ``daily_backup``). With ``defer_checks`` the vault opens for reading only; the caller runs
    ``finish_unlock`` next, e.g. on a worker thread once the caseload is shown.
    """
    try:
        vault = Vault.unlock(folder, passphrase)
    except WrongPassphrase:
        record_failure(folder, "passphrase")
        raise
    if not defer_checks:
        _finish_or_close(vault, "unlock", daily_backup)
    return vault


def finish_unlock(vault: Vault, action: str = "unlock", daily_backup: bool = True) -> UnlockReport:
    """Check every page, then audit the unlock (and the failed attempts noted since), the pre-migration backup,
    remove what has been in the trash for 30 days, and make the daily backup when due. A vault from before the
    keyed audit chain is upgraded to it here (store/audit.py ``start_keyed_chain``), and gets its high-water mark
    with this commit.

    Raises DatabaseDamaged, having written nothing, when a page fails its HMAC. A daily backup that cannot be
    written does not fail the unlock: the report says why."""
    vault.check_pages()
    pre_migration = vault.pre_migration_backup
    waiting = pending_events(vault.vault_id)
    try:
        with vault.work.transaction() as db:
            if vault.needs_keyed_chain:  # a vault from before the keyed chain and its mark: upgrade it, audited
                sealed = audit.start_keyed_chain(db)
                audit.record(db, "high-water mark created", "vault", None, sessions_sealed=sealed)
            audit.record(db, action)
            trash.purge_expired_in(db)  # sessions deleted more than 30 days ago
            for when, what in read_failures(vault.folder):  # attempts that could not be written at the time
                audit.record(db, "failed unlock", attempted_at=when, method=what)
            for event in waiting:  # what happened while the vault was read-only (an export)
                audit.record(db, event["action"], **event["detail"], deferred_from=event.get("at", ""))
            if waiting:
                forms = meta_repo.date_forms(db)
                for cid, modes in pending_date_forms(vault.vault_id).items():
                    forms.setdefault(cid, set()).update(modes)
                meta_repo.put_date_forms(db, forms)
            if pre_migration is not None:
                backups.record_backup(db, pre_migration)
    except VaultAccessDenied:
        # A read-only vault (disk, folder or alliance.db) still reads: it can be verified and exported; an export
        # is recorded beside it (store/pending_audit.py) until an unlock that can write puts it in the trail.
        vault.read_only = True
        return UnlockReport(None, READ_ONLY)
    clear_failures(vault.folder)
    if waiting:
        clear_pending(vault.vault_id)
    if not daily_backup or pre_migration is not None:
        return UnlockReport(pre_migration)
    try:
        return UnlockReport(backups.backup_if_due(vault))
    except (VaultError, OSError) as exc:  # the vault is fine; say so rather than refuse it
        return UnlockReport(None, str(exc))


def recover_vault(folder: Path, recovery_key: str, new_passphrase: str) -> Vault:
    """Open a vault with its recovery key and set a new passphrase; returns it unlocked."""
    try:
        vault = Vault.unlock_with_recovery_key(folder, recovery_key)
    except WrongRecoveryKey:
        record_failure(folder, "recovery key")
        raise
    _finish_or_close(vault, "recovery unlock", True)
    try:
        vault.rewrap(new_passphrase)
        with vault.work.transaction() as db:
            audit.record(db, "passphrase reset with recovery key")
    except BaseException:
        vault.close()
        raise
    return vault


def change_passphrase(vault: Vault, old_passphrase: str, new_passphrase: str) -> str | None:
    """Rewrap an open vault's data key under a new passphrase, after checking the old one, and audit it.

    It succeeds exactly when the new passphrase is the one that opens the vault: when keys.json cannot be
    replaced (a full disk) it raises and the old passphrase still opens it; when the change cannot be audited,
    the old key file is written back and it raises; only if even that fails does the change stand, and the
    sentence returned says it was not recorded (None when all went well)."""
    vault.check_passphrase(old_passphrase)
    previous = vault.rewrap(new_passphrase)
    try:
        with vault.work.transaction() as db:
            audit.record(db, "passphrase changed")
    except VaultError as exc:
        try:
            vault.put_back_envelope(previous)
        except VaultError:
            return (f"The change could not be recorded in the vault's audit trail ({exc}); the new passphrase is the "
                    "one that opens the vault.")
        raise type(exc)(f"The passphrase was not changed, because the change could not be recorded in the vault's "
                        f"audit trail; the old passphrase still opens the vault. {exc}") from exc
    return None


def lock_vault(vault: Vault) -> None:
    """Lock: audit it (when the unlock got as far as checking the pages), close every connection, wipe the key,
    give the instance lock back. A lock that cannot be audited (a full disk) still locks."""
    if vault.is_open and vault.pages_checked:
        with suppress(Exception), vault.work.transaction() as db:
            audit.record(db, "lock")
    vault.close()


@contextmanager
def opened(folder: Path, passphrase: str, *, daily_backup: bool = True) -> Iterator[Vault]:
    """The vault unlocked for the block, locked (and audited) after it, as the command line uses it."""
    vault = unlock_vault(folder, passphrase, daily_backup=daily_backup)
    try:
        yield vault
    finally:
        lock_vault(vault)


def _finish_or_close(vault: Vault, action: str, daily_backup: bool) -> UnlockReport:
    try:
        return finish_unlock(vault, action, daily_backup)
    except BaseException:
        vault.close()
        raise
