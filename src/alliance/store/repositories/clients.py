"""Client rows: look-ups by id and code, writes, and the figures behind the caseload table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import NamedTuple

from sqlalchemy import func, literal, select

from alliance.core.records import ClientDraft
from alliance.core.taxonomy import RESOLVED_AT
from alliance.store.models import ClientRow, RepairRow, RuptureRow, SessionRow
from alliance.store.repositories import Db, as_date, utc_now


class CaseloadFigures(NamedTuple):
    """One client's line in the caseload table, as stored."""

    id: int
    code: str
    display_name: str
    status: str
    session_count: int
    last_session_date: dt.date | None
    latest_alliance_index: float | None
    open_ruptures: int


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


def set_status(row: ClientRow, status: str) -> None:
    """Change a client's status (a ClientStatus value)."""
    row.status = status
    row.updated_at = utc_now()


def caseload_figures(db: Db, search: str = "", statuses: Collection[str] = ()) -> list[CaseloadFigures]:
    """Every client (or those matching search / statuses) with session count, last date, latest index and
    open ruptures, ordered by code.

    ``search`` is lower-case text matched literally (% and _ too) within code or display name; ``statuses``
    are ClientStatus values, empty for all.
    """
    c = ClientRow
    s = SessionRow
    latest = (
        select((s.safety + s.trust + s.attunement + s.boundaries) / literal(4.0))
        .where(s.client_id == c.id).order_by(s.number.desc()).limit(1).scalar_subquery()
    )
    best_repair = (
        select(func.coalesce(func.max(RepairRow.resolution), 0))
        .where(RepairRow.rupture_id == RuptureRow.id).scalar_subquery()
    )
    open_count = (
        select(func.count(RuptureRow.id)).join(s, s.id == RuptureRow.session_id)
        .where(s.client_id == c.id, best_repair < RESOLVED_AT).scalar_subquery()
    )
    n = select(func.count(s.id)).where(s.client_id == c.id).scalar_subquery()
    last = select(func.max(s.date)).where(s.client_id == c.id).scalar_subquery()
    q = select(c.id, c.code, c.display_name, c.status, n, last, latest, open_count).order_by(func.lower(c.code))
    if search:
        q = q.where(func.lower(ClientRow.code).contains(search, autoescape=True)
                    | func.lower(ClientRow.display_name).contains(search, autoescape=True))
    if statuses:
        q = q.where(ClientRow.status.in_(list(statuses)))
    return [
        CaseloadFigures(
            r[0], r[1], r[2], r[3], int(r[4]), None if r[5] is None else as_date(r[5]),
            None if r[6] is None else float(r[6]), int(r[7]),
        )
        for r in db.execute(q).all()
    ]


def headers_with_status(db: Db, statuses: Collection[str]) -> list[ClientHeader]:
    """Id, code, display name and status of every client whose status is one of ``statuses``."""
    rows = db.execute(select(ClientRow.id, ClientRow.code, ClientRow.display_name, ClientRow.status)
                      .where(ClientRow.status.in_(list(statuses)))).all()
    return [ClientHeader(*r) for r in rows]
