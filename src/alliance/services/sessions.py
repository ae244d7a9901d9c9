"""Use cases for sessions: log one (with instruments, ruptures and repairs), edit one, read them back."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.outcomes import load_outcome_instruments
from alliance.core.records import Client, ClientDraft, RepairDraft, Session, SessionDraft, session_from_draft
from alliance.core.snapshots import FIELD_LABELS, changed_fields, session_from_snapshot, session_snapshot
from alliance.core.validation import validate_session_draft
from alliance.services import handover, signals
from alliance.services.clients import add_client, find_client, get_client
from alliance.services.mapping import session_records
from alliance.store import audit
from alliance.store.models import SessionRow
from alliance.store.repositories import Db
from alliance.store.repositories import handovers as handover_repo
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


class SessionBatch:
    """New sessions logged in one unit of work (``db``), for one save or a whole import.

    What each new session needs of the vault is read once per client and then kept: the client's numbering and
    the days on which it has hand-overs not yet in a session. Sessions without responses, ruptures or repairs
    are flushed together, their audit events are written together by ``finish``, and a client whose sessions
    came out of date order is renumbered once, there: linear in the sessions, whatever the order of their
    dates. A draft refused by ``add`` leaves nothing behind."""

    def __init__(self, db: Db) -> None:
        self._db = db
        self._numbering: dict[int, session_repo.Numbering] = {}
        self._handover_days: dict[int, set[dt.date]] = {}
        self._renumber: set[int] = set()
        self._unrecorded: list[tuple[SessionRow, SessionDraft]] = []  # added, their audit events not yet written
        self._added: list[tuple[SessionDraft, SessionRow, int, list[int], list[int]]] = []

    def add(self, draft: SessionDraft) -> None:
        """Validate the draft against the vault and add it; raises ValidationError (and adds nothing)."""
        db = self._db
        problems = validate_session_draft(draft)
        if draft.client_id is None:
            raise ValidationError(problems)  # validation named the missing client
        client_id = draft.client_id
        numbering = self._numbering.get(client_id) or session_repo.numbering(db, client_id)
        if not numbering.client_exists:
            problems.insert(0, FieldProblem("client", "Choose the client this session was with."))
        else:
            problems += _check_repair_targets(db, draft, session_key=None)
        if problems:
            raise ValidationError(problems)
        handover_day = draft.date in self._days_with_handovers(client_id)
        if handover_day:
            draft = _with_client_answers(db, draft)
        number = numbering.last_number + 1
        if numbering.last_date is not None and draft.date < numbering.last_date:
            self._renumber.add(client_id)  # back-dated: renumbered by date in finish
        last_date = max(draft.date, numbering.last_date) if numbering.last_date else draft.date
        self._numbering[client_id] = session_repo.Numbering(True, number, last_date)
        children = bool(draft.answered_instruments() or draft.declined or draft.ruptures or draft.repairs)
        row = session_repo.insert(db, draft, number=number, flush=children or handover_day)
        rupture_ids: list[int] = []
        repair_ids: list[int] = []
        if children:
            session_repo.add_responses(db, row.id, draft.answered_instruments())
            measure_repo.replace_declines(db, row.id, draft.declined)
            rupture_ids = [rupture_repo.save_rupture(db, row.id, rup) for rup in draft.ruptures]
            repair_ids = rupture_repo.save_repairs(db, row.id, _repairs_with_targets(draft, rupture_ids))
        self._added.append((draft, row, number, rupture_ids, repair_ids))
        self._unrecorded.append((row, draft))
        if handover_day:  # its events in the order they happened: the session's, then the hand-overs taken in
            self._write_events()
            handover.attach_in(db, client_id, draft.date, row.id)
            self._handover_days[client_id].discard(draft.date)

    def finish(self) -> list[Session]:
        """Write the audit events and renumber what came out of date order; the sessions added, as logged."""
        self._write_events()  # flushes: every row has its id
        ids = [row.id for _draft, row, *_rest in self._added]  # read before renumbering expires the rows
        numbers = session_repo.renumber_clients(self._db, self._renumber) if self._renumber else {}
        return [session_from_draft(draft, session_id=sid, number=numbers.get(sid, number),
                                   rupture_ids=rupture_ids, repair_ids=repair_ids)
                for sid, (draft, _row, number, rupture_ids, repair_ids) in zip(ids, self._added, strict=True)]

    def _write_events(self) -> None:
        self._db.flush()
        audit.record_many(self._db, [audit.Event("create", "session", row.id,
                                                 detail={"ruptures": len(d.ruptures), "repairs": len(d.repairs)})
                                     for row, d in self._unrecorded])
        self._unrecorded.clear()

    def _days_with_handovers(self, client_id: int) -> set[dt.date]:
        if client_id not in self._handover_days:
            self._handover_days[client_id] = handover_repo.unattached_days(self._db, client_id)
        return self._handover_days[client_id]


def edit_session(vault: Vault, session_id: int, draft: SessionDraft) -> Session:
    """Replace what was logged for a session. Ruptures and repairs with an id are updated in place."""
    problems = validate_session_draft(draft)
    with vault.work.transaction() as db:
        row = session_repo.get(db, session_id)
        if row is None:
            raise ValidationError.single("session", "This session no longer exists in the vault.")
        if draft.client_id != row.client_id:
            problems.append(FieldProblem("client", "A logged session cannot be moved to another client."))
        problems += _check_repair_targets(db, draft, session_key=(draft.date, row.number, row.id))
        problems += _check_edit_children(db, row, draft)
        if problems:
            raise ValidationError(problems)
        draft = _with_client_answers(db, draft)
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


def delete_session(vault: Vault, session_id: int) -> None:
    """Delete a session with its ruptures and repairs; refused while a later session repairs one of its
    ruptures. The client's sessions are renumbered."""
    with vault.work.transaction() as db:
        row = session_repo.get(db, session_id)
        if row is None:
            raise ValidationError.single("session", "This session no longer exists in the vault.")
        for rupture_id in rupture_repo.ids_noticed_in(db, row.id):
            later = rupture_repo.repaired_elsewhere(db, rupture_id, except_session_id=row.id)
            if later is not None:
                raise ValidationError.single(
                    "session", f"A rupture from this session was repaired in session {later}; "
                               "delete or edit that repair first.")
        client_id, number = row.client_id, row.number
        session_repo.remove(db, row)
        session_repo.renumber(db, client_id)
        audit.record(db, "delete", "session", session_id, number=number)
    signals.forget(vault, [client_id])


