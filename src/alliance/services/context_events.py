"""Context events on a client's timeline: a life event, a medication change, a therapist absence, a change of
setting, a phase change — with a date and a short label, drawn on the charts and carried by the exports (the
label only when notes are scrubbed: it is the clinician's own text)."""

from __future__ import annotations

import datetime as dt

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.messages import msg
from alliance.core.records import CONTEXT_EVENT_KINDS, CONTEXT_LABEL_MAX, ContextEvent
from alliance.store import audit
from alliance.store.repositories import Db
from alliance.store.repositories import clients as client_repo
from alliance.store.repositories import measures as measure_repo
from alliance.store.vault import Vault


def events_in(db: Db, client_id: int) -> tuple[ContextEvent, ...]:
    """A client's context events, oldest first."""
    return tuple(ContextEvent(e.id, e.client_id, e.date, e.kind, e.label)
                 for e in measure_repo.events_of_clients(db, [client_id]))


def add_event(vault: Vault, client_id: int, date: dt.date, kind: str, label: str) -> ContextEvent:
    """Add a context event (audited by kind, never by its label)."""
    label = label.strip()
    problems = []
    if kind not in CONTEXT_EVENT_KINDS:
        problems.append(FieldProblem("kind", msg("Choose what kind of event this is.")))
    if len(label) > CONTEXT_LABEL_MAX:
        problems.append(FieldProblem("label", msg("Keep the label to {CONTEXT_LABEL_MAX} characters; the note of a "
                                                  "session holds the rest.",
                                                  CONTEXT_LABEL_MAX=CONTEXT_LABEL_MAX)))
    if date > dt.date.today():
        problems.append(FieldProblem("date", msg("An event cannot be in the future.")))
    if problems:
        raise ValidationError(problems)
    with vault.work.transaction() as db:
        if client_repo.get(db, client_id) is None:
            raise ValidationError.single("client", msg("This client no longer exists in the vault."))
        event_id = measure_repo.add_event(db, client_id, date, kind, label)
        audit.record(db, "add context event", "client", client_id, kind=kind)
    return ContextEvent(event_id, client_id, date, kind, label)


def delete_event(vault: Vault, event_id: int) -> None:
    with vault.work.transaction() as db:
        client_id = measure_repo.delete_event(db, event_id)
        if client_id is None:
            raise ValidationError.single("event", msg("This event no longer exists in the vault."))
        audit.record(db, "delete context event", "client", client_id)
