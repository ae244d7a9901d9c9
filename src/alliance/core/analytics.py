"""Analytics over one client's sessions: drops, trend, rupture-repair episodes and alerts (DOMAIN.md).

Pure functions over plain data; thresholds are configurable and default to DOMAIN.md's values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from alliance.core.ratings import Ratings, component_label
from alliance.core.taxonomy import RESOLVED_AT, RuptureKind, RuptureStatus, rupture_status


@dataclass(frozen=True)
class Thresholds:
    """The rules' numbers; defaults from DOMAIN.md."""

    drop_from_mean: float = 2.0
    drop_window: int = 3
    component_fall: int = 3
    recovery_within_sessions: int = 3
    recovery_margin: float = 0.5
    open_after_sessions: int = 2
    open_after_days: int = 21
    trend_window: int = 6
    trend_min_sessions: int = 3  # two points make a line, not a trend
    trend_slope: float = 0.15
    perspective_gap: float = 2.5
    srs_below: int = 36
    srs_fall: int = 1


@dataclass(frozen=True)
class SessionPoint:
    """What the analytics need of one session."""

    number: int
    date: dt.date
    ratings: Ratings
    checkin_mean: float | None = None
    srs_total: int | None = None
    session_id: int = 0

    @property
    def index(self) -> float:
        return self.ratings.alliance_index


@dataclass(frozen=True)
class RepairPoint:
    """A repair: where and how far it resolved its rupture."""

    session_number: int
    date: dt.date
    resolution: int


@dataclass(frozen=True)
class RupturePoint:
    """A rupture with its repairs."""

    rupture_id: int
    session_number: int
    date: dt.date
    kind: RuptureKind
    intensity: int
    repairs: tuple[RepairPoint, ...] = ()

    @property
    def status(self) -> RuptureStatus:
        return rupture_status(r.resolution for r in self.repairs)


class Trend(StrEnum):
    """Direction of the alliance index over the last sessions."""

    UP = "up"
    FLAT = "flat"
    DOWN = "down"


class AlertKind(StrEnum):
    """Why a client needs attention."""

    OPEN_RUPTURE = "open rupture"
    DECLINE = "declining alliance"
    DROP = "drop"
    PERSPECTIVE_GAP = "perspective gap"
    SRS = "srs"


ALERT_WEIGHT: dict[AlertKind, int] = {
    AlertKind.OPEN_RUPTURE: 40,
    AlertKind.DECLINE: 30,
    AlertKind.DROP: 25,
    AlertKind.SRS: 15,
    AlertKind.PERSPECTIVE_GAP: 10,
}


@dataclass(frozen=True)
class Drop:
    """A session where the alliance fell."""

    session_number: int
    before: float
    after: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Episode:
    """A rupture-repair episode: explicit (a logged repair resolved a rupture) or inferred (V-shape)."""

    kind: str  # "explicit" or "inferred"
    start_number: int
    end_number: int
    rupture_id: int | None = None


@dataclass(frozen=True)
class Alert:
    """Something the clinician should look at, with the sessions behind it and a plain reason."""

    kind: AlertKind
    session_numbers: tuple[int, ...]
    reason: str
    key: str  # stable identity, so an acknowledgement can refer to it
    urgency: int = 0  # added to the kind's weight: intensity of a rupture, steepness of a decline

    @property
    def weight(self) -> int:
        """How much this alert pushes its client up the caseload overview."""
        return ALERT_WEIGHT[self.kind] + self.urgency


@dataclass(frozen=True)
class Insights:
    """Everything the analytics say about one client."""

    trend: Trend
    slope: float | None
    rolling_mean: tuple[float, ...]
    drops: tuple[Drop, ...]
    episodes: tuple[Episode, ...]
    alerts: tuple[Alert, ...] = field(default=())

    @property
    def attention(self) -> int:
        """A score for sorting the caseload by need of attention."""
        return sum(a.weight for a in self.alerts)


def rolling_mean(values: Sequence[float], window: int = 3) -> tuple[float, ...]:
    """Mean of each value with up to window-1 values before it."""
    out = []
    for i in range(len(values)):
        chunk = values[max(0, i - window + 1) : i + 1]
        out.append(sum(chunk) / len(chunk))
    return tuple(out)