def get_session(vault: Vault, session_id: int) -> Session:
    """One session by id, with its instruments, ruptures and repairs."""
    with vault.work.transaction() as db:
        row = session_repo.get(db, session_id)
        if row is None:
            raise ValidationError.single("session", "This session no longer exists in the vault.")
        return session_records(db, [row])[0]


def list_sessions(vault: Vault, client_id: int) -> list[Session]:
    """A client's sessions in order of their number."""
    with vault.work.transaction() as db:
        return session_records(db, session_repo.of_client(db, client_id))


# --- helpers ---------------------------------------------------------------------------------------


def _with_client_answers(db: Db, draft: SessionDraft) -> SessionDraft:
    """The draft with the answers the client gave in client mode that day and no session has taken in yet: an
    instrument the draft has answers for keeps the draft's (the form showed the client's, and what was saved there
    is what the therapist confirmed)."""
    if draft.client_id is None:
        return draft
    answers, not_today = handover.pending_answers(db, draft.client_id, draft.date)
    if not answers and not not_today:
        return draft
    own = draft.answered_instruments()
    outcome_ids = set(load_outcome_instruments())
    declined = {**{k: "not_today" for k in not_today if k in outcome_ids and k not in own}, **draft.declined}
    return replace(draft, instruments={**answers, **own}, declined=declined)


def _write_children(db: Db, session_id: int, draft: SessionDraft) -> None:
    """Store an edited draft's instrument responses, ruptures and repairs under the session row: those with
    an id are updated in place, the others added."""
    session_repo.add_responses(db, session_id, draft.answered_instruments())
    measure_repo.replace_declines(db, session_id, draft.declined)
    rupture_ids = [rupture_repo.save_rupture(db, session_id, rup) for rup in draft.ruptures]
    rupture_repo.save_repairs(db, session_id, _repairs_with_targets(draft, rupture_ids))


def _repairs_with_targets(draft: SessionDraft, rupture_ids: list[int]) -> list[tuple[RepairDraft, int]]:
    """Each repair of the draft with the id of its rupture: an earlier one, or one of this draft's (whose
    ids, in draft order, are ``rupture_ids``)."""
    return [(rep, rep.rupture_id if rep.rupture_id is not None else rupture_ids[rep.new_rupture_index or 0])
            for rep in draft.repairs]


def _check_repair_targets(db: Db, draft: SessionDraft,
                          session_key: tuple[dt.date, int, int] | None) -> list[FieldProblem]:
    """A repair must belong to a rupture of the same client noticed in this or an earlier session."""
    problems: list[FieldProblem] = []
    for i, rep in enumerate(draft.repairs):
        if rep.rupture_id is None:
            continue
        rsession = rupture_repo.noticed_in(db, rep.rupture_id)
        field = f"repairs[{i}].rupture"
        if rsession is None:
            problems.append(FieldProblem(field, "The rupture this repair belongs to no longer exists."))
            continue
        if rsession.client_id != draft.client_id:
            problems.append(FieldProblem(field, "A repair must belong to a rupture of the same client."))
        elif session_key is not None and rsession.id == session_key[2]:
            continue  # a rupture noticed in this very session
        elif rsession.date > draft.date or (
            session_key is not None and (rsession.date, rsession.number) > (session_key[0], session_key[1])
        ):
            problems.append(FieldProblem(
                field, f"A repair cannot come before its rupture (noticed in session {rsession.number} "
                       f"on {rsession.date.isoformat()}). Check the date."))
    return problems


def _check_edit_children(db: Db, row: SessionRow, draft: SessionDraft) -> list[FieldProblem]:
    """Editing may drop a rupture only when no later session repaired it; ids must be this session's."""
    problems: list[FieldProblem] = []
    own_ruptures = rupture_repo.ids_noticed_in(db, row.id)
    own_repairs = rupture_repo.repair_ids_made_in(db, row.id)
    kept = {r.id for r in draft.ruptures if r.id is not None}
    for i, rup in enumerate(draft.ruptures):
        if rup.id is not None and rup.id not in own_ruptures:
            problems.append(FieldProblem(f"ruptures[{i}].kind", "This rupture belongs to another session."))
    for i, rep in enumerate(draft.repairs):
        if rep.id is not None and rep.id not in own_repairs:
            problems.append(FieldProblem(f"repairs[{i}].rupture", "This repair belongs to another session."))
    for dropped in own_ruptures - kept:
        later = rupture_repo.repaired_elsewhere(db, dropped, except_session_id=row.id)
        if later is not None:
            problems.append(FieldProblem(
                "ruptures", f"A rupture you removed was repaired in session {later}; remove that repair first."))
    for rdate, number in rupture_repo.repair_sessions_elsewhere(db, own_ruptures & kept, except_session_id=row.id):
        if rdate < draft.date:
            problems.append(FieldProblem(
                "date", f"A rupture from this session was repaired in session {number} on {rdate}; "
                        "the session date cannot move after that."))
    return problems
