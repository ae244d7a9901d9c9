"""The caseload screen's read model: every client with a sparkline, trend, open ruptures and open alerts,
sorted by need of attention, built by one call in one unit of work."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from alliance.core.analytics import Alert, SessionPoint, Thresholds, insights
from alliance.core.ratings import Ratings
from alliance.core.records import ClientStatus
from alliance.services.insights import DEFAULTS, checkin_and_srs, rupture_points
from alliance.store.repositories import alerts as alert_repo
from alliance.store.repositories import clients as client_repo
from alliance.store.repositories import sessions as session_repo
from alliance.store.vault import Vault

SPARKLINE_SESSIONS = 12


@dataclass(frozen=True)
class CaseloadRow:
    """One client on the caseload."""

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

    def matches(self, search: str) -> bool:
        """Whether the search text (taken literally, in any case) is part of the code or the display name."""
        needle = search.strip().casefold()
        return not needle or needle in self.code.casefold() or needle in self.display_name.casefold()


@dataclass(frozen=True)
class Caseload:
    """The clients of the statuses asked for, those needing attention first."""

    rows: tuple[CaseloadRow, ...]
    statuses: frozenset[ClientStatus]


def _ratings(cache: dict[tuple[int, int, int, int], Ratings], s: int, t: int, a: int, b: int) -> Ratings:
    """One Ratings object per distinct value (they are immutable): a caseload repeats a few hundred of them."""
    key = (s, t, a, b)
    found = cache.get(key)
    if found is None:
        found = cache[key] = Ratings(s, t, a, b)
    return found


def caseload_view(vault: Vault, statuses: set[ClientStatus] | None = None, today: dt.date | None = None,
                  thresholds: Thresholds = DEFAULTS) -> Caseload:
    """Every client (active by default) with a sparkline, trend, open ruptures and unacknowledged alerts,
    sorted by need of attention. Reads only the last sessions of each client."""
    wanted = frozenset(ClientStatus(s) for s in (statuses or {ClientStatus.ACTIVE}))
    recent_n = max(SPARKLINE_SESSIONS, thresholds.trend_window, thresholds.drop_window + 1)
    today = today or dt.date.today()
    with vault.work.transaction() as db:
        clients = client_repo.headers_with_status(db, {s.value for s in wanted})
        ids = [c.id for c in clients]
        recent = session_repo.recent_of_clients(db, ids, per_client=recent_n)
        checkin, srs = checkin_and_srs(db, [r.id for r in recent])
        open_by_client = rupture_points(db, ids, only_unresolved=True)
        acks = alert_repo.acknowledged_keys(db, ids)
    points: dict[int, list[SessionPoint]] = defaultdict(list)
    counts: dict[int, int] = {}
    ratings: dict[tuple[int, int, int, int], Ratings] = {}
    for r in recent:
        points[r.client_id].append(SessionPoint(r.number, r.date, _ratings(ratings, r.safety, r.trust, r.attunement,
                                                                           r.boundaries),
                                                checkin.get(r.id), srs.get(r.id), r.id))
        counts[r.client_id] = r.n
    rows = []
    for cid, code, name, status in clients:
        p = points.get(cid, [])
        ins = insights(p, open_by_client.get(cid, []), today, thresholds)
        alerts = tuple(a for a in ins.alerts if a.key not in acks.get(cid, set()))
        rows.append(CaseloadRow(
            cid, code, name, ClientStatus(status), counts.get(cid, 0), p[-1].date if p else None,
            p[-1].index if p else None, tuple(x.index for x in p[-SPARKLINE_SESSIONS:]), ins.trend.value, ins.slope,
            len(open_by_client.get(cid, [])), alerts))
    rows.sort(key=lambda r: (-r.attention, -(len(r.alerts)), r.code.lower()))
    return Caseload(tuple(rows), wanted)
