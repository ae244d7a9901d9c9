"""Measurement schedule: due, overdue, declined and not due, for each frequency."""

from __future__ import annotations

import datetime as dt

import pytest

from alliance.core.outcomes import (
    Administration,
    Decline,
    DueStatus,
    Frequency,
    ScheduleEntry,
    SessionRef,
    due_measures,
)

D = dt.date(2026, 1, 5)


def _s(n: int, weeks: int, **flags: bool) -> SessionRef:
    return SessionRef(f"s{n}", n, D + dt.timedelta(weeks=weeks), **flags)


def _given(instrument: str, s: SessionRef) -> Administration:
    return Administration(f"{instrument}-{s.session_id}", instrument, s.session_id, s.number, s.date, entered_total=1)


EVERY = [ScheduleEntry("phq9", Frequency.EVERY_SESSION)]
FOUR_WEEKS = [ScheduleEntry("pcl5", Frequency.EVERY_N_WEEKS, weeks=4)]
INTAKE = [ScheduleEntry("core10", Frequency.INTAKE_AND_DISCHARGE)]


def test_every_session_is_due_after_being_given_last_time() -> None:
    s1, s2 = _s(1, 0), _s(2, 1)
    [item] = due_measures(EVERY, s2, [s1], [_given("phq9", s1)], [])
    assert item.status is DueStatus.DUE and item.last_given == s1.date


def test_every_session_missed_without_a_decline_is_overdue() -> None:
    s1, s2, s3 = _s(1, 0), _s(2, 1), _s(3, 2)
    [item] = due_measures(EVERY, s3, [s1, s2], [_given("phq9", s1)], [])
    assert item.status is DueStatus.OVERDUE and "session 2" in str(item.reason)


def test_a_declined_session_is_not_missing() -> None:
    s1, s2, s3 = _s(1, 0), _s(2, 1), _s(3, 2)
    [item] = due_measures(EVERY, s3, [s1, s2], [_given("phq9", s1)], [Decline("phq9", "s2", "too tired")])
    assert item.status is DueStatus.DUE
    assert item.declined_in == 2 and item.decline_reason == "too tired"  # the caseload says "declined"
    assert "declined in session 2" in str(item.reason)


def test_a_decline_before_the_measure_was_given_again_is_forgotten() -> None:
    s1, s2, s3, s4 = _s(1, 0), _s(2, 1), _s(3, 2), _s(4, 3)
    [item] = due_measures(EVERY, s4, [s1, s2, s3], [_given("phq9", s1), _given("phq9", s3)],
                          [Decline("phq9", "s2", "too tired")])
    assert item.status is DueStatus.DUE and item.declined_in is None and item.decline_reason == ""


def test_declined_in_this_session_shows_the_reason() -> None:
    s1, s2 = _s(1, 0), _s(2, 1)
    [item] = due_measures(EVERY, s2, [s1], [_given("phq9", s1)], [Decline("phq9", "s2", "client asked to skip")])
    assert item.status is DueStatus.DECLINED and item.decline_reason == "client asked to skip"
    assert "client asked to skip" in str(item.reason)


def test_already_given_in_this_session_is_not_due() -> None:
    s1 = _s(1, 0)
    [item] = due_measures(EVERY, s1, [], [_given("phq9", s1)], [])
    assert item.status is DueStatus.NOT_DUE


@pytest.mark.parametrize(("weeks_after", "status"), [(3, DueStatus.NOT_DUE), (4, DueStatus.DUE), (5, DueStatus.DUE)])
def test_every_four_weeks_is_due_on_the_day(weeks_after: int, status: DueStatus) -> None:
    s1, now = _s(1, 0), _s(2, weeks_after)
    [item] = due_measures(FOUR_WEEKS, now, [s1], [_given("pcl5", s1)], [])
    assert item.status is status and item.next_due == D + dt.timedelta(weeks=4)


def test_every_four_weeks_one_day_early_is_not_due() -> None:
    s1 = _s(1, 0)
    now = SessionRef("s2", 2, D + dt.timedelta(days=27))
    [item] = due_measures(FOUR_WEEKS, now, [s1], [_given("pcl5", s1)], [])
    assert item.status is DueStatus.NOT_DUE and "next due on 2026-02-02" in str(item.reason)


def test_every_four_weeks_overdue_after_a_due_session_passed() -> None:
    s1, s2, s3, s4 = _s(1, 0), _s(2, 2), _s(3, 4), _s(4, 5)
    [item] = due_measures(FOUR_WEEKS, s4, [s1, s2, s3], [_given("pcl5", s1)], [])
    assert item.status is DueStatus.OVERDUE and "session 3" in str(item.reason)
    [declined_before] = due_measures(FOUR_WEEKS, s4, [s1, s2, s3], [_given("pcl5", s1)],
                                     [Decline("pcl5", "s3", "no time")])
    assert declined_before.status is DueStatus.DUE


def test_never_given_every_n_weeks_is_due() -> None:
    [item] = due_measures(FOUR_WEEKS, _s(1, 0), [], [], [])
    assert item.status is DueStatus.DUE and item.last_given is None


def test_intake_and_discharge() -> None:
    intake, mid, end = _s(1, 0, intake=True), _s(2, 1), _s(3, 2, discharge=True)
    assert due_measures(INTAKE, intake, [], [], [])[0].status is DueStatus.DUE
    given = [_given("core10", intake)]
    assert due_measures(INTAKE, mid, [intake], given, [])[0].status is DueStatus.NOT_DUE
    assert due_measures(INTAKE, end, [intake, mid], given, [])[0].status is DueStatus.DUE


def test_missed_intake_is_overdue_but_a_declined_intake_is_not() -> None:
    intake, mid = _s(1, 0, intake=True), _s(2, 1)
    assert due_measures(INTAKE, mid, [intake], [], [])[0].status is DueStatus.OVERDUE
    declined = due_measures(INTAKE, mid, [intake], [], [Decline("core10", "s1", "crisis session")])
    assert declined[0].status is DueStatus.NOT_DUE


def test_one_entry_per_schedule_line_in_order() -> None:
    items = due_measures([*EVERY, *FOUR_WEEKS, *INTAKE], _s(1, 0, intake=True), [], [], [])
    assert [(i.instrument_id, i.status) for i in items] == [
        ("phq9", DueStatus.DUE), ("pcl5", DueStatus.DUE), ("core10", DueStatus.DUE)]


def test_weeks_must_match_the_frequency() -> None:
    with pytest.raises(ValueError):
        ScheduleEntry("pcl5", Frequency.EVERY_N_WEEKS)
    with pytest.raises(ValueError):
        ScheduleEntry("phq9", Frequency.EVERY_SESSION, weeks=2)


def test_a_miss_after_the_latest_decline_is_overdue_again() -> None:
    s1, s2, s3, s4 = _s(1, 0), _s(2, 1), _s(3, 2), _s(4, 3)
    [item] = due_measures(EVERY, s4, [s1, s2, s3], [_given("phq9", s1)], [Decline("phq9", "s2", "too tired")])
    assert item.status is DueStatus.OVERDUE and "session 3" in str(item.reason)
    assert item.declined_in == 2  # still told: the decline is a recorded answer