def slope(values: Sequence[float]) -> float | None:
    """Least-squares slope per step; None with fewer than two values."""
    n = len(values)
    if n < 2:
        return None
    mx = (n - 1) / 2
    my = sum(values) / n
    sxx = sum((i - mx) ** 2 for i in range(n))
    return sum((i - mx) * (v - my) for i, v in enumerate(values)) / sxx


def trend(points: Sequence[SessionPoint], t: Thresholds = Thresholds()) -> tuple[Trend, float | None]:
    """Direction of the index over the last trend_window sessions (flat with too few sessions)."""
    s = slope([p.index for p in points[-t.trend_window :]])
    if s is None or len(points) < t.trend_min_sessions:
        return Trend.FLAT, s
    if s > t.trend_slope:
        return Trend.UP, s
    if s < -t.trend_slope:
        return Trend.DOWN, s
    return Trend.FLAT, s


def find_drops(points: Sequence[SessionPoint], t: Thresholds = Thresholds()) -> list[Drop]:
    """Sessions whose index fell >= drop_from_mean below the mean of the previous sessions (up to three),
    or where any component fell >= component_fall since the previous session."""
    drops = []
    # Each point's index and ratings once (this runs for every client on the caseload overview).
    index = [p.index for p in points]
    ratings = [p.ratings.scores() for p in points]
    for i in range(1, len(points)):
        prev = index[max(0, i - t.drop_window) : i]
        before = sum(prev) / len(prev)
        cur, cur_index = points[i], index[i]
        reasons = []
        if before - cur_index >= t.drop_from_mean:
            reasons.append(f"alliance index fell from {before:.1f} to {cur_index:.1f}")
        last = ratings[i - 1]
        for key, value in ratings[i].items():
            if last[key] - value >= t.component_fall:
                reasons.append(f"{component_label(key)} fell from {last[key]} to {value}")
        if reasons:
            drops.append(Drop(cur.number, round(before, 2), cur_index, tuple(reasons)))
    return drops


def find_episodes(points: Sequence[SessionPoint], ruptures: Sequence[RupturePoint],
                  t: Thresholds = Thresholds(), drops: Sequence[Drop] | None = None) -> list[Episode]:
    """Explicit episodes (a repair reached resolved) and inferred V-shapes (a drop, then within
    recovery_within_sessions a return to within recovery_margin of the pre-drop mean). ``drops``: the
    points' ``find_drops``, when the caller has them already."""
    episodes = []
    for r in ruptures:
        resolved = [rep for rep in r.repairs if rep.resolution >= RESOLVED_AT]
        if resolved:
            end = min(rep.session_number for rep in resolved)
            episodes.append(Episode("explicit", r.session_number, end, r.rupture_id))
    by_number = {p.number: i for i, p in enumerate(points)}
    for d in find_drops(points, t) if drops is None else drops:
        i = by_number[d.session_number]
        for j in range(i + 1, min(len(points), i + 1 + t.recovery_within_sessions)):
            if points[j].index >= d.before - t.recovery_margin:
                episodes.append(Episode("inferred", d.session_number, points[j].number))
                break
    return sorted(episodes, key=lambda e: (e.start_number, e.kind))


def _fmt_kind(kind: RuptureKind) -> str:
    return {"withdrawal": "a withdrawal", "confrontation": "a confrontation", "mixed": "a mixed"}[kind.value]


def open_rupture_alerts(points: Sequence[SessionPoint], ruptures: Sequence[RupturePoint], today: dt.date,
                        t: Thresholds = Thresholds()) -> list[Alert]:
    """Ruptures still not resolved after open_after_sessions further sessions or open_after_days days."""
    alerts = []
    latest = points[-1].number if points else 0
    for r in ruptures:
        if r.status is RuptureStatus.RESOLVED:
            continue
        later = latest - r.session_number
        days = (today - r.date).days
        if later < t.open_after_sessions and days < t.open_after_days:
            continue
        before = next((p for p in points if p.number == r.session_number - 1), None)
        at = next((p for p in points if p.number == r.session_number), None)
        fell = (f"Alliance fell from {before.index:.1f} to {at.index:.1f} after {_fmt_kind(r.kind)} rupture"
                if before and at and before.index > at.index else
                f"{_fmt_kind(r.kind).capitalize()} rupture (intensity {r.intensity}) in session {r.session_number}")
        repaired = "only partly repaired" if r.status is RuptureStatus.PARTLY_RESOLVED else "no repair logged"
        span = f"for {later} session{'s' if later != 1 else ''}" if later else f"for {days} days"
        # An unrepaired rupture weighs more the more intense it was; a partly repaired one less than a decline.
        urgency = 3 * r.intensity if r.status is RuptureStatus.OPEN else 2 * r.intensity - 22
        alerts.append(Alert(AlertKind.OPEN_RUPTURE, (r.session_number,), f"{fell}; {repaired} {span}.",
                            f"rupture:{r.rupture_id}", urgency))
    return alerts


