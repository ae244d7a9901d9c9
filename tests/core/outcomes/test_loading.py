"""The shipped instrument files load, say what they were checked against, and malformed files fail loudly."""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from alliance.core.errors import ResourceError
from alliance.core.instruments import load_instruments
from alliance.core.outcomes import SHIPPED_IDS, Mode, load_outcome_instruments, load_outcome_instruments_from
from alliance.core.outcomes import parse_outcome_instrument as parse


def _raw(ident: str) -> dict[str, Any]:
    text = resources.files("alliance.resources").joinpath("instruments", "outcomes", f"{ident}.json").read_text(
        encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return copy.deepcopy(data)


def test_all_shipped_instruments_load_and_the_session_instruments_are_untouched() -> None:
    assert set(load_outcome_instruments()) == SHIPPED_IDS
    assert set(load_instruments()) == {"checkin", "srs", "wai_sr", "ns_state"}


def test_every_file_names_its_source_licence_and_check() -> None:
    for ins in load_outcome_instruments().values():
        assert ins.source.citation and ins.source.url.startswith("http") and ins.source.checked_against
        assert ins.licence


def test_licensed_instruments_ship_no_item_text() -> None:
    ins = load_outcome_instruments()
    assert {i for i, x in ins.items() if x.mode is Mode.SCORE_ENTRY} == {"ors", "des2"}
    for ident in ("ors", "des2"):
        assert all(not item.text for item in ins[ident].items)
    for ident in ("pcl5", "phq9", "gad7", "core10", "itq"):
        assert all(item.text for item in ins[ident].items) and ins[ident].response_options


def test_itq_ships_the_form_with_its_section_stems() -> None:
    itq = load_outcome_instruments()["itq"]
    assert [o.label for o in itq.response_options] == [
        "Not at all", "A little bit", "Moderately", "Quite a bit", "Extremely"]
    assert itq.item("p1").text.startswith("Having upsetting dreams that replay part of the experience")
    assert itq.item("c7").text == "Created concern or distress about your relationships or social life?"
    assert itq.item("p7").heading == "In the past month have the above problems:"
    assert itq.item("c1").heading.endswith("How true is this of you?")
    assert [i.id for i in itq.items if i.heading] == ["p1", "p7", "c1", "c7"]


def test_core10_carries_the_cst_copyright_line_and_form_text() -> None:
    core = load_outcome_instruments()["core10"]
    assert core.attribution == "© CORE System Trust: https://www.coresystemtrust.org.uk/copyright.pdf"
    assert "BY-NC-ND 4.0" in core.licence
    assert [o.label for o in core.response_options] == [
        "Not at all", "Only occasionally", "Sometimes", "Often", "Most or all of the time"]
    assert core.item("q6").text == "I made plans to end my life"


def test_pcl5_anchors_and_a_spot_item() -> None:
    pcl = load_outcome_instruments()["pcl5"]
    assert [o.label for o in pcl.response_options] == [
        "Not at all", "A little bit", "Moderately", "Quite a bit", "Extremely"]
    assert pcl.item("q20").text == "Trouble falling or staying asleep?"
    assert len(pcl.items) == 20


@pytest.mark.parametrize(("ident", "mutate", "field"), [
    ("phq9", lambda d: d.pop("licence"), "'licence' is missing"),
    ("phq9", lambda d: d.update(licence_text="x"), "'licence_text' is not a known field"),
    ("phq9", lambda d: d["source"].pop("checked_against"), "'source.checked_against' is missing"),
    ("ors", lambda d: d["items"][0].update(text="How are you doing?"), "'items[0].text' must not be given"),
    ("phq9", lambda d: d["items"][2].pop("text"), "'items[2].text' is missing"),
    ("core10", lambda d: d["items"][1].update(reversed="yes"), "'items[1].reversed' must be true or false"),
    ("phq9", lambda d: d["scoring"].update(total_max=26), "'scoring.total_min' and total_max must be the items"),
    ("phq9", lambda d: d["items"][0].update(max=5), "'response_options' must give one option for each value"),
    ("phq9", lambda d: d["bands"][2].update({"from": 4}), "'bands' must rise strictly"),
    ("phq9", lambda d: d["reliable_change"].update(value=5.5), "'reliable_change.value' must be a whole number or"),
    ("phq9", lambda d: d["reliable_change"].update(method="guess"), "'reliable_change.method' is 'guess'"),
    ("pcl5", lambda d: d["diagnoses"][0]["requires"].append("z"), "'diagnoses[0].requires[4]' names 'z'"),
    ("pcl5", lambda d: d["clusters"][0]["criterion"].update(count=9), "'clusters[0].criterion.count' (9)"),
    ("phq9", lambda d: d["safety_items"][0].update(item="q99"), "'safety_items[0].item' names 'q99'"),
    ("phq9", lambda d: d["scoring"]["missing"].update(rule="prorate", max_missing=0),
     "'scoring.missing.max_missing' must be 1 or more"),
    ("gad7", lambda d: d["response_options"].pop(), "'response_options' must give one option for each value"),
    ("phq9", lambda d: d["items"][1].update(number=5), "'items' must be numbered"),
    ("phq9", lambda d: d.update(direction="down"), "'direction' is 'down'"),
])
def test_malformed_fields_name_file_and_field(ident: str, mutate: Any, field: str) -> None:
    data = _raw(ident)
    mutate(data)
    with pytest.raises(ResourceError) as err:
        parse(data, f"{ident}.json")
    assert f"file {ident}.json" in str(err.value) and field in str(err.value)


def test_folder_checks_file_names_json_and_required_ids(tmp_path: Path) -> None:
    (tmp_path / "depression.json").write_text(json.dumps(_raw("phq9")), encoding="utf-8")
    with pytest.raises(ResourceError, match=r"must be named phq9\.json"):
        load_outcome_instruments_from(tmp_path)
    (tmp_path / "depression.json").unlink()
    (tmp_path / "phq9.json").write_text("{", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"phq9\.json is not valid JSON"):
        load_outcome_instruments_from(tmp_path)
    (tmp_path / "phq9.json").write_text(json.dumps(_raw("phq9")), encoding="utf-8")
    assert set(load_outcome_instruments_from(tmp_path)) == {"phq9"}
    with pytest.raises(ResourceError, match=r"gad7\.json is missing"):
        load_outcome_instruments_from(tmp_path, {"phq9", "gad7"})
    with pytest.raises(ResourceError, match=r"folder .* is missing"):
        load_outcome_instruments_from(tmp_path / "nope")


def test_packaging_ships_the_outcome_folder() -> None:
    pyproject = Path(__file__).resolve().parents[3] / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    assert '"instruments/outcomes/*.json"' in text and '"alliance.core.outcomes"' in text
