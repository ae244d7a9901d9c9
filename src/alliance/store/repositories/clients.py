"""Client rows: look-ups by id and code, writes, and the headers the caseload lists."""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from sqlalchemy import func, select

from alliance.core.records import ClientDraft
from alliance.store.models import ClientRow
from alliance.store.repositories import Db, utc_now


class ClientHeader(NamedTuple):
    """A client's id, code, display name and status, without the other identifying fields."""

    id: int
    code: str
    display_name: str
    status: str


def get(db: Db, client_id: int) -> ClientRow | None:
    """The client row with this id, or None."""
    return db.get(ClientRow, client_id)


def find_by_code(db: Db, code: str) -> ClientRow | None:
    """The client row whose code matches, ignoring case, or None."""
    return db.execute(select(ClientRow).where(func.lower(ClientRow.code) == code.lower())).scalar()


def code_taken(db: Db, code: str, except_id: int | None = None) -> bool:
    """Whether another client (not ``except_id``) already has this code, ignoring case."""
    q = select(ClientRow.id).where(func.lower(ClientRow.code) == code.lower())
    if except_id is not None:
        q = q.where(ClientRow.id != except_id)
    return db.execute(q).first() is not None


def count(db: Db) -> int:
    """How many clients the vault holds."""
    return int(db.execute(select(func.count(ClientRow.id))).scalar_one())


def _copy_fields(row: ClientRow, draft: ClientDraft) -> None:
    row.code = draft.code
    row.display_name = draft.display_name
    row.email = draft.email
    row.phone = draft.phone
    row.address = draft.address
    row.other_names = draft.other_names
    row.status = draft.status.value
    if draft.intake_date is not None:
        row.intake_date = draft.intake_date


def insert(db: Db, draft: ClientDraft) -> ClientRow:
    """Add a client from an already validated, normalised draft (its intake date set); flushed, so it has an id."""
    now = utc_now()
    row = ClientRow(intake_date=draft.intake_date, created_at=now, updated_at=now)
    _copy_fields(row, draft)
    db.add(row)
    db.flush()
    return row


def update(row: ClientRow, draft: ClientDraft) -> None:
    """Overwrite a client's fields from a validated, normalised draft; an intake date of None keeps the old one."""
    _copy_fields(row, draft)
    row.updated_at = utc_now()


def set_goals(row: ClientRow, goals: str, formulation: str) -> None:
    """Replace a client's goals (one per line) and formulation."""
    row.goals = goals
    row.formulation = formulation
    row.updated_at = utc_now()


def set_status(row: ClientRow, status: str) -> None:
    """Change a client's status (a ClientStatus value)."""
    row.status = status
    row.updated_at = utc_now()


def headers_with_status(db: Db, statuses: Collection[str]) -> list[ClientHeader]:
    """Id, code, display name and status of every client whose status is one of ``statuses``."""
    rows = db.execute(select(ClientRow.id, ClientRow.code, ClientRow.display_name, ClientRow.status)
                      .where(ClientRow.status.in_(list(statuses)))).all()
    return [ClientHeader(*r) for r in rows]


def with_status(db: Db, statuses: Collection[str]) -> list[ClientRow]:
    """The client rows whose status is one of ``statuses``."""
    return list(db.execute(select(ClientRow).where(ClientRow.status.in_(list(statuses)))).scalars())
