"""Rupture rows and the repair rows made of them: reads by client and session, writes, and the checks'
look-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple

from sqlalchemy import ColumnElement, func, select

from alliance.core.records import RepairDraft, RuptureDraft, whole
from alliance.core.taxonomy import RESOLVED_AT
from alliance.store.models import RepairRow, RuptureRow, SessionRow
from alliance.store.repositories import Db, as_date


class RuptureFact(NamedTuple):
    """A rupture with the client, number and date of the session it was noticed in."""

    id: int
    client_id: int
    session_number: int
    session_date: dt.date
    kind: str
    intensity: int


class RepairFact(NamedTuple):
    """A repair's resolution with the number and date of the session it was made in."""

    rupture_id: int
    session_number: int
    session_date: dt.date
    resolution: int


class NoticedIn(NamedTuple):
    """The session a rupture was noticed in."""

    id: int
    client_id: int
    number: int
    date: dt.date


def unresolved() -> ColumnElement[bool]:
    """SQL for "this rupture is not resolved yet": no repair of it reached RESOLVED_AT. The one definition
    of unresolved every query uses (taxonomy.rupture_status is the same rule in Python)."""
    best = (select(func.coalesce(func.max(RepairRow.resolution), 0))
            .where(RepairRow.rupture_id == RuptureRow.id).scalar_subquery())
    return best < RESOLVED_AT


# --- reads -----------------------------------------------------------------------------------------


def of_client(db: Db, client_id: int) -> Sequence[RuptureRow]:
    """Every rupture row of a client, by session number, then id."""
    return db.execute(select(RuptureRow).join(SessionRow, SessionRow.id == RuptureRow.session_id)
                      .where(SessionRow.client_id == client_id)
                      .order_by(SessionRow.number, RuptureRow.id)).scalars().all()


def in_caseload_order(db: Db, client_id: int | None = None) -> Sequence[RuptureRow]:
    """Rupture rows of one client (or all) by client, session number, then id."""
    q = select(RuptureRow).join(SessionRow, SessionRow.id == RuptureRow.session_id)
    if client_id is not None:
        q = q.where(SessionRow.client_id == client_id)
    return db.execute(q.order_by(SessionRow.client_id, SessionRow.number, RuptureRow.id)).scalars().all()


def noticed_in_sessions(db: Db, session_ids: Iterable[int]) -> Sequence[RuptureRow]:
    """Rupture rows noticed in these sessions, by id."""
    return db.execute(select(RuptureRow).where(RuptureRow.session_id.in_(session_ids))
                      .order_by(RuptureRow.id)).scalars().all()


def repairs_of(db: Db, rupture_ids: Iterable[int]) -> Sequence[RepairRow]:
    """Repair rows of these ruptures, whichever session made them."""
    return db.execute(select(RepairRow).where(RepairRow.rupture_id.in_(rupture_ids))).scalars().all()


def repairs_made_in_sessions(db: Db, session_ids: Iterable[int]) -> Sequence[RepairRow]:
    """Repair rows made in these sessions, by id."""
    return db.execute(select(RepairRow).where(RepairRow.session_id.in_(session_ids))
                      .order_by(RepairRow.id)).scalars().all()


def noticed_in(db: Db, rupture_id: int) -> NoticedIn | None:
    """The session a rupture was noticed in, or None when the rupture does not exist."""
    found = db.execute(select(SessionRow.id, SessionRow.client_id, SessionRow.number, SessionRow.date)
                       .join(RuptureRow, RuptureRow.session_id == SessionRow.id)
                       .where(RuptureRow.id == rupture_id)).first()
    return None if found is None else NoticedIn(found[0], found[1], found[2], as_date(found[3]))


def ids_noticed_in(db: Db, session_id: int) -> set[int]:
    """Ids of the ruptures noticed in one session."""
    return {r.id for r in db.execute(select(RuptureRow).where(RuptureRow.session_id == session_id)).scalars()}


def repair_ids_made_in(db: Db, session_id: int) -> set[int]:
    """Ids of the repairs made in one session."""
    return {r.id for r in db.execute(select(RepairRow).where(RepairRow.session_id == session_id)).scalars()}


def repaired_elsewhere(db: Db, rupture_id: int, except_session_id: int) -> int | None:
    """The number of a session other than ``except_session_id`` that repaired the rupture, or None."""
    later = db.execute(select(SessionRow.number).join(RepairRow, RepairRow.session_id == SessionRow.id)
                       .where(RepairRow.rupture_id == rupture_id, RepairRow.session_id != except_session_id)).first()
    return None if later is None else int(later[0])


