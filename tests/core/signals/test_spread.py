"""The round's departures: the spread over up to 12 sessions, the 1% band, the prior for the spread, the
decline's pooled scatter, a decline inside a drop folded into it, and the reasons' wording."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from alliance.core.signals import DEFAULT_SETTINGS, Level, Rule, State, evaluate
from alliance.core.signals.decline import SlopeTest
from alliance.core.signals.model import rounded_sqrt
from alliance.core.signals.tdist import t_critical
from tests.core.signals.build import day, history

TODAY = day(60)
ONE = Fraction(1, 100)
ALTERNATING = [30, 34] * 6  # index 7.5 / 8.5: mean 8, sample variance 3/11 over the 12 sessions


def drops(qs: list[int], s=DEFAULT_SETTINGS):  # type: ignore[no-untyped-def]
    cs = evaluate(history(qs), s, today=TODAY)
    return [x for x in cs.signals if x.rule is Rule.DROP], cs


def test_spread_over_twelve_sessions_mean_over_six() -> None:
    _, cs = drops([*ALTERNATING, 32])
    b = cs.baselines[12]
    assert b is not None and b.k == 6 and b.sd_sessions == 12 and b.mean == 8
    assert b.session_numbers == (7, 8, 9, 10, 11, 12)
    assert b.variance == Fraction(3, 11)
    t = t_critical(ONE, 11)  # 2.7181
    band2 = t * t * Fraction(3, 11) * Fraction(7, 6)
    assert b.band == rounded_sqrt(band2) == Fraction("1.5332")


def test_twelve_session_band_just_under_and_just_over() -> None:
    under, _ = drops([*ALTERNATING, 26])  # 1.5 below, band 1.5333
    over, _ = drops([*ALTERNATING, 25])  # 1.75 below
    assert under == [] and [x.rule for x in over] == [Rule.DROP]
    assert over[0].numbers["spread_sessions"] == 12


def test_six_session_spread_is_the_setting_away() -> None:
    six = dataclasses.replace(DEFAULT_SETTINGS, sd_sessions=6)
    _, cs = drops([*ALTERNATING, 32], six)
    b = cs.baselines[12]
    assert b is not None and b.sd_sessions == 6 and b.variance == Fraction(3, 10)
    found, _ = drops([*ALTERNATING, 25], six)  # band t(0.99; 5) × sqrt(0.3 × 7/6) = 1.9909
    assert found == []


def test_prior_for_the_spread_is_exact_and_off_by_default() -> None:
    assert DEFAULT_SETTINGS.sd_prior_df == 0
    prior = dataclasses.replace(DEFAULT_SETTINGS, sd_prior=Fraction(1), sd_prior_df=4)
    _, cs = drops([32] * 7, prior)
    b = cs.baselines[6]
    # s² = (4·1² + 5·0) / (4 + 5) = 4/9, t for 9 degrees of freedom
    t = t_critical(ONE, 9)
    assert b is not None and b.variance == 0
    assert b.band == rounded_sqrt(t * t * Fraction(4, 9) * Fraction(7, 6)) == Fraction("2.0317")
    assert b.sd == Fraction("0.6667")
    on_2, _ = drops([32] * 6 + [24], prior)  # 2.0 below: inside
    on_225, _ = drops([32] * 6 + [23], prior)  # 2.25 below: outside
    assert on_2 == [] and [x.rule for x in on_225] == [Rule.DROP]


# Calm sessions, then a fall: significant only against the scatter pooled with the calm sessions before.
POOLED = [32, 33, 32, 33, 32, 33, 32, 33, 32, 32, 32, 33, 32, 31, 29, 26]


def test_pooled_scatter_finds_the_decline_the_window_alone_misses() -> None:
    cs = evaluate(history(POOLED), today=TODAY)
    alerts = [x for x in cs.signals if x.level is Level.ALERT]
    assert [x.rule for x in alerts] == [Rule.DECLINE]
    d = alerts[0]
    # window 9-16 (6 residual df) pooled with sessions 1-8 (7 df)
    assert d.numbers["window"] == 8 and d.numbers["df"] == 13
    assert d.numbers["slope"] == Fraction(-61, 336)
    crit = t_critical(ONE, 13)
    assert d.numbers["t_squared"] > crit * crit
    alone = dataclasses.replace(DEFAULT_SETTINGS, decline_pool_sessions=0)
    assert [x for x in evaluate(history(POOLED), alone, today=TODAY).signals if x.level is Level.ALERT] == []


def test_pooled_t_squared_by_hand() -> None:
    cs = evaluate(history(POOLED), today=TODAY)
    d = next(x for x in cs.signals if x.rule is Rule.DECLINE)
    y = [Fraction(q, 4) for q in POOLED[8:]]
    xs = range(8)
    mx, my = Fraction(7, 2), sum(y) / 8
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (v - my) for x, v in zip(xs, y, strict=True)) / sxx
    ss_w = sum((v - my - slope * (x - mx)) ** 2 for x, v in zip(xs, y, strict=True))
    pre = [Fraction(q, 4) for q in POOLED[:8]]
    ss_0 = sum((v - sum(pre) / 8) ** 2 for v in pre)
    s2 = (ss_w + ss_0) / 13
    assert d.numbers["scatter"] == s2
    assert d.numbers["t_squared"] == slope * slope * sxx / s2


def test_pool_needs_two_earlier_sessions() -> None:
    # one session before the window has no degree of freedom of its own: the window alone (n - 2 = 6)
    qs = [32] * 12
    test = SlopeTest(qs, DEFAULT_SETTINGS)
    assert [test.window(last).df for last in (5, 7, 8, 9, 11)] == [4, 6, 6, 7, 9]  # type: ignore[union-attr]
    off = SlopeTest(qs, dataclasses.replace(DEFAULT_SETTINGS, decline_pool_sessions=0))
    assert off.window(11).df == 6  # type: ignore[union-attr]
    two = SlopeTest(qs, dataclasses.replace(DEFAULT_SETTINGS, decline_pool_sessions=2))
    assert two.window(11).df == 7  # type: ignore[union-attr]
    found = evaluate(history([31, 31, 31, 30, 29, 28]), today=TODAY).signals
    assert [x.numbers["df"] for x in found if x.rule is Rule.DECLINE] == [4]


def test_decline_inside_a_drop_is_the_drop() -> None:
    step = [32] * 6 + [24] * 4
    cs = evaluate(history(step), today=TODAY)
    assert [x.rule for x in cs.signals if x.level is Level.ALERT] == [Rule.DROP]
    drop = cs.signals[0]
    slope = drop.numbers["decline_slope"]
    assert isinstance(slope, Fraction) and slope < Fraction(-3, 20)
    assert any("stands for the decline too" in str(w) for w in drop.why)
    assert "-" not in str(drop.why[-1]).split("(")[1].split(")")[0]  # "(0.xx per session)", no minus
    apart = dataclasses.replace(DEFAULT_SETTINGS, decline_in_drop=1)
    both = evaluate(history(step), apart, today=TODAY)
    assert sorted(x.rule for x in both.signals if x.level is Level.ALERT) == [Rule.DECLINE, Rule.DROP]
    assert "decline_slope" not in next(x for x in both.signals if x.rule is Rule.DROP).numbers


def test_decline_read_after_the_drop_ends_is_raised_from_there() -> None:
    # a drop at session 7, back within the band at 8, and the fall goes on: the decline is its own alert,
    # first seen outside the episode
    qs = [32] * 6 + [24, 28, 27, 26, 25, 24]
    cs = evaluate(history(qs), today=TODAY)
    drop = [x for x in cs.signals if x.rule is Rule.DROP]
    dec = [x for x in cs.signals if x.rule is Rule.DECLINE]
    assert drop and drop[0].session_numbers == (7,) and drop[0].ended == 8
    assert dec and dec[0].started > 7
    apart = dataclasses.replace(DEFAULT_SETTINGS, decline_in_drop=1)
    dec_apart = [x for x in evaluate(history(qs), apart, today=TODAY).signals if x.rule is Rule.DECLINE]
    assert dec_apart and dec_apart[0].started <= dec[0].started


def test_decline_reason_says_fell_without_a_minus() -> None:
    cs = evaluate(history([31, 31, 31, 30, 29, 28]), today=TODAY)
    d = next(x for x in cs.signals if x.rule is Rule.DECLINE)
    text = str(d.reason)
    assert "fell 0.16 per session" in text and "-0" not in text and "fell -" not in text
    assert d.state is State.ACTIVE
