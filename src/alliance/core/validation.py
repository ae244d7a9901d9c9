"""Checks of what a clinician typed, before anything reaches the vault: sessions, ruptures, repairs, clients.

Each check returns every problem it finds (``FieldProblem``: the field and a sentence saying what to do), so a
form can mark all of its fields at once. Checks that need the vault (does the client exist, does a repair come
after its rupture) are the services'.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import TypeGuard

from alliance.core.errors import FieldProblem
from alliance.core.instruments import load_instruments, validate_responses
from alliance.core.messages import msg
from alliance.core.outcomes import OutcomeInstrument, load_outcome_instruments
from alliance.core.ratings import COMPONENT_KEYS, check_rating
from alliance.core.records import (
    DECLINE_REASONS,
    ClientDraft,
    ClientStatus,
    Modality,
    NervousSystemState,
    RepairDraft,
    RuptureDraft,
    SessionDraft,
)
from alliance.core.taxonomy import (
    INTENSITY_MAX,
    INTENSITY_MIN,
    RESOLUTION_MAX,
    RESOLUTION_MIN,
    STRATEGY_LABELS,
    RaisedBy,
    RuptureKind,
    markers_for,
)

NOTE_MAX = 100_000
DURATION_MIN, DURATION_MAX = 1, 600
EARLIEST_DATE = dt.date(1950, 1, 1)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def validate_session_draft(draft: SessionDraft, today: dt.date | None = None) -> list[FieldProblem]:
    """Every problem with a session draft that can be found without the vault."""
    today = today or dt.date.today()
    problems: list[FieldProblem] = []
    if draft.client_id is None:
        problems.append(FieldProblem("client", msg("Choose the client this session was with.")))
    if not isinstance(draft.date, dt.date):
        problems.append(FieldProblem("date", msg("Enter the session date.")))
    elif isinstance(draft.date, dt.datetime):  # a date-time is a date subclass; compare dates only
        problems.append(FieldProblem("date", msg("Enter the session date as a calendar date, without a time.")))
    elif draft.date > today + dt.timedelta(days=1):
        problems.append(FieldProblem(
            "date", msg("The session date is in the future; sessions are logged after they happen.")))
    elif draft.date < EARLIEST_DATE:
        problems.append(FieldProblem("date", msg("The session date is before 1950; check the year.")))
    if not _is_int(draft.duration_min) or not DURATION_MIN <= draft.duration_min <= DURATION_MAX:
        problems.append(FieldProblem(
            "duration_min", msg("Duration must be a whole number of minutes from {DURATION_MIN} to {DURATION_MAX}.",
                                DURATION_MIN=DURATION_MIN, DURATION_MAX=DURATION_MAX)))
    for key in COMPONENT_KEYS:
        problems += check_rating(key, getattr(draft.ratings, key, None))
    try:
        Modality(draft.modality)
    except ValueError:
        problems.append(FieldProblem("modality", msg("Modality must be in person, video or phone.")))
    for field in ("ns_state_start", "ns_state_end"):
        value = getattr(draft, field)
        if value is not None:
            try:
                NervousSystemState(value)
            except ValueError:
                problems.append(FieldProblem(
                    field, msg("Nervous-system state must be ventral, sympathetic, dorsal or unclear.")))
    too_long = {"note": msg("The note is longer than {max:,} characters; shorten it.", max=NOTE_MAX),
                "corrective_experience_text": msg("The corrective experience text is longer than {max:,} characters; "
                                                  "shorten it.", max=NOTE_MAX)}
    for field, problem in too_long.items():
        if len(getattr(draft, field)) > NOTE_MAX:
            problems.append(FieldProblem(field, problem))
    outcomes = load_outcome_instruments()
    problems += validate_responses(load_instruments(),
                                   {k: v for k, v in draft.instruments.items() if k not in outcomes})
    problems += validate_outcome_answers(outcomes, {k: v for k, v in draft.instruments.items() if k in outcomes})
    for instrument_id, reason in draft.declined.items():
        field = f"declined.{instrument_id}"
        if instrument_id not in outcomes:
            problems.append(FieldProblem(field, msg("There is no outcome measure called '{instrument_id}'.",
                                                    instrument_id=instrument_id)))
        elif reason not in DECLINE_REASONS:
            problems.append(FieldProblem(field, msg("Choose why the measure was not filled in.")))
        elif draft.instruments.get(instrument_id):
            problems.append(FieldProblem(field, msg("{short_name} has answers and is marked declined; keep one of the "
                                                    "two.",
                                                    short_name=outcomes[instrument_id].short_name)))
    for i, rupture in enumerate(draft.ruptures):
        problems += validate_rupture(rupture, f"ruptures[{i}]")
    for i, repair in enumerate(draft.repairs):
        problems += validate_repair(repair, f"repairs[{i}]", len(draft.ruptures))
    return problems


def validate_outcome_answers(instruments: Mapping[str, OutcomeInstrument],
                             answers: Mapping[str, Mapping[str, object]]) -> list[FieldProblem]:
    """Problems with the outcome measures answered in a session (instrument id -> item id -> value): unknown
    items and values off the item's scale. Unanswered items are simply left out."""
    problems: list[FieldProblem] = []
    for instrument_id, values in answers.items():
        instrument = instruments[instrument_id]
        known = {i.id: i for i in instrument.items}
        for item_id, value in values.items():
            field = f"instruments.{instrument_id}.{item_id}"
            item = known.get(item_id)
            if item is None:
                problems.append(FieldProblem(field, msg("{short_name} has no item '{item_id}'.",
                                                        short_name=instrument.short_name, item_id=item_id)))
            elif not item.accepts(value):
                problems.append(FieldProblem(field, msg(
                    "{short_name} item {number} takes a whole number from {min} to {max}.",
                    short_name=instrument.short_name, number=item.number, min=item.min, max=item.max) if item.step == 1
                    else msg(
                    "{short_name} item {number} takes a whole number from {min} to {max} in steps of {step}.",
                    short_name=instrument.short_name, number=item.number, min=item.min, max=item.max, step=item.step)))
    return problems


