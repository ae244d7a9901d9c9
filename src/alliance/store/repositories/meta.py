"""Facts about the vault itself, kept in ``vault_meta``: its id and the export pseudonym key. Never clinical."""

from __future__ import annotations

from sqlalchemy import select

from alliance.store.models import VaultMeta
from alliance.store.repositories import Db


def get(db: Db, key: str) -> str | None:
    """A vault_meta value, or None."""
    return db.execute(select(VaultMeta.value).where(VaultMeta.key == key)).scalar_one_or_none()
