"""Rupture ageing: sessions or days, whichever first; repairs in later sessions; mild partly repaired ruptures."""

from __future__ import annotations

import datetime as dt

from alliance.core.signals import Level, Rule, State, evaluate
from alliance.core.taxonomy import RuptureKind
from tests.core.signals.build import day, history, rupture


def rupture_signal(n_sessions: int, r, today: dt.date):  # type: ignore[no-untyped-def]
    cs = evaluate(history([32] * n_sessions, (r,)), today=today)
    found = [s for s in cs.signals if s.key.startswith("rupture:")]
    return (found[0] if found else None), cs


def test_open_after_two_further_sessions_names_the_sessions() -> None:
    sig, cs = rupture_signal(7, rupture(5), day(7))  # sessions 6 and 7 came after it, 14 days
    assert sig is not None and sig.rule is Rule.UNREPAIRED_RUPTURE and sig.level is Level.ALERT
    assert sig.state is State.ACTIVE and sig.started == 5
    assert "not resolved after 2 further sessions" in str(sig.reason)
    assert "2 further sessions so far" in str(sig.reason) and "no repair logged" in str(sig.reason)
    assert sig.numbers["days"] == 14 and "day" not in str(sig.reason)
    assert sig.reason_dated is not None and "open for 14 days" in str(sig.reason_dated)
    assert cs.alerts == (sig,)


def test_one_further_session_and_twenty_days_is_not_yet_an_alert() -> None:
    sig, _ = rupture_signal(6, rupture(5), day(5) + dt.timedelta(days=20))
    assert sig is None


def test_exactly_twenty_one_days_fires_on_days() -> None:
    sig, _ = rupture_signal(5, rupture(5), day(5) + dt.timedelta(days=21))
    assert sig is not None
    assert "within the 21-day limit" in str(sig.reason) and "no further session yet" in str(sig.reason)
    assert "0 further" not in str(sig.reason)
    assert sig.numbers["days"] == 21


def test_a_693_day_old_partly_repaired_rupture_says_days_not_one_session() -> None:
    r = rupture(5, intensity=3, repairs=((5, 2),))
    sig, _ = rupture_signal(6, r, day(5) + dt.timedelta(days=693))
    assert sig is not None and sig.level is Level.ALERT
    assert "within the 21-day limit" in str(sig.reason)
    assert "1 further session so far" in str(sig.reason)
    assert "repairs logged: session 5 (resolution 2)" in str(sig.reason)
    assert sig.reason_dated is not None and "693 days" in str(sig.reason_dated)


def test_reason_names_a_weak_repair_already_logged() -> None:
    sig, _ = rupture_signal(8, rupture(5, repairs=((6, 1),)), day(8))
    assert sig is not None and "repairs logged: session 6 (resolution 1)" in str(sig.reason)


def test_repair_resolving_in_a_later_session_recovers_the_alert() -> None:
    sig, cs = rupture_signal(10, rupture(5, repairs=((6, 1), (8, 4))), day(10))
    assert sig is not None and sig.state is State.RECOVERED and sig.ended == 8
    assert "resolved in session 8" in str(sig.reason)
    assert [(e.kind, e.start, e.end) for e in cs.repairs] == [("explicit", 5, 8)]
    assert cs.alerts == ()


def test_resolved_before_the_trigger_never_alerts() -> None:
    sig, cs = rupture_signal(10, rupture(5, repairs=((6, 4),)), day(10))
    assert sig is None and cs.repairs[0].end == 6


def test_mild_partly_repaired_is_a_prompt_not_an_alert() -> None:
    sig, cs = rupture_signal(17, rupture(5, intensity=1, repairs=((5, 3),)), day(17))
    assert sig is not None and sig.rule is Rule.PARTLY_REPAIRED_RUPTURE and sig.level is Level.PROMPT
    assert cs.alerts == () and cs.prompts == (sig,) and cs.attention == 0
    at_two, _ = rupture_signal(17, rupture(5, intensity=2, repairs=((5, 2),)), day(17))
    assert at_two is not None and at_two.level is Level.PROMPT
    at_three, _ = rupture_signal(17, rupture(5, intensity=3, repairs=((5, 2),)), day(17))
    assert at_three is not None and at_three.level is Level.ALERT


def test_severity_up_for_confrontation_or_intensity_four() -> None:
    plain, _ = rupture_signal(8, rupture(5, intensity=3), day(8))
    conf, _ = rupture_signal(8, rupture(5, intensity=3, kind=RuptureKind.CONFRONTATION), day(8))
    four, _ = rupture_signal(8, rupture(5, intensity=4), day(8))
    assert plain is not None and conf is not None and four is not None
    assert conf.weight == four.weight > plain.weight


def test_acknowledged_rupture() -> None:
    cs = evaluate(history([32] * 8, (rupture(5),)), today=day(8), acknowledged={"rupture:1"})
    assert cs.signals[0].state is State.ACKNOWLEDGED and cs.alerts == ()
