"""The trash: a deleted session is kept whole for 30 days, restored as it was, emptied only on request."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from alliance.core.errors import ValidationError
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, RepairDraft, RuptureDraft, Session, SessionDraft, draft_of
from alliance.core.taxonomy import RaisedBy, RuptureKind, RuptureStatus
from alliance.services import clients, ruptures, sessions, trash
from alliance.services.audit_log import audit_entries
from alliance.services.search import search_notes
from alliance.services.timeline import timeline_for
from alliance.services.vault_access import finish_unlock
from alliance.services.verify import verify_vault
from alliance.store.repositories import utc_now
from alliance.store.vault import Vault
from tests.conftest import PASSPHRASE

D0 = dt.date(2026, 2, 2)


def _client(vault: Vault, code: str = "TR-1") -> int:
    return clients.add_client(vault, ClientDraft(code=code)).id


def _log(vault: Vault, client_id: int, week: int, **kw: object) -> Session:
    base: dict[str, object] = {"client_id": client_id, "date": D0 + dt.timedelta(days=7 * week),
                               "ratings": Ratings(7, 6, 8, 7), "note": f"week {week} note"}
    base.update(kw)
    return sessions.log_session(vault, SessionDraft(**base))  # type: ignore[arg-type]


def _same_content(a: Session, b: Session) -> None:
    assert (a.date, a.ratings, a.note, a.instruments, a.declined, a.duration_min, a.modality) == (
        b.date, b.ratings, b.note, b.instruments, b.declined, b.duration_min, b.modality)
    assert [(r.kind, r.intensity, r.markers, r.raised_by, r.note) for r in a.ruptures] == [
        (r.kind, r.intensity, r.markers, r.raised_by, r.note) for r in b.ruptures]
    assert [(p.resolution, p.strategies, p.note) for p in a.repairs] == [
        (p.resolution, p.strategies, p.note) for p in b.repairs]


def test_a_deleted_session_goes_to_the_trash_and_comes_back_whole(vault: Vault, vault_folder: Path) -> None:
    cid = _client(vault)
    _log(vault, cid, 0)
    middle = _log(vault, cid, 1, note="the lantern conversation",
                  instruments={"srs": {"relationship": 8, "goals_topics": 7, "approach_method": 9, "overall": 8}},
                  ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 3, ("minimal_response",), RaisedBy.THERAPIST,
                                         "went quiet"),),
                  repairs=(RepairDraft(resolution=4, strategies=("invites_relationship_talk",), note="named it",
                                       new_rupture_index=0),))
    _log(vault, cid, 2)
    edited = sessions.edit_session(vault, middle.id, replace(draft_of(middle), note="the lantern talk"))

    trash_id = sessions.delete_session(vault, middle.id)
    assert [s.number for s in sessions.list_sessions(vault, cid)] == [1, 2]
    assert search_notes(vault, "lantern") == []  # nothing but the trash sees it
    assert len(timeline_for(vault, cid).sessions) == 2
    (entry,) = trash.trashed_sessions(vault)
    assert (entry.id, entry.client_code, entry.number, entry.date, entry.ruptures, entry.has_note) == (
        trash_id, "TR-1", 2, middle.date, 1, True)
    assert entry.days_left() == trash.KEPT_DAYS - 1

    restored = trash.restore_session(vault, trash_id)
    assert restored.number == 2 and [s.number for s in sessions.list_sessions(vault, cid)] == [1, 2, 3]
    _same_content(restored, edited)
    assert sessions.get_session(vault, restored.id).ruptures[0].status is RuptureStatus.RESOLVED
    assert [v.session.note for v in sessions.session_history(vault, restored.id)] == ["the lantern conversation"]
    assert len(search_notes(vault, "lantern")) == 1
    assert trash.trashed_sessions(vault) == ()
    actions = [(e.action, e.detail.get("from_trash")) for e in audit_entries(vault, entity="session")][:2]
    assert actions == [("restore", trash_id), ("delete", None)]
    vault.close()
    verified = verify_vault(vault_folder, PASSPHRASE)
    assert verified.ok, verified.problems


def test_a_repair_of_an_earlier_rupture_is_restored_onto_that_rupture(vault: Vault) -> None:
    cid = _client(vault)
    first = _log(vault, cid, 0, ruptures=(RuptureDraft(RuptureKind.CONFRONTATION, 4),))
    rid = first.ruptures[0].id
    later = _log(vault, cid, 3, repairs=(RepairDraft(resolution=5, rupture_id=rid),))
    trash_id = sessions.delete_session(vault, later.id)
    assert ruptures.open_ruptures(vault, cid)[0].id == rid  # its repair went with it
    trash.restore_session(vault, trash_id)
    assert ruptures.open_ruptures(vault, cid) == []
    (rupture,) = ruptures.ruptures_for_client(vault, cid)
    assert [p.session_number for p in rupture.repairs] == [2]


def test_a_session_whose_rupture_went_too_cannot_be_restored_and_stays_in_the_trash(vault: Vault) -> None:
    cid = _client(vault)
    first = _log(vault, cid, 0, ruptures=(RuptureDraft(RuptureKind.CONFRONTATION, 4),))
    later = _log(vault, cid, 3, repairs=(RepairDraft(resolution=5, rupture_id=first.ruptures[0].id),))
    trash_later = sessions.delete_session(vault, later.id)
    sessions.delete_session(vault, first.id)
    with pytest.raises(ValidationError) as refused:
        trash.restore_session(vault, trash_later)
    assert "cannot be restored" in str(refused.value) and "rupture" in str(refused.value)
    assert len(trash.trashed_sessions(vault)) == 2
    assert sessions.list_sessions(vault, cid) == []  # nothing half restored


def test_the_trash_keeps_30_days_and_empties_only_when_asked(vault: Vault) -> None:
    cid = _client(vault)
    for week in range(3):
        sessions.delete_session(vault, _log(vault, cid, week).id)
    assert trash.purge_expired(vault, now=utc_now() + dt.timedelta(days=29)) == 0
    assert len(trash.trashed_sessions(vault)) == 3
    assert trash.purge_expired(vault, now=utc_now() + dt.timedelta(days=31)) == 3
    assert trash.trashed_sessions(vault) == ()
    sessions.delete_session(vault, _log(vault, cid, 5).id)
    finish_unlock(vault, daily_backup=False)  # an unlock removes only what has expired
    assert len(trash.trashed_sessions(vault)) == 1
    assert trash.empty_trash(vault) == 1 and trash.trashed_sessions(vault) == ()
    assert trash.empty_trash(vault) == 0
    events = {e.action: e.detail for e in audit_entries(vault, entity="trash")}
    assert events["trash expired"]["sessions"] == 3 and events["trash emptied"]["sessions"] == 1


def test_the_trash_lists_one_client_or_all_most_recent_first(vault: Vault) -> None:
    a, b = _client(vault, "TR-A"), _client(vault, "TR-B")
    sessions.delete_session(vault, _log(vault, a, 0).id)
    sessions.delete_session(vault, _log(vault, b, 0).id)
    assert [e.client_code for e in trash.trashed_sessions(vault)] == ["TR-B", "TR-A"]
    assert [e.client_code for e in trash.trashed_sessions(vault, a)] == ["TR-A"]
    with pytest.raises(ValidationError):
        trash.restore_session(vault, 9999)
