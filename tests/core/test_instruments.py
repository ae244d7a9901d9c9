"""Instrument definitions: the shipped data files, strict loading, response checks and scoring."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alliance.core.errors import ResourceError, ValidationError
from alliance.core.instruments import (
    REQUIRED_IDS,
    Instrument,
    InstrumentKind,
    RatedBy,
    ScoringMethod,
    checkin_mean,
    load_instruments,
    load_instruments_from,
    parse_instrument,
    srs_total,
    validate_responses,
    wai_sr_scores,
)
from alliance.core.records import NervousSystemState

SHIPPED = load_instruments()
SRS_ITEMS = ("relationship", "goals_topics", "approach_method", "overall")
WAI_ITEMS = tuple(str(n) for n in range(1, 13))
CHECKIN_ITEMS = SHIPPED["checkin"].item_ids


# --- the shipped files ---------------------------------------------------------------------------


def test_all_four_instruments_ship() -> None:
    assert set(SHIPPED) == REQUIRED_IDS == {"checkin", "srs", "wai_sr", "ns_state"}
    for ident, instrument in SHIPPED.items():
        assert instrument.id == ident
        assert instrument.version >= 1
        assert instrument.name and instrument.short_name and instrument.description


def test_load_instruments_is_cached() -> None:
    assert load_instruments() is load_instruments()


def test_checkin_is_six_client_rated_items_from_0_to_10() -> None:
    checkin = SHIPPED["checkin"]
    assert checkin.rated_by is RatedBy.CLIENT
    assert checkin.kind is InstrumentKind.SCALE
    assert len(checkin.items) == 6
    assert all((i.min, i.max) == (0, 10) for i in checkin.items)
    assert checkin.scoring is not None and checkin.scoring.method is ScoringMethod.MEAN
    labels = " ".join(i.label.lower() for i in checkin.items)
    for phrase in ("understood", "safe", "open", "need", "perspective", "best interest"):
        assert phrase in labels


def test_srs_ships_labels_and_thresholds_only() -> None:
    srs = SHIPPED["srs"]
    assert srs.rated_by is RatedBy.CLIENT
    assert srs.item_ids == SRS_ITEMS
    assert [i.label for i in srs.items] == ["Relationship", "Goals and topics", "Approach or method", "Overall"]
    assert all((i.min, i.max) == (0, 10) for i in srs.items)
    assert srs.scoring is not None
    assert (srs.scoring.method, srs.scoring.total_min, srs.scoring.total_max) == (ScoringMethod.SUM, 0, 40)
    assert srs.scoring.alert_below == 36
    assert srs.scoring.alert_drop == 1
    assert "copyright" in srs.copyright.lower() and "licensed" in srs.copyright.lower()


def test_wai_sr_has_numbered_items_without_text_and_three_subscales() -> None:
    wai = SHIPPED["wai_sr"]
    assert wai.item_ids == WAI_ITEMS
    assert [i.label for i in wai.items] == [f"Item {n}" for n in range(1, 13)]
    assert all((i.min, i.max) == (1, 5) for i in wai.items)
    assert {s.id: set(s.items) for s in wai.subscales} == {
        "task": {"1", "2", "10", "12"},
        "bond": {"3", "5", "7", "9"},
        "goal": {"4", "6", "8", "11"},
    }
    assert [s.label for s in wai.subscales] == ["Task", "Bond", "Goal"]
    assert wai.anchor(1) == "seldom"
    assert wai.anchor(5) == "always"
    assert [a.value for a in wai.anchors] == [1, 2, 3, 4, 5]
    assert wai.scoring is not None
    assert (wai.scoring.total_min, wai.scoring.total_max) == (12, 60)


def test_ns_state_is_categorical_and_matches_the_session_field() -> None:
    ns = SHIPPED["ns_state"]
    assert ns.kind is InstrumentKind.CATEGORICAL
    assert ns.rated_by is RatedBy.THERAPIST
    assert [c.id for c in ns.categories] == [s.value for s in NervousSystemState]
    assert ns.item_ids == ("start", "end")
    assert all((i.min, i.max) == (0, len(ns.categories) - 1) for i in ns.items)
    assert all(c.description for c in ns.categories)
    assert "rest" in ns.category(0).description.lower()
    assert ns.category(ns.category_value("dorsal")).label == "Dorsal"
    assert ns.scoring is None and not ns.subscales


def test_instrument_lookups() -> None:
    srs = SHIPPED["srs"]
    assert srs.item("overall").label == "Overall"
    assert srs.has_item("overall") and not srs.has_item("Overall")
    with pytest.raises(KeyError):
        srs.item("warmth")
    assert srs.anchor(5) is None
    with pytest.raises(ValueError, match="not a categorical"):
        srs.category(0)
    with pytest.raises(ValueError, match="no category number 4"):
        SHIPPED["ns_state"].category(4)
    with pytest.raises(KeyError):
        SHIPPED["ns_state"].category_value("calm")


def test_shipped_files_round_trip_through_parse_instrument() -> None:
    folder = Path(__file__).resolve().parents[2] / "resources" / "instruments"
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert parse_instrument(data, path.name) == SHIPPED[path.stem]


# --- strict parsing ------------------------------------------------------------------------------


def scale_data() -> dict[str, Any]:
    """A small valid scale instrument with subscales, anchors and sum scoring."""
    return {
        "id": "mini",
        "version": 1,
        "name": "Mini scale",
        "short_name": "Mini",
        "rated_by": "client",
        "kind": "scale",
        "anchors": {"1": "low", "3": "high"},
        "items": [
            {"id": "a", "label": "A", "min": 1, "max": 3},
            {"id": "b", "label": "B", "min": 1, "max": 3},
            {"id": "c", "label": "C", "min": 1, "max": 3},
        ],
        "subscales": [
            {"id": "first", "label": "First", "items": ["a", "b"]},
            {"id": "second", "label": "Second", "items": ["c"]},
        ],
        "scoring": {"method": "sum", "total_min": 3, "total_max": 9, "alert_below": 6, "alert_drop": 1},
    }


def categorical_data() -> dict[str, Any]:
    return {
        "id": "mood",
        "version": 2,
        "name": "Mood",
        "short_name": "Mood",
        "rated_by": "therapist",
        "kind": "categorical",
        "categories": [
            {"id": "calm", "label": "Calm", "description": "Settled."},
            {"id": "tense", "label": "Tense", "description": "On guard."},
        ],
        "items": [{"id": "start", "label": "Start", "min": 0, "max": 1}],
    }


def test_valid_test_data_parses() -> None:
    mini = parse_instrument(scale_data(), "mini.json")
    assert mini.item_ids == ("a", "b", "c")
    assert mini.subscales[0].items == ("a", "b")
    assert mini.anchor(3) == "high"
    mood = parse_instrument(categorical_data(), "mood.json")
    assert mood.category(1).id == "tense"
    assert mood.version == 2


def expect_error(data: object, field: str, fragment: str, source: str = "bad.json") -> str:
    with pytest.raises(ResourceError) as info:
        parse_instrument(data, source)  # type: ignore[arg-type]
    message = str(info.value)
    assert source in message
    assert f"'{field}'" in message, message
    assert fragment in message, message
    return message


def test_top_level_must_be_an_object() -> None:
    expect_error([1, 2], "(top level)", "must be an object, not a list")


@pytest.mark.parametrize("key", ["id", "name", "short_name", "rated_by", "kind", "items", "version"])
def test_missing_required_field(key: str) -> None:
    data = scale_data()
    del data[key]
    expect_error(data, key, "is missing")


def test_unknown_field_is_a_typo() -> None:
    data = scale_data()
    data["subscale"] = []
    expect_error(data, "subscale", "not a known field")


def test_unknown_field_in_an_item() -> None:
    data = scale_data()
    data["items"][1]["text"] = "How often ..."
    expect_error(data, "items[1].text", "not a known field")


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("id", 7, "must be text, not a number"),
        ("id", "Mini Scale", "only lower-case letters"),
        ("name", "  ", "must not be empty"),
        ("short_name", None, "must be text, not null"),
        ("version", "1", "must be a whole number, not text"),
        ("version", True, "must be a whole number, not true/false"),
        ("version", 1.0, "must be a whole number, not a number"),
        ("version", 0, "must be 1 or more"),
        ("rated_by", "supervisor", "must be one of client, therapist"),
        ("kind", "likert", "must be one of scale, categorical"),
        ("items", {"a": 1}, "must be a list, not an object"),
        ("items", [], "must not be empty"),
        ("description", "", "must not be empty"),
        ("copyright", 1, "must be text"),
        ("subscales", "a,b", "must be a list"),
    ],
)
def test_wrong_type_or_value_at_top_level(key: str, value: object, fragment: str) -> None:
    data = scale_data()
    data[key] = value
    expect_error(data, key, fragment)


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("id", "", "must not be empty"),
        ("id", "A-1", "only lower-case letters"),
        ("label", ["A"], "must be text, not a list"),
        ("min", "1", "must be a whole number"),
        ("max", 2.5, "must be a whole number"),
        ("min", 4, "(4) must not be greater than max (3)"),
    ],
)
def test_bad_item(key: str, value: object, fragment: str) -> None:
    data = scale_data()
    data["items"][2][key] = value
    expect_error(data, f"items[2].{key}", fragment)


def test_item_must_be_an_object() -> None:
    data = scale_data()
    data["items"][0] = "a"
    expect_error(data, "items[0]", "must be an object, not text")


def test_missing_item_field() -> None:
    data = scale_data()
    del data["items"][0]["max"]
    expect_error(data, "items[0].max", "is missing")


def test_duplicate_item_ids() -> None:
    data = scale_data()
    data["items"][2]["id"] = "a"
    expect_error(data, "items[2].id", "repeats the id 'a'")


def test_subscale_naming_an_unknown_item() -> None:
    data = scale_data()
    data["subscales"][1]["items"] = ["c", "d"]
    expect_error(data, "subscales[1].items[1]", "names the item 'd', which the instrument does not have")


def test_subscale_item_must_be_text() -> None:
    data = scale_data()
    data["subscales"][1]["items"] = [3]
    expect_error(data, "subscales[1].items[0]", "must be an item id as text")


def test_subscale_listing_an_item_twice() -> None:
    data = scale_data()
    data["subscales"][0]["items"] = ["a", "b", "a"]
    expect_error(data, "subscales[0].items[2]", "lists the item 'a' twice")


def test_empty_subscale() -> None:
    data = scale_data()
    data["subscales"][1]["items"] = []
    expect_error(data, "subscales[1].items", "must not be empty")


def test_duplicate_subscale_ids() -> None:
    data = scale_data()
    data["subscales"][1]["id"] = "first"
    expect_error(data, "subscales[1].id", "repeats the id 'first'")


def test_subscale_may_not_be_called_total() -> None:
    data = scale_data()
    data["subscales"][1]["id"] = "total"
    expect_error(data, "subscales", "reserved for the total")


def test_item_in_two_subscales() -> None:
    data = scale_data()
    data["subscales"][1]["items"] = ["c", "a"]
    expect_error(data, "subscales", "put item 'a' in 2 subscales")


def test_item_in_no_subscale() -> None:
    data = scale_data()
    data["subscales"][1]["items"] = ["b"]
    data["subscales"][0]["items"] = ["a"]
    expect_error(data, "subscales", "put item 'c' in no subscale")


def wai_sr_data() -> dict[str, Any]:
    folder = Path(__file__).resolve().parents[2] / "resources" / "instruments"
    data: dict[str, Any] = json.loads((folder / "wai_sr.json").read_text(encoding="utf-8"))
    return data


def test_wai_sr_with_an_item_moved_to_a_second_subscale_is_refused() -> None:
    data = wai_sr_data()
    data["subscales"][1]["items"].append("12")  # 12 is already Task
    expect_error(data, "subscales", "put item '12' in 2 subscales", source="wai_sr.json")


def test_wai_sr_with_an_item_left_out_is_refused() -> None:
    data = wai_sr_data()
    data["subscales"][2]["items"].remove("11")
    expect_error(data, "subscales", "put item '11' in no subscale", source="wai_sr.json")


def test_wai_sr_with_a_thirteenth_item_is_refused_by_the_stated_total() -> None:
    data = wai_sr_data()
    data["items"].append({"id": "13", "label": "Item 13", "min": 1, "max": 5})
    data["subscales"][0]["items"].append("13")
    expect_error(data, "scoring.total_min", "is 12 but the items add up to 13", source="wai_sr.json")


@pytest.mark.parametrize(
    ("anchors", "field", "fragment"),
    [
        (["low"], "anchors", "must be an object"),
        ({"one": "low"}, "anchors.one", "keyed by a whole number"),
        ({"4": "very high"}, "anchors.4", "outside the scale (1 to 3)"),
        ({"0": "none"}, "anchors.0", "outside the scale"),
        ({"2": ""}, "anchors.2", "non-empty text label"),
        ({"2": 2}, "anchors.2", "non-empty text label"),
    ],
)
def test_bad_anchors(anchors: object, field: str, fragment: str) -> None:
    data = scale_data()
    data["anchors"] = anchors
    expect_error(data, field, fragment)


@pytest.mark.parametrize(
    ("scoring", "field", "fragment"),
    [
        ("sum", "scoring", "must be an object"),
        ({}, "scoring.method", "is missing"),
        ({"method": "median"}, "scoring.method", "must be one of sum, mean"),
        ({"method": "sum", "total_max": 9}, "scoring.total_min", "is missing"),
        ({"method": "sum", "total_min": 3, "total_max": 10}, "scoring.total_max", "is 10 but the items add up to 9"),
        ({"method": "sum", "total_min": "3", "total_max": 9}, "scoring.total_min", "must be a whole number"),
        ({"method": "mean", "total_min": 3}, "scoring.total_min", "only applies when the method is 'sum'"),
        ({"method": "sum", "total_min": 3, "total_max": 9, "alert_below": 3}, "scoring.alert_below", "above 3"),
        ({"method": "sum", "total_min": 3, "total_max": 9, "alert_below": 10}, "scoring.alert_below", "at most 9"),
        ({"method": "sum", "total_min": 3, "total_max": 9, "alert_drop": 0}, "scoring.alert_drop", "1 or more"),
        ({"method": "sum", "threshold": 3}, "scoring.threshold", "not a known field"),
    ],
)
def test_bad_scoring(scoring: object, field: str, fragment: str) -> None:
    data = scale_data()
    data["scoring"] = scoring
    expect_error(data, field, fragment)


def test_mean_scoring_threshold_is_checked_against_the_item_range() -> None:
    data = scale_data()
    data["scoring"] = {"method": "mean", "alert_below": 2}
    assert parse_instrument(data, "ok.json").scoring is not None
    data["scoring"] = {"method": "mean", "alert_below": 4}
    expect_error(data, "scoring.alert_below", "at most 3")


def test_categorical_needs_categories() -> None:
    data = categorical_data()
    del data["categories"]
    expect_error(data, "categories", "must list the choices")


def test_categorical_item_range_must_match_the_categories() -> None:
    data = categorical_data()
    data["items"][0]["max"] = 2
    expect_error(data, "items[0].max", "range 0 to 1 (one value per category)")


@pytest.mark.parametrize(
    ("key", "value"),
    [("scoring", {"method": "mean"}), ("anchors", {"0": "calm"}), ("subscales", [])],
)
def test_categorical_refuses_scale_only_fields(key: str, value: object) -> None:
    data = categorical_data()
    data[key] = value
    expect_error(data, key, "does not apply to a categorical instrument")


def test_categories_only_on_a_categorical_instrument() -> None:
    data = scale_data()
    data["categories"] = categorical_data()["categories"]
    expect_error(data, "categories", "only applies when kind is 'categorical'")


def test_bad_category() -> None:
    data = categorical_data()
    del data["categories"][1]["description"]
    expect_error(data, "categories[1].description", "is missing")
    data = categorical_data()
    data["categories"][1]["id"] = "calm"
    expect_error(data, "categories[1].id", "repeats the id 'calm'")


# --- loading from a folder -----------------------------------------------------------------------


def write(folder: Path, name: str, data: object) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(data), encoding="utf-8")


def test_load_from_a_folder(tmp_path: Path) -> None:
    write(tmp_path, "mini.json", scale_data())
    write(tmp_path, "mood.json", categorical_data())
    (tmp_path / "README.txt").write_text("not an instrument", encoding="utf-8")
    loaded = load_instruments_from(tmp_path, required={"mini"})
    assert sorted(loaded) == ["mini", "mood"]
    assert isinstance(loaded["mood"], Instrument)


def test_load_refuses_invalid_json_naming_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "mini.json").write_text('{\n  "id": "mini",\n  "name": }\n', encoding="utf-8")
    with pytest.raises(ResourceError, match=r"mini\.json is not valid JSON \(line 3"):
        load_instruments_from(tmp_path)


def test_load_refuses_non_utf8(tmp_path: Path) -> None:
    (tmp_path / "mini.json").write_bytes(json.dumps(scale_data()).replace("Mini", "M\u00efni").encode("latin-1"))
    with pytest.raises(ResourceError, match=r"mini\.json is not UTF-8"):
        load_instruments_from(tmp_path)


def test_load_refuses_a_file_named_after_another_id(tmp_path: Path) -> None:
    write(tmp_path, "other.json", scale_data())
    with pytest.raises(ResourceError, match=r"other\.json: field 'id' is 'mini'; the file must be named mini\.json"):
        load_instruments_from(tmp_path)


def test_load_refuses_duplicate_ids(tmp_path: Path) -> None:
    write(tmp_path, "mini.json", scale_data())
    write(tmp_path, "mini_copy.json", scale_data())
    with pytest.raises(ResourceError, match=r"mini_copy\.json: field 'id' repeats 'mini'"):
        load_instruments_from(tmp_path)


def test_load_refuses_a_missing_required_instrument(tmp_path: Path) -> None:
    write(tmp_path, "mini.json", scale_data())
    with pytest.raises(ResourceError, match=r"srs\.json is missing"):
        load_instruments_from(tmp_path, required={"mini", "srs"})


def test_load_refuses_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="is missing"):
        load_instruments_from(tmp_path / "nowhere")


def test_load_reports_field_errors_with_the_file_name(tmp_path: Path) -> None:
    data = scale_data()
    data["items"][0]["min"] = 5
    write(tmp_path, "mini.json", data)
    with pytest.raises(ResourceError, match=r"mini\.json: field 'items\[0\]\.min' \(5\) must not be greater"):
        load_instruments_from(tmp_path)


# --- response validation -------------------------------------------------------------------------


def test_valid_responses_have_no_problems() -> None:
    responses = {
        "srs": {"relationship": 9, "overall": 10},
        "wai_sr": {"1": 1, "12": 5},
        "checkin": {"understood": 0},
        "ns_state": {"start": 0, "end": 3},
    }
    assert validate_responses(SHIPPED, responses) == []
    assert validate_responses(SHIPPED, {}) == []
    assert validate_responses(SHIPPED, {"srs": {}}) == []


def test_out_of_range_value_message() -> None:
    problems = validate_responses(SHIPPED, {"srs": {"overall": 11}})
    assert [(p.field, p.message) for p in problems] == [
        ("instruments.srs.overall", "SRS item 'Overall' must be a whole number from 0 to 10.")
    ]


@pytest.mark.parametrize("value", [-1, 6, 0, 2.0, "3", None, True, [3]])
def test_wai_sr_values_must_be_whole_numbers_1_to_5(value: object) -> None:
    problems = validate_responses(SHIPPED, {"wai_sr": {"7": value}})
    assert [(p.field, p.message) for p in problems] == [
        ("instruments.wai_sr.7", "WAI-SR item 'Item 7' must be a whole number from 1 to 5.")
    ]


def test_unknown_instrument() -> None:
    problems = validate_responses(SHIPPED, {"oq45": {"1": 3}})
    assert [(p.field, p.message) for p in problems] == [
        ("instruments.oq45", "There is no questionnaire called 'oq45'.")
    ]


def test_unknown_item() -> None:
    problems = validate_responses(SHIPPED, {"wai_sr": {"13": 3, "0": 3}, "srs": {"Overall": 5}})
    assert [(p.field, p.message) for p in problems] == [
        ("instruments.wai_sr.13", "WAI-SR has no item '13'."),
        ("instruments.wai_sr.0", "WAI-SR has no item '0'."),
        ("instruments.srs.Overall", "SRS has no item 'Overall'."),
    ]


def test_answers_not_given_item_by_item() -> None:
    problems = validate_responses(SHIPPED, {"srs": [9, 9, 9, 9]})  # type: ignore[dict-item]
    assert [p.field for p in problems] == ["instruments.srs"]
    assert "item by item" in problems[0].message


def test_categorical_value_message_lists_the_states() -> None:
    problems = validate_responses(SHIPPED, {"ns_state": {"end": 4}})
    assert [(p.field, p.message) for p in problems] == [
        (
            "instruments.ns_state.end",
            "Nervous-system state 'At the end of the session' must be one of "
            "Ventral, Sympathetic, Dorsal or Unclear.",
        )
    ]


def test_every_problem_is_reported() -> None:
    problems = validate_responses(
        SHIPPED,
        {"srs": {"overall": 41, "relationship": 3, "goals_topics": -2}, "x": {}, "checkin": {"nope": 1}},
    )
    assert [p.field for p in problems] == [
        "instruments.srs.overall",
        "instruments.srs.goals_topics",
        "instruments.x",
        "instruments.checkin.nope",
    ]


@st.composite
def item_and_value(draw: st.DrawFn, in_range: bool) -> tuple[str, str, int]:
    instrument = draw(st.sampled_from(sorted(SHIPPED.values(), key=lambda i: i.id)))
    item = draw(st.sampled_from(instrument.items))
    if in_range:
        value = draw(st.integers(item.min, item.max))
    else:
        value = draw(st.one_of(st.integers(max_value=item.min - 1), st.integers(min_value=item.max + 1)))
    return instrument.id, item.id, value


@given(item_and_value(in_range=True))
def test_any_in_range_value_is_accepted(case: tuple[str, str, int]) -> None:
    instrument_id, item_id, value = case
    assert validate_responses(SHIPPED, {instrument_id: {item_id: value}}) == []


@given(item_and_value(in_range=False))
def test_any_out_of_range_value_is_refused_for_that_field(case: tuple[str, str, int]) -> None:
    instrument_id, item_id, value = case
    problems = validate_responses(SHIPPED, {instrument_id: {item_id: value}})
    assert [p.field for p in problems] == [f"instruments.{instrument_id}.{item_id}"]
    assert SHIPPED[instrument_id].item(item_id).label in problems[0].message


# --- scoring -------------------------------------------------------------------------------------

srs_values = st.fixed_dictionaries({i: st.integers(0, 10) for i in SRS_ITEMS})
wai_values = st.fixed_dictionaries({i: st.integers(1, 5) for i in WAI_ITEMS})
checkin_values = st.dictionaries(st.sampled_from(CHECKIN_ITEMS), st.integers(0, 10))


def test_srs_total_known_values() -> None:
    assert srs_total({"relationship": 9, "goals_topics": 8, "approach_method": 10, "overall": 7}) == 34
    assert srs_total(dict.fromkeys(SRS_ITEMS, 0)) == 0
    assert srs_total(dict.fromkeys(SRS_ITEMS, 10)) == 40


def test_srs_total_needs_all_four_items() -> None:
    assert srs_total({"relationship": 9, "goals_topics": 8, "approach_method": 10}) is None
    assert srs_total({}) is None


@given(srs_values)
def test_srs_total_is_the_sum_within_0_to_40(values: dict[str, int]) -> None:
    total = srs_total(values)
    assert total == sum(values.values())
    assert total is not None and 0 <= total <= 40


def test_srs_total_refuses_bad_values() -> None:
    with pytest.raises(ValidationError) as info:
        srs_total({"relationship": 9, "goals_topics": 8, "approach_method": 10, "overall": 11})
    assert info.value.for_field("instruments.srs.overall") == [
        "SRS item 'Overall' must be a whole number from 0 to 10."
    ]
    with pytest.raises(ValidationError):
        srs_total({"relationship": 9, "goals_topics": 8, "approach_method": 10, "overall": 7, "extra": 1})


def test_wai_sr_scores_known_values() -> None:
    # Item n scores (n % 5) + 1, so every subscale sum is distinct and easy to check by hand.
    values = {str(n): (n % 5) + 1 for n in range(1, 13)}
    scores = wai_sr_scores(values)
    assert scores == {
        "task": 2 + 3 + 1 + 3,  # items 1, 2, 10, 12
        "bond": 4 + 1 + 3 + 5,  # items 3, 5, 7, 9
        "goal": 5 + 2 + 4 + 2,  # items 4, 6, 8, 11
        "total": sum(values.values()),
    }


def test_wai_sr_scores_leave_incomplete_scores_empty() -> None:
    values = {str(n): 4 for n in range(1, 13)}
    del values["7"]  # a Bond item
    assert wai_sr_scores(values) == {"task": 16, "bond": None, "goal": 16, "total": None}
    assert wai_sr_scores({}) == {"task": None, "bond": None, "goal": None, "total": None}


@given(wai_values)
def test_wai_sr_total_is_the_sum_of_its_subscales(values: dict[str, int]) -> None:
    scores = wai_sr_scores(values)
    subscales = [scores["task"], scores["bond"], scores["goal"]]
    assert all(s is not None and 4 <= s <= 20 for s in subscales)
    assert scores["total"] == sum(s for s in subscales if s is not None)
    assert scores["total"] is not None and 12 <= scores["total"] <= 60


def test_wai_sr_scores_refuse_bad_values() -> None:
    with pytest.raises(ValidationError) as info:
        wai_sr_scores({"1": 0, "2": 6})
    assert [p.field for p in info.value.problems] == ["instruments.wai_sr.1", "instruments.wai_sr.2"]


def test_checkin_mean_of_answered_items() -> None:
    assert checkin_mean({"understood": 7, "safe_in_body": 8}) == 7.5
    assert checkin_mean({"best_interest": 10}) == 10.0
    assert checkin_mean({}) is None


@given(checkin_values)
def test_checkin_mean_lies_within_answered_values(values: dict[str, int]) -> None:
    mean = checkin_mean(values)
    if not values:
        assert mean is None
    else:
        assert mean is not None
        assert min(values.values()) <= mean <= max(values.values())
        assert mean == pytest.approx(sum(values.values()) / len(values))


def test_checkin_mean_refuses_bad_values() -> None:
    with pytest.raises(ValidationError):
        checkin_mean({"understood": 12})
    with pytest.raises(ValidationError):
        checkin_mean({"relationship": 5})  # an SRS item, not a check-in item


def test_scoring_with_a_supplied_definition() -> None:
    mini = parse_instrument(scale_data(), "mini.json")
    values = {"a": 1, "b": 2, "c": 3}
    with pytest.raises(ValidationError):
        wai_sr_scores(values)  # not WAI-SR items
    assert wai_sr_scores(values, instrument=mini) == {"first": 3, "second": 3, "total": 6}