def validate_rupture(rupture: RuptureDraft, prefix: str) -> list[FieldProblem]:
    """Problems with one drafted rupture."""
    problems: list[FieldProblem] = []
    try:
        kind = RuptureKind(rupture.kind)
    except ValueError:
        return [FieldProblem(f"{prefix}.kind", msg("Rupture kind must be withdrawal, confrontation or mixed."))]
    if not _is_int(rupture.intensity) or not INTENSITY_MIN <= rupture.intensity <= INTENSITY_MAX:
        problems.append(FieldProblem(
            f"{prefix}.intensity",
            msg("Rupture intensity must be a whole number from {INTENSITY_MIN} to {INTENSITY_MAX}.",
                INTENSITY_MIN=INTENSITY_MIN, INTENSITY_MAX=INTENSITY_MAX)))
    allowed = {t.key for t in markers_for(kind)}
    unknown = [m for m in rupture.markers if m not in allowed]
    if unknown:
        problems.append(FieldProblem(f"{prefix}.markers",
                                     msg("These markers do not fit a {value} rupture: {value2}.",
                                         value=kind.value, value2=', '.join(unknown))))
    try:
        RaisedBy(rupture.raised_by)
    except ValueError:
        problems.append(FieldProblem(f"{prefix}.raised_by", msg("Raised by must be client, therapist or unspoken.")))
    if len(rupture.note) > NOTE_MAX:
        problems.append(FieldProblem(f"{prefix}.note", msg("The rupture note is too long; shorten it.")))
    return problems


