"""The audit trail: append-only, keyed hash chain. Never note text, names or keys.

Each event's hash is HMAC-SHA256 under a key derived from the data key (``mark.subkey``) over the previous
hash and its own fields, so the chain cannot be rewritten without the key; its head is the vault's high-water
mark (store/mark.py), so events cut off the end are noticed too. An event about a session carries ``content``,
the keyed digest of what the session holds after it (store/content.py), so a session edited, deleted or
invented outside Alliance no longer matches the trail. Events written before a vault was upgraded to the keyed
chain (seq below ``vault_meta.audit_keyed_from``) keep their plain SHA-256 hashes and are checked as such; the
upgrade records a baseline event with the digest of every session then in the vault.

The keys come with the unit of work (``db.info``, see ``UnitOfWork``); ``record`` leaves the new head there for
the vault to write as its mark after the commit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import sqlcipher3
from sqlalchemy import insert, select
from sqlalchemy.orm import Session as DbSession

from alliance.store import content
from alliance.store.engine import storage_error
from alliance.store.errors import DatabaseDamaged
from alliance.store.mark import Head
from alliance.store.models import AuditEventRow, VaultMeta
from alliance.store.unit_of_work import INFO_HEAD, INFO_KEYED_FROM

GENESIS = "0" * 64
FORBIDDEN_DETAIL_KEYS = frozenset({"note", "display_name", "email", "phone", "address", "other_names",
                                   "passphrase", "recovery_key", "text", "content"})
INFO_AUDIT_KEY = "alliance.audit_key"
INFO_CONTENT_KEY = "alliance.content_key"
KEYED_FROM = "audit_keyed_from"  # vault_meta key: the first seq whose hash is keyed
BASELINE = "integrity baseline"
CHAIN_KEYED = "audit chain keyed"
SESSION_DELETED = "delete"


def _payload(prev_hash: str, seq: int, ts_utc: str, actor: str, action: str, entity: str,
             entity_id: int | None, detail: str) -> bytes:
    return json.dumps([prev_hash, seq, ts_utc, actor, action, entity, entity_id, detail],
                      separators=(",", ":")).encode("utf-8")


def _event_hash(key: bytes | None, *fields: Any) -> str:
    """The keyed hash of an event; with key None, the plain SHA-256 of events from before the keyed chain."""
    payload = _payload(*fields)
    if key is None:
        return hashlib.sha256(payload).hexdigest()
    return hmac.new(bytes(key), payload, hashlib.sha256).hexdigest()


def _key(db: DbSession, name: str) -> bytes:
    key = db.info.get(name)
    if not isinstance(key, bytes | bytearray):
        raise RuntimeError("audit events are written only through the vault's unit of work")
    return bytes(key)


def fetch_for(db: DbSession) -> content.Fetch:
    """content.Fetch over an ORM session's own driver connection (in its transaction): raw SQLite values, and
    without SQLAlchemy's statement machinery, which cost more than the digest itself on every saved session."""
    driver = db.connection().connection.driver_connection
    assert driver is not None

    def fetch(sql: str, params: dict[str, Any]) -> list[Any]:
        try:
            return list(driver.execute(sql, params).fetchall())
        except sqlcipher3.Error as exc:  # as the engine maps them (store/engine.py): a damaged page, a full disk
            raise (storage_error(exc) or DatabaseDamaged()) from exc

    return fetch


@dataclass(frozen=True)
class Event:
    """One event to append: what was done (``action``) to which ``entity``, by whom, with non-identifying
    ``detail`` (never note text, names or keys)."""

    action: str
    entity: str = ""
    entity_id: int | None = None
    actor: str = "clinician"
    detail: dict[str, Any] = field(default_factory=dict)


def record(db: DbSession, action: str, entity: str = "", entity_id: int | None = None,
           actor: str = "clinician", **detail: Any) -> int:
    """Append one event to the chain inside the caller's unit of work; returns its seq (see ``record_many``)."""
    return record_many(db, [Event(action, entity, entity_id, actor, detail)])[-1]


def record_many(db: DbSession, events: Sequence[Event]) -> list[int]:
    """Append these events to the chain, in order, inside the caller's unit of work; returns their seqs.

    The caller's pending rows are flushed first, so an event follows what it records: an event about a session
    carries the digest of the session as written (all of them read in a few statements). The last event is read
    once and the new ones inserted as rows in one statement, not as ORM objects, since nothing in this unit of
    work reads them back."""
    for event in events:
        bad = FORBIDDEN_DETAIL_KEYS.intersection(event.detail)
        if bad:
            raise ValueError(f"audit detail may not hold {sorted(bad)}")
    digested = [ev.entity_id for ev in events if ev.entity_id is not None and _digested(ev)]
    digests: dict[int, str] = {}
    if digested:
        db.flush()
        digests = content.session_digests(fetch_for(db), _key(db, INFO_CONTENT_KEY), digested)
    return _append(db, [replace(ev, detail={**ev.detail, "content": digests[ev.entity_id]})
                        if ev.entity_id is not None and _digested(ev) and ev.entity_id in digests else ev
                        for ev in events])


def _digested(event: Event) -> bool:
    """Whether the event records what a session holds after it (all but its deletion)."""
    return event.entity == "session" and event.entity_id is not None and event.action != SESSION_DELETED


