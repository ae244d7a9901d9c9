"""Logging new sessions: ``SessionBatch``, the one way a new session is written — one save (``log_session``), a
whole import, a session restored from the trash — and the checks a new or edited session needs of the vault."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.messages import msg
from alliance.core.outcomes import load_outcome_instruments
from alliance.core.records import RepairDraft, Session, SessionDraft, session_from_draft
from alliance.core.validation import validate_session_draft
from alliance.services import handover
from alliance.store import audit
from alliance.store.models import SessionRow
from alliance.store.repositories import Db
from alliance.store.repositories import handovers as handover_repo
from alliance.store.repositories import measures as measure_repo
from alliance.store.repositories import ruptures as rupture_repo
from alliance.store.repositories import sessions as session_repo


class SessionBatch:
    """New sessions logged in one unit of work (``db``), for one save or a whole import.

    What each new session needs of the vault is read once per client and then kept: the client's numbering and
    the days on which it has hand-overs not yet in a session. Sessions without responses, ruptures or repairs
    are flushed together, their audit events are written together by ``finish``, and a client whose sessions
    came out of date order is renumbered once, there: linear in the sessions, whatever the order of their
    dates. A draft refused by ``add`` leaves nothing behind."""

    def __init__(self, db: Db, action: str = "create", detail: dict[str, Any] | None = None) -> None:
        self._db = db
        self._action = action  # of each session's audit event ("restore" for one from the trash)
        self._detail = dict(detail or {})
        self._numbering: dict[int, session_repo.Numbering] = {}
        self._handover_days: dict[int, set[dt.date]] = {}
        self._renumber: set[int] = set()
        self._added: list[tuple[SessionDraft, SessionRow, int, list[int], list[int]]] = []
        self._recorded = 0  # how many of them have their audit event written

    def add(self, draft: SessionDraft) -> None:
        """Validate the draft against the vault and add it; raises ValidationError (and adds nothing)."""
        db = self._db
        problems = validate_session_draft(draft)
        if draft.client_id is None:
            raise ValidationError(problems)  # validation named the missing client
        client_id = draft.client_id
        numbering = self._numbering.get(client_id) or session_repo.numbering(db, client_id)
        if not numbering.client_exists:
            problems.insert(0, FieldProblem("client", msg("Choose the client this session was with.")))
        else:
            problems += check_repair_targets(db, draft, session_key=None)
        if problems:
            raise ValidationError(problems)
        handover_day = draft.date in self._days_with_handovers(client_id)
        if handover_day:
            draft = with_client_answers(db, draft)
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
            repair_ids = rupture_repo.save_repairs(db, row.id, repairs_with_targets(draft, rupture_ids))
        self._added.append((draft, row, number, rupture_ids, repair_ids))
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
        audit.record_many(self._db, [audit.Event(self._action, "session", row.id, detail={
            **self._detail, "ruptures": len(d.ruptures), "repairs": len(d.repairs)})
            for d, row, *_rest in self._added[self._recorded:]])
        self._recorded = len(self._added)

    def _days_with_handovers(self, client_id: int) -> set[dt.date]:
        if client_id not in self._handover_days:
            self._handover_days[client_id] = handover_repo.unattached_days(self._db, client_id)
        return self._handover_days[client_id]


def with_client_answers(db: Db, draft: SessionDraft) -> SessionDraft:
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


def repairs_with_targets(draft: SessionDraft, rupture_ids: list[int]) -> list[tuple[RepairDraft, int]]:
    """Each repair of the draft with the id of its rupture: an earlier one, or one of this draft's (whose
    ids, in draft order, are ``rupture_ids``)."""
    return [(rep, rep.rupture_id if rep.rupture_id is not None else rupture_ids[rep.new_rupture_index or 0])
            for rep in draft.repairs]


def check_repair_targets(db: Db, draft: SessionDraft,
                          session_key: tuple[dt.date, int, int] | None) -> list[FieldProblem]:
    """A repair must belong to a rupture of the same client noticed in this or an earlier session."""
    problems: list[FieldProblem] = []
    for i, rep in enumerate(draft.repairs):
        if rep.rupture_id is None:
            continue
        rsession = rupture_repo.noticed_in(db, rep.rupture_id)
        field = f"repairs[{i}].rupture"
        if rsession is None:
            problems.append(FieldProblem(field, msg("The rupture this repair belongs to no longer exists.")))
            continue
        if rsession.client_id != draft.client_id:
            problems.append(FieldProblem(field, msg("A repair must belong to a rupture of the same client.")))
        elif session_key is not None and rsession.id == session_key[2]:
            continue  # a rupture noticed in this very session
        elif rsession.date > draft.date or (
            session_key is not None and (rsession.date, rsession.number) > (session_key[0], session_key[1])
        ):
            problems.append(FieldProblem(
                field, msg("A repair cannot come before its rupture (noticed in session {number} on {value}). Check "
                           "the date.",
                           number=rsession.number, value=rsession.date.isoformat())))
    return problems
