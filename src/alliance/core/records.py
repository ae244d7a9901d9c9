"""Plain records the services take and return. No ORM objects ever cross into the UI or CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from alliance.core.messages import translatable
from alliance.core.ratings import Ratings, RatingsDraft
from alliance.core.taxonomy import RaisedBy, RuptureKind, RuptureStatus


class ClientStatus(StrEnum):
    """Where a client is in their course of therapy."""

    ACTIVE = "active"
    PAUSED = "paused"
    DISCHARGED = "discharged"


class Modality(StrEnum):
    """How the session took place."""

    IN_PERSON = "in person"
    VIDEO = "video"
    PHONE = "phone"


class NervousSystemState(StrEnum):
    """Observed nervous-system state (polyvagal shorthand)."""

    VENTRAL = "ventral"
    SYMPATHETIC = "sympathetic"
    DORSAL = "dorsal"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class ClientDraft:
    """What the clinician enters for a client. Everything but the code is optional."""

    code: str
    display_name: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    other_names: str = ""
    intake_date: dt.date | None = None
    status: ClientStatus = ClientStatus.ACTIVE


@dataclass(frozen=True)
class Client:
    """A client as stored."""

    id: int
    code: str
    display_name: str
    email: str
    phone: str
    address: str
    other_names: str
    intake_date: dt.date
    status: ClientStatus
    goals: tuple[str, ...] = ()  # the treatment goals, in the clinician's order
    formulation: str = ""  # a short case formulation


@dataclass(frozen=True)
class RuptureDraft:
    """A rupture noticed in the session being logged."""

    kind: RuptureKind
    intensity: int | None  # None while the field is blank; validation names it
    markers: tuple[str, ...] = ()
    raised_by: RaisedBy = RaisedBy.CLIENT
    note: str = ""
    id: int | None = None  # set when editing a rupture already logged


@dataclass(frozen=True)
class RepairDraft:
    """A repair, in the session being logged, of a rupture (this session's or an earlier one).

    ``rupture_id`` names an earlier rupture; ``new_rupture_index`` names a rupture drafted in the
    same session (its position in ``SessionDraft.ruptures``). Exactly one of them is set.
    """

    resolution: int | None  # None while the field is blank; validation names it
    strategies: tuple[str, ...] = ()
    note: str = ""
    rupture_id: int | None = None
    new_rupture_index: int | None = None
    id: int | None = None  # set when editing a repair already logged


# Context events: what helps read a client's charts (drawn on them, listed beside the signals).
CONTEXT_EVENT_KINDS: dict[str, str] = {
    "life_event": translatable("Life event"),
    "medication": translatable("Medication change"),
    "absence": translatable("Therapist absence"),
    "setting": translatable("Change of setting"),
    "phase": translatable("Phase change"),
}
CONTEXT_LABEL_MAX = 120


@dataclass(frozen=True)
class ContextEvent:
    """One context event of a client: its date, kind and the clinician's short label."""

    id: int
    client_id: int
    date: dt.date
    kind: str
    label: str


# Why a measure that was due was not filled in: recorded with the session, never counted as missing.
DECLINE_REASONS: dict[str, str] = {
    "client_declined": translatable("The client declined"),
    "not_today": translatable("Not today (time or the client's state)"),
    "not_appropriate": translatable("Not appropriate at this point"),
    "other": translatable("Another reason"),
}


@dataclass(frozen=True)
class SessionDraft:
    """Everything the clinician logs about one session, as typed: numbers a person enters may still be None
    (a blank field), which validation reports by name. ``client_id`` is None until a client is chosen."""

    client_id: int | None
    date: dt.date
    ratings: RatingsDraft
    duration_min: int | None = 50
    modality: Modality = Modality.IN_PERSON
    ns_state_start: NervousSystemState | None = None
    ns_state_end: NervousSystemState | None = None
    corrective_experience: bool = False
    corrective_experience_text: str = ""
    note: str = ""
    # instrument id -> item id -> value
    instruments: dict[str, dict[str, int]] = field(default_factory=dict)
    ruptures: tuple[RuptureDraft, ...] = ()
    repairs: tuple[RepairDraft, ...] = ()
    # outcome measure id -> why it was not filled in (DECLINE_REASONS): recorded, never counted as missing
    declined: dict[str, str] = field(default_factory=dict)

    def answered_instruments(self) -> dict[str, dict[str, int]]:
        """The instruments with at least one answer (an empty one is not stored)."""
        return {k: dict(v) for k, v in self.instruments.items() if v}


@dataclass(frozen=True)
class Repair:
    """A logged repair."""

    id: int
    rupture_id: int
    session_id: int
    session_number: int
    session_date: dt.date
    resolution: int
    strategies: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Rupture:
    """A logged rupture with its repairs; its status is derived from them."""

    id: int
    client_id: int
    session_id: int
    session_number: int
    session_date: dt.date
    kind: RuptureKind
    intensity: int
    markers: tuple[str, ...]
    raised_by: RaisedBy
    note: str
    repairs: tuple[Repair, ...] = ()

    @property
    def status(self) -> RuptureStatus:
        """Open, partly resolved or resolved, from the best repair."""
        from alliance.core.taxonomy import rupture_status

        return rupture_status(r.resolution for r in self.repairs)


@dataclass(frozen=True)
class Session:
    """A logged session as stored."""

    id: int
    client_id: int
    number: int
    date: dt.date
    ratings: Ratings
    duration_min: int
    modality: Modality
    ns_state_start: NervousSystemState | None
    ns_state_end: NervousSystemState | None
    corrective_experience: bool
    corrective_experience_text: str
    note: str
    instruments: dict[str, dict[str, int]]
    ruptures: tuple[Rupture, ...] = ()
    repairs: tuple[Repair, ...] = ()
    declined: dict[str, str] = field(default_factory=dict)

    @property
    def alliance_index(self) -> float:
        """Mean of the four component ratings."""
        return self.ratings.alliance_index


def whole(value: int | None, what: str) -> int:
    """A validated number of a draft; ValueError (a bug, not a user error) when it is still blank."""
    if value is None:
        raise ValueError(f"{what} is blank: validate the draft first")
    return value


def session_from_draft(draft: SessionDraft, *, session_id: int, number: int, rupture_ids: Sequence[int],
                       repair_ids: Sequence[int]) -> Session:
    """The stored record of a validated draft just written as session ``session_id`` with this number.

    ``rupture_ids`` and ``repair_ids`` are the ids the draft's ruptures and repairs got, in draft order. A
    repair of this session's own rupture appears both in ``repairs`` and under its rupture. The one place
    that turns what was typed into what is stored.
    """
    client_id = whole(draft.client_id, "client")
    repairs = tuple(
        Repair(id=rid, rupture_id=(rep.rupture_id if rep.rupture_id is not None
                                   else rupture_ids[rep.new_rupture_index or 0]),
               session_id=session_id, session_number=number, session_date=draft.date,
               resolution=whole(rep.resolution, "resolution"), strategies=tuple(rep.strategies), note=rep.note)
        for rid, rep in zip(repair_ids, draft.repairs, strict=True))
    ruptures = tuple(
        Rupture(id=rid, client_id=client_id, session_id=session_id, session_number=number, session_date=draft.date,
                kind=RuptureKind(r.kind), intensity=whole(r.intensity, "intensity"), markers=tuple(r.markers),
                raised_by=RaisedBy(r.raised_by), note=r.note,
                repairs=tuple(p for p in repairs if p.rupture_id == rid))
        for rid, r in zip(rupture_ids, draft.ruptures, strict=True))
    return Session(
        id=session_id, client_id=client_id, number=number, date=draft.date,
        ratings=Ratings(**{k: whole(v, k) for k, v in draft.ratings.as_dict().items()}),
        duration_min=whole(draft.duration_min, "duration"), modality=Modality(draft.modality),
        ns_state_start=draft.ns_state_start, ns_state_end=draft.ns_state_end,
        corrective_experience=draft.corrective_experience,
        corrective_experience_text=draft.corrective_experience_text, note=draft.note,
        instruments=draft.answered_instruments(), ruptures=ruptures, repairs=repairs, declined=dict(draft.declined))


def draft_of(session: Session) -> SessionDraft:
    """What would have to be typed to log this session again (editing starts from it)."""
    own = {r.id for r in session.ruptures}
    return SessionDraft(
        client_id=session.client_id, date=session.date, ratings=session.ratings, duration_min=session.duration_min,
        modality=session.modality, ns_state_start=session.ns_state_start, ns_state_end=session.ns_state_end,
        corrective_experience=session.corrective_experience,
        corrective_experience_text=session.corrective_experience_text, note=session.note,
        instruments={k: dict(v) for k, v in session.instruments.items()}, declined=dict(session.declined),
        ruptures=tuple(RuptureDraft(kind=r.kind, intensity=r.intensity, markers=tuple(r.markers),
                                    raised_by=r.raised_by, note=r.note, id=r.id) for r in session.ruptures),
        repairs=tuple(RepairDraft(resolution=p.resolution, strategies=tuple(p.strategies), note=p.note,
                                  rupture_id=p.rupture_id if p.rupture_id not in own else None,
                                  new_rupture_index=(None if p.rupture_id not in own else
                                                     [r.id for r in session.ruptures].index(p.rupture_id)),
                                  id=p.id) for p in session.repairs))
