"""Decline and trend: the exact slope boundary, significance, the rebound rule, too few sessions."""

from __future__ import annotations

from fractions import Fraction

from alliance.core.signals import Direction, Rule, State, evaluate
from tests.core.signals.build import day, history

TODAY = day(60)
# Six sessions whose least-squares slope is exactly -0.15 per session (A = -63, B = 105): t = 6.87.
ON = [31, 31, 30, 30, 29, 28]
OVER = [31, 31, 31, 30, 29, 28]  # A = -66: slope -0.157
UNDER = [31, 31, 30, 31, 29, 28]  # A = -60: slope -0.143


def declines(qs: list[int]) -> list:  # type: ignore[type-arg]
    return [s for s in evaluate(history(qs), today=TODAY).signals if s.rule is Rule.DECLINE]


def test_slope_exactly_minus_015_is_not_a_decline() -> None:
    cs = evaluate(history(ON), today=TODAY)
    assert cs.trend.slope == Fraction(-3, 20)
    assert cs.trend.direction is Direction.FLAT
    assert declines(ON) == []


def test_slope_just_steeper_is_a_decline() -> None:
    found = declines(OVER)
    assert len(found) == 1
    assert found[0].numbers["slope"] == Fraction(-66, 420)
    assert found[0].state is State.ACTIVE and found[0].started == 6
    cs = evaluate(history(OVER), today=TODAY)
    assert cs.trend.direction is Direction.DOWN and cs.trend.significant and cs.trend.window == (1, 2, 3, 4, 5, 6)


def test_slope_just_flatter_is_not_a_decline() -> None:
    assert evaluate(history(UNDER), today=TODAY).trend.slope == Fraction(-1, 7)
    assert declines(UNDER) == []


def test_fewer_than_six_sessions_never_decline() -> None:
    five = [32, 30, 28, 26, 24]
    assert declines(five) == []
    assert evaluate(history(five), today=TODAY).trend.significant is False


def test_steep_but_noisy_is_not_significant() -> None:
    noisy = [36, 24, 34, 22, 32, 20]  # slope -0.5 per session, but far from a line: t about 1.1
    cs = evaluate(history(noisy), today=TODAY)
    assert cs.trend.slope is not None and cs.trend.slope < Fraction(-3, 20)
    assert declines(noisy) == [] and cs.trend.direction is Direction.FLAT


def test_rebound_above_the_first_half_is_not_declining() -> None:
    falling = [32, 32, 31, 30, 29, 28, 27]
    assert declines(falling)
    rebound = [*falling, 32]  # back above the mean of the window's first half (7.8125)
    found = declines(rebound)
    assert len(found) == 1 and found[0].state is State.RECOVERED and found[0].ended == 8
    assert evaluate(history(rebound), today=TODAY).trend.direction is not Direction.DOWN


def test_decline_ends_and_a_new_one_gets_a_new_key() -> None:
    qs = [32, 32, 31, 30, 29, 28, 27, 33, 33, 33, 33, 33, 33, 32, 31, 30, 29, 28, 27]
    found = declines(qs)
    assert len(found) == 2
    assert found[0].state is State.RECOVERED and found[1].state is State.ACTIVE
    assert found[0].key != found[1].key


def test_upward_trend_and_its_exact_boundary() -> None:
    on = evaluate(history([28, 29, 30, 30, 31, 31]), today=TODAY).trend  # slope exactly +0.15
    assert on.slope == Fraction(3, 20) and on.direction is Direction.FLAT
    up = evaluate(history([28, 29, 30, 31, 32, 33]), today=TODAY).trend
    assert up.direction is Direction.UP and up.slope == Fraction(1, 4)


def test_rebound_after_a_logged_repair_is_not_declining() -> None:
    # the case: a rupture at 5.25, repaired, the next session 6.75 (still below the first half's mean)
    from tests.core.signals.build import rupture

    qs = [32, 32, 31, 30, 28, 26, 24, 21, 27]
    without = [s for s in evaluate(history(qs), today=TODAY).signals if s.rule is Rule.DECLINE]
    assert without and without[0].state is State.ACTIVE  # as a bare series it does read as a decline
    repaired = history(qs, (rupture(8, repairs=((9, 4),)),))
    cs = evaluate(repaired, today=TODAY)
    decline = [s for s in cs.signals if s.rule is Rule.DECLINE]
    assert decline and decline[0].state is State.RECOVERED and decline[0].ended == 9
    assert cs.trend.direction is Direction.FLAT and cs.trend.slope is not None and cs.trend.slope < 0
