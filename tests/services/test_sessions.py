"""Session use cases: logging, numbering, instruments, ruptures and repairs, editing, validation."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance.core.errors import ValidationError
from alliance.core.ratings import Ratings
from alliance.core.records import (
    ClientDraft,
    Modality,
    NervousSystemState,
    RepairDraft,
    RuptureDraft,
    SessionDraft,
)
from alliance.core.taxonomy import RaisedBy, RuptureKind, RuptureStatus
from alliance.services import clients, ruptures, sessions
from alliance.services.caseload import caseload_view
from alliance.store.vault import Vault

D0 = dt.date(2026, 1, 5)


def _client(vault: Vault, code: str = "AB-17") -> int:
    return clients.add_client(vault, ClientDraft(code=code)).id


def _draft(client_id: int, day: int = 0, **kw: object) -> SessionDraft:
    base: dict[str, object] = {"client_id": client_id, "date": D0 + dt.timedelta(days=7 * day),
                               "ratings": Ratings(7, 6, 8, 7)}
    base.update(kw)
    return SessionDraft(**base)  # type: ignore[arg-type]


def test_log_session_roundtrip_every_field(vault: Vault) -> None:
    cid = _client(vault)
    draft = _draft(
        cid, duration_min=75, modality=Modality.VIDEO, ns_state_start=NervousSystemState.SYMPATHETIC,
        ns_state_end=NervousSystemState.VENTRAL, corrective_experience=True,
        corrective_experience_text="Felt heard when she disagreed", note="Private note ✓ עברית",
        instruments={"srs": {"relationship": 9, "goals_topics": 8, "approach_method": 8, "overall": 9}},
        ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 3, ("minimal_response",), RaisedBy.THERAPIST, "went quiet"),),
        repairs=(RepairDraft(resolution=4, strategies=("invites_relationship_talk",), new_rupture_index=0),),
    )
    s = sessions.log_session(vault, draft)
    back = sessions.get_session(vault, s.id)
    assert back == s
    assert back.number == 1 and back.alliance_index == 7.0
    assert (back.duration_min, back.modality, back.ns_state_start, back.ns_state_end) == (
        75, Modality.VIDEO, NervousSystemState.SYMPATHETIC, NervousSystemState.VENTRAL)
    assert back.corrective_experience and back.note == "Private note ✓ עברית"
    assert back.instruments == {"srs": {"relationship": 9, "goals_topics": 8, "approach_method": 8, "overall": 9}}
    (rup,) = back.ruptures
    assert (rup.kind, rup.intensity, rup.markers, rup.raised_by) == (
        RuptureKind.WITHDRAWAL, 3, ("minimal_response",), RaisedBy.THERAPIST)
    assert rup.status is RuptureStatus.RESOLVED
    assert back.repairs[0].rupture_id == rup.id


def test_numbers_follow_dates_even_when_backfilled(vault: Vault) -> None:
    cid = _client(vault)
    for day in (0, 2, 1):
        sessions.log_session(vault, _draft(cid, day))
    listed = sessions.list_sessions(vault, cid)
    assert [s.number for s in listed] == [1, 2, 3]
    assert [s.date for s in listed] == sorted(s.date for s in listed)


def test_repair_in_later_session_resolves_rupture(vault: Vault) -> None:
    cid = _client(vault)
    first = sessions.log_session(vault, _draft(cid, 0, ruptures=(RuptureDraft(RuptureKind.CONFRONTATION, 4,
                                                                             ("complaints_therapist",)),)))
    rid = first.ruptures[0].id
    assert [r.id for r in ruptures.open_ruptures(vault, cid)] == [rid]
    sessions.log_session(vault, _draft(cid, 1, repairs=(RepairDraft(resolution=2, rupture_id=rid),)))
    (partly,) = ruptures.open_ruptures(vault, cid)
    assert partly.status is RuptureStatus.PARTLY_RESOLVED
    sessions.log_session(vault, _draft(cid, 2, repairs=(RepairDraft(resolution=5, rupture_id=rid,
                                                                    strategies=("acknowledges_contribution",)),)))
    assert ruptures.open_ruptures(vault, cid) == []
    (history,) = ruptures.ruptures_for_client(vault, cid)
    assert [r.session_number for r in history.repairs] == [2, 3]
    assert history.status is RuptureStatus.RESOLVED
    (summary,) = caseload_view(vault).rows
    assert (summary.session_count, summary.open_ruptures, summary.latest_alliance_index) == (3, 0, 7.0)


def test_repair_before_its_rupture_is_rejected(vault: Vault) -> None:
    cid = _client(vault)
    later = sessions.log_session(vault, _draft(cid, 3, ruptures=(RuptureDraft(RuptureKind.MIXED, 2),)))
    with pytest.raises(ValidationError) as err:
        sessions.log_session(vault, _draft(cid, 1, repairs=(RepairDraft(resolution=4,
                                                                         rupture_id=later.ruptures[0].id),)))
    assert "cannot come before its rupture" in err.value.for_field("repairs[0].rupture")[0]
    assert len(sessions.list_sessions(vault, cid)) == 1


def test_repair_of_another_clients_rupture_rejected(vault: Vault) -> None:
    a, b = _client(vault, "A"), _client(vault, "B")
    s = sessions.log_session(vault, _draft(a, 0, ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 1),)))
    with pytest.raises(ValidationError) as err:
        sessions.log_session(vault, _draft(b, 1, repairs=(RepairDraft(resolution=4, rupture_id=s.ruptures[0].id),)))
    assert err.value.for_field("repairs[0].rupture")


def test_validation_names_every_bad_field_and_writes_nothing(vault: Vault) -> None:
    cid = _client(vault)
    bad = _draft(cid, ratings=Ratings(11, -1, 5, 5), duration_min=0,
                 date=dt.date.today() + dt.timedelta(days=30),
                 ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 9, ("complaints_therapist",)),),
                 instruments={"srs": {"overall": 41}})
    with pytest.raises(ValidationError) as err:
        sessions.log_session(vault, bad)
    e = err.value
    assert e.for_field("safety") == ["Safety must be a whole number from 0 to 10."]
    assert e.for_field("trust") == ["Trust must be a whole number from 0 to 10."]
    assert e.for_field("duration_min") and e.for_field("date")
    assert e.for_field("ruptures[0].intensity") and e.for_field("ruptures[0].markers")
    assert e.for_field("instruments.srs.overall")
    assert sessions.list_sessions(vault, cid) == []


def test_unknown_client_rejected(vault: Vault) -> None:
    with pytest.raises(ValidationError) as err:
        sessions.log_session(vault, _draft(999))
    assert err.value.for_field("client")


def test_edit_session_keeps_rupture_ids_and_renumbers(vault: Vault) -> None:
    cid = _client(vault)
    s1 = sessions.log_session(vault, _draft(cid, 0, ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 2),)))
    s2 = sessions.log_session(vault, _draft(cid, 1))
    rid = s1.ruptures[0].id
    sessions.log_session(vault, _draft(cid, 2, repairs=(RepairDraft(resolution=4, rupture_id=rid),)))
    edited = sessions.edit_session(vault, s1.id, _draft(
        cid, 0, ratings=Ratings(3, 3, 3, 3), note="revised",
        ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 4, id=rid),)))
    assert edited.ruptures[0].id == rid and edited.ruptures[0].intensity == 4
    assert edited.ruptures[0].status is RuptureStatus.RESOLVED
    assert edited.alliance_index == 3.0 and edited.note == "revised"
    # dropping a rupture that a later session repaired is refused
    with pytest.raises(ValidationError) as err:
        sessions.edit_session(vault, s1.id, _draft(cid, 0))
    assert err.value.for_field("ruptures")
    # moving session 2 before session 1 renumbers
    moved = sessions.edit_session(vault, s2.id, _draft(cid, -1))
    assert moved.number == 1
    assert [s.id for s in sessions.list_sessions(vault, cid)][:2] == [s2.id, s1.id]


def test_sql_metacharacters_stored_literally(vault: Vault) -> None:
    cid = _client(vault)
    note = "'); DROP TABLE sessions; -- %_ \\ \" \x00 end"
    s = sessions.log_session(vault, _draft(cid, note=note))
    assert sessions.get_session(vault, s.id).note == note


def test_edit_keeps_previous_versions(vault: Vault) -> None:
    cid = _client(vault)
    s = sessions.log_session(vault, _draft(cid, 0, note="first words"))
    assert sessions.session_history(vault, s.id) == []
    same = sessions.edit_session(vault, s.id, _draft(cid, 0, note="first words"))
    assert same == s and sessions.session_history(vault, s.id) == []  # no change, no version
    sessions.edit_session(vault, s.id, _draft(cid, 0, note="second words", ratings=Ratings(7, 2, 8, 7)))
    sessions.edit_session(vault, s.id, _draft(cid, 0, note="third words", ratings=Ratings(7, 2, 8, 7)))
    history = sessions.session_history(vault, s.id)
    assert [v.version for v in history] == [1, 2]
    assert history[0].session.note == "first words" and history[0].session.ratings.trust == 6
    assert history[0].changed_fields == ("note", "trust") and history[0].changed_text == "note, trust"
    assert history[1].session.note == "second words" and history[1].changed_fields == ("note",)
    assert sessions.get_session(vault, s.id).note == "third words"


def test_delete_session_renumbers_and_guards_repairs(vault: Vault) -> None:
    cid = _client(vault)
    s1 = sessions.log_session(vault, _draft(cid, 0, ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 2),)))
    s2 = sessions.log_session(vault, _draft(cid, 1))
    s3 = sessions.log_session(vault, _draft(cid, 2, repairs=(RepairDraft(resolution=4, rupture_id=s1.ruptures[0].id),)))
    with pytest.raises(ValidationError):
        sessions.delete_session(vault, s1.id)
    sessions.delete_session(vault, s2.id)
    assert [(x.id, x.number) for x in sessions.list_sessions(vault, cid)] == [(s1.id, 1), (s3.id, 2)]
    sessions.delete_session(vault, s3.id)  # takes its repair with it
    assert ruptures.open_ruptures(vault, cid)[0].id == s1.ruptures[0].id
    sessions.delete_session(vault, s1.id)
    assert sessions.list_sessions(vault, cid) == [] and ruptures.ruptures_for_client(vault, cid) == []
