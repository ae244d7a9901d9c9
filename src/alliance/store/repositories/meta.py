"""Facts about the vault itself, kept in ``vault_meta``: its id, the export pseudonym key, the signal thresholds.
Never clinical."""

from __future__ import annotations

import json

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


DATE_FORMS_KEY = "export date forms"  # client id -> the date forms its sessions have left the vault in


def date_forms(db: Db) -> dict[int, set[str]]:
    """Which date forms (``DateMode`` values) each client's sessions have left the vault in."""
    raw = get(db, DATE_FORMS_KEY)
    return {int(cid): set(modes) for cid, modes in (json.loads(raw) if raw else {}).items()}


def put_date_forms(db: Db, forms: dict[int, set[str]]) -> None:
    put(db, DATE_FORMS_KEY, json.dumps({str(c): sorted(ms) for c, ms in sorted(forms.items())}))
