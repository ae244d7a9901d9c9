"""De-identification rules: pseudonyms, dates, small cells, CSV formula neutralising."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alliance.core.deid import (
    PSEUDONYM_CHARS,
    DateMode,
    DeidSettings,
    NotesMode,
    date_shift_days,
    export_day,
    fresh_export_key,
    neutralise_cell,
    pseudonym,
    suppress_partition,
    suppress_small,
)

KEY = bytes(range(32))


def test_pseudonym_shape_stability_and_key_dependence() -> None:
    p = pseudonym(KEY, 7)
    assert p.startswith("P-") and len(p) == 8 and all(c in PSEUDONYM_CHARS for c in p[2:])
    assert pseudonym(KEY, 7) == p
    assert pseudonym(KEY, 8) != p
    assert pseudonym(fresh_export_key(), 7) != p


def test_pseudonyms_rarely_collide() -> None:
    seen = {pseudonym(KEY, i) for i in range(5000)}
    assert len(seen) >= 4995


@given(st.integers(1, 10**9))
def test_shift_is_between_1_and_364_days(cid: int) -> None:
    assert 1 <= date_shift_days(KEY, cid) <= 364


def test_export_day_modes() -> None:
    first, day = dt.date(2025, 3, 1), dt.date(2025, 3, 15)
    assert export_day(DateMode.RELATIVE, day, first, 10) == 14
    assert export_day(DateMode.SHIFTED, day, first, 10) == "2025-03-05"
    assert export_day(DateMode.YEAR, day, first, 10) == 2025


def test_shift_keeps_intervals() -> None:
    shift = date_shift_days(KEY, 3)
    a = dt.date.fromisoformat(str(export_day(DateMode.SHIFTED, dt.date(2025, 1, 1), dt.date(2025, 1, 1), shift)))
    b = dt.date.fromisoformat(str(export_day(DateMode.SHIFTED, dt.date(2025, 2, 1), dt.date(2025, 1, 1), shift)))
    assert (b - a).days == 31


def test_small_cells() -> None:
    assert [suppress_small(n) for n in (0, 1, 5, 10, 11, 250)] == [0, "<11", "<11", "<11", 11, 250]


def test_formula_neutralising() -> None:
    for bad in ("=HYPERLINK(\"x\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise_cell(bad) == "'" + bad
    assert neutralise_cell("fine") == "fine"
    assert neutralise_cell(-2) == -2 and neutralise_cell(3.5) == 3.5


@pytest.mark.parametrize("hidden", [
    "  =1+1", "\ufeff=1+1", "\u200b=cmd|' /C calc'!A0", "\u00ad@SUM(A1)", "\uff1dHYPERLINK(\"x\")", "\uff0b1",
    "\uff0d2", "\uff20SUM(A1)", "fine;=1+1", "fine\t@SUM(A1)", "ok; +1",
])
def test_formulas_behind_whitespace_invisible_or_full_width_characters_are_neutralised(hidden: str) -> None:
    assert neutralise_cell(hidden) == "'" + hidden


def test_control_characters_are_removed_and_plain_text_is_kept() -> None:
    assert neutralise_cell("a\x00b\x07c") == "abc"
    assert neutralise_cell("\x00x") == "x"
    assert neutralise_cell("no formula; just words") == "no formula; just words"
    assert neutralise_cell("e-mail me - later") == "e-mail me - later"


def test_settings_describe_defaults_and_scrub_warning() -> None:
    defaults = DeidSettings()
    assert (defaults.dates, defaults.notes) == (DateMode.RELATIVE, NotesMode.EXCLUDE)
    text = " ".join(DeidSettings(notes=NotesMode.SCRUBBED).describe())
    assert "read every note before sharing" in text


def test_complementary_suppression_hides_a_second_count_when_one_alone_is_small() -> None:
    # 25 active, 3 paused, 12 discharged of 40: "<11" alone gives 3 back as 40 - 25 - 12.
    assert suppress_partition([25, 3, 12]) == [25, "<11", "suppressed"]
    # Two small ones already hide each other (their sum, 9, is all the total gives back), zeros stay.
    assert suppress_partition([30, 4, 5, 0]) == [30, "<11", "<11", 0]
    assert suppress_partition([40, 0, 0]) == [40, 0, 0]
    assert suppress_partition([3, 0, 0]) == ["<11", 0, 0]  # nothing else to hide: the total is small too


def test_no_hidden_count_can_be_worked_out_from_the_total() -> None:
    """Every partition of up to 40 into three counts: each hidden count has at least two possible values given
    the total and the shown counts."""
    for a in range(41):
        for b in range(41 - a):
            counts = [a, b, 40 - a - b]
            shown = suppress_partition(counts)
            known = sum(v for v in shown if isinstance(v, int))
            hidden = [i for i, v in enumerate(shown) if isinstance(v, str)]
            if hidden:
                assert len(hidden) >= 2, (counts, shown)
                assert 40 - known == sum(counts[i] for i in hidden)
