"""Outcome signals over a client's whole history: reliable deterioration, not on track, safety items.

Same shape as the alliance alerts and prompts: a level, a stable key (for acknowledgement), a title, a reason
and a "why am I seeing this" text as Msg, the numbers behind it and the sessions that triggered it. ``active``
says whether the condition still holds at the latest administration (the integrator keeps the lifecycle).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from alliance.core.messages import Msg, msg
from alliance.core.outcomes.change import ChangeClass, Classified, classify_series
from alliance.core.outcomes.model import Administration, Number, OutcomeInstrument

DEFAULT_NOT_ON_TRACK_SESSION = 8


class Level(StrEnum):
    ALERT = "alert"
    PROMPT = "prompt"


class OutcomeSignalKind(StrEnum):
    DETERIORATION = "outcome-deterioration"
    NOT_ON_TRACK = "outcome-not-on-track"
    DETERIORATION_AFTER_RECOVERY = "outcome-relapse"
    SAFETY = "outcome-safety"


RULE_BASED = msg("rule-based, not a validated trajectory")


@dataclass(frozen=True)
class OutcomeSignal:
    level: Level
    kind: OutcomeSignalKind
    key: str
    instrument_id: str
    administration_id: str
    session_id: str
    session_number: int
    title: Msg
    reason: Msg
    why: Msg
    numbers: Mapping[str, Number] = field(default_factory=lambda: MappingProxyType({}))
    label: Msg | None = None  # "rule-based, not a validated trajectory" on not-on-track alerts
    immediate: bool = False  # safety prompts: show to the clinician at once
    active: bool = True


def _numbers(**values: Number) -> Mapping[str, Number]:
    return MappingProxyType(dict(values))


def _signal(kind: OutcomeSignalKind, level: Level, c: Classified, title: Msg, reason: Msg, why: Msg,
            numbers: Mapping[str, Number], *, suffix: str = "", label: Msg | None = None,
            immediate: bool = False, active: bool = True) -> OutcomeSignal:
    a = c.administration
    key = f"{kind.value}:{a.instrument_id}:{a.id}" + (f":{suffix}" if suffix else "")
    return OutcomeSignal(level, kind, key, a.instrument_id, a.id, a.session_id, a.session_number, title, reason, why,
                         numbers, label, immediate, active)


def _safety(instrument: OutcomeInstrument, series: list[Classified]) -> list[OutcomeSignal]:
    out: list[OutcomeSignal] = []
    for c in series:
        for flag in c.score.safety:
            out.append(_signal(
                OutcomeSignalKind.SAFETY, Level.PROMPT, c,
                msg("{instrument} item {number} answered above {above}: check safety now",
                    instrument=instrument.short_name, number=flag.item_number, above=flag.above),
                msg("Item {number} was answered {value} in session {session}.", number=flag.item_number,
                    value=flag.value, session=c.administration.session_number),
                msg("Any answer above {above} on this item is a prompt to ask about risk in this session and to "
                    "follow your local safety procedure. It is shown to you, not to the client.", above=flag.above),
                _numbers(value=flag.value, above=flag.above), suffix=flag.item_id, immediate=True,
                active=c is series[-1]))
    return out


def _deterioration(instrument: OutcomeInstrument, series: list[Classified], latest_bad: bool) -> list[OutcomeSignal]:
    out: list[OutcomeSignal] = []
    rc = instrument.reliable_change
    for c in series:
        if c.change_class is not ChangeClass.RELIABLE_DETERIORATION or rc is None:
            continue
        assert c.change is not None and c.worsening is not None
        out.append(_signal(
            OutcomeSignalKind.DETERIORATION, Level.ALERT, c,
            msg("{instrument}: reliable deterioration", instrument=instrument.short_name),
            msg("{instrument} {total} in session {session}, {worse} points worse than the baseline.",
                instrument=instrument.short_name, total=c.score.total, session=c.administration.session_number,
                worse=c.worsening),
            msg("A change of {rc} points or more against the first score is larger than measurement error. "
                "Source: {source}", rc=rc.shown(), source=rc.source),
            _numbers(total=c.score.total or 0, change=c.change, worsening=c.worsening,
                     **({} if rc.value is None else {"reliable_change": rc.value})),
            active=latest_bad and c is series[-1]))
    return out


def _not_on_track(instrument: OutcomeInstrument, series: list[Classified], by_session: int) -> list[OutcomeSignal]:
    scored = [c for c in series if c.change_class is not ChangeClass.NOT_CLASSIFIED]
    if instrument.reliable_change is None or not scored:
        return []
    for c in scored:
        if c.change_class is ChangeClass.RELIABLE_IMPROVEMENT:
            return []
        if c.administration.session_number >= by_session and c.change_class is not ChangeClass.BASELINE:
            latest = scored[-1]
            return [_signal(
                OutcomeSignalKind.NOT_ON_TRACK, Level.ALERT, c,
                msg("{instrument}: not on track", instrument=instrument.short_name),
                msg("No reliable improvement on {instrument} by session {session} (configured: session {by}).",
                    instrument=instrument.short_name, session=c.administration.session_number, by=by_session),
                msg("A simple rule with the session you set in Preferences ({by}), not a validated expected-recovery "
                    "curve: no score so far has improved reliably on the first one. Worth reviewing the plan and "
                    "the alliance with the client.", by=by_session),
                _numbers(session=c.administration.session_number, by_session=by_session),
                label=RULE_BASED,
                active=latest.change_class is not ChangeClass.RELIABLE_IMPROVEMENT)]
    return []


def _after_recovery(instrument: OutcomeInstrument, series: list[Classified]) -> list[OutcomeSignal]:
    rc = instrument.reliable_change
    scored = [c for c in series if c.score.total is not None]
    if rc is None:
        return []
    out: list[OutcomeSignal] = []
    recovered: Classified | None = None
    for c in scored:
        if c.recovered:
            recovered = c
            continue
        if recovered is None:
            continue
        assert c.score.total is not None and recovered.score.total is not None
        worse = instrument.worse(recovered.score.total, c.score.total)
        if worse > 0 and rc.is_reliable(worse):
            out.append(_signal(
                OutcomeSignalKind.DETERIORATION_AFTER_RECOVERY, Level.ALERT, c,
                msg("{instrument}: deterioration after recovery", instrument=instrument.short_name),
                msg("{instrument} {total} in session {session}, {worse} points worse than {recovered} in session "
                    "{recovered_session}, when the client had recovered.", instrument=instrument.short_name,
                    total=c.score.total, session=c.administration.session_number, worse=worse,
                    recovered=recovered.score.total, recovered_session=recovered.administration.session_number),
                msg("A reliable worsening after a recovered score: a simple rule, not a validated trajectory."),
                _numbers(total=c.score.total, recovered_total=recovered.score.total, change=worse),
                label=RULE_BASED, active=c is scored[-1]))
            recovered = None  # one alert per relapse; a new recovery re-arms the rule
    return out


def outcome_signals(instrument: OutcomeInstrument, administrations: Sequence[Administration], *,
                    not_on_track_session: int = DEFAULT_NOT_ON_TRACK_SESSION,
                    series: list[Classified] | None = None) -> list[OutcomeSignal]:
    """Every outcome signal in the client's history of ``instrument``, in time order within each kind."""
    classified = series if series is not None else classify_series(instrument, administrations)
    if not classified:
        return []
    scored = [c for c in classified if c.change_class is not ChangeClass.NOT_CLASSIFIED]
    latest_bad = bool(scored) and scored[-1].change_class is ChangeClass.RELIABLE_DETERIORATION
    deteriorations = _deterioration(instrument, scored, latest_bad)
    return (_safety(instrument, classified) + deteriorations
            + _not_on_track(instrument, classified, not_on_track_session) + _after_recovery(instrument, classified))
