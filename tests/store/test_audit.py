"""The audit chain detects edited, removed and reordered events and never stores clinical text."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from alliance.store import audit
from alliance.store.models import AuditEventRow
from alliance.store.vault import Vault


def _seed(vault: Vault, n: int = 5) -> None:
    with vault.work.transaction() as db:
        for i in range(n):
            audit.record(db, "edit", "client", i)


def _problems(vault: Vault) -> list[str]:
    with vault.work.transaction() as db:
        return audit.verify_chain(db)


def test_fresh_chain_is_intact(vault: Vault) -> None:
    _seed(vault)
    assert _problems(vault) == []
    with vault.work.transaction() as db:
        seqs = db.execute(select(AuditEventRow.seq).order_by(AuditEventRow.seq)).scalars().all()
    assert seqs == list(range(1, len(seqs) + 1))


def test_edited_event_detected(vault: Vault) -> None:
    _seed(vault)
    with vault.work.transaction() as db:
        db.execute(update(AuditEventRow).where(AuditEventRow.seq == 3).values(action="export"))
    assert any("3 has been altered" in p for p in _problems(vault))


def test_removed_event_detected(vault: Vault) -> None:
    _seed(vault)
    with vault.work.transaction() as db:
        db.delete(db.execute(select(AuditEventRow).where(AuditEventRow.seq == 3)).scalar_one())
    problems = _problems(vault)
    assert any("missing" in p for p in problems)
    assert any("does not follow" in p for p in problems)


def test_reordered_events_detected(vault: Vault) -> None:
    _seed(vault)
    with vault.work.transaction() as db:
        db.execute(update(AuditEventRow).where(AuditEventRow.seq == 2).values(seq=-2))
        db.execute(update(AuditEventRow).where(AuditEventRow.seq == 4).values(seq=2))
        db.execute(update(AuditEventRow).where(AuditEventRow.seq == -2).values(seq=4))
    assert _problems(vault)


def test_audit_refuses_clinical_text(vault: Vault) -> None:
    with vault.work.transaction() as db, pytest.raises(ValueError):
        audit.record(db, "edit", "session", 1, note="the client said ...")