def repair_sessions_elsewhere(db: Db, rupture_ids: Collection[int],
                              except_session_id: int) -> list[tuple[dt.date, int]]:
    """Date and number of every session other than ``except_session_id`` that repaired one of these ruptures."""
    rows = db.execute(select(SessionRow.date, SessionRow.number)
                      .join(RepairRow, RepairRow.session_id == SessionRow.id)
                      .where(RepairRow.rupture_id.in_(rupture_ids),
                             RepairRow.session_id != except_session_id)).all()
    return [(as_date(date), number) for date, number in rows]


def facts_of_clients(db: Db, client_ids: Collection[int], only_unresolved: bool) -> list[RuptureFact]:
    """The ruptures of these clients (only those not yet resolved, if asked), by session number, then id."""
    q = (select(RuptureRow.id, SessionRow.client_id, SessionRow.number, SessionRow.date, RuptureRow.kind,
                RuptureRow.intensity)
         .join(SessionRow, SessionRow.id == RuptureRow.session_id).where(SessionRow.client_id.in_(list(client_ids))))
    if only_unresolved:
        q = q.where(unresolved())
    return [RuptureFact(*r) for r in db.execute(q.order_by(SessionRow.number, RuptureRow.id)).all()]


def unresolved_counts(db: Db, client_ids: Collection[int]) -> dict[int, int]:
    """How many ruptures of each of these clients are not resolved yet (clients with none are left out)."""
    q = (select(SessionRow.client_id, func.count(RuptureRow.id))
         .join(SessionRow, SessionRow.id == RuptureRow.session_id)
         .where(SessionRow.client_id.in_(list(client_ids)), unresolved()).group_by(SessionRow.client_id))
    return {int(cid): int(n) for cid, n in db.execute(q).all()}


def repair_facts(db: Db, rupture_ids: Collection[int]) -> list[RepairFact]:
    """The repairs of these ruptures, by the number of the session that made them."""
    rows = db.execute(select(RepairRow.rupture_id, SessionRow.number, SessionRow.date, RepairRow.resolution)
                      .join(SessionRow, SessionRow.id == RepairRow.session_id)
                      .where(RepairRow.rupture_id.in_(list(rupture_ids)))
                      .order_by(SessionRow.number)).all()
    return [RepairFact(*r) for r in rows]


# --- writes ----------------------------------------------------------------------------------------


def delete_all_but(db: Db, session_id: int, keep_ruptures: Collection[int], keep_repairs: Collection[int]) -> None:
    """Delete the ruptures noticed and the repairs made in a session except those kept (by id); flushed."""
    for old in db.execute(select(RuptureRow).where(RuptureRow.session_id == session_id)).scalars().all():
        if old.id not in keep_ruptures:
            db.delete(old)
    for old_rep in db.execute(select(RepairRow).where(RepairRow.session_id == session_id)).scalars().all():
        if old_rep.id not in keep_repairs:
            db.delete(old_rep)
    db.flush()


def _rupture_row(session_id: int, draft: RuptureDraft) -> RuptureRow:
    return RuptureRow(session_id=session_id, kind=draft.kind.value, markers=list(draft.markers),
                      intensity=whole(draft.intensity, "intensity"), raised_by=draft.raised_by.value, note=draft.note)


def _copy_repair(row: RepairRow, draft: RepairDraft, rupture_id: int) -> None:
    row.rupture_id = rupture_id
    row.resolution = whole(draft.resolution, "resolution")
    row.strategies = list(draft.strategies)
    row.note = draft.note


def save_rupture(db: Db, session_id: int, draft: RuptureDraft) -> int:
    """Update the rupture ``draft.id`` of this session in place, or add it when new; returns its id (flushed)."""
    row = db.get(RuptureRow, draft.id) if draft.id is not None else None
    if row is None:
        row = _rupture_row(session_id, draft)
        db.add(row)
    else:
        row.kind = draft.kind.value
        row.intensity = whole(draft.intensity, "intensity")
        row.markers = list(draft.markers)
        row.raised_by = draft.raised_by.value
        row.note = draft.note
    db.flush()
    return row.id


def save_repairs(db: Db, session_id: int, repairs: Iterable[tuple[RepairDraft, int]]) -> list[int]:
    """Update each repair (``draft.id``) of this session in place, or add it when new, linked to the rupture
    id paired with it; returns their ids in order (flushed)."""
    rows: list[RepairRow] = []
    for draft, rupture_id in repairs:
        row = db.get(RepairRow, draft.id) if draft.id is not None else None
        if row is None:
            row = RepairRow(session_id=session_id)
            db.add(row)
        _copy_repair(row, draft, rupture_id)
        rows.append(row)
    if rows:
        db.flush()
    return [r.id for r in rows]
