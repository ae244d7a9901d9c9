"""Analytics rules from DOMAIN.md, on hand-built trajectories and with hypothesis."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from alliance.core.analytics import (
    AlertKind,
    RepairPoint,
    RupturePoint,
    SessionPoint,
    Thresholds,
    Trend,
    find_drops,
    find_episodes,
    insights,
    perspective_gaps,
    rolling_mean,
    slope,
    trend,
)
from alliance.core.ratings import Ratings
from alliance.core.taxonomy import RuptureKind

D0 = dt.date(2026, 1, 5)


def pts(*indices: float | tuple[int, int, int, int], checkin: dict[int, float] | None = None,
        srs: dict[int, int] | None = None) -> list[SessionPoint]:
    out = []
    for n, v in enumerate(indices, start=1):
        r = Ratings(*v) if isinstance(v, tuple) else Ratings(*([int(v)] * 4))
        out.append(SessionPoint(n, D0 + dt.timedelta(days=7 * (n - 1)), r,
                                (checkin or {}).get(n), (srs or {}).get(n)))
    return out


def test_one_session_has_no_trend_drops_or_alerts() -> None:
    ins = insights(pts(7))
    assert ins.trend is Trend.FLAT and ins.slope is None
    assert ins.drops == () and ins.episodes == () and ins.alerts == ()
    assert ins.rolling_mean == (7.0,)


def test_no_sessions() -> None:
    ins = insights([])
    assert ins.trend is Trend.FLAT and ins.alerts == () and ins.rolling_mean == ()


def test_drop_from_mean_of_previous_three() -> None:
    drops = find_drops(pts(8, 8, 8, 6))
    assert [d.session_number for d in drops] == [4]
    assert drops[0].before == 8.0 and drops[0].after == 6.0
    assert find_drops(pts(8, 8, 8, 7)) == []  # only 1.0 below


def test_single_component_fall_of_three_is_a_drop() -> None:
    drops = find_drops(pts((8, 8, 8, 8), (8, 5, 8, 8)))
    assert len(drops) == 1 and "Trust fell from 8 to 5" in drops[0].reasons[0]
    assert find_drops(pts((8, 8, 8, 8), (8, 6, 8, 8))) == []


def test_inferred_v_shape_episode() -> None:
    eps = find_episodes(pts(8, 8, 8, 5, 6, 8), [])
    assert [(e.kind, e.start_number, e.end_number) for e in eps] == [("inferred", 4, 6)]
    # recovery only after four sessions is not an episode
    late = find_episodes(pts(8, 8, 8, 5, 5, 5, 5, 8), [])
    assert all(e.start_number != 4 for e in late)


def test_explicit_episode_needs_a_resolving_repair() -> None:
    r_partly = RupturePoint(1, 2, D0, RuptureKind.WITHDRAWAL, 3, (RepairPoint(3, D0, 3),))
    r_done = RupturePoint(2, 2, D0, RuptureKind.CONFRONTATION, 3, (RepairPoint(3, D0, 2), RepairPoint(4, D0, 4)))
    eps = find_episodes(pts(7, 7, 7, 7), [r_partly, r_done])
    assert [(e.kind, e.start_number, e.end_number, e.rupture_id) for e in eps] == [("explicit", 2, 4, 2)]


def test_open_rupture_alert_after_two_sessions() -> None:
    p = pts(8, 8, 5, 6, 6)
    r = RupturePoint(9, 3, p[2].date, RuptureKind.CONFRONTATION, 4)
    ins = insights(p[:4], [r], today=p[3].date)
    assert AlertKind.OPEN_RUPTURE not in {a.kind for a in ins.alerts}  # one later session only
    ins = insights(p, [r], today=p[4].date)
    alert = next(a for a in ins.alerts if a.kind is AlertKind.OPEN_RUPTURE)
    assert alert.session_numbers == (3,)
    assert alert.reason == ("Alliance fell from 8.0 to 5.0 after a confrontation rupture; "
                            "no repair logged for 2 sessions.")
    assert alert.key == "rupture:9"


def test_open_rupture_alert_after_21_days_without_sessions() -> None:
    p = pts(8, 8)
    r = RupturePoint(1, 2, p[1].date, RuptureKind.WITHDRAWAL, 2)
    assert not insights(p, [r], today=p[1].date + dt.timedelta(days=20)).alerts
    alerts = insights(p, [r], today=p[1].date + dt.timedelta(days=21)).alerts
    assert [a.kind for a in alerts] == [AlertKind.OPEN_RUPTURE]
    assert "for 21 days" in alerts[0].reason


def test_resolved_rupture_raises_no_alert() -> None:
    p = pts(8, 8, 8, 8, 8)
    r = RupturePoint(1, 1, p[0].date, RuptureKind.WITHDRAWAL, 2, (RepairPoint(2, p[1].date, 5),))
    assert insights(p, [r], today=p[-1].date).alerts == ()


def test_trend_thresholds() -> None:
    assert trend(pts(5, 6, 7, 8, 9, 10))[0] is Trend.UP
    assert trend(pts(10, 9, 8, 7, 6, 5))[0] is Trend.DOWN
    assert trend(pts(7, 7, 7, 7, 7, 7))[0] is Trend.FLAT
    # only the last six count
    assert trend(pts(1, 2, 3, 4, 8, 8, 8, 8, 8, 8))[0] is Trend.FLAT


def test_two_sessions_are_not_a_trend() -> None:
    assert trend(pts(9, 5))[0] is Trend.FLAT


def test_recovered_v_is_not_a_decline() -> None:
    ins = insights(pts(8, 8, 8, 5, 8))
    assert ins.trend is Trend.DOWN  # the slope rule alone
    assert AlertKind.DECLINE not in {a.kind for a in ins.alerts}


def test_decline_alert_and_reason() -> None:
    ins = insights(pts(9, 9, 8, 8, 7, 7))
    decline = next(a for a in ins.alerts if a.kind is AlertKind.DECLINE)
    assert decline.session_numbers == (1, 2, 3, 4, 5, 6)
    assert "declining over the last 6 sessions" in decline.reason


def test_perspective_gap_missing_checkins_ignored() -> None:
    p = pts(8, 8, 8, checkin={1: 8.0, 3: 5.0})
    assert perspective_gaps(p) == [3]
    ins = insights(p)
    assert any(a.kind is AlertKind.PERSPECTIVE_GAP and "you rate it higher" in a.reason for a in ins.alerts)


def test_srs_alerts_below_36_and_fall() -> None:
    ins = insights(pts(8, 8, srs={1: 38, 2: 37}))
    (a,) = [x for x in ins.alerts if x.kind is AlertKind.SRS]
    assert a.reason == "Session 2: SRS fell from 38 to 37."
    ins = insights(pts(8, 8, srs={1: 30, 2: 35}))
    (a,) = [x for x in ins.alerts if x.kind is AlertKind.SRS]
    assert "below 36" in a.reason and "fell" not in a.reason


def test_equal_dates_are_fine() -> None:
    p = [SessionPoint(1, D0, Ratings(8, 8, 8, 8)), SessionPoint(2, D0, Ratings(4, 4, 4, 4))]
    ins = insights(p, today=D0)
    assert [d.session_number for d in ins.drops] == [2]
    assert any(a.kind is AlertKind.DROP for a in ins.alerts)


def test_configurable_thresholds() -> None:
    p = pts(8, 8, 8, 7)
    assert find_drops(p, Thresholds(drop_from_mean=1.0))
    assert not find_drops(p)


ratings = st.builds(Ratings, *[st.integers(0, 10)] * 4)


@given(st.lists(ratings, min_size=0, max_size=30))
def test_properties_over_any_trajectory(rs: list[Ratings]) -> None:
    p = [SessionPoint(i + 1, D0 + dt.timedelta(days=i), r) for i, r in enumerate(rs)]
    ins = insights(p)
    assert len(ins.rolling_mean) == len(p)
    assert all(0.0 <= m <= 10.0 for m in ins.rolling_mean)
    for d in ins.drops:
        assert d.reasons
    for e in ins.episodes:
        assert e.start_number < e.end_number
    for a in ins.alerts:
        assert a.reason and a.session_numbers
    if ins.slope is not None:
        assert -10.0 <= ins.slope <= 10.0


@given(st.lists(st.floats(0, 10), min_size=2, max_size=12), st.floats(-3, 3))
def test_slope_recovers_added_linear_trend(values: list[float], k: float) -> None:
    base = slope(values)
    assert base is not None
    tilted = slope([v + k * i for i, v in enumerate(values)])
    assert tilted is not None
    assert abs((tilted - base) - k) < 1e-6


def test_rolling_mean_window() -> None:
    assert rolling_mean([3, 6, 9, 12], 3) == (3.0, 4.5, 6.0, 9.0)


def test_attention_weights_order_alerts() -> None:
    p = pts(8, 8, 5, 6, 6)
    open_r = RupturePoint(1, 3, p[2].date, RuptureKind.CONFRONTATION, 4)
    partly = RupturePoint(2, 3, p[2].date, RuptureKind.WITHDRAWAL, 1, (RepairPoint(4, p[3].date, 2),))
    def weight(ins: object, kind: AlertKind) -> int:
        return next(a.weight for a in ins.alerts if a.kind is kind)  # type: ignore[attr-defined]

    declining = weight(insights(pts(9, 9, 8, 8, 7, 6)), AlertKind.DECLINE)
    unrepaired = weight(insights(p, [open_r], today=p[-1].date), AlertKind.OPEN_RUPTURE)
    partly_repaired = weight(insights(p, [partly], today=p[-1].date), AlertKind.OPEN_RUPTURE)
    assert unrepaired > declining > partly_repaired > 0
