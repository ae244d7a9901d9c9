"""Use cases for clients: add, edit, change status, look up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.messages import msg
from alliance.core.records import Client, ClientDraft, ClientStatus
from alliance.core.validation import validate_client, validate_goals
from alliance.services.mapping import client_record
from alliance.store import audit
from alliance.store.models import ClientRow
from alliance.store.repositories import Db
from alliance.store.repositories import clients as client_repo
from alliance.store.vault import Vault


def _client_row(db: Db, client_id: int) -> ClientRow:
    row = client_repo.get(db, client_id)
    if row is None:
        raise ValidationError.single("client", msg("This client no longer exists in the vault."))
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
    with vault.work.transaction() as db:
        if not problems and client_repo.code_taken(db, draft.code.strip()):
            problems.append(FieldProblem("code", msg("A client with the code {value} already exists.",
                                                     value=draft.code.strip())))
        if problems:
            raise ValidationError(problems)
        row = client_repo.insert(db, replace(_normalised(draft), intake_date=draft.intake_date or dt.date.today()))
        audit.record(db, "create", "client", row.id)
        return client_record(row)


def edit_client(vault: Vault, client_id: int, draft: ClientDraft) -> Client:
    """Change a client's code, identifying fields, intake date or status."""
    problems = validate_client(draft)
    with vault.work.transaction() as db:
        row = _client_row(db, client_id)
        if not problems and client_repo.code_taken(db, draft.code.strip(), except_id=client_id):
            problems.append(FieldProblem("code", msg("Another client already has the code {value}.",
                                                     value=draft.code.strip())))
        if problems:
            raise ValidationError(problems)
        client_repo.update(row, _normalised(draft))
        audit.record(db, "edit", "client", row.id)
        return client_record(row)


def set_goals(vault: Vault, client_id: int, goals: Sequence[str], formulation: str) -> Client:
    """Replace a client's treatment goals (one per line; blank lines dropped) and formulation. The audit trail
    records that they changed and how many goals there are, never their text."""
    kept = [g.strip() for g in goals if g.strip()]
    problems = validate_goals(kept, formulation)
    if problems:
        raise ValidationError(problems)
    with vault.work.transaction() as db:
        row = _client_row(db, client_id)
        client_repo.set_goals(row, "\n".join(kept), formulation.strip())
        audit.record(db, "goals edited", "client", row.id, goals=len(kept), formulation=bool(formulation.strip()))
        return client_record(row)


def set_client_status(vault: Vault, client_id: int, status: ClientStatus) -> Client:
    """Pause, discharge or re-activate a client."""
    with vault.work.transaction() as db:
        row = _client_row(db, client_id)
        client_repo.set_status(row, ClientStatus(status).value)
        audit.record(db, "status", "client", row.id, status=row.status)
        return client_record(row)


def discharge_client(vault: Vault, client_id: int) -> Client:
    """Mark a client discharged; their records stay."""
    return set_client_status(vault, client_id, ClientStatus.DISCHARGED)


def get_client(vault: Vault, client_id: int) -> Client:
    """One client by id."""
    with vault.work.transaction() as db:
        return client_record(_client_row(db, client_id))


def find_client(vault: Vault, code: str) -> Client | None:
    """A client by code (case-insensitive), or None."""
    with vault.work.transaction() as db:
        row = client_repo.find_by_code(db, code.strip())
        return client_record(row) if row else None


def count_clients(vault: Vault) -> int:
    """How many clients the vault holds."""
    with vault.work.transaction() as db:
        return client_repo.count(db)


def list_clients(vault: Vault, statuses: set[ClientStatus] | None = None) -> list[Client]:
    """Every client with one of the statuses (default: all), in the order of their codes."""
    wanted = {ClientStatus(s).value for s in statuses} if statuses else {s.value for s in ClientStatus}
    with vault.work.transaction() as db:
        return sorted((client_record(r) for r in client_repo.with_status(db, wanted)), key=lambda c: c.code.lower())
