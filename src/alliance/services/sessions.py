"""Use cases for sessions: log one (with instruments, ruptures and repairs), edit one, delete one (to the trash),
read them back."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.messages import msg
from alliance.core.records import Client, ClientDraft, Session, SessionDraft
from alliance.core.snapshots import FIELD_LABELS, changed_fields, session_from_snapshot, session_snapshot
from alliance.core.validation import validate_session_draft
from alliance.services import handover, signals
from alliance.services.clients import add_client, find_client, get_client
from alliance.services.mapping import session_records
from alliance.services.session_batch import (
    SessionBatch,
    check_repair_targets,
    repairs_with_targets,
    with_client_answers,
)
from alliance.services.trash import move_to_trash
from alliance.store import audit
from alliance.store.models import SessionRow
from alliance.store.repositories import Db
from alliance.store.repositories import history as history_repo
from alliance.store.repositories import measures as measure_repo
from alliance.store.repositories import ruptures as rupture_repo
from alliance.store.repositories import sessions as session_repo
from alliance.store.vault import Vault


def log_session(vault: Vault, draft: SessionDraft) -> Session:
    """Log a session durably: one unit of work, committed with synchronous=FULL before this returns (inside an
    open transaction of the caller's it joins that one and commits with it). Ruptures and repairs of the draft
    are all added as new; a back-dated session renumbers its client's sessions by date."""
    with vault.work.transaction() as db:
        batch = SessionBatch(db)
        batch.add(draft)
        logged = batch.finish()[0]
    signals.forget(vault, [logged.client_id])
    return logged


def edit_session(vault: Vault, session_id: int, draft: SessionDraft) -> Session:
    """Replace what was logged for a session. Ruptures and repairs with an id are updated in place."""
    problems = validate_session_draft(draft)
    with vault.work.transaction() as db:
        row = session_repo.get(db, session_id)
        if row is None:
            raise ValidationError.single("session", msg("This session no longer exists in the vault."))
        if draft.client_id != row.client_id:
            problems.append(FieldProblem("client", msg("A logged session cannot be moved to another client.")))
        problems += check_repair_targets(db, draft, session_key=(draft.date, row.number, row.id))
        problems += _check_edit_children(db, row, draft)
        if problems:
            raise ValidationError(problems)
        draft = with_client_answers(db, draft)
        before = session_records(db, [row])[0]
        changed = changed_fields(before, draft)
        if not changed:
            handover.attach_in(db, row.client_id, draft.date, row.id)
            return before  # nothing to save: no new version, no audit noise
        version = history_repo.save_previous(db, row.id, session_snapshot(before), changed)
        date_changed = row.date != draft.date
        session_repo.update(row, draft)
        session_repo.delete_responses(db, row.id)
        rupture_repo.delete_all_but(db, row.id, keep_ruptures={r.id for r in draft.ruptures if r.id is not None},
                                    keep_repairs={r.id for r in draft.repairs if r.id is not None})
        if date_changed:
            session_repo.renumber(db, row.client_id)
        _write_children(db, row.id, draft)
        audit.record(db, "edit", "session", row.id, version=version + 1, changed=changed)
        handover.attach_in(db, row.client_id, draft.date, row.id)
        edited = session_records(db, [row])[0]
    signals.forget(vault, [edited.client_id])
    return edited


@dataclass(frozen=True)
class LoggedByCode:
    """A session logged for a client named by code, and whether that code made a new client."""

    client: Client
    session: Session
    new_client: bool


def log_session_by_code(vault: Vault, code: str, draft: SessionDraft) -> LoggedByCode:
    """Log a session for the client with this code (its ``client_id`` is ignored), adding the client first when
    the code is new; both in one unit of work, so a refused session adds no client either."""
    with vault.work.transaction():
        client = find_client(vault, code)
        new_client = client is None
        if client is None:
            client = add_client(vault, ClientDraft(code=code))
        session = log_session(vault, replace(draft, client_id=client.id))
    return LoggedByCode(client, session, new_client)


@dataclass(frozen=True)
class SessionVersion:
    """One earlier state of a session: what it was before an edit made at ``changed_at`` (UTC)."""

    version: int
    changed_at: dt.datetime
    actor: str
    changed_fields: tuple[str, ...]
    session: Session

    @property
    def changed_text(self) -> str:
        """The changed parts in words, e.g. 'trust, note'."""
        return ", ".join(FIELD_LABELS.get(f, f) for f in self.changed_fields)


def session_history(vault: Vault, session_id: int) -> list[SessionVersion]:
    """Earlier versions of a session, oldest first (empty when it was never edited)."""
    with vault.work.transaction() as db:
        return [SessionVersion(v.version, v.changed_at, v.actor, tuple(v.changed_fields),
                               session_from_snapshot(json.loads(v.snapshot)))
                for v in history_repo.versions_of(db, session_id)]


@dataclass(frozen=True)
class SessionHistory:
    """A session as it is now, its client's code, and its earlier versions (oldest first): the history
    window's read model."""

    session: Session
    client_code: str
    versions: tuple[SessionVersion, ...]


def history_view(vault: Vault, session_id: int) -> SessionHistory:
    """A session's current state and edit history, in one unit of work."""
    with vault.work.transaction():
        session = get_session(vault, session_id)
        client = get_client(vault, session.client_id)
        return SessionHistory(session, client.code, tuple(session_history(vault, session_id)))


def delete_session(vault: Vault, session_id: int) -> int:
    """Move a session with its ruptures and repairs to the trash (``services.trash``, kept 30 days) and delete it;
    refused while a later session repairs one of its ruptures. The client's sessions are renumbered. Returns the
    trash entry's id."""
    with vault.work.transaction() as db:
        row = session_repo.get(db, session_id)
        if row is None:
            raise ValidationError.single("session", msg("This session no longer exists in the vault."))
        for rupture_id in rupture_repo.ids_noticed_in(db, row.id):
            later = rupture_repo.repaired_elsewhere(db, rupture_id, except_session_id=row.id)
            if later is not None:
                raise ValidationError.single(
                    "session", msg("A rupture from this session was repaired in session {later}; delete or edit that "
                                   "repair first.",
                                   later=later))
        client_id, number = row.client_id, row.number
        trash_id = move_to_trash(db, session_records(db, [row])[0])
        session_repo.remove(db, row)
        session_repo.renumber(db, client_id)
        audit.record(db, "delete", "session", session_id, number=number, trash=trash_id)
    signals.forget(vault, [client_id])
    return trash_id


def get_session(vault: Vault, session_id: int) -> Session:
    """One session by id, with its instruments, ruptures and repairs."""
    with vault.work.transaction() as db:
        row = session_repo.get(db, session_id)
        if row is None:
            raise ValidationError.single("session", msg("This session no longer exists in the vault."))
        return session_records(db, [row])[0]


def list_sessions(vault: Vault, client_id: int) -> list[Session]:
    """A client's sessions in order of their number."""
    with vault.work.transaction() as db:
        return session_records(db, session_repo.of_client(db, client_id))


# --- helpers ---------------------------------------------------------------------------------------


def _write_children(db: Db, session_id: int, draft: SessionDraft) -> None:
    """Store an edited draft's instrument responses, ruptures and repairs under the session row: those with
    an id are updated in place, the others added."""
    session_repo.add_responses(db, session_id, draft.answered_instruments())
    measure_repo.replace_declines(db, session_id, draft.declined)
    rupture_ids = [rupture_repo.save_rupture(db, session_id, rup) for rup in draft.ruptures]
    rupture_repo.save_repairs(db, session_id, repairs_with_targets(draft, rupture_ids))


def _check_edit_children(db: Db, row: SessionRow, draft: SessionDraft) -> list[FieldProblem]:
    """Editing may drop a rupture only when no later session repaired it; ids must be this session's."""
    problems: list[FieldProblem] = []
    own_ruptures = rupture_repo.ids_noticed_in(db, row.id)
    own_repairs = rupture_repo.repair_ids_made_in(db, row.id)
    kept = {r.id for r in draft.ruptures if r.id is not None}
    for i, rup in enumerate(draft.ruptures):
        if rup.id is not None and rup.id not in own_ruptures:
            problems.append(FieldProblem(f"ruptures[{i}].kind", msg("This rupture belongs to another session.")))
    for i, rep in enumerate(draft.repairs):
        if rep.id is not None and rep.id not in own_repairs:
            problems.append(FieldProblem(f"repairs[{i}].rupture", msg("This repair belongs to another session.")))
    for dropped in own_ruptures - kept:
        later = rupture_repo.repaired_elsewhere(db, dropped, except_session_id=row.id)
        if later is not None:
            problems.append(FieldProblem(
                "ruptures", msg("A rupture you removed was repaired in session {later}; remove that repair first.",
                                later=later)))
    for rdate, number in rupture_repo.repair_sessions_elsewhere(db, own_ruptures & kept, except_session_id=row.id):
        if rdate < draft.date:
            problems.append(FieldProblem(
                "date", msg("A rupture from this session was repaired in session {number} on {rdate}; the session "
                            "date cannot move after that.",
                            number=number, rdate=rdate)))
    return problems
