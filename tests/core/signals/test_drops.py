"""Drop against the client's own baseline, the early rule, component drops, episodes and V episodes."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from alliance.core.ratings import Ratings
from alliance.core.signals import DEFAULT_SETTINGS, Level, Rule, State, evaluate
from tests.core.signals.build import day, history

# A baseline of three sessions, spread with no floor and a fixed multiplier 2, no minimum fall: the band is
# "D² > 8·V" for the quarter-point sums (32, 32, 33): D = 97 − 3q, V = 3·(32²+32²+33²) − 97² = 2.
EXACT = dataclasses.replace(DEFAULT_SETTINGS, baseline_sessions=3, baseline_min_sessions=3, sd_sessions=3,
                            sd_floor=Fraction(0), drop_band_min=Fraction(0), drop_band_t=0, drop_band_z=Fraction(2))
TODAY = day(40)


def drops(h, s=DEFAULT_SETTINGS, **kw):  # type: ignore[no-untyped-def]
    cs = evaluate(h, s, today=TODAY, **kw)
    return [x for x in cs.signals if x.rule in (Rule.DROP, Rule.COMPONENT_DROP)], cs


def test_drop_band_exactly_on_is_not_a_drop() -> None:
    found, _ = drops(history([32, 32, 33, 31]), EXACT)  # D = 4: 16 > 16 is false
    assert found == []


def test_drop_band_just_over_is_a_drop() -> None:
    found, cs = drops(history([32, 32, 33, 30]), EXACT)  # D = 7: 49 > 16
    assert [s.rule for s in found] == [Rule.DROP]
    assert found[0].numbers["baseline_mean"] == Fraction(97, 12)
    assert found[0].numbers["value"] == Fraction(30, 4)
    assert cs.episodes[0].depth == Fraction(7, 12)


def test_drop_band_just_under_is_not_a_drop() -> None:
    found, _ = drops(history([32, 32, 33, 32]), EXACT)  # D = 1
    assert found == []


def test_band_minimum_is_more_than_not_at_least() -> None:
    s = dataclasses.replace(DEFAULT_SETTINGS, drop_band_z=Fraction(0), drop_band_t=0, drop_band_min=Fraction(3, 2))
    on, _ = drops(history([32] * 6 + [26]), s)  # exactly 1.5 below
    over, _ = drops(history([32] * 6 + [25]), s)  # 1.75 below
    assert on == [] and [x.rule for x in over] == [Rule.DROP]


def test_default_band_is_a_t_interval_on_the_floor_for_a_flat_baseline() -> None:
    # six sessions at 8.0: SD 0 -> floor 0.5; band = t(0.99; 5) 3.365 × 0.5 × sqrt(7/6) = 1.8173
    _, cs = drops(history([32] * 6 + [32]))
    b = cs.baselines[6]
    assert b is not None and b.mean == 8 and b.k == 6 and b.variance == 0 and b.sd == Fraction(1, 2)
    assert b.band == Fraction("1.8173") and b.sd_sessions == 6
    at_175, _ = drops(history([32] * 6 + [25]))  # 1.75 below: inside the band
    at_200, _ = drops(history([32] * 6 + [24]))  # 2.0 below: outside
    assert at_175 == [] and [x.rule for x in at_200] == [Rule.DROP]


def test_early_rule_needs_more_than_two_points() -> None:
    on, _ = drops(history([32, 24]))  # exactly 2.0 below the one earlier session
    over, _ = drops(history([32, 23]))
    assert on == []
    assert [x.rule for x in over] == [Rule.DROP]
    assert over[0].numbers["baseline_sessions"] == 1


def test_too_few_sessions_no_baseline_and_no_signal() -> None:
    cs = evaluate(history([10]), today=TODAY)
    assert cs.signals == () and cs.baselines == (None,)
    assert cs.trend.slope is None and cs.trend.direction == "flat"
    empty = evaluate(history([]), today=TODAY)
    assert empty.signals == () and empty.episodes == () and empty.baselines == ()


def test_a_two_session_dip_is_one_episode_that_recovers_and_is_a_v() -> None:
    found, cs = drops(history([32] * 6 + [24, 24, 32, 32]))
    assert len(found) == 1 and len(cs.episodes) == 1
    ep = cs.episodes[0]
    assert (ep.start, ep.end, ep.length, ep.recovered_at) == (7, 8, 2, 9)
    assert ep.depth == 2
    sig = found[0]
    assert sig.state is State.RECOVERED and sig.ended == 9 and sig.session_numbers == (7, 8)
    assert sig.key == "drop:107"
    assert [(r.kind, r.start, r.end) for r in cs.repairs] == [("inferred", 7, 9)]
    # the dip sessions did not enter the baseline of the sessions judged while it was open
    assert cs.baselines[7] is not None and cs.baselines[7].mean == 8
    assert cs.baselines[8] is not None and cs.baselines[8].session_numbers == (1, 2, 3, 4, 5, 6)


def test_an_unrecovered_drop_keeps_its_alert_after_many_sessions() -> None:
    found, cs = drops(history([32] * 6 + [24] * 6))
    assert len(found) == 1
    sig = found[0]
    assert sig.state is State.ACTIVE and sig.ended is None and sig.level is Level.ALERT
    assert sig.session_numbers == (7, 8, 9, 10, 11, 12)
    assert cs.alerts == (sig,) and cs.attention == sig.weight > 0
    assert "6 drop sessions in a row" in str(sig.reason)


def test_acknowledged_drop_is_kept_in_the_past_and_out_of_the_alerts() -> None:
    found, cs = drops(history([32] * 6 + [24] * 4), acknowledged={"drop:107"})
    assert found[0].state is State.ACKNOWLEDGED and found[0].ended is None
    assert found[0] not in cs.alerts and found[0] in cs.past
    # the step down also reads as a significant decline, but inside the drop episode: the drop stands for it
    assert cs.alerts == () and cs.attention == 0
    assert [x.rule for x in cs.signals if x.level is Level.ALERT] == [Rule.DROP]


def test_recovery_needs_the_index_back_within_the_band_of_the_old_baseline() -> None:
    # after the dip, 7.0 is still more than 1.82 below 8.0? no: 1.0 below -> inside the band -> recovered
    found, _ = drops(history([32] * 6 + [24, 28]))
    assert found[0].ended == 8
    still, _ = drops(history([32] * 6 + [24, 24]))  # 6.0: 2.0 below -> still down
    assert still[0].state is State.ACTIVE and still[0].session_numbers == (7, 8)
    # a drop that comes back only after more than 3 sessions is not a V
    late, cs2 = drops(history([32] * 6 + [24, 24, 24, 24, 32]))
    assert late[0].ended == 11 and [r for r in cs2.repairs if r.kind == "inferred"] == []


def test_component_drop_needs_two_sessions_in_a_row() -> None:
    flat = Ratings(8, 8, 8, 8)
    trust_down = Ratings(8, 5, 8, 8)  # exactly 3 below its mean 8 over the previous 3 sessions
    once, _ = drops(history([flat] * 6 + [trust_down, flat]))
    twice, _ = drops(history([flat] * 6 + [trust_down, trust_down, flat]))
    assert once == []
    assert [x.rule for x in twice] == [Rule.COMPONENT_DROP]
    assert twice[0].started == 8 and twice[0].ended == 9  # raised when the second session confirms it
    assert twice[0].numbers["component_mean"] == 8 and twice[0].numbers["component_value"] == 5
    assert "Trust 5" in str(twice[0].reason)
    assert "component_fall" in twice[0].settings


def test_component_drop_just_under_the_fall() -> None:
    flat = Ratings(8, 8, 8, 8)
    two_down = Ratings(8, 6, 8, 8)
    found, _ = drops(history([flat] * 6 + [two_down, two_down]))
    assert found == []


def test_component_as_written_single_session() -> None:
    s = dataclasses.replace(DEFAULT_SETTINGS, component_confirm=1)
    found, _ = drops(history([Ratings(8, 8, 8, 8)] * 6 + [Ratings(8, 5, 8, 8)]), s)
    assert [x.rule for x in found] == [Rule.COMPONENT_DROP]


def test_back_dated_sessions_are_judged_in_number_order() -> None:
    h = history([32] * 6 + [24, 32])
    shuffled = dataclasses.replace(h, sessions=tuple(reversed(h.sessions)))
    a = evaluate(h, today=TODAY)
    b = evaluate(shuffled, today=TODAY)
    assert [(s.key, s.state, s.ended) for s in a.signals] == [(s.key, s.state, s.ended) for s in b.signals]
    assert a.episodes == b.episodes


def test_numbers_are_exact_never_float() -> None:
    _, cs = drops(history([31, 33, 30, 32, 34, 31, 20, 33]))
    for sig in cs.signals:
        assert all(isinstance(v, int | Fraction) and not isinstance(v, bool) for v in sig.numbers.values())
    for b in cs.baselines:
        assert b is None or all(isinstance(v, Fraction) for v in (b.mean, b.variance, b.sd, b.band))