def _append(db: DbSession, events: Sequence[Event]) -> list[int]:
    if not events:
        return []
    key = _key(db, INFO_AUDIT_KEY)
    e = AuditEventRow
    last = db.execute(select(e.seq, e.hash).order_by(e.seq.desc()).limit(1)).first()
    seq, prev = (int(last[0]), str(last[1])) if last else (0, GENESIS)
    rows: list[dict[str, Any]] = []
    for ev in events:
        seq += 1
        ts = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        detail_text = json.dumps(ev.detail, sort_keys=True, default=str)
        event_hash = _event_hash(key, prev, seq, ts, ev.actor, ev.action, ev.entity, ev.entity_id, detail_text)
        rows.append({"seq": seq, "ts_utc": ts, "actor": ev.actor, "action": ev.action, "entity": ev.entity,
                     "entity_id": ev.entity_id, "detail": detail_text, "prev_hash": prev, "hash": event_hash})
        prev = event_hash
    db.execute(insert(e), rows)
    db.info[INFO_HEAD] = Head(seq, prev)
    return [r["seq"] for r in rows]


def head(db: DbSession) -> Head | None:
    """The chain's last event (None while it is empty)."""
    e = AuditEventRow
    last = db.execute(select(e.seq, e.hash).order_by(e.seq.desc()).limit(1)).first()
    return Head(int(last[0]), str(last[1])) if last else None


def keyed_from(db: DbSession) -> int | None:
    """The first seq of the keyed chain; None in a vault not yet upgraded to it."""
    row = db.get(VaultMeta, KEYED_FROM)
    return int(row.value) if row is not None and row.value.isdigit() else None


def start_keyed_chain(db: DbSession) -> int:
    """Upgrade a vault to the keyed chain (once): events from the next seq on are keyed, and a baseline event
    records the digest of every session already in the vault. Returns the number of sessions sealed."""
    current = head(db)
    first = (current.seq if current else 0) + 1
    db.merge(VaultMeta(key=KEYED_FROM, value=str(first)))
    db.flush()
    db.info[INFO_KEYED_FROM] = first
    digests = content.all_session_digests(fetch_for(db), _key(db, INFO_CONTENT_KEY))
    upgraded = Event(CHAIN_KEYED, "vault", None, "alliance", {"sessions": len(digests), "legacy_events": first - 1})
    _append(db, [upgraded,
                 *(Event(BASELINE, "session", session_id, "alliance", {"content": digest})
                   for session_id, digest in sorted(digests.items()))])
    return len(digests)


def verify_chain(db: DbSession, audit_key: bytes | None = None, first_keyed: int | None = None) -> list[str]:
    """Problems in the audit chain: edited, removed, reordered or forged events. Empty when intact.

    Events from ``first_keyed`` on (default: ``vault_meta``) must carry keyed hashes; earlier ones may carry
    the plain hashes of the chain before it was keyed."""
    key = bytes(audit_key) if audit_key is not None else _key(db, INFO_AUDIT_KEY)
    if first_keyed is None:
        first_keyed = keyed_from(db)
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    rows = db.execute(select(AuditEventRow).order_by(AuditEventRow.seq)).scalars()
    for row in rows:
        if row.seq != expected_seq:
            problems.append(f"Audit event {expected_seq} is missing (found {row.seq} next).")
        if row.prev_hash != prev:
            problems.append(f"Audit event {row.seq} does not follow the event before it.")
        fields = (row.prev_hash, row.seq, row.ts_utc, row.actor, row.action, row.entity, row.entity_id, row.detail)
        ok = hmac.compare_digest(_event_hash(key, *fields), row.hash)
        if not ok and (first_keyed is None or row.seq < first_keyed):
            ok = _event_hash(None, *fields) == row.hash
        if not ok:
            problems.append(f"Audit event {row.seq} has been altered.")
        prev = row.hash
        expected_seq = row.seq + 1
    return problems


def content_problems(db: DbSession, content_key: bytes) -> list[str]:
    """Sessions that do not match what the audit trail last recorded of them: changed, deleted or invented
    outside Alliance. Only for a vault on the keyed chain (``keyed_from`` set)."""
    recorded: dict[int, str | None] = {}
    e = AuditEventRow
    for entity_id, action, detail_text in db.execute(
            select(e.entity_id, e.action, e.detail).where(e.entity == "session").order_by(e.seq)):
        if entity_id is None:
            continue
        if action == SESSION_DELETED:
            recorded[int(entity_id)] = None
            continue
        try:
            detail = json.loads(detail_text or "{}")
        except ValueError:
            continue  # the chain check reports an altered event
        digest = detail.get("content") if isinstance(detail, dict) else None
        if isinstance(digest, str):
            recorded[int(entity_id)] = digest
    stored = content.all_session_digests(fetch_for(db), content_key)
    problems: list[str] = []
    for session_id, digest in sorted(stored.items()):
        if session_id not in recorded:
            problems.append(f"Session {session_id} is not in the audit trail: it was added outside Alliance.")
        elif recorded[session_id] is None:
            problems.append(f"Session {session_id} was deleted, yet it is in the database again.")
        elif not hmac.compare_digest(str(recorded[session_id]), digest):
            problems.append(f"Session {session_id} was changed outside Alliance: it differs from what the audit "
                            "trail recorded.")
    for session_id, digest in sorted(recorded.items()):
        if digest is not None and session_id not in stored:
            problems.append(f"Session {session_id} was deleted outside Alliance: the audit trail records it.")
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
