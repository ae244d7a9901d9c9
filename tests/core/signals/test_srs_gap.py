"""SRS prompts and alerts, and the perspective gap relative to the dyad's usual gap."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from alliance.core.signals import DEFAULT_SETTINGS, Level, Rule, State, evaluate
from tests.core.signals.build import day, history

TODAY = day(60)


def srs(totals: list[int], s=DEFAULT_SETTINGS):  # type: ignore[no-untyped-def]
    cs = evaluate(history([32] * len(totals), srs=totals), s, today=TODAY)  # type: ignore[arg-type]
    return [x for x in cs.signals if x.rule.value.startswith("srs")], cs


def test_srs_below_36_is_a_prompt_and_36_is_not() -> None:
    at, _ = srs([38, 36])
    below, cs = srs([38, 35])
    assert at == []
    assert [(x.rule, x.level) for x in below] == [(Rule.SRS_LOW, Level.PROMPT)]
    assert cs.alerts == () and cs.prompts == tuple(below)


def test_low_prompt_runs_merge_and_recover() -> None:
    found, _ = srs([38, 35, 34, 37])
    assert len(found) == 1 and found[0].session_numbers == (2, 3) and found[0].ended == 4
    assert found[0].state is State.RECOVERED


def test_srs_fall_of_three_from_a_steady_client_is_an_alert() -> None:
    # six earlier totals at 39: spread at its floor 1, band t(0.975; 5) × 1 × sqrt(7/6) = 2.78
    found, _ = srs([39] * 6 + [36])
    alerts = [x for x in found if x.level is Level.ALERT]
    assert [x.rule for x in alerts] == [Rule.SRS_FALL]
    assert alerts[0].numbers["baseline_mean"] == 39 and alerts[0].numbers["previous"] == 39
    assert alerts[0].started == 7 and alerts[0].state is State.ACTIVE


def test_srs_fall_recovers_when_back_above_the_limit() -> None:
    found, _ = srs([39] * 6 + [36, 37])
    alert = next(x for x in found if x.level is Level.ALERT)
    assert alert.ended == 8  # 37 > 39 - 3


def test_srs_fall_of_two_is_not() -> None:
    found, _ = srs([39] * 6 + [37])
    assert [x for x in found if x.level is Level.ALERT] == []


def test_a_short_srs_history_widens_the_band() -> None:
    found, _ = srs([39, 39, 39, 39, 36])  # four earlier totals: band t(0.975; 3) × 1 × sqrt(5/4) = 3.56
    assert [x for x in found if x.level is Level.ALERT] == []


def test_srs_fall_within_a_noisy_clients_usual_spread_is_not_an_alert() -> None:
    found, _ = srs([40, 36, 40, 36, 40, 37])  # down 3 from 40, but this client moves by 4 all the time
    assert [x for x in found if x.level is Level.ALERT] == []
    as_written = dataclasses.replace(DEFAULT_SETTINGS, srs_baseline_min=0)
    written, _ = srs([40, 36, 40, 36, 40, 37], as_written)
    assert Rule.SRS_FALL in [x.rule for x in written]


def test_srs_needs_three_earlier_totals_for_an_alert() -> None:
    found, _ = srs([39, 39, 36])
    assert [x for x in found if x.level is Level.ALERT] == []


def test_first_fall_below_36_after_three_at_36_or_more() -> None:
    found, _ = srs([39, 39, 39, 39, 39, 36, 35])  # down only 1 from 36, but 3.5 below this client's usual 38.5
    rules = [x.rule for x in found]
    assert Rule.SRS_FIRST_BELOW in rules and Rule.SRS_LOW in rules and Rule.SRS_FALL not in rules
    as_written = dataclasses.replace(DEFAULT_SETTINGS, srs_baseline_min=0)
    short, _ = srs([37, 37, 37, 35], as_written)
    assert Rule.SRS_FIRST_BELOW in [x.rule for x in short]
    two_only, _ = srs([37, 37, 35], as_written)  # only two sessions at 36 or more before it
    assert Rule.SRS_FIRST_BELOW not in [x.rule for x in two_only]


def test_ceiling_prompt_after_four_in_a_row() -> None:
    three, _ = srs([39, 40, 39])
    four, _ = srs([39, 40, 39, 40, 38])
    assert three == []
    assert [(x.rule, x.level, x.started, x.ended) for x in four] == [(Rule.SRS_CEILING, Level.PROMPT, 4, 5)]


def gaps(checkins: list[Fraction], qs: list[int], predictions: list[Fraction | None] | None = None):  # type: ignore[no-untyped-def]
    per: dict[str, list[object]] = {"checkin": list(checkins)}
    if predictions is not None:
        per["prediction"] = list(predictions)
    cs = evaluate(history(qs, **per), today=TODAY)  # type: ignore[arg-type]
    return [x for x in cs.signals if x.rule is Rule.PERSPECTIVE_GAP]


def test_a_steady_gap_between_two_scales_is_not_flagged_forever() -> None:
    # the therapist rates 8.0, the client 5.0, every session: the dyad's usual gap is 3
    assert gaps([Fraction(5)] * 12, [32] * 12) == []


def test_gap_differs_from_the_usual_by_exactly_two_is_an_alert() -> None:
    found = gaps([Fraction(5)] * 4 + [Fraction(3)], [32] * 5)  # gap 5 vs usual 3, variance 0
    assert len(found) == 1 and found[0].numbers["gap"] == 5 and found[0].numbers["usual_gap"] == 3
    assert found[0].state is State.ACTIVE


def test_gap_differs_by_just_under_two_is_not() -> None:
    assert gaps([Fraction(5)] * 4 + [Fraction(13, 4)], [32] * 5) == []


def test_gap_needs_four_earlier_paired_sessions() -> None:
    assert gaps([Fraction(5)] * 3 + [Fraction(1)], [32] * 4) == []


def test_gap_alert_recovers_at_the_next_usual_check_in() -> None:
    found = gaps([Fraction(5)] * 4 + [Fraction(3), Fraction(5)], [32] * 6)
    assert found[0].state is State.RECOVERED and found[0].ended == 6


def test_prediction_error_is_compared_with_earlier_prediction_errors() -> None:
    # index gaps are 3 throughout; predictions were exact four times, then off by 2
    checkins = [Fraction(5)] * 9
    preds: list[Fraction | None] = [None] * 4 + [Fraction(5)] * 4 + [Fraction(7)]
    found = gaps(checkins, [32] * 9, preds)
    assert len(found) == 1 and found[0].started == 9 and found[0].numbers["usual_gap"] == 0
