"""Outcome measures logged with sessions on a real vault: validation, scores and change on the client page,
outcome alerts, sudden gains, the JSON export (de-identified like everything else) and the edit history."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from alliance.core.errors import ValidationError
from alliance.core.outcomes import ChangeClass, load_outcome_instruments
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.core.signals import Level, Rule
from alliance.reports.exporting import ExportRequest, run_export
from alliance.services import clients, sessions
from alliance.services.client_page import client_page_view
from alliance.store.vault import Vault

D0 = dt.date(2025, 3, 3)
PCL5 = load_outcome_instruments()["pcl5"]


def _pcl5(total: int) -> dict[str, int]:
    """PCL-5 answers adding up to ``total``, spread evenly over the 20 items (each 0-4)."""
    base, extra = divmod(total, len(PCL5.items))
    return {item.id: base + (i < extra) for i, item in enumerate(PCL5.items)}


def _log(vault: Vault, cid: int, week: int, instruments: dict[str, dict[str, int]]) -> int:
    draft = SessionDraft(client_id=cid, date=D0 + dt.timedelta(days=7 * week), ratings=Ratings(8, 8, 8, 8),
                         instruments=instruments)
    return sessions.log_session(vault, draft).id


def test_a_pcl5_is_scored_and_classified_against_the_baseline(vault: Vault) -> None:
    cid = clients.add_client(vault, ClientDraft(code="PT-1")).id
    for week, total in enumerate((60, 56, 49, 28)):
        _log(vault, cid, week, {"pcl5": _pcl5(total)})
    (pcl5,) = client_page_view(vault, cid).outcomes
    assert pcl5.instrument.id == "pcl5"
    assert [c.score.total for c in pcl5.series] == [60, 56, 49, 28]
    assert [c.change_class for c in pcl5.series] == [ChangeClass.BASELINE, ChangeClass.NO_RELIABLE_CHANGE,
                                                     ChangeClass.RELIABLE_IMPROVEMENT,
                                                     ChangeClass.RELIABLE_IMPROVEMENT]
    assert [c.recovered for c in pcl5.series] == [False, False, False, True]  # 28 is below the cut-off of 31
    assert pcl5.series[0].score.diagnosis("provisional_ptsd").met is True


def test_a_worsening_phq9_alerts_and_a_safety_item_prompts(vault: Vault) -> None:
    cid = clients.add_client(vault, ClientDraft(code="PT-2")).id
    items = [i.id for i in load_outcome_instruments()["phq9"].items if i.scored]
    _log(vault, cid, 0, {"phq9": dict.fromkeys(items[:8], 1)})  # 8, item 9 at 0
    _log(vault, cid, 1, {"phq9": {**dict.fromkeys(items[:8], 2), items[8]: 1}})  # 17, item 9 above 0
    page = client_page_view(vault, cid)
    outcome_alerts = [a for a in page.alerts if a.rule is Rule.OUTCOME]
    assert outcome_alerts and "deteriorat" in str(outcome_alerts[0].title).lower()
    prompts = [p for p in page.prompts if p.rule is Rule.OUTCOME]
    assert prompts and prompts[0].level is Level.PROMPT and page.prompts[0] is prompts[0], "safety first"


def test_answers_off_the_scale_are_refused_by_field(vault: Vault) -> None:
    cid = clients.add_client(vault, ClientDraft(code="PT-3")).id
    with pytest.raises(ValidationError) as refused:
        _log(vault, cid, 0, {"pcl5": {"q1": 5, "nope": 1}})
    fields = {p.field for p in refused.value.problems}
    assert fields == {"instruments.pcl5.q1", "instruments.pcl5.nope"}
    assert "from 0 to 4" in " ".join(refused.value.for_field("instruments.pcl5.q1"))


def test_the_json_export_carries_outcomes_and_sudden_gains_without_dates(vault: Vault, tmp_path: Path) -> None:
    cid = clients.add_client(vault, ClientDraft(code="PT-4", display_name="Ann Example")).id
    for week, total in enumerate((60, 59, 61, 30, 29, 31)):
        _log(vault, cid, week, {"pcl5": _pcl5(total)})
    out = tmp_path / "e.json"
    run_export(vault, ExportRequest("json", out))
    doc = json.loads(out.read_text())
    (client,) = doc["clients"]
    (pcl5,) = client["outcomes"]
    assert pcl5["instrument"] == "pcl5"
    assert [a["total"] for a in pcl5["administrations"]] == [60, 59, 61, 30, 29, 31]
    assert pcl5["administrations"][3]["change_class"] == "reliable improvement"
    (gain,) = pcl5["sudden_changes"]
    assert gain["gain"] and gain["critical_session"] == 3 and gain["after_session"] == 4
    text = out.read_text()
    assert "PT-4" not in text and "Ann" not in text and "2025" not in text.replace('"created": 20', "")


def test_an_outcome_measure_edited_shows_in_the_edit_history(vault: Vault) -> None:
    cid = clients.add_client(vault, ClientDraft(code="PT-5")).id
    sid = _log(vault, cid, 0, {"pcl5": _pcl5(40)})
    session = sessions.get_session(vault, sid)
    sessions.edit_session(vault, sid, SessionDraft(client_id=cid, date=session.date, ratings=session.ratings,
                                                   instruments={"pcl5": _pcl5(35)}))
    (before,) = sessions.session_history(vault, sid)
    assert "instruments" in before.changed_fields and sum(before.session.instruments["pcl5"].values()) == 40
    (pcl5,) = client_page_view(vault, cid).outcomes
    assert pcl5.series[0].score.total == 35
