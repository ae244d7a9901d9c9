"""Outcome signals: reliable deterioration, not on track, deterioration after recovery, safety prompts."""

from __future__ import annotations

from alliance.core.outcomes import Administration, Level, OutcomeSignalKind, outcome_signals

from .helpers import START, answers_for_total, instrument, series

PHQ9 = instrument("phq9")


def _kinds(signals: list) -> list[OutcomeSignalKind]:  # type: ignore[type-arg]
    return [s.kind for s in signals]


def test_reliable_deterioration_is_an_alert_with_a_stable_key() -> None:
    out = outcome_signals(PHQ9, series(PHQ9, [10, 16]))
    [alert] = [s for s in out if s.kind is OutcomeSignalKind.DETERIORATION]
    assert alert.level is Level.ALERT and alert.key == "outcome-deterioration:phq9:a2"
    assert alert.session_id == "s2" and alert.active
    assert alert.numbers["change"] == 6 and alert.numbers["reliable_change"] == 6
    assert "6 points worse" in str(alert.reason)


def test_deterioration_one_point_short_raises_nothing() -> None:
    assert outcome_signals(PHQ9, series(PHQ9, [10, 15])) == []


def test_deterioration_that_recovers_is_kept_but_no_longer_active() -> None:
    out = [s for s in outcome_signals(PHQ9, series(PHQ9, [10, 16, 11])) if s.kind is OutcomeSignalKind.DETERIORATION]
    assert len(out) == 1 and not out[0].active


def test_not_on_track_at_session_8_is_labelled_rule_based() -> None:
    out = outcome_signals(PHQ9, series(PHQ9, [20, 19, 18, 18, 17, 17, 16, 16]))
    [alert] = [s for s in out if s.kind is OutcomeSignalKind.NOT_ON_TRACK]
    assert alert.level is Level.ALERT and alert.session_number == 8
    assert alert.key == "outcome-not-on-track:phq9:a8" and alert.active
    assert alert.label is not None and str(alert.label) == "rule-based, not a validated trajectory"


def test_not_on_track_waits_for_the_configured_session() -> None:
    seven = series(PHQ9, [20, 19, 18, 18, 17, 17, 16])
    assert not [s for s in outcome_signals(PHQ9, seven) if s.kind is OutcomeSignalKind.NOT_ON_TRACK]
    [early] = [s for s in outcome_signals(PHQ9, seven, not_on_track_session=6)
               if s.kind is OutcomeSignalKind.NOT_ON_TRACK]
    assert early.session_number == 6


def test_reliable_improvement_before_the_session_means_on_track() -> None:
    out = outcome_signals(PHQ9, series(PHQ9, [20, 19, 18, 18, 14, 17, 16, 16]))
    assert OutcomeSignalKind.NOT_ON_TRACK not in _kinds(out)


def test_not_on_track_becomes_inactive_once_improvement_arrives() -> None:
    out = outcome_signals(PHQ9, series(PHQ9, [20, 19, 18, 18, 17, 17, 16, 16, 13]))
    [alert] = [s for s in out if s.kind is OutcomeSignalKind.NOT_ON_TRACK]
    assert alert.session_number == 8 and not alert.active


def test_deterioration_after_recovery_is_an_alert() -> None:
    out = outcome_signals(PHQ9, series(PHQ9, [15, 8, 14]))  # recovered at 8 (-7, below 10), then +6
    [relapse] = [s for s in out if s.kind is OutcomeSignalKind.DETERIORATION_AFTER_RECOVERY]
    assert relapse.key == "outcome-relapse:phq9:a3" and relapse.level is Level.ALERT
    assert relapse.label is not None and "not a validated trajectory" in str(relapse.label)
    assert relapse.numbers["recovered_total"] == 8 and relapse.numbers["change"] == 6
    assert OutcomeSignalKind.DETERIORATION not in _kinds(out)  # 15 -> 14 against baseline is no change


def test_small_rise_after_recovery_is_quiet() -> None:
    out = outcome_signals(PHQ9, series(PHQ9, [15, 8, 13]))
    assert OutcomeSignalKind.DETERIORATION_AFTER_RECOVERY not in _kinds(out)


def test_phq9_item9_above_zero_is_an_immediate_safety_prompt() -> None:
    adm = Administration("x1", "phq9", "s1", 1, START, answers={**answers_for_total(PHQ9, 0), "q9": 2})
    [prompt] = outcome_signals(PHQ9, [adm])
    assert prompt.kind is OutcomeSignalKind.SAFETY and prompt.level is Level.PROMPT and prompt.immediate
    assert prompt.key == "outcome-safety:phq9:x1:q9" and prompt.numbers["value"] == 2
    assert "item 9" in str(prompt.title)


def test_core10_risk_item_prompts_even_without_a_total() -> None:
    core = instrument("core10")
    adm = Administration("c1", "core10", "s1", 1, START, answers={"q6": 1, "q1": 0})
    [prompt] = outcome_signals(core, [adm])
    assert prompt.kind is OutcomeSignalKind.SAFETY and prompt.key == "outcome-safety:core10:c1:q6"
