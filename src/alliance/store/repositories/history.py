"""Edit history of sessions: the previous state saved before each edit."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from alliance.store.models import SessionVersionRow
from alliance.store.repositories import Db, utc_now


def save_previous(db: Db, session_id: int, snapshot: dict[str, Any], changed: list[str]) -> int:
    """Keep a session's state before an edit; returns the version number it got (1 = as first logged)."""
    last = db.execute(select(func.max(SessionVersionRow.version))
                      .where(SessionVersionRow.session_id == session_id)).scalar()
    version = (last or 0) + 1
    db.add(SessionVersionRow(session_id=session_id, version=version, changed_at=utc_now(), actor="clinician",
                             changed_fields=list(changed), snapshot=json.dumps(snapshot, ensure_ascii=False)))
    db.flush()
    return version


def versions_of(db: Db, session_id: int) -> list[SessionVersionRow]:
    """Every earlier version of a session, oldest first."""
    return list(db.execute(select(SessionVersionRow).where(SessionVersionRow.session_id == session_id)
                           .order_by(SessionVersionRow.version)).scalars())
