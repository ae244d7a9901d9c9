"""Editing a logged session through every path: with repairs, ruptures and repairs removed or added while editing,
ids that belong to another session, a date moved past a later repair, a session that no longer exists. Each edit
is checked by reading the session back, as the form would show it again (``draft_of``)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from alliance.core.errors import ValidationError
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, RepairDraft, RuptureDraft, SessionDraft, draft_of
from alliance.core.taxonomy import RuptureKind, RuptureStatus
from alliance.services import clients, ruptures, sessions
from alliance.services.audit_log import audit_entries
from alliance.store.vault import Vault

D0 = dt.date(2026, 1, 5)


def _day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=7 * n)


@pytest.fixture
def client_id(vault: Vault) -> int:
    return clients.add_client(vault, ClientDraft(code="ED-1")).id


def _log(vault: Vault, client_id: int, day: int, **kw: object) -> int:
    draft = SessionDraft(client_id=client_id, date=_day(day), ratings=Ratings(7, 6, 8, 7), **kw)  # type: ignore[arg-type]
    return sessions.log_session(vault, draft).id


def test_editing_a_session_with_its_own_repair_changes_only_what_changed(vault: Vault, client_id: int) -> None:
    sid = _log(vault, client_id, 0, ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 3),),
               repairs=(RepairDraft(resolution=2, new_rupture_index=0),))
    before = sessions.get_session(vault, sid)
    unchanged = sessions.edit_session(vault, sid, draft_of(before))
    assert unchanged == before and sessions.session_history(vault, sid) == []  # nothing changed: no version
    edited = sessions.edit_session(vault, sid, dataclasses.replace(
        draft_of(before), repairs=(dataclasses.replace(draft_of(before).repairs[0], resolution=5),)))
    assert [r.id for r in edited.ruptures] == [r.id for r in before.ruptures]
    assert [p.id for p in edited.repairs] == [p.id for p in before.repairs]
    assert edited.repairs[0].resolution == 5 and edited.ruptures[0].status is RuptureStatus.RESOLVED
    (version,) = sessions.session_history(vault, sid)
    assert version.changed_fields == ("repairs",) and version.session == before


def test_removing_and_adding_ruptures_and_repairs_while_editing(vault: Vault, client_id: int) -> None:
    earlier = _log(vault, client_id, 0, ruptures=(RuptureDraft(RuptureKind.CONFRONTATION, 4),))
    earlier_rupture = sessions.get_session(vault, earlier).ruptures[0].id
    sid = _log(vault, client_id, 1, ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 2),
                                             RuptureDraft(RuptureKind.MIXED, 3)),
               repairs=(RepairDraft(resolution=4, rupture_id=earlier_rupture),))
    logged = sessions.get_session(vault, sid)
    kept = logged.ruptures[1]
    draft = dataclasses.replace(
        draft_of(logged),
        ruptures=(draft_of(logged).ruptures[1], RuptureDraft(RuptureKind.WITHDRAWAL, 1, note="new while editing")),
        repairs=(RepairDraft(resolution=3, new_rupture_index=1),))  # the earlier repair removed, one added
    edited = sessions.edit_session(vault, sid, draft)
    assert next(r.id for r in edited.ruptures) == kept.id and len(edited.ruptures) == 2
    assert edited.ruptures[1].note == "new while editing" and edited.ruptures[1].repairs[0].resolution == 3
    assert [p.rupture_id for p in edited.repairs] == [edited.ruptures[1].id]
    # The earlier rupture lost its repair: open again.
    assert next(r.id for r in ruptures.open_ruptures(vault, client_id)) == earlier_rupture
    assert draft_of(sessions.get_session(vault, sid)) == dataclasses.replace(
        draft, ruptures=tuple(dataclasses.replace(r, id=e.id) for r, e in zip(draft.ruptures, edited.ruptures,
                                                                             strict=True)),
        repairs=tuple(dataclasses.replace(p, id=e.id) for p, e in zip(draft.repairs, edited.repairs, strict=True)))


def test_ids_of_another_session_are_refused_and_nothing_changes(vault: Vault, client_id: int) -> None:
    other = sessions.get_session(vault, _log(vault, client_id, 0, ruptures=(RuptureDraft(RuptureKind.MIXED, 2),),
                                             repairs=(RepairDraft(resolution=2, new_rupture_index=0),)))
    sid = _log(vault, client_id, 1)
    before = sessions.get_session(vault, sid)
    stolen = dataclasses.replace(draft_of(before), ruptures=(dataclasses.replace(draft_of(other).ruptures[0]),),
                                 repairs=(dataclasses.replace(draft_of(other).repairs[0], new_rupture_index=0),))
    with pytest.raises(ValidationError) as err:
        sessions.edit_session(vault, sid, stolen)
    fields = {p.field for p in err.value.problems}
    assert "ruptures[0].kind" in fields and "repairs[0].rupture" in fields
    assert sessions.get_session(vault, sid) == before and sessions.get_session(vault, other.id) == other


def test_a_rupture_repaired_later_cannot_be_removed_nor_its_session_moved_past_the_repair(
        vault: Vault, client_id: int) -> None:
    sid = _log(vault, client_id, 0, ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 3),))
    rupture_id = sessions.get_session(vault, sid).ruptures[0].id
    _log(vault, client_id, 2, repairs=(RepairDraft(resolution=4, rupture_id=rupture_id),))
    before = sessions.get_session(vault, sid)
    with pytest.raises(ValidationError) as removed:
        sessions.edit_session(vault, sid, dataclasses.replace(draft_of(before), ruptures=()))
    assert "repaired in session 2" in str(removed.value)
    with pytest.raises(ValidationError) as moved:
        sessions.edit_session(vault, sid, dataclasses.replace(draft_of(before), date=_day(3)))
    assert moved.value.for_field("date") and "cannot move after" in moved.value.for_field("date")[0]
    assert sessions.get_session(vault, sid) == before
    # Moving it earlier is fine, and the numbers follow the dates.
    moved_earlier = sessions.edit_session(vault, sid, dataclasses.replace(draft_of(before), date=_day(-1)))
    assert moved_earlier.number == 1


def test_moving_a_session_renumbers_every_session_of_the_client(vault: Vault, client_id: int) -> None:
    first, second, third = (_log(vault, client_id, d) for d in (0, 1, 2))
    s1 = sessions.get_session(vault, first)
    sessions.edit_session(vault, first, dataclasses.replace(draft_of(s1), date=_day(3)))
    assert [s.id for s in sessions.list_sessions(vault, client_id)] == [second, third, first]
    assert [s.number for s in sessions.list_sessions(vault, client_id)] == [1, 2, 3]


def test_editing_a_session_that_no_longer_exists_says_so(vault: Vault, client_id: int) -> None:
    sid = _log(vault, client_id, 0)
    draft = draft_of(sessions.get_session(vault, sid))
    sessions.delete_session(vault, sid)
    with pytest.raises(ValidationError) as err:
        sessions.edit_session(vault, sid, draft)
    assert err.value.for_field("session") == ["This session no longer exists in the vault."]
    assert [e.action for e in audit_entries(vault, entity="session")][:2] == ["delete", "create"]
