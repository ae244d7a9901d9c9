"""Rupture rows and the repair rows made of them: reads by client and session, writes, and the checks'
look-ups."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple

from sqlalchemy import func, select

from alliance.core.records import RepairDraft, RuptureDraft
from alliance.core.taxonomy import RESOLVED_AT
from alliance.store.models import RepairRow, RuptureRow, SessionRow
from alliance.store.repositories import Db, as_date
from alliance.store.sql import OrmSql, Sql


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


# Plain SQL (see store/sql.py): the statements saving a session runs. JSON columns are bound as SQLAlchemy's
# JSON type writes them (json.dumps), so the ORM reads them back unchanged.
_NOTICED_IN_SQL = ("SELECT s.id, s.client_id, s.number, s.date FROM ruptures AS r "
                   "JOIN sessions AS s ON s.id = r.session_id WHERE r.id = ?")
_INSERT_RUPTURE_SQL = ("INSERT INTO ruptures (session_id, kind, markers, intensity, raised_by, note) "
                       "VALUES (?, ?, ?, ?, ?, ?)")
_INSERT_REPAIR_SQL = ("INSERT INTO repairs (rupture_id, session_id, strategies, resolution, note) "
                      "VALUES (?, ?, ?, ?, ?)")


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


def noticed_in(sql: Sql, rupture_id: int) -> NoticedIn | None:
    """The session a rupture was noticed in, or None when the rupture does not exist."""
    found = sql.execute(_NOTICED_IN_SQL, (rupture_id,)).fetchone()
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
        best = (select(func.coalesce(func.max(RepairRow.resolution), 0))
                .where(RepairRow.rupture_id == RuptureRow.id).scalar_subquery())
        q = q.where(best < RESOLVED_AT)
    return [RuptureFact(*r) for r in db.execute(q.order_by(SessionRow.number, RuptureRow.id)).all()]


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


def insert_rupture(sql: Sql, session_id: int, draft: RuptureDraft) -> int:
    """Add a rupture noticed in a session (``draft.id`` is not looked at); returns its id."""
    return int(sql.execute(_INSERT_RUPTURE_SQL, (
        session_id, draft.kind.value, json.dumps(list(draft.markers)), draft.intensity, draft.raised_by.value,
        draft.note)).lastrowid)


def insert_repairs(sql: Sql, session_id: int, repairs: Sequence[tuple[RepairDraft, int]]) -> None:
    """Add repairs made in a session, each linked to the rupture id paired with it (``draft.id`` is not
    looked at)."""
    sql.executemany(_INSERT_REPAIR_SQL, [
        (rupture_id, session_id, json.dumps(list(draft.strategies)), draft.resolution, draft.note)
        for draft, rupture_id in repairs])


def save_rupture(db: Db, session_id: int, draft: RuptureDraft) -> int:
    """Update the rupture ``draft.id`` in place, or add it to the session when new; returns its id."""
    row = db.get(RuptureRow, draft.id) if draft.id is not None else None
    if row is None:
        return insert_rupture(OrmSql(db), session_id, draft)
    row.kind = draft.kind.value
    row.intensity = draft.intensity
    row.markers = list(draft.markers)
    row.raised_by = draft.raised_by.value
    row.note = draft.note
    db.flush()
    return row.id


def save_repairs(db: Db, session_id: int, repairs: Iterable[tuple[RepairDraft, int]]) -> None:
    """Update each repair (``draft.id``) in place, or add it to the session when new, linked to the rupture
    id paired with it; flushed."""
    repairs = list(repairs)
    if not repairs:
        return  # most sessions: no flush, no round trip
    new: list[tuple[RepairDraft, int]] = []
    for draft, rupture_id in repairs:
        row = db.get(RepairRow, draft.id) if draft.id is not None else None
        if row is None:
            new.append((draft, rupture_id))
            continue
        row.rupture_id = rupture_id
        row.resolution = draft.resolution
        row.strategies = list(draft.strategies)
        row.note = draft.note
    db.flush()
    insert_repairs(OrmSql(db), session_id, new)
