"""Use cases for ruptures: which are still open, and a client's whole rupture history."""

from __future__ import annotations

from alliance.core.records import Rupture
from alliance.core.taxonomy import RuptureStatus
from alliance.services.mapping import ruptures_with_repairs
from alliance.store.repositories import ruptures as rupture_repo
from alliance.store.vault import Vault


def ruptures_for_client(vault: Vault, client_id: int) -> list[Rupture]:
    """Every rupture of a client, oldest first, each with its repairs and derived status."""
    with vault.work.transaction() as db:
        return ruptures_with_repairs(db, rupture_repo.of_client(db, client_id))


def open_ruptures(vault: Vault, client_id: int | None = None) -> list[Rupture]:
    """Ruptures not yet resolved (open or partly resolved), for one client or the whole caseload."""
    with vault.work.transaction() as db:
        rows = rupture_repo.in_caseload_order(db, client_id)
        return [r for r in ruptures_with_repairs(db, rows) if r.status is not RuptureStatus.RESOLVED]
