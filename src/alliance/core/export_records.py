"""De-identified records: the only shape in which clinical data reaches an exporter.

Nothing here can hold a client code, a name, a contact field or a calendar date (unless shifted or reduced
to a year). Notes appear only scrubbed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from alliance.core.deid import DeidSettings
from alliance.core.messages import Msg


@dataclass(frozen=True)
class ExportRepair:
    """A repair, as it may leave the vault."""

    rupture_session: int
    session: int
    resolution: int
    strategies: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True)
class ExportRupture:
    """A rupture, as it may leave the vault."""

    session: int
    kind: str
    intensity: int
    markers: tuple[str, ...]
    raised_by: str
    status: str
    note: str | None = None


@dataclass(frozen=True)
class ExportSession:
    """A session, as it may leave the vault: day is relative days, a shifted ISO date, or a year."""

    n: int
    day: int | str
    duration_min: int
    modality: str
    safety: int
    trust: int
    attunement: int
    boundaries: int
    alliance_index: float
    ns_state_start: str | None
    ns_state_end: str | None
    checkin: float | None
    srs_total: int | None
    instruments: dict[str, dict[str, int]] = field(default_factory=dict)
    ruptures: tuple[ExportRupture, ...] = ()
    repairs: tuple[ExportRepair, ...] = ()
    corrective_experience: bool = False
    note: str | None = None
    # What the therapist predicted before handing over (client mode), and the mean absolute gap to the answers
    prediction: dict[str, dict[str, int]] = field(default_factory=dict)
    prediction_error: float | None = None


@dataclass(frozen=True)
class ExportEpisode:
    """A rupture-repair episode."""

    kind: str
    start_session: int
    end_session: int


@dataclass(frozen=True)
class ExportAlert:
    """An active alert or prompt with its rule, sessions and plain reason (reasons carry session numbers and
    ratings, never dates, day counts or names). ``reason`` and ``title`` are the English text the data files
    carry; ``reason_msg`` and ``title_msg`` the same as messages, for a report in the user's language."""

    kind: str  # the rule
    sessions: tuple[int, ...]
    reason: str
    level: str = "alert"  # or "prompt"
    title: str = ""  # the alert's own title ("PHQ-9 item 9 answered above 0: check safety now")
    safety: bool = False  # a safety prompt (a risk item answered): listed first
    reason_msg: Msg | None = None
    title_msg: Msg | None = None


@dataclass(frozen=True)
class ExportAdministration:
    """One outcome measure answered in a session: its total, band and change against the first in the export."""

    session: int
    total: float | None  # None when the manual's missing-item rule gives no total
    band: str | None
    change_class: str
    recovered: bool


@dataclass(frozen=True)
class ExportSuddenChange:
    """A sudden gain or loss (Tang & DeRubeis) between two administrations; the critical session before it."""

    gain: bool
    critical_session: int
    after_session: int
    size: float
    provisional: bool


@dataclass(frozen=True)
class ExportOutcome:
    """One outcome instrument of one client."""

    instrument: str
    administrations: tuple[ExportAdministration, ...]
    sudden_changes: tuple[ExportSuddenChange, ...] = ()


@dataclass(frozen=True)
class ExportEvent:
    """A context event: its kind and day (in the export's date form); its label only when notes are scrubbed."""

    kind: str
    day: int | str
    label: str | None = None


@dataclass(frozen=True)
class ExportClient:
    """One client under a pseudonym. ``trend``, ``episodes`` and ``alerts`` are the insights; an export
    gathered without them (CSV, which shows none) has an empty trend and neither."""

    pseudonym: str
    status: str
    trend: str
    sessions: tuple[ExportSession, ...]
    episodes: tuple[ExportEpisode, ...] = ()
    alerts: tuple[ExportAlert, ...] = ()
    outcomes: tuple[ExportOutcome, ...] = ()
    events: tuple[ExportEvent, ...] = ()
    # The clinician's treatment goals and formulation, scrubbed: only with scrubbed notes, as notes are.
    goals: tuple[str, ...] = ()
    formulation: str = ""


@dataclass(frozen=True)
class ExportSet:
    """Everything one export writes, with the settings that made it."""

    settings: DeidSettings
    app_version: str
    created_year: int
    clients: tuple[ExportClient, ...]

    @property
    def session_count(self) -> int:
        """Rows in a sessions-wide table."""
        return sum(len(c.sessions) for c in self.clients)
