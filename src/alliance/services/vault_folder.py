"""The vault folder before it is opened: is there a vault, and holding it for this process.

Light on purpose (no SQLAlchemy): the app asks these before its first window paints. The instance lock is held
for the app's whole life (one running Alliance per vault); ``VaultLock.release`` gives it back.
"""

from __future__ import annotations

from pathlib import Path

from alliance.store.instance_lock import VaultLock
from alliance.store.layout import vault_exists

__all__ = ["VaultLock", "claim_vault", "vault_exists"]


def claim_vault(folder: Path) -> VaultLock:
    """Take the vault folder's single-instance lock; VaultInUse when another running Alliance holds it."""
    lock = VaultLock(folder)
    lock.acquire()
    return lock
