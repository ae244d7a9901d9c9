"""What the analytics find in a client's relationship: the timeline of one client, alert acknowledgements.

``timeline_in`` builds a client's timeline inside the caller's unit of work (the client page's read model and
the reports use it); the caseload's figures are services/caseload.py's.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from alliance.core.analytics import Alert, Insights, RepairPoint, RupturePoint, SessionPoint, Thresholds, insights
from alliance.core.errors import ValidationError
from alliance.core.instruments import load_instruments
from alliance.core.ratings import Ratings
from alliance.core.records import Rupture
from alliance.core.taxonomy import RuptureKind
from alliance.services.mapping import ruptures_with_repairs
from alliance.store import audit
from alliance.store.repositories import Db
from alliance.store.repositories import alerts as alert_repo
from alliance.store.repositories import clients as client_repo
from alliance.store.repositories import ruptures as rupture_repo
from alliance.store.repositories import sessions as session_repo
from alliance.store.vault import Vault

NOTE_EXCERPT = 140
DEFAULTS = Thresholds()
ACK_REASONS: dict[str, str] = {
    "addressed": "Addressed in session",
    "supervision": "Discussed in supervision",
    "expected": "Expected at this stage of therapy",
    "not_relevant": "Not clinically relevant",
}


@dataclass(frozen=True)
class TimelineSession:
    """One session on the timeline (and one row of the client page's sessions table)."""

    session_id: int
    number: int
    date: dt.date
    ratings: Ratings
    alliance_index: float
    checkin_mean: float | None
    srs_total: int | None
    note_excerpt: str
    ruptures: int = 0  # noticed in this session
    repairs: int = 0  # made in this session


@dataclass(frozen=True)
class Timeline:
    """A client's whole relationship over time, with what the analytics find in it."""

    client_id: int
    code: str
    sessions: tuple[TimelineSession, ...]
    ruptures: tuple[RupturePoint, ...]
    insights: Insights
    acknowledged: frozenset[str]

    @property
    def open_alerts(self) -> tuple[Alert, ...]:
        """Alerts not acknowledged."""
        return tuple(a for a in self.insights.alerts if a.key not in self.acknowledged)


def checkin_and_srs(db: Db, session_ids: list[int]) -> tuple[dict[int, float], dict[int, int]]:
    """The check-in mean and the SRS total of each session that has them."""
    srs_items = {i.id for i in load_instruments()["srs"].items}
    means: dict[int, float] = {}
    totals: dict[int, int] = {}
    for sid, mean, total, known in session_repo.checkin_and_srs(db, session_ids, srs_items):
        if mean is not None:
            means[sid] = mean
        # An SRS total counts only when all four items were entered.
        if total is not None and known >= len(srs_items):
            totals[sid] = total
    return means, totals


def rupture_points(db: Db, client_ids: list[int], only_unresolved: bool) -> dict[int, list[RupturePoint]]:
    """Each client's ruptures (only those not yet resolved, if asked) with their repairs, as analytics points."""
    rows = rupture_repo.facts_of_clients(db, client_ids, only_unresolved)
    if not rows:
        return {}
    repairs: dict[int, list[RepairPoint]] = defaultdict(list)
    for rid, number, date, resolution in rupture_repo.repair_facts(db, [r.id for r in rows]):
        repairs[rid].append(RepairPoint(number, date, resolution))
    out: dict[int, list[RupturePoint]] = defaultdict(list)
    for rid, cid, number, date, kind, intensity in rows:
        out[cid].append(RupturePoint(rid, number, date, RuptureKind(kind), intensity, tuple(repairs[rid])))
    return out


def points_of(ruptures: list[Rupture] | tuple[Rupture, ...]) -> list[RupturePoint]:
    """Rupture records as analytics points."""
    return [RupturePoint(r.id, r.session_number, r.session_date, r.kind, r.intensity,
                         tuple(RepairPoint(p.session_number, p.session_date, p.resolution) for p in r.repairs))
            for r in ruptures]


def timeline_in(db: Db, client_id: int, code: str, ruptures: list[Rupture], today: dt.date,
                thresholds: Thresholds = DEFAULTS) -> Timeline:
    """A client's timeline, read inside the caller's unit of work; ``ruptures`` are the client's, oldest first."""
    rows = session_repo.timeline_rows(db, client_id, note_chars=NOTE_EXCERPT + 1)
    checkin, srs = checkin_and_srs(db, [r.id for r in rows])
    acks = alert_repo.acknowledged_keys(db, [client_id]).get(client_id, set())
    sessions = []
    for sid, number, date, s, t, a, b, note, n_ruptures, n_repairs in rows:
        r = Ratings(s, t, a, b)
        excerpt = note if len(note) <= NOTE_EXCERPT else note[:NOTE_EXCERPT].rstrip() + "…"
        sessions.append(TimelineSession(sid, number, date, r, r.alliance_index, checkin.get(sid), srs.get(sid),
                                        excerpt, n_ruptures, n_repairs))
    points = [SessionPoint(x.number, x.date, x.ratings, x.checkin_mean, x.srs_total, x.session_id) for x in sessions]
    rupture_pts = points_of(ruptures)
    return Timeline(client_id, code, tuple(sessions), tuple(rupture_pts),
                    insights(points, rupture_pts, today, thresholds), frozenset(acks))


def timeline_for(vault: Vault, client_id: int, today: dt.date | None = None,
                 thresholds: Thresholds = DEFAULTS) -> Timeline:
    """Every session of a client as timeline points, their ruptures and repairs, and the analytics."""
    with vault.work.transaction() as db:
        client = client_repo.get(db, client_id)
        if client is None:
            raise ValidationError.single("client", "This client no longer exists in the vault.")
        ruptures = ruptures_with_repairs(db, rupture_repo.of_client(db, client_id))
        return timeline_in(db, client_id, client.code, ruptures, today or dt.date.today(), thresholds)


def acknowledge_alert(vault: Vault, client_id: int, alert_key: str, reason: str, note: str = "") -> None:
    """Stop an alert nagging. The reason category is audited; the optional note stays in the vault only."""
    if reason not in ACK_REASONS:
        raise ValidationError.single("reason", f"Choose a reason: {', '.join(ACK_REASONS.values())}.")
    with vault.work.transaction() as db:
        if client_repo.get(db, client_id) is None:
            raise ValidationError.single("client", "This client no longer exists in the vault.")
        alert_repo.acknowledge(db, client_id, alert_key, reason, note)
        audit.record(db, "acknowledge alert", "client", client_id, alert=alert_key.split(":")[0], reason=reason)
