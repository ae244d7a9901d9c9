"""How ``log_session`` writes: durably on its own, with its outer transaction when nested, all or nothing, the
audit chain intact, values stored exactly as the ORM stores them, and storage errors as vault errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy.exc
from sqlalchemy import select, text

from alliance.core.errors import ValidationError
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, NervousSystemState, RepairDraft, RuptureDraft, SessionDraft
from alliance.core.taxonomy import RaisedBy, RuptureKind
from alliance.services import clients, sessions
from alliance.services.vault_access import unlock_vault
from alliance.store import audit
from alliance.store.errors import DiskFull, VaultAccessDenied
from alliance.store.models import RepairRow, RuptureRow, SessionRow
from alliance.store.vault import Vault
from tests.conftest import PASSPHRASE, on_every_checkout

D0 = dt.date(2026, 1, 5)
TABLES = ("sessions", "instrument_responses", "ruptures", "repairs", "audit_events")


def _client(vault: Vault, code: str = "AB-17") -> int:
    return clients.add_client(vault, ClientDraft(code=code)).id


def _draft(client_id: int, day: int = 0, **kw: Any) -> SessionDraft:
    return SessionDraft(client_id=client_id, date=D0 + dt.timedelta(days=7 * day), ratings=Ratings(7, 6, 8, 7),
                        **kw)


def _full_draft(client_id: int, day: int = 0, repair_of: int | None = None) -> SessionDraft:
    repairs = [RepairDraft(resolution=3, strategies=("invites_relationship_talk", "validates_defence"),
                           new_rupture_index=0, note="named it")]
    if repair_of is not None:
        repairs.append(RepairDraft(resolution=5, strategies=("acknowledges_contribution",), rupture_id=repair_of))
    return _draft(client_id, day, ns_state_start=NervousSystemState.SYMPATHETIC, corrective_experience=True,
                  corrective_experience_text="stayed", note="a note ✓",
                  instruments={"srs": {"relationship": 9, "goals_topics": 8}},
                  ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 3, ("minimal_response", "deferential"),
                                         RaisedBy.THERAPIST, "went quiet"),),
                  repairs=tuple(repairs))


def _counts(vault: Vault) -> dict[str, int]:
    with vault.work.transaction() as db:
        return {t: int(db.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in TABLES}


def _chain(vault: Vault) -> list[str]:
    with vault.work.transaction() as db:
        return audit.verify_chain(db)


def test_a_logged_session_survives_closing_and_reopening(vault: Vault, vault_folder: Path) -> None:
    cid = _client(vault)
    first = sessions.log_session(vault, _full_draft(cid, 0))
    assert sessions.get_session(vault, first.id) == first
    second = sessions.log_session(vault, _full_draft(cid, 1, repair_of=first.ruptures[0].id))
    assert sessions.get_session(vault, second.id) == second
    plain = sessions.log_session(vault, _draft(cid, 2, note="no ruptures"))
    assert sessions.get_session(vault, plain.id) == plain
    logged = [sessions.get_session(vault, s.id) for s in (first, second, plain)]  # the repair resolved the first
    vault.close()
    with unlock_vault(vault_folder, PASSPHRASE) as again:
        assert [sessions.get_session(again, s.id) for s in (first, second, plain)] == logged
        assert [s.number for s in sessions.list_sessions(again, cid)] == [1, 2, 3]
        assert _chain(again) == []
        with again.work.transaction() as db:
            creates = db.execute(text("SELECT entity_id, detail FROM audit_events WHERE action = 'create' "
                                      "AND entity = 'session' ORDER BY seq")).all()
    details = [(sid, json.loads(d)) for sid, d in creates]
    digests = [detail.pop("content") for _, detail in details]  # the keyed digest of what each session holds
    assert details == [
        (first.id, {"ruptures": 1, "repairs": 1}), (second.id, {"ruptures": 1, "repairs": 2}),
        (plain.id, {"ruptures": 0, "repairs": 0})]
    assert all(len(d) == 64 for d in digests) and len(set(digests)) == 3


def test_values_are_stored_as_the_orm_stores_them(vault: Vault) -> None:
    cid = _client(vault)
    logged = sessions.log_session(vault, _full_draft(cid))
    with vault.work.transaction() as db:
        # the ORM writes a rupture, a repair and a session of its own, for comparison
        session = db.get(SessionRow, logged.id)
        assert session is not None
        orm_session = SessionRow(client_id=cid, number=2, date=D0, safety=7, trust=6, attunement=8, boundaries=7,
                                 ns_state_start="sympathetic", ns_state_end=None, corrective_experience=True,
                                 corrective_experience_text="", note="", created_at=session.created_at,
                                 updated_at=session.updated_at)
        db.add(orm_session)
        db.flush()
        db.add(RuptureRow(session_id=orm_session.id, kind="withdrawal", intensity=3, raised_by="therapist",
                          markers=["minimal_response", "deferential"], note=""))
        db.flush()
        db.add(RepairRow(session_id=orm_session.id, rupture_id=logged.ruptures[0].id, resolution=3,
                         strategies=["invites_relationship_talk", "validates_defence"], note=""))
        db.flush()
        stored = {t: db.execute(text(q)).all() for t, q in {
            "sessions": "SELECT date, typeof(date), ns_state_start, ns_state_end, corrective_experience, "
                        "typeof(corrective_experience), created_at, updated_at FROM sessions ORDER BY id",
            "ruptures": "SELECT markers, typeof(markers) FROM ruptures ORDER BY id",
            "repairs": "SELECT strategies, typeof(strategies) FROM repairs ORDER BY id"}.items()}
        reread = db.execute(select(RuptureRow.markers).where(RuptureRow.id == logged.ruptures[0].id)).scalar_one()
    assert stored["sessions"][0] == stored["sessions"][1]
    assert stored["ruptures"][0] == stored["ruptures"][1] == (json.dumps(["minimal_response", "deferential"]), "text")
    assert stored["repairs"][0] == stored["repairs"][1]
    assert reread == ["minimal_response", "deferential"]


def test_a_refused_repair_writes_nothing_and_leaves_the_chain_as_it_was(vault: Vault) -> None:
    a, b = _client(vault, "A"), _client(vault, "B")
    theirs = sessions.log_session(vault, _full_draft(a))
    before = _counts(vault)
    with pytest.raises(ValidationError):
        sessions.log_session(vault, _full_draft(b, repair_of=theirs.ruptures[0].id))
    assert _counts(vault) == before
    assert _chain(vault) == []


def test_a_statement_failing_midway_writes_nothing(vault: Vault) -> None:
    cid = _client(vault)
    sessions.log_session(vault, _draft(cid, 0))
    with vault.work.transaction() as db:  # a real failure in the last statement: the session row is already written
        db.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON audit_events "
                        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
    before = _counts(vault)
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="refused by the test"):
        sessions.log_session(vault, _full_draft(cid, 1))
    with vault.work.transaction() as db:
        db.execute(text("DROP TRIGGER refuse"))
    assert _counts(vault) == before
    assert _chain(vault) == []
    again = sessions.log_session(vault, _full_draft(cid, 1))
    assert again.number == 2 and _chain(vault) == []


def test_nested_it_commits_and_rolls_back_with_the_outer_transaction(vault: Vault) -> None:
    cid = _client(vault)
    with vault.work.transaction():
        first = sessions.log_session(vault, _full_draft(cid, 0))
        second = sessions.log_session(vault, _full_draft(cid, 1, repair_of=first.ruptures[0].id))
        backfilled = sessions.log_session(vault, _draft(cid, -1))  # renumbers the two above
        assert backfilled.number == 1
    assert [s.id for s in sessions.list_sessions(vault, cid)] == [backfilled.id, first.id, second.id]
    assert [s.number for s in sessions.list_sessions(vault, cid)] == [1, 2, 3]
    assert [(r.id, r.rupture_id) for r in sessions.get_session(vault, second.id).repairs] == [
        (r.id, r.rupture_id) for r in second.repairs]
    before = _counts(vault)
    with pytest.raises(RuntimeError, match="the outer one fails"), vault.work.transaction():
        sessions.log_session(vault, _full_draft(cid, 5))
        raise RuntimeError("the outer one fails")
    assert _counts(vault) == before
    assert _chain(vault) == []


def test_a_refused_session_inside_an_import_leaves_the_import_going(vault: Vault) -> None:
    """The importer catches one row's ValidationError and goes on inside its transaction."""
    cid = _client(vault)
    with vault.work.transaction():
        with pytest.raises(ValidationError):
            sessions.log_session(vault, _draft(cid + 1, 0))
        sessions.log_session(vault, _draft(cid, 0))
    assert len(sessions.list_sessions(vault, cid)) == 1


def test_storage_errors_are_vault_errors(vault: Vault) -> None:
    cid = _client(vault)
    sessions.log_session(vault, _draft(cid, 0))
    before = _counts(vault)
    with vault.work.transaction() as db:
        pages = db.execute(text("PRAGMA page_count")).scalar_one()
    with on_every_checkout(vault, f"PRAGMA max_page_count = {pages}"), pytest.raises(DiskFull):
        sessions.log_session(vault, _draft(cid, 1, note="x" * 90_000))
    with on_every_checkout(vault, "PRAGMA query_only = ON"), pytest.raises(VaultAccessDenied):
        sessions.log_session(vault, _draft(cid, 1))
    assert _counts(vault) == before
    assert _chain(vault) == []
    assert sessions.log_session(vault, _draft(cid, 1)).number == 2
