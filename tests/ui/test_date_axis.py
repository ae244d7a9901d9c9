"""The timeline's date axis: ticks that fit the width, on whole days, weeks (Mondays), months or years."""

from __future__ import annotations

import datetime as dt

from alliance.ui.client.date_axis import MIN_TICK_PX, DayAxis, tick_days, to_x


def _range(first: dt.date, last: dt.date) -> tuple[float, float]:
    return to_x(first), to_x(last)


def test_a_few_weeks_tick_by_day_or_week_on_mondays() -> None:
    step, days = tick_days(*_range(dt.date(2025, 3, 1), dt.date(2025, 3, 31)), pixels=900)
    assert step == 7 and all(d.weekday() == 0 for d in days) and days[0] == dt.date(2025, 3, 3)
    step, days = tick_days(*_range(dt.date(2025, 3, 1), dt.date(2025, 3, 8)), pixels=900)
    assert step == 1 and days[0] == dt.date(2025, 3, 1) and len(days) == 8


def test_years_of_sessions_tick_by_month_or_year_and_never_crowd() -> None:
    for first, last, pixels in ((dt.date(2016, 5, 3), dt.date(2025, 11, 20), 1000),
                                (dt.date(2024, 1, 15), dt.date(2025, 6, 30), 1000),
                                (dt.date(2024, 1, 15), dt.date(2025, 6, 30), 300)):
        step, days = tick_days(*_range(first, last), pixels)
        assert step < 0 and days and all(d.day == 1 for d in days)
        assert len(days) <= pixels // MIN_TICK_PX
        assert all(first <= d <= last for d in days)
        if step <= -12:
            assert all(d.month == 1 for d in days)


def test_labels_follow_the_step(qapp) -> None:  # type: ignore[no-untyped-def]
    axis = DayAxis()
    [(_, week_ticks)] = axis.tickValues(*_range(dt.date(2025, 3, 1), dt.date(2025, 3, 31)), 900)
    assert axis.tickStrings(week_ticks, 1, 0)[0].startswith("3 ")
    [(_, month_ticks)] = axis.tickValues(*_range(dt.date(2024, 1, 15), dt.date(2025, 6, 30)), 1000)
    assert axis.tickStrings(month_ticks, 1, 0)[0].endswith("2024")
    [(_, year_ticks)] = axis.tickValues(*_range(dt.date(2000, 1, 1), dt.date(2025, 6, 30)), 600)
    assert axis.tickStrings(year_ticks, 1, 0)[0].isdigit()


def test_an_empty_or_reversed_range_has_no_ticks() -> None:
    assert tick_days(10.0, 5.0, 500)[1] == [] and tick_days(0.0, 10.0, 0)[1] == []
