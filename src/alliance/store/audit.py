"""The audit trail: append-only, hash-chained events. Never note text, names or keys."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as DbSession

from alliance.store.models import AuditEventRow

GENESIS = "0" * 64
FORBIDDEN_DETAIL_KEYS = frozenset({"note", "display_name", "email", "phone", "address", "other_names",
                                   "passphrase", "recovery_key", "text"})


def _event_hash(prev_hash: str, seq: int, ts_utc: str, actor: str, action: str, entity: str,
                entity_id: int | None, detail: str) -> str:
    payload = json.dumps([prev_hash, seq, ts_utc, actor, action, entity, entity_id, detail],
                         separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(db: DbSession, action: str, entity: str = "", entity_id: int | None = None,
           actor: str = "clinician", **detail: Any) -> int:
    """Append one event to the chain inside the caller's unit of work; returns its seq.

    The caller's pending rows are flushed first (autoflush), so the event follows what it records; the last
    event is read by its seq (the rowid) and the new one inserted as a row, not an ORM object, since nothing
    in this unit of work reads it back."""
    bad = FORBIDDEN_DETAIL_KEYS.intersection(detail)
    if bad:
        raise ValueError(f"audit detail may not hold {sorted(bad)}")
    e = AuditEventRow
    last = db.execute(select(e.seq, e.hash).order_by(e.seq.desc()).limit(1)).first()
    seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, GENESIS)
    ts = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    detail_text = json.dumps(detail, sort_keys=True, default=str)
    db.execute(insert(e).values(seq=seq, ts_utc=ts, actor=actor, action=action, entity=entity, entity_id=entity_id,
                                detail=detail_text, prev_hash=prev,
                                hash=_event_hash(prev, seq, ts, actor, action, entity, entity_id, detail_text)))
    return seq


def verify_chain(db: DbSession) -> list[str]:
    """Problems in the audit chain: edited, removed or reordered events. Empty when intact."""
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    rows = db.execute(select(AuditEventRow).order_by(AuditEventRow.seq)).scalars()
    for row in rows:
        if row.seq != expected_seq:
            problems.append(f"Audit event {expected_seq} is missing (found {row.seq} next).")
        if row.prev_hash != prev:
            problems.append(f"Audit event {row.seq} does not follow the event before it.")
        recomputed = _event_hash(row.prev_hash, row.seq, row.ts_utc, row.actor, row.action, row.entity,
                                 row.entity_id, row.detail)
        if recomputed != row.hash:
            problems.append(f"Audit event {row.seq} has been altered.")
        prev = row.hash
        expected_seq = row.seq + 1
    return problems


def events(db: DbSession, action: str | None = None, entity: str | None = None,
           limit: int | None = None) -> list[AuditEventRow]:
    """Audit events, newest first, optionally of one action and/or entity kind."""
    q = select(AuditEventRow).order_by(AuditEventRow.seq.desc())
    if action:
        q = q.where(AuditEventRow.action == action)
    if entity:
        q = q.where(AuditEventRow.entity == entity)
    if limit:
        q = q.limit(limit)
    return list(db.execute(q).scalars())


def actions(db: DbSession) -> list[str]:
    """Every action that appears in the trail (for a filter list)."""
    return sorted(a for (a,) in db.execute(select(AuditEventRow.action).distinct()))