def insights(points: Sequence[SessionPoint], ruptures: Sequence[RupturePoint] = (),
             today: dt.date | None = None, t: Thresholds = Thresholds()) -> Insights:
    """All analytics for one client, points in session order."""
    points = sorted(points, key=lambda p: p.number)
    today = today or (points[-1].date if points else dt.date.today())
    direction, s = trend(points, t)
    drops = find_drops(points, t)
    episodes = find_episodes(points, ruptures, t, drops)
    alerts = open_rupture_alerts(points, ruptures, today, t)
    window = points[-t.trend_window :]
    # A V that has come back up slopes down on paper but is not a decline.
    if direction is Trend.DOWN and s is not None and window[-1].index < window[0].index:
        alerts.append(Alert(
            AlertKind.DECLINE, tuple(p.number for p in window),
            f"Alliance declining over the last {len(window)} sessions ({s:+.2f} per session, "
            f"{window[0].index:.1f} to {window[-1].index:.1f}).", f"decline:{window[-1].number}",
            min(15, round(-s * 20))))
    recovered = {e.start_number for e in episodes if e.kind == "inferred"}
    if points:
        recent = {p.number for p in points[-t.recovery_within_sessions :]}
        for d in drops:
            if d.session_number in recent and d.session_number not in recovered:
                alerts.append(Alert(AlertKind.DROP, (d.session_number,),
                                    f"Session {d.session_number}: {'; '.join(d.reasons)}; not yet recovered.",
                                    f"drop:{d.session_number}"))
        alerts += _latest_instrument_alerts(points, t)
    return Insights(direction, s, rolling_mean([p.index for p in points]), tuple(drops), tuple(episodes),
                    tuple(sorted(alerts, key=lambda a: -a.weight)))


def _latest_instrument_alerts(points: Sequence[SessionPoint], t: Thresholds) -> list[Alert]:
    alerts = []
    last = points[-1]
    if last.checkin_mean is not None and abs(last.index - last.checkin_mean) >= t.perspective_gap:
        who = "you rate it higher" if last.index > last.checkin_mean else "the client rates it higher"
        alerts.append(Alert(AlertKind.PERSPECTIVE_GAP, (last.number,),
                            f"Session {last.number}: your alliance index {last.index:.1f} and the client's check-in "
                            f"{last.checkin_mean:.1f} differ by {abs(last.index - last.checkin_mean):.1f} ({who}).",
                            f"gap:{last.number}"))
    srs = [p for p in points if p.srs_total is not None]
    if srs and srs[-1].number == last.number:
        cur = srs[-1]
        assert cur.srs_total is not None
        reasons = []
        if cur.srs_total < t.srs_below:
            reasons.append(f"SRS total {cur.srs_total} is below {t.srs_below}")
        if len(srs) > 1 and srs[-2].srs_total is not None and srs[-2].srs_total - cur.srs_total >= t.srs_fall:
            reasons.append(f"SRS fell from {srs[-2].srs_total} to {cur.srs_total}")
        if reasons:
            alerts.append(Alert(AlertKind.SRS, (cur.number,), f"Session {cur.number}: {'; '.join(reasons)}.",
                                f"srs:{cur.number}"))
    return alerts


def perspective_gaps(points: Sequence[SessionPoint], t: Thresholds = Thresholds()) -> list[int]:
    """Session numbers where the therapist index and the client check-in differ by >= perspective_gap."""
    return [p.number for p in points
            if p.checkin_mean is not None and abs(p.index - p.checkin_mean) >= t.perspective_gap]

