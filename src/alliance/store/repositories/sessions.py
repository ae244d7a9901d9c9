"""Session rows and their instrument responses: look-ups, writes, numbering and the timeline reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple

from sqlalchemy import and_, case, delete, func, literal, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import aliased

from alliance.core.records import SessionDraft, whole
from alliance.store.models import ClientRow, InstrumentResponseRow, SessionRow
from alliance.store.repositories import IN_CHUNK, Db, as_date, utc_now


class ResponseValue(NamedTuple):
    """One instrument item answered in one session."""

    session_id: int
    instrument: str
    item: str
    value: int


class TimelineRow(NamedTuple):
    """A session as the timeline reads it: ratings and the start of the note."""

    id: int
    client_id: int
    number: int
    date: dt.date
    safety: int
    trust: int
    attunement: int
    boundaries: int
    note_start: str


class CheckinAndSrs(NamedTuple):
    """A session's client check-in mean and SRS total, summed up by the database."""

    session_id: int
    checkin_mean: float | None  # None: no check-in answered
    srs_total: int | None  # the sum of every SRS answer; None: none answered
    srs_items_answered: int  # how many of the asked-about SRS items were answered


class RecentSession(NamedTuple):
    """One of a client's latest sessions; ``n`` is how many sessions the client has in all."""

    id: int
    client_id: int
    number: int
    date: dt.date
    safety: int
    trust: int
    attunement: int
    boundaries: int
    n: int


def get(db: Db, session_id: int) -> SessionRow | None:
    """The session row with this id, or None."""
    return db.get(SessionRow, session_id)


class SessionHeader(NamedTuple):
    """Which client, number and date a session has (nothing of what was said in it)."""

    id: int
    client_id: int
    number: int
    date: dt.date


def headers(db: Db, session_ids: Iterable[int]) -> dict[int, SessionHeader]:
    """The headers of these sessions, by id."""
    ids = sorted(set(session_ids))
    out: dict[int, SessionHeader] = {}
    for start in range(0, len(ids), IN_CHUNK):
        q = (select(SessionRow.id, SessionRow.client_id, SessionRow.number, SessionRow.date)
             .where(SessionRow.id.in_(ids[start : start + IN_CHUNK])))
        out.update((r[0], SessionHeader(r[0], r[1], r[2], as_date(r[3]))) for r in db.execute(q).all())
    return out


def of_client(db: Db, client_id: int) -> Sequence[SessionRow]:
    """A client's session rows in order of their number."""
    return db.execute(select(SessionRow).where(SessionRow.client_id == client_id)
                      .order_by(SessionRow.number)).scalars().all()


class Numbering(NamedTuple):
    """Whether a client exists, with its highest session number (0 when none) and latest session date."""

    client_exists: bool
    last_number: int
    last_date: dt.date | None


def numbering(db: Db, client_id: int) -> Numbering:
    """The client check and the numbering of a new session: one seek into the clients table and one into the
    (client, number) index.

    ``last_date`` is the date of the highest-numbered session, which is the latest date: every write that
    could break the order (a backfilled session, a changed date, a deletion) renumbers by date."""
    exists = db.execute(select(ClientRow.id).where(ClientRow.id == client_id)).first() is not None
    last = db.execute(select(SessionRow.number, SessionRow.date).where(SessionRow.client_id == client_id)
                      .order_by(SessionRow.number.desc()).limit(1)).first()
    return Numbering(exists, int(last[0]) if last else 0, as_date(last[1]) if last else None)


def _copy_fields(row: SessionRow, draft: SessionDraft) -> None:
    """A validated draft's own fields onto a session row (not its responses, ruptures or repairs)."""
    row.date = draft.date
    row.duration_min = whole(draft.duration_min, "duration")
    row.modality = draft.modality.value
    row.safety = whole(draft.ratings.safety, "safety")
    row.trust = whole(draft.ratings.trust, "trust")
    row.attunement = whole(draft.ratings.attunement, "attunement")
    row.boundaries = whole(draft.ratings.boundaries, "boundaries")
    row.ns_state_start = draft.ns_state_start.value if draft.ns_state_start else None
    row.ns_state_end = draft.ns_state_end.value if draft.ns_state_end else None
    row.corrective_experience = bool(draft.corrective_experience)
    row.corrective_experience_text = draft.corrective_experience_text
    row.note = draft.note


def insert(db: Db, draft: SessionDraft, number: int, flush: bool = True) -> SessionRow:
    """Add a session (its own fields) for the draft's client with this number; flushed, so it has an id (with
    ``flush`` False it gets one at the unit of work's next flush, written together with the others pending)."""
    now = utc_now()
    row = SessionRow(client_id=whole(draft.client_id, "client"), number=number, created_at=now, updated_at=now)
    _copy_fields(row, draft)
    db.add(row)
    if flush:
        db.flush()
    return row


def update(row: SessionRow, draft: SessionDraft) -> None:
    """Overwrite a session's own fields (not its responses, ruptures or repairs) from a validated draft."""
    _copy_fields(row, draft)
    row.updated_at = utc_now()


def remove(db: Db, row: SessionRow) -> None:
    """Delete a session; its responses, ruptures, repairs and versions go with it (foreign-key cascade)."""
    db.delete(row)
    db.flush()
    db.expire_all()  # rows removed by the database's cascade must not linger in the identity map


def renumber(db: Db, client_id: int) -> dict[int, int]:
    """Number a client's sessions 1..n by date (then by when they were logged); returns id -> number.

    Only the sessions whose number changes are written; loaded rows are expired afterwards, so they read
    their new numbers."""
    return renumber_clients(db, [client_id])


