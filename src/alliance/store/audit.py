"""The audit trail: append-only, hash-chained events. Never note text, names or keys."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from alliance.store.models import AuditEventRow
from alliance.store.sql import Sql, as_sql

GENESIS = "0" * 64
FORBIDDEN_DETAIL_KEYS = frozenset({"note", "display_name", "email", "phone", "address", "other_names",
                                   "passphrase", "recovery_key", "text"})


def _event_hash(prev_hash: str, seq: int, ts_utc: str, actor: str, action: str, entity: str,
                entity_id: int | None, detail: str) -> str:
    payload = json.dumps([prev_hash, seq, ts_utc, actor, action, entity, entity_id, detail],
                         separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# Plain SQL (store/sql.py): every save writes an event, and building and compiling a statement each time cost
# more than the statements themselves.
_LAST_EVENT_SQL = "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"
_INSERT_SQL = ("INSERT INTO audit_events (seq, ts_utc, actor, action, entity, entity_id, detail, prev_hash, hash) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def record(db: DbSession | Sql, action: str, entity: str = "", entity_id: int | None = None,
           actor: str = "clinician", **detail: Any) -> int:
    """Append one event to the chain inside the caller's transaction (an ORM session or a ``Sql``); returns
    its seq.

    Rows an ORM caller left pending are flushed first, so the event follows what it records; then the last
    event is read by its seq (the rowid) and the new one written without an ORM object."""
    bad = FORBIDDEN_DETAIL_KEYS.intersection(detail)
    if bad:
        raise ValueError(f"audit detail may not hold {sorted(bad)}")
    sql = as_sql(db)
    last = sql.execute(_LAST_EVENT_SQL).fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    ts = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    detail_text = json.dumps(detail, sort_keys=True, default=str)
    sql.execute(_INSERT_SQL, (seq, ts, actor, action, entity, entity_id, detail_text, prev,
                              _event_hash(prev, seq, ts, actor, action, entity, entity_id, detail_text)))
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
