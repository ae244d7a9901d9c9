"""Measurement schedules: which outcome measures a client is asked for and how often, and what is due, overdue
or declined at a session (``core.outcomes.schedule``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.messages import msg
from alliance.core.outcomes import (
    Decline,
    DueItem,
    DueStatus,
    Frequency,
    ScheduleEntry,
    SessionRef,
    due_measures,
    load_outcome_instruments,
)
from alliance.services import judged
from alliance.services.outcomes import InstrumentOutcomes, outcomes_for
from alliance.store import audit
from alliance.store.repositories import Db, histories
from alliance.store.repositories import clients as client_repo
from alliance.store.repositories import measures as measure_repo
from alliance.store.vault import Vault


def _since(lines: Sequence[measure_repo.ScheduleLine]) -> dict[str, dt.date]:
    return {line.instrument: line.since for line in lines if line.since is not None}


def _entries(lines: Sequence[measure_repo.ScheduleLine]) -> tuple[ScheduleEntry, ...]:
    shipped = load_outcome_instruments()
    return tuple(ScheduleEntry(line.instrument, Frequency(line.frequency), line.weeks or 0) for line in lines
                 if line.instrument in shipped)


def schedule_of(vault: Vault, client_id: int) -> tuple[ScheduleEntry, ...]:
    with vault.work.transaction() as db:
        return _entries(measure_repo.schedule_of(db, client_id))


def set_schedule(vault: Vault, client_id: int, entries: Sequence[ScheduleEntry],
                 since: dt.date | None = None) -> None:
    """Set a client's whole measurement schedule (audited by instrument and frequency, which are not clinical).
    A measure is asked for from ``since`` (default: today) on; sessions before it never missed it."""
    shipped = load_outcome_instruments()
    problems = [FieldProblem(f"schedule.{e.instrument_id}", msg("There is no outcome measure called '{instrument_id}'.",
                                                                instrument_id=e.instrument_id))
                for e in entries if e.instrument_id not in shipped]
    problems += [FieldProblem(f"schedule.{e.instrument_id}", msg("Every N weeks needs N from 1 to 52."))
                 for e in entries if e.frequency is Frequency.EVERY_N_WEEKS and not 1 <= e.weeks <= 52]
    if len({e.instrument_id for e in entries}) != len(entries):
        problems.append(FieldProblem("schedule", msg("Each measure can be scheduled once.")))
    if problems:
        raise ValidationError(problems)
    with vault.work.transaction() as db:
        if client_repo.get(db, client_id) is None:
            raise ValidationError.single("client", msg("This client no longer exists in the vault."))
        measure_repo.replace_schedule(db, client_id, [
            measure_repo.ScheduleLine(e.instrument_id, e.frequency.value,
                                      e.weeks if e.frequency is Frequency.EVERY_N_WEEKS else None, since)
            for e in entries], dt.date.today())
        audit.record(db, "set measurement schedule", "client", client_id,
                     measures=",".join(f"{e.instrument_id}:{e.frequency.value}" for e in entries))
    judged.forget(vault, [client_id])


def due_in(db: Db, client_ids: Collection[int], on: dt.date, session_id: int | None = None,
           outcomes: Mapping[int, tuple[InstrumentOutcomes, ...]] | None = None) -> dict[int, tuple[DueItem, ...]]:
    """For each client with a schedule: every scheduled measure's status at a session on ``on`` (a new one, or
    the session ``session_id`` when editing). ``outcomes``: the clients' outcome measures, when read already."""
    lines = measure_repo.schedules_of_clients(db, client_ids)
    schedules = {cid: entries for cid, ls in lines.items() if (entries := _entries(ls))}
    if not schedules:
        return {}
    if outcomes is None:
        outcomes = outcomes_for(db, list(schedules), detail=False, with_signals=False)
    declines = measure_repo.declines_of_clients(db, list(schedules))
    sessions: dict[int, list[SessionRef]] = {}
    for s in histories.sessions_of_clients(db, list(schedules)):
        sessions.setdefault(s.client_id, []).append(SessionRef(str(s.id), s.number, s.date))
    out: dict[int, tuple[DueItem, ...]] = {}
    for cid, entries in schedules.items():
        past = sessions.get(cid, [])
        if past:
            past[0] = SessionRef(past[0].session_id, past[0].number, past[0].date, intake=True)
        current = next((p for p in past if session_id is not None and p.session_id == str(session_id)), None)
        if current is None:
            current = SessionRef("new", (past[-1].number if past else 0) + 1, on, intake=not past)
        given = [c.administration for o in outcomes.get(cid, ()) for c in o.series]
        said_no = [Decline(d.instrument, str(d.session_id), d.reason) for d in declines.get(cid, [])]
        starts = _since(lines[cid])
        items: list[DueItem] = []
        for entry in entries:  # each measure judged on the sessions since it was asked for
            start = starts.get(entry.instrument_id, dt.date.min)
            earlier = [p for p in past if p != current and p.date >= start]
            items += due_measures([entry], current, earlier, given, said_no)
        out[cid] = tuple(items)
    return out


def worth_telling(items: Sequence[DueItem]) -> tuple[DueItem, ...]:
    """What the caseload tells of a schedule: the measures due or overdue, and those declined since they were
    last given (a decline is a recorded answer, shown as such, not as a gap)."""
    return tuple(i for i in items if i.status in (DueStatus.DUE, DueStatus.OVERDUE) or i.declined_in is not None)