def renumber_clients(db: Db, client_ids: Collection[int]) -> dict[int, int]:
    """``renumber`` for several clients at once (one read, one bulk write, one expiry of the loaded rows)."""
    numbers: dict[int, int] = {}
    changed: list[dict[str, int]] = []
    ids = sorted(set(client_ids))
    for start in range(0, len(ids), 500):
        rows = db.execute(select(SessionRow.client_id, SessionRow.id, SessionRow.number)
                          .where(SessionRow.client_id.in_(ids[start:start + 500]))
                          .order_by(SessionRow.client_id, SessionRow.date, SessionRow.id)).all()
        previous_client, n = None, 0
        for client_id, sid, old in rows:
            n = n + 1 if client_id == previous_client else 1
            previous_client = client_id
            numbers[int(sid)] = n
            if old != n:
                changed.append({"id": int(sid), "number": n})
    if changed:
        db.execute(sql_update(SessionRow), changed)  # the ORM's bulk UPDATE by primary key
        db.expire_all()
    return numbers


def delete_responses(db: Db, session_id: int) -> None:
    """Remove every instrument response of a session."""
    db.execute(delete(InstrumentResponseRow).where(InstrumentResponseRow.session_id == session_id))


def add_responses(db: Db, session_id: int, instruments: dict[str, dict[str, int]]) -> None:
    """Store a session's instrument responses (instrument id -> item id -> value)."""
    db.add_all(InstrumentResponseRow(session_id=session_id, instrument=instrument, item=item, value=value)
               for instrument, items in instruments.items() for item, value in items.items())


def responses(db: Db, session_ids: Sequence[int], instruments: Collection[str] | None = None) -> list[ResponseValue]:
    """The instrument responses of these sessions, optionally of some instruments only."""
    out: list[ResponseValue] = []
    for start in range(0, len(session_ids), IN_CHUNK):
        q = select(InstrumentResponseRow.session_id, InstrumentResponseRow.instrument,
                   InstrumentResponseRow.item, InstrumentResponseRow.value
                   ).where(InstrumentResponseRow.session_id.in_(session_ids[start : start + IN_CHUNK]))
        if instruments is not None:
            q = q.where(InstrumentResponseRow.instrument.in_(tuple(instruments)))
        out.extend(ResponseValue(*r) for r in db.execute(q).all())
    return out


def checkin_and_srs(db: Db, session_ids: Sequence[int], srs_items: Collection[str]) -> list[CheckinAndSrs]:
    """Per session that has any: the check-in mean, the SRS total and how many of ``srs_items`` were answered.

    One row per session instead of one per answer: the overview and the timeline need only these figures.
    """
    r = InstrumentResponseRow
    out: list[CheckinAndSrs] = []
    for start in range(0, len(session_ids), IN_CHUNK):
        q = (select(r.session_id,
                    func.avg(case((r.instrument == "checkin", r.value))),
                    func.sum(case((r.instrument == "srs", r.value))),
                    func.sum(case((and_(r.instrument == "srs", r.item.in_(list(srs_items))), 1), else_=0)))
             .where(r.session_id.in_(session_ids[start : start + IN_CHUNK]), r.instrument.in_(("checkin", "srs")))
             .group_by(r.session_id))
        out.extend(CheckinAndSrs(sid, None if mean is None else float(mean), None if total is None else int(total),
                                 int(known or 0))
                   for sid, mean, total, known in db.execute(q).all())
    return out


def timeline_rows(db: Db, client_id: int, note_chars: int) -> list[TimelineRow]:
    """A client's sessions in order of number, with the first ``note_chars`` characters of each note (their
    ruptures and repairs come with the client's history, ``repositories.histories``)."""
    s = SessionRow
    rows = db.execute(select(s.id, s.client_id, s.number, s.date, s.safety, s.trust, s.attunement, s.boundaries,
                             func.substr(s.note, 1, note_chars))
                      .where(s.client_id == client_id).order_by(s.number)).all()
    return [TimelineRow(*r) for r in rows]


def recent_of_clients(db: Db, client_ids: Collection[int], per_client: int) -> list[RecentSession]:
    """The last ``per_client`` sessions of each client, by client then number, each with the client's total.

    Reads only those sessions: for each client the ``per_client``-th highest number is looked up in the
    (client, number) index, and the sessions from that number on come from the covering index
    ``ix_sessions_client_number_ratings`` without touching the table (whose rows carry the notes).
    """
    s = SessionRow
    s_cut, s_count = aliased(SessionRow), aliased(SessionRow)
    lowest = (select(s_cut.number).where(s_cut.client_id == ClientRow.id).order_by(s_cut.number.desc())
              .limit(1).offset(per_client - 1).scalar_subquery())
    total = select(func.count()).select_from(s_count).where(s_count.client_id == ClientRow.id).scalar_subquery()
    ids = sorted(set(client_ids))
    out: list[RecentSession] = []
    for start in range(0, len(ids), IN_CHUNK):
        cut = (select(ClientRow.id.label("cid"), func.coalesce(lowest, literal(-(2**62))).label("lowest"),
                      total.label("n"))
               .where(ClientRow.id.in_(ids[start : start + IN_CHUNK])).subquery())
        q = (select(s.id, s.client_id, s.number, s.date, s.safety, s.trust, s.attunement, s.boundaries, cut.c.n)
             .join_from(cut, s, and_(s.client_id == cut.c.cid, s.number >= cut.c.lowest))
             .order_by(s.client_id, s.number))
        out.extend(RecentSession(*r) for r in db.execute(q).all())
    return out


def newest_on(db: Db, client_id: int, day: dt.date) -> int | None:
    """The id of the client's latest session on ``day`` (None when there is none)."""
    return db.execute(select(SessionRow.id).where(SessionRow.client_id == client_id, SessionRow.date == day)
                      .order_by(SessionRow.number.desc()).limit(1)).scalar_one_or_none()
