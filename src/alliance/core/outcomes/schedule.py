"""Which outcome measures are due at a session, given the client's schedule, past administrations and declines.

A measure is *due* at a session when its frequency says so; *overdue* when it was already due at an earlier
session (since it was last given, or last declined) that passed with neither an administration nor a recorded
decline; *declined* when a decline is recorded for this session (a decline is a recorded answer with a reason,
never "missing"). Every item also says whether, and in which session, the measure was declined since it was
last given (``declined_in``), so the caseload can tell "declined" from "overdue".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from alliance.core.messages import Msg, msg
from alliance.core.outcomes.model import Administration


class Frequency(StrEnum):
    EVERY_SESSION = "every session"
    EVERY_N_WEEKS = "every n weeks"
    INTAKE_AND_DISCHARGE = "intake and discharge"


@dataclass(frozen=True)
class ScheduleEntry:
    instrument_id: str
    frequency: Frequency
    weeks: int = 0  # for EVERY_N_WEEKS

    def __post_init__(self) -> None:
        if (self.frequency is Frequency.EVERY_N_WEEKS) != (self.weeks > 0):
            raise ValueError("weeks must be 1 or more for 'every n weeks' and 0 otherwise")


@dataclass(frozen=True)
class SessionRef:
    session_id: str
    number: int
    date: dt.date
    intake: bool = False
    discharge: bool = False


@dataclass(frozen=True)
class Decline:
    """A measure offered in a session and declined, with the client's or clinician's reason."""

    instrument_id: str
    session_id: str
    reason: str


class DueStatus(StrEnum):
    DUE = "due"
    OVERDUE = "overdue"
    DECLINED = "declined"
    NOT_DUE = "not due"


@dataclass(frozen=True)
class DueItem:
    instrument_id: str
    status: DueStatus
    reason: Msg
    last_given: dt.date | None = None
    next_due: dt.date | None = None  # EVERY_N_WEEKS: the first date it is due again
    decline_reason: str = ""
    # The latest session since the measure was last given in which it was declined (None: not declined since);
    # with its reason in ``decline_reason``. Set on every status but DECLINED (declined in this very session).
    declined_in: int | None = None


def _due_at(entry: ScheduleEntry, session: SessionRef, last: dt.date | None) -> bool:
    """Whether the frequency asks for the measure at ``session`` when it was last given on ``last``."""
    if entry.frequency is Frequency.EVERY_SESSION:
        return True
    if entry.frequency is Frequency.EVERY_N_WEEKS:
        return last is None or session.date >= last + dt.timedelta(weeks=entry.weeks)
    return session.discharge or (session.intake and last is None)


def _key(s: SessionRef) -> tuple[dt.date, int]:
    return (s.date, s.number)


def due_measures(schedule: Sequence[ScheduleEntry], session: SessionRef, past_sessions: Sequence[SessionRef],
                 administrations: Sequence[Administration], declines: Sequence[Decline]) -> list[DueItem]:
    """The status of every scheduled measure at ``session`` (one entry per schedule line, in schedule order).

    ``past_sessions`` are the client's other sessions (any order); only those before ``session`` count.
    """
    earlier = sorted((s for s in past_sessions if _key(s) < _key(session)), key=_key)
    out: list[DueItem] = []
    for entry in schedule:
        mine = [a for a in administrations if a.instrument_id == entry.instrument_id]
        if any(a.session_id == session.session_id for a in mine):
            out.append(DueItem(entry.instrument_id, DueStatus.NOT_DUE, msg("Already given in this session.")))
            continue
        before = sorted((a for a in mine if (a.date, a.session_number) < _key(session)),
                        key=lambda a: (a.date, a.session_number))
        last = before[-1] if before else None
        last_date = None if last is None else last.date
        next_due = None if last_date is None or entry.frequency is not Frequency.EVERY_N_WEEKS \
            else last_date + dt.timedelta(weeks=entry.weeks)
        declined = {d.session_id: d for d in declines if d.instrument_id == entry.instrument_id}
        if session.session_id in declined:
            reason = declined[session.session_id].reason
            out.append(DueItem(entry.instrument_id, DueStatus.DECLINED,
                               msg("Declined in this session: {reason}", reason=reason), last_date, next_due, reason))
            continue
        since = [s for s in earlier if last is None or _key(s) > (last.date, last.session_number)]
        refused = [s for s in since if s.session_id in declined]
        said_no = (refused[-1].number, declined[refused[-1].session_id].reason) if refused else (None, "")
        if refused:  # offered and declined since: only a session missed after that makes it overdue
            since = [s for s in since if _key(s) > _key(refused[-1])]
        missed = next((s for s in since if _due_at(entry, s, last_date)), None)
        due_now = _due_at(entry, session, last_date) or missed is not None
        if due_now and missed is not None:
            out.append(DueItem(entry.instrument_id, DueStatus.OVERDUE,
                               msg("Overdue: it was due in session {number} ({date}) and was neither given nor "
                                   "declined.", number=missed.number, date=missed.date), last_date, next_due,
                               said_no[1], said_no[0]))
        elif due_now:
            said = _due_reason(entry, session, last_date) if said_no[0] is None else msg(
                "Due again: declined in session {number}.", number=said_no[0])
            out.append(DueItem(entry.instrument_id, DueStatus.DUE, said, last_date, next_due, said_no[1],
                               said_no[0]))
        else:
            said = msg("Not due: next due on {date}.", date=next_due) if next_due is not None \
                else msg("Not due in this session.")
            if said_no[0] is not None:
                said = msg("Declined in session {number}; not due in this session.", number=said_no[0])
            out.append(DueItem(entry.instrument_id, DueStatus.NOT_DUE, said, last_date, next_due, said_no[1],
                               said_no[0]))
    return out


def _due_reason(entry: ScheduleEntry, session: SessionRef, last: dt.date | None) -> Msg:
    if entry.frequency is Frequency.EVERY_SESSION:
        return msg("Due: given every session.")
    if entry.frequency is Frequency.EVERY_N_WEEKS:
        if last is None:
            return msg("Due: not given yet.")
        return msg("Due: every %n week, last given on {date}.", None, entry.weeks,
                   plural="Due: every %n weeks, last given on {date}.", date=last)
    if session.discharge:
        return msg("Due: discharge session.")
    return msg("Due: intake measure.")