def validate_repair(repair: RepairDraft, prefix: str, new_ruptures: int) -> list[FieldProblem]:
    """Problems with one drafted repair (its link to an earlier rupture is checked against the vault)."""
    problems: list[FieldProblem] = []
    if not _is_int(repair.resolution) or not RESOLUTION_MIN <= repair.resolution <= RESOLUTION_MAX:
        problems.append(FieldProblem(f"{prefix}.resolution",
                                     msg("Resolution must be a whole number from {RESOLUTION_MIN} to {RESOLUTION_MAX}.",
                                         RESOLUTION_MIN=RESOLUTION_MIN, RESOLUTION_MAX=RESOLUTION_MAX)))
    unknown = [s for s in repair.strategies if s not in STRATEGY_LABELS]
    if unknown:
        problems.append(FieldProblem(f"{prefix}.strategies", msg("Unknown repair strategies: {value}.",
                                                                 value=', '.join(unknown))))
    targets = (repair.rupture_id is not None) + (repair.new_rupture_index is not None)
    if targets != 1:
        problems.append(FieldProblem(f"{prefix}.rupture", msg("Choose the one rupture this repair belongs to.")))
    elif repair.new_rupture_index is not None and not 0 <= repair.new_rupture_index < new_ruptures:
        problems.append(FieldProblem(f"{prefix}.rupture", msg("The rupture this repair belongs to is not in this "
                                                              "session.")))
    if len(repair.note) > NOTE_MAX:
        problems.append(FieldProblem(f"{prefix}.note", msg("The repair note is too long; shorten it.")))
    return problems


CODE_MAX = 32
TEXT_MAX = 500
_CODE_RE = re.compile(r"^[\w][\w .\-/#]*$", re.UNICODE)
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


GOALS_MAX = 12
GOAL_MAX = 300
FORMULATION_MAX = 4_000


def validate_goals(goals: Sequence[str], formulation: str) -> list[FieldProblem]:
    """Problems with a client's treatment goals (each one line) and formulation."""
    problems: list[FieldProblem] = []
    kept = [g for g in goals if g.strip()]
    if len(kept) > GOALS_MAX:
        problems.append(FieldProblem("goals", msg("Keep to {GOALS_MAX} goals at most; merge or remove some.",
                                                  GOALS_MAX=GOALS_MAX)))
    if any(len(g) > GOAL_MAX for g in kept):
        problems.append(FieldProblem("goals", msg("A goal can be at most {GOAL_MAX} characters; keep each to a line.",
                                                  GOAL_MAX=GOAL_MAX)))
    if len(formulation) > FORMULATION_MAX:
        problems.append(FieldProblem("formulation", msg("The formulation can be at most {max:,} characters.",
                                                        max=FORMULATION_MAX)))
    for field, text in (("goals", "".join(kept)), ("formulation", formulation)):
        if "\x00" in text:
            problems.append(FieldProblem(field, msg("This field contains an invisible control character; retype it.")))
    return problems


def validate_client(draft: ClientDraft) -> list[FieldProblem]:
    """Problems with a client draft, in words a clinician can act on."""
    problems: list[FieldProblem] = []
    code = draft.code.strip()
    if not code:
        problems.append(FieldProblem("code", msg("Enter a client code, for example AB-17.")))
    elif len(code) > CODE_MAX:
        problems.append(FieldProblem("code", msg("The client code can be at most {CODE_MAX} characters.",
                                                 CODE_MAX=CODE_MAX)))
    elif not _CODE_RE.match(code):
        problems.append(FieldProblem("code", msg("The client code may use letters, digits, spaces and . - / # only, "
                                             "starting with a letter or digit.")))
    for field in ("display_name", "email", "phone", "address", "other_names"):
        value = getattr(draft, field)
        if len(value) > TEXT_MAX:
            problems.append(FieldProblem(field, msg("This field can be at most {TEXT_MAX} characters.",
                                                    TEXT_MAX=TEXT_MAX)))
        elif "\x00" in value:
            problems.append(FieldProblem(field, msg("This field contains an invisible control character; retype it.")))
    if draft.email.strip() and not _EMAIL_RE.match(draft.email.strip()):
        problems.append(FieldProblem("email", msg("The e-mail address does not look right (name@example.org).")))
    if isinstance(draft.intake_date, dt.datetime) or (
            draft.intake_date is not None and not isinstance(draft.intake_date, dt.date)):
        problems.append(FieldProblem("intake_date", msg("Enter the intake date as a calendar date, without a time.")))
    elif draft.intake_date is not None and draft.intake_date > dt.date.today() + dt.timedelta(days=366):
        problems.append(FieldProblem("intake_date", msg("The intake date is more than a year ahead; check the year.")))
    try:
        ClientStatus(draft.status)
    except ValueError:
        problems.append(FieldProblem("status", msg("Status must be active, paused or discharged.")))
    return problems
