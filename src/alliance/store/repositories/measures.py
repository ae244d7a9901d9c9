"""Measurement schedules (which outcome measures a client is asked for, how often), the measures declined in a
session, and context events on a client's timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from typing import NamedTuple

from sqlalchemy import delete, select

from alliance.store.models import ContextEventRow, MeasureDeclineRow, MeasureScheduleRow, SessionRow
from alliance.store.repositories import Db


class ScheduleLine(NamedTuple):
    instrument: str
    frequency: str
    weeks: int | None
    since: dt.date | None = None  # None when setting: kept from the same line before, else today


class DeclineFact(NamedTuple):
    session_id: int
    instrument: str
    reason: str


def schedule_of(db: Db, client_id: int) -> list[ScheduleLine]:
    """A client's schedule, by instrument."""
    q = (select(MeasureScheduleRow.instrument, MeasureScheduleRow.frequency, MeasureScheduleRow.weeks,
                MeasureScheduleRow.since)
         .where(MeasureScheduleRow.client_id == client_id).order_by(MeasureScheduleRow.instrument))
    return [ScheduleLine(*r) for r in db.execute(q).all()]


def schedules_of_clients(db: Db, client_ids: Collection[int]) -> dict[int, list[ScheduleLine]]:
    q = (select(MeasureScheduleRow.client_id, MeasureScheduleRow.instrument, MeasureScheduleRow.frequency,
                MeasureScheduleRow.weeks, MeasureScheduleRow.since)
         .where(MeasureScheduleRow.client_id.in_(list(client_ids))).order_by(MeasureScheduleRow.instrument))
    out: dict[int, list[ScheduleLine]] = {}
    for cid, instrument, frequency, weeks, since in db.execute(q).all():
        out.setdefault(cid, []).append(ScheduleLine(instrument, frequency, weeks, since))
    return out


def replace_schedule(db: Db, client_id: int, lines: Sequence[ScheduleLine], today: dt.date) -> None:
    """Set a client's whole schedule (flushed). A line as it was keeps its start; a new or changed one starts
    ``today``, unless it says when."""
    before = {(line.instrument, line.frequency, line.weeks): line.since for line in schedule_of(db, client_id)}
    db.execute(delete(MeasureScheduleRow).where(MeasureScheduleRow.client_id == client_id))
    db.add_all(MeasureScheduleRow(client_id=client_id, instrument=line.instrument, frequency=line.frequency,
                                  weeks=line.weeks,
                                  since=line.since or before.get((line.instrument, line.frequency, line.weeks))
                                  or today) for line in lines)
    db.flush()


def declines_of_clients(db: Db, client_ids: Collection[int]) -> dict[int, list[DeclineFact]]:
    q = (select(SessionRow.client_id, MeasureDeclineRow.session_id, MeasureDeclineRow.instrument,
                MeasureDeclineRow.reason).join(SessionRow, SessionRow.id == MeasureDeclineRow.session_id)
         .where(SessionRow.client_id.in_(list(client_ids))))
    out: dict[int, list[DeclineFact]] = {}
    for cid, sid, instrument, reason in db.execute(q).all():
        out.setdefault(cid, []).append(DeclineFact(sid, instrument, reason))
    return out


def declines_of_sessions(db: Db, session_ids: Collection[int]) -> dict[int, dict[str, str]]:
    q = (select(MeasureDeclineRow.session_id, MeasureDeclineRow.instrument, MeasureDeclineRow.reason)
         .where(MeasureDeclineRow.session_id.in_(list(session_ids))))
    out: dict[int, dict[str, str]] = {}
    for sid, instrument, reason in db.execute(q).all():
        out.setdefault(sid, {})[instrument] = reason
    return out


def replace_declines(db: Db, session_id: int, declined: Mapping[str, str]) -> None:
    """Set the measures declined in a session (flushed)."""
    db.execute(delete(MeasureDeclineRow).where(MeasureDeclineRow.session_id == session_id))
    db.add_all(MeasureDeclineRow(session_id=session_id, instrument=i, reason=r) for i, r in sorted(declined.items()))
    db.flush()


class EventFact(NamedTuple):
    id: int
    client_id: int
    date: dt.date
    kind: str
    label: str


def events_of_clients(db: Db, client_ids: Collection[int]) -> list[EventFact]:
    q = (select(ContextEventRow.id, ContextEventRow.client_id, ContextEventRow.date, ContextEventRow.kind,
                ContextEventRow.label).where(ContextEventRow.client_id.in_(list(client_ids)))
         .order_by(ContextEventRow.date, ContextEventRow.id))
    return [EventFact(*r) for r in db.execute(q).all()]


def add_event(db: Db, client_id: int, date: dt.date, kind: str, label: str) -> int:
    row = ContextEventRow(client_id=client_id, date=date, kind=kind, label=label)
    db.add(row)
    db.flush()
    return row.id


def delete_event(db: Db, event_id: int) -> int | None:
    """Delete one event; its client's id, or None when there was no such event."""
    row = db.get(ContextEventRow, event_id)
    if row is None:
        return None
    client_id = row.client_id
    db.delete(row)
    db.flush()
    return client_id
