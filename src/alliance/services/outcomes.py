"""Outcome measures as the vault holds them: each client's administrations of each instrument, scored, classified
against the baseline, with sudden gains and losses and the outcome signals (``core.outcomes``).

An outcome measure is answered in a session like the per-session instruments: its answers are instrument
responses of that session (``instruments["pcl5"]["q1"] = 3``), so logging, editing, the edit history, the
audit trail and the exports carry them as they carry the check-in. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass

from alliance.core.messages import Msg
from alliance.core.outcomes import (
    Administration,
    Classified,
    Level,
    OutcomeInstrument,
    OutcomeSignal,
    OutcomeSignalKind,
    SuddenChange,
    classify_series,
    load_outcome_instruments,
    outcome_signals,
    score,
    sudden_changes,
)
from alliance.core.signals import Level as SignalLevel
from alliance.core.signals import Rule, Signal, SignalText, State
from alliance.store.repositories import Db, histories

# How much an outcome alert pushes its client up the caseload (the alliance rules weigh 20-60).
WEIGHTS = {OutcomeSignalKind.DETERIORATION: 35, OutcomeSignalKind.NOT_ON_TRACK: 25,
           OutcomeSignalKind.DETERIORATION_AFTER_RECOVERY: 35, OutcomeSignalKind.SAFETY: 0}


@dataclass(frozen=True)
class InstrumentOutcomes:
    """One instrument's administrations for one client, oldest first, with what they show."""

    instrument: OutcomeInstrument
    series: tuple[Classified, ...]  # each administration scored and classified against the baseline
    sudden: tuple[SuddenChange, ...]
    signals: tuple[OutcomeSignal, ...]

    @property
    def latest(self) -> Classified | None:
        return self.series[-1] if self.series else None


@dataclass(frozen=True)
class SessionPoint:
    id: int
    number: int
    date: dt.date


def administrations(answers: dict[str, dict[str, int]], session: SessionPoint,
                    instruments: Collection[str]) -> list[Administration]:
    """The outcome measures answered in one session, as administrations (one per instrument)."""
    return [Administration(f"{session.id}:{iid}", iid, str(session.id), session.number, session.date,
                           answers=dict(values))
            for iid, values in sorted(answers.items()) if iid in instruments and values]


def outcomes_of(per_session: list[tuple[SessionPoint, dict[str, dict[str, int]]]], *, detail: bool = True,
                with_signals: bool = True) -> tuple[InstrumentOutcomes, ...]:
    """Every outcome instrument a client answered, from each session's answers (sessions in order). Without
    ``detail`` the scores carry no clusters or diagnoses (the caseload, the exports and the form show none),
    without ``with_signals`` no signals are worked out (an export's outcome table)."""
    shipped = load_outcome_instruments()
    by_instrument: dict[str, list[Administration]] = defaultdict(list)
    for session, answers in per_session:
        for a in administrations(answers, session, shipped):
            by_instrument[a.instrument_id].append(a)
    out = []
    for iid in sorted(by_instrument, key=lambda i: shipped[i].short_name):
        instrument, given = shipped[iid], by_instrument[iid]
        scores = {a.id: score(instrument, a.answers, a.entered_total, detail=detail) for a in given}
        series = classify_series(instrument, given, scores)
        totals = {c.administration.id: c.score.total for c in series}  # scored once, used by both
        signals = outcome_signals(instrument, given, series=series) if with_signals else []
        out.append(InstrumentOutcomes(instrument, tuple(series), tuple(sudden_changes(instrument, given, totals)),
                                      tuple(signals)))
    return tuple(out)


def outcomes_for(db: Db, client_ids: Collection[int], *, detail: bool = True,
                 with_signals: bool = True) -> dict[int, tuple[InstrumentOutcomes, ...]]:
    """Each client's outcome measures over their whole history, read inside the caller's unit of work (``detail``
    and ``with_signals`` as for outcomes_of). Not kept: the caseload keeps a summary of them
    (services/caseload.py), the client page reads its one client."""
    shipped = load_outcome_instruments()
    answers: dict[int, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for a in histories.answers_of_clients(db, client_ids, tuple(shipped)):
        answers[a.session_id][a.instrument][a.item] = a.value
    points: dict[int, list[tuple[SessionPoint, dict[str, dict[str, int]]]]] = defaultdict(list)
    if answers:
        for s in histories.sessions_of_clients(db, client_ids):
            if s.id in answers:
                points[s.client_id].append((SessionPoint(s.id, s.number, s.date), answers[s.id]))
    return {cid: outcomes_of(points.get(cid, []), detail=detail, with_signals=with_signals) for cid in client_ids}


def _words(text: SignalText) -> Callable[[], SignalText]:
    return lambda: text


def as_signals(outcomes: tuple[InstrumentOutcomes, ...], acknowledged: Collection[str]) -> tuple[Signal, ...]:
    """The outcome signals that still hold, in the alliance signals' shape (so they are shown, explained and
    acknowledged the same way); an acknowledged one comes back ACKNOWLEDGED."""
    out = []
    for o in outcomes:
        for s in o.signals:
            if not s.active:
                continue
            why: tuple[Msg, ...] = (s.why,) if s.label is None else (s.why, s.label)
            text = SignalText(s.title, s.reason, why)
            level = SignalLevel.ALERT if s.level is Level.ALERT else SignalLevel.PROMPT
            state = State.ACKNOWLEDGED if s.key in acknowledged else State.ACTIVE
            out.append(Signal(s.key, Rule.OUTCOME, level, state, (s.session_number,), (int(s.session_id),),
                              s.session_number, None, dict(s.numbers), WEIGHTS[s.kind], (),
                              _words(text)))
    return tuple(out)
