"""Hand-overs (client mode) in the services: plan, durable answers, the session of that day taking them in, the
gap and the therapist's calibration, the perspective-gap rule's prediction, the safety answer, the export."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from alliance.core.deid import DeidSettings
from alliance.core.errors import ValidationError
from alliance.core.handover import HandoverEnd, HandoverItem, InstrumentState, calibration, mean_absolute_error
from alliance.core.instruments import CHECKIN, SRS
from alliance.core.outcomes import Frequency, ScheduleEntry
from alliance.core.ratings import Ratings
from alliance.core.records import ClientDraft, SessionDraft
from alliance.reports.json_writer import export_document
from alliance.services import clients, handover, measures, sessions
from alliance.services.export import build_export
from alliance.services.signals import histories_in
from alliance.services.timeline import timeline_for
from alliance.store.vault import Vault

DAY = dt.date(2026, 3, 2)
ITEMS = ("understood", "safe_in_body", "more_open", "ask_for_needs", "perspective_respected", "best_interest")


def _client(vault: Vault, code: str = "HO-1") -> int:
    return clients.add_client(vault, ClientDraft(code=code, intake_date=dt.date(2026, 1, 5))).id


def _session(vault: Vault, cid: int, day: dt.date = DAY, **instruments: dict[str, int]) -> int:
    return sessions.log_session(vault, SessionDraft(client_id=cid, date=day, ratings=Ratings(7, 7, 7, 7),
                                                    instruments=dict(instruments))).id


def test_core_gap_and_calibration() -> None:
    items = [HandoverItem(CHECKIN, "a", 7, 5), HandoverItem(CHECKIN, "b", 4, 6), HandoverItem(CHECKIN, "c", 3, None),
             HandoverItem(CHECKIN, "d", None, 9)]
    assert [i.gap for i in items] == [-2, 2, None, None]
    assert mean_absolute_error(items) == 2
    assert mean_absolute_error([HandoverItem(CHECKIN, "a")]) is None
    errors = [Fraction(n) for n in range(12)]  # newest first
    cal = calibration(errors)
    assert cal is not None and cal.sessions == 10 and cal.error == Fraction(45, 10)
    assert calibration([]) is None


def test_plan_ticks_the_check_in_the_srs_and_what_is_due(vault: Vault) -> None:
    cid = _client(vault)
    plan = handover.plan_handover(vault, cid, DAY)
    assert plan.chosen == (CHECKIN, SRS)
    ids = [f.id for f in plan.forms]
    assert ids[:2] == [CHECKIN, SRS] and {"phq9", "gad7", "pcl5", "itq", "core10"} <= set(ids)
    assert "ors" not in ids and "des2" not in ids  # score entry only: no item text to show a client
    measures.set_schedule(vault, cid, [ScheduleEntry("phq9", Frequency.EVERY_SESSION)])
    plan = handover.plan_handover(vault, cid, DAY)
    assert plan.chosen == (CHECKIN, SRS, "phq9") and plan.due["phq9"] == "due"
    phq9 = next(f for f in plan.forms if f.id == "phq9")
    assert phq9.questions[0].options[0].label == "Not at all"
    assert next(q for q in phq9.questions if q.item == "q9").safety_above == 0


def test_answers_are_durable_one_by_one_and_the_session_of_that_day_takes_them(vault: Vault) -> None:
    cid = _client(vault)
    h = handover.start_handover(vault, cid, [CHECKIN, "phq9"], {CHECKIN: {"understood": 8, "more_open": 5}},
                                today=DAY)
    handover.record_answers(vault, h.id, CHECKIN, {"understood": 6})
    handover.record_answers(vault, h.id, CHECKIN, {}, skipped=["safe_in_body"])
    handover.record_answers(vault, h.id, CHECKIN, {"more_open": 7, "ask_for_needs": 4}, state=InstrumentState.DONE)
    handover.record_answers(vault, h.id, "phq9", {}, state=InstrumentState.NOT_TODAY)
    handover.end_handover(vault, h.id, HandoverEnd.FINISHED)
    read = handover.handover_of(vault, h.id)
    assert read.answers() == {CHECKIN: {"understood": 6, "more_open": 7, "ask_for_needs": 4}}
    assert read.not_today() == ("phq9",)
    assert next(i for i in read.items if i.item == "safe_in_body").skipped
    assert read.mean_absolute_error() == 2  # |6-8| and |7-5|
    with pytest.raises(ValidationError):  # handed back: nothing more can be written to it
        handover.record_answers(vault, h.id, CHECKIN, {"understood": 1})

    other_day = _session(vault, cid, DAY - dt.timedelta(days=7))
    assert sessions.get_session(vault, other_day).instruments == {}  # another day's session takes nothing
    logged = sessions.log_session(vault, SessionDraft(client_id=cid, date=DAY, ratings=Ratings(6, 6, 6, 6)))
    assert logged.instruments == {CHECKIN: {"understood": 6, "more_open": 7, "ask_for_needs": 4}}
    assert logged.declined == {"phq9": "not_today"}
    assert sessions.get_session(vault, logged.id).instruments == logged.instruments
    assert handover.handover_of(vault, h.id).session_id == logged.id
    second = sessions.log_session(vault, SessionDraft(client_id=cid, date=DAY, ratings=Ratings(6, 6, 6, 6)))
    assert second.instruments == {}  # taken in once


def test_what_the_form_holds_wins_over_the_client_answers(vault: Vault) -> None:
    cid = _client(vault)
    h = handover.start_handover(vault, cid, [CHECKIN, SRS], today=DAY)
    handover.record_answers(vault, h.id, CHECKIN, dict.fromkeys(ITEMS, 3), state=InstrumentState.DONE)
    handover.record_answers(vault, h.id, SRS, {"relationship": 9}, state=InstrumentState.DONE)
    logged = sessions.log_session(vault, SessionDraft(client_id=cid, date=DAY, ratings=Ratings(6, 6, 6, 6),
                                                      instruments={CHECKIN: {"understood": 5}}))
    assert logged.instruments == {CHECKIN: {"understood": 5}, SRS: {"relationship": 9}}


def test_editing_the_session_of_that_day_takes_the_answers_in(vault: Vault) -> None:
    cid = _client(vault)
    sid = _session(vault, cid)
    h = handover.start_handover(vault, cid, [CHECKIN], today=DAY)
    handover.record_answers(vault, h.id, CHECKIN, {"understood": 2}, state=InstrumentState.DONE)
    reveal = handover.reveals_pending(vault)[0]
    assert reveal.session_id == sid and reveal.code == "HO-1" and reveal.safety == ()
    before = sessions.get_session(vault, sid)
    from alliance.core.records import draft_of

    edited = sessions.edit_session(vault, sid, draft_of(before))
    assert edited.instruments == {CHECKIN: {"understood": 2}}
    assert handover.handover_of(vault, h.id).session_id == sid


def test_bad_input_is_refused_with_a_message(vault: Vault) -> None:
    cid = _client(vault)
    with pytest.raises(ValidationError, match="at least one"):
        handover.start_handover(vault, cid, [], today=DAY)
    with pytest.raises(ValidationError, match="not one of its answers"):
        handover.start_handover(vault, cid, [CHECKIN], {CHECKIN: {"understood": 11}}, today=DAY)
    with pytest.raises(ValidationError, match="Predictions"):
        handover.start_handover(vault, cid, [CHECKIN, "phq9"], {"phq9": {"q1": 1}}, today=DAY)
    h = handover.start_handover(vault, cid, ["phq9"], today=DAY)
    with pytest.raises(ValidationError, match="not one of its answers"):
        handover.record_answers(vault, h.id, "phq9", {"q1": 4})
    with pytest.raises(ValidationError, match="no item"):
        handover.record_answers(vault, h.id, "phq9", {"q99": 1})


def test_a_safety_answer_comes_first_on_the_reveal_with_the_local_resources(vault: Vault) -> None:
    from alliance.services.signals import save_safety_resources

    save_safety_resources(vault, "Crisis line 0800 111 0 111")
    cid = _client(vault)
    h = handover.start_handover(vault, cid, ["phq9"], today=DAY)
    handover.record_answers(vault, h.id, "phq9", {"q1": 0, "q9": 1})
    reveal = handover.reveals_pending(vault)[0]
    assert len(reveal.safety) == 1 and reveal.safety[0][2] == 1
    assert reveal.resources == "Crisis line 0800 111 0 111"
    handover.mark_revealed(vault, h.id)
    assert handover.reveals_pending(vault) == ()
    assert handover.handover_of(vault, h.id).ended is HandoverEnd.INTERRUPTED  # never handed back: interrupted


def test_calibration_over_the_last_ten_predicted_hand_overs(vault: Vault) -> None:
    cid = _client(vault)
    assert handover.calibration_of(vault) is None
    for n in range(12):
        h = handover.start_handover(vault, cid, [CHECKIN], {CHECKIN: {"understood": 5}},
                                    today=DAY + dt.timedelta(days=n))
        handover.record_answers(vault, h.id, CHECKIN, {"understood": 5 + (n % 3)}, state=InstrumentState.DONE)
    unpredicted = handover.start_handover(vault, cid, [CHECKIN], today=DAY)
    handover.record_answers(vault, unpredicted.id, CHECKIN, {"understood": 0})
    cal = handover.calibration_of(vault)
    # newest ten: n = 2..11, errors n % 3 -> 2,0,1,2,0,1,2,0,1,2 = 11
    assert cal is not None and cal.sessions == 10 and cal.error == Fraction(11, 10)


def test_the_prediction_feeds_the_perspective_gap_rule_and_the_timeline(vault: Vault) -> None:
    cid = _client(vault)
    h = handover.start_handover(vault, cid, [CHECKIN], {CHECKIN: {"understood": 9, "more_open": 8}}, today=DAY)
    handover.record_answers(vault, h.id, CHECKIN, {"understood": 5, "more_open": 6, "best_interest": 7},
                            state=InstrumentState.DONE)
    sid = _session(vault, cid)
    with vault.work.transaction() as db:
        obs = next(s for s in histories_in(db, [cid])[cid].sessions if s.session_id == sid)
    assert obs.checkin == 6
    # prediction - answer on the two predicted items: (4 + 2) / 2 = 3 over the check-in mean
    assert obs.prediction == 9
    point = timeline_for(vault, cid, DAY).sessions[-1]
    assert point.predicted_checkin == 9.0 and point.checkin_mean == 6.0


def test_the_export_carries_the_answers_and_the_prediction(vault: Vault) -> None:
    cid = _client(vault)
    h = handover.start_handover(vault, cid, [CHECKIN], {CHECKIN: {"understood": 9}}, today=DAY)
    handover.record_answers(vault, h.id, CHECKIN, {"understood": 4}, state=InstrumentState.DONE)
    _session(vault, cid)
    doc = export_document(build_export(vault, DeidSettings(), [cid]))
    s = doc["clients"][0]["sessions"][0]
    assert s["instruments"][CHECKIN] == {"understood": 4} and s["checkin"] == 4
    assert s["prediction"] == {CHECKIN: {"understood": 9}} and s["prediction_error"] == 5.0
