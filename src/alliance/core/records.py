"""Plain records the services take and return. No ORM objects ever cross into the UI or CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from alliance.core.ratings import Ratings
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


@dataclass(frozen=True)
class ClientSummary:
    """One row of the caseload table."""

    id: int
    code: str
    display_name: str
    status: ClientStatus
    session_count: int
    last_session_date: dt.date | None
    latest_alliance_index: float | None
    open_ruptures: int


@dataclass(frozen=True)
class RuptureDraft:
    """A rupture noticed in the session being logged."""

    kind: RuptureKind
    intensity: int
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

    resolution: int
    strategies: tuple[str, ...] = ()
    note: str = ""
    rupture_id: int | None = None
    new_rupture_index: int | None = None
    id: int | None = None  # set when editing a repair already logged


@dataclass(frozen=True)
class SessionDraft:
    """Everything the clinician logs about one session."""

    client_id: int
    date: dt.date
    ratings: Ratings
    duration_min: int = 50
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

    @property
    def alliance_index(self) -> float:
        """Mean of the four component ratings."""
        return self.ratings.alliance_index
