"""What the signal rules read of each client's whole history: ratings, check-in and SRS figures, ruptures and
repairs, for many clients at once (the caseload judges every client on everything they have logged)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator
from typing import NamedTuple

from sqlalchemy import and_, case, func, select

from alliance.store.models import InstrumentResponseRow, RepairRow, RuptureRow, SessionRow
from alliance.store.repositories import IN_CHUNK, Db


class HistorySession(NamedTuple):
    """One session's ratings, read from the covering index (never from the rows that hold the notes)."""

    id: int
    client_id: int
    number: int
    date: dt.date
    safety: int
    trust: int
    attunement: int
    boundaries: int


class SessionFigures(NamedTuple):
    """A session's client check-in (sum and count of the items answered) and SRS (sum and count)."""

    session_id: int
    checkin_sum: int
    checkin_items: int
    srs_sum: int
    srs_items: int


class HistoryRupture(NamedTuple):
    id: int
    client_id: int
    session_id: int
    session_number: int
    session_date: dt.date
    kind: str
    intensity: int


class HistoryRepair(NamedTuple):
    id: int
    rupture_id: int
    session_number: int
    session_date: dt.date
    resolution: int


def _chunks(ids: Collection[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), IN_CHUNK):
        yield ordered[start : start + IN_CHUNK]


def sessions_of_clients(db: Db, client_ids: Collection[int]) -> list[HistorySession]:
    """Every session of these clients, by client then number."""
    s = SessionRow
    out: list[HistorySession] = []
    for chunk in _chunks(client_ids):
        q = (select(s.id, s.client_id, s.number, s.date, s.safety, s.trust, s.attunement, s.boundaries)
             .where(s.client_id.in_(chunk)).order_by(s.client_id, s.number))
        out.extend(HistorySession(*r) for r in db.execute(q).all())
    return out


def figures_of_clients(db: Db, client_ids: Collection[int], srs_items: Collection[str]) -> list[SessionFigures]:
    """Check-in and SRS figures of every session of these clients that has any."""
    r, s = InstrumentResponseRow, SessionRow
    is_checkin = r.instrument == "checkin"
    is_srs = and_(r.instrument == "srs", r.item.in_(list(srs_items)))
    out: list[SessionFigures] = []
    for chunk in _chunks(client_ids):
        q = (select(r.session_id,
                    func.coalesce(func.sum(case((is_checkin, r.value))), 0),
                    func.sum(case((is_checkin, 1), else_=0)),
                    func.coalesce(func.sum(case((is_srs, r.value))), 0),
                    func.sum(case((is_srs, 1), else_=0)))
             .join(s, s.id == r.session_id)
             .where(s.client_id.in_(chunk), r.instrument.in_(("checkin", "srs")))
             .group_by(r.session_id))
        out.extend(SessionFigures(sid, int(cs), int(cn), int(ss), int(sn)) for sid, cs, cn, ss, sn in db.execute(q))
    return out


def ruptures_of_clients(db: Db, client_ids: Collection[int]) -> list[HistoryRupture]:
    """Every rupture of these clients, by session number, then id."""
    out: list[HistoryRupture] = []
    for chunk in _chunks(client_ids):
        q = (select(RuptureRow.id, SessionRow.client_id, SessionRow.id, SessionRow.number, SessionRow.date,
                    RuptureRow.kind, RuptureRow.intensity)
             .join(SessionRow, SessionRow.id == RuptureRow.session_id)
             .where(SessionRow.client_id.in_(chunk)).order_by(SessionRow.number, RuptureRow.id))
        out.extend(HistoryRupture(*row) for row in db.execute(q).all())
    return out


def repairs_of_clients(db: Db, client_ids: Collection[int]) -> list[HistoryRepair]:
    """Every repair made in a session of these clients, by session number, then id."""
    out: list[HistoryRepair] = []
    for chunk in _chunks(client_ids):
        q = (select(RepairRow.id, RepairRow.rupture_id, SessionRow.number, SessionRow.date, RepairRow.resolution)
             .join(SessionRow, SessionRow.id == RepairRow.session_id)
             .where(SessionRow.client_id.in_(chunk)).order_by(SessionRow.number, RepairRow.id))
        out.extend(HistoryRepair(*row) for row in db.execute(q).all())
    return out


class Answer(NamedTuple):
    session_id: int
    instrument: str
    item: str
    value: int


def answers_of_clients(db: Db, client_ids: Collection[int], instruments: Collection[str]) -> list[Answer]:
    """Every answer to these instruments in a session of these clients."""
    r, s = InstrumentResponseRow, SessionRow
    out: list[Answer] = []
    for chunk in _chunks(client_ids):
        q = (select(r.session_id, r.instrument, r.item, r.value).join(s, s.id == r.session_id)
             .where(s.client_id.in_(chunk), r.instrument.in_(list(instruments))))
        out.extend(Answer(*row) for row in db.execute(q).all())
    return out
