"""The trash: deleted sessions, each kept whole as one JSON snapshot until it is restored, emptied or expires."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import delete, select

from alliance.store.models import ClientRow, SessionVersionRow, TrashedSessionRow
from alliance.store.repositories import Db, utc_now


def add(db: Db, client_id: int, session_id: int, number: int, date: dt.date, snapshot: dict[str, Any]) -> int:
    """Keep a session about to be deleted; returns the trash entry's id."""
    row = TrashedSessionRow(client_id=client_id, session_id=session_id, number=number, date=date,
                            deleted_at=utc_now(), snapshot=json.dumps(snapshot, ensure_ascii=False))
    db.add(row)
    db.flush()
    return row.id


def listed(db: Db, client_id: int | None = None) -> list[tuple[TrashedSessionRow, str]]:
    """Trash entries with their client's code, most recently deleted first (of one client, or of all)."""
    q = (select(TrashedSessionRow, ClientRow.code).join(ClientRow, ClientRow.id == TrashedSessionRow.client_id)
         .order_by(TrashedSessionRow.deleted_at.desc(), TrashedSessionRow.id.desc()))
    if client_id is not None:
        q = q.where(TrashedSessionRow.client_id == client_id)
    return [(row, str(code)) for row, code in db.execute(q).all()]


def get(db: Db, trash_id: int) -> TrashedSessionRow | None:
    return db.get(TrashedSessionRow, trash_id)


def snapshot_of(row: TrashedSessionRow) -> dict[str, Any]:
    data = json.loads(row.snapshot)
    if not isinstance(data, dict):
        raise ValueError("a trash entry's snapshot is not an object")
    return data


def remove(db: Db, row: TrashedSessionRow) -> None:
    db.delete(row)
    db.flush()


def remove_before(db: Db, cutoff: dt.datetime | None) -> int:
    """Delete the entries deleted before ``cutoff`` (every entry with None); returns how many."""
    q = delete(TrashedSessionRow)
    if cutoff is not None:
        q = q.where(TrashedSessionRow.deleted_at < cutoff)
    return int(getattr(db.execute(q), "rowcount", 0) or 0)


def versions_plain(db: Db, session_id: int) -> list[dict[str, Any]]:
    """A session's edit history as plain data, to keep in its trash entry."""
    return [{"version": v.version, "changed_at": v.changed_at.isoformat(), "actor": v.actor,
             "changed_fields": list(v.changed_fields), "snapshot": v.snapshot}
            for v in db.execute(select(SessionVersionRow).where(SessionVersionRow.session_id == session_id)
                                .order_by(SessionVersionRow.version)).scalars()]


def restore_versions(db: Db, session_id: int, versions: list[dict[str, Any]]) -> None:
    """Put a restored session's edit history back under its new id."""
    for v in versions:
        db.add(SessionVersionRow(session_id=session_id, version=int(v["version"]),
                                 changed_at=dt.datetime.fromisoformat(str(v["changed_at"])), actor=str(v["actor"]),
                                 changed_fields=[str(f) for f in v["changed_fields"]], snapshot=str(v["snapshot"])))
    db.flush()
