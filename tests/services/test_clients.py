"""Client use cases: validation messages, uniqueness, status changes, the caseload table, search."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance.core.errors import ValidationError
from alliance.core.records import ClientDraft, ClientStatus
from alliance.services import clients
from alliance.services.caseload import caseload_view
from alliance.store.vault import Vault


def test_add_and_read_back_every_field(vault: Vault) -> None:
    draft = ClientDraft(code=" AB-17 ", display_name="Ada Byron", email="ada@example.org", phone="555 0100",
                        address="1 Analytical St", other_names="Charles", intake_date=dt.date(2025, 3, 1))
    made = clients.add_client(vault, draft)
    assert made.code == "AB-17"
    got = clients.get_client(vault, made.id)
    assert got == made
    assert (got.display_name, got.email, got.phone, got.address, got.other_names) == (
        "Ada Byron", "ada@example.org", "555 0100", "1 Analytical St", "Charles")
    assert got.intake_date == dt.date(2025, 3, 1)
    assert got.status is ClientStatus.ACTIVE
    assert clients.find_client(vault, "ab-17") == made
    assert clients.count_clients(vault) == 1


def test_duplicate_code_refused_case_insensitively(vault: Vault) -> None:
    clients.add_client(vault, ClientDraft(code="AB-17"))
    with pytest.raises(ValidationError) as err:
        clients.add_client(vault, ClientDraft(code="ab-17"))
    assert err.value.for_field("code") == ["A client with the code ab-17 already exists."]
    assert clients.count_clients(vault) == 1


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ClientDraft(code=""), "code"),
        (ClientDraft(code="x" * 40), "code"),
        (ClientDraft(code="a'; drop table clients;--"), "code"),
        (ClientDraft(code="AB", email="not-an-email"), "email"),
        (ClientDraft(code="AB", display_name="a\x00b"), "display_name"),
    ],
)
def test_invalid_clients_say_which_field(vault: Vault, draft: ClientDraft, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        clients.add_client(vault, draft)
    assert err.value.for_field(field)
    assert clients.count_clients(vault) == 0


def test_edit_and_status_changes(vault: Vault) -> None:
    c = clients.add_client(vault, ClientDraft(code="C1", display_name="Old"))
    other = clients.add_client(vault, ClientDraft(code="C2"))
    edited = clients.edit_client(vault, c.id, ClientDraft(code="C1b", display_name="New"))
    assert (edited.code, edited.display_name) == ("C1b", "New")
    with pytest.raises(ValidationError):
        clients.edit_client(vault, c.id, ClientDraft(code="C2"))
    assert clients.set_client_status(vault, c.id, ClientStatus.PAUSED).status is ClientStatus.PAUSED
    assert clients.discharge_client(vault, c.id).status is ClientStatus.DISCHARGED
    assert clients.set_client_status(vault, c.id, ClientStatus.ACTIVE).status is ClientStatus.ACTIVE
    assert clients.get_client(vault, other.id).code == "C2"


def test_caseload_search_is_literal(vault: Vault) -> None:
    clients.add_client(vault, ClientDraft(code="A_1", display_name="Rosa Parks"))
    clients.add_client(vault, ClientDraft(code="AB1", display_name="Nina"))
    clients.add_client(vault, ClientDraft(code="Z9", display_name="Omar 100%", status=ClientStatus.PAUSED))
    every = caseload_view(vault, set(ClientStatus)).rows

    def found(search: str) -> list[str]:
        return sorted((c.code for c in every if c.matches(search)), key=str.lower)

    assert found("a_") == ["A_1"]
    assert found("%") == ["Z9"]
    assert found("rosa") == ["A_1"]
    assert [c.code for c in caseload_view(vault, statuses={ClientStatus.PAUSED}).rows] == ["Z9"]
    assert found("") == ["A_1", "AB1", "Z9"]
    empty = every[0]
    assert (empty.session_count, empty.last_session_date, empty.latest_alliance_index, empty.open_ruptures) == (
        0, None, None, 0)
