"""Real inputs for the signal rules: sessions from ratings, one week apart."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from alliance.core.ratings import Ratings
from alliance.core.signals import ClientHistory, RepairObs, RuptureObs, SessionObs
from alliance.core.taxonomy import RuptureKind

START = dt.date(2026, 1, 5)


def ratings_for(q: int) -> Ratings:
    """Four ratings summing to q (quarter points: index = q / 4), as even as possible."""
    base, extra = divmod(q, 4)
    values = [base + (1 if i < extra else 0) for i in range(4)]
    return Ratings(*values)


def session(number: int, q: int | Ratings, *, srs: int | None = None, checkin: Fraction | None = None,
            prediction: Fraction | None = None, date: dt.date | None = None) -> SessionObs:
    r = q if isinstance(q, Ratings) else ratings_for(q)
    return SessionObs(100 + number, number, date or START + dt.timedelta(days=7 * (number - 1)), r,
                      checkin=checkin, srs_total=srs, prediction=prediction)


def history(qs: list[int | Ratings], ruptures: tuple[RuptureObs, ...] = (), **per: list[object]) -> ClientHistory:
    """Sessions numbered 1.. from quarter-point indexes (or Ratings); per-session extras as lists."""
    out = []
    for i, q in enumerate(qs):
        extra = {k: v[i] for k, v in per.items() if i < len(v)}
        out.append(session(i + 1, q, **extra))  # type: ignore[arg-type]
    return ClientHistory(tuple(out), ruptures)


def rupture(number: int, *, kind: RuptureKind = RuptureKind.WITHDRAWAL, intensity: int = 3,
            repairs: tuple[tuple[int, int], ...] = (), rid: int = 1) -> RuptureObs:
    """A rupture in session ``number``; repairs as (session number, resolution)."""
    date = START + dt.timedelta(days=7 * (number - 1))
    reps = tuple(RepairObs(rid * 10 + j, n, START + dt.timedelta(days=7 * (n - 1)), res)
                 for j, (n, res) in enumerate(repairs))
    return RuptureObs(rid, 100 + number, number, date, kind, intensity, reps)


def day(number: int) -> dt.date:
    """The date of session ``number``."""
    return START + dt.timedelta(days=7 * (number - 1))
