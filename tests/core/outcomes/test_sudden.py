"""Sudden gains and losses (Tang & DeRubeis 1999) with exact t-tests and the critical session."""

from __future__ import annotations

from fractions import Fraction

import pytest

from alliance.core.outcomes import sudden_changes
from alliance.core.outcomes.sudden import stable_difference

from .helpers import instrument, series

PHQ9 = instrument("phq9")


def test_a_stable_gain_with_three_scores_each_side() -> None:
    [gain] = sudden_changes(PHQ9, series(PHQ9, [20, 21, 20, 12, 11, 12]))
    assert gain.gain and gain.size == 8 and not gain.provisional
    assert (gain.critical_session_id, gain.critical_session_number) == ("s3", 3)
    assert gain.mean_before == Fraction(61, 3) and gain.mean_after == Fraction(35, 3)
    assert gain.t_squared == 338  # (26/3)^2 / (1/3 x 2/3), hand-worked
    assert gain.t_critical == Fraction("2.776")


def test_gain_of_exactly_25_percent_and_exactly_the_reliable_change_counts() -> None:
    [gain] = sudden_changes(PHQ9, series(PHQ9, [24, 25, 24, 18, 17, 18]))
    assert gain.size == 6 and gain.pre_score == 24 and gain.critical_session_number == 3


def test_gain_just_under_25_percent_does_not_count() -> None:
    assert sudden_changes(PHQ9, series(PHQ9, [27, 26, 25, 19, 18, 19])) == []  # 6 < 25% of 25 (6.25)


def test_gain_just_under_the_reliable_change_does_not_count() -> None:
    assert sudden_changes(PHQ9, series(PHQ9, [12, 13, 12, 7, 6, 7])) == []  # 5 < 6


def test_two_scores_before_the_gain_is_provisional() -> None:
    [gain] = sudden_changes(PHQ9, series(PHQ9, [20, 21, 12, 11, 12]))
    assert gain.provisional and gain.n_before == 2 and gain.n_after == 3
    assert gain.critical_session_number == 2
    assert gain.t_squared == Fraction(2809 * 3, 35) and gain.t_critical == Fraction("3.182")
    assert "Provisional" in str(gain.reason)


def test_an_unstable_drop_is_not_a_sudden_gain() -> None:
    found = sudden_changes(PHQ9, series(PHQ9, [20, 8, 20, 12, 20, 12]))
    assert all(g.critical_session_number != 3 for g in found)


def test_sudden_loss_mirrors_the_gain() -> None:
    [loss] = sudden_changes(PHQ9, series(PHQ9, [10, 11, 10, 17, 18, 17]))
    assert not loss.gain and loss.size == 7 and loss.critical_session_number == 3


def test_t_test_with_no_variance_counts_differing_means_as_stable() -> None:
    assert stable_difference([20, 20, 20], [10, 10, 10]) == (True, None, Fraction("2.776"))
    assert stable_difference([20, 20], [20])[0] is False
    with pytest.raises(ValueError):
        stable_difference([20], [10])


def test_critical_session_is_the_pre_gain_administrations_session_when_measures_skip_sessions() -> None:
    adms = series(PHQ9, [20, 21, 20, 12, 11, 12])
    spaced = [type(a)(a.id, a.instrument_id, f"s{2 * n + 1}", 2 * n + 1, a.date, answers=a.answers)
              for n, a in enumerate(adms)]
    [gain] = sudden_changes(PHQ9, spaced)
    assert (gain.critical_session_id, gain.critical_session_number) == ("s5", 5)
    assert gain.after.session_number == 7
