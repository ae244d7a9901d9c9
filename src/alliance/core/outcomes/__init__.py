"""Outcome measures: instruments as data, exact scoring, reliable change, signals, sudden gains, schedules.

Pure and stdlib-only. Scores are exact (``int`` or ``Fraction``); no float is compared at a boundary (floats
appear only in ``ReliableChange.approximate()`` for display). User-visible text is a :class:`~alliance.core.
messages.Msg`; labels that come from an instrument file are Msgs in the context "Alliance outcome instrument <id>".

Instruments (``resources/instruments/outcomes/<id>.json``, packaged as ``alliance.resources``):
    ``load_outcome_instruments() -> Mapping[str, OutcomeInstrument]`` — the shipped pcl5, phq9, gad7, itq,
    core10 (item text shipped), ors, des2 (score entry, no item text); loaded once and validated strictly.
    ``load_outcome_instruments_from(folder, required=())`` and ``parse_outcome_instrument(data, file)`` raise
    :class:`~alliance.core.errors.ResourceError` naming the file and the field.

Inputs (frozen dataclasses):
    ``Administration(id, instrument_id, session_id, session_number, date, answers=None, entered_total=None)`` —
    ``answers`` maps item id -> 0..max or None (unanswered); score-entry instruments may give ``entered_total``.

Scoring:
    ``score(instrument, answers=None, entered_total=None) -> Score`` — total (None when the manual's missing-item
    rule gives none; ``prorated`` when it allows pro-rating), ``clusters`` (sum + criterion met True/False/None),
    ``diagnoses`` (PCL-5 provisional PTSD; ITQ PTSD / complex PTSD, mutually exclusive; None when unanswered items
    could change the answer), ``band``/``band_label``, ``clinical`` (cut-off), ``safety`` (PHQ-9 item 9, CORE-10
    item 6 above 0), ``note``. Raises :class:`OutcomeInputError` (``problems``: Msgs) for bad input.

Change (against the first administration with a total):
    ``classify_series(instrument, administrations) -> list[Classified]`` — ``change_class`` (baseline, reliable
    improvement, reliable deterioration, no reliable change, not classified), ``crossing`` of the cut-off,
    ``recovered``, signed ``change`` and ``worsening``. ``classify_change(instrument, baseline, current)``;
    ``reliable_change_inputs(instrument)`` says where the value comes from (published, or Jacobson–Truax inputs).
    A change exactly equal to the reliable change value is reliable.

Signals:
    ``outcome_signals(instrument, administrations, not_on_track_session=8) -> list[OutcomeSignal]`` — level
    alert|prompt, stable ``key`` "<kind>:<instrument>:<administration id>[:<item>]", title/reason/why as Msg,
    ``numbers``, ``label`` ("rule-based, not a validated trajectory" on not-on-track and relapse alerts),
    ``immediate`` (safety prompts), ``active`` (condition still holds at the latest administration).

Sudden gains and losses (Tang & DeRubeis 1999):
    ``sudden_changes(instrument, administrations) -> list[SuddenChange]`` — ``gain``, ``size``, the
    critical session (``critical_session_id``/``critical_session_number``: the session before the gain),
    the t-test numbers, ``provisional`` when fewer than 3 scores lie on a side.

Schedule:
    ``due_measures(schedule, session, past_sessions, administrations, declines) -> list[DueItem]`` with
    ``ScheduleEntry(instrument_id, Frequency.EVERY_SESSION | EVERY_N_WEEKS (weeks=N) | INTAKE_AND_DISCHARGE)``,
    ``SessionRef``, ``Decline(instrument_id, session_id, reason)``; status due / overdue / declined / not due.
"""

from alliance.core.outcomes.change import (
    ChangeClass,
    Classified,
    CutoffCrossing,
    change_label,
    classify_change,
    classify_series,
    reliable_change_inputs,
)
from alliance.core.outcomes.loading import (
    SHIPPED_IDS,
    load_outcome_instruments,
    load_outcome_instruments_from,
    parse_outcome_instrument,
)
from alliance.core.outcomes.model import Administration, Clinical, Direction, Mode, Number, OutcomeInstrument
from alliance.core.outcomes.schedule import (
    Decline,
    DueItem,
    DueStatus,
    Frequency,
    ScheduleEntry,
    SessionRef,
    due_measures,
)
from alliance.core.outcomes.scoring import OutcomeInputError, Score, data_label, score
from alliance.core.outcomes.signals import Level, OutcomeSignal, OutcomeSignalKind, outcome_signals
from alliance.core.outcomes.sudden import SuddenChange, sudden_changes

__all__ = [
    "SHIPPED_IDS", "Administration", "ChangeClass", "Classified", "Clinical", "CutoffCrossing", "Decline", "Direction",
    "DueItem", "DueStatus", "Frequency", "Level", "Mode", "Number", "OutcomeInputError", "OutcomeInstrument",
    "OutcomeSignal", "OutcomeSignalKind", "ScheduleEntry", "Score", "SessionRef", "SuddenChange", "change_label",
    "classify_change", "classify_series", "data_label", "due_measures", "load_outcome_instruments",
    "load_outcome_instruments_from", "outcome_signals", "parse_outcome_instrument", "reliable_change_inputs",
    "score", "sudden_changes",
]
