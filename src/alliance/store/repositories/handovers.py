"""Hand-overs (client mode): the instruments asked, the therapist's predictions and the client's answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from fractions import Fraction

from sqlalchemy import select, update

from alliance.core.instruments import CHECKIN
from alliance.store.models import HandoverInstrumentRow, HandoverItemRow, HandoverRow
from alliance.store.repositories import Db, as_date, utc_now


def create(db: Db, client_id: int, day: dt.date, instruments: Sequence[str],
           predictions: Mapping[str, Mapping[str, int]]) -> HandoverRow:
    """A new hand-over with its instruments in order and the predictions entered (flushed)."""
    row = HandoverRow(client_id=client_id, date=day, started_at=utc_now(), revealed=False)
    db.add(row)
    db.flush()
    db.add_all(HandoverInstrumentRow(handover_id=row.id, instrument=i, position=n, state="pending")
               for n, i in enumerate(instruments))
    db.add_all(HandoverItemRow(handover_id=row.id, instrument=i, item=item, predicted=value, skipped=False)
               for i, items in predictions.items() for item, value in items.items())
    db.flush()
    return row


def get(db: Db, handover_id: int) -> HandoverRow | None:
    return db.get(HandoverRow, handover_id)


def set_answer(db: Db, handover_id: int, instrument: str, item: str, answer: int | None, skipped: bool) -> None:
    """Record one answer (or "prefer not to answer"), keeping the item's prediction."""
    row = db.execute(select(HandoverItemRow).where(HandoverItemRow.handover_id == handover_id,
                                                   HandoverItemRow.instrument == instrument,
                                                   HandoverItemRow.item == item)).scalar_one_or_none()
    if row is None:
        db.add(HandoverItemRow(handover_id=handover_id, instrument=instrument, item=item, predicted=None,
                               answer=answer, skipped=skipped))
    else:
        row.answer, row.skipped = answer, skipped
    db.flush()


def set_instrument_state(db: Db, handover_id: int, instrument: str, state: str) -> None:
    db.execute(update(HandoverInstrumentRow).where(HandoverInstrumentRow.handover_id == handover_id,
                                                   HandoverInstrumentRow.instrument == instrument)
               .values(state=state))


def instruments_of(db: Db, handover_ids: Collection[int]) -> dict[int, list[tuple[str, str]]]:
    q = (select(HandoverInstrumentRow.handover_id, HandoverInstrumentRow.instrument, HandoverInstrumentRow.state)
         .where(HandoverInstrumentRow.handover_id.in_(list(handover_ids)))
         .order_by(HandoverInstrumentRow.handover_id, HandoverInstrumentRow.position))
    out: dict[int, list[tuple[str, str]]] = {}
    for hid, instrument, state in db.execute(q).all():
        out.setdefault(hid, []).append((instrument, state))
    return out


def items_of(db: Db, handover_ids: Collection[int]) -> dict[int, list[HandoverItemRow]]:
    q = (select(HandoverItemRow).where(HandoverItemRow.handover_id.in_(list(handover_ids)))
         .order_by(HandoverItemRow.handover_id, HandoverItemRow.id))
    out: dict[int, list[HandoverItemRow]] = {}
    for row in db.execute(q).scalars():
        out.setdefault(row.handover_id, []).append(row)
    return out


def of_client(db: Db, client_id: int) -> list[HandoverRow]:
    return list(db.execute(select(HandoverRow).where(HandoverRow.client_id == client_id)
                           .order_by(HandoverRow.id)).scalars())


def of_sessions(db: Db, session_ids: Collection[int]) -> list[HandoverRow]:
    if not session_ids:
        return []
    return list(db.execute(select(HandoverRow).where(HandoverRow.session_id.in_(list(session_ids)))
                           .order_by(HandoverRow.id)).scalars())


def of_clients_in_sessions(db: Db, client_ids: Collection[int]) -> list[HandoverRow]:
    """The hand-overs of these clients that a session has taken in."""
    return list(db.execute(select(HandoverRow).where(HandoverRow.client_id.in_(list(client_ids)),
                                                     HandoverRow.session_id.is_not(None))
                           .order_by(HandoverRow.id)).scalars())


def unattached(db: Db, client_id: int, day: dt.date) -> list[HandoverRow]:
    """Hand-overs of this client on this day that no session has taken in yet."""
    return list(db.execute(select(HandoverRow).where(HandoverRow.client_id == client_id, HandoverRow.date == day,
                                                     HandoverRow.session_id.is_(None))
                           .order_by(HandoverRow.id)).scalars())


def unattached_days(db: Db, client_id: int) -> set[dt.date]:
    """The days on which this client has hand-overs that no session has taken in yet."""
    return {as_date(d) for (d,) in db.execute(select(HandoverRow.date).distinct().where(
        HandoverRow.client_id == client_id, HandoverRow.session_id.is_(None)))}


def to_reveal(db: Db) -> list[HandoverRow]:
    """Hand-overs whose answers the therapist has not seen yet (finished or interrupted), oldest first."""
    return list(db.execute(select(HandoverRow).where(HandoverRow.revealed.is_(False))
                           .order_by(HandoverRow.id)).scalars())


def predicted_latest(db: Db, limit: int) -> list[int]:
    """Ids of the newest hand-overs with at least one prediction and one answer, newest first."""
    q = (select(HandoverRow.id).join(HandoverItemRow, HandoverItemRow.handover_id == HandoverRow.id)
         .where(HandoverItemRow.predicted.is_not(None), HandoverItemRow.answer.is_not(None))
         .group_by(HandoverRow.id).order_by(HandoverRow.id.desc()).limit(limit))
    return [r[0] for r in db.execute(q).all()]


def checkin_errors_of_clients(db: Db, client_ids: Collection[int]) -> dict[int, Fraction]:
    """For each session that took in a hand-over with check-in predictions: the mean signed prediction error on the
    check-in items both predicted and answered (prediction minus answer), from the newest such hand-over."""
    q = (select(HandoverRow.session_id, HandoverRow.id, HandoverItemRow.predicted, HandoverItemRow.answer)
         .join(HandoverItemRow, HandoverItemRow.handover_id == HandoverRow.id)
         .where(HandoverRow.client_id.in_(list(client_ids)), HandoverRow.session_id.is_not(None),
                HandoverItemRow.instrument == CHECKIN, HandoverItemRow.predicted.is_not(None),
                HandoverItemRow.answer.is_not(None))
         .order_by(HandoverRow.session_id, HandoverRow.id))
    per: dict[int, tuple[int, list[int]]] = {}
    for sid, hid, predicted, answer in db.execute(q).all():
        if sid is None or predicted is None or answer is None:  # excluded by the query; for the type checker
            continue
        seen = per.get(sid)
        if seen is None or seen[0] != hid:
            seen = per[sid] = (hid, [])
        seen[1].append(predicted - answer)
    return {sid: Fraction(sum(gaps), len(gaps)) for sid, (_hid, gaps) in per.items()}
