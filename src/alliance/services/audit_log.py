"""Reading the audit trail: what happened, when, to which kind of record. Never clinical text."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from alliance.store import audit
from alliance.store.vault import Vault


@dataclass(frozen=True)
class AuditEntry:
    """One event of the trail."""

    seq: int
    at_utc: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    detail: dict[str, Any]

    @property
    def detail_text(self) -> str:
        """The detail as 'key: value' pairs."""
        return ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in sorted(self.detail.items()))


def audit_entries(vault: Vault, action: str | None = None, entity: str | None = None,
                  limit: int | None = 5000) -> list[AuditEntry]:
    """Events newest first, filtered by action and/or entity kind."""
    with vault.work.transaction() as db:
        rows = audit.events(db, action, entity, limit)
        return [AuditEntry(r.seq, dt.datetime.fromisoformat(r.ts_utc), r.actor, r.action, r.entity, r.entity_id,
                           json.loads(r.detail or "{}")) for r in rows]


def audit_actions(vault: Vault) -> list[str]:
    """Every action in the trail, for a filter list."""
    with vault.work.transaction() as db:
        return audit.actions(db)


def audit_problems(vault: Vault) -> list[str]:
    """Edited, removed or reordered events (empty when the chain is intact)."""
    with vault.work.transaction() as db:
        return audit.verify_chain(db)
