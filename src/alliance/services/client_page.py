"""The client page's read model: the client, its sessions as timeline rows, its ruptures with their repairs,
what the signal rules find and the acknowledgements, built by one call in one unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from alliance.core.errors import ValidationError
from alliance.core.messages import msg
from alliance.core.records import Client, ContextEvent, Rupture
from alliance.core.signals import Level, Signal, State
from alliance.services.context_events import events_in
from alliance.services.mapping import client_record, ruptures_with_repairs
from alliance.services.outcomes import InstrumentOutcomes, as_signals, outcomes_for
from alliance.services.signals import Acknowledgement, acknowledgements_in, safety_resources_in
from alliance.services.timeline import Timeline, timeline_in
from alliance.store.repositories import clients as client_repo
from alliance.store.repositories import ruptures as rupture_repo
from alliance.store.vault import Vault


@dataclass(frozen=True)
class ClientPage:
    """Everything the client page shows. Its session rows carry a note excerpt, never a whole note."""

    client: Client
    timeline: Timeline
    ruptures: tuple[Rupture, ...]  # oldest first, each with its repairs
    acknowledgements: Mapping[str, Acknowledgement]  # by alert key: when and why an alert was set aside
    outcomes: tuple[InstrumentOutcomes, ...] = ()  # each outcome instrument answered, scored and classified
    outcome_signals: tuple[Signal, ...] = ()  # the outcome alerts and prompts that still hold
    events: tuple[ContextEvent, ...] = ()  # context events, oldest first
    safety_resources: str = ""  # the clinician's local crisis resources, shown with a safety prompt

    @property
    def alerts(self) -> tuple[Signal, ...]:
        """Active alerts of the alliance and the outcome measures, most urgent first."""
        found = [*self.timeline.signals.alerts,
                 *(s for s in self.outcome_signals if s.level is Level.ALERT and s.state is State.ACTIVE)]
        return tuple(sorted(found, key=lambda s: -s.weight))

    @property
    def prompts(self) -> tuple[Signal, ...]:
        """Active prompts; an outcome measure's safety item first."""
        outcome = tuple(s for s in self.outcome_signals if s.level is Level.PROMPT and s.state is State.ACTIVE)
        return (*outcome, *self.timeline.signals.prompts)

    @property
    def past(self) -> tuple[Signal, ...]:
        return (*self.timeline.signals.past, *(s for s in self.outcome_signals if s.state is not State.ACTIVE))

    def signal(self, key: str) -> Signal | None:
        """Any alert or prompt of this page by key."""
        return next((s for s in (*self.timeline.signals.signals, *self.outcome_signals) if s.key == key), None)

    @property
    def session_count(self) -> int:
        return len(self.timeline.sessions)


def client_page_view(vault: Vault, client_id: int, today: dt.date | None = None) -> ClientPage:
    """The client page of one client; ValidationError when the client no longer exists."""
    with vault.work.transaction() as db:
        row = client_repo.get(db, client_id)
        if row is None:
            raise ValidationError.single("client", msg("This client no longer exists in the vault."))
        client = client_record(row)
        ruptures = ruptures_with_repairs(db, rupture_repo.of_client(db, client_id))
        timeline = timeline_in(vault, db, client_id, client.code, today or dt.date.today())
        acks = acknowledgements_in(db, client_id)
        outcomes = outcomes_for(db, [client_id])[client_id]
        events = events_in(db, client_id)
        resources = safety_resources_in(db)
    return ClientPage(client, timeline, tuple(ruptures), acks, outcomes, as_signals(outcomes, acks), events,
                      resources)
