"""Insights use cases: a client's timeline with its analytics, and the caseload overview with alerts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from alliance.core.analytics import Alert, Insights, RepairPoint, RupturePoint, SessionPoint, Thresholds, insights
from alliance.core.errors import ValidationError
from alliance.core.instruments import load_instruments
from alliance.core.ratings import Ratings
from alliance.core.records import ClientStatus
from alliance.core.taxonomy import RuptureKind
from alliance.store import audit
from alliance.store.repositories import Db
from alliance.store.repositories import alerts as alert_repo
from alliance.store.repositories import clients as client_repo
from alliance.store.repositories import ruptures as rupture_repo
from alliance.store.repositories import sessions as session_repo
from alliance.store.vault import Vault

SPARKLINE_SESSIONS = 12
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
    """One session on the timeline."""

    session_id: int
    number: int
    date: dt.date
    ratings: Ratings
    alliance_index: float
    checkin_mean: float | None
    srs_total: int | None
    note_excerpt: str


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


@dataclass(frozen=True)
class OverviewRow:
    """One client on the caseload overview."""

    client_id: int
    code: str
    display_name: str
    status: ClientStatus
    session_count: int
    last_session_date: dt.date | None
    latest_alliance_index: float | None
    sparkline: tuple[float, ...]
    trend: str
    slope: float | None
    open_ruptures: int
    alerts: tuple[Alert, ...]

    @property
    def attention(self) -> int:
        """Higher needs attention sooner."""
        return sum(a.weight for a in self.alerts)


def _checkin_and_srs(db: Db, session_ids: list[int]) -> tuple[dict[int, float], dict[int, int]]:
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


def _ratings(cache: dict[tuple[int, int, int, int], Ratings], s: int, t: int, a: int, b: int) -> Ratings:
    """One Ratings object per distinct value (they are immutable): a caseload repeats a few hundred of them."""
    key = (s, t, a, b)
    found = cache.get(key)
    if found is None:
        found = cache[key] = Ratings(s, t, a, b)
    return found


def _rupture_points(db: Db, client_ids: list[int], only_unresolved: bool) -> dict[int, list[RupturePoint]]:
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


def timeline_for(vault: Vault, client_id: int, today: dt.date | None = None,
                 thresholds: Thresholds = DEFAULTS) -> Timeline:
    """Every session of a client as timeline points, their ruptures and repairs, and the analytics."""
    with vault.transaction() as db:
        client = client_repo.get(db, client_id)
        if client is None:
            raise ValidationError.single("client", "This client no longer exists in the vault.")
        rows = session_repo.timeline_rows(db, client_id, note_chars=NOTE_EXCERPT + 1)
        checkin, srs = _checkin_and_srs(db, [r.id for r in rows])
        ruptures = _rupture_points(db, [client_id], only_unresolved=False).get(client_id, [])
        acks = alert_repo.acknowledged_keys(db, [client_id]).get(client_id, set())
        code = client.code
    sessions = []
    for sid, number, date, s, t, a, b, note in rows:
        r = Ratings(s, t, a, b)
        excerpt = note if len(note) <= NOTE_EXCERPT else note[:NOTE_EXCERPT].rstrip() + "…"
        sessions.append(TimelineSession(sid, number, date, r, r.alliance_index, checkin.get(sid), srs.get(sid),
                                        excerpt))
    points = [SessionPoint(x.number, x.date, x.ratings, x.checkin_mean, x.srs_total, x.session_id) for x in sessions]
    return Timeline(client_id, code, tuple(sessions), tuple(ruptures),
                    insights(points, ruptures, today or dt.date.today(), thresholds), frozenset(acks))


def caseload_overview(vault: Vault, statuses: set[ClientStatus] | None = None, today: dt.date | None = None,
                      thresholds: Thresholds = DEFAULTS) -> list[OverviewRow]:
    """Every client (active by default) with a sparkline, trend, open ruptures and unacknowledged alerts,
    sorted by need of attention. Reads only the last sessions of each client."""
    wanted = {ClientStatus(s).value for s in (statuses or {ClientStatus.ACTIVE})}
    recent_n = max(SPARKLINE_SESSIONS, thresholds.trend_window, thresholds.drop_window + 1)
    today = today or dt.date.today()
    with vault.transaction() as db:
        clients = client_repo.headers_with_status(db, wanted)
        ids = [c.id for c in clients]
        recent = session_repo.recent_of_clients(db, ids, per_client=recent_n)
        checkin, srs = _checkin_and_srs(db, [r.id for r in recent])
        open_by_client = _rupture_points(db, ids, only_unresolved=True)
        acks = alert_repo.acknowledged_keys(db, ids)
    points: dict[int, list[SessionPoint]] = defaultdict(list)
    counts: dict[int, int] = {}
    ratings: dict[tuple[int, int, int, int], Ratings] = {}
    for r in recent:
        points[r.client_id].append(SessionPoint(r.number, r.date, _ratings(ratings, r.safety, r.trust, r.attunement,
                                                                           r.boundaries),
                                                checkin.get(r.id), srs.get(r.id), r.id))
        counts[r.client_id] = r.n
    out = []
    for cid, code, name, status in clients:
        p = points.get(cid, [])
        ins = insights(p, open_by_client.get(cid, []), today, thresholds)
        alerts = tuple(a for a in ins.alerts if a.key not in acks.get(cid, set()))
        out.append(OverviewRow(
            cid, code, name, ClientStatus(status), counts.get(cid, 0), p[-1].date if p else None,
            p[-1].index if p else None, tuple(x.index for x in p[-SPARKLINE_SESSIONS:]), ins.trend.value, ins.slope,
            len(open_by_client.get(cid, [])), alerts))
    out.sort(key=lambda r: (-r.attention, -(len(r.alerts)), r.code.lower()))
    return out


def acknowledge_alert(vault: Vault, client_id: int, alert_key: str, reason: str, note: str = "") -> None:
    """Stop an alert nagging. The reason category is audited; the optional note stays in the vault only."""
    if reason not in ACK_REASONS:
        raise ValidationError.single("reason", f"Choose a reason: {', '.join(ACK_REASONS.values())}.")
    with vault.transaction() as db:
        if client_repo.get(db, client_id) is None:
            raise ValidationError.single("client", "This client no longer exists in the vault.")
        alert_repo.acknowledge(db, client_id, alert_key, reason, note)
        audit.record(db, "acknowledge alert", "client", client_id, alert=alert_key.split(":")[0], reason=reason)
