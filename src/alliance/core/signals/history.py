"""What the signal rules read of one client: sessions, ruptures and repairs, as plain values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from alliance.core.ratings import Ratings
from alliance.core.taxonomy import RuptureKind


@dataclass(frozen=True, slots=True)
class SessionObs:
    """One session: the therapist's four ratings and the optional client-rated measures."""

    session_id: int
    number: int
    date: dt.date
    ratings: Ratings
    checkin: Fraction | None = None  # the client's check-in mean, 0-10, exact
    srs_total: int | None = None  # SRS total, 0-40
    prediction: Fraction | None = None  # the therapist's prediction of the check-in mean, entered before a hand-over


@dataclass(frozen=True, slots=True)
class RepairObs:
    """One repair of a rupture: in which session, and how far it resolved the rupture (1-5)."""

    repair_id: int
    session_number: int
    date: dt.date
    resolution: int


@dataclass(frozen=True, slots=True)
class RuptureObs:
    """One rupture with the repairs logged for it so far (in the same or later sessions)."""

    rupture_id: int
    session_id: int
    session_number: int
    date: dt.date
    kind: RuptureKind
    intensity: int
    repairs: tuple[RepairObs, ...] = ()


@dataclass(frozen=True, slots=True)
class ClientHistory:
    """A client's whole history: sessions in number order (number = order by date), and ruptures."""

    sessions: tuple[SessionObs, ...]
    ruptures: tuple[RuptureObs, ...] = ()
