"""Rupture kinds, markers, repair strategies and the derived rupture status."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alliance.core.taxonomy import (
    CONFRONTATION_MARKERS,
    MARKER_LABELS,
    REPAIR_STRATEGIES,
    RESOLUTION_MAX,
    RESOLUTION_MIN,
    STRATEGY_LABELS,
    WITHDRAWAL_MARKERS,
    RuptureKind,
    RuptureStatus,
    markers_for,
    rupture_status,
)

ORDER = {RuptureStatus.OPEN: 0, RuptureStatus.PARTLY_RESOLVED: 1, RuptureStatus.RESOLVED: 2}
resolution = st.integers(min_value=RESOLUTION_MIN, max_value=RESOLUTION_MAX)


def test_marker_and_strategy_counts_match_the_domain() -> None:
    assert len(WITHDRAWAL_MARKERS) == 7
    assert len(CONFRONTATION_MARKERS) == 7
    assert len(REPAIR_STRATEGIES) == 10


def test_keys_are_unique_stable_identifiers() -> None:
    terms = WITHDRAWAL_MARKERS + CONFRONTATION_MARKERS + REPAIR_STRATEGIES
    keys = [t.key for t in terms]
    assert len(keys) == len(set(keys))
    for t in terms:
        assert t.key.isidentifier() and t.key == t.key.lower(), t.key
        assert t.label and t.label[0].isupper(), t.label


def test_markers_for_each_kind() -> None:
    assert markers_for(RuptureKind.WITHDRAWAL) == WITHDRAWAL_MARKERS
    assert markers_for(RuptureKind.CONFRONTATION) == CONFRONTATION_MARKERS
    mixed = markers_for(RuptureKind.MIXED)
    assert set(mixed) == set(WITHDRAWAL_MARKERS) | set(CONFRONTATION_MARKERS)
    assert not set(WITHDRAWAL_MARKERS) & set(CONFRONTATION_MARKERS)


def test_label_lookups_cover_every_term() -> None:
    assert MARKER_LABELS["minimal_response"] == "Minimal response"
    assert MARKER_LABELS["complaints_parameters"].startswith("Complaints about the parameters")
    assert set(MARKER_LABELS) == {t.key for t in WITHDRAWAL_MARKERS + CONFRONTATION_MARKERS}
    assert set(STRATEGY_LABELS) == {t.key for t in REPAIR_STRATEGIES}
    assert STRATEGY_LABELS["acknowledges_contribution"] == "Acknowledges own contribution"


def test_enum_values_are_what_the_vault_stores() -> None:
    assert [k.value for k in RuptureKind] == ["withdrawal", "confrontation", "mixed"]
    assert RuptureKind("mixed") is RuptureKind.MIXED
    with pytest.raises(ValueError):
        RuptureKind("avoidance")


@pytest.mark.parametrize(
    ("resolutions", "expected"),
    [
        ([], RuptureStatus.OPEN),
        ([1], RuptureStatus.OPEN),
        ([2], RuptureStatus.PARTLY_RESOLVED),
        ([3], RuptureStatus.PARTLY_RESOLVED),
        ([4], RuptureStatus.RESOLVED),
        ([5], RuptureStatus.RESOLVED),
        ([1, 1, 3], RuptureStatus.PARTLY_RESOLVED),
        ([4, 1], RuptureStatus.RESOLVED),  # a later, weaker repair does not reopen it
    ],
)
def test_rupture_status_thresholds(resolutions: list[int], expected: RuptureStatus) -> None:
    assert rupture_status(resolutions) is expected


def test_rupture_status_accepts_a_generator() -> None:
    assert rupture_status(r for r in (1, 2)) is RuptureStatus.PARTLY_RESOLVED


@given(st.lists(resolution, max_size=8), resolution)
def test_rupture_status_is_monotone_in_added_repairs(resolutions: list[int], extra: int) -> None:
    before = rupture_status(resolutions)
    after = rupture_status([*resolutions, extra])
    assert ORDER[after] >= ORDER[before]


@given(st.lists(resolution, max_size=8))
def test_rupture_status_depends_only_on_the_best_repair(resolutions: list[int]) -> None:
    best = max(resolutions, default=None)
    assert rupture_status(resolutions) is rupture_status([] if best is None else [best])
    assert rupture_status(resolutions) is rupture_status(reversed(resolutions))


@given(st.lists(resolution, min_size=1, max_size=8), st.lists(resolution, min_size=1, max_size=8))
def test_rupture_status_is_monotone_in_resolution_values(a: list[int], b: list[int]) -> None:
    if max(a) <= max(b):
        assert ORDER[rupture_status(a)] <= ORDER[rupture_status(b)]
