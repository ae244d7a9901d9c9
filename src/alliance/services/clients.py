"""Use cases for clients: add, edit, change status, look up, and the caseload table."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.records import Client, ClientDraft, ClientStatus, ClientSummary
from alliance.services.mapping import client_record
from alliance.store import audit
from alliance.store.models import ClientRow
from alliance.store.repositories import Db
from alliance.store.repositories import clients as client_repo
from alliance.store.vault import Vault

CODE_MAX = 32
TEXT_MAX = 500
_CODE_RE = re.compile(r"^[\w][\w .\-/#]*$", re.UNICODE)
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def validate_client(draft: ClientDraft) -> list[FieldProblem]:
    """Problems with a client draft, in words a clinician can act on."""
    problems: list[FieldProblem] = []
    code = draft.code.strip()
    if not code:
        problems.append(FieldProblem("code", "Enter a client code, for example AB-17."))
    elif len(code) > CODE_MAX:
        problems.append(FieldProblem("code", f"The client code can be at most {CODE_MAX} characters."))
    elif not _CODE_RE.match(code):
        problems.append(FieldProblem("code", "The client code may use letters, digits, spaces and . - / # only, "
                                             "starting with a letter or digit."))
    for field in ("display_name", "email", "phone", "address", "other_names"):
        value = getattr(draft, field)
        if len(value) > TEXT_MAX:
            problems.append(FieldProblem(field, f"This field can be at most {TEXT_MAX} characters."))
        elif "\x00" in value:
            problems.append(FieldProblem(field, "This field contains an invisible control character; retype it."))
    if draft.email.strip() and not _EMAIL_RE.match(draft.email.strip()):
        problems.append(FieldProblem("email", "The e-mail address does not look right (name@example.org)."))
    if isinstance(draft.intake_date, dt.datetime) or (
            draft.intake_date is not None and not isinstance(draft.intake_date, dt.date)):
        problems.append(FieldProblem("intake_date", "Enter the intake date as a calendar date, without a time."))
    elif draft.intake_date is not None and draft.intake_date > dt.date.today() + dt.timedelta(days=366):
        problems.append(FieldProblem("intake_date", "The intake date is more than a year ahead; check the year."))
    try:
        ClientStatus(draft.status)
    except ValueError:
        problems.append(FieldProblem("status", "Status must be active, paused or discharged."))
    return problems


def _client_row(db: Db, client_id: int) -> ClientRow:
    row = client_repo.get(db, client_id)
    if row is None:
        raise ValidationError.single("client", "This client no longer exists in the vault.")
    return row


def _normalised(draft: ClientDraft) -> ClientDraft:
    """The draft as stored: text trimmed, status a ClientStatus."""
    return replace(
        draft, code=draft.code.strip(), display_name=draft.display_name.strip(), email=draft.email.strip(),
        phone=draft.phone.strip(), address=draft.address.strip(), other_names=draft.other_names.strip(),
        status=ClientStatus(draft.status),
    )


def add_client(vault: Vault, draft: ClientDraft) -> Client:
    """Create a client; the code must be new (case-insensitive)."""
    problems = validate_client(draft)
    with vault.transaction() as db:
        if not problems and client_repo.code_taken(db, draft.code.strip()):
            problems.append(FieldProblem("code", f"A client with the code {draft.code.strip()} already exists."))
        if problems:
            raise ValidationError(problems)
        row = client_repo.insert(db, replace(_normalised(draft), intake_date=draft.intake_date or dt.date.today()))
        audit.record(db, "create", "client", row.id)
        return client_record(row)


def edit_client(vault: Vault, client_id: int, draft: ClientDraft) -> Client:
    """Change a client's code, identifying fields, intake date or status."""
    problems = validate_client(draft)
    with vault.transaction() as db:
        row = _client_row(db, client_id)
        if not problems and client_repo.code_taken(db, draft.code.strip(), except_id=client_id):
            problems.append(FieldProblem("code", f"Another client already has the code {draft.code.strip()}."))
        if problems:
            raise ValidationError(problems)
        client_repo.update(row, _normalised(draft))
        audit.record(db, "edit", "client", row.id)
        return client_record(row)


def set_client_status(vault: Vault, client_id: int, status: ClientStatus) -> Client:
    """Pause, discharge or re-activate a client."""
    with vault.transaction() as db:
        row = _client_row(db, client_id)
        client_repo.set_status(row, ClientStatus(status).value)
        audit.record(db, "status", "client", row.id, status=row.status)
        return client_record(row)


def discharge_client(vault: Vault, client_id: int) -> Client:
    """Mark a client discharged; their records stay."""
    return set_client_status(vault, client_id, ClientStatus.DISCHARGED)


def get_client(vault: Vault, client_id: int) -> Client:
    """One client by id."""
    with vault.transaction() as db:
        return client_record(_client_row(db, client_id))


def find_client(vault: Vault, code: str) -> Client | None:
    """A client by code (case-insensitive), or None."""
    with vault.transaction() as db:
        row = client_repo.find_by_code(db, code.strip())
        return client_record(row) if row else None


def count_clients(vault: Vault) -> int:
    """How many clients the vault holds."""
    with vault.transaction() as db:
        return client_repo.count(db)


def caseload(vault: Vault, search: str = "", statuses: set[ClientStatus] | None = None) -> list[ClientSummary]:
    """The caseload table: every client (or those matching search / statuses) with their figures.

    Search matches code or display name, case-insensitive, taking the text literally (% and _ too).
    """
    wanted = {ClientStatus(s).value for s in statuses} if statuses else set()
    with vault.transaction() as db:
        rows = client_repo.caseload_figures(db, search.strip().lower(), wanted)
    return [
        ClientSummary(
            id=r.id, code=r.code, display_name=r.display_name, status=ClientStatus(r.status),
            session_count=r.session_count, last_session_date=r.last_session_date,
            latest_alliance_index=r.latest_alliance_index, open_ruptures=r.open_ruptures,
        )
        for r in rows
    ]
