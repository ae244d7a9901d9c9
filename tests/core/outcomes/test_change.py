"""Reliable change (published and Jacobson-Truax), cut-off crossing and classification against the baseline."""

from __future__ import annotations

import copy
import json
from fractions import Fraction
from importlib import resources
from typing import Any

import pytest

from alliance.core.outcomes import (
    ChangeClass,
    CutoffCrossing,
    classify_change,
    classify_series,
    parse_outcome_instrument,
    reliable_change_inputs,
)

from .helpers import instrument, series

PHQ9 = instrument("phq9")
ORS = instrument("ors")


@pytest.mark.parametrize(("current", "expected"), [
    (14, ChangeClass.RELIABLE_IMPROVEMENT),  # -6: exactly on the value
    (13, ChangeClass.RELIABLE_IMPROVEMENT),  # -7: just over
    (15, ChangeClass.NO_RELIABLE_CHANGE),  # -5: just under
    (20, ChangeClass.NO_RELIABLE_CHANGE),
    (25, ChangeClass.NO_RELIABLE_CHANGE),  # +5
    (26, ChangeClass.RELIABLE_DETERIORATION),  # +6
    (27, ChangeClass.RELIABLE_DETERIORATION),
])
def test_phq9_reliable_change_of_6_on_over_and_under(current: int, expected: ChangeClass) -> None:
    assert classify_change(PHQ9, 20, current) is expected


def test_fractional_prorated_change_just_under_the_value_is_not_reliable() -> None:
    assert classify_change(PHQ9, Fraction(90, 7), Fraction(90, 7) - 6) is ChangeClass.RELIABLE_IMPROVEMENT
    assert classify_change(PHQ9, Fraction(90, 7), Fraction(90, 7) - Fraction(599, 100)) \
        is ChangeClass.NO_RELIABLE_CHANGE


def test_higher_is_better_instruments_reverse_the_direction() -> None:
    assert classify_change(ORS, 20, 25) is ChangeClass.RELIABLE_IMPROVEMENT
    assert classify_change(ORS, 20, 15) is ChangeClass.RELIABLE_DETERIORATION
    assert classify_change(ORS, 20, 24) is ChangeClass.NO_RELIABLE_CHANGE


def test_series_classifies_each_administration_against_the_first() -> None:
    out = classify_series(PHQ9, series(PHQ9, [16, 12, 10, 9, 22]))
    assert [c.change_class for c in out] == [
        ChangeClass.BASELINE, ChangeClass.NO_RELIABLE_CHANGE, ChangeClass.RELIABLE_IMPROVEMENT,
        ChangeClass.RELIABLE_IMPROVEMENT, ChangeClass.RELIABLE_DETERIORATION]
    assert [c.change for c in out] == [0, -4, -6, -7, 6]
    assert [c.recovered for c in out] == [False, False, False, True, False]  # 10 is still clinical; 9 is not
    assert out[3].crossing is CutoffCrossing.INTO_NON_CLINICAL and out[3].clinically_significant
    assert all(c.baseline_id == "a1" for c in out)
    assert "reliable change needs 6 points" in str(out[2].reason)


def test_crossing_without_reliable_change_is_clinically_significant_but_not_recovered() -> None:
    out = classify_series(PHQ9, series(PHQ9, [11, 8]))
    assert out[1].crossing is CutoffCrossing.INTO_NON_CLINICAL
    assert out[1].change_class is ChangeClass.NO_RELIABLE_CHANGE and not out[1].recovered


def test_baseline_is_the_first_valid_total_and_back_dated_entries_sort_by_date() -> None:
    adms = series(PHQ9, [None, 20, 14])
    out = classify_series(PHQ9, list(reversed(adms)))
    assert [c.administration.id for c in out] == ["a1", "a2", "a3"]
    assert out[0].change_class is ChangeClass.NOT_CLASSIFIED and out[1].change_class is ChangeClass.BASELINE
    assert out[2].change_class is ChangeClass.RELIABLE_IMPROVEMENT and out[2].baseline_id == "a2"


def test_instruments_without_a_reliable_change_value_are_not_classified() -> None:
    des = instrument("des2")
    assert des.reliable_change is None and reliable_change_inputs(des) is None
    assert classify_change(des, 40, 10) is ChangeClass.NOT_CLASSIFIED


def _with_jacobson_truax(reliability: str, sd: str) -> Any:
    data = json.loads(resources.files("alliance.resources").joinpath("instruments", "outcomes", "phq9.json")
                      .read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["reliable_change"] = {"method": "jacobson_truax", "reliability": reliability, "sd": sd,
                               "source": "test inputs"}
    return parse_outcome_instrument(data, "phq9.json")


def test_jacobson_truax_is_exact_at_the_boundary() -> None:
    # r = .5, SD = 2.5: 1.96 x 2.5 x sqrt(2 x .5) = 4.9 exactly (4.8999... in floating point)
    ins = _with_jacobson_truax("0.5", "2.5")
    assert classify_change(ins, 20, 20 - Fraction(49, 10)) is ChangeClass.RELIABLE_IMPROVEMENT
    assert classify_change(ins, 20, 20 - Fraction(489, 100)) is ChangeClass.NO_RELIABLE_CHANGE
    assert classify_change(ins, 20, 15) is ChangeClass.RELIABLE_IMPROVEMENT


def test_jacobson_truax_inputs_are_shown() -> None:
    ins = _with_jacobson_truax("0.90", "5")  # 1.96 x 5 x sqrt(0.2) = 4.38
    text = str(reliable_change_inputs(ins))
    assert "4.38 points" in text and "SD 5.00" in text and "reliability 0.90" in text and "test inputs" in text
    assert classify_change(ins, 20, 16) is ChangeClass.NO_RELIABLE_CHANGE
    assert classify_change(ins, 20, 15) is ChangeClass.RELIABLE_IMPROVEMENT


def test_published_value_is_shown_with_its_source() -> None:
    assert "6 points" in str(reliable_change_inputs(PHQ9))
