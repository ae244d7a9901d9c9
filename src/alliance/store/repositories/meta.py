"""Facts about the vault itself, kept in ``vault_meta``: its id, the export pseudonym key, the signal thresholds.
Never clinical."""

from __future__ import annotations

from sqlalchemy import select

from alliance.store.models import VaultMeta
from alliance.store.repositories import Db


def get(db: Db, key: str) -> str | None:
    """A vault_meta value, or None."""
    return db.execute(select(VaultMeta.value).where(VaultMeta.key == key)).scalar_one_or_none()


def put(db: Db, key: str, value: str) -> None:
    """Set a vault_meta value (added or replaced); flushed."""
    row = db.get(VaultMeta, key)
    if row is None:
        db.add(VaultMeta(key=key, value=value))
    else:
        row.value = value
    db.flush()
