"""Acknowledgements of insight alerts: which alerts a clinician has set aside, and why."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence

from sqlalchemy import select

from alliance.store.models import AlertAckRow
from alliance.store.repositories import Db, utc_now


def acknowledged_keys(db: Db, client_ids: Collection[int]) -> dict[int, set[str]]:
    """The acknowledged alert keys of each of these clients (clients with none are left out)."""
    out: dict[int, set[str]] = defaultdict(set)
    for cid, key in db.execute(select(AlertAckRow.client_id, AlertAckRow.alert_key)
                               .where(AlertAckRow.client_id.in_(list(client_ids)))):
        out[cid].add(key)
    return dict(out)


def of_client(db: Db, client_id: int) -> Sequence[AlertAckRow]:
    """A client's acknowledgements, oldest first."""
    return db.execute(select(AlertAckRow).where(AlertAckRow.client_id == client_id)
                      .order_by(AlertAckRow.created_at, AlertAckRow.id)).scalars().all()


def acknowledge(db: Db, client_id: int, alert_key: str, reason: str, note: str) -> None:
    """Record (or replace) the acknowledgement of one alert of a client; flushed."""
    existing = db.execute(select(AlertAckRow).where(AlertAckRow.client_id == client_id,
                                                    AlertAckRow.alert_key == alert_key)).scalar()
    if existing is None:
        db.add(AlertAckRow(client_id=client_id, alert_key=alert_key, reason=reason, note=note,
                           created_at=utc_now()))
    else:
        existing.reason, existing.note = reason, note
    db.flush()
