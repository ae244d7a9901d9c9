"""The four rated components and the alliance index."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alliance.core.errors import ValidationError
from alliance.core.ratings import (
    COMPONENT_KEYS,
    COMPONENTS,
    RATING_MAX,
    RATING_MIN,
    Ratings,
    alliance_index,
    check_rating,
    component_label,
    make_ratings,
)

valid_rating = st.integers(min_value=RATING_MIN, max_value=RATING_MAX)
valid_values = st.fixed_dictionaries({k: valid_rating for k in COMPONENT_KEYS})
invalid_rating = st.one_of(
    st.integers(max_value=RATING_MIN - 1),
    st.integers(min_value=RATING_MAX + 1),
    st.booleans(),
    st.floats(allow_nan=True),
    st.text(max_size=3),
    st.none(),
)


def test_components_are_the_four_from_the_domain_in_order() -> None:
    assert COMPONENT_KEYS == ("safety", "trust", "attunement", "boundaries")
    assert [c.label for c in COMPONENTS] == ["Safety", "Trust", "Attunement", "Boundaries"]
    # Each component has its own one-line prompt for the clinician.
    prompts = [c.prompt for c in COMPONENTS]
    assert len(set(prompts)) == 4
    assert all(p.endswith("?") and "\n" not in p for p in prompts)


def test_component_label_and_unknown_key() -> None:
    assert component_label("attunement") == "Attunement"
    with pytest.raises(KeyError):
        component_label("warmth")


@given(valid_values)
def test_alliance_index_is_the_mean_and_within_the_scale(values: dict[str, int]) -> None:
    ratings = make_ratings(dict(values))
    index = ratings.alliance_index
    assert index == alliance_index(ratings)
    assert index == pytest.approx(sum(values.values()) / 4)
    assert RATING_MIN <= index <= RATING_MAX
    assert min(values.values()) <= index <= max(values.values())
    assert ratings.as_dict() == values


@given(valid_values, st.sampled_from(COMPONENT_KEYS))
def test_raising_one_component_never_lowers_the_index(values: dict[str, int], key: str) -> None:
    before = make_ratings(dict(values)).alliance_index
    raised = dict(values, **{key: min(values[key] + 1, RATING_MAX)})
    after = make_ratings(dict(raised)).alliance_index
    assert after >= before
    if values[key] < RATING_MAX:
        assert after - before == pytest.approx(0.25)


def test_known_indices() -> None:
    assert Ratings(0, 0, 0, 0).alliance_index == 0.0
    assert Ratings(10, 10, 10, 10).alliance_index == 10.0
    assert Ratings(7, 8, 6, 9).alliance_index == 7.5


@given(valid_values, st.sampled_from(COMPONENT_KEYS), invalid_rating)
def test_make_ratings_rejects_any_bad_component(values: dict[str, object], key: str, bad: object) -> None:
    values = dict(values, **{key: bad})
    with pytest.raises(ValidationError) as info:
        make_ratings(values)
    assert [p.field for p in info.value.problems] == [key]
    label = component_label(key)
    assert info.value.for_field(key) == [f"{label} must be a whole number from 0 to 10."]


def test_make_ratings_reports_every_bad_component_not_just_the_first() -> None:
    with pytest.raises(ValidationError) as info:
        make_ratings({"safety": 11, "trust": 5, "attunement": -1})
    fields = [p.field for p in info.value.problems]
    assert fields == ["safety", "attunement", "boundaries"]  # boundaries is missing
    assert "Safety must be a whole number from 0 to 10." in str(info.value)
    assert info.value.for_field("trust") == []


def test_make_ratings_ignores_unrelated_keys() -> None:
    ratings = make_ratings({"safety": 1, "trust": 2, "attunement": 3, "boundaries": 4, "note": "x"})
    assert ratings == Ratings(safety=1, trust=2, attunement=3, boundaries=4)


def test_check_rating_accepts_the_scale_ends() -> None:
    assert check_rating("safety", 0) == []
    assert check_rating("safety", 10) == []
    assert check_rating("safety", True) != []  # a checkbox value is not a rating
    assert check_rating("safety", 7.0) != []


def test_ratings_are_immutable() -> None:
    ratings = Ratings(1, 2, 3, 4)
    with pytest.raises(AttributeError):
        ratings.safety = 5  # type: ignore[misc]
