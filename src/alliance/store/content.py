"""Keyed digests of what a session holds, for the audit events that record it (never the text in clear).

A session's digest is HMAC-SHA256, under a key derived from the data key (``mark.subkey``), over its own
columns and the rows it owns (instrument responses, ruptures noticed in it, repairs made in it, declined
measures). Its number is left out: back-filling a date renumbers the client's other sessions without changing
what they hold. Read as raw SQL values, so the event written through the ORM and ``verify`` reading the files
on a plain connection digest exactly the same values.

A new column of a session or of one of these tables must be added below in a new ``SCHEME`` (and the old one
kept for the events already written), or every earlier digest would stop matching.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from typing import Any

Fetch = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]
"""Run one SQL statement with named parameters and return its rows (an ORM session or a driver connection)."""

SCHEME = 1
SESSION_COLUMNS = ("client_id", "date", "duration_min", "modality", "safety", "trust", "attunement", "boundaries",
                   "ns_state_start", "ns_state_end", "corrective_experience", "corrective_experience_text", "note",
                   "created_at")
# table -> (columns, order within a session)
CHILDREN: dict[str, tuple[tuple[str, ...], str]] = {
    "instrument_responses": (("instrument", "item", "value"), "instrument, item"),
    "ruptures": (("id", "kind", "markers", "intensity", "raised_by", "note"), "id"),
    "repairs": (("id", "rupture_id", "strategies", "resolution", "note"), "id"),
    "measure_declines": (("instrument", "reason"), "instrument"),
}


def _digest(key: bytes, session: Sequence[Any], children: list[list[list[Any]]]) -> str:
    payload = json.dumps([SCHEME, list(session), children], separators=(",", ":"), default=str)
    return hmac.new(bytes(key), payload.encode("utf-8"), hashlib.sha256).hexdigest()


def session_digest(fetch: Fetch, key: bytes, session_id: int) -> str | None:
    """The digest of one session as stored now; None when there is no such session."""
    return session_digests(fetch, key, [session_id]).get(session_id)


def session_digests(fetch: Fetch, key: bytes, session_ids: Collection[int]) -> dict[int, str]:
    """The digests of these sessions as stored now, by id (ids with no session are left out): one statement per
    table for every ``_CHUNK`` ids, so a whole import is digested in a few passes."""
    out: dict[int, str] = {}
    ids = sorted(set(session_ids))
    for start in range(0, len(ids), _CHUNK):
        params = {f"s{i}": sid for i, sid in enumerate(ids[start:start + _CHUNK])}
        out.update(_digests(fetch, key, "IN (" + ", ".join(f":{name}" for name in params) + ")", params))
    return out


def all_session_digests(fetch: Fetch, key: bytes) -> dict[int, str]:
    """The digest of every session, by id: one pass over each table."""
    return _digests(fetch, key, None, {})


_CHUNK = 500  # ids per statement: well inside SQLite's limit on bound parameters


def _digests(fetch: Fetch, key: bytes, ids_in: str | None, params: dict[str, Any]) -> dict[int, str]:
    """The digests of the sessions whose id is ``ids_in`` (an ``IN (…)`` over ``params``), or of all."""
    sessions = {int(r[0]): r[1:] for r in fetch(f"SELECT id, {', '.join(SESSION_COLUMNS)} FROM sessions"
                                                + (f" WHERE id {ids_in}" if ids_in else ""), params)}
    children: dict[int, list[list[list[Any]]]] = {sid: [[] for _ in CHILDREN] for sid in sessions}
    for i, (table, (cols, order)) in enumerate(CHILDREN.items()):
        grouped: defaultdict[int, list[list[Any]]] = defaultdict(list)
        for r in fetch(f"SELECT session_id, {', '.join(cols)} FROM {table}"
                       + (f" WHERE session_id {ids_in}" if ids_in else "")
                       + f" ORDER BY session_id, {order}", params):
            grouped[int(r[0])].append(list(r[1:]))
        for sid, rows in grouped.items():
            if sid in children:
                children[sid][i] = rows
    return {sid: _digest(key, row, children[sid]) for sid, row in sessions.items()}
