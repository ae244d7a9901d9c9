"""The timeline and the caseload overview on real vaults."""

from __future__ import annotations

import datetime as dt

from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, ClientStatus, RepairDraft, RuptureDraft, SessionDraft
from alliance.core.signals import Direction, Rule
from alliance.core.taxonomy import RuptureKind
from alliance.services import clients, sessions, signals, timeline
from alliance.services.caseload import SPARKLINE_SESSIONS, caseload_view
from alliance.store import audit
from alliance.store.vault import Vault

D0 = dt.date(2026, 1, 5)


def _log(vault: Vault, cid: int, n: int, value: int, **kw: object) -> int:
    draft = SessionDraft(client_id=cid, date=D0 + dt.timedelta(days=7 * n), ratings=Ratings(*[value] * 4), **kw)  # type: ignore[arg-type]
    return sessions.log_session(vault, draft).id


def _client(vault: Vault, code: str, status: ClientStatus = ClientStatus.ACTIVE) -> int:
    return clients.add_client(vault, ClientDraft(code=code, status=status)).id


def test_timeline_carries_sessions_instruments_ruptures_and_episodes(vault: Vault) -> None:
    cid = _client(vault, "T1")
    _log(vault, cid, 0, 8, note="x" * 500,
         instruments={"checkin": {"understood": 6, "safe_in_body": 8},
                      "srs": {"relationship": 9, "goals_topics": 9, "approach_method": 9, "overall": 9}})
    _log(vault, cid, 1, 8)
    _log(vault, cid, 2, 8)
    s4 = sessions.log_session(vault, SessionDraft(client_id=cid, date=D0 + dt.timedelta(days=21),
                                                  ratings=Ratings(5, 5, 5, 5),
                                                  ruptures=(RuptureDraft(RuptureKind.CONFRONTATION, 4),)))
    _log(vault, cid, 4, 8, repairs=(RepairDraft(resolution=5, rupture_id=s4.ruptures[0].id),))
    tl = timeline.timeline_for(vault, cid, today=D0 + dt.timedelta(days=28))
    assert [s.number for s in tl.sessions] == [1, 2, 3, 4, 5]
    first = tl.sessions[0]
    assert first.checkin_mean == 7.0 and first.srs_total == 36
    assert first.note_excerpt.endswith("…") and len(first.note_excerpt) <= timeline.NOTE_EXCERPT + 1
    assert [(r.session_number, [x.session_number for x in r.repairs]) for r in tl.ruptures] == [(4, [5])]
    kinds = {(e.kind, e.start, e.end) for e in tl.signals.repairs}
    assert ("explicit", 4, 5) in kinds and ("inferred", 4, 5) in kinds
    assert tl.open_alerts == ()


def test_overview_sorts_by_need_of_attention_and_acknowledges(vault: Vault) -> None:
    calm = _client(vault, "A-calm")
    for n in range(6):
        _log(vault, calm, n, 8)
    declining = _client(vault, "B-declining")
    for n, v in enumerate((9, 9, 8, 8, 7, 6)):
        _log(vault, declining, n, v)
    ruptured = _client(vault, "C-rupture")
    for n in range(3):
        _log(vault, ruptured, n, 8)
    _log(vault, ruptured, 3, 5, ruptures=(RuptureDraft(RuptureKind.WITHDRAWAL, 4, ("minimal_response",)),))
    for n in (4, 5, 6):
        _log(vault, ruptured, n, 6)
    _client(vault, "D-paused", ClientStatus.PAUSED)
    today = D0 + dt.timedelta(days=60)
    rows = caseload_view(vault, today=today).rows
    assert [r.code for r in rows] == ["C-rupture", "B-declining", "A-calm"]
    top = rows[0]
    assert top.open_ruptures == 1 and top.alerts[0].rule is Rule.UNREPAIRED_RUPTURE
    assert "3 further sessions" in str(top.alerts[0].reason) and "no repair" in str(top.alerts[0].reason)
    assert rows[1].trend is Direction.DOWN and Rule.DECLINE in {a.rule for a in rows[1].alerts}
    assert rows[2].alerts == () and rows[2].sparkline == (8,) * 6 and rows[2].session_count == 6
    assert [r.code for r in caseload_view(vault, {ClientStatus.PAUSED}).rows] == ["D-paused"]

    key = top.alerts[0].key
    signals.acknowledge_alert(vault, ruptured, key, "supervision", note="talked it through")
    after = {r.code: r for r in caseload_view(vault, today=today).rows}
    assert key not in {a.key for a in after["C-rupture"].alerts}
    with vault.work.transaction() as db:
        assert audit.verify_chain(db) == []


def test_overview_uses_only_recent_sessions_for_sparkline(vault: Vault) -> None:
    cid = _client(vault, "Long")
    for n in range(30):
        _log(vault, cid, n, 5 + (n % 3))
    (row,) = caseload_view(vault, today=D0 + dt.timedelta(days=7 * 30)).rows
    assert row.session_count == 30
    assert len(row.sparkline) == SPARKLINE_SESSIONS
    assert row.latest_alliance_index == 5 + (29 % 3)
