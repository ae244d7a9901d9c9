"""The trash: a deleted session is kept whole for 30 days and can be restored; emptying it is explicit.

``sessions.delete_session`` moves a session here (its ruptures, repairs, responses, declined measures and edit
history in one snapshot) and deletes it from the sessions, so nothing else sees it: not the timeline, the signals,
the search or an export. Restoring logs it again as it was (a new id, numbered by its date) with its edit
history; every step is in the audit trail. Entries older than ``KEPT_DAYS`` are removed when the vault is
unlocked (``purge_expired``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.messages import msg
from alliance.core.records import Session, draft_of
from alliance.core.snapshots import session_from_snapshot, session_snapshot
from alliance.services import signals
from alliance.services.session_batch import SessionBatch
from alliance.store import audit
from alliance.store.repositories import Db, utc_now
from alliance.store.repositories import trash as trash_repo
from alliance.store.vault import Vault

KEPT_DAYS = 30


@dataclass(frozen=True)
class TrashedSession:
    """One entry of the trash, as the trash window lists it."""

    id: int
    client_id: int
    client_code: str
    number: int  # the number it had when it was deleted
    date: dt.date
    deleted_at: dt.datetime  # UTC
    ruptures: int
    has_note: bool

    def days_left(self, now: dt.datetime | None = None) -> int:
        """Whole days until it is removed for good (0: at the next unlock)."""
        expires = self.deleted_at + dt.timedelta(days=KEPT_DAYS)
        return max(0, (expires - (now or utc_now())).days)


def move_to_trash(db: Db, session: Session) -> int:
    """Keep a session that is about to be deleted (inside the caller's unit of work); returns the entry's id."""
    snapshot = {"session": session_snapshot(session), "versions": trash_repo.versions_plain(db, session.id)}
    return trash_repo.add(db, session.client_id, session.id, session.number, session.date, snapshot)


def trashed_sessions(vault: Vault, client_id: int | None = None) -> tuple[TrashedSession, ...]:
    """What the trash holds, most recently deleted first (of one client, or of every client)."""
    with vault.work.transaction() as db:
        out = []
        for row, code in trash_repo.listed(db, client_id):
            session = session_from_snapshot(trash_repo.snapshot_of(row)["session"])
            out.append(TrashedSession(row.id, row.client_id, code, row.number, row.date, row.deleted_at,
                                      len(session.ruptures), bool(session.note.strip())))
        return tuple(out)


def restore_session(vault: Vault, trash_id: int) -> Session:
    """Log a trashed session again, as it was, with its edit history; ValidationError when it cannot be (a repair
    of an earlier rupture that is itself gone, a client discharged meanwhile is fine)."""
    with vault.work.transaction() as db:
        row = trash_repo.get(db, trash_id)
        if row is None:
            raise ValidationError.single("trash", msg("This session is no longer in the trash."))
        data = trash_repo.snapshot_of(row)
        was = session_from_snapshot(data["session"])
        draft = draft_of(was)
        draft = replace(draft, ruptures=tuple(replace(r, id=None) for r in draft.ruptures),
                        repairs=tuple(replace(r, id=None) for r in draft.repairs))
        batch = SessionBatch(db, action="restore", detail={"from_trash": row.id, "was": was.id})
        try:
            batch.add(draft)
        except ValidationError as exc:
            raise ValidationError([FieldProblem("trash", msg("This session cannot be restored:")),
                                   *(FieldProblem("trash", p.said) for p in exc.problems)]) from exc
        restored = batch.finish()[0]
        trash_repo.restore_versions(db, restored.id, list(data.get("versions", [])))
        trash_repo.remove(db, row)
    signals.forget(vault, [restored.client_id])
    return restored


def empty_trash(vault: Vault) -> int:
    """Remove every entry for good; returns how many (audited)."""
    with vault.work.transaction() as db:
        removed = trash_repo.remove_before(db, None)
        if removed:
            audit.record(db, "trash emptied", "trash", None, sessions=removed)
        return removed


def purge_expired(vault: Vault, now: dt.datetime | None = None) -> int:
    """Remove the entries deleted more than ``KEPT_DAYS`` ago; returns how many (audited)."""
    with vault.work.transaction() as db:
        return purge_expired_in(db, now)


def purge_expired_in(db: Db, now: dt.datetime | None = None) -> int:
    """``purge_expired`` inside the caller's unit of work (the unlock's)."""
    removed = trash_repo.remove_before(db, (now or utc_now()) - dt.timedelta(days=KEPT_DAYS))
    if removed:
        audit.record(db, "trash expired", "trash", None, sessions=removed, days=KEPT_DAYS)
    return removed
