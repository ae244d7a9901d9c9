"""The session form's read model: which clients can be chosen, the session being edited, the earlier ruptures
a repair logged in it may belong to, and what to talk about in this session (the client's active prompts and
alerts), built by one call in one unit of work."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from alliance.core.errors import ValidationError
from alliance.core.messages import msg
from alliance.core.outcomes import DueItem
from alliance.core.records import ClientStatus, Rupture, Session
from alliance.core.signals import Signal, State
from alliance.core.taxonomy import RuptureStatus
from alliance.services.mapping import ruptures_with_repairs, session_records
from alliance.services.measures import due_in
from alliance.services.outcomes import as_signals, outcomes_for
from alliance.services.signals import signals_in
from alliance.store.repositories import Db
from alliance.store.repositories import alerts as alert_repo
from alliance.store.repositories import clients as client_repo
from alliance.store.repositories import ruptures as rupture_repo
from alliance.store.repositories import sessions as session_repo
from alliance.store.vault import Vault

CHOOSABLE = (ClientStatus.ACTIVE, ClientStatus.PAUSED)


@dataclass(frozen=True)
class ClientChoice:
    """A client the form offers: id and code only."""

    id: int
    code: str


@dataclass(frozen=True)
class SessionFormData:
    """What the session form needs to open: the clients to choose from (active and paused, plus the one asked
    for), the client chosen, the session when editing, and the ruptures a repair may belong to."""

    clients: tuple[ClientChoice, ...]
    client_id: int | None
    session: Session | None
    earlier_ruptures: tuple[Rupture, ...]
    talk_about: tuple[Signal, ...] = ()  # a new session: the client's active alerts and prompts
    due: tuple[DueItem, ...] = ()  # every scheduled outcome measure's status at this session


@dataclass(frozen=True)
class ClientContext:
    """What the form shows about the client chosen: earlier ruptures to repair and what to talk about."""

    earlier_ruptures: tuple[Rupture, ...]
    talk_about: tuple[Signal, ...]
    due: tuple[DueItem, ...] = ()


def _candidates(db: Db, client_id: int, session: Session | None) -> tuple[Rupture, ...]:
    """Ruptures a repair in this session may belong to: for a new session every one not yet resolved; when
    editing, those noticed before it that were not resolved, or that this session repaired."""
    rows = rupture_repo.of_client(db, client_id)
    ruptures = ruptures_with_repairs(db, rows)
    if session is None:
        return tuple(r for r in ruptures if r.status is not RuptureStatus.RESOLVED)
    repaired_here = {p.rupture_id for p in session.repairs}
    return tuple(r for r in ruptures if r.session_number < session.number
                 and (r.status is not RuptureStatus.RESOLVED or r.id in repaired_here))


def _talk_about(vault: Vault, db: Db, client_id: int, session: Session | None) -> tuple[Signal, ...]:
    if session is not None:  # editing a session: the prompts are about the next one
        return ()
    found = signals_in(db, [client_id], dt.date.today())[client_id]
    acks = alert_repo.acknowledged_keys(db, [client_id]).get(client_id, set())
    measures = outcomes_for(db, [client_id], detail=False)[client_id]
    outcome = [s for s in as_signals(measures, acks) if s.state is State.ACTIVE]
    safety = [s for s in outcome if s.is_safety]  # first: it cannot wait
    return (*safety, *found.alerts, *(s for s in outcome if s not in safety), *found.prompts)


def _due(vault: Vault, db: Db, client_id: int, session: Session | None) -> tuple[DueItem, ...]:
    on = session.date if session is not None else dt.date.today()
    return due_in(db, [client_id], on, session.id if session is not None else None).get(client_id, ())


def session_form_view(vault: Vault, client_id: int | None = None, session_id: int | None = None) -> SessionFormData:
    """Open the form for a new session (with ``client_id`` preselected, if given) or for editing ``session_id``."""
    with vault.work.transaction() as db:
        session = None
        if session_id is not None:
            row = session_repo.get(db, session_id)
            if row is None:
                raise ValidationError.single("session", msg("This session no longer exists in the vault."))
            session = session_records(db, [row])[0]
            client_id = session.client_id
            header = client_repo.get(db, client_id)
            choices = [ClientChoice(client_id, header.code if header else "")]
        else:
            heads = client_repo.headers_with_status(db, {s.value for s in CHOOSABLE})
            choices = sorted((ClientChoice(h.id, h.code) for h in heads), key=lambda c: c.code.lower())
            if client_id is not None and all(c.id != client_id for c in choices):
                asked = client_repo.get(db, client_id)
                if asked is None:
                    raise ValidationError.single("client", msg("This client no longer exists in the vault."))
                choices.append(ClientChoice(asked.id, asked.code))
        earlier = _candidates(db, client_id, session) if client_id is not None else ()
        talk = _talk_about(vault, db, client_id, session) if client_id is not None else ()
        due = _due(vault, db, client_id, session) if client_id is not None else ()
    return SessionFormData(tuple(choices), client_id, session, earlier, talk, due)


def client_context(vault: Vault, client_id: int, session: Session | None = None) -> ClientContext:
    """When the form's client changes: the ruptures a repair may belong to, and what to talk about."""
    with vault.work.transaction() as db:
        return ClientContext(_candidates(db, client_id, session), _talk_about(vault, db, client_id, session),
                             _due(vault, db, client_id, session))
